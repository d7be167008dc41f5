/* Runs every extraction rule's own examples: each example must yield the
 * claims its "expect" lines name, each counter-example no claim from its
 * rule.  A rule author sees "file:line: ..." for every failure. */
#include "fc-extract.h"
#include "fc-ruleset.h"
#include "fc-test.h"

#include <math.h>
#include <string.h>

static FcRuleSet *rules;

static gboolean
value_equal(const FcClaim *c, const char *want)
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
claim_matches(const FcClaim *c, char **f)
{
    if (g_ascii_strcasecmp(c->entity, f[0]) != 0 || strcmp(c->attribute, f[1]) != 0)
        return FALSE;
    if (!value_equal(c, f[2]))
        return FALSE;
    return f[3] == NULL ||
           (c->counterpart != NULL && g_ascii_strcasecmp(c->counterpart, f[3]) == 0);
}

static char *
describe_claims(const GPtrArray *claims)
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
check_example(const FcExtractRule *r, const FcRuleExample *ex)
{
    g_auto(FcTestExtraction) x = {0};
    fc_test_extract(&x, rules, "example.txt", NULL, ex->text, 0, r);
    const GPtrArray *claims = x.claims;
    g_autofree char *got = describe_claims(claims);
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
            found = claim_matches(g_ptr_array_index(claims, j), f);
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
        failures += check_example(r, g_ptr_array_index(r->examples, i));
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
    rules = fc_test_load_rules();
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
