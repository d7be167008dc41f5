#include "fc-engine.h"

#include <string.h>

static FcCheckFn
fc_engine_kind(const char *kind)
{
    if (strcmp(kind, "conflict") == 0)
        return fc_check_conflict;
    if (strcmp(kind, "sum") == 0)
        return fc_check_sum;
    if (strcmp(kind, "ties") == 0)
        return fc_check_ties;
    if (strcmp(kind, "knowledge") == 0)
        return fc_check_knowledge;
    if (strcmp(kind, "entity-type") == 0)
        return fc_check_entity_type;
    return NULL; /* "derived" runs first; fc-ruleset rejects unknown kinds */
}

void
fc_engine_derive(const FcRuleSet *rules, FcStore *store)
{
    if (fc_store_derived(store))
        return;
    fc_store_set_derived(store);
    for (guint i = 0; i < rules->checks->len; i++) {
        const FcCheckRule *rule = g_ptr_array_index(rules->checks, i);
        if (strcmp(rule->kind, "derived") == 0)
            fc_check_derived(rule, rules, store);
    }
}

static int
fc_finding_ptr_compare(gconstpointer a, gconstpointer b)
{
    return fc_finding_compare(*(const FcFinding *const *)a, *(const FcFinding *const *)b);
}

GPtrArray *
fc_engine_run(const FcRuleSet *rules, FcStore *store)
{
    fc_engine_derive(rules, store);
    /* No free function: each finding moves to @out or is freed as a
     * duplicate below. */
    g_autoptr(GPtrArray) raw = g_ptr_array_new();
    for (guint i = 0; i < rules->checks->len; i++) {
        const FcCheckRule *rule = g_ptr_array_index(rules->checks, i);
        FcCheckFn fn = fc_engine_kind(rule->kind);
        if (fn != NULL)
            fn(rule, rules, store, raw);
    }
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)fc_finding_free);
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < raw->len; i++) {
        FcFinding *f = g_ptr_array_index(raw, i);
        fc_finding_seal(f);
        if (g_hash_table_contains(seen, f->id)) {
            fc_finding_free(f);
            continue;
        }
        g_hash_table_add(seen, f->id);
        g_ptr_array_add(out, f);
    }
    g_ptr_array_sort(out, fc_finding_ptr_compare);
    return out;
}
