/* fc-event: which funding round a claim is about, told across articles.
 *
 * A round is known by its label ("Series C", "seed", "pre-IPO"), by when
 * it was told, by its lead investors and by its amount.  A claim carries a
 * label when its own sentence names one; the others of its article take the
 * article's label when the article tells of one round of that company only
 * ("Mistral AI raised €1.7bn in a Series C ... The deal values Mistral AI
 * at €11.7bn").  Labels are compared without case ("Pre-IPO", "pre-IPO").
 *
 * Ownership: an FcEvents indexes one entity's claims of one store; it
 * borrows the store and the lexicon, which must outlive it.
 */
#pragma once

#include "fc-lexicon.h"
#include "fc-store.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcEvents FcEvents;

FcEvents *fc_events_new(const FcStore *store, const FcLexicon *lex, const char *entity);
void fc_events_free(FcEvents *ev);

/* The interned label of the round @c belongs to, or NULL when no article
 * says or @c is a fact about the company rather than a deal (a founding
 * year, a chief executive, revenue).  Two claims with different labels are about
 * different rounds. */
const char *fc_events_label(const FcEvents *ev, const FcClaim *c);

/* Lead investors' canonical owners ("SoftBank" for "Vision Fund 2"). */
const char *fc_events_party(const FcEvents *ev, const char *name);

/* The identity of the round the claims of @slice (const FcClaim*, one
 * entity) describe: "Series C, 2025-09, led by ASML"; "2025-07" when no
 * article names the round or its leads; "undated, as told in PATH" when
 * no claim has a date.  Newly allocated. */
char *fc_events_describe(const FcEvents *ev, const GPtrArray *slice);

/* Months from the first to the last day of @t: "2025-07-17" becomes all of
 * July 2025. */
FcTime fc_event_months(const FcTime *t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcEvents, fc_events_free)

G_END_DECLS
