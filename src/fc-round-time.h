/* fc-round-time: a round's date and label, told once, hold for the rest of
 * what the text says about the round.  "In June 2021 it raised a $40m
 * Series B led by Calloway at a $180m valuation": the lead and the
 * valuation are of June 2021 too.  "The round valued the company at
 * $620m", right after the round's sentence: so is the valuation, and it
 * is the Series B's.  "That round valued it at $95m" after a sentence that
 * only compares with an earlier round ("two years after it raised a $22m
 * Series A in January 2022") is that earlier round's. */
#pragma once

#include "fc-claim.h"
#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

/* The last round a document's sentences told; zero-initialise per
 * document.  Borrows interned strings only. */
typedef struct {
    const char *entity, *event;
    FcTime time;
    gboolean dated;
    gboolean prior; /* an earlier round ("previously raised ...") */
    guint sentence;
    gboolean set;
} FcRoundTime;

/* Shares the round's time and label among the claims of sentence number
 * @sentence, @claims[first..len), which is @span of @text, then remembers
 * the sentence's round for the next one.  A round told in a relative
 * clause (", which led its $45m Series B in 2022,") is that clause's. */
void fc_round_time_share(FcRoundTime *rt, GPtrArray *claims, guint first, guint sentence,
                         const char *text, FcSpan span);

/* "It waited until this spring to raise again. That Series B, a $100m
 * round ...": sentence @sentence told a raise of @entity's at @time
 * without a figure; the next sentence, if it opens on the deal, tells
 * that round. */
void fc_round_time_note(FcRoundTime *rt, const char *entity, const FcTime *time, guint sentence);

G_END_DECLS
