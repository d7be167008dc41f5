/* Check kind "conflict": one entity, attribute (and counterpart) with
 * values that cannot all hold at the same time.
 *
 * Claims are compared only within a slice: the same status and qualifiers
 * (pre-money, a first close, debt, credits, a running total, a secondary
 * sale), money in one
 * currency or convertible through the rate table, and overlapping times of
 * the same precision (a month with a month, a quarter with a quarter, a
 * year with a year: a quarter would otherwise bridge two different months);
 * undated claims only within their own document.  Within a window of
 * overlapping times a sweep over the values finds the largest set that
 * agrees; anything outside it is a conflict.  Sort and sweep: windows are
 * short, nothing compares the whole group pairwise.
 *
 * Rounds (fc-event) refine the slices: claims about rounds with different
 * labels are never compared, and claims about one labelled round are
 * compared across articles months apart.  An unlabelled valuation may be
 * pre-money: it agrees when either reading does.
 *
 * A rule with "against = planned" compares talks and targets with the
 * reported figures that follow them instead (a note, not a contradiction).
 *
 * Per rule: "reach" widens the days an article's date covers (a chief
 * executive seldom changes within a season); "places" compares places,
 * one inside the other agreeing; "moves_with" names claims that change
 * the value (a total told before a later round is an earlier total).
 */
#include "fc-engine.h"
#include "fc-event.h"
#include "fc-person-name.h"
#include "fc-util.h"

#include <math.h>
#include <string.h>

typedef struct {
    const FcCheckRule *rule;
    const FcRuleSet *rules;
    const FcStore *store;
    const char *entity;
    const char *attribute;
    const char *sole_party; /* one_counterpart: the group's only party, or NULL */
    FcEvents *events;
    GPtrArray *out;
} FcConflict;

/* Claims about one labelled round are compared this far apart: a recap
 * months later still describes the same round. */
#define FC_EVENT_REACH 183

/* Qualifiers that make a figure a different quantity: each is compared
 * only with its own kind. */
#define FC_CONFLICT_KINDS                                                                          \
    (FC_CLAIM_CUMULATIVE | FC_CLAIM_PRE_MONEY | FC_CLAIM_PARTIAL | FC_CLAIM_DEBT |                 \
     FC_CLAIM_CREDITS | FC_CLAIM_SHARED | FC_CLAIM_SECONDARY | FC_CLAIM_MARK)

/* An article dated to the day reports what held in the weeks around it:
 * two articles a few days apart describe the same state of affairs. */
#define FC_DOC_DATE_REACH 15

/* The rule's reach, for claims dated by their article alone. */
static FcTime
fc_conflict_window(const FcConflict *cx, const FcClaim *c)
{
    return fc_claim_window(c, cx->rule->reach ? cx->rule->reach : FC_DOC_DATE_REACH);
}

/* Publication dates are widened only against each other: a figure the
 * sentence dates to August is not the same as one in a July 29 article.
 * A rule with a reach of its own is about a state that lasts (a head
 * office, a chief executive): an article describes it around its date
 * against a dated claim too ("the Manchester-based company allotted
 * shares on 3 July" and a Leeds-based one in January). */
static gboolean
fc_claims_same_time(const FcConflict *cx, const FcClaim *a, const FcClaim *b)
{
    if (!fc_time_is_known(&a->time))
        return TRUE; /* undated buckets hold one document's claims */
    if (cx->rule->reach != 0 || (!(a->flags & FC_CLAIM_DATED) && !(b->flags & FC_CLAIM_DATED))) {
        FcTime x = fc_conflict_window(cx, a), y = fc_conflict_window(cx, b);
        return fc_time_overlaps(&x, &y);
    }
    return fc_time_overlaps(&a->time, &b->time);
}

/* Precision classes: claims are only compared with claims of a similar
 * precision, so that "in 2025" does not chain September to November.  An
 * article's date is a day's, however far the rule reaches from it. */
static guint
fc_time_class(const FcClaim *c)
{
    FcTime t = fc_claim_window(c, FC_DOC_DATE_REACH);
    guint32 w = fc_time_width(&t);
    return w <= 31 ? 1 : w <= 92 ? 2 : w <= 184 ? 3 : w <= 366 ? 4 : 5;
}

/* Told figures, rumoured ones too, compare as reported ones; plans,
 * estimates and projections stay with their kind. */
static FcStatus
fc_status_class(FcStatus s)
{
    return fc_status_is_told(s) ? FC_STATUS_REPORTED : s;
}

/* "SoftBank's Vision Fund 2" and "SoftBank" hold one stake: a counterpart
 * counts as its top-most owner. */
static const char *
fc_conflict_party(const FcConflict *cx, const FcClaim *c)
{
    if (c->counterpart == NULL)
        return cx->sole_party != NULL ? cx->sole_party : "";
    const FcEntity *e = fc_lexicon_lookup(cx->rules->lexicon, c->counterpart);
    return e != NULL ? fc_entity_root(e)->name : c->counterpart;
}

/* The one party the group's claims name, or NULL when they name none or
 * several. */
