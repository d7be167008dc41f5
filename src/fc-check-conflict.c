/* Check kind "conflict": one entity, attribute (and counterpart) with
 * values that cannot all hold at the same time.
 *
 * Claims are compared only within a slice: the same status and qualifiers,
 * the same currency, and overlapping times of the same precision (a month
 * with a month, a quarter with a quarter, a year with a year: a quarter
 * would otherwise bridge two different months); undated claims only within
 * their own document.  Within a window of overlapping times a sweep over
 * the values finds the largest set that agrees; anything outside it is a
 * conflict.  Sort and sweep: windows are short, nothing compares the whole
 * group pairwise.
 */
#include "fc-engine.h"
#include "fc-util.h"

#include <math.h>
#include <string.h>

typedef struct {
    const FcCheckRule *rule;
    const FcRuleSet *rules;
    const char *entity;
    const char *attribute;
    GPtrArray *out;
} FcConflict;

/* An article dated to the day reports what held in the weeks around it:
 * two articles a few days apart describe the same state of affairs. */
#define FC_DOC_DATE_REACH 15

static FcTime
fc_claim_window(const FcClaim *c)
{
    if (c->flags & FC_CLAIM_DATED)
        return c->time;
    return fc_time_around(&c->time, FC_DOC_DATE_REACH);
}

/* Publication dates are widened only against each other: a figure the
 * sentence dates to August is not the same as one in a July 29 article. */
static gboolean
fc_claims_same_time(const FcClaim *a, const FcClaim *b)
{
    if (!fc_time_is_known(&a->time))
        return TRUE; /* undated buckets hold one document's claims */
    if (!(a->flags & FC_CLAIM_DATED) && !(b->flags & FC_CLAIM_DATED)) {
        FcTime x = fc_claim_window(a), y = fc_claim_window(b);
        return fc_time_overlaps(&x, &y);
    }
    return fc_time_overlaps(&a->time, &b->time);
}

/* Precision classes: claims are only compared with claims of a similar
 * precision, so that "in 2025" does not chain September to November. */
static guint
fc_time_class(const FcClaim *c)
{
    FcTime t = fc_claim_window(c);
    guint32 w = fc_time_width(&t);
    return w <= 31 ? 1 : w <= 92 ? 2 : w <= 184 ? 3 : w <= 366 ? 4 : 5;
}

/* A deal told by "people familiar with the matter" is still the deal:
 * rumoured figures are compared with reported ones.  Plans, targets,
 * estimates and projections are not facts yet and stay with their kind. */
static FcStatus
fc_status_class(FcStatus s)
{
    return s == FC_STATUS_RUMORED ? FC_STATUS_REPORTED : s;
}

/* "SoftBank's Vision Fund 2" and "SoftBank" hold one stake: a counterpart
 * counts as its top-most owner. */
static const char *
fc_conflict_party(const FcConflict *cx, const FcClaim *c)
{
    if (c->counterpart == NULL)
        return "";
    const FcEntity *e = fc_lexicon_lookup(cx->rules->lexicon, c->counterpart);
    return e != NULL ? fc_entity_root(e)->name : c->counterpart;
}

static char *
fc_conflict_bucket(const FcConflict *cx, const FcClaim *c)
{
    gboolean dated = fc_time_is_known(&c->time);
    /* Pre-money figures differ from post-money ones by the new money by
     * definition: each is compared only with its own kind. */
    return g_strdup_printf(
        "%s\x1f%d\x1f%u\x1f%d\x1f%u\x1f%u\x1f%d",
        cx->rule->by_counterpart ? fc_conflict_party(cx, c) : "", fc_status_class(c->status),
        c->flags & (FC_CLAIM_CUMULATIVE | FC_CLAIM_PRE_MONEY), c->value.unit,
        dated ? fc_time_class(c) : 0, dated ? 0 : c->doc_index, dated ? 0 : c->time.rel_months);
}

