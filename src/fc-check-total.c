/* Check kind "total": a running total smaller than what came before it.
 *
 * With two attributes, the total and the rounds: "The deal brings total
 * funding to $95m", beside a $30m Series A two years earlier and the $85m
 * Series B the same article announces.  A total to date cannot be less
 * than the rounds that closed by then.
 *
 * Only labelled rounds count, each once at the smallest size the corpus
 * gives it (a label and its extension as one): a round without a label
 * may be a labelled one told again.  A round counts when it closed by the
 * end of the total's time ("a Series C last year" may have closed after a
 * total told in January), or may have and the total's own article tells
 * it.  Debt, credits, share sales and
 * marks are left out, as totals often leave them out too.
 *
 * With one attribute, the total alone: "has raised EUR 75m" in November
 * and "EUR 60m" the next June.  A running total never shrinks.  Totals
 * within the rule's reach of each other are left to the conflict check,
 * which sets them side by side with the same reach.
 *
 * A total falls short when the other side exceeds it by more than the
 * rule's tolerance (approx_tolerance when a figure is hedged); a total
 * with no upper bound ("more than $90m") never does.  Figures in other
 * currencies are compared in dollars at the rates of rules/rates/.
 */
#include "fc-engine.h"

#include <math.h>
#include <string.h>

/* Money that is no round of equity, or no one round. */
#define FC_TOTAL_NOT_ROUND                                                                         \
    (FC_CLAIM_DEBT | FC_CLAIM_CREDITS | FC_CLAIM_SECONDARY | FC_CLAIM_MARK | FC_CLAIM_CUMULATIVE | \
     FC_CLAIM_DERIVED)

typedef struct {
    const FcClaim *claim;
    double usd; /* the smallest the round may be, in dollars */
} FcTotalRound;

/* A total the text states for its time, with at least a floor. */
static gboolean
fc_total_is_told(const FcClaim *t)
{
    return fc_status_is_told(t->status) && !(t->flags & (FC_CLAIM_PRIOR | FC_CLAIM_DERIVED)) &&
           fc_unit_is_money(t->value.unit) && isfinite(t->value.low) && t->value.low > 0 &&
           fc_time_is_known(&t->time);
}

/* ... and a ceiling, which a total must have to fall short. */
static gboolean
fc_total_is_total(const FcClaim *t)
{
    return fc_total_is_told(t) && isfinite(t->value.high);
}

static gboolean
fc_total_is_round(const FcClaim *r, const FcClaim *total)
{
    return fc_status_is_told(r->status) && r->event != NULL && !(r->flags & FC_TOTAL_NOT_ROUND) &&
           fc_unit_is_money(r->value.unit) && isfinite(r->value.low) && r->value.low > 0 &&
           fc_time_is_known(&r->time) && r->time.lo <= total->time.hi &&
           (r->time.hi <= total->time.hi || r->doc_index == total->doc_index);
}

/* The length of @label without " extension": "an extension of its seed
 * round" may be the "seed extension" another article names, so the two
 * count once. */
static gsize
fc_total_label_base(const char *label)
{
    static const char suffix[] = " extension";
    gsize n = strlen(label), k = sizeof suffix - 1;
    return n > k && g_ascii_strcasecmp(label + n - k, suffix) == 0 ? n - k : n;
}

static gboolean
fc_total_same_label(const char *a, const char *b)
{
    gsize n = fc_total_label_base(a);
    return n == fc_total_label_base(b) && g_ascii_strncasecmp(a, b, n) == 0;
}

/* Adds @r to @rounds, or keeps the smaller of it and the same round told
 * before. */
static void
fc_total_add_round(GArray *rounds, const FcRuleSet *rules, const FcClaim *r)
{
    FcValue usd;
    if (!fc_rates_to_usd(rules->rates, &r->value, &r->time, &usd))
        return;
    for (guint i = 0; i < rounds->len; i++) {
        FcTotalRound *known = &g_array_index(rounds, FcTotalRound, i);
        if (!fc_total_same_label(known->claim->event, r->event))
            continue;
        if (usd.low < known->usd)
            *known = (FcTotalRound){r, usd.low};
        return;
    }
    g_array_append_val(rounds, ((FcTotalRound){r, usd.low}));
}

