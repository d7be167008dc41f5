#include "fc-engine.h"

#include "fc-event.h"

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
    if (strcmp(kind, "tenure") == 0)
        return fc_check_tenure;
    if (strcmp(kind, "total") == 0)
        return fc_check_total;
    return NULL; /* "derived" runs first; fc-ruleset rejects unknown kinds */
}

void
fc_engine_finish_finding(FcFinding *f, const FcRuleSet *rules, const FcStore *store,
                         const char *const *pairs)
{
    g_autoptr(GPtrArray) vars = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; pairs != NULL && pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
        g_ptr_array_add(vars, g_strconcat(pairs[i], "=", pairs[i + 1], NULL));
    g_ptr_array_add(vars, NULL);
    g_autoptr(FcEvents) events = fc_events_new(store, rules->lexicon, f->entity);
    f->event = fc_events_describe(events, f->claims);
    f->message = fc_finding_render(f->rule->message, f, (const char *const *)vars->pdata);
}

void
fc_engine_each_group(const FcCheckRule *rule, const FcStore *store, FcGroupFn fn, gpointer data)
{
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    for (guint a = 0; a < rule->attributes->len; a++) {
        const char *attr = g_ptr_array_index(rule->attributes, a);
        for (guint e = 0; e < entities->len; e++) {
            const char *entity = g_ptr_array_index(entities, e);
            const GPtrArray *group = fc_store_group(store, entity, attr);
            if (group != NULL)
                fn(entity, attr, group, data);
        }
    }
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

/* One check rule's findings, sealed; rules run side by side on a
 * GThreadPool, each into its own array, since the store is read-only
 * once derived facts are in. */
typedef struct {
    const FcRuleSet *rules;
    const FcStore *store;
    GPtrArray **found; /* per check rule */
} FcEngineRun;

static void
fc_engine_check(gpointer data, gpointer user_data)
{
    const FcEngineRun *run = user_data;
    guint i = GPOINTER_TO_UINT(data) - 1;
    const FcCheckRule *rule = g_ptr_array_index(run->rules->checks, i);
    FcCheckFn fn = fc_engine_kind(rule->kind);
    if (fn != NULL)
        fn(rule, run->rules, run->store, run->found[i]);
    for (guint k = 0; k < run->found[i]->len; k++)
        fc_finding_seal(g_ptr_array_index(run->found[i], k));
}

static void
fc_engine_check_all(const FcEngineRun *run, guint jobs)
{
    guint n = run->rules->checks->len;
    if (jobs == 0)
        jobs = (guint)g_get_num_processors();
    if (jobs <= 1 || n <= 1) {
        for (guint i = 0; i < n; i++)
            fc_engine_check(GUINT_TO_POINTER(i + 1), (gpointer)run);
        return;
    }
    /* Exclusive threads, so the pool never reaches into GLib's shared
     * ones; a pool that cannot start runs its tasks here. */
    GThreadPool *pool =
        g_thread_pool_new(fc_engine_check, (gpointer)run, (gint)MIN(jobs, n), TRUE, NULL);
    for (guint i = 0; i < n; i++) {
        if (pool == NULL || !g_thread_pool_push(pool, GUINT_TO_POINTER(i + 1), NULL))
            fc_engine_check(GUINT_TO_POINTER(i + 1), (gpointer)run);
    }
    if (pool != NULL)
        g_thread_pool_free(pool, FALSE, TRUE);
}

GPtrArray *
fc_engine_run_jobs(const FcRuleSet *rules, FcStore *store, guint jobs)
{
    fc_engine_derive(rules, store);
    guint n = rules->checks->len;
    /* No free function: each finding moves to the result or is freed as a
     * duplicate below. */
    GPtrArray **found = g_new0(GPtrArray *, n);
    for (guint i = 0; i < n; i++)
        found[i] = g_ptr_array_new();
    FcEngineRun run = {rules, store, found};
    fc_engine_check_all(&run, jobs);
    GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)fc_finding_free);
    g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < n; i++) {
        for (guint k = 0; k < found[i]->len; k++) {
            FcFinding *f = g_ptr_array_index(found[i], k);
            if (g_hash_table_contains(seen, f->id)) {
                fc_finding_free(f);
                continue;
            }
            g_hash_table_add(seen, f->id);
            g_ptr_array_add(out, f);
        }
        g_ptr_array_unref(found[i]);
    }
    g_free(found);
    g_ptr_array_sort(out, fc_finding_ptr_compare);
    return out;
}

GPtrArray *
fc_engine_run(const FcRuleSet *rules, FcStore *store)
{
    return fc_engine_run_jobs(rules, store, 1);
}
