/* fc-store through its header: claims grouped by entity and attribute,
 * each group and the whole store in fc_claim_compare() order, borrowed
 * claims. */
#include "fc-store.h"

#include <string.h>

static FcClaim *
claim(const char *entity, const char *attribute, guint doc, gsize offset, double amount)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string(entity);
    c->attribute = g_intern_string(attribute);
    c->doc_index = doc;
    c->document = g_intern_string(doc == 0 ? "a.md" : "b.md");
    c->offset = offset;
    c->value = (FcValue){amount, amount, FC_UNIT_USD, FALSE};
    c->value_text = g_strdup_printf("$%gbn", amount / 1e9);
    return c;
}

static GPtrArray *
sample_claims(void)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    /* Deliberately out of order. */
    g_ptr_array_add(claims, claim("OpenAI", "valuation", 1, 40, 5e11));
    g_ptr_array_add(claims, claim("Anthropic", "valuation", 1, 10, 3.8e11));
    g_ptr_array_add(claims, claim("Anthropic", "round_size", 0, 5, 1.3e10));
    g_ptr_array_add(claims, claim("Anthropic", "valuation", 0, 90, 1.83e11));
    g_ptr_array_add(claims, claim("Anthropic", "valuation", 0, 30, 3.5e11));
    g_ptr_array_add(claims, claim("Cohere", "valuation", 0, 200, 7e9));
    return claims;
}

static void
assert_sorted(const GPtrArray *claims)
{
    for (guint i = 1; i < claims->len; i++)
        g_assert_cmpint(
            fc_claim_compare(g_ptr_array_index(claims, i - 1), g_ptr_array_index(claims, i)), <, 0);
}

static void
test_entities_sorted(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    g_assert_cmpuint(entities->len, ==, 3);
    g_assert_cmpstr(g_ptr_array_index(entities, 0), ==, "Anthropic");
    g_assert_cmpstr(g_ptr_array_index(entities, 1), ==, "Cohere");
    g_assert_cmpstr(g_ptr_array_index(entities, 2), ==, "OpenAI");
    /* The names are the interned ones, not copies. */
    g_assert_true(g_ptr_array_index(entities, 0) == g_intern_string("Anthropic"));
}

static void
test_groups(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    const GPtrArray *v = fc_store_group(store, "Anthropic", "valuation");
    g_assert_nonnull(v);
    g_assert_cmpuint(v->len, ==, 3);
    for (guint i = 0; i < v->len; i++) {
        const FcClaim *c = g_ptr_array_index(v, i);
        g_assert_cmpstr(c->entity, ==, "Anthropic");
        g_assert_cmpstr(c->attribute, ==, "valuation");
    }
    /* Document first, then offset. */
    assert_sorted(v);
    g_assert_cmpfloat(((const FcClaim *)g_ptr_array_index(v, 0))->value.low, ==, 3.5e11);
    g_assert_cmpfloat(((const FcClaim *)g_ptr_array_index(v, 2))->value.low, ==, 3.8e11);
    const GPtrArray *r = fc_store_group(store, "Anthropic", "round_size");
    g_assert_nonnull(r);
    g_assert_cmpuint(r->len, ==, 1);
}

static void
test_group_lookup_by_plain_string(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    /* Callers need not intern the names they ask for. */
    g_autofree char *entity = g_strdup("Cohere");
    g_autofree char *attribute = g_strdup("valuation");
    const GPtrArray *g = fc_store_group(store, entity, attribute);
    g_assert_nonnull(g);
    g_assert_cmpuint(g->len, ==, 1);
}

static void
test_missing_groups(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_assert_null(fc_store_group(store, "Cohere", "round_size"));
    g_assert_null(fc_store_group(store, "Mistral AI", "valuation"));
}

static void
test_all_claims_sorted(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    const GPtrArray *all = fc_store_claims(store);
    g_assert_cmpuint(all->len, ==, claims->len);
    assert_sorted(all);
    /* Borrowed: the very same claims, not copies. */
    for (guint i = 0; i < all->len; i++) {
        gboolean found = FALSE;
        for (guint j = 0; j < claims->len && !found; j++)
            found = g_ptr_array_index(all, i) == g_ptr_array_index(claims, j);
        g_assert_true(found);
    }
    /* The caller's array keeps its own order. */
    g_assert_cmpstr(((const FcClaim *)g_ptr_array_index(claims, 0))->entity, ==, "OpenAI");
}

static void
test_same_offset_tie_break(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    /* One figure read by two rules: attribute then entity decide. */
    g_ptr_array_add(claims, claim("Anthropic", "valuation", 0, 10, 1e9));
    g_ptr_array_add(claims, claim("Anthropic", "round_size", 0, 10, 1e9));
    g_autoptr(FcStore) store = fc_store_new(claims);
    const GPtrArray *all = fc_store_claims(store);
    g_assert_cmpstr(((const FcClaim *)g_ptr_array_index(all, 0))->attribute, ==, "round_size");
    g_assert_cmpstr(((const FcClaim *)g_ptr_array_index(all, 1))->attribute, ==, "valuation");
}

static void
test_empty(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new();
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    g_assert_cmpuint(entities->len, ==, 0);
    g_assert_cmpuint(fc_store_claims(store)->len, ==, 0);
    g_assert_null(fc_store_group(store, "Anthropic", "valuation"));
}

