#include "fc-baseline.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

G_DEFINE_QUARK(fc - baseline - error - quark, fc_baseline_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC(cJSON, cJSON_Delete)

void
fc_baseline_free(FcBaseline *b)
{
    if (b == NULL)
        return;
    g_free(b->path);
    g_hash_table_unref(b->entries);
    g_hash_table_unref(b->matched);
    g_free(b);
}

static gboolean
fc_baseline_malformed(const char *path, const char *why, GError **error)
{
    g_set_error(error, FC_BASELINE_ERROR, 0, "'%s' is not a factcheck baseline: %s", path, why);
    return FALSE;
}

static const char *
fc_baseline_string(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static gboolean
fc_baseline_read_entry(FcBaseline *b, const cJSON *e, GError **error)
{
    const char *id = fc_baseline_string(e, "id");
    if (!cJSON_IsObject(e) || id == NULL || id[0] == '\0')
        return fc_baseline_malformed(b->path, "a finding without an \"id\"", error);
    const char *rule = fc_baseline_string(e, "rule");
    const char *message = fc_baseline_string(e, "message");
    g_hash_table_insert(b->entries, g_strdup(id),
                        g_strdup_printf("[%s] %s", rule ? rule : "?", message ? message : ""));
    return TRUE;
}

static gboolean
fc_baseline_read(FcBaseline *b, const char *text, GError **error)
{
    g_autoptr(cJSON) root = cJSON_Parse(text);
    if (root == NULL)
        return fc_baseline_malformed(b->path, "invalid JSON", error);
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(root, "version");
    if (!cJSON_IsNumber(version) || version->valueint != 1)
        return fc_baseline_malformed(b->path, "no \"version\": 1", error);
    const cJSON *findings = cJSON_GetObjectItemCaseSensitive(root, "findings");
    if (!cJSON_IsArray(findings))
        return fc_baseline_malformed(b->path, "no \"findings\" array", error);
    const cJSON *e;
    cJSON_ArrayForEach(e, findings)
    {
        if (!fc_baseline_read_entry(b, e, error))
            return FALSE;
    }
    return TRUE;
}

FcBaseline *
fc_baseline_load(const char *path, GError **error)
{
    g_autofree char *text = NULL;
    g_autoptr(GError) cause = NULL;
    /* errno, not GLib's message: "cannot read 'b.json': No such file or
     * directory", as for every other file. */
    FILE *fp = fopen(path, "rb");
    if (fp == NULL || !g_file_get_contents(path, &text, NULL, &cause)) {
        int err = errno;
        g_set_error(error, FC_BASELINE_ERROR, 0, "cannot read baseline '%s': %s", path,
                    fp == NULL ? g_strerror(err) : cause->message);
        if (fp != NULL)
            fclose(fp);
        return NULL;
    }
    fclose(fp);
    g_autoptr(FcBaseline) b = g_new0(FcBaseline, 1);
    b->path = g_strdup(path);
    b->entries = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    b->matched = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, NULL);
    if (!fc_baseline_read(b, text, error))
        return NULL;
    return g_steal_pointer(&b);
}

gboolean
fc_baseline_match(FcBaseline *b, const FcFinding *f)
{
    gpointer key;
    if (!g_hash_table_lookup_extended(b->entries, f->id, &key, NULL))
        return FALSE;
    g_hash_table_add(b->matched, key);
    return TRUE;
}

static int
fc_baseline_compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

GPtrArray *
fc_baseline_stale(const FcBaseline *b)
{
    GPtrArray *stale = g_ptr_array_new_with_free_func(g_free);
    GHashTableIter it;
    gpointer id, what;
    g_hash_table_iter_init(&it, b->entries);
    while (g_hash_table_iter_next(&it, &id, &what))
        if (!g_hash_table_contains(b->matched, id))
            g_ptr_array_add(stale, g_strdup_printf("%s %s", (const char *)id, (const char *)what));
    g_ptr_array_sort(stale, fc_baseline_compare_strings);
    return stale;
}

static cJSON *
fc_baseline_entry(const FcFinding *f)
{
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "id", f->id);
    cJSON_AddStringToObject(e, "rule", f->rule->id);
    cJSON_AddStringToObject(e, "entity", f->entity);
    cJSON_AddStringToObject(e, "message", f->message);
    g_autoptr(GPtrArray) docs = g_ptr_array_new();
    for (guint i = 0; i < f->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(f->claims, i);
        if (!g_ptr_array_find(docs, c->document, NULL))
            g_ptr_array_add(docs, (gpointer)c->document);
    }
    g_ptr_array_sort(docs, fc_baseline_compare_strings);
    cJSON *d = cJSON_AddArrayToObject(e, "documents");
    for (guint i = 0; i < docs->len; i++)
        cJSON_AddItemToArray(d, cJSON_CreateString(g_ptr_array_index(docs, i)));
    return e;
}

static int
fc_baseline_compare_findings(gconstpointer a, gconstpointer b)
{
    const FcFinding *x = *(const FcFinding *const *)a, *y = *(const FcFinding *const *)b;
    return strcmp(x->id, y->id);
}

char *
fc_baseline_write(const GPtrArray *findings)
{
    /* Not g_ptr_array_copy(), which would take over a free function. */
    g_autoptr(GPtrArray) sorted = g_ptr_array_new();
    g_ptr_array_extend(sorted, (GPtrArray *)findings, NULL, NULL);
    g_ptr_array_sort(sorted, fc_baseline_compare_findings);
    g_autoptr(cJSON) root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "tool", "factcheck");
    cJSON_AddNumberToObject(root, "version", 1);
    cJSON *list = cJSON_AddArrayToObject(root, "findings");
    const char *prev = NULL;
    for (guint i = 0; i < sorted->len; i++) {
        const FcFinding *f = g_ptr_array_index(sorted, i);
        /* Two findings with one fingerprint are one accepted decision. */
        if (prev == NULL || strcmp(prev, f->id) != 0)
            cJSON_AddItemToArray(list, fc_baseline_entry(f));
        prev = f->id;
    }
    char *printed = cJSON_Print(root);
    char *text = g_strconcat(printed, "\n", NULL);
    cJSON_free(printed);
    return text;
}
