/* fc-context: what the words around a figure say about a claim — its
 * status ("in talks", "reportedly", "estimated"), its qualifiers (an
 * earlier figure, a running total, pre-money), its time (the date nearest
 * to it in the sentence) and its round label.
 *
 * Ownership: the cue patterns are compiled once, into an FcContextCues the
 * rule set owns and every thread shares; an FcContext borrows them and
 * holds per-thread match space: one per extractor.
 */
#pragma once

#include "fc-claim.h"
#include "fc-sentence.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcContext FcContext;
typedef struct _FcContextCues FcContextCues;

FcContextCues *fc_context_cues_new(void);
void fc_context_cues_free(FcContextCues *cues);

/* @cues must outlive the context. */
FcContext *fc_context_new(const FcContextCues *cues);
void fc_context_free(FcContext *ctx);

/* Its matches run without JIT: see fc_match_interpret(). */
void fc_context_interpret(FcContext *ctx);

/* Status of a claim made by the match tok[ms..me), from the words of the
 * match and, unless @within, of the text before it; attribution after it
 * ("..., people familiar said") makes a claim rumoured either way. */
FcStatus fc_context_status(FcContext *ctx, const FcSentence *st, gsize ms, gsize me,
                           gboolean within);

/* FC_CLAIM_PRIOR, _CUMULATIVE, _PRE_MONEY, _POST_MONEY, _PARTIAL, _DEBT,
 * _CREDITS and _SECONDARY as the words around mention @value say. */
guint fc_context_qualifiers(FcContext *ctx, const FcSentence *st, int value);

/* The DATE mention that dates mention @value, or -1. */
int fc_context_date_for(const FcSentence *st, int value);

/* The relative clause (", which led its $45m Series B in 2022,") of the
 * sentence @span that holds @t[start..end), as [*s, *e), or FALSE when
 * there is none. */
gboolean fc_context_relative_clause(const char *t, FcSpan span, gsize start, gsize end, gsize *s,
                                    gsize *e);

/* "valued at $420m, up from the $300m of its Series B in July 2023": is
 * there a comparison ("up from", "down from", "compared with") in
 * @t[from, to)?  What follows one is an earlier figure's, not the first
 * one's round or date. */
gboolean fc_context_comparison_in(const char *t, gsize from, gsize to);

/* The round label ("Series F") nearest to mention @value, or NULL; the
 * rule's match [@ms, @me) of the tokenised sentence may reach into a
 * relative clause for it. */
const char *fc_context_event(const FcSentence *st, int value, gsize ms, gsize me);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcContext, fc_context_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcContextCues, fc_context_cues_free)

G_END_DECLS
