#include "fc-round-time.h"

#include "fc-context.h"
#include "fc-words.h"

#include <string.h>

/* What a round's sentence says about the same round.  An earlier round
 * ("previously raised a $3m seed in 2021, led by Pula") shares only with
 * earlier figures and with claims that name it. */
static gboolean
fc_round_time_shares(const FcClaim *c, const FcRoundTime *rt)
{
    static const char *const attributes[] = {"valuation",  "lead_investor", "investor",
                                             "investment", "tranche",       "round_size"};
    gboolean prior = (c->flags & FC_CLAIM_PRIOR) != 0;
    /* Dated, it is another time's, unless the date is the round's own
     * ("At the time, the round valued it at $45m"). */
    gboolean other_time = (c->flags & FC_CLAIM_DATED) &&
                          !(rt->dated && c->time.lo == rt->time.lo && c->time.hi == rt->time.hi);
    if (other_time || (c->flags & FC_CLAIM_CUMULATIVE) ||
        (prior != rt->prior && !(rt->prior && c->event != NULL && c->event == rt->event)))
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(attributes); i++)
        if (c->attribute == g_intern_static_string(attributes[i]))
            return TRUE;
    return FALSE;
}

static gboolean
fc_round_time_is_round(const FcClaim *c, gboolean prior)
{
    return c->attribute == g_intern_static_string("round_size") &&
           ((c->flags & FC_CLAIM_PRIOR) != 0) == prior && !(c->flags & FC_CLAIM_CUMULATIVE) &&
           c->status != FC_STATUS_PLANNED;
}

static void
fc_round_time_apply(const FcRoundTime *rt, FcClaim *c)
{
    if (c->entity != rt->entity || !fc_round_time_shares(c, rt) ||
        (c->event != NULL && rt->event != NULL && c->event != rt->event))
        return;
    if (rt->dated) {
        c->time = rt->time;
        c->flags |= FC_CLAIM_DATED;
    }
    if (c->event == NULL)
        c->event = rt->event;
}

/* The sentence's own round: one dated round, or else the first told; an
 * earlier round only when the sentence tells of no current one. */
static const FcClaim *
fc_round_time_own(GPtrArray *claims, guint first, const char *text, FcSpan span, gboolean prior)
{
    const FcClaim *round = NULL;
    for (guint i = first; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        gsize cs, ce;
        /* An earlier round in a comparison ("a step up from its $55m
         * Series A in 2022, which valued it at $180m") still dates what
         * the sentence says of it; a current one there is not the
         * sentence's own. */
        if (!fc_round_time_is_round(c, prior) ||
            fc_context_relative_clause(text, span, c->offset, c->offset, &cs, &ce) ||
            (!prior && fc_context_comparison_in(text, span.start, c->offset)))
            continue;
        if (round == NULL || (!(round->flags & FC_CLAIM_DATED) && (c->flags & FC_CLAIM_DATED)))
            round = c;
        else if ((c->flags & FC_CLAIM_DATED) &&
                 (c->time.lo != round->time.lo || c->time.hi != round->time.hi))
            return NULL; /* two dated rounds: nothing to share */
    }
    return round;
}

/* "Its $63.5m Series C, led by Tidewater Growth in September 2023, ...":
 * the round's lead, dated where the round is not, dates the round. */
static const FcClaim *
fc_round_time_dated_lead(GPtrArray *claims, guint first, const FcClaim *round)
{
    const FcClaim *found = NULL;
    for (guint i = first; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        if (c->attribute != g_intern_static_string("lead_investor") || c->entity != round->entity ||
            !(c->flags & FC_CLAIM_DATED) || (c->flags & FC_CLAIM_PRIOR) ||
            (c->event != NULL && round->event != NULL && c->event != round->event))
            continue;
        if (found != NULL && (c->time.lo != found->time.lo || c->time.hi != found->time.hi))
            return NULL;
        found = c;
    }
    return found;
}

/* "a $3.5m seed round in 2021 — at a valuation of $14m — and a $4.5m
 * extension in late 2022": a sentence telling of several dated rounds
 * has no one time to share, but a claim told right after one of them is
 * that round's (not after one in a relative clause: that is the clause's). */