static const char *
fc_conflict_sole_party(const FcConflict *cx, const GPtrArray *group)
{
    const char *sole = NULL;
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (c->counterpart == NULL)
            continue;
        const char *p = fc_conflict_party(cx, c);
        if (sole != NULL && strcmp(sole, p) != 0)
            return NULL;
        sole = p;
    }
    return sole;
}

/* Money that the rate table can turn into dollars goes with dollars;
 * other currencies, and money of a time without a rate, stay apart. */
static FcUnit
fc_conflict_currency(const FcConflict *cx, const FcClaim *c)
{
    if (c->value.unit == FC_UNIT_USD || !fc_unit_is_money(c->value.unit))
        return c->value.unit;
    return fc_rates_lookup(cx->rules->rates, c->value.unit, &c->time) != NULL ? FC_UNIT_USD
                                                                              : c->value.unit;
}

/* @timed FALSE: the key without the time class, for rounds compared
 * across months.  A timeless fact's key has no time at all. */
static char *
fc_conflict_bucket(const FcConflict *cx, const FcClaim *c, gboolean timed, FcStatus status)
{
    gboolean dated = fc_time_is_known(&c->time) || cx->rule->timeless;
    /* Pre-money figures differ from post-money ones by the new money by
     * definition: a pre-money figure is compared with its own kind, and
     * with post-money figures through fc-check-derived's sum. */
    return g_strdup_printf("%s\x1f%d\x1f%u\x1f%d\x1f%u\x1f%u\x1f%d",
                           cx->rule->by_counterpart ? fc_conflict_party(cx, c) : "", status,
                           c->flags & FC_CONFLICT_KINDS, fc_conflict_currency(cx, c),
                           dated && timed ? fc_time_class(c) : 0, dated ? 0 : c->doc_index,
                           dated ? 0 : c->time.rel_months);
}

static double
fc_widen(const FcConflict *cx, const FcValue *v, double x, int sign)
{
    if (!isfinite(x))
        return x;
    double tol = MAX(cx->rule->tolerance, v->approx ? cx->rule->approx_tolerance : 0);
    return x + sign * tol * fabs(x);
}

/* The values of a slice as they can be compared: as written when the
 * slice has one currency, else in dollars through the rate table. */
static GArray *
fc_conflict_values(const FcConflict *cx, GPtrArray *slice)
{
    GArray *vals = g_array_sized_new(FALSE, FALSE, sizeof(FcValue), slice->len);
    const FcClaim *first = g_ptr_array_index(slice, 0);
    gboolean mixed = FALSE;
    for (guint i = 1; i < slice->len; i++)
        mixed = mixed ||
                ((const FcClaim *)g_ptr_array_index(slice, i))->value.unit != first->value.unit;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        FcValue v = c->value;
        if (mixed && !fc_rates_to_usd(cx->rules->rates, &c->value, &c->time, &v))
            v = c->value; /* fc_conflict_currency() kept these apart */
        g_array_append_val(vals, v);
    }
    return vals;
}

/* The new money of the round @c is about, as one envelope of the round
 * sizes that may be it, or FALSE. */
static gboolean
fc_conflict_new_money(const FcConflict *cx, const FcClaim *c, const FcValue *as, FcValue *out)
{
    const GPtrArray *rounds =
        fc_store_group(cx->store, c->entity, g_intern_static_string("round_size"));
    const char *label = fc_events_label(cx->events, c);
    gboolean found = FALSE;
    for (guint i = 0; rounds != NULL && i < rounds->len; i++) {
        const FcClaim *r = g_ptr_array_index(rounds, i);
        if (fc_status_class(r->status) != FC_STATUS_REPORTED ||
            (r->flags & (FC_CLAIM_PRIOR | FC_CONFLICT_KINDS)) || !isfinite(r->value.low) ||
            !isfinite(r->value.high) || r->value.low <= 0)
            continue;
        /* Its article's round, its labelled round, or for a figure that
         * names no round, a round told at the same time. */
        const char *rl = fc_events_label(cx->events, r);
        if (rl != NULL && label != NULL && rl != label)
            continue;
        if (r->doc_index != c->doc_index && rl != label &&
            (label != NULL || !fc_claims_same_time(cx, c, r)))
            continue;
        FcValue v = r->value;
        if (v.unit != as->unit && !fc_rates_to_usd(cx->rules->rates, &r->value, &r->time, &v))
            continue;
        if (v.unit != as->unit)
            continue;
        if (!found) {
            *out = v;
            found = TRUE;
        } else {
            out->low = MIN(out->low, v.low);
            out->high = MAX(out->high, v.high);
        }
    }
    return found;
}

/* A valuation that does not say post-money may be the pre-money figure
 * ("valued at $45bn" of a $3bn round that others put at $48bn post-money):
 * its second reading adds the round. */
static gboolean
fc_conflict_pre_reading(const FcConflict *cx, const FcClaim *c, const FcValue *v, FcValue *out)
{
    if (c->attribute != g_intern_static_string("valuation") ||
        (c->flags & (FC_CLAIM_POST_MONEY | FC_CLAIM_PRE_MONEY | FC_CLAIM_DERIVED)))
        return FALSE;
    FcValue money = {0, 0, FC_UNIT_NONE, FALSE};
    if (!fc_conflict_new_money(cx, c, v, &money))
        return FALSE;
    *out = *v;
    out->low += money.low;
    out->high += money.high;
    /* "about $850m" read as pre-money is already the generous reading:
     * it gets the exact slack, not "about"'s on top. */
    out->approx = FALSE;
    return TRUE;
}

