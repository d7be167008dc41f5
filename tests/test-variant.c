/* fc-variant: which names of a corpus are one company, and that every name
 * field of a claim follows the merge. */
#include "fc-claim.h"
#include "fc-ruleset.h"
#include "fc-test.h"
#include "fc-variant.h"

static FcRuleSet *rules;

static FcClaim *
claim(const char *entity, const char *counterpart, const char *value_entity)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string(entity);
    c->attribute = g_intern_static_string("valuation");
    c->counterpart = g_intern_string(counterpart);
    c->value_entity = g_intern_string(value_entity);
    return c;
}

static GPtrArray *
claims_of(const char *const *entities)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    for (guint i = 0; entities[i] != NULL; i++)
        g_ptr_array_add(claims, claim(entities[i], NULL, NULL));
    return claims;
}

static const char *
entity_at(const GPtrArray *claims, guint i)
{
    return ((const FcClaim *)g_ptr_array_index(claims, i))->entity;
}

static void
test_short_name_takes_long(void)
{
    const char *names[] = {"Ledgerline", "Ledgerline Technologies", "Ledgerline", NULL};
    g_autoptr(GPtrArray) claims = claims_of(names);
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 1);
    for (guint i = 0; i < claims->len; i++)
        g_assert_cmpstr(entity_at(claims, i), ==, "Ledgerline Technologies");
}

static void
test_every_name_field(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_ptr_array_add(claims, claim("Pinecrest Foods", "Quarra", NULL));
    g_ptr_array_add(claims, claim("Orchard Bio", NULL, "Quarra Labs"));
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 1);
    const FcClaim *a = g_ptr_array_index(claims, 0), *b = g_ptr_array_index(claims, 1);
    g_assert_cmpstr(a->counterpart, ==, "Quarra Labs");
    g_assert_cmpstr(b->value_entity, ==, "Quarra Labs");
    g_assert_cmpstr(a->entity, ==, "Pinecrest Foods");
}

static void
test_two_long_forms_stay(void)
{
    const char *names[] = {"Kestrel", "Kestrel Labs", "Kestrel Robotics", NULL};
    g_autoptr(GPtrArray) claims = claims_of(names);
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 0);
    for (guint i = 0; i < claims->len; i++)
        g_assert_cmpstr(entity_at(claims, i), ==, names[i]);
}

static void
test_industry_word(void)
{
    /* An industry's noun is a descriptor too: "Harlow Precision" is
     * "Harlow Precision Components" of another article. */
    const char *names[] = {"Harlow Precision", "Harlow Precision Components", NULL};
    g_autoptr(GPtrArray) claims = claims_of(names);
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 1);
    g_assert_cmpstr(entity_at(claims, 0), ==, "Harlow Precision Components");
    const char *sector[] = {"Kisanbolt", "Kisanbolt Agritech", NULL};
    g_autoptr(GPtrArray) more = claims_of(sector);
    g_assert_cmpuint(fc_variant_merge(more, rules->lexicon), ==, 1);
    g_assert_cmpstr(entity_at(more, 0), ==, "Kisanbolt Agritech");
}

static void
test_chain_ends_at_longest(void)
{
    const char *names[] = {"Tern", "Tern Labs", "Tern Labs AI", NULL};
    g_autoptr(GPtrArray) claims = claims_of(names);
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 2);
    for (guint i = 0; i < claims->len; i++)
        g_assert_cmpstr(entity_at(claims, i), ==, "Tern Labs AI");
}

static FcClaim *
fact(const char *entity, const char *attribute, const char *value_entity)
{
    FcClaim *c = claim(entity, NULL, value_entity);
    c->attribute = g_intern_string(attribute);
    return c;
}

/* "Brindle Labs is not affiliated with Brindle"; a Berlin company and an
 * Amsterdam one: two companies, not one name's forms. */
