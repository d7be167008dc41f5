/* fc-facts (the house-fact loader) and the "knowledge" check: the syntax,
 * its errors as file:line, names resolved through the lexicon, and claims
 * set against the facts — a wrong founding year, a founder the complete
 * list does not name, a chief executive out of term, a headquarters that
 * is neither the city nor a place around it. */
#include "fc-engine.h"
#include "fc-test.h"

#include <string.h>

static const char entities_rules[] = "[Nimbus]\nkind = lab\nalias = Nimbus Labs\n\n"
                                     "[Ada Byron]\nkind = person\n\n"
                                     "[California]\nkind = place\n\n"
                                     "[San Francisco]\nkind = place\nparent = California\n\n"
                                     "[Paris]\nkind = place\n";

static const char checks_rules[] =
    "[house-fact]\nkind = knowledge\nattribute = founded\nattribute = founder\n"
    "attribute = ceo\nattribute = headquarters\nseverity = error\ntitle = t\n"
    "message = {entity}'s {attribute} is {values}, but the house facts say {fact} ({source})\n"
    "explanation = e\n";

static const char facts_rules[] = "[Nimbus Labs]\n"
                                  "source = https://nimbus.example/about\n"
                                  "founded = 2019\n"
                                  "founder = Ada Byron\n"
                                  "founder = Grace Höpper\n"
                                  "founders = complete\n"
                                  "ceo = Ada Byron | 2019..2023\n"
                                  "ceo = Grace Höpper | 2024-01..\n"
                                  "headquarters = San Francisco\n";

static FcRuleSet *
load_with(const char *facts, GPtrArray *errors)
{
    g_autofree char *dir = fc_test_make_dir("fc-facts-XXXXXX");
    fc_test_write_file(dir, "entities/test.rules", entities_rules);
    fc_test_write_file(dir, "checks/test.rules", checks_rules);
    fc_test_write_file(dir, "facts/test.rules", facts);
    const char *dirs[] = {dir, NULL};
    FcRuleSet *set = fc_ruleset_load(dirs, errors);
    fc_test_remove_tree(dir);
    return set;
}

static void
test_load(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcRuleSet) set = load_with(facts_rules, errors);
    g_assert_cmpuint(errors->len, ==, 0);
    g_assert_nonnull(set);
    g_assert_cmpuint(fc_facts_size(set->facts), ==, 6);
    const GPtrArray *founders = fc_facts_lookup(set->facts, "Nimbus", "founder");
    g_assert_nonnull(founders);
    g_assert_cmpuint(founders->len, ==, 2);
    const FcFact *f = g_ptr_array_index(founders, 0);
    g_assert_cmpstr(f->value_entity, ==, "Ada Byron");
    g_assert_cmpstr(f->source, ==, "https://nimbus.example/about");
    g_assert_cmpuint(f->line, ==, 4);
    g_assert_true(fc_facts_complete(set->facts, "Nimbus", "founder"));
    g_assert_false(fc_facts_complete(set->facts, "Nimbus", "ceo"));
    const GPtrArray *year = fc_facts_lookup(set->facts, "Nimbus", "founded");
    g_assert_cmpint(((const FcFact *)g_ptr_array_index(year, 0))->year, ==, 2019);
    g_assert_null(fc_facts_lookup(set->facts, "Nimbus", "employees"));
}

static void
check_error(const char *facts, const char *want)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcRuleSet) set = load_with(facts, errors);
    g_assert_null(set);
    g_assert_cmpuint(errors->len, >=, 1);
    const char *got = g_ptr_array_index(errors, 0);
    if (strstr(got, want) == NULL)
        g_error("expected '%s' in '%s'", want, got);
}

static void
test_errors(void)
{
    check_error("[Nimbus]\nfounded = 2019\n", "test.rules:2: fact 'founded' has no source");
    check_error("[Nowhere Inc]\nsource = x\n", "test.rules:1: facts about 'Nowhere Inc'");
    check_error("[Nimbus]\nsource = x\nfounded = last year\n", ":3: 'founded' must be a year");
    check_error("[Nimbus]\nsource = x\nmotto = go\n", ":3: unknown key 'motto'");
    check_error("[Nimbus]\nsource = x\nceo = Ada Byron | 2019\n", ":3: only 'ceo' takes a term");
    check_error("[Nimbus]\nsource = x\nfounder = Ada | 2019..\n", ":3: only 'ceo' takes a term");
    check_error("[Nimbus]\nsource = x\nfounders = all\n", ":3: 'founders' can only be");
}

