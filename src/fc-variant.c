#include "fc-variant.h"

#include "fc-claim.h"

#include <string.h>

/* Words a company's full name adds to the name articles call it by,
 * without naming another business: "Wayve Technologies", "Mistral AI",
 * "Alibaba Group", and a sector's portmanteau, common in Indian and
 * African legal names ("Kisanbolt Agritech Private Limited"). */
static gboolean
fc_variant_is_descriptor(const char *w)
{
    static const char *const words[] = {
        "Technologies", "Technology",      "Tech",       "Labs",       "Lab",        "AI",
        "Systems",      "Software",        "Group",      "Robotics",   "Networks",   "Solutions",
        "Industries",   "Platforms",       "Energy",     "Health",     "Healthcare", "Bio",
        "Biosciences",  "Therapeutics",    "Medical",    "Games",      "Studios",    "Interactive",
        "Media",        "Payments",        "Analytics",  "Foods",      "Motors",     "Mobility",
        "Logistics",    "Materials",       "Security",   "Components", "Dynamics",   "Digital",
        "Pharma",       "Pharmaceuticals", "Cloud",      "Data",       "Agritech",   "AgriTech",
        "Fintech",      "FinTech",         "Healthtech", "HealthTech", "Edtech",     "EdTech",
        "Insurtech",    "InsurTech",       "Proptech",   "PropTech",   "Biotech",    "Medtech",
        "MedTech",      "Cleantech",       "CleanTech",
    };
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(w, words[i]) == 0)
            return TRUE;
    return FALSE;
}

/* Words of an investment firm's full name: "Tallow Creek" is "Tallow
 * Creek Ventures" only where the short name backs companies and is
 * never a company of its own ("Atlas" raising money and "Atlas Capital"
 * are two). */
static gboolean
fc_variant_is_fund_word(const char *w)
{
    static const char *const words[] = {"Ventures",    "Venture",    "Capital", "Partners",
                                        "Growth",      "Fund",       "Funds",   "Equity",
                                        "Investments", "Management", "Holdings"};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(w, words[i]) == 0)
            return TRUE;
    return FALSE;
}

/* "Marchmont Capital" and "Marchmont Capital Partners" are two firms: a
 * name that already ends as a fund's does is complete. */
static gboolean
fc_variant_ends_in_fund_word(const char *name)
{
    const char *space = strrchr(name, ' ');
    return space != NULL && fc_variant_is_fund_word(space + 1);
}

/* Known names keep the lexicon's canonical form. */
static gboolean
fc_variant_may_merge(const char *name, const FcLexicon *lex)
{
    return fc_lexicon_lookup(lex, name) == NULL;
}

static gboolean
fc_variant_names_person(const FcClaim *c)
{
    return strcmp(c->attribute, "founder") == 0 || strcmp(c->attribute, "ceo") == 0;
}

static gboolean
fc_variant_names_backer(const FcClaim *c)
{
    return strcmp(c->attribute, "investor") == 0 || strcmp(c->attribute, "lead_investor") == 0;
}

/* What keeps two names alike apart, gathered from the claims. */
typedef struct {
    GHashTable *names;  /* every name */
    GHashTable *owners; /* names that are ever more than a backer */
    GHashTable *apart;  /* "a\x1fb" for names an article sets apart, both ways */
    GHashTable *homes;  /* name -> the place of its headquarters, the first told */
} FcVariantFacts;

static void
fc_variant_set_apart(FcVariantFacts *f, const char *a, const char *b)
{
    g_hash_table_add(f->apart, g_strconcat(a, "\x1f", b, NULL));
    g_hash_table_add(f->apart, g_strconcat(b, "\x1f", a, NULL));
}

/* Every name of @claims into @names; those that are ever more than a
 * backer (a claim's entity, a chief executive, a rival) into @owners. */
static void
fc_variant_collect(FcVariantFacts *f, const GPtrArray *claims)
{
    GHashTable *names = f->names, *owners = f->owners;
    for (guint i = 0; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        if (c->value_entity != NULL && strcmp(c->attribute, "distinct_from") == 0)
            fc_variant_set_apart(f, c->entity, c->value_entity);
        if (c->value_entity != NULL && strcmp(c->attribute, "headquarters") == 0 &&
            !g_hash_table_contains(f->homes, c->entity))
            g_hash_table_insert(f->homes, (gpointer)c->entity, (gpointer)c->value_entity);
        const char *each[] = {c->entity, c->counterpart, c->value_entity};
        for (guint k = 0; k < G_N_ELEMENTS(each); k++)
            if (each[k] != NULL)
                g_hash_table_add(names, (gpointer)each[k]);
        g_hash_table_add(owners, (gpointer)c->entity);
        if (c->value_entity != NULL && !fc_variant_names_backer(c))
            g_hash_table_add(owners, (gpointer)c->value_entity);
    }
}

