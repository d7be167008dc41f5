/* fc-sentence: one sentence as the extraction rules see it.
 *
 * Internal to fc-extract and fc-context.  Mentions are replaced by tokens
 * ("⟦ORG:0⟧ has raised ⟦MONEY:2⟧"), white space collapsed, typographic
 * quotes and dashes folded; FcTokenPos maps each mention to its token.
 * Ownership: the sentence owns its arrays and strings, made once per
 * document by fc_sentence_init() and reused by each fc_sentence_reset();
 * it borrows the document, the extractor, the locator and the claims
 * array.
 */
#pragma once

#include "fc-claim.h"
#include "fc-document.h"
#include "fc-extract.h"
#include "fc-mention.h"
#include "fc-pattern.h"

#include <glib.h>

G_BEGIN_DECLS

#define FC_TOKEN_OPEN "⟦"
#define FC_TOKEN_CLOSE "⟧"

typedef struct {
    gsize start, end; /* of the token in the tokenised sentence */
} FcTokenPos;

/* An entity a rule named explicitly, and where its value stands: a later
 * figure in the same sentence without a named entity is about it ("SoftBank
 * will invest $30bn in OpenAI, part of a round that could raise $100bn"). */
typedef struct {
    gsize at;
    const char *entity;
} FcFocus;

typedef struct _FcSentence FcSentence;
struct _FcSentence {
    FcExtractor *ex; /* the extractor running over this sentence (borrowed) */
    const FcDocument *doc;
    guint doc_index, number;
    FcSpan span;
    GArray *mentions;    /* FcMention */
    GArray *tokpos;      /* FcTokenPos per mention */
    GString *tok;        /* tokenised text */
    gboolean tokenised;  /* tok, tokpos, lower, tok_pairs, used are filled */
    GString *lower;      /* tok, ASCII lower-cased */
    const char *folded;  /* lower, or NULL when that is not caseless (fc-atoms) */
    GString *raw_lower;  /* the sentence as written, lower-cased, for cue words */
    FcBigrams raw_pairs; /* byte pairs of raw_lower */
    FcBigrams tok_pairs; /* byte pairs of tok */
    int subject;
    gboolean subject_backer; /* the document has shown the subject to be an investor */
    const char *salient;
    gboolean slots_known;       /* slots_present worked out */
    guint slots_present;        /* bit 1 << FcSlotType: a mention fills it */
    const FcExtractRule **used; /* per mention: the rule that took it as a value */
    gsize *used_at;             /* ... and where that rule's match started, plus one */
    char *quote;
    GArray *focus; /* FcFocus: entities named explicitly by earlier matches */
    FcLocator *locator;
    GPtrArray *claims; /* the document's claims; this sentence's start at first_claim */
    guint first_claim;
};

/* Makes the buffers of the sentences of @doc; the first sentence comes
 * with fc_sentence_reset(). */
void fc_sentence_init(FcSentence *st, FcExtractor *ex, const FcDocument *doc, guint doc_index,
                      GPtrArray *claims, FcLocator *locator);

/* Makes @st sentence @number of the document, at @span: no mentions yet,
 * raw_lower and raw_pairs filled (the mention scan reads them). */
void fc_sentence_reset(FcSentence *st, guint number, FcSpan span);

/* Frees what fc_sentence_init() made. */
void fc_sentence_clear(FcSentence *st);

/* Fills tok, tokpos, lower, tok_pairs and used from the mentions, once per
 * sentence: only sentences a rule may match need them. */
void fc_sentence_tokenise(FcSentence *st);

/* Is FACTCHECK_DEBUG_TOKENS set: every sentence's tokens go to stderr? */
gboolean fc_sentence_debug_tokens(void);

/* Index of the mention whose token starts at tok[pos], or -1. */
int fc_sentence_token_at(const FcSentence *st, gsize pos);

const FcMention *fc_sentence_mention(const FcSentence *st, int i);

/* Mentions filling a slot whose text is tok[s..e): one token, or every
 * name of a list except possessive owners.  New array of int. */
GArray *fc_sentence_slot_items(const FcSentence *st, FcSlotType type, gsize s, gsize e);

/* The quote for claims of this sentence, cut around @v when the sentence
 * is long; cached in st->quote. */
const char *fc_sentence_quote(FcSentence *st, const FcMention *v);

/* Largest position <= pos that starts a UTF-8 character. */
gsize fc_utf8_floor(const char *s, gsize pos);

gboolean fc_mention_is_quantity(const FcMention *m);

/* Bytes between two mentions, 0 when they overlap. */
gsize fc_mention_distance(const FcMention *a, const FcMention *b);

/* Is @text[@pos] inside quotation marks (straight or curly) opened within
 * @span?  A date a speaker tells ("Three years ago I had to fly to Menlo
 * Park," said Rafael Okonkwo, Kestrel's chief executive) dates what the
 * quote says, not the attribution around it, nor the story after it. */
gboolean fc_sentence_in_quote(const char *text, FcSpan span, gsize pos);

G_END_DECLS
