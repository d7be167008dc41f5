/* Check kind "knowledge": claims against the house facts of rules/facts/.
 *
 * A founding year other than the verified one; a founder the verified
 * list (when it says it is complete) does not name; a chief executive other
 * than the one in office at the claim's time; a headquarters that is
 * neither the verified city nor a place that contains it or lies in it.
 * Each finding quotes the claims and names the fact and its source, which
 * is what an editor checks first.  Plans and projections are not compared;
 * undated claims are not compared with terms of office (when would they
 * hold?).
 */
#include "fc-engine.h"
#include "fc-util.h"

#include <math.h>
#include <string.h>

/* Names as the articles spell them: accents optional ("Timothee"), and a
 * character the reader had to repair ('?') stands for any one. */
static gboolean
fc_knowledge_same_name(const char *a, const char *b)
{
    g_autofree char *x = g_str_to_ascii(a, "C");
    g_autofree char *y = g_str_to_ascii(b, "C");
    const char *p = x, *q = y;
    for (; *p != '\0' && *q != '\0'; p++, q++)
        if (*p != '?' && *q != '?' && g_ascii_tolower(*p) != g_ascii_tolower(*q))
            return FALSE;
    return *p == *q;
}

/* "Amodei" names Dario Amodei; "Daniela Amodei" does not. */
static gboolean
fc_knowledge_same_person(const char *a, const char *b)
{
    if (fc_knowledge_same_name(a, b))
        return TRUE;
    const char *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
    if (sa != NULL && sb != NULL)
        return FALSE;
    return fc_knowledge_same_name(sa ? sa + 1 : a, sb ? sb + 1 : b);
}

/* One place inside the other ("California" and San Francisco), by the
 * lexicon's parent links. */
static gboolean
fc_knowledge_same_place(const FcRuleSet *rules, const char *a, const char *b)
{
    if (g_ascii_strcasecmp(a, b) == 0)
        return TRUE;
    const FcEntity *ea = fc_lexicon_lookup(rules->lexicon, a);
    const FcEntity *eb = fc_lexicon_lookup(rules->lexicon, b);
    return ea != NULL && eb != NULL && fc_entity_nests(ea, eb);
}

static const char *
fc_knowledge_value(const FcClaim *c)
{
    return c->value_entity != NULL ? c->value_entity : c->value_text;
}

/* Does @fact agree with @c?  Sets *applies when the fact speaks to the
 * claim at all (a chief executive's term that covers its time). */
static gboolean
fc_knowledge_agrees(const FcRuleSet *rules, const FcFact *fact, const FcClaim *c, gboolean *applies)
{
    *applies = TRUE;
    const char *attr = fact->attribute;
    if (strcmp(attr, "founded") == 0)
        return c->value.unit == FC_UNIT_YEAR && c->value.low <= fact->year &&
               c->value.high >= fact->year;
    if (fc_knowledge_value(c) == NULL)
        return TRUE;
    if (strcmp(attr, "headquarters") == 0)
        return fc_knowledge_same_place(rules, fact->value_entity, fc_knowledge_value(c));
    if (strcmp(attr, "ceo") == 0 && fc_time_is_known(&fact->term))
        *applies = fc_time_overlaps(&fact->term, &c->time);
    return fc_knowledge_same_person(fact->value_entity, fc_knowledge_value(c));
}

/* The fact a disagreeing claim is set against: the first that applies,
 * or NULL when the claim agrees with one or none applies. */
static const FcFact *
fc_knowledge_contradicted(const FcRuleSet *rules, const GPtrArray *facts, const FcClaim *c)
{
    const FcFact *against = NULL;
    for (guint i = 0; i < facts->len; i++) {
        const FcFact *f = g_ptr_array_index(facts, i);
        gboolean applies = FALSE;
        gboolean agrees = fc_knowledge_agrees(rules, f, c, &applies);
        if (applies && agrees)
            return NULL;
        if (applies && against == NULL)
            against = f;
    }
    return against;
}