static gboolean
fc_variant_is_ambiguous(gpointer key, gpointer value, gpointer data)
{
    (void)key;
    (void)data;
    return value == NULL;
}

/* Short name → its one long form, both interned.  A short name with two
 * long forms ("Kestrel Labs", "Kestrel Robotics") may be two companies and
 * stays as it is. */
/* "Brindle Labs is not affiliated with Brindle"; or one is in Amsterdam,
 * the other in Austin: two companies. */
static gboolean
fc_variant_apart(const FcVariantFacts *f, const char *a, const char *b, const FcLexicon *lex)
{
    g_autofree char *key = g_strconcat(a, "\x1f", b, NULL);
    if (g_hash_table_contains(f->apart, key))
        return TRUE;
    const char *ha = g_hash_table_lookup(f->homes, a), *hb = g_hash_table_lookup(f->homes, b);
    const FcEntity *pa = ha != NULL ? fc_lexicon_lookup(lex, ha) : NULL;
    const FcEntity *pb = hb != NULL ? fc_lexicon_lookup(lex, hb) : NULL;
    return pa != NULL && pb != NULL && !fc_entity_nests(pa, pb);
}

static GHashTable *
fc_variant_map(const FcVariantFacts *f, const FcLexicon *lex)
{
    GHashTable *names = f->names, *owners = f->owners;
    GHashTable *longs = g_hash_table_new(g_str_hash, g_str_equal);
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, names);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        const char *full = key, *space = strrchr(full, ' ');
        if (space == NULL || space == full)
            continue;
        gboolean fund = fc_variant_is_fund_word(space + 1);
        if (!fund && !fc_variant_is_descriptor(space + 1))
            continue;
        g_autofree char *base = g_strndup(full, (gsize)(space - full));
        const char *brief = g_hash_table_lookup(names, base);
        if (brief == NULL || !fc_variant_may_merge(brief, lex) ||
            !fc_variant_may_merge(full, lex) || fc_variant_apart(f, brief, full, lex) ||
            (fund && (g_hash_table_contains(owners, brief) || fc_variant_ends_in_fund_word(brief))))
            continue;
        gboolean seen = g_hash_table_contains(longs, brief);
        g_hash_table_insert(longs, (gpointer)brief, seen ? NULL : (gpointer)full);
    }
    g_hash_table_foreach_remove(longs, fc_variant_is_ambiguous, NULL);
    return longs;
}

/* "Kestrel" → "Kestrel Labs" → "Kestrel Labs AI": each step adds a word,
 * so the chain ends. */
static const char *
fc_variant_resolve(GHashTable *longs, const char *name)
{
    const char *full;
    while (name != NULL && (full = g_hash_table_lookup(longs, name)) != NULL)
        name = full;
    return name;
}

guint
fc_variant_merge(GPtrArray *claims, const FcLexicon *lex)
{
    g_autoptr(GHashTable) names = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) owners = g_hash_table_new(g_str_hash, g_str_equal);
    g_autoptr(GHashTable) apart = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) homes = g_hash_table_new(g_str_hash, g_str_equal);
    FcVariantFacts facts = {names, owners, apart, homes};
    fc_variant_collect(&facts, claims);
    g_autoptr(GHashTable) longs = fc_variant_map(&facts, lex);
    if (g_hash_table_size(longs) == 0)
        return 0;
    for (guint i = 0; i < claims->len; i++) {
        FcClaim *c = g_ptr_array_index(claims, i);
        c->entity = fc_variant_resolve(longs, c->entity);
        c->counterpart = fc_variant_resolve(longs, c->counterpart);
        /* A founder or chief executive "Hoshimi" is a person, whatever
         * company bears the name. */
        if (!fc_variant_names_person(c))
            c->value_entity = fc_variant_resolve(longs, c->value_entity);
    }
    return g_hash_table_size(longs);
}