typedef struct {
    double at;
    int delta; /* +1 opens, -1 closes */
} FcEdge;

static int
fc_edge_compare(gconstpointer a, gconstpointer b)
{
    const FcEdge *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return y->delta - x->delta; /* open before close: touching intervals agree */
}

static void
fc_edges_add(GArray *edges, double lo, double hi)
{
    FcEdge a = {lo, +1}, b = {hi, -1};
    g_array_append_val(edges, a);
    g_array_append_val(edges, b);
}

/* Largest number of claims that share a point, after widening.  A claim
 * with two readings adds both; when they overlap they are merged, so that
 * no point counts one claim twice. */
static guint
fc_numeric_consensus(const FcConflict *cx, GPtrArray *slice, GArray *vals)
{
    g_autoptr(GArray) edges = g_array_sized_new(FALSE, FALSE, sizeof(FcEdge), slice->len * 4);
    for (guint i = 0; i < slice->len; i++) {
        const FcValue *v = &g_array_index(vals, FcValue, i);
        double lo = fc_widen(cx, v, v->low, -1), hi = fc_widen(cx, v, v->high, +1);
        FcValue pre;
        if (fc_conflict_pre_reading(cx, g_ptr_array_index(slice, i), v, &pre)) {
            double plo = fc_widen(cx, &pre, pre.low, -1), phi = fc_widen(cx, &pre, pre.high, +1);
            if (plo <= hi) {
                hi = MAX(hi, phi);
            } else {
                fc_edges_add(edges, plo, phi);
            }
        }
        fc_edges_add(edges, lo, hi);
    }
    g_array_sort(edges, fc_edge_compare);
    int depth = 0, best = 0;
    for (guint i = 0; i < edges->len; i++) {
        depth += g_array_index(edges, FcEdge, i).delta;
        best = MAX(best, depth);
    }
    return (guint)best;
}

/* "up to $5bn" and "up to $8bn" for one commitment state different caps. */
static gboolean
fc_caps_differ(const FcConflict *cx, GArray *vals)
{
    double lo = INFINITY, hi = -INFINITY;
    for (guint i = 0; i < vals->len; i++) {
        const FcValue *v = &g_array_index(vals, FcValue, i);
        if (isfinite(v->low) || !isfinite(v->high))
            continue;
        lo = MIN(lo, fc_widen(cx, v, v->high, +1));
        hi = MAX(hi, fc_widen(cx, v, v->high, -1));
    }
    return isfinite(lo) && hi > lo;
}

/* Lead investors are a set per article: two articles on one round whose
 * sets share nobody disagree ("led by A" against "led by B"); one that
 * names a co-lead the other leaves out does not. */
static gboolean
fc_leads_disagree(const FcConflict *cx, GPtrArray *slice)
{
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *a = g_ptr_array_index(slice, i);
        for (guint j = i + 1; j < slice->len; j++) {
            const FcClaim *b = g_ptr_array_index(slice, j);
            if (b->doc_index == a->doc_index)
                continue;
            gboolean shared = FALSE;
            for (guint x = 0; x < slice->len && !shared; x++) {
                const FcClaim *p = g_ptr_array_index(slice, x);
                if (p->doc_index != a->doc_index)
                    continue;
                for (guint y = 0; y < slice->len && !shared; y++) {
                    const FcClaim *q = g_ptr_array_index(slice, y);
                    shared = q->doc_index == b->doc_index &&
                             fc_events_party(cx->events, p->value_entity) ==
                                 fc_events_party(cx->events, q->value_entity);
                }
            }
            if (!shared)
                return TRUE;
        }
    }
    return FALSE;
}

static gboolean
fc_numbers_disagree(const FcConflict *cx, GPtrArray *slice)
{
    if (slice->len < 2)
        return FALSE;
    g_autoptr(GArray) vals = fc_conflict_values(cx, slice);
    return fc_numeric_consensus(cx, slice, vals) < slice->len || fc_caps_differ(cx, vals);
}

static gboolean
fc_values_meet(const FcConflict *cx, const FcValue *a, const FcValue *b)
{
    return fc_widen(cx, a, a->low, -1) <= fc_widen(cx, b, b->high, +1) &&
           fc_widen(cx, b, b->low, -1) <= fc_widen(cx, a, a->high, +1);
}

/* An extended round has two true sizes, its first close and its size
 * after the extension: figures at an extended size are compared with each
 * other, the rest with each other ("a $350m Series C" and later "bringing
 * the round to $400m", then "its $400m Series C"). */