static gboolean
fc_knowledge_eligible(const FcClaim *c, const char *attr, const FcFacts *facts)
{
    if (c->status != FC_STATUS_REPORTED && c->status != FC_STATUS_RUMORED)
        return FALSE;
    if (strcmp(attr, "ceo") == 0 && !fc_time_is_known(&c->time))
        return FALSE;
    /* Any founder the list does not name contradicts it only when the list
     * is known to be whole. */
    if (strcmp(attr, "founder") == 0 && !fc_facts_complete(facts, c->entity, attr))
        return FALSE;
    return TRUE;
}

/* The facts that apply to the claim, joined for the message. */
static char *
fc_knowledge_facts_text(const GPtrArray *facts, const FcClaim *c)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < facts->len; i++) {
        const FcFact *f = g_ptr_array_index(facts, i);
        if (strcmp(f->attribute, "ceo") == 0 && fc_time_is_known(&f->term) &&
            !fc_time_overlaps(&f->term, &c->time))
            continue;
        if (out->len > 0)
            g_string_append(out, i + 1 == facts->len ? " and " : ", ");
        g_string_append(out, f->value);
    }
    return g_string_free(out, FALSE);
}

/* How a message names the attribute. */
static const char *
fc_knowledge_what(const char *attr)
{
    if (strcmp(attr, "founded") == 0)
        return "founding year";
    if (strcmp(attr, "ceo") == 0)
        return "chief executive";
    return attr;
}

typedef struct {
    const FcCheckRule *rule;
    const FcRuleSet *rules;
    GPtrArray *out;
} FcKnowledge;

static void
fc_knowledge_group(const char *entity, const char *attr, const GPtrArray *group, gpointer data)
{
    const FcKnowledge *k = data;
    const FcCheckRule *rule = k->rule;
    const FcRuleSet *rules = k->rules;
    GPtrArray *out = k->out;
    const GPtrArray *facts = fc_facts_lookup(rules->facts, entity, attr);
    if (facts == NULL)
        return;
    /* One finding per wrong value: the same mistake repeated is one thing
     * to fix. */
    g_autoptr(GHashTable) by_value = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        if (!fc_knowledge_eligible(c, attr, rules->facts))
            continue;
        const FcFact *fact = fc_knowledge_contradicted(rules, facts, c);
        if (fact == NULL)
            continue;
        g_autofree char *label = fc_claim_value_label(c);
        FcFinding *f = g_hash_table_lookup(by_value, label);
        if (f != NULL) {
            if (f->claims->len < 6)
                g_ptr_array_add(f->claims, (gpointer)c);
            continue;
        }
        f = fc_finding_new(rule, entity, attr);
        g_ptr_array_add(f->claims, (gpointer)c);
        g_autofree char *known = fc_knowledge_facts_text(facts, c);
        g_autofree char *vfact = g_strconcat("fact=", known, NULL);
        g_autofree char *vsource = g_strconcat("source=", fact->source, NULL);
        g_autofree char *vwhere = g_strdup_printf("where=%s:%u", fact->file, fact->line);
        g_autofree char *vwhat = g_strconcat("what=", fc_knowledge_what(attr), NULL);
        const char *vars[] = {vfact, vsource, vwhere, vwhat, NULL};
        f->event = g_strdup_printf("house fact %s:%u", fact->file, fact->line);
        f->message = fc_finding_render(rule->message, f, vars);
        g_hash_table_insert(by_value, g_steal_pointer(&label), f);
        g_ptr_array_add(out, f);
    }
}

void
fc_check_knowledge(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                   GPtrArray *out)
{
    if (fc_facts_size(rules->facts) == 0)
        return;
    FcKnowledge k = {rule, rules, out};
    fc_engine_each_group(rule, store, fc_knowledge_group, &k);
}
