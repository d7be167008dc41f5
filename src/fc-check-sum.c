/* Check kind "sum": parts that do not add up to their stated whole ("$500m
 * in equity, $300m in debt, $200m in credits and the remaining $200m"
 * against a "$1bn round").
 *
 * The rule names two attributes: the part (tranche) and the whole
 * (round_size).  Parts of one entity that follow each other within a few
 * sentences form one breakdown; its whole is the nearest statement of the
 * whole before it in the same document (else after it), of the same round
 * when both name theirs.  A complete breakdown of a named round without
 * its whole in the document is held against that round's size elsewhere.
 * A part told twice counts once.  With a "remaining" part (or the second
 * of "two tranches") the parts must equal the whole; without one they
 * must not exceed it.  Parts and whole in different currencies are added
 * in dollars at the rates of rules/rates/, with the rates' swing as
 * slack.
 */
#include "fc-engine.h"

#include <math.h>

/* Wholes of other kinds than one round. */
#define FC_SUM_NOT_WHOLE (FC_CLAIM_CUMULATIVE | FC_CLAIM_SECONDARY | FC_CLAIM_MARK)

/* Sentences between two parts of one breakdown. */
#define FC_SUM_GAP 6
/* Days between the dates of two parts of one round: closes months apart
 * are one round, a year apart are not. */
#define FC_SUM_SPREAD 183

/* A breakdown of borrowed money only ("a $50m equipment line and a $20m
 * revolving credit line") is a debt facility's, not an equity round's:
 * @debt asks for a whole that is debt too. */
static gboolean
fc_sum_may_be_whole(const FcClaim *w, const FcClaim *part, gboolean debt)
{
    if (debt && !(w->flags & FC_CLAIM_DEBT))
        return FALSE;
    /* A running total or a share sale is no round to break down. */
    gboolean units = w->value.unit == part->value.unit ||
                     (fc_unit_is_money(w->value.unit) && fc_unit_is_money(part->value.unit));
    return units && w->status == FC_STATUS_REPORTED && !(w->flags & FC_SUM_NOT_WHOLE) &&
           isfinite(w->value.high) && w->value.low == w->value.high &&
           (w->event == NULL || part->event == NULL || w->event == part->event);
}

/* The whole of a breakdown: told in its own document, or, for a
 * breakdown the text counts as complete ("in two tranches"), the same
 * named round's size in another. */
static const FcClaim *
fc_sum_whole(const GPtrArray *wholes, const FcClaim *part, gboolean closed, gboolean debt)
{
    const FcClaim *before = NULL, *after = NULL, *elsewhere = NULL;
    for (guint i = 0; wholes != NULL && i < wholes->len; i++) {
        const FcClaim *w = g_ptr_array_index(wholes, i);
        if (!fc_sum_may_be_whole(w, part, debt))
            continue;
        if (w->doc_index != part->doc_index) {
            if (closed && elsewhere == NULL && w->event != NULL && w->event == part->event)
                elsewhere = w;
        } else if (w->sentence <= part->sentence) {
            before = w;
        } else if (after == NULL) {
            after = w;
        }
    }
    return before != NULL ? before : after != NULL ? after : elsewhere;
}

/* "secured a further $5.25bn in debt financing ... The new debt facility,
 * a $5.25bn credit line": an article that tells a part twice has one
 * part. */
static gboolean
fc_sum_told_before(const GPtrArray *run, const FcClaim *p)
{
    for (guint i = 0; i < run->len; i++) {
        const FcClaim *q = g_ptr_array_index(run, i);
        if (q->sentence != p->sentence && q->flags == p->flags &&
            fc_value_compatible(&q->value, &p->value, 0, 0) && q->value.unit == p->value.unit)
            return TRUE;
    }
    return FALSE;
}

/* Parts labelled with different rounds, or dated half a year apart
 * ("**October 2024:** ... a $4bn credit facility" before "**March
 * 2025:** ... the remaining $30bn"), belong to different breakdowns. */
static gboolean
fc_sum_other_round(const GPtrArray *run, const FcClaim *p)
{
    const FcClaim *last = run->len ? g_ptr_array_index(run, run->len - 1) : NULL;
    if (last == NULL)
        return FALSE;
    if (last->event != NULL && p->event != NULL && last->event != p->event)
        return TRUE;
    return ((last->flags | p->flags) & FC_CLAIM_DATED) &&
           ABS((gint64)p->time.lo - (gint64)last->time.lo) > FC_SUM_SPREAD;
}

static double
fc_part_amount(const FcClaim *c)
{
    return isfinite(c->value.high) ? c->value.high : c->value.low;
}

/* An amount as bounds in one unit: its own when every figure of the
 * breakdown shares it, else dollars at the dated rate, widened by the
 * rate's swing; @mid is the amount at the rate itself.  FALSE without a
 * rate. */