static double
fc_widen(const FcConflict *cx, const FcClaim *c, double x, int sign)
{
    if (!isfinite(x))
        return x;
    double tol = MAX(cx->rule->tolerance, c->value.approx ? cx->rule->approx_tolerance : 0);
    return x + sign * tol * fabs(x);
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

/* Largest number of values that share a point, after widening. */
static guint
fc_numeric_consensus(const FcConflict *cx, GPtrArray *slice)
{
    g_autoptr(GArray) edges = g_array_sized_new(FALSE, FALSE, sizeof(FcEdge), slice->len * 2);
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        FcEdge lo = {fc_widen(cx, c, c->value.low, -1), +1};
        FcEdge hi = {fc_widen(cx, c, c->value.high, +1), -1};
        g_array_append_val(edges, lo);
        g_array_append_val(edges, hi);
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
fc_caps_differ(const FcConflict *cx, GPtrArray *slice)
{
    double lo = INFINITY, hi = -INFINITY;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        if (isfinite(c->value.low) || !isfinite(c->value.high))
            continue;
        lo = MIN(lo, fc_widen(cx, c, c->value.high, +1));
        hi = MAX(hi, fc_widen(cx, c, c->value.high, -1));
    }
    return isfinite(lo) && hi > lo;
}

static gboolean
fc_same_person(const char *a, const char *b)
{
    if (g_ascii_strcasecmp(a, b) == 0)
        return TRUE;
    /* "Amodei" and "Dario Amodei" are one person; "Daniela Amodei" is not. */
    const char *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
    if (sa != NULL && sb != NULL)
        return FALSE;
    return g_ascii_strcasecmp(sa ? sa + 1 : a, sb ? sb + 1 : b) == 0;
}

static gboolean
fc_slice_disagrees(const FcConflict *cx, GPtrArray *slice)
{
    const FcClaim *first = g_ptr_array_index(slice, 0);
    if (first->value.unit != FC_UNIT_NONE)
        return fc_numeric_consensus(cx, slice) < slice->len || fc_caps_differ(cx, slice);
    if (!cx->rule->single)
        return FALSE;
    for (guint i = 1; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        if (!fc_same_person(first->value_entity, c->value_entity))
            return TRUE;
    }
    return FALSE;
}

static char *
fc_slice_event(GPtrArray *slice)
{
    const FcClaim *first = g_ptr_array_index(slice, 0);
    gboolean same_label = first->event != NULL;
    FcTime span = first->time;
    for (guint i = 1; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        same_label = same_label && c->event == first->event;
        span.lo = MIN(span.lo, c->time.lo);
        span.hi = MAX(span.hi, c->time.hi);
    }
    if (same_label)
        return g_strdup(first->event);
    if (!fc_time_is_known(&span))
        return g_strdup_printf("undated, as told in %s", first->document);
    return fc_time_format(&span);
}

static gboolean
fc_finding_has(const FcFinding *f, const FcClaim *c)
{
    for (guint i = 0; i < f->claims->len; i++)
        if (g_ptr_array_index(f->claims, i) == c)
            return TRUE;
    return FALSE;
}

static int
fc_claim_ptr_order(gconstpointer a, gconstpointer b)
{
    return fc_claim_compare(*(const FcClaim *const *)a, *(const FcClaim *const *)b);
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
    g_ptr_array_sort(f->claims, fc_claim_ptr_order);
}

static gboolean
fc_conflict_emit(FcConflict *cx, GPtrArray *slice)
{
    if (slice->len < 2 || !fc_slice_disagrees(cx, slice))
        return FALSE;
    FcFinding *f = fc_finding_new(cx->rule, cx->entity, cx->attribute);
    fc_conflict_evidence(f, slice);
    f->event = fc_slice_event(slice);
    f->message = fc_finding_render(cx->rule->message, f, NULL);
    g_ptr_array_add(cx->out, f);
    return TRUE;
}

static int
fc_claim_time_compare(gconstpointer a, gconstpointer b)
{
    const FcClaim *x = *(const FcClaim *const *)a, *y = *(const FcClaim *const *)b;
    FcTime tx = fc_claim_window(x), ty = fc_claim_window(y);
    if (tx.lo != ty.lo)
        return tx.lo < ty.lo ? -1 : 1;
    return fc_claim_compare(x, y);
}

/* First index in @bucket (sorted by window start) whose window starts
 * after @day. */
static guint
fc_window_end(GPtrArray *bucket, guint from, guint32 day)
{
    guint lo = from, hi = bucket->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (fc_claim_window(g_ptr_array_index(bucket, mid)).lo > day)
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
    g_ptr_array_sort(bucket, fc_claim_time_compare);
    if (!fc_time_is_known(&((const FcClaim *)g_ptr_array_index(bucket, 0))->time)) {
        fc_conflict_emit(cx, bucket); /* one undated document: one slice */
        return;
    }
    g_autoptr(GPtrArray) window = g_ptr_array_new();
    guint settled = 0;
    for (guint i = 0; i < bucket->len; i++) {
        const FcClaim *a = g_ptr_array_index(bucket, i);
        guint end = fc_window_end(bucket, i, fc_claim_window(a).hi);
        if (end <= settled)
            continue;
        settled = end;
        g_ptr_array_set_size(window, 0);
        for (guint j = i; j < end; j++) {
            const FcClaim *c = g_ptr_array_index(bucket, j);
            if (fc_claims_same_time(a, c))
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
    return c->value.unit != FC_UNIT_NONE || c->value_entity != NULL;
}

static void
fc_conflict_group(FcConflict *cx, const GPtrArray *group)
{
    g_autoptr(GHashTable) buckets =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (!fc_conflict_eligible(c))
            continue;
        char *key = fc_conflict_bucket(cx, c);
        GPtrArray *b = g_hash_table_lookup(buckets, key);
        if (b == NULL) {
            b = g_ptr_array_new();
            g_hash_table_insert(buckets, key, b);
        } else {
            g_free(key);
        }
        g_ptr_array_add(b, (gpointer)c);
    }
    g_autoptr(GPtrArray) keys = fc_hash_table_sorted_keys(buckets);
    for (guint i = 0; i < keys->len; i++) {
        GPtrArray *b = g_hash_table_lookup(buckets, g_ptr_array_index(keys, i));
        fc_conflict_sweep(cx, b);
    }
}

void
fc_check_conflict(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                  GPtrArray *out)
{
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    for (guint a = 0; a < rule->attributes->len; a++) {
        const char *attr = g_ptr_array_index(rule->attributes, a);
        for (guint e = 0; e < entities->len; e++) {
            FcConflict cx = {rule, rules, g_ptr_array_index(entities, e), attr, out};
            const GPtrArray *group = fc_store_group(store, cx.entity, attr);
            if (group != NULL && group->len > 1)
                fc_conflict_group(&cx, group);
        }
    }
}