/* A claim about Nimbus: a year, or a person or place; dated @time or
 * undated (NULL). */
static FcClaim *
make_claim(const char *attribute, int year, const char *name, const char *time)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string("Nimbus");
    c->attribute = g_intern_string(attribute);
    if (name != NULL) {
        c->value_entity = g_intern_string(name);
        c->value_text = g_strdup(name);
    } else {
        c->value = fc_value_year(year);
        c->value_text = g_strdup_printf("%d", year);
    }
    if (time != NULL)
        g_assert_true(fc_time_parse_iso(time, &c->time));
    c->document = g_intern_string("news/a.md");
    c->line = 1;
    c->column = 1;
    c->quote = g_strdup("quoted sentence");
    c->rule = g_intern_string("extract-test");
    return c;
}

/* How many findings the knowledge check makes of one claim. */
static guint
judge(const FcRuleSet *set, FcClaim *claim)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_ptr_array_add(claims, claim);
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_autoptr(GPtrArray) findings = fc_engine_run(set, store);
    for (guint i = 0; i < findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(findings, i);
        g_test_message("%s", f->message);
        g_assert_nonnull(strstr(f->message, "https://nimbus.example/about"));
    }
    return findings->len;
}

static void
test_knowledge(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcRuleSet) set = load_with(facts_rules, errors);
    g_assert_nonnull(set);
    g_assert_cmpuint(judge(set, make_claim("founded", 2018, NULL, "2025-03")), ==, 1);
    g_assert_cmpuint(judge(set, make_claim("founded", 2019, NULL, "2025-03")), ==, 0);
    /* The founder list is complete: anyone else is not one. */
    g_assert_cmpuint(judge(set, make_claim("founder", 0, "Alan Turing", "2025-03")), ==, 1);
    g_assert_cmpuint(judge(set, make_claim("founder", 0, "Grace Hopper", NULL)), ==, 0);
    g_assert_cmpuint(judge(set, make_claim("founder", 0, "Byron", "2025-03")), ==, 0);
    /* Spelled without an accent, or with a character repaired to '?'. */
    g_assert_cmpuint(judge(set, make_claim("founder", 0, "Grace H?pper", "2025-03")), ==, 0);
    /* Terms of office: who held it then. */
    g_assert_cmpuint(judge(set, make_claim("ceo", 0, "Ada Byron", "2021-05")), ==, 0);
    g_assert_cmpuint(judge(set, make_claim("ceo", 0, "Ada Byron", "2025-03")), ==, 1);
    g_assert_cmpuint(judge(set, make_claim("ceo", 0, "Grace Hopper", "2025-03")), ==, 0);
    g_assert_cmpuint(judge(set, make_claim("ceo", 0, "Alan Turing", NULL)), ==, 0);
    /* A place around the city agrees; another city does not. */
    g_assert_cmpuint(judge(set, make_claim("headquarters", 0, "California", "2025-03")), ==, 0);
    g_assert_cmpuint(judge(set, make_claim("headquarters", 0, "San Francisco", "2025-03")), ==, 0);
    g_assert_cmpuint(judge(set, make_claim("headquarters", 0, "Paris", "2025-03")), ==, 1);
}

static void
test_incomplete_founders(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcRuleSet) set =
        load_with("[Nimbus]\nsource = https://nimbus.example/about\nfounder = Ada Byron\n", errors);
    g_assert_nonnull(set);
    g_assert_cmpuint(judge(set, make_claim("founder", 0, "Alan Turing", "2025-03")), ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/facts/load", test_load);
    g_test_add_func("/facts/errors", test_errors);
    g_test_add_func("/facts/knowledge", test_knowledge);
    g_test_add_func("/facts/incomplete-founders", test_incomplete_founders);
    return g_test_run();
}