static void
fc_round_time_share_nearest(GPtrArray *claims, guint first, const char *text, FcSpan span)
{
    for (guint i = first; i < claims->len; i++) {
        FcClaim *c = g_ptr_array_index(claims, i);
        if (fc_round_time_is_round(c, (c->flags & FC_CLAIM_PRIOR) != 0))
            continue;
        const FcClaim *before = NULL;
        for (guint k = first; k < claims->len; k++) {
            const FcClaim *r = g_ptr_array_index(claims, k);
            gsize rs, re;
            if (r->offset < c->offset && r->entity == c->entity &&
                fc_round_time_is_round(r, (r->flags & FC_CLAIM_PRIOR) != 0) &&
                !fc_context_relative_clause(text, span, r->offset, r->offset, &rs, &re) &&
                (before == NULL || r->offset > before->offset))
                before = r;
        }
        if (before == NULL || !(before->flags & FC_CLAIM_DATED))
            continue;
        FcRoundTime rt = {.entity = before->entity,
                          .event = before->event,
                          .time = before->time,
                          .dated = TRUE,
                          .prior = (before->flags & FC_CLAIM_PRIOR) != 0,
                          .set = TRUE};
        fc_round_time_apply(&rt, c);
    }
}

/* "The Series B comes two years after it raised a $22m Series A in
 * January 2022": the last dated round a comparison tells, an earlier
 * one. */
static const FcClaim *
fc_round_time_compared(GPtrArray *claims, guint first, const char *text, FcSpan span)
{
    const FcClaim *found = NULL;
    for (guint i = first; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        if (fc_round_time_is_round(c, FALSE) && (c->flags & FC_CLAIM_DATED) &&
            fc_context_comparison_in(text, span.start, c->offset))
            found = c;
    }
    return found;
}

/* The next sentence's claims take the round's time and label when it
 * opens on the deal; "That round ..." points back to the round just told
 * even when it was an earlier one. */
static void
fc_round_time_share_next(const FcRoundTime *rt, GPtrArray *claims, guint first, const char *s,
                         gsize len)
{
    if (!fc_words_opens_on_deal(s, len))
        return;
    FcRoundTime back = *rt;
    back.prior = back.prior && !g_str_has_prefix(s, "That ");
    for (guint i = first; i < claims->len; i++)
        fc_round_time_apply(&back, g_ptr_array_index(claims, i));
}

static void
fc_round_time_remember(FcRoundTime *rt, const FcClaim *round, gboolean prior, guint sentence)
{
    *rt = (FcRoundTime){
        round->entity, round->event, round->time, (round->flags & FC_CLAIM_DATED) != 0,
        prior,         sentence,     TRUE};
}

void
fc_round_time_share(FcRoundTime *rt, GPtrArray *claims, guint first, guint sentence,
                    const char *text, FcSpan span)
{
    if (rt->set && rt->sentence + 1 == sentence)
        fc_round_time_share_next(rt, claims, first, text + span.start, span.end - span.start);
    const FcClaim *round = fc_round_time_own(claims, first, text, span, FALSE);
    if (round == NULL)
        round = fc_round_time_own(claims, first, text, span, TRUE);
    if (round == NULL) {
        fc_round_time_share_nearest(claims, first, text, span);
        const FcClaim *compared = fc_round_time_compared(claims, first, text, span);
        if (compared != NULL)
            fc_round_time_remember(rt, compared, TRUE, sentence);
        return;
    }
    fc_round_time_remember(rt, round, (round->flags & FC_CLAIM_PRIOR) != 0, sentence);
    const FcClaim *lead = rt->dated ? NULL : fc_round_time_dated_lead(claims, first, round);
    if (lead != NULL) {
        rt->time = lead->time;
        rt->dated = TRUE;
    }
    for (guint i = first; i < claims->len; i++)
        fc_round_time_apply(rt, g_ptr_array_index(claims, i));
}

void
fc_round_time_note(FcRoundTime *rt, const char *entity, const FcTime *time, guint sentence)
{
    *rt = (FcRoundTime){
        .entity = entity, .time = *time, .dated = TRUE, .sentence = sentence, .set = TRUE};
}
