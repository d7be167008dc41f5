/* Check kind "ties": an investor in two entities that are rivals — rivals
 * in the lexicon, or called rivals by the corpus itself ("rival OpenAI",
 * "a competitor to Anthropic").
 *
 * Investors are rolled up to their top-most owner (AWS → Amazon, Google
 * DeepMind → Alphabet) so that a group's arms count as one backer: owners
 * from the lexicon, and from the corpus ("Brightwater Ventures, a unit of
 * Samsung").  The rule's attributes name the claims that make someone an
 * investor.
 */
#include "fc-engine.h"
#include "fc-util.h"

#include <string.h>

/* One claim per side and one for the rivalry: a reviewer needs one place
 * to check each link, and listing every amount on a side would put figures
 * side by side that the finding does not say disagree. */
#define FC_TIES_EVIDENCE 1

typedef struct {
    const FcRuleSet *rules;
    GHashTable *backers;   /* investor → (target → GPtrArray of claims) */
    GHashTable *rivals;    /* "A\x1fB", A < B → GPtrArray of claims */
    GHashTable *parents;   /* unit → owner, as the corpus states it (interned) */
    GHashTable *rivals_of; /* name → GPtrArray of the names the corpus calls its rivals */
} FcTies;

static const char *
fc_ties_lexicon_root(const FcTies *t, const char *name)
{
    const FcEntity *e = fc_lexicon_lookup(t->rules->lexicon, name);
    return e != NULL ? g_intern_string(fc_entity_root(e)->name) : name;
}

/* The top-most owner, alternating lexicon and corpus links; a bounded
 * walk, since the corpus may state a loop. */
static const char *
fc_ties_root(const FcTies *t, const char *name)
{
    const char *root = fc_ties_lexicon_root(t, name);
    for (guint steps = 0; steps < 8; steps++) {
        const char *owner = g_hash_table_lookup(t->parents, root);
        if (owner == NULL || owner == name)
            break;
        root = fc_ties_lexicon_root(t, owner);
    }
    return root;
}

static char *
fc_pair_key(const char *a, const char *b)
{
    return strcmp(a, b) < 0 ? g_strconcat(a, "\x1f", b, NULL) : g_strconcat(b, "\x1f", a, NULL);
}

static GPtrArray *
fc_ties_slot(GHashTable *table, gpointer key, gboolean owned_key)
{
    GPtrArray *list = g_hash_table_lookup(table, key);
    if (list == NULL) {
        list = g_ptr_array_new();
        g_hash_table_insert(table, key, list);
    } else if (owned_key) {
        g_free(key);
    }
    return list;
}

/* "Microsoft and Nvidia" (a joint amount) backs as each of them. */
static GStrv
fc_ties_split(const FcTies *t, const char *investor)
{
    if (fc_lexicon_lookup(t->rules->lexicon, investor) != NULL || strstr(investor, " and ") == NULL)
        return g_strsplit(investor, "\x1f", 1);
    g_autofree char *flat = g_strdup(investor);
    char *last = strstr(flat, " and ");
    memcpy(last, ", ", 2);
    memmove(last + 2, last + 5, strlen(last + 5) + 1);
    GStrv parts = g_strsplit(flat, ", ", -1);
    for (guint i = 0; parts[i] != NULL; i++)
        g_strstrip(parts[i]);
    return parts;
}

static void
fc_ties_record(FcTies *t, const char *investor, const FcClaim *c)
{
    GHashTable *targets = g_hash_table_lookup(t->backers, investor);
    if (targets == NULL) {
        targets = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                                        (GDestroyNotify)g_ptr_array_unref);
        g_hash_table_insert(t->backers, (gpointer)investor, targets);
    }
    g_ptr_array_add(fc_ties_slot(targets, (gpointer)c->entity, FALSE), (gpointer)c);
}

static gboolean
fc_ties_is_investor_attr(const FcCheckRule *rule, const char *attr)
{
    for (guint i = 0; i < rule->attributes->len; i++)
        if (g_ptr_array_index(rule->attributes, i) == attr)
            return TRUE;
    return FALSE;
}

