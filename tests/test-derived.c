/* Check kind "derived" (fc-check-derived) on hand-made claims, with a small
 * rule set in a temporary folder: each formula makes the claim it should,
 * with its sources and the DERIVED flag, inside the store, where the
 * conflict check compares it with stated figures; and inputs that do not
 * belong together make nothing. */
#include "fc-engine.h"
#include "fc-test.h"

#include <math.h>
#include <string.h>

static FcRuleSet *rules;

static const char entities_rules[] = "[Nimbus]\nkind = lab\n\n"
                                     "[Orchard]\nkind = investor\n\n"
                                     "[Quarry]\nkind = investor\n";

static const char checks_rules[] =
    "[valuation-conflict]\nkind = conflict\nattribute = valuation\nseverity = error\n"
    "tolerance = 0.02\napprox_tolerance = 0.10\ntitle = t\n"
    "message = {entity}'s valuation is given as {values}\nexplanation = e\n\n"
    "[revenue-conflict]\nkind = conflict\nattribute = revenue\nseverity = warning\n"
    "tolerance = 0.05\napprox_tolerance = 0.15\ntitle = t\n"
    "message = {entity}'s revenue is given as {values}\nexplanation = e\n\n"
    "[round-size-conflict]\nkind = conflict\nattribute = round_size\nseverity = error\n"
    "tolerance = 0.02\ntitle = t\nmessage = {entity}'s round is {values}\nexplanation = e\n\n"
    "[d-stake]\nkind = derived\nformula = stake-valuation\nattribute = valuation\n"
    "tolerance = 0.02\ntitle = from a stake\nexplanation = e\n\n"
    "[d-post]\nkind = derived\nformula = post-money\nattribute = valuation\n"
    "title = post-money\nexplanation = e\n\n"
    "[d-revenue]\nkind = derived\nformula = revenue-multiple\nattribute = revenue\n"
    "title = from a multiple\nexplanation = e\n\n"
    "[d-prior]\nkind = derived\nformula = prior-multiple\nattribute = valuation\n"
    "title = from an earlier figure\nexplanation = e\n\n"
    "[d-sum]\nkind = derived\nformula = investments-sum\nattribute = round_size\n"
    "title = from its investors\nexplanation = e\n";

static FcRuleSet *
load_rules(void)
{
    g_autofree char *dir = fc_test_make_dir("fc-derived-XXXXXX");
    fc_test_write_file(dir, "entities/test.rules", entities_rules);
    fc_test_write_file(dir, "checks/test.rules", checks_rules);
    FcRuleSet *set = fc_test_load_rules_from(dir);
    fc_test_remove_tree(dir);
    g_assert_nonnull(set);
    return set;
}

typedef struct {
    const char *attribute;
    double low;
    FcUnit unit;
    guint doc, sentence;
    guint flags;
    const char *counterpart;
    const char *event;
    const char *quote; /* NULL: "quoted sentence" */
    const char *text;  /* value as written; NULL: formatted */
    const char *time;  /* NULL: 2025-06-10 */
    FcStatus status;
} FcSpec;

#define SPEC(...) ((FcSpec){__VA_ARGS__})

static FcClaim *
make_claim(const FcSpec *s)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string("Nimbus");
    c->attribute = g_intern_string(s->attribute);
    c->counterpart = s->counterpart ? g_intern_string(s->counterpart) : NULL;
    c->value = (FcValue){s->low, s->low, s->unit, FALSE};
    c->value_text = s->text ? g_strdup(s->text) : fc_value_format(&c->value);
    g_assert_true(fc_time_parse_iso(s->time ? s->time : "2025-06-10", &c->time));
    c->status = s->status;
    c->flags = s->flags;
    c->event = s->event ? g_intern_string(s->event) : NULL;
    c->doc_index = s->doc;
    g_autofree char *path = g_strdup_printf("news/%c.md", 'a' + s->doc);
    c->document = g_intern_string(path);
    c->sentence = s->sentence;
    c->offset = 100 * s->sentence + 7;
    c->line = s->sentence + 1;
    c->column = 8;
    c->quote = g_strdup(s->quote ? s->quote : "quoted sentence");
    c->rule = g_intern_string("extract-test");
    return c;
}

