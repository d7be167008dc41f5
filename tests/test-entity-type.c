/* Check kind "entity-type" (fc-check-entity-type) and the relations it and
 * "ties" read from the text: a product or a person with claims only a
 * company has is flagged once, from the lexicon's kinds or from what the
 * articles say ("product_of" claims); organisations are not; and a unit the
 * articles place under an owner counts as that owner when ties are
 * checked. */
#include "fc-engine.h"
#include "fc-test.h"

#include <string.h>

static FcRuleSet *rules;

static const char entities_rules[] = "[Nimbus]\nkind = lab\nrival = Vela\n\n"
                                     "[Vela]\nkind = lab\n\n"
                                     "[Whisper]\nkind = product\nproduct_of = Nimbus\n\n"
                                     "[Ada Byron]\nkind = person\n\n"
                                     "[Orchard]\nkind = investor\n";

static const char checks_rules[] =
    "[as-company]\nkind = entity-type\nattribute = valuation\nattribute = round_size\n"
    "attribute = investor\nattribute = founder\nseverity = warning\ntitle = t\n"
    "message = {entity} is reported as a company ({uses}), but {basis}\nexplanation = e\n\n"
    "[backs-rivals]\nkind = ties\nattribute = investment\nattribute = investor\n"
    "severity = warning\ntitle = t\n"
    "message = {investor} backs both {a} and {b}, and {basis}\nexplanation = e\n";

static FcRuleSet *
load_rules(void)
{
    g_autofree char *dir = fc_test_make_dir("fc-entity-type-XXXXXX");
    fc_test_write_file(dir, "entities/test.rules", entities_rules);
    fc_test_write_file(dir, "checks/test.rules", checks_rules);
    FcRuleSet *set = fc_test_load_rules_from(dir);
    fc_test_remove_tree(dir);
    g_assert_nonnull(set);
    return set;
}

typedef struct {
    const char *entity, *attribute;
    double amount;    /* money, or 0 for a name value */
    const char *name; /* the person or organisation value */
    guint doc, sentence;
    const char *counterpart;
} FcSpec;

#define SPEC(...) ((FcSpec){__VA_ARGS__})

static FcClaim *
make_claim(const FcSpec *s)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string(s->entity);
    c->attribute = g_intern_string(s->attribute);
    c->counterpart = s->counterpart ? g_intern_string(s->counterpart) : NULL;
    if (s->name != NULL) {
        c->value_entity = g_intern_string(s->name);
        c->value_text = g_strdup(s->name);
    } else {
        c->value = (FcValue){s->amount, s->amount, FC_UNIT_USD, FALSE};
        c->value_text = fc_value_format(&c->value);
    }
    g_assert_true(fc_time_parse_iso("2025-06-10", &c->time));
    c->doc_index = s->doc;
    g_autofree char *path = g_strdup_printf("news/%c.md", 'a' + s->doc);
    c->document = g_intern_string(path);
    c->sentence = s->sentence;
    c->offset = 100 * s->sentence + 7;
    c->line = s->sentence + 1;
    c->column = 8;
    c->quote = g_strdup_printf("A sentence about %s.", s->entity);
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
    for (guint i = 0; i < r->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(r->findings, i);
        g_test_message("[%s] %s", f->rule->id, f->message);
    }
}

#define RUN(r, ...)                                                                                \
    do {                                                                                           \
        const FcSpec specs_[] = {__VA_ARGS__};                                                     \
        run_specs(r, specs_, G_N_ELEMENTS(specs_));                                                \
    } while (0)

static const FcFinding *
only(const FcRun *r, const char *rule)
{
    const FcFinding *found = NULL;
    for (guint i = 0; i < r->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(r->findings, i);
        if (strcmp(f->rule->id, rule) == 0) {
            g_assert_null(found);
            found = f;
        }
    }
    return found;
}

static void
test_lexicon_product(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Whisper", .attribute = "round_size", .amount = 1e9),
        SPEC(.entity = "Whisper", .attribute = "valuation", .amount = 11e9, .sentence = 2),
        SPEC(.entity = "Whisper", .attribute = "investor", .name = "Orchard", .sentence = 3));
    const FcFinding *f = only(&r, "as-company");
    g_assert_nonnull(f);
    g_assert_cmpstr(f->entity, ==, "Whisper");
    g_assert_cmpuint(f->claims->len, ==, 3);
    g_assert_nonnull(strstr(f->message, "the lexicon lists it as a product of Nimbus"));
}

