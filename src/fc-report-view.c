#include "fc-report-view.h"

#include "fc-escape.h"
#include "fc-util.h"

#include <math.h>
#include <string.h>

/* Fact sheets list money first, then holdings, people and the rest: the
 * order a reviewer checks a deal in.  Attributes not named here follow,
 * alphabetically. */
static const char *const fc_view_attribute_order[] = {
    "valuation", "round_size", "investment",   "total_raised", "revenue",       "acquisition",
    "tranche",   "stake",      "stake_value",  "investor",     "lead_investor", "founder",
    "ceo",       "founded",    "headquarters", "employees",    "rival",
};

static const char *const fc_view_money_attributes[] = {
    "valuation", "round_size", "investment", "total_raised", "revenue", "acquisition",
};

gboolean
fc_report_view_is_money_attribute(const char *attribute)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_view_money_attributes); i++)
        if (strcmp(attribute, fc_view_money_attributes[i]) == 0)
            return TRUE;
    return FALSE;
}

static guint
fc_view_attribute_rank(const char *attribute)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_view_attribute_order); i++)
        if (strcmp(attribute, fc_view_attribute_order[i]) == 0)
            return i;
    return G_N_ELEMENTS(fc_view_attribute_order);
}

/* ---- anchors ------------------------------------------------------------ */

/* "<prefix><slug>", made unique among @used (which takes a copy). */
static char *
fc_view_unique_anchor(GHashTable *used, const char *prefix, const char *name)
{
    g_autofree char *slug = fc_escape_slug(name);
    char *anchor = g_strconcat(prefix, slug, NULL);
    for (guint n = 2; g_hash_table_contains(used, anchor); n++) {
        g_free(anchor);
        anchor = g_strdup_printf("%s%s-%u", prefix, slug, n);
    }
    g_hash_table_add(used, g_strdup(anchor));
    return anchor;
}

char *
fc_report_view_finding_anchor(const FcFinding *f)
{
    return g_strconcat("f-", f->id != NULL ? f->id : "x", NULL);
}

char *
fc_report_view_sentence_anchor(const FcReportView *view, guint doc_index, guint sentence)
{
    const char *doc = g_ptr_array_index(view->doc_anchors, doc_index);
    /* "d-slug" → "s-slug-3": the number after the last '-' keeps the
     * anchors of different documents apart. */
    return g_strdup_printf("s-%s-%u", doc + 2, sentence);
}

/* ---- findings ----------------------------------------------------------- */

static void
fc_view_group_free(FcViewGroup *g)
{
    g_ptr_array_unref(g->findings);
    g_free(g);
}

/* Groups appear in the order of their entity's first finding: findings
 * come most severe first, so each group sits at its worst finding. */
static void
fc_view_group_findings(FcReportView *view)
{
    const GPtrArray *findings = view->report->findings;
    g_autoptr(GHashTable) by_entity = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; i < findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(findings, i);
        FcViewGroup *g = g_hash_table_lookup(by_entity, f->entity);
        if (g == NULL) {
            g = g_new0(FcViewGroup, 1);
            g->entity = f->entity;
            g->findings = g_ptr_array_new();
            g_hash_table_insert(by_entity, (gpointer)f->entity, g);
            g_ptr_array_add(view->groups, g);
        }
        g_ptr_array_add(g->findings, (gpointer)f);
    }
}

static void
fc_view_number_findings(FcReportView *view)
{
    for (guint i = 0; i < view->groups->len; i++) {
        const FcViewGroup *g = g_ptr_array_index(view->groups, i);
        for (guint j = 0; j < g->findings->len; j++) {
            gpointer f = g_ptr_array_index(g->findings, j);
            g_ptr_array_add(view->findings, f);
            g_hash_table_insert(view->numbers, f, GUINT_TO_POINTER(view->findings->len));
        }
    }
}