typedef struct {
    GPtrArray *claims;
    FcStore *store;
    GPtrArray *findings;
} FcRun;

static void
run_clear(FcRun *r)
{
    g_clear_pointer(&r->findings, g_ptr_array_unref);
    g_clear_pointer(&r->store, fc_store_free);
    g_clear_pointer(&r->claims, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcRun, run_clear)

static void
run_specs(FcRun *r, const FcSpec *specs, guint n)
{
    r->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    for (guint i = 0; i < n; i++)
        g_ptr_array_add(r->claims, make_claim(&specs[i]));
    r->store = fc_store_new(r->claims);
    r->findings = fc_engine_run(rules, r->store);
}

#define RUN(r, ...)                                                                                \
    do {                                                                                           \
        const FcSpec specs_[] = {__VA_ARGS__};                                                     \
        run_specs(r, specs_, G_N_ELEMENTS(specs_));                                                \
    } while (0)

/* The only derived claim of @attribute, or NULL when there is none. */
static const FcClaim *
derived(const FcRun *r, const char *attribute)
{
    const FcClaim *found = NULL;
    const GPtrArray *all = fc_store_claims(r->store);
    for (guint i = 0; i < all->len; i++) {
        const FcClaim *c = g_ptr_array_index(all, i);
        if ((c->flags & FC_CLAIM_DERIVED) && strcmp(c->attribute, attribute) == 0) {
            g_assert_null(found);
            found = c;
        }
    }
    return found;
}

static guint
count_rule(const FcRun *r, const char *id)
{
    guint n = 0;
    for (guint i = 0; i < r->findings->len; i++)
        if (strcmp(((const FcFinding *)g_ptr_array_index(r->findings, i))->rule->id, id) == 0)
            n++;
    return n;
}

static void
test_stake_valuation(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "stake_value", .low = 2e9, .unit = FC_UNIT_USD, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.attribute = "stake", .low = 10, .unit = FC_UNIT_PERCENT, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.attribute = "valuation", .low = 30e9, .unit = FC_UNIT_USD, .doc = 1, .sentence = 3));
    const FcClaim *d = derived(&r, "valuation");
    g_assert_nonnull(d);
    /* 10% read as 9.5–10.5, $2bn ± 2%: about $18.7bn to $21.5bn. */
    g_assert_cmpfloat(d->value.low, >, 18e9);
    g_assert_cmpfloat(d->value.high, <, 22e9);
    g_assert_cmpuint(d->derived_from->len, ==, 2);
    g_assert_nonnull(strstr(d->quote, "from a stake"));
    g_assert_cmpstr(d->rule, ==, "d-stake");
    g_assert_cmpuint(count_rule(&r, "valuation-conflict"), ==, 1);
}

static void
test_stake_other_holder(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "stake_value", .low = 2e9, .unit = FC_UNIT_USD, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.attribute = "stake", .low = 10, .unit = FC_UNIT_PERCENT, .sentence = 1,
             .counterpart = "Quarry"));
    g_assert_null(derived(&r, "valuation"));
    g_auto(FcRun) s = {0};
    /* Another sentence: the percentage may be of another date. */
    RUN(&s,
        SPEC(.attribute = "stake_value", .low = 2e9, .unit = FC_UNIT_USD, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.attribute = "stake", .low = 10, .unit = FC_UNIT_PERCENT, .sentence = 2,
             .counterpart = "Orchard"));
    g_assert_null(derived(&s, "valuation"));
}

static void
test_stake_agrees(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "stake_value", .low = 2e9, .unit = FC_UNIT_USD, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.attribute = "stake", .low = 10, .unit = FC_UNIT_PERCENT, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.attribute = "valuation", .low = 20.5e9, .unit = FC_UNIT_USD, .doc = 1,
             .sentence = 3));
    g_assert_nonnull(derived(&r, "valuation"));
    g_assert_cmpuint(count_rule(&r, "valuation-conflict"), ==, 0);
}