static gboolean
fc_sum_bounds(const FcRates *rates, const FcClaim *c, gboolean mixed, double *lo, double *hi,
              double *mid)
{
    double amount = fc_part_amount(c);
    *lo = *hi = *mid = amount;
    if (!mixed || c->value.unit == FC_UNIT_USD)
        return TRUE;
    const FcRate *r = fc_rates_lookup(rates, c->value.unit, &c->time);
    if (r == NULL)
        return FALSE;
    *mid = amount * r->usd;
    *lo = *mid * (1 - r->tolerance);
    *hi = *mid * (1 + r->tolerance);
    return TRUE;
}

typedef struct {
    double lo, hi, mid;
} FcSumRange;

/* The parts added up and the whole, in one unit; FALSE when a currency of
 * theirs has no rate for its date. */
static gboolean
fc_sum_totals(const FcRuleSet *rules, const GPtrArray *parts, const FcClaim *whole, FcSumRange *sum,
              FcSumRange *total, FcUnit *unit)
{
    gboolean mixed = FALSE;
    for (guint i = 0; i < parts->len; i++)
        mixed |= ((const FcClaim *)g_ptr_array_index(parts, i))->value.unit != whole->value.unit;
    *unit = mixed ? FC_UNIT_USD : whole->value.unit;
    *sum = (FcSumRange){0, 0, 0};
    for (guint i = 0; i < parts->len; i++) {
        double lo, hi, mid;
        if (!fc_sum_bounds(rules->rates, g_ptr_array_index(parts, i), mixed, &lo, &hi, &mid))
            return FALSE;
        sum->lo += lo;
        sum->hi += hi;
        sum->mid += mid;
    }
    return fc_sum_bounds(rules->rates, whole, mixed, &total->lo, &total->hi, &total->mid);
}

static void
fc_sum_judge(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
             const char *entity, GPtrArray *parts, const GPtrArray *wholes, GPtrArray *out)
{
    if (parts->len < 2)
        return;
    gboolean closed = FALSE, debt = TRUE;
    for (guint i = 0; i < parts->len; i++) {
        const FcClaim *p = g_ptr_array_index(parts, i);
        if (p->flags & FC_CLAIM_REMAINDER)
            closed = TRUE;
        if (!(p->flags & FC_CLAIM_DEBT))
            debt = FALSE;
    }
    const FcClaim *whole = fc_sum_whole(wholes, g_ptr_array_index(parts, 0), closed, debt);
    if (whole == NULL)
        return;
    FcSumRange sum, total;
    FcUnit unit;
    if (!fc_sum_totals(rules, parts, whole, &sum, &total, &unit))
        return;
    double slack = rule->tolerance * total.hi;
    gboolean over = sum.lo > total.hi + slack, under = sum.hi < total.lo - slack;
    if (!(over || (closed && under)))
        return;
    FcFinding *f = fc_finding_new(rule, entity, whole->attribute);
    g_ptr_array_add(f->claims, (gpointer)whole);
    GString *list = g_string_new(NULL);
    for (guint i = 0; i < parts->len; i++) {
        const FcClaim *p = g_ptr_array_index(parts, i);
        g_autofree char *label = fc_value_format(&p->value);
        g_string_append_printf(list, "%s%s", i ? " + " : "", label);
        g_ptr_array_add(f->claims, (gpointer)p);
    }
    /* Figures in other currencies add up only about. */
    FcValue s = {sum.mid, sum.mid, unit, unit != whole->value.unit || sum.lo != sum.hi};
    g_autofree char *sum_text = fc_value_format(&s);
    g_autofree char *total_text = fc_value_format(&whole->value);
    g_autofree char *parts_text = g_string_free(list, FALSE);
    const char *pairs[] = {"sum", sum_text, "total", total_text, "parts", parts_text, NULL};
    fc_engine_finish_finding(f, rules, store, pairs);
    g_ptr_array_add(out, f);
}

void
fc_check_sum(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store, GPtrArray *out)
{
    if (rule->attributes->len < 2)
        return;
    const char *part_attr = g_ptr_array_index(rule->attributes, 0);
    const char *whole_attr = g_ptr_array_index(rule->attributes, 1);
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    for (guint e = 0; e < entities->len; e++) {
        const char *entity = g_ptr_array_index(entities, e);
        const GPtrArray *parts = fc_store_group(store, entity, part_attr);
        if (parts == NULL)
            continue;
        const GPtrArray *wholes = fc_store_group(store, entity, whole_attr);
        g_autoptr(GPtrArray) run = g_ptr_array_new();
        for (guint i = 0; i < parts->len; i++) {
            const FcClaim *p = g_ptr_array_index(parts, i);
            /* Existing shares changing hands are no part of the new money. */
            if (p->flags & FC_CLAIM_SECONDARY)
                continue;
            const FcClaim *last = run->len ? g_ptr_array_index(run, run->len - 1) : NULL;
            if (last != NULL &&
                (last->doc_index != p->doc_index || p->sentence > last->sentence + FC_SUM_GAP ||
                 fc_sum_other_round(run, p))) {
                fc_sum_judge(rule, rules, store, entity, run, wholes, out);
                g_ptr_array_set_size(run, 0);
            }
            if (!fc_sum_told_before(run, p))
                g_ptr_array_add(run, (gpointer)p);
        }
        fc_sum_judge(rule, rules, store, entity, run, wholes, out);
    }
}