static gboolean
fc_numbers_disagree_extended(const FcConflict *cx, GPtrArray *slice)
{
    g_autoptr(GArray) vals = fc_conflict_values(cx, slice);
    g_autoptr(GPtrArray) grown = g_ptr_array_new(), rest = g_ptr_array_new();
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        gboolean at_extended = FALSE;
        for (guint j = 0; j < slice->len && !at_extended; j++) {
            const FcClaim *x = g_ptr_array_index(slice, j);
            at_extended = (x->flags & FC_CLAIM_EXTENDED) &&
                          (x == c || fc_values_meet(cx, &g_array_index(vals, FcValue, i),
                                                    &g_array_index(vals, FcValue, j)));
        }
        g_ptr_array_add(at_extended ? grown : rest, (gpointer)c);
    }
    if (grown->len == 0)
        return fc_numbers_disagree(cx, slice);
    return fc_numbers_disagree(cx, grown) || fc_numbers_disagree(cx, rest);
}

/* Are @a and @b one person, alike or through a full name of @slice that
 * both are part of: "Priya" and "Nandakumar" are "Priya Nandakumar". */
static gboolean
fc_slice_same_person(GPtrArray *slice, const char *a, const char *b)
{
    if (fc_person_name_same(a, b))
        return TRUE;
    for (guint i = 0; i < slice->len; i++) {
        const char *full = ((const FcClaim *)g_ptr_array_index(slice, i))->value_entity;
        if (full != NULL && strchr(full, ' ') != NULL && fc_person_name_same(full, a) &&
            fc_person_name_same(full, b))
            return TRUE;
    }
    return FALSE;
}

/* Is @who among the names of @list's sentence? */
static gboolean
fc_listed_with(GPtrArray *slice, const FcClaim *list, const FcClaim *who)
{
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        if (c->doc_index == list->doc_index && c->sentence == list->sentence &&
            fc_slice_same_person(slice, c->value_entity, who->value_entity))
            return TRUE;
    }
    return FALSE;
}

static guint
fc_listed_count(GPtrArray *slice, const FcClaim *list)
{
    guint n = 0;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        n += c->doc_index == list->doc_index && c->sentence == list->sentence;
    }
    return n;
}

/* "Founded in 2016 by Karl Haugen and Lucia Ferrante": names listed
 * together in one sentence are all of them, so a founder another article
 * names who is not among them disagrees.  A name alone lists nobody,
 * unless the text says it is the only one ("founded the company alone"). */
static gboolean
fc_lists_disagree(GPtrArray *slice)
{
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *list = g_ptr_array_index(slice, i);
        if (fc_listed_count(slice, list) < 2 && !(list->flags & FC_CLAIM_SOLE))
            continue;
        for (guint j = 0; j < slice->len; j++) {
            const FcClaim *who = g_ptr_array_index(slice, j);
            if (who->doc_index != list->doc_index && !fc_listed_with(slice, list, who))
                return TRUE;
        }
    }
    return FALSE;
}

/* The place @c names, when the lexicon knows it: an unknown one may lie
 * in any other ("Somerville" in Boston's area). */
static const FcEntity *
fc_conflict_place(const FcConflict *cx, const FcClaim *c)
{
    const FcEntity *e =
        c->value_entity != NULL ? fc_lexicon_lookup(cx->rules->lexicon, c->value_entity) : NULL;
    return e != NULL && e->kind == FC_KIND_PLACE ? e : NULL;
}

/* Two known places, neither inside the other, from two articles.  An
 * article that gives two such places itself ("offices in London and
 * Berlin") tells of a company with several homes, which no other
 * article's city contradicts. */
static gboolean
fc_places_disagree(const FcConflict *cx, GPtrArray *slice)
{
    gboolean apart = FALSE;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *a = g_ptr_array_index(slice, i);
        const FcEntity *pa = fc_conflict_place(cx, a);
        for (guint j = i + 1; j < slice->len && pa != NULL; j++) {
            const FcClaim *b = g_ptr_array_index(slice, j);
            const FcEntity *pb = fc_conflict_place(cx, b);
            if (pb == NULL || fc_entity_nests(pa, pb))
                continue;
            if (a->doc_index == b->doc_index)
                return FALSE;
            apart = TRUE;
        }
    }
    return apart;
}

/* "Mendez succeeded Dana Whitlock as chief executive on April 1": the
 * corpus says Whitlock held the post until then, so an article of March
 * that calls her chief executive is history, not a rival of Mendez's. */
static gboolean
fc_holder_had_left(const FcConflict *cx, const FcClaim *c)
{
    const GPtrArray *all = fc_store_group(cx->store, c->entity, c->attribute);
    for (guint i = 0; all != NULL && i < all->len; i++) {
        const FcClaim *former = g_ptr_array_index(all, i);
        if ((former->flags & FC_CLAIM_PRIOR) && former->value_entity != NULL &&
            fc_time_is_known(&former->time) && c->time.lo <= former->time.hi &&
            fc_person_name_same(former->value_entity, c->value_entity))
            return TRUE;
    }
    return FALSE;
}