static void
test_post_money(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "valuation", .low = 40e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRE_MONEY),
        SPEC(.attribute = "round_size", .low = 5e9, .unit = FC_UNIT_USD, .sentence = 1),
        SPEC(.attribute = "valuation", .low = 45e9, .unit = FC_UNIT_USD, .doc = 1, .sentence = 2));
    const FcClaim *d = derived(&r, "valuation");
    g_assert_nonnull(d);
    g_assert_cmpfloat(d->value.low, ==, 45e9);
    g_assert_false(d->flags & FC_CLAIM_PRE_MONEY);
    g_assert_cmpuint(count_rule(&r, "valuation-conflict"), ==, 0);

    g_auto(FcRun) s = {0};
    RUN(&s,
        SPEC(.attribute = "valuation", .low = 40e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRE_MONEY),
        SPEC(.attribute = "round_size", .low = 5e9, .unit = FC_UNIT_USD, .sentence = 1),
        SPEC(.attribute = "valuation", .low = 50e9, .unit = FC_UNIT_USD, .doc = 1, .sentence = 2));
    g_assert_cmpuint(count_rule(&s, "valuation-conflict"), ==, 1);
}

static void
test_post_money_by_label(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "valuation", .low = 40e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRE_MONEY, .event = "Series C"),
        SPEC(.attribute = "round_size", .low = 5e9, .unit = FC_UNIT_USD, .sentence = 4,
             .event = "Series C"));
    g_assert_nonnull(derived(&r, "valuation"));
    g_auto(FcRun) s = {0};
    RUN(&s,
        SPEC(.attribute = "valuation", .low = 40e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRE_MONEY, .event = "Series C"),
        SPEC(.attribute = "round_size", .low = 5e9, .unit = FC_UNIT_USD, .sentence = 4,
             .event = "Series B"));
    g_assert_null(derived(&s, "valuation"));

    /* A package with debt in the pre-money's sentence adds nothing to the
     * price; the labelled equity round does. */
    g_auto(FcRun) t = {0};
    RUN(&t,
        SPEC(.attribute = "valuation", .low = 525e6, .unit = FC_UNIT_USD, .sentence = 2,
             .flags = FC_CLAIM_PRE_MONEY, .event = "Series B"),
        SPEC(.attribute = "round_size", .low = 125e6, .unit = FC_UNIT_USD, .sentence = 2,
             .flags = FC_CLAIM_DEBT),
        SPEC(.attribute = "round_size", .low = 95e6, .unit = FC_UNIT_USD, .sentence = 1,
             .event = "Series B"));
    const FcClaim *d = derived(&t, "valuation");
    g_assert_nonnull(d);
    g_assert_cmpfloat(d->value.low, ==, 620e6);

    /* A pre-money figure that names no round goes with the one round size
     * the article tells at its time, told twice or not; with two sizes,
     * or only a round of another time, with none. */
    g_auto(FcRun) u = {0};
    RUN(&u,
        SPEC(.attribute = "valuation", .low = 260e6, .unit = FC_UNIT_USD, .sentence = 5,
             .flags = FC_CLAIM_PRE_MONEY),
        SPEC(.attribute = "round_size", .low = 120e6, .unit = FC_UNIT_USD, .sentence = 0,
             .event = "Series B"),
        SPEC(.attribute = "round_size", .low = 120e6, .unit = FC_UNIT_USD, .sentence = 1,
             .event = "Series B"));
    d = derived(&u, "valuation");
    g_assert_nonnull(d);
    g_assert_cmpfloat(d->value.low, ==, 380e6);
    g_auto(FcRun) v = {0};
    RUN(&v,
        SPEC(.attribute = "valuation", .low = 260e6, .unit = FC_UNIT_USD, .sentence = 5,
             .flags = FC_CLAIM_PRE_MONEY),
        SPEC(.attribute = "round_size", .low = 120e6, .unit = FC_UNIT_USD, .sentence = 1,
             .event = "Series B"),
        SPEC(.attribute = "round_size", .low = 40e6, .unit = FC_UNIT_USD, .sentence = 2,
             .event = "Series A"));
    g_assert_null(derived(&v, "valuation"));
    g_auto(FcRun) w = {0};
    RUN(&w,
        SPEC(.attribute = "valuation", .low = 260e6, .unit = FC_UNIT_USD, .sentence = 5,
             .flags = FC_CLAIM_PRE_MONEY),
        SPEC(.attribute = "round_size", .low = 40e6, .unit = FC_UNIT_USD, .sentence = 2,
             .time = "2021"));
    g_assert_null(derived(&w, "valuation"));
}