static void
fc_view_index_claims(FcReportView *view)
{
    for (guint i = 0; i < view->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(view->findings, i);
        for (guint j = 0; j < f->claims->len; j++) {
            gpointer c = g_ptr_array_index(f->claims, j);
            GPtrArray *list = g_hash_table_lookup(view->claim_findings, c);
            if (list == NULL) {
                list = g_ptr_array_new();
                g_hash_table_insert(view->claim_findings, c, list);
            }
            if (list->len == 0 || g_ptr_array_index(list, list->len - 1) != f)
                g_ptr_array_add(list, (gpointer)f);
        }
    }
}

guint
fc_report_view_number(const FcReportView *view, const FcFinding *f)
{
    return GPOINTER_TO_UINT(g_hash_table_lookup(view->numbers, f));
}

const FcFinding *
fc_report_view_flag(const FcReportView *view, const FcClaim *claim)
{
    const GPtrArray *list = g_hash_table_lookup(view->claim_findings, claim);
    const FcFinding *best = NULL;
    for (guint i = 0; list != NULL && i < list->len; i++) {
        const FcFinding *f = g_ptr_array_index(list, i);
        if (best == NULL || f->rule->severity > best->rule->severity)
            best = f;
    }
    return best;
}

/* ---- documents ---------------------------------------------------------- */

static void
fc_view_count_documents(FcReportView *view)
{
    const FcReport *r = view->report;
    guint n = r->corpus->documents->len;
    g_array_set_size(view->doc_claims, n);
    g_array_set_size(view->doc_findings, n);
    for (guint i = 0; i < r->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(r->claims, i);
        if (c->doc_index < n)
            g_array_index(view->doc_claims, guint, c->doc_index)++;
    }
    g_autofree gboolean *seen = g_new0(gboolean, n + 1);
    for (guint i = 0; i < r->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(r->findings, i);
        memset(seen, 0, sizeof(gboolean) * n);
        for (guint j = 0; j < f->claims->len; j++) {
            const FcClaim *c = g_ptr_array_index(f->claims, j);
            if (c->doc_index < n && !seen[c->doc_index]) {
                seen[c->doc_index] = TRUE;
                g_array_index(view->doc_findings, guint, c->doc_index)++;
            }
        }
    }
}

static void
fc_view_anchor_documents(FcReportView *view, GHashTable *used)
{
    const GPtrArray *docs = view->report->corpus->documents;
    for (guint i = 0; i < docs->len; i++) {
        const FcDocument *d = g_ptr_array_index(docs, i);
        g_ptr_array_add(view->doc_anchors, fc_view_unique_anchor(used, "d-", d->path));
    }
}

/* ---- entities ----------------------------------------------------------- */

static void
fc_view_fact_free(FcViewFact *fact)
{
    g_free(fact->label);
    g_ptr_array_unref(fact->claims);
    g_ptr_array_unref(fact->findings);
    g_free(fact);
}

static void
fc_view_entity_free(FcViewEntity *e)
{
    g_free(e->anchor);
    g_ptr_array_unref(e->facts);
    g_ptr_array_unref(e->money);
    g_free(e);
}

static int
fc_view_fact_compare(gconstpointer pa, gconstpointer pb)
{
    const FcViewFact *a = *(const FcViewFact *const *)pa;
    const FcViewFact *b = *(const FcViewFact *const *)pb;
    guint ra = fc_view_attribute_rank(a->attribute), rb = fc_view_attribute_rank(b->attribute);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    int c = strcmp(a->attribute, b->attribute);
    if (c == 0)
        c = g_strcmp0(a->counterpart, b->counterpart);
    if (c != 0)
        return c;
    const FcClaim *ca = g_ptr_array_index(a->claims, 0), *cb = g_ptr_array_index(b->claims, 0);
    double pa_ = fc_value_point(&ca->value), pb_ = fc_value_point(&cb->value);
    if (pa_ != pb_)
        return pa_ < pb_ ? -1 : 1;
    return strcmp(a->label, b->label);
}

