#include "fc-finding.h"

#include "fc-person-name.h"

#include <string.h>

FcFinding *
fc_finding_new(const FcCheckRule *rule, const char *entity, const char *attribute)
{
    FcFinding *f = g_new0(FcFinding, 1);
    f->rule = rule;
    f->entity = entity;
    f->attribute = attribute;
    f->claims = g_ptr_array_new();
    return f;
}

void
fc_finding_free(FcFinding *f)
{
    if (f == NULL)
        return;
    g_free(f->event);
    g_free(f->message);
    g_free(f->id);
    g_ptr_array_unref(f->claims);
    g_free(f);
}

static int
fc_str_compare(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct strings of @items, sorted, joined with @sep. */
static char *
fc_join_distinct(GPtrArray *items, const char *sep)
{
    g_ptr_array_sort(items, fc_str_compare);
    GString *out = g_string_new(NULL);
    const char *prev = NULL;
    for (guint i = 0; i < items->len; i++) {
        const char *s = g_ptr_array_index(items, i);
        if (prev != NULL && strcmp(prev, s) == 0)
            continue;
        if (prev != NULL)
            g_string_append(out, sep);
        g_string_append(out, s);
        prev = s;
    }
    return g_string_free(out, FALSE);
}

void
fc_finding_seal(FcFinding *f)
{
    g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) docs = g_ptr_array_new();
    for (guint i = 0; i < f->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(f->claims, i);
        g_autofree char *label = fc_claim_value_label(c);
        g_ptr_array_add(values, g_strdup_printf("%s=%s:%s", c->attribute,
                                                c->counterpart ? c->counterpart : "", label));
        g_ptr_array_add(docs, (gpointer)c->document);
    }
    g_autofree char *v = fc_join_distinct(values, "\x1f");
    g_autofree char *d = fc_join_distinct(docs, "\x1f");
    g_autofree char *key =
        g_strjoin("\x1e", f->rule->id, f->entity, f->attribute ? f->attribute : "", v, d, NULL);
    g_autofree char *sha = g_compute_checksum_for_string(G_CHECKSUM_SHA256, key, -1);
    g_free(f->id);
    f->id = g_strndup(sha, 16);
}

int
fc_finding_compare(const FcFinding *a, const FcFinding *b)
{
    if (a->rule->severity != b->rule->severity)
        return a->rule->severity > b->rule->severity ? -1 : 1;
    int c = strcmp(a->entity, b->entity);
    if (c != 0)
        return c;
    if ((c = strcmp(a->rule->id, b->rule->id)) != 0)
        return c;
    const FcClaim *x = a->claims->len ? g_ptr_array_index(a->claims, 0) : NULL;
    const FcClaim *y = b->claims->len ? g_ptr_array_index(b->claims, 0) : NULL;
    if (x != NULL && y != NULL && (c = fc_claim_compare(x, y)) != 0)
        return c;
    return g_strcmp0(a->id, b->id);
}

/* "$10bn, $12bn and $13bn": distinct values in first-seen order (main
 * evidence first). */
static char *
fc_finding_values(const FcFinding *f)
{
    /* "Karl Haugen" and "Haugen" are one founder in the message, as in the
     * check. */
    gboolean people = f->rule->single || f->rule->listed;
    g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < f->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(f->claims, i);
        if (c->attribute != f->attribute && f->attribute != NULL)
            continue;
        g_autofree char *l = fc_claim_value_label(c);
        gboolean seen = FALSE;
        for (guint j = 0; j < labels->len && !seen; j++)
            seen = strcmp(g_ptr_array_index(labels, j), l) == 0 ||
                   (people && fc_person_name_same(g_ptr_array_index(labels, j), l));
        if (!seen)
            g_ptr_array_add(labels, g_steal_pointer(&l));
    }
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < labels->len; i++) {
        if (i > 0)
            g_string_append(out, i + 1 == labels->len ? " and " : ", ");
        g_string_append(out, g_ptr_array_index(labels, i));
    }
    return g_string_free(out, FALSE);
}

static const char *
fc_finding_var(const FcFinding *f, const char *name, gsize n, const char *const *vars, char **owned)
{
    for (guint i = 0; vars != NULL && vars[i] != NULL; i++)
        if (strncmp(vars[i], name, n) == 0 && vars[i][n] == '=')
            return vars[i] + n + 1;
    if (n == 6 && strncmp(name, "entity", 6) == 0)
        return f->entity;
    if (n == 9 && strncmp(name, "attribute", 9) == 0)
        return f->attribute ? f->attribute : "";
    if (n == 5 && strncmp(name, "event", 5) == 0)
        return f->event ? f->event : "";
    if (n == 6 && strncmp(name, "values", 6) == 0)
        return *owned = fc_finding_values(f);
    if (n == 11 && strncmp(name, "counterpart", 11) == 0) {
        const FcClaim *c = f->claims->len ? g_ptr_array_index(f->claims, 0) : NULL;
        return c != NULL && c->counterpart != NULL ? c->counterpart : "";
    }
    return NULL;
}

char *
fc_finding_render(const char *template, const FcFinding *f, const char *const *vars)
{
    GString *out = g_string_new(NULL);
    for (const char *p = template; *p != '\0'; p++) {
        const char *close = *p == '{' ? strchr(p, '}') : NULL;
        g_autofree char *owned = NULL;
        const char *v =
            close ? fc_finding_var(f, p + 1, (gsize)(close - p - 1), vars, &owned) : NULL;
        if (v == NULL) {
            g_string_append_c(out, *p);
            continue;
        }
        g_string_append(out, v);
        p = close;
        /* "ElevenLabs' valuation", not "ElevenLabs's". */
        if (g_str_has_suffix(v, "s") && g_str_has_prefix(p + 1, "'s")) {
            g_string_append_c(out, '\'');
            p += 2;
        }
    }
    return g_string_free(out, FALSE);
}
