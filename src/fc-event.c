#include "fc-event.h"

#include <string.h>

/* The attributes that tell of a round. */
static const char *const fc_event_attributes[] = {"round_size", "valuation",  "lead_investor",
                                                  "investor",   "investment", "tranche"};

/* Facts about the company rather than a deal: a round named in the same
 * sentence ("co-founded in 2020, it raised a Series B") or article does
 * not make them the round's.  Stakes and the like do change with rounds. */
static const char *const fc_event_unrelated[] = {"founded",      "founder",   "ceo",
                                                 "headquarters", "employees", "parent",
                                                 "product_of",   "rival",     "revenue"};

/* An article dated to the day tells of the weeks around it. */
#define FC_EVENT_DOC_REACH 15

struct _FcEvents {
    const FcStore *store;
    const FcLexicon *lex;
    const char *entity;
    GHashTable *labels;     /* casefolded label → interned first spelling */
    GHashTable *spellings;  /* a label as claims hold it → the same, by pointer */
    GHashTable *doc_labels; /* doc_index+1 → interned label; NULL value: several */
    const GPtrArray *leads; /* the entity's lead_investor claims, or NULL */
    const char *unrelated[G_N_ELEMENTS(fc_event_unrelated)]; /* interned */
};

static gboolean
fc_events_unrelated(const FcEvents *ev, const FcClaim *c)
{
    for (guint a = 0; a < G_N_ELEMENTS(ev->unrelated); a++)
        if (c->attribute == ev->unrelated[a])
            return TRUE;
    return FALSE;
}

static const char *
fc_events_canonical(FcEvents *ev, const char *label)
{
    /* Claims share a handful of interned labels: casefold each once. */
    const char *known = g_hash_table_lookup(ev->spellings, label);
    if (known != NULL)
        return known;
    g_autofree char *key = g_utf8_casefold(label, -1);
    known = g_hash_table_lookup(ev->labels, key);
    if (known == NULL) {
        known = g_intern_string(label);
        g_hash_table_insert(ev->labels, g_steal_pointer(&key), (gpointer)known);
    }
    g_hash_table_insert(ev->spellings, (gpointer)label, (gpointer)known);
    return known;
}

static void
fc_events_index(FcEvents *ev, const GPtrArray *group)
{
    for (guint i = 0; group != NULL && i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (c->event == NULL || (c->flags & FC_CLAIM_DERIVED))
            continue;
        const char *label = fc_events_canonical(ev, c->event);
        /* History told in passing ("after its Series B last year") does
         * not name the article's round. */
        if (c->flags & (FC_CLAIM_PRIOR | FC_CLAIM_DATED))
            continue;
        gpointer key = GUINT_TO_POINTER(c->doc_index + 1);
        gpointer old = NULL;
        if (!g_hash_table_lookup_extended(ev->doc_labels, key, NULL, &old))
            g_hash_table_insert(ev->doc_labels, key, (gpointer)label);
        else if (old != label)
            g_hash_table_insert(ev->doc_labels, key, NULL);
    }
}

FcEvents *
fc_events_new(const FcStore *store, const FcLexicon *lex, const char *entity)
{
    FcEvents *ev = g_new0(FcEvents, 1);
    ev->store = store;
    ev->lex = lex;
    ev->entity = entity;
    ev->labels = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    ev->doc_labels = g_hash_table_new(g_direct_hash, g_direct_equal);
    ev->spellings = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint a = 0; a < G_N_ELEMENTS(fc_event_attributes); a++)
        fc_events_index(
            ev, fc_store_group(store, entity, g_intern_static_string(fc_event_attributes[a])));
    for (guint a = 0; a < G_N_ELEMENTS(fc_event_unrelated); a++)
        ev->unrelated[a] = g_intern_static_string(fc_event_unrelated[a]);
    ev->leads = fc_store_group(store, entity, g_intern_static_string("lead_investor"));
    return ev;
}

void
fc_events_free(FcEvents *ev)
{
    if (ev == NULL)
        return;
    g_hash_table_unref(ev->labels);
    g_hash_table_unref(ev->doc_labels);
    g_hash_table_unref(ev->spellings);
    g_free(ev);
}

/* "Lumora Grid raises $20 million" over "a $20 million Series A": in an
 * article that tells several rounds, a headline's figure is the round the
 * article gives the same figure for. */
static const char *
fc_events_restated(const FcEvents *ev, const FcClaim *c)
{
    const GPtrArray *group = fc_store_group(ev->store, ev->entity, c->attribute);
    for (guint i = 0; group != NULL && i < group->len; i++) {
        const FcClaim *o = g_ptr_array_index(group, i);
        if (o == c || o->doc_index != c->doc_index || o->event == NULL ||
            (o->flags & (FC_CLAIM_PRIOR | FC_CLAIM_DERIVED)) || o->value.unit != c->value.unit ||
            o->value.low != c->value.low || o->value.high != c->value.high)
            continue;
        const char *seen = g_hash_table_lookup(ev->spellings, o->event);
        return seen != NULL ? seen : g_intern_string(o->event);
    }
    return NULL;
}