static gboolean
fc_slice_disagrees(const FcConflict *cx, GPtrArray *slice)
{
    const FcClaim *first = g_ptr_array_index(slice, 0);
    if (first->value.unit != FC_UNIT_NONE)
        return fc_numbers_disagree_extended(cx, slice);
    if (cx->rule->listed)
        return fc_lists_disagree(slice);
    if (cx->rule->places)
        return fc_places_disagree(cx, slice);
    if (!cx->rule->single)
        return fc_leads_disagree(cx, slice);
    /* Co-chief executives are several by definition. */
    if (first->flags & FC_CLAIM_SHARED)
        return FALSE;
    const FcClaim *held = NULL;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        if (fc_holder_had_left(cx, c))
            continue;
        if (held != NULL && !fc_person_name_same(held->value_entity, c->value_entity))
            return TRUE;
        held = c;
    }
    return FALSE;
}

static gboolean
fc_finding_has(const FcFinding *f, const FcClaim *c)
{
    for (guint i = 0; i < f->claims->len; i++)
        if (g_ptr_array_index(f->claims, i) == c)
            return TRUE;
    return FALSE;
}

/* Evidence a reviewer can read: one claim per value and document, at
 * most FC_CONFLICT_EVIDENCE of them. */
#define FC_CONFLICT_EVIDENCE 12

static void
fc_conflict_evidence(FcFinding *f, GPtrArray *slice)
{
    g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    /* First every distinct value, then the same values from other
     * documents. */
    for (guint pass = 0; pass < 2; pass++) {
        for (guint i = 0; i < slice->len && f->claims->len < FC_CONFLICT_EVIDENCE; i++) {
            const FcClaim *c = g_ptr_array_index(slice, i);
            g_autofree char *label = fc_claim_value_label(c);
            char *key =
                pass == 0 ? g_strdup(label) : g_strdup_printf("%s\x1f%s", label, c->document);
            if (g_hash_table_add(seen, key) && (pass == 0 || !fc_finding_has(f, c)))
                g_ptr_array_add(f->claims, (gpointer)c);
        }
    }
    g_ptr_array_sort(f->claims, fc_claim_ptr_compare);
}

/* "about $67m to date" in September, "$187m" after an October round: a
 * running total told before a later claim of what moves it (a new round)
 * is an earlier total, not a rival of the later one.  Articles a few days
 * apart tell of one round, not of one round after the other. */
static gboolean
fc_conflict_is_stale(const FcConflict *cx, const FcClaim *c, guint32 latest)
{
    const GPtrArray *movers = fc_store_group(cx->store, c->entity, cx->rule->moves_with);
    for (guint i = 0; movers != NULL && i < movers->len; i++) {
        const FcClaim *m = g_ptr_array_index(movers, i);
        if (fc_status_class(m->status) == FC_STATUS_REPORTED && !(m->flags & FC_CLAIM_PRIOR) &&
            fc_time_is_known(&m->time) && m->time.lo > c->time.hi + FC_DOC_DATE_REACH &&
            m->time.lo <= latest)
            return TRUE;
    }
    return FALSE;
}

static GPtrArray *
fc_conflict_current(const FcConflict *cx, GPtrArray *slice)
{
    GPtrArray *kept = g_ptr_array_new();
    guint32 latest = 0;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        if (fc_time_is_known(&c->time))
            latest = MAX(latest, c->time.hi);
    }
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        if (!fc_time_is_known(&c->time) || !fc_conflict_is_stale(cx, c, latest))
            g_ptr_array_add(kept, (gpointer)c);
    }
    return kept;
}

static gboolean
fc_conflict_judge(FcConflict *cx, GPtrArray *slice)
{
    g_autoptr(GPtrArray) current =
        cx->rule->moves_with != NULL ? fc_conflict_current(cx, slice) : g_ptr_array_ref(slice);
    slice = current;
    if (slice->len < 2 || !fc_slice_disagrees(cx, slice))
        return FALSE;
    FcFinding *f = fc_finding_new(cx->rule, cx->entity, cx->attribute);
    fc_conflict_evidence(f, slice);
    f->event = fc_events_describe(cx->events, slice);
    f->message = fc_finding_render(cx->rule->message, f, NULL);
    g_ptr_array_add(cx->out, f);
    return TRUE;
}

/* Claims about rounds with different labels are not compared: a slice
 * that names two rounds is judged once per round, each with the claims
 * that name no round. */
static void
fc_conflict_emit(FcConflict *cx, GPtrArray *slice)
{
    g_autoptr(GPtrArray) labels = g_ptr_array_new();
    for (guint i = 0; i < slice->len; i++) {
        const char *l = fc_events_label(cx->events, g_ptr_array_index(slice, i));
        if (l != NULL && !g_ptr_array_find(labels, l, NULL))
            g_ptr_array_add(labels, (gpointer)l);
    }
    if (labels->len < 2) {
        fc_conflict_judge(cx, slice);
        return;
    }
    g_autoptr(GPtrArray) sub = g_ptr_array_new();
    for (guint k = 0; k < labels->len; k++) {
        g_ptr_array_set_size(sub, 0);
        for (guint i = 0; i < slice->len; i++) {
            const FcClaim *c = g_ptr_array_index(slice, i);
            const char *l = fc_events_label(cx->events, c);
            if (l == NULL || l == g_ptr_array_index(labels, k))
                g_ptr_array_add(sub, (gpointer)c);
        }
        fc_conflict_judge(cx, sub);
    }
}