static void
test_revenue_multiple(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.attribute = "valuation", .low = 30e9, .unit = FC_UNIT_USD, .sentence = 1),
        SPEC(.attribute = "revenue_multiple", .low = 30, .unit = FC_UNIT_COUNT, .sentence = 1,
             .text = "30"),
        SPEC(.attribute = "revenue", .low = 3e9, .unit = FC_UNIT_USD, .doc = 1, .sentence = 2));
    const FcClaim *d = derived(&r, "revenue");
    g_assert_nonnull(d);
    g_assert_true(d->value.approx);
    g_assert_cmpfloat(fabs(fc_value_point(&d->value) - 1e9), <, 0.05e9);
    g_assert_cmpuint(count_rule(&r, "revenue-conflict"), ==, 1);
}

static const char doubling[] =
    "Its valuation now tops $11bn, doubling its previous $5.5bn from last month.";

static void
test_prior_multiple(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "valuation", .low = 5.5e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRIOR, .quote = doubling, .text = "$5.5bn"),
        SPEC(.attribute = "valuation", .low = 11e9, .unit = FC_UNIT_USD, .doc = 1, .sentence = 2));
    const FcClaim *d = derived(&r, "valuation");
    g_assert_nonnull(d);
    g_assert_cmpfloat(d->value.low, ==, 11e9);
    g_assert_false(d->flags & FC_CLAIM_PRIOR);
    g_assert_cmpuint(count_rule(&r, "valuation-conflict"), ==, 0);

    g_auto(FcRun) s = {0};
    RUN(&s,
        SPEC(.attribute = "valuation", .low = 5.5e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRIOR, .quote = doubling, .text = "$5.5bn"),
        SPEC(.attribute = "valuation", .low = 16e9, .unit = FC_UNIT_USD, .doc = 1, .sentence = 2));
    g_assert_cmpuint(count_rule(&s, "valuation-conflict"), ==, 1);
}

static void
test_prior_without_multiple(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.attribute = "valuation", .low = 5.5e9, .unit = FC_UNIT_USD, .sentence = 1,
                 .flags = FC_CLAIM_PRIOR,
                 .quote = "Its valuation rose to $11bn, up from its previous $5.5bn.",
                 .text = "$5.5bn"));
    g_assert_null(derived(&r, "valuation"));
}

static void
test_investments_sum(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "round_size", .low = 1e9, .unit = FC_UNIT_USD, .sentence = 1,
             .event = "Series B"),
        SPEC(.attribute = "investment", .low = 700e6, .unit = FC_UNIT_USD, .sentence = 2,
             .counterpart = "Orchard", .event = "Series B"),
        SPEC(.attribute = "investment", .low = 500e6, .unit = FC_UNIT_USD, .sentence = 3,
             .counterpart = "Quarry", .event = "Series B"));
    const FcClaim *d = derived(&r, "round_size");
    g_assert_nonnull(d);
    g_assert_cmpfloat(d->value.low, ==, 1.2e9);
    g_assert_true(isinf(d->value.high));
    g_assert_cmpuint(count_rule(&r, "round-size-conflict"), ==, 1);
}

static void
test_investments_within_round(void)
{
    g_auto(FcRun) r = {0};
    /* Parts below the round, and a cheque of another round, say nothing
     * against it. */
    RUN(&r,
        SPEC(.attribute = "round_size", .low = 1e9, .unit = FC_UNIT_USD, .sentence = 1,
             .event = "Series B"),
        SPEC(.attribute = "investment", .low = 300e6, .unit = FC_UNIT_USD, .sentence = 2,
             .counterpart = "Orchard", .event = "Series B"),
        SPEC(.attribute = "investment", .low = 500e6, .unit = FC_UNIT_USD, .sentence = 3,
             .counterpart = "Quarry", .event = "Series B"),
        SPEC(.attribute = "investment", .low = 900e6, .unit = FC_UNIT_USD, .sentence = 4,
             .counterpart = "Quarry", .event = "Series A"));
    g_assert_nonnull(derived(&r, "round_size"));
    g_assert_cmpuint(count_rule(&r, "round-size-conflict"), ==, 0);
}