const char *
fc_events_label(const FcEvents *ev, const FcClaim *c)
{
    if (fc_events_unrelated(ev, c))
        return NULL;
    if (c->event != NULL) {
        const char *seen = g_hash_table_lookup(ev->spellings, c->event);
        if (seen != NULL)
            return seen;
        g_autofree char *key = g_utf8_casefold(c->event, -1);
        const char *known = g_hash_table_lookup(ev->labels, key);
        return known != NULL ? known : g_intern_string(c->event);
    }
    /* Figures from history and derived figures keep to what they say. */
    if (c->flags & (FC_CLAIM_PRIOR | FC_CLAIM_DATED | FC_CLAIM_CUMULATIVE))
        return NULL;
    const char *label = g_hash_table_lookup(ev->doc_labels, GUINT_TO_POINTER(c->doc_index + 1));
    return label != NULL ? label : fc_events_restated(ev, c);
}

const char *
fc_events_party(const FcEvents *ev, const char *name)
{
    const FcEntity *e = ev->lex != NULL ? fc_lexicon_lookup(ev->lex, name) : NULL;
    return e != NULL ? fc_entity_root(e)->name : name;
}

FcTime
fc_event_months(const FcTime *t)
{
    if (!fc_time_is_known(t))
        return *t;
    GDate a, b;
    g_date_clear(&a, 1);
    g_date_clear(&b, 1);
    g_date_set_julian(&a, t->lo);
    g_date_set_julian(&b, t->hi);
    g_date_set_day(&a, 1);
    g_date_set_day(&b, g_date_get_days_in_month(g_date_get_month(&b), g_date_get_year(&b)));
    FcTime out = {g_date_get_julian(&a), g_date_get_julian(&b), 0};
    return out;
}

static gboolean
fc_events_slice_has_doc(const GPtrArray *slice, guint doc_index)
{
    for (guint i = 0; i < slice->len; i++)
        if (((const FcClaim *)g_ptr_array_index(slice, i))->doc_index == doc_index)
            return TRUE;
    return FALSE;
}

static int
fc_str_ptr_compare(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Leads of the round: lead claims with the slice's label, and lead claims
 * that name no round in the slice's own articles. */
static GPtrArray *
fc_events_leads(const FcEvents *ev, const GPtrArray *slice, const char *label, const FcTime *span)
{
    GPtrArray *names = g_ptr_array_new();
    for (guint i = 0; ev->leads != NULL && i < ev->leads->len; i++) {
        const FcClaim *l = g_ptr_array_index(ev->leads, i);
        if (l->value_entity == NULL || (l->flags & FC_CLAIM_PRIOR))
            continue;
        const char *ll = fc_events_label(ev, l);
        gboolean same = (label != NULL && ll == label) ||
                        (ll == NULL && fc_events_slice_has_doc(slice, l->doc_index));
        if (!same || (fc_time_is_known(span) && fc_time_is_known(&l->time) &&
                      !fc_time_overlaps(&l->time, span)))
            continue;
        const char *name = fc_events_party(ev, l->value_entity);
        gboolean seen = FALSE;
        for (guint j = 0; j < names->len && !seen; j++)
            seen = g_ptr_array_index(names, j) == name;
        if (!seen)
            g_ptr_array_add(names, (gpointer)name);
    }
    g_ptr_array_sort(names, fc_str_ptr_compare);
    return names;
}

char *
fc_events_describe(const FcEvents *ev, const GPtrArray *slice)
{
    const FcClaim *first = g_ptr_array_index(slice, 0);
    /* Claims that name no round do not make the round unnamed; claims
     * that name two rounds do. */
    const char *label = NULL;
    gboolean several = FALSE;
    FcTime span = first->time;
    for (guint i = 0; i < slice->len; i++) {
        const FcClaim *c = g_ptr_array_index(slice, i);
        const char *l = fc_events_label(ev, c);
        several = several || (l != NULL && label != NULL && l != label);
        label = label != NULL ? label : l;
        if (i > 0 && fc_time_is_known(&c->time)) {
            span.lo = fc_time_is_known(&span) ? MIN(span.lo, c->time.lo) : c->time.lo;
            span.hi = MAX(span.hi, c->time.hi);
        }
    }
    if (several)
        label = NULL;
    GString *out = g_string_new(label);
    FcTime months = fc_event_months(&span);
    g_autofree char *when = fc_time_format(&months);
    if (out->len > 0)
        g_string_append(out, ", ");
    if (*when != '\0')
        g_string_append(out, when);
    else
        g_string_append_printf(out, "undated, as told in %s", first->document);
    FcTime reach = fc_time_around(&months, FC_EVENT_DOC_REACH);
    g_autoptr(GPtrArray) leads = fc_events_leads(ev, slice, label, &reach);
    for (guint i = 0; i < leads->len && i < 4; i++)
        g_string_append_printf(out, "%s%s",
                               i == 0                ? ", led by "
                               : i + 1 == leads->len ? " and "
                                                     : ", ",
                               (const char *)g_ptr_array_index(leads, i));
    if (leads->len > 4)
        g_string_append(out, " and others");
    return g_string_free(out, FALSE);
}
