/* fc-mention: typed spans in a sentence — money, percentages, dates,
 * numbers, round labels, known entities, unknown capitalised names and
 * referring expressions ("the startup", "it", "the ChatGPT owner").
 *
 * The scanner is compiled once from the lexicon and is immutable; scanning
 * uses a caller-owned FcMatch, so one scanner serves many threads.
 * Referring expressions are found here but resolved by fc-extract, which
 * knows the discourse.
 */
#pragma once

#include "fc-document.h"
#include "fc-lexicon.h"
#include "fc-regex.h"
#include "fc-strtab.h"
#include "fc-time.h"
#include "fc-value.h"

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    FC_MENTION_MONEY,
    FC_MENTION_PERCENT,
    FC_MENTION_DATE,
    FC_MENTION_ROUND,
    FC_MENTION_COREF,
    FC_MENTION_ENTITY, /* in the lexicon: see entity->kind */
    FC_MENTION_NAME,   /* capitalised, unknown to the lexicon */
    FC_MENTION_NUMBER,
} FcMentionType;

typedef struct {
    FcMentionType type;
    gsize start, end;        /* byte offsets into the document text */
    FcValue value;           /* MONEY, PERCENT, NUMBER */
    FcTime time;             /* DATE */
    const FcEntity *entity;  /* ENTITY; for COREF the entity named inside it */
    const char *name;        /* interned: canonical, normalised surface, round label;
                                for COREF the resolved antecedent (set by fc-extract) */
    FcEntityKind coref_kind; /* COREF: the kind the noun asks for ("the startup": lab) */
    gboolean coref_backed;   /* COREF: "the Amazon-backed company" */
    gboolean coref_maker;    /* COREF: "the ChatGPT owner/maker" */
    gboolean coref_any;      /* COREF: "the firm", of any kind: resolved as "it" is */
    gboolean possessive;     /* COREF "its" */
    gboolean person;         /* NAME ending in a known surname ("Amodei") */
    gboolean pronoun;        /* NAME "She" or "He" opening a sentence: the person named
                                alone in the sentence before (fc-discourse) */
    gboolean anchored;       /* DATE told against the text's last date ("later that year"):
                                its time is unknown until fc-extract resolves it */
} FcMention;

typedef struct _FcMentionScanner FcMentionScanner;

/* Borrows @lex, which must outlive the scanner. */
FcMentionScanner *fc_mention_scanner_new(const FcLexicon *lex, GError **error);
void fc_mention_scanner_free(FcMentionScanner *scanner);

/* Appends the mentions of doc->text[span] to @out (GArray of FcMention),
 * sorted by start, non-overlapping.  Returns the number of patterns that
 * hit a match limit (the sentence is then partly unread). */
guint fc_mention_scan(const FcMentionScanner *scanner, const FcDocument *doc, FcSpan span,
                      FcMatch *match, GArray *out);

/* The same, given doc->text[span] ASCII-lower-cased (@lower, borrowed)
 * and its byte pairs, which fc-extract keeps for the sentence's cue words
 * anyway.  @known (nullable, borrowed): the names the document has used
 * so far; a single capitalised word opening the sentence is a
 * name when it is one of them ("Quillstone lost a contract"), where it
 * would otherwise need a verb after it. */
guint fc_mention_scan_lower(const FcMentionScanner *scanner, const FcDocument *doc, FcSpan span,
                            const char *lower, const FcBigrams *pairs, const FcStrTab *known,
                            FcMatch *match, GArray *out);

/* The token type written into a tokenised sentence: "MONEY", "ORG",
 * "PERSON", "PRODUCT", "PLACE", "MEDIA", "NAME", "DATE", ... */
const char *fc_mention_token(const FcMention *m);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcMentionScanner, fc_mention_scanner_free)

G_END_DECLS