static int
fc_view_money_compare(gconstpointer pa, gconstpointer pb)
{
    const FcClaim *a = *(const FcClaim *const *)pa;
    const FcClaim *b = *(const FcClaim *const *)pb;
    if (a->time.lo != b->time.lo)
        return a->time.lo < b->time.lo ? -1 : 1;
    if (a->time.hi != b->time.hi)
        return a->time.hi < b->time.hi ? -1 : 1;
    double x = fc_value_point(&a->value), y = fc_value_point(&b->value);
    if (x != y)
        return x < y ? -1 : 1;
    return fc_claim_compare(a, b);
}

static void
fc_view_add_money(FcViewEntity *e, const FcClaim *c)
{
    if (!fc_report_view_is_money_attribute(c->attribute) || !fc_unit_is_money(c->value.unit) ||
        !isfinite(fc_value_point(&c->value)) || fc_value_point(&c->value) <= 0)
        return;
    if (fc_time_is_known(&c->time))
        g_ptr_array_add(e->money, (gpointer)c);
    else
        e->undated_money++;
}

/* Adds @c to the fact of the same attribute, counterpart and value in
 * @facts (key → FcViewFact*), or starts one. */
static void
fc_view_add_fact(FcViewEntity *e, GHashTable *facts, const FcClaim *c)
{
    g_autofree char *label = fc_claim_value_label(c);
    char *key = g_strjoin("\x1f", c->entity, c->attribute, c->counterpart ? c->counterpart : "",
                          label, NULL);
    FcViewFact *fact = g_hash_table_lookup(facts, key);
    if (fact == NULL) {
        fact = g_new0(FcViewFact, 1);
        fact->attribute = c->attribute;
        fact->counterpart = c->counterpart;
        fact->label = g_steal_pointer(&label);
        fact->claims = g_ptr_array_new();
        fact->findings = g_ptr_array_new();
        g_hash_table_insert(facts, key, fact);
        g_ptr_array_add(e->facts, fact);
    } else {
        g_free(key);
    }
    g_ptr_array_add(fact->claims, (gpointer)c);
}

static int
fc_view_number_compare(gconstpointer pa, gconstpointer pb, gpointer data)
{
    const FcReportView *view = data;
    guint a = fc_report_view_number(view, *(const FcFinding *const *)pa);
    guint b = fc_report_view_number(view, *(const FcFinding *const *)pb);
    return a < b ? -1 : a > b;
}

static void
fc_view_fact_findings(const FcReportView *view, FcViewFact *fact)
{
    for (guint i = 0; i < fact->claims->len; i++) {
        const GPtrArray *list =
            g_hash_table_lookup(view->claim_findings, g_ptr_array_index(fact->claims, i));
        for (guint j = 0; list != NULL && j < list->len; j++) {
            gpointer f = g_ptr_array_index(list, j);
            if (!g_ptr_array_find(fact->findings, f, NULL))
                g_ptr_array_add(fact->findings, f);
        }
    }
    g_ptr_array_sort_with_data(fact->findings, fc_view_number_compare, (gpointer)view);
}

/* One section per entity with claims, created in name order so that
 * anchors do not depend on which article names an entity first. */
static void
fc_view_create_entities(FcReportView *view, GHashTable *used)
{
    const GPtrArray *claims = view->report->claims;
    g_autoptr(GHashTable) seen = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_autoptr(GPtrArray) names = g_ptr_array_new();
    for (guint i = 0; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        if (g_hash_table_add(seen, (gpointer)c->entity))
            g_ptr_array_add(names, (gpointer)c->entity);
    }
    g_ptr_array_sort(names, fc_strptr_compare);
    for (guint i = 0; i < names->len; i++) {
        FcViewEntity *e = g_new0(FcViewEntity, 1);
        e->entity = g_ptr_array_index(names, i);
        e->anchor = fc_view_unique_anchor(used, "e-", e->entity);
        e->facts = g_ptr_array_new_with_free_func((GDestroyNotify)fc_view_fact_free);
        e->money = g_ptr_array_new();
        g_hash_table_insert(view->entity_index, (gpointer)e->entity, e);
        g_ptr_array_add(view->entities, e);
    }
}