static void
test_corpus_product(void)
{
    g_auto(FcRun) r = {0};
    /* Unknown to the lexicon; another article calls it Nimbus's chatbot. */
    RUN(&r, SPEC(.entity = "Lumen", .attribute = "round_size", .amount = 2e9),
        SPEC(.entity = "Lumen", .attribute = "product_of", .name = "Nimbus", .doc = 1,
             .sentence = 4));
    const FcFinding *f = only(&r, "as-company");
    g_assert_nonnull(f);
    g_assert_cmpuint(f->claims->len, ==, 2);
    g_assert_nonnull(strstr(f->message, "the articles call it a product of Nimbus"));
}

static void
test_person(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Ada Byron", .attribute = "valuation", .amount = 5e9),
        SPEC(.entity = "Grace Hopper", .attribute = "round_size", .amount = 1e9, .sentence = 2),
        SPEC(.entity = "Vela", .attribute = "founder", .name = "Grace Hopper", .doc = 1,
             .sentence = 1));
    g_assert_cmpuint(r.findings->len, ==, 2);
}

static void
test_unnamed_or_loose_uses(void)
{
    g_auto(FcRun) r = {0};
    /* A claim resolved to the product from "the company" is not the
     * article's word; a person "with a founder" is not money. */
    RUN(&r, SPEC(.entity = "Whisper", .attribute = "round_size", .amount = 1e9),
        SPEC(.entity = "Ada Byron", .attribute = "founder", .name = "Grace Hopper", .doc = 1));
    g_free(((FcClaim *)g_ptr_array_index(r.claims, 0))->quote);
    ((FcClaim *)g_ptr_array_index(r.claims, 0))->quote = g_strdup("The company raised $1bn.");
    g_clear_pointer(&r.findings, g_ptr_array_unref);
    r.findings = fc_engine_run(rules, r.store);
    g_assert_null(only(&r, "as-company"));
}

static void
test_companies_pass(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Nimbus", .attribute = "round_size", .amount = 1e9),
        SPEC(.entity = "Nimbus", .attribute = "founder", .name = "Ada Byron", .sentence = 2),
        SPEC(.entity = "Tessellate", .attribute = "valuation", .amount = 3e9, .doc = 1,
             .sentence = 1),
        /* A product with only product facts is not flagged. */
        SPEC(.entity = "Whisper", .attribute = "product_of", .name = "Nimbus", .doc = 1,
             .sentence = 2));
    g_assert_null(only(&r, "as-company"));
}

static void
test_text_parent_in_ties(void)
{
    g_auto(FcRun) r = {0};
    /* Pinecone Fund is Orchard's, as one article says: its cheque into
     * Vela and Orchard's into Nimbus are one backer in two rivals. */
    RUN(&r,
        SPEC(.entity = "Nimbus", .attribute = "investment", .amount = 1e9, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.entity = "Vela", .attribute = "investment", .amount = 2e9, .doc = 1, .sentence = 1,
             .counterpart = "Pinecone Fund"),
        SPEC(.entity = "Pinecone Fund", .attribute = "parent", .name = "Orchard", .doc = 1,
             .sentence = 2));
    const FcFinding *f = only(&r, "backs-rivals");
    g_assert_nonnull(f);
    g_assert_cmpstr(f->entity, ==, "Orchard");

    g_auto(FcRun) s = {0};
    RUN(&s,
        SPEC(.entity = "Nimbus", .attribute = "investment", .amount = 1e9, .sentence = 1,
             .counterpart = "Orchard"),
        SPEC(.entity = "Vela", .attribute = "investment", .amount = 2e9, .doc = 1, .sentence = 1,
             .counterpart = "Pinecone Fund"));
    g_assert_null(only(&s, "backs-rivals"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = load_rules();
    g_test_add_func("/entity-type/lexicon-product", test_lexicon_product);
    g_test_add_func("/entity-type/corpus-product", test_corpus_product);
    g_test_add_func("/entity-type/person", test_person);
    g_test_add_func("/entity-type/unnamed-or-loose-uses", test_unnamed_or_loose_uses);
    g_test_add_func("/entity-type/companies-pass", test_companies_pass);
    g_test_add_func("/entity-type/text-parent-in-ties", test_text_parent_in_ties);
    int status = g_test_run();
    fc_ruleset_free(rules);
    return status;
}