static int
fc_total_round_compare(gconstpointer a, gconstpointer b)
{
    const FcClaim *x = ((const FcTotalRound *)a)->claim, *y = ((const FcTotalRound *)b)->claim;
    if (x->time.lo != y->time.lo)
        return x->time.lo < y->time.lo ? -1 : 1;
    return fc_claim_compare(x, y);
}

/* The finding for @total, the rounds listed oldest first. */
static FcFinding *
fc_total_finding(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                 const char *entity, const FcClaim *total, GArray *rounds, double sum)
{
    g_array_sort(rounds, fc_total_round_compare);
    FcFinding *f = fc_finding_new(rule, entity, total->attribute);
    g_ptr_array_add(f->claims, (gpointer)total);
    GString *parts = g_string_new(NULL);
    gboolean converted = total->value.unit != FC_UNIT_USD;
    for (guint i = 0; i < rounds->len; i++) {
        const FcClaim *r = g_array_index(rounds, FcTotalRound, i).claim;
        g_autofree char *label = fc_value_format(&r->value);
        g_string_append_printf(parts, "%s%s %s", i ? " + " : "", label, r->event);
        g_ptr_array_add(f->claims, (gpointer)r);
        converted |= r->value.unit != FC_UNIT_USD;
    }
    FcValue s = {sum, sum, FC_UNIT_USD, converted};
    g_autofree char *sum_text = fc_value_format(&s);
    g_autofree char *total_text = fc_value_format(&total->value);
    g_autofree char *parts_text = g_string_free(parts, FALSE);
    const char *pairs[] = {"sum", sum_text, "total", total_text, "parts", parts_text, NULL};
    fc_engine_finish_finding(f, rules, store, pairs);
    return f;
}

/* The labelled rounds of @group that may have closed by @total's time go
 * to @rounds, their smallest sizes in dollars to @sum; TRUE when they
 * exceed @total. */
static gboolean
fc_total_short(const FcCheckRule *rule, const FcRuleSet *rules, const FcClaim *total,
               const GPtrArray *group, GArray *rounds, double *sum)
{
    FcValue cap;
    if (!fc_rates_to_usd(rules->rates, &total->value, &total->time, &cap))
        return FALSE;
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *r = g_ptr_array_index(group, i);
        if (fc_total_is_round(r, total))
            fc_total_add_round(rounds, rules, r);
    }
    *sum = 0;
    gboolean hedged = total->value.approx;
    for (guint i = 0; i < rounds->len; i++) {
        const FcTotalRound *r = &g_array_index(rounds, FcTotalRound, i);
        *sum += r->usd;
        hedged |= r->claim->value.approx;
    }
    double slack = hedged ? rule->approx_tolerance : rule->tolerance;
    return rounds->len > 0 && *sum > cap.high * (1 + slack);
}

/* A short total told again with the same figure joins the finding of its
 * first telling (@found: this entity's findings so far). */
static FcFinding *
fc_total_told_before(GPtrArray *found, const FcClaim *total)
{
    for (guint i = 0; i < found->len; i++) {
        FcFinding *f = g_ptr_array_index(found, i);
        const FcClaim *t = g_ptr_array_index(f->claims, 0);
        if (t->value.unit == total->value.unit &&
            fc_value_compatible(&t->value, &total->value, 0, 0))
            return f;
    }
    return NULL;
}

/* The finding of a total below a total told before it. */
static FcFinding *
fc_total_fell_finding(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                      const char *entity, const FcClaim *total, const FcClaim *earlier)
{
    FcFinding *f = fc_finding_new(rule, entity, total->attribute);
    g_ptr_array_add(f->claims, (gpointer)total);
    g_ptr_array_add(f->claims, (gpointer)earlier);
    g_autofree char *total_text = fc_value_format(&total->value);
    g_autofree char *earlier_text = fc_value_format(&earlier->value);
    g_autofree char *when = fc_time_format(&earlier->time);
    const char *pairs[] = {"total", total_text, "earlier", earlier_text, "when", when, NULL};
    fc_engine_finish_finding(f, rules, store, pairs);
    return f;
}

/* @v as it is when @other shares its currency, else in dollars; FALSE
 * without a rate. */