static void
fc_ties_collect(FcTies *t, const FcCheckRule *rule, const FcStore *store)
{
    const char *rival = g_intern_static_string("rival");
    const char *parent = g_intern_static_string("parent");
    const GPtrArray *all = fc_store_claims(store);
    for (guint i = 0; i < all->len; i++) {
        const FcClaim *c = g_ptr_array_index(all, i);
        if (c->attribute == parent && c->value_entity != NULL && c->status == FC_STATUS_REPORTED &&
            !g_hash_table_contains(t->parents, c->entity))
            g_hash_table_insert(t->parents, (gpointer)c->entity, (gpointer)c->value_entity);
    }
    for (guint i = 0; i < all->len; i++) {
        const FcClaim *c = g_ptr_array_index(all, i);
        if (c->attribute == rival && c->value_entity != NULL) {
            g_ptr_array_add(fc_ties_slot(t->rivals, fc_pair_key(c->entity, c->value_entity), TRUE),
                            (gpointer)c);
            g_ptr_array_add(fc_ties_slot(t->rivals_of, (gpointer)c->entity, FALSE),
                            (gpointer)c->value_entity);
            g_ptr_array_add(fc_ties_slot(t->rivals_of, (gpointer)c->value_entity, FALSE),
                            (gpointer)c->entity);
            continue;
        }
        if (!fc_ties_is_investor_attr(rule, c->attribute))
            continue;
        const char *investor = c->counterpart != NULL ? c->counterpart : c->value_entity;
        if (investor == NULL || c->status != FC_STATUS_REPORTED)
            continue;
        g_auto(GStrv) backers = fc_ties_split(t, investor);
        for (guint k = 0; backers[k] != NULL; k++)
            fc_ties_record(t, fc_ties_root(t, g_intern_string(backers[k])), c);
    }
}

static gboolean
fc_ties_rivals(const FcTies *t, const char *a, const char *b, GPtrArray **evidence)
{
    g_autofree char *key = fc_pair_key(a, b);
    *evidence = g_hash_table_lookup(t->rivals, key);
    if (*evidence != NULL)
        return TRUE;
    const FcEntity *ea = fc_lexicon_lookup(t->rules->lexicon, a);
    const FcEntity *eb = fc_lexicon_lookup(t->rules->lexicon, b);
    return ea != NULL && eb != NULL && fc_entity_is_rival(ea, eb);
}

static void
fc_ties_add(FcFinding *f, const GPtrArray *claims)
{
    for (guint i = 0; claims != NULL && i < claims->len && i < FC_TIES_EVIDENCE; i++)
        g_ptr_array_add(f->claims, g_ptr_array_index(claims, i));
}

typedef struct {
    guint a, b; /* positions in the investor's sorted target names, a < b */
} FcTiesPair;

static gint
fc_ties_pair_compare(gconstpointer x, gconstpointer y)
{
    const FcTiesPair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static void
fc_ties_pair_add(GArray *pairs, guint a, guint b)
{
    if (b > a) {
        FcTiesPair p = {a, b};
        g_array_append_val(pairs, p);
    }
}

/* Name or lexicon entity → GArray of positions in the sorted names. */
static void
fc_ties_index(GHashTable *index, gconstpointer key, guint i)
{
    GArray *at = g_hash_table_lookup(index, key);
    if (at == NULL) {
        at = g_array_new(FALSE, FALSE, sizeof(guint));
        g_hash_table_insert(index, (gpointer)key, at);
    }
    g_array_append_val(at, i);
}

static void
fc_ties_pairs_with(GArray *pairs, GHashTable *index, guint a, gconstpointer other)
{
    const GArray *at = g_hash_table_lookup(index, other);
    for (guint k = 0; at != NULL && k < at->len; k++)
        fc_ties_pair_add(pairs, a, g_array_index(at, guint, k));
}

/* The pairs of @names that may be rivals: named rivals in the corpus or
 * rivals in the lexicon, found from each name's own rivals rather than by
 * trying every pair (an archive's big investors back thousands of
 * companies).  Sorted; a pair may repeat. */
static GArray *
fc_ties_candidates(const FcTies *t, const GPtrArray *names)
{
    g_autoptr(GHashTable) index =
        g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify)g_array_unref);
    g_autofree const FcEntity **entity = g_new(const FcEntity *, names->len + 1);
    for (guint i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        fc_ties_index(index, name, i);
        entity[i] = fc_lexicon_lookup(t->rules->lexicon, name);
        if (entity[i] != NULL)
            fc_ties_index(index, entity[i], i);
    }
    GArray *pairs = g_array_new(FALSE, FALSE, sizeof(FcTiesPair));
    for (guint i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        const GPtrArray *named = g_hash_table_lookup(t->rivals_of, name);
        for (guint k = 0; named != NULL && k < named->len; k++)
            fc_ties_pairs_with(pairs, index, i, g_ptr_array_index(named, k));
        const FcEntity *e = entity[i];
        for (guint k = 0; e != NULL && k < e->rivals->len; k++)
            fc_ties_pairs_with(pairs, index, i, g_ptr_array_index(e->rivals, k));
    }
    g_array_sort(pairs, fc_ties_pair_compare);
    return pairs;
}

