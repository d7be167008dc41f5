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

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcDiscourse FcDiscourse;

FcDiscourse *fc_discourse_new(const FcLexicon *lex);
void fc_discourse_free(FcDiscourse *d);

/* Resolves the COREF mentions of one sentence in place (setting ->name, or
 * leaving it NULL when nothing fits), then records the sentence's subject.
 * Returns the index in @mentions of the subject, or -1. */
int fc_discourse_sentence(FcDiscourse *d, const FcDocument *doc, FcSpan span, GArray *mentions);

/* The last sentence's subject turned out to be a backer in its own
 * sentence ("Nvidia and AMD participated as investors"): it is not what
 * the article is about, so later references skip it. */
void fc_discourse_demote_subject(FcDiscourse *d);

/* The organisation a sentence without a named subject is about: the
 * latest subject, else the topic; NULL at the start of a document. */
const char *fc_discourse_salient(const FcDiscourse *d);

/* Is this mention an organisation-like name (organisation, product,
 * unknown name, resolved reference)? */
gboolean fc_mention_is_orgish(const FcMention *m);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcDiscourse, fc_discourse_free)

G_END_DECLS
