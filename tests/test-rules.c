/* Runs every extraction rule's own examples: each example must yield the
 * claims its "expect" lines name, each counter-example no claim from its
 * rule.  A rule author sees "file:line: ..." for every failure. */
#include "fc-corpus.h"
#include "fc-extract.h"
#include "fc-ruleset.h"

#include <math.h>
#include <string.h>

static FcRuleSet *rules;

static gboolean
fc_test_value_equal(const FcClaim *c, const char *want)
{
    FcValue v;
    gsize n = strlen(want);
    if (fc_value_parse_money(want, n, &v) || fc_value_parse_percent(want, n, &v)) {
        return v.unit == c->value.unit && v.low == c->value.low && v.high == c->value.high;
    }
    char *end;
    long year = strtol(want, &end, 10);
    if (*end == '\0' && c->value.unit == FC_UNIT_YEAR)
        return c->value.low == (double)year;
    if (fc_value_parse_count(want, n, &v) && c->value.unit == FC_UNIT_COUNT)
        return v.low == c->value.low && v.high == c->value.high;
    const char *name = c->value_entity != NULL ? c->value_entity : c->value_text;
    return name != NULL && g_ascii_strcasecmp(name, want) == 0;
}

static gboolean
fc_test_claim_matches(const FcClaim *c, char **f)
{
    if (g_ascii_strcasecmp(c->entity, f[0]) != 0 || strcmp(c->attribute, f[1]) != 0)
        return FALSE;
    if (!fc_test_value_equal(c, f[2]))
        return FALSE;
    return f[3] == NULL ||
           (c->counterpart != NULL && g_ascii_strcasecmp(c->counterpart, f[3]) == 0);
}

static char *
fc_test_describe(const GPtrArray *claims)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        g_autofree char *v = fc_claim_value_label(c);
        g_string_append_printf(s, "\n    got: %s | %s | %s%s%s", c->entity, c->attribute, v,
                               c->counterpart ? " | " : "", c->counterpart ? c->counterpart : "");
    }
    if (claims->len == 0)
        g_string_append(s, "\n    got no claim");
    return g_string_free(s, FALSE);
}

static guint
fc_test_example(const FcExtractRule *r, const FcRuleExample *ex)
{
    g_autoptr(FcDocument) doc = fc_corpus_parse("example.txt", ex->text, strlen(ex->text));
    g_autoptr(FcExtractor) x = fc_extractor_new(rules);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    fc_extractor_only(x, r);
    fc_extract_document(x, doc, 0, claims, notes);
    g_autofree char *got = fc_test_describe(claims);
    if (ex->counter) {
        if (claims->len == 0)
            return 0;
        g_test_message("%s:%u: counter-example of '%s' yields claims:%s", r->file, ex->line, r->id,
                       got);
        return 1;
    }
    guint failures = 0;
    for (guint i = 0; i < ex->expect->len; i++) {
        g_auto(GStrv) f = g_strsplit(g_ptr_array_index(ex->expect, i), "|", 4);
        for (guint k = 0; f[k] != NULL; k++)
            g_strstrip(f[k]);
        gboolean found = FALSE;
        for (guint j = 0; j < claims->len && !found; j++)
            found = fc_test_claim_matches(g_ptr_array_index(claims, j), f);
        if (!found) {
            g_test_message("%s:%u: example of '%s' misses '%s':%s", r->file,
                           g_array_index(ex->expect_lines, guint, i), r->id,
                           (char *)g_ptr_array_index(ex->expect, i), got);
            failures++;
        }
    }
    return failures;
}

static void
test_rule(gconstpointer data)
{
    const FcExtractRule *r = data;
    guint failures = 0;
    for (guint i = 0; i < r->examples->len; i++)
        failures += fc_test_example(r, g_ptr_array_index(r->examples, i));
    if (failures > 0)
        g_test_fail_printf("%u example%s of '%s' failed", failures, failures == 1 ? "" : "s",
                           r->id);
}

static void
test_rule_count(void)
{
    g_assert_cmpuint(rules->extract->len, >=, 20);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    const char *dirs[] = {g_getenv("FC_RULES_DIR") ? g_getenv("FC_RULES_DIR") : "rules", NULL};
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    rules = fc_ruleset_load(dirs, errors);
    for (guint i = 0; i < errors->len; i++)
        g_printerr("%s\n", (char *)g_ptr_array_index(errors, i));
    g_assert_nonnull(rules);
    g_test_add_func("/rules/count", test_rule_count);
    for (guint i = 0; i < rules->extract->len; i++) {
        const FcExtractRule *r = g_ptr_array_index(rules->extract, i);
        g_autofree char *path = g_strdup_printf("/rules/extract/%s", r->id);
        g_test_add_data_func(path, r, test_rule);
    }
    int rc = g_test_run();
    fc_ruleset_free(rules);
    return rc;
}