static gboolean
fc_total_comparable(const FcRuleSet *rules, const FcClaim *c, const FcClaim *other, FcValue *v)
{
    if (c->value.unit == other->value.unit) {
        *v = c->value;
        return TRUE;
    }
    return fc_rates_to_usd(rules->rates, &c->value, &c->time, v);
}

/* The largest total told before @t, too far from it for the conflict
 * check, that exceeds it by more than the tolerance; NULL when none
 * does. */
static const FcClaim *
fc_total_fell_from(const FcCheckRule *rule, const FcRuleSet *rules, const GPtrArray *totals,
                   const FcClaim *t)
{
    FcTime tw = fc_claim_window(t, rule->reach);
    const FcClaim *best = NULL;
    double best_excess = 0;
    for (guint i = 0; i < totals->len; i++) {
        const FcClaim *a = g_ptr_array_index(totals, i);
        FcValue then, now;
        if (!fc_total_is_told(a) || a->time.hi >= t->time.lo)
            continue;
        FcTime aw = fc_claim_window(a, rule->reach);
        if (fc_time_overlaps(&aw, &tw) || !fc_total_comparable(rules, a, t, &then) ||
            !fc_total_comparable(rules, t, a, &now))
            continue;
        gboolean hedged = a->value.approx || t->value.approx;
        double slack = hedged ? rule->approx_tolerance : rule->tolerance;
        double excess = then.low / now.high;
        if (excess > 1 + slack && excess > best_excess) {
            best = a;
            best_excess = excess;
        }
    }
    return best;
}

static void
fc_total_check_declines(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                        const char *entity, const GPtrArray *totals, GPtrArray *out)
{
    g_autoptr(GPtrArray) found = g_ptr_array_new();
    for (guint i = 0; i < totals->len; i++) {
        const FcClaim *t = g_ptr_array_index(totals, i);
        const FcClaim *earlier =
            fc_total_is_total(t) ? fc_total_fell_from(rule, rules, totals, t) : NULL;
        if (earlier == NULL)
            continue;
        FcFinding *f = fc_total_told_before(found, t);
        if (f != NULL) {
            g_ptr_array_add(f->claims, (gpointer)t);
            continue;
        }
        f = fc_total_fell_finding(rule, rules, store, entity, t, earlier);
        g_ptr_array_add(found, f);
        g_ptr_array_add(out, f);
    }
}

static void
fc_total_check_rounds(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                      const char *entity, const GPtrArray *totals, const GPtrArray *rounds,
                      GPtrArray *out)
{
    g_autoptr(GPtrArray) found = g_ptr_array_new();
    for (guint i = 0; i < totals->len; i++) {
        const FcClaim *t = g_ptr_array_index(totals, i);
        g_autoptr(GArray) before = g_array_new(FALSE, FALSE, sizeof(FcTotalRound));
        double sum;
        if (!fc_total_is_total(t) || !fc_total_short(rule, rules, t, rounds, before, &sum))
            continue;
        FcFinding *f = fc_total_told_before(found, t);
        if (f != NULL) {
            g_ptr_array_add(f->claims, (gpointer)t);
            continue;
        }
        f = fc_total_finding(rule, rules, store, entity, t, before, sum);
        g_ptr_array_add(found, f);
        g_ptr_array_add(out, f);
    }
}

void
fc_check_total(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
               GPtrArray *out)
{
    if (rule->attributes->len < 1)
        return;
    const char *total_attr = g_ptr_array_index(rule->attributes, 0);
    const char *round_attr =
        rule->attributes->len > 1 ? g_ptr_array_index(rule->attributes, 1) : NULL;
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    for (guint e = 0; e < entities->len; e++) {
        const char *entity = g_ptr_array_index(entities, e);
        const GPtrArray *totals = fc_store_group(store, entity, total_attr);
        if (totals == NULL)
            continue;
        if (round_attr == NULL) {
            fc_total_check_declines(rule, rules, store, entity, totals, out);
            continue;
        }
        const GPtrArray *rounds = fc_store_group(store, entity, round_attr);
        if (rounds != NULL)
            fc_total_check_rounds(rule, rules, store, entity, totals, rounds, out);
    }
}