static int
fc_claim_time_compare(gconstpointer a, gconstpointer b, gpointer data)
{
    const FcConflict *cx = data;
    const FcClaim *x = *(const FcClaim *const *)a, *y = *(const FcClaim *const *)b;
    FcTime tx = fc_conflict_window(cx, x), ty = fc_conflict_window(cx, y);
    if (tx.lo != ty.lo)
        return tx.lo < ty.lo ? -1 : 1;
    return fc_claim_compare(x, y);
}

/* First index in @bucket (sorted by window start) whose window starts
 * after @day. */
static guint
fc_window_end(const FcConflict *cx, GPtrArray *bucket, guint from, guint32 day)
{
    guint lo = from, hi = bucket->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (fc_conflict_window(cx, g_ptr_array_index(bucket, mid)).lo > day)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* Each claim in time order anchors a window: itself and the later claims
 * that start before it ends.  Windows rather than transitive runs, so that
 * September and November are never chained together through an October
 * article.  A window inside one already judged is skipped (values that
 * agree keep agreeing in any subset), which keeps the sweep near-linear. */
static void
fc_conflict_sweep(FcConflict *cx, GPtrArray *bucket)
{
    g_ptr_array_sort_with_data(bucket, fc_claim_time_compare, cx);
    if (!fc_time_is_known(&((const FcClaim *)g_ptr_array_index(bucket, 0))->time)) {
        fc_conflict_emit(cx, bucket); /* one undated document: one slice */
        return;
    }
    g_autoptr(GPtrArray) window = g_ptr_array_new();
    guint settled = 0;
    for (guint i = 0; i < bucket->len; i++) {
        const FcClaim *a = g_ptr_array_index(bucket, i);
        guint end = fc_window_end(cx, bucket, i, fc_conflict_window(cx, a).hi);
        if (end <= settled)
            continue;
        settled = end;
        g_ptr_array_set_size(window, 0);
        for (guint j = i; j < end; j++) {
            const FcClaim *c = g_ptr_array_index(bucket, j);
            if (fc_claims_same_time(cx, a, c))
                g_ptr_array_add(window, (gpointer)c);
        }
        fc_conflict_emit(cx, window);
    }
}

static gboolean
fc_conflict_eligible(const FcClaim *c)
{
    /* An earlier figure without a date of its own ("up from $183bn") is a
     * point on a timeline we cannot place. */
    if ((c->flags & FC_CLAIM_PRIOR) && !(c->flags & FC_CLAIM_DATED))
        return FALSE;
    /* A former chief executive ("who served as CEO until March") held
     * the post before the date the sentence gives: no rival of the
     * successor's. */
    if ((c->flags & FC_CLAIM_PRIOR) && c->value_entity != NULL)
        return FALSE;
    return c->value.unit != FC_UNIT_NONE || c->value_entity != NULL;
}

/* One labelled round told in articles months apart, or with dates of
 * different precision: each claim anchors a run of the later claims with
 * its label within FC_EVENT_REACH.  Runs that the time windows already
 * judged whole are skipped. */
static void
fc_conflict_rounds(FcConflict *cx, GPtrArray *bucket)
{
    g_ptr_array_sort_with_data(bucket, fc_claim_time_compare, cx);
    g_autoptr(GPtrArray) run = g_ptr_array_new();
    g_autoptr(GHashTable) done = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < bucket->len; i++) {
        const FcClaim *a = g_ptr_array_index(bucket, i);
        const char *label = fc_events_label(cx->events, a);
        if (label == NULL || !fc_time_is_known(&a->time))
            continue;
        g_ptr_array_set_size(run, 0);
        gboolean apart = FALSE;
        guint32 until = fc_conflict_window(cx, a).hi + FC_EVENT_REACH;
        for (guint j = i; j < bucket->len; j++) {
            const FcClaim *c = g_ptr_array_index(bucket, j);
            if (fc_conflict_window(cx, c).lo > until)
                break;
            if (fc_events_label(cx->events, c) != label)
                continue;
            /* Times of different precision ("last spring", an April
             * article) never met in one window either. */
            apart = apart || !fc_claims_same_time(cx, a, c) || fc_time_class(a) != fc_time_class(c);
            g_ptr_array_add(run, (gpointer)c);
        }
        /* A run inside one already judged agrees or was reported. */
        const FcClaim *last = g_ptr_array_index(run, run->len - 1);
        if (!apart || g_hash_table_contains(done, last))
            continue;
        g_hash_table_add(done, (gpointer)last);
        fc_conflict_emit(cx, run);
    }
}

static void
fc_buckets_add(GHashTable *buckets, char *key, const FcClaim *c)
{
    GPtrArray *b = g_hash_table_lookup(buckets, key);
    if (b == NULL) {
        b = g_ptr_array_new();
        g_hash_table_insert(buckets, key, b);
    } else {
        g_free(key);
    }
    g_ptr_array_add(b, (gpointer)c);
}

static GHashTable *
fc_buckets_new(void)
{
    return g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify)g_ptr_array_unref);
}

