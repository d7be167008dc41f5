/* fc-discourse: who "it", "the startup" and "the ChatGPT owner" are.
 *
 * Follows one document sentence by sentence: finds each sentence's subject
 * (the first organisation before the main verb, not governed by a
 * preposition), keeps the recent subjects, and resolves referring
 * expressions to the most salient fitting organisation — the subject of the
 * same sentence for "it"/"its", else the latest subject of the right kind,
 * else the document's topic (the first organisation of its headline).
 *
 * Ownership: one FcDiscourse per document being read; not thread-safe.
 */
#pragma once

#include "fc-document.h"
#include "fc-lexicon.h"
#include "fc-mention.h"
#include "fc-strtab.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcDiscourse FcDiscourse;

FcDiscourse *fc_discourse_new(const FcLexicon *lex);
void fc_discourse_free(FcDiscourse *d);

/* Resolves the COREF mentions of one sentence in place (setting ->name, or
 * leaving it NULL when nothing fits), then records the sentence's subject.
 * Returns the index in @mentions of the subject, or -1. */
int fc_discourse_sentence(FcDiscourse *d, const FcDocument *doc, FcSpan span, GArray *mentions);

/* Remembers the unknown names of @mentions flagged as people's, for the
 * sentences that follow: fc_discourse_sentence() does so before it
 * resolves anything, and the extractor again once a rule has read a name
 * as a person ("founded by Sofia Reyes and Callum Hart"). */
void fc_discourse_learn_persons(FcDiscourse *d, const GArray *mentions);

/* Remembers that the document calls @name (interned) a company's product:
 * it is never again a sentence's subject for references to follow. */
void fc_discourse_learn_product(FcDiscourse *d, const char *name);

/* A sentence's claims showed @name (unknown to the lexicon) to be an
 * investor ("STV and Jada also participated"): for the rest of the
 * document it is one, never what "the company" means ("STV's share was
 * not disclosed.  The company employs 140 people"). */
void fc_discourse_learn_backer(FcDiscourse *d, const char *name);

/* The names the document has used so far, for fc_mention_scan_lower(). */
const FcStrTab *fc_discourse_known_names(const FcDiscourse *d);

/* The last sentence's subject turned out to be a backer in its own
 * sentence ("Nvidia and AMD participated as investors"): it is not what
 * the article is about, so later references skip it. */
void fc_discourse_demote_subject(FcDiscourse *d);

/* The last sentence had no subject, but its claims were about @name, one
 * of its organisations ("The largest deal was Sawah Digital, which raised
 * $95m"): later references ("the company") follow @name as they would a
 * subject.  Nothing happens when @name is not one of the sentence's. */
void fc_discourse_promote(FcDiscourse *d, const char *name);

/* The last sentence named no subject but was about @name, which it may
 * not name ("**April 2019** — Closed a $14m Series A"): later references
 * follow @name. */
void fc_discourse_assume_subject(FcDiscourse *d, const char *name);

/* The organisation a sentence without a named subject is about: the
 * latest subject, else the topic; NULL at the start of a document. */
const char *fc_discourse_salient(const FcDiscourse *d);
/* The same, passing over investment firms, banks and governments: what a
 * claim without a named company ("led the round", "valuing it at") is
 * about. */
const char *fc_discourse_salient_company(const FcDiscourse *d);

/* Is @name an investment firm, a bank or a government, by the lexicon or
 * by what the document's claims have shown so far? */
gboolean fc_discourse_is_backer(const FcDiscourse *d, const char *name);

/* The document's topic (the organisation its headline is about), or NULL
 * when there is none yet or it is an investment firm. */
const char *fc_discourse_topic(const FcDiscourse *d);

/* The word of @text right before @pos, spaces skipped but not reaching
 * below @from; *len its length.  NULL when punctuation comes first. */
const char *fc_discourse_word_before(const char *text, gsize from, gsize pos, gsize *len);

/* What the lexicon says @name is; an unknown name ending the way
 * investment firms' do ("Halberd Capital") is taken for an investor. */
FcEntityKind fc_discourse_name_kind(const FcLexicon *lex, const char *name);
/* Investors, funds and banks: the kinds that back companies. */
gboolean fc_kind_is_backer(FcEntityKind k);

/* "an OpenAI co-founder", "OpenAI's former chief technology officer",
 * "former Google researchers": @m names what a person is or was at it.
 * With @past only a past employer counts. */
gboolean fc_discourse_names_role(const char *text, FcSpan span, const FcMention *m, gboolean past);

/* Does a verb of leading a round follow @text[at] ("Meridian Fifth led
 * an $85m Series C", not "led by")?  Its subject is the round's investor. */
gboolean fc_discourse_leads_round(const char *text, gsize at, gsize end);

/* Does a clause with its own subject open at @text[at]: after ", and ",
 * "; ", ": ", " while ", " whereas " or ", but "? */
gboolean fc_discourse_opens_clause(const char *text, gsize at);

/* Is this mention an organisation-like name (organisation, product,
 * unknown name, resolved reference)? */
gboolean fc_mention_is_orgish(const FcMention *m);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcDiscourse, fc_discourse_free)

G_END_DECLS
