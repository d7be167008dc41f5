/* Check kind "entity-type": one name used as two kinds of thing.
 *
 * What a name is comes from the lexicon (kind = product, kind = person)
 * and from the corpus itself: a "product_of" claim ("Anthropic's chatbot
 * Claude", "Claude, the family of models made by Anthropic") makes its
 * subject a product; a founder or chief-executive claim makes its value a
 * person.  What a name is used as comes from the claims about it: the
 * rule's attributes are those only a company has (a valuation, a funding
 * round, investors, founders).  A product or a person with such claims is
 * flagged once, with the claims that treat it as a company and the
 * evidence of what it is.
 */
#include "fc-engine.h"
#include "fc-util.h"

#include <string.h>

/* Claims shown per finding for the company side: enough to see the
 * pattern, few enough to read. */
#define FC_ENTITY_TYPE_EVIDENCE 3

typedef struct {
    FcEntityKind kind; /* product or person */
    const char *maker; /* product: whose, or NULL */
    GPtrArray *claims; /* corpus evidence (const FcClaim*), or NULL for the lexicon alone */
} FcKindEvidence;

static void
fc_kind_evidence_free(gpointer p)
{
    FcKindEvidence *ev = p;
    if (ev->claims != NULL)
        g_ptr_array_unref(ev->claims);
    g_free(ev);
}

static void
fc_entity_type_note(GHashTable *kinds, const char *name, FcEntityKind kind, const char *maker,
                    const FcClaim *c)
{
    FcKindEvidence *ev = g_hash_table_lookup(kinds, name);
    if (ev == NULL) {
        ev = g_new0(FcKindEvidence, 1);
        *ev = (FcKindEvidence){kind, maker, g_ptr_array_new()};
        g_hash_table_insert(kinds, (gpointer)name, ev);
    }
    if (ev->kind == kind)
        g_ptr_array_add(ev->claims, (gpointer)c);
}

/* What the corpus says each name is. */
static GHashTable *
fc_entity_type_corpus_kinds(const FcStore *store)
{
    GHashTable *kinds =
        g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, fc_kind_evidence_free);
    const char *product_of = g_intern_static_string("product_of");
    const char *founder = g_intern_static_string("founder");
    const char *ceo = g_intern_static_string("ceo");
    const GPtrArray *all = fc_store_claims(store);
    for (guint i = 0; i < all->len; i++) {
        const FcClaim *c = g_ptr_array_index(all, i);
        if (!fc_status_is_told(c->status))
            continue;
        if (c->attribute == product_of && c->value_entity != NULL)
            fc_entity_type_note(kinds, c->entity, FC_KIND_PRODUCT, c->value_entity, c);
        else if ((c->attribute == founder || c->attribute == ceo) && c->value_entity != NULL)
            fc_entity_type_note(kinds, c->value_entity, FC_KIND_PERSON, NULL, c);
    }
    return kinds;
}

/* The claims that treat @name as a company: one per attribute. */
static GPtrArray *
fc_entity_type_uses(const FcCheckRule *rule, const FcStore *store, const char *name,
                    FcEntityKind kind)
{
    GPtrArray *uses = g_ptr_array_new();
    for (guint a = 0; a < rule->attributes->len; a++) {
        const GPtrArray *group =
            fc_store_group(store, name, g_ptr_array_index(rule->attributes, a));
        for (guint i = 0; group != NULL && i < group->len; i++) {
            const FcClaim *c = g_ptr_array_index(group, i);
            /* A derived figure is only as wrong as what it comes from; and
             * a claim whose sentence does not name @name was resolved to it
             * ("the company"), which may be the extractor's mistake, not
             * the article's. */
            if ((c->flags & FC_CLAIM_DERIVED) || !fc_status_is_told(c->status) ||
                c->quote == NULL || strstr(c->quote, name) == NULL)
                continue;
            /* People are loosely said to have founders or backers of their
             * own ventures; only money makes a person a company. */
            if (kind == FC_KIND_PERSON && !fc_unit_is_money(c->value.unit))
                continue;
            g_ptr_array_add(uses, (gpointer)c);
            break;
        }
    }
    return uses;
}