static void
test_large_group(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    for (guint i = 0; i < 5000; i++)
        g_ptr_array_add(claims,
                        claim(i % 2 ? "A" : "B", "valuation", i % 7, (i * 7919) % 10007, 1e9 + i));
    g_autoptr(FcStore) store = fc_store_new(claims);
    const GPtrArray *a = fc_store_group(store, "A", "valuation");
    const GPtrArray *b = fc_store_group(store, "B", "valuation");
    g_assert_cmpuint(a->len + b->len, ==, 5000);
    assert_sorted(a);
    assert_sorted(b);
    assert_sorted(fc_store_claims(store));
}

/* Claims as the pipeline gives them, document after document: the store
 * sorts each document's run alone, and must end in the very order of one
 * stable sort of them all, ties in the order given. */
static void
test_document_runs(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    for (guint i = 0; i < 3000; i++)
        g_ptr_array_add(claims, claim(i % 3 ? "A" : "B", i % 5 ? "valuation" : "round_size",
                                      i / 100, (i * 7919) % 13, 1e9));
    g_autoptr(GPtrArray) want = g_ptr_array_new(); /* borrowed */
    for (guint i = 0; i < claims->len; i++)
        g_ptr_array_add(want, g_ptr_array_index(claims, i));
    g_ptr_array_sort(want, fc_claim_ptr_compare);
    g_autoptr(FcStore) store = fc_store_new(claims);
    const GPtrArray *all = fc_store_claims(store);
    g_assert_cmpuint(all->len, ==, want->len);
    for (guint i = 0; i < all->len; i++)
        g_assert_true(g_ptr_array_index(all, i) == g_ptr_array_index(want, i));
}

/* A batch goes in as if added one by one: a claim the store (or the
 * batch) already says is dropped, and claims that tie in the order follow
 * those already there, in the order given. */
static void
test_add_all(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    FcClaim *twin = claim("Anthropic", "valuation", 0, 30, 3.5e11);
    FcClaim *tie_a = claim("Anthropic", "valuation", 0, 30, 3.5e11);
    FcClaim *tie_b = claim("Anthropic", "valuation", 0, 30, 3.5e11);
    FcClaim *again = claim("Anthropic", "valuation", 0, 30, 3.5e11);
    FcClaim *late = claim("Zeta", "valuation", 1, 99, 1e9);
    tie_a->value.low = 3.4e11; /* same text and place, another figure */
    tie_b->value.low = 3.3e11;
    again->value.low = 3.4e11; /* says what tie_a says */
    g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_ptr_array_add(batch, late);
    g_ptr_array_add(batch, twin);
    g_ptr_array_add(batch, tie_a);
    g_ptr_array_add(batch, again);
    g_ptr_array_add(batch, tie_b);
    g_assert_cmpuint(fc_store_add_all(store, batch), ==, 3);
    g_assert_cmpuint(batch->len, ==, 0);
    const GPtrArray *all = fc_store_claims(store);
    g_assert_cmpuint(all->len, ==, claims->len + 3);
    for (guint i = 1; i < all->len; i++)
        g_assert_cmpint(
            fc_claim_compare(g_ptr_array_index(all, i - 1), g_ptr_array_index(all, i)), <=, 0);
    guint at = 0;
    while (g_ptr_array_index(all, at) != tie_a)
        at++;
    g_assert_true(fc_claim_compare(g_ptr_array_index(all, at - 1), tie_a) == 0);
    g_assert_true(g_ptr_array_index(all, at + 1) == tie_b);
    g_assert_true(g_ptr_array_index(all, all->len - 1) == late);
    const GPtrArray *group = fc_store_group(store, "Anthropic", "valuation");
    g_assert_cmpuint(group->len, ==, 5);
    g_assert_true(g_ptr_array_index(group, 1) == tie_a);
    g_assert_true(g_ptr_array_index(group, 2) == tie_b);
}

/* An article's run of a group, found by binary search. */
static void
test_group_document(void)
{
    g_autoptr(GPtrArray) claims = sample_claims();
    g_autoptr(FcStore) store = fc_store_new(claims);
    const GPtrArray *group = fc_store_group(store, "Anthropic", "valuation");
    guint first, end;
    fc_store_group_document(group, 0, &first, &end);
    g_assert_cmpuint(first, ==, 0);
    g_assert_cmpuint(end, ==, 2);
    fc_store_group_document(group, 1, &first, &end);
    g_assert_cmpuint(first, ==, 2);
    g_assert_cmpuint(end, ==, 3);
    fc_store_group_document(group, 7, &first, &end);
    g_assert_cmpuint(first, ==, end);
    fc_store_group_document(fc_store_claims(store), 1, &first, &end);
    g_assert_cmpuint(end - first, ==, 2);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/store/entities-sorted", test_entities_sorted);
    g_test_add_func("/store/groups", test_groups);
    g_test_add_func("/store/group-plain-string", test_group_lookup_by_plain_string);
    g_test_add_func("/store/missing-groups", test_missing_groups);
    g_test_add_func("/store/all-sorted", test_all_claims_sorted);
    g_test_add_func("/store/tie-break", test_same_offset_tie_break);
    g_test_add_func("/store/empty", test_empty);
    g_test_add_func("/store/large", test_large_group);
    g_test_add_func("/store/document-runs", test_document_runs);
    g_test_add_func("/store/add-all", test_add_all);
    g_test_add_func("/store/group-document", test_group_document);
    return g_test_run();
}