/* Does every claim of @a's evidence appear in @b's? */
static gboolean
fc_finding_covered(const FcFinding *a, const FcFinding *b)
{
    for (guint i = 0; i < a->claims->len; i++)
        if (!g_ptr_array_find(b->claims, g_ptr_array_index(a->claims, i), NULL))
            return FALSE;
    return TRUE;
}

/* A window and a labelled round's run can report one disagreement twice,
 * the run with a later article added: the finding whose evidence another
 * one of the group holds is dropped (of two equal ones, the later). */
static void
fc_conflict_drop_covered(FcConflict *cx, guint first)
{
    for (guint i = first; i < cx->out->len;) {
        const FcFinding *f = g_ptr_array_index(cx->out, i);
        gboolean covered = FALSE;
        for (guint j = first; j < cx->out->len && !covered; j++) {
            const FcFinding *g = g_ptr_array_index(cx->out, j);
            covered =
                j != i && fc_finding_covered(f, g) && (g->claims->len > f->claims->len || j < i);
        }
        if (covered)
            fc_finding_free(g_ptr_array_steal_index(cx->out, i));
        else
            i++;
    }
}

/* A fact that never changes: every claim of a slice is compared, whatever
 * its date. */
static void
fc_conflict_timeless(FcConflict *cx, const GPtrArray *group)
{
    g_autoptr(GHashTable) buckets = fc_buckets_new();
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (fc_conflict_eligible(c))
            fc_buckets_add(buckets, fc_conflict_bucket(cx, c, FALSE, fc_status_class(c->status)),
                           c);
    }
    g_autoptr(GPtrArray) keys = fc_hash_table_sorted_keys(buckets);
    for (guint i = 0; i < keys->len; i++)
        fc_conflict_emit(cx, g_hash_table_lookup(buckets, g_ptr_array_index(keys, i)));
}

static void
fc_conflict_group(FcConflict *cx, const GPtrArray *group)
{
    if (cx->rule->timeless) {
        fc_conflict_timeless(cx, group);
        return;
    }
    guint first = cx->out->len;
    g_autoptr(GHashTable) buckets = fc_buckets_new();
    g_autoptr(GHashTable) rounds = fc_buckets_new();
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (!fc_conflict_eligible(c))
            continue;
        FcStatus status = fc_status_class(c->status);
        fc_buckets_add(buckets, fc_conflict_bucket(cx, c, TRUE, status), c);
        if (fc_time_is_known(&c->time))
            fc_buckets_add(rounds, fc_conflict_bucket(cx, c, FALSE, status), c);
    }
    g_autoptr(GPtrArray) keys = fc_hash_table_sorted_keys(buckets);
    for (guint i = 0; i < keys->len; i++)
        fc_conflict_sweep(cx, g_hash_table_lookup(buckets, g_ptr_array_index(keys, i)));
    g_autoptr(GPtrArray) rkeys = fc_hash_table_sorted_keys(rounds);
    for (guint i = 0; i < rkeys->len; i++)
        fc_conflict_rounds(cx, g_hash_table_lookup(rounds, g_ptr_array_index(rkeys, i)));
    fc_conflict_drop_covered(cx, first);
}

/* ---- talks and targets against the closes ------------------------------ */

/* How long after a report of talks the close is still the deal talked
 * about. */
#define FC_REVISION_REACH 120

static gboolean
fc_revision_follows(const FcConflict *cx, const FcClaim *talk, const FcClaim *close)
{
    const char *lt = fc_events_label(cx->events, talk), *lc = fc_events_label(cx->events, close);
    if (lt != NULL && lc != NULL && lt != lc)
        return FALSE;
    if (!fc_time_is_known(&talk->time) || !fc_time_is_known(&close->time))
        return talk->doc_index == close->doc_index &&
               talk->time.rel_months == close->time.rel_months;
    FcTime t = fc_conflict_window(cx, talk), c = fc_conflict_window(cx, close);
    /* A target told after the close is a later round's, not this one's. */
    return c.hi >= t.lo && c.lo <= t.hi + FC_REVISION_REACH && talk->time.lo <= close->time.hi;
}

static char *
fc_revision_values(GPtrArray *claims)
{
    GString *out = g_string_new(NULL);
    g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < claims->len; i++) {
        char *l = fc_claim_value_label(g_ptr_array_index(claims, i));
        gboolean dup = FALSE;
        for (guint j = 0; j < seen->len && !dup; j++)
            dup = strcmp(g_ptr_array_index(seen, j), l) == 0;
        if (dup) {
            g_free(l);
            continue;
        }
        g_string_append_printf(out, "%s%s", seen->len ? " and " : "", l);
        g_ptr_array_add(seen, l);
    }
    return g_string_free(out, FALSE);
}