static void
test_names_set_apart_stay(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_ptr_array_add(claims, claim("Brindle", NULL, NULL));
    g_ptr_array_add(claims, fact("Brindle Labs", "distinct_from", "Brindle"));
    g_ptr_array_add(claims, fact("Quarra", "headquarters", "Amsterdam"));
    g_ptr_array_add(claims, fact("Quarra Labs", "headquarters", "Berlin"));
    /* One inside the other is one company. */
    g_ptr_array_add(claims, fact("Tern", "headquarters", "San Francisco"));
    g_ptr_array_add(claims, fact("Tern Labs", "headquarters", "California"));
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 1);
    g_assert_cmpstr(entity_at(claims, 0), ==, "Brindle");
    g_assert_cmpstr(entity_at(claims, 2), ==, "Quarra");
    g_assert_cmpstr(entity_at(claims, 4), ==, "Tern Labs");
}

static void
test_other_words_stay(void)
{
    /* A fund, a business of another name, a name the lexicon knows. */
    const char *names[] = {"Atlas", "Atlas Capital", "Brindle", "Brindle Homes",
                           "Meta",  "Meta AI",       NULL};
    g_assert_nonnull(fc_lexicon_lookup(rules->lexicon, "Meta"));
    g_autoptr(GPtrArray) claims = claims_of(names);
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 0);
    for (guint i = 0; i < claims->len; i++)
        g_assert_cmpstr(entity_at(claims, i), ==, names[i]);
}

static void
test_person_values_stay(void)
{
    /* A founder "Hoshimi" is a person, though Hoshimi Robotics exists. */
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    FcClaim *founder = claim("Hoshimi Robotics", NULL, "Hoshimi");
    founder->attribute = g_intern_static_string("founder");
    g_ptr_array_add(claims, founder);
    g_ptr_array_add(claims, claim("Hoshimi", NULL, NULL));
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 1);
    g_assert_cmpstr(founder->value_entity, ==, "Hoshimi");
    g_assert_cmpstr(((const FcClaim *)g_ptr_array_index(claims, 1))->entity, ==,
                    "Hoshimi Robotics");
}

static void
test_backer_takes_fund_name(void)
{
    /* "Tallow Creek" only ever backs companies: it is Tallow Creek
     * Ventures.  "Atlas" raises money itself (test_other_words_stay). */
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    FcClaim *lead = claim("Quillstone", NULL, "Tallow Creek");
    lead->attribute = g_intern_static_string("lead_investor");
    g_ptr_array_add(claims, lead);
    g_ptr_array_add(claims, claim("Quillstone", "Tallow Creek Ventures", NULL));
    g_assert_cmpuint(fc_variant_merge(claims, rules->lexicon), ==, 1);
    g_assert_cmpstr(lead->value_entity, ==, "Tallow Creek Ventures");
    /* A name that already ends as a fund's is another firm. */
    g_autoptr(GPtrArray) two = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_ptr_array_add(two, claim("Mistral AI", "Marchmont Capital", NULL));
    g_ptr_array_add(two, claim("Mistral AI", "Marchmont Capital Partners", NULL));
    g_assert_cmpuint(fc_variant_merge(two, rules->lexicon), ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = fc_test_load_rules();
    g_test_add_func("/variant/short-takes-long", test_short_name_takes_long);
    g_test_add_func("/variant/every-name-field", test_every_name_field);
    g_test_add_func("/variant/two-long-forms-stay", test_two_long_forms_stay);
    g_test_add_func("/variant/chain", test_chain_ends_at_longest);
    g_test_add_func("/variant/industry-word", test_industry_word);
    g_test_add_func("/variant/other-words-stay", test_other_words_stay);
    g_test_add_func("/variant/names-set-apart-stay", test_names_set_apart_stay);
    g_test_add_func("/variant/backer-takes-fund-name", test_backer_takes_fund_name);
    g_test_add_func("/variant/person-values-stay", test_person_values_stay);
    int rc = g_test_run();
    fc_ruleset_free(rules);
    return rc;
}