static void
test_investments_unlabelled(void)
{
    g_auto(FcRun) r = {0};
    /* Amounts without a label, one told by people familiar with the deal,
     * belong to the one round the article dates with them; a round it
     * dates years before is another. */
    RUN(&r,
        SPEC(.attribute = "round_size", .low = 18e6, .unit = FC_UNIT_USD, .sentence = 1,
             .event = "Series A"),
        SPEC(.attribute = "investment", .low = 10e6, .unit = FC_UNIT_USD, .sentence = 2,
             .counterpart = "Orchard"),
        SPEC(.attribute = "investment", .low = 11e6, .unit = FC_UNIT_USD, .sentence = 2,
             .counterpart = "Quarry", .status = FC_STATUS_RUMORED),
        SPEC(.attribute = "round_size", .low = 4e6, .unit = FC_UNIT_USD, .sentence = 3,
             .event = "pre-Series A", .time = "2022"));
    const FcClaim *d = derived(&r, "round_size");
    g_assert_nonnull(d);
    g_assert_cmpfloat(d->value.low, ==, 21e6);
    g_assert_cmpuint(count_rule(&r, "round-size-conflict"), ==, 1);

    /* The headline's "raises $18m", without the label, is the same round;
     * another size at the same time is another round. */
    const struct {
        double headline;
        gboolean same;
    } cases[] = {{18e6, TRUE}, {30e6, FALSE}};
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_auto(FcRun) s = {0};
        RUN(&s,
            SPEC(.attribute = "round_size", .low = cases[i].headline, .unit = FC_UNIT_USD,
                 .sentence = 0),
            SPEC(.attribute = "round_size", .low = 18e6, .unit = FC_UNIT_USD, .sentence = 1,
                 .event = "Series A"),
            SPEC(.attribute = "investment", .low = 10e6, .unit = FC_UNIT_USD, .sentence = 2,
                 .counterpart = "Orchard"),
            SPEC(.attribute = "investment", .low = 11e6, .unit = FC_UNIT_USD, .sentence = 2,
                 .counterpart = "Quarry"));
        g_assert_cmpint(derived(&s, "round_size") != NULL, ==, cases[i].same);
    }
}

static void
test_derive_once(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.attribute = "valuation", .low = 40e9, .unit = FC_UNIT_USD, .sentence = 1,
             .flags = FC_CLAIM_PRE_MONEY),
        SPEC(.attribute = "round_size", .low = 5e9, .unit = FC_UNIT_USD, .sentence = 1));
    guint n = fc_store_claims(r.store)->len;
    fc_engine_derive(rules, r.store);
    g_assert_cmpuint(fc_store_claims(r.store)->len, ==, n);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = load_rules();
    g_test_add_func("/derived/stake-valuation", test_stake_valuation);
    g_test_add_func("/derived/stake-other-holder", test_stake_other_holder);
    g_test_add_func("/derived/stake-agrees", test_stake_agrees);
    g_test_add_func("/derived/post-money", test_post_money);
    g_test_add_func("/derived/post-money-by-label", test_post_money_by_label);
    g_test_add_func("/derived/revenue-multiple", test_revenue_multiple);
    g_test_add_func("/derived/prior-multiple", test_prior_multiple);
    g_test_add_func("/derived/prior-without-multiple", test_prior_without_multiple);
    g_test_add_func("/derived/investments-sum", test_investments_sum);
    g_test_add_func("/derived/investments-within-round", test_investments_within_round);
    g_test_add_func("/derived/investments-unlabelled", test_investments_unlabelled);
    g_test_add_func("/derived/derive-once", test_derive_once);
    int status = g_test_run();
    fc_ruleset_free(rules);
    return status;
}