static void
fc_revision_emit(FcConflict *cx, const FcClaim *talk, GPtrArray *closes)
{
    g_autoptr(GPtrArray) slice = g_ptr_array_new();
    g_ptr_array_add(slice, (gpointer)talk);
    g_ptr_array_extend(slice, closes, NULL, NULL);
    FcFinding *f = fc_finding_new(cx->rule, cx->entity, cx->attribute);
    fc_conflict_evidence(f, slice);
    f->event = fc_events_describe(cx->events, slice);
    g_autoptr(GPtrArray) first = g_ptr_array_new();
    g_ptr_array_add(first, (gpointer)talk);
    g_autofree char *a = fc_revision_values(first);
    g_autofree char *b = fc_revision_values(closes);
    g_autofree char *v1 = g_strconcat("first=", a, NULL);
    g_autofree char *v2 = g_strconcat("final=", b, NULL);
    const char *vars[] = {v1, v2, NULL};
    f->message = fc_finding_render(cx->rule->message, f, vars);
    g_ptr_array_add(cx->out, f);
}

/* "It closed at $900m ... it could be valued at $3bn if it raises
 * again": an article that has told a close and then gives a target is
 * looking at the next deal, not reporting this one early. */
static gboolean
fc_revision_after_close(const GPtrArray *bucket, const FcClaim *talk)
{
    for (guint i = 0; i < bucket->len; i++) {
        const FcClaim *c = g_ptr_array_index(bucket, i);
        if (fc_status_class(c->status) == FC_STATUS_REPORTED && !(c->flags & FC_CLAIM_PRIOR) &&
            c->doc_index == talk->doc_index && c->offset < talk->offset)
            return TRUE;
    }
    return FALSE;
}

/* The closes in @bucket that follow the talk @t, into @closes; TRUE when
 * one agrees with it.  With @sourced, closes only a source tells ("the
 * person said") count too. */
static gboolean
fc_revision_closes(FcConflict *cx, GPtrArray *bucket, const FcClaim *t, gboolean sourced,
                   GPtrArray *closes)
{
    g_autoptr(GPtrArray) pair = g_ptr_array_new();
    g_ptr_array_set_size(closes, 0);
    for (guint j = 0; j < bucket->len; j++) {
        const FcClaim *c = g_ptr_array_index(bucket, j);
        FcStatus status = sourced ? fc_status_class(c->status) : c->status;
        /* An earlier figure the talks are measured against ("would
         * triple the $900m of its Series B") closed no deal talked of. */
        if (status != FC_STATUS_REPORTED || (c->flags & FC_CLAIM_PRIOR) ||
            !fc_revision_follows(cx, t, c))
            continue;
        g_ptr_array_set_size(pair, 0);
        g_ptr_array_add(pair, (gpointer)t);
        g_ptr_array_add(pair, (gpointer)c);
        if (!fc_slice_disagrees(cx, pair))
            return TRUE;
        g_ptr_array_add(closes, (gpointer)c);
    }
    return FALSE;
}

static void
fc_revision_bucket(FcConflict *cx, GPtrArray *bucket)
{
    g_autoptr(GPtrArray) closes = g_ptr_array_new();
    for (guint i = 0; i < bucket->len; i++) {
        const FcClaim *t = g_ptr_array_index(bucket, i);
        if (t->status != cx->rule->against || (t->flags & FC_CLAIM_PRIOR) ||
            fc_revision_after_close(bucket, t))
            continue;
        /* Closes the article states itself first; sourced ones only
         * without any. */
        gboolean agrees = fc_revision_closes(cx, bucket, t, FALSE, closes);
        if (!agrees && closes->len == 0)
            agrees = fc_revision_closes(cx, bucket, t, TRUE, closes);
        if (!agrees && closes->len > 0)
            fc_revision_emit(cx, t, closes);
    }
}

static void
fc_conflict_revisions(FcConflict *cx, const GPtrArray *group)
{
    g_autoptr(GHashTable) buckets = fc_buckets_new();
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (fc_conflict_eligible(c) &&
            (c->status == cx->rule->against || fc_status_class(c->status) == FC_STATUS_REPORTED))
            fc_buckets_add(buckets, fc_conflict_bucket(cx, c, FALSE, FC_STATUS_REPORTED), c);
    }
    g_autoptr(GPtrArray) keys = fc_hash_table_sorted_keys(buckets);
    for (guint i = 0; i < keys->len; i++) {
        GPtrArray *b = g_hash_table_lookup(buckets, g_ptr_array_index(keys, i));
        g_ptr_array_sort_with_data(b, fc_claim_time_compare, cx);
        fc_revision_bucket(cx, b);
    }
}

void
fc_check_conflict(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                  GPtrArray *out)
{
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    for (guint e = 0; e < entities->len; e++) {
        const char *entity = g_ptr_array_index(entities, e);
        g_autoptr(FcEvents) events = NULL;
        for (guint a = 0; a < rule->attributes->len; a++) {
            const char *attr = g_ptr_array_index(rule->attributes, a);
            const GPtrArray *group = fc_store_group(store, entity, attr);
            if (group == NULL || group->len < 2)
                continue;
            if (events == NULL)
                events = fc_events_new(store, rules->lexicon, entity);
            FcConflict cx = {rule, rules, store, entity, attr, NULL, events, out};
            if (rule->one_counterpart)
                cx.sole_party = fc_conflict_sole_party(&cx, group);
            if (rule->against != FC_STATUS_REPORTED)
                fc_conflict_revisions(&cx, group);
            else
                fc_conflict_group(&cx, group);
        }
    }
}