static void
fc_ties_emit(const FcCheckRule *rule, const char *investor, GHashTable *targets, const char *a,
             const char *b, const GPtrArray *evidence, GPtrArray *out)
{
    FcFinding *f = fc_finding_new(rule, investor, NULL);
    fc_ties_add(f, g_hash_table_lookup(targets, a));
    fc_ties_add(f, g_hash_table_lookup(targets, b));
    fc_ties_add(f, evidence);
    f->event = g_strdup_printf("%s and %s", a, b);
    g_autofree char *va = g_strconcat("a=", a, NULL);
    g_autofree char *vb = g_strconcat("b=", b, NULL);
    g_autofree char *vi = g_strconcat("investor=", investor, NULL);
    const char *vars[] = {va, vb, vi,
                          evidence ? "basis=the articles call them rivals"
                                   : "basis=they are rivals in the lexicon",
                          NULL};
    f->message = fc_finding_render(rule->message, f, vars);
    g_ptr_array_add(out, f);
}

static void
fc_ties_investor(const FcTies *t, const FcCheckRule *rule, const char *investor,
                 GHashTable *targets, GPtrArray *out)
{
    g_autoptr(GPtrArray) names = fc_hash_table_sorted_keys(targets);
    g_autoptr(GArray) pairs = fc_ties_candidates(t, names);
    const char *root = fc_ties_root(t, investor);
    for (guint k = 0; k < pairs->len; k++) {
        const FcTiesPair *p = &g_array_index(pairs, FcTiesPair, k);
        if (k > 0 && fc_ties_pair_compare(p, p - 1) == 0)
            continue;
        const char *a = g_ptr_array_index(names, p->a);
        const char *b = g_ptr_array_index(names, p->b);
        GPtrArray *evidence = NULL;
        /* Nor is a unit the rival of its owner, whatever a loose
         * sentence says. */
        if (fc_ties_root(t, a) == root || fc_ties_root(t, b) == root ||
            fc_ties_root(t, a) == fc_ties_root(t, b) || !fc_ties_rivals(t, a, b, &evidence))
            continue;
        fc_ties_emit(rule, investor, targets, a, b, evidence, out);
    }
}

void
fc_check_ties(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store, GPtrArray *out)
{
    FcTies t = {
        rules,
        g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                              (GDestroyNotify)g_hash_table_unref),
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref),
        g_hash_table_new(g_direct_hash, g_direct_equal),
        g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
                              (GDestroyNotify)g_ptr_array_unref)};
    fc_ties_collect(&t, rule, store);
    g_autoptr(GPtrArray) investors = fc_hash_table_sorted_keys(t.backers);
    for (guint i = 0; i < investors->len; i++) {
        const char *inv = g_ptr_array_index(investors, i);
        fc_ties_investor(&t, rule, inv, g_hash_table_lookup(t.backers, inv), out);
    }
    g_hash_table_unref(t.backers);
    g_hash_table_unref(t.rivals);
    g_hash_table_unref(t.parents);
    g_hash_table_unref(t.rivals_of);
}