static void
fc_view_fill_entities(FcReportView *view)
{
    const GPtrArray *claims = view->report->claims;
    g_autoptr(GHashTable) facts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        FcViewEntity *e = g_hash_table_lookup(view->entity_index, c->entity);
        fc_view_add_fact(e, facts, c);
        fc_view_add_money(e, c);
    }
    for (guint i = 0; i < view->entities->len; i++) {
        FcViewEntity *e = g_ptr_array_index(view->entities, i);
        g_ptr_array_sort(e->facts, fc_view_fact_compare);
        for (guint j = 0; j < e->facts->len; j++)
            fc_view_fact_findings(view, g_ptr_array_index(e->facts, j));
        g_ptr_array_sort(e->money, fc_view_money_compare);
    }
}

FcReportView *
fc_report_view_new(const FcReport *report)
{
    FcReportView *view = g_new0(FcReportView, 1);
    view->report = report;
    view->groups = g_ptr_array_new_with_free_func((GDestroyNotify)fc_view_group_free);
    view->findings = g_ptr_array_new();
    view->entities = g_ptr_array_new_with_free_func((GDestroyNotify)fc_view_entity_free);
    view->doc_anchors = g_ptr_array_new_with_free_func(g_free);
    view->doc_claims = g_array_new(FALSE, TRUE, sizeof(guint));
    view->doc_findings = g_array_new(FALSE, TRUE, sizeof(guint));
    view->numbers = g_hash_table_new(g_direct_hash, g_direct_equal);
    view->claim_findings = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                                                 (GDestroyNotify)g_ptr_array_unref);
    view->entity_index = g_hash_table_new(g_direct_hash, g_direct_equal);
    fc_view_group_findings(view);
    fc_view_number_findings(view);
    fc_view_index_claims(view);
    fc_view_count_documents(view);
    g_autoptr(GHashTable) used = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    fc_view_anchor_documents(view, used);
    fc_view_create_entities(view, used);
    fc_view_fill_entities(view);
    return view;
}

void
fc_report_view_free(FcReportView *view)
{
    if (view == NULL)
        return;
    g_ptr_array_unref(view->groups);
    g_ptr_array_unref(view->findings);
    g_ptr_array_unref(view->entities);
    g_ptr_array_unref(view->doc_anchors);
    g_array_unref(view->doc_claims);
    g_array_unref(view->doc_findings);
    g_hash_table_unref(view->numbers);
    g_hash_table_unref(view->claim_findings);
    g_hash_table_unref(view->entity_index);
    g_free(view);
}

const FcViewEntity *
fc_report_view_entity(const FcReportView *view, const char *entity)
{
    return g_hash_table_lookup(view->entity_index, entity);
}

/* The distinct texts @get gives for @claims, joined with ", ". */
static char *
fc_report_view_distinct(const GPtrArray *claims, char *(*get)(const FcClaim *))
{
    g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < claims->len; i++) {
        char *s = get(g_ptr_array_index(claims, i));
        if (g_ptr_array_find_with_equal_func(seen, s, g_str_equal, NULL))
            g_free(s);
        else
            g_ptr_array_add(seen, s);
    }
    g_ptr_array_add(seen, NULL);
    return g_strjoinv(", ", (char **)seen->pdata);
}

static char *
fc_report_view_status_of(const FcClaim *c)
{
    return g_strdup(fc_status_name(c->status));
}

char *
fc_report_view_times(const GPtrArray *claims)
{
    return fc_report_view_distinct(claims, fc_report_claim_time);
}

char *
fc_report_view_statuses(const GPtrArray *claims)
{
    return fc_report_view_distinct(claims, fc_report_view_status_of);
}
