/* Runs every extraction rule's own examples (fc-rulecheck, which factcheck
 * also runs before it uses a rule set), one test per rule: each example
 * must yield the claims its "expect" lines name, each counter-example no
 * claim from its rule.  A rule author sees "file:line: ..." for every
 * failure. */
#include "fc-rulecheck.h"
#include "fc-ruleset.h"
#include "fc-test.h"

static FcRuleSet *rules;

static void
test_rule(gconstpointer data)
{
    const FcExtractRule *r = data;
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    guint failures = 0;
    for (guint i = 0; i < r->examples->len; i++)
        failures += fc_rulecheck_example(rules, r, g_ptr_array_index(r->examples, i), errors);
    for (guint i = 0; i < errors->len; i++)
        g_test_message("%s", (const char *)g_ptr_array_index(errors, i));
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