/* The corpus's evidence of what the name is, from another article than
 * the first use where there is one: two sources that disagree. */
static const FcClaim *
fc_entity_type_witness(const FcKindEvidence *ev, const FcClaim *use)
{
    if (ev->claims == NULL || ev->claims->len == 0)
        return NULL;
    for (guint i = 0; i < ev->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(ev->claims, i);
        if (c->doc_index != use->doc_index)
            return c;
    }
    return g_ptr_array_index(ev->claims, 0);
}

static char *
fc_entity_type_uses_text(const GPtrArray *uses)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < uses->len; i++) {
        const FcClaim *c = g_ptr_array_index(uses, i);
        if (i > 0)
            g_string_append(out, i + 1 == uses->len ? " and " : ", ");
        g_autofree char *attr = g_strdelimit(g_strdup(c->attribute), "_", ' ');
        g_string_append_printf(out, "%s %s", attr, c->value_text);
    }
    return g_string_free(out, FALSE);
}

static char *
fc_entity_type_basis(const FcKindEvidence *ev, const FcClaim *witness)
{
    const char *what = ev->kind == FC_KIND_PERSON ? "a person" : "a product";
    const char *who = witness != NULL ? "the articles call it" : "the lexicon lists it as";
    if (ev->maker != NULL)
        return g_strdup_printf("%s %s of %s", who, what, ev->maker);
    return g_strdup_printf("%s %s", who, what);
}

static void
fc_entity_type_name(const FcCheckRule *rule, const FcStore *store, const char *name,
                    const FcKindEvidence *ev, GPtrArray *out)
{
    g_autoptr(GPtrArray) uses = fc_entity_type_uses(rule, store, name, ev->kind);
    if (uses->len == 0)
        return;
    FcFinding *f = fc_finding_new(rule, name, NULL);
    for (guint i = 0; i < uses->len && i < FC_ENTITY_TYPE_EVIDENCE; i++)
        g_ptr_array_add(f->claims, g_ptr_array_index(uses, i));
    const FcClaim *witness = fc_entity_type_witness(ev, g_ptr_array_index(uses, 0));
    if (witness != NULL)
        g_ptr_array_add(f->claims, (gpointer)witness);
    g_autofree char *used = fc_entity_type_uses_text(uses);
    g_autofree char *basis = fc_entity_type_basis(ev, witness);
    g_autofree char *vused = g_strconcat("uses=", used, NULL);
    g_autofree char *vbasis = g_strconcat("basis=", basis, NULL);
    const char *kind = ev->kind == FC_KIND_PERSON ? "kind=person" : "kind=product";
    const char *vars[] = {vused, vbasis, kind, NULL};
    f->event =
        g_strdup(ev->kind == FC_KIND_PERSON ? "a person as a company" : "a product as a company");
    f->message = fc_finding_render(rule->message, f, vars);
    g_ptr_array_add(out, f);
}

void
fc_check_entity_type(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                     GPtrArray *out)
{
    g_autoptr(GHashTable) kinds = fc_entity_type_corpus_kinds(store);
    g_autoptr(GPtrArray) entities = fc_store_entities(store);
    for (guint i = 0; i < entities->len; i++) {
        const char *name = g_ptr_array_index(entities, i);
        const FcEntity *e = fc_lexicon_lookup(rules->lexicon, name);
        FcKindEvidence lex = {FC_KIND_UNKNOWN, NULL, NULL};
        const FcKindEvidence *ev = g_hash_table_lookup(kinds, name);
        /* The lexicon's word is the curated one; the corpus then only adds
         * its own evidence. */
        if (e != NULL && (e->kind == FC_KIND_PRODUCT || e->kind == FC_KIND_PERSON)) {
            lex.kind = e->kind;
            lex.maker = e->product_of != NULL ? e->product_of->name : NULL;
            lex.claims = ev != NULL && ev->kind == e->kind ? ev->claims : NULL;
            ev = &lex;
        } else if (e != NULL && e->kind != FC_KIND_UNKNOWN) {
            continue; /* the lexicon knows it as an organisation */
        }
        if (ev != NULL)
            fc_entity_type_name(rule, store, name, ev, out);
    }
}
