/* Check kind "tenure": a holder named after the corpus says they left.
 *
 * "In February, Albrecht handed the chief executive role to Karin
 * Sørensen", and in September "said Mirela's chief executive, Jonas
 * Albrecht".  The conflict windows never set articles months apart against
 * each other, since chief executives change; but the handover dates the
 * end of Albrecht's term, so a later article that still gives him the post
 * is out of date.  A claim whose time, widened by the rule's reach in
 * days, meets a successor's is left out: the conflict check (with the same
 * reach) already sets the two side by side.
 *
 * A departure only counts when the corpus names someone else in the post
 * from then on, so that a "former" chief executive who came back is not
 * held to an exit alone.  Plans and projections are not compared.
 */
#include "fc-engine.h"
#include "fc-person-name.h"

#include <string.h>

static gboolean
fc_tenure_is_holder(const FcClaim *c)
{
    return c->value_entity != NULL && !(c->flags & (FC_CLAIM_PRIOR | FC_CLAIM_SHARED)) &&
           fc_time_is_known(&c->time) &&
           (c->status == FC_STATUS_REPORTED || c->status == FC_STATUS_RUMORED);
}

static gboolean
fc_tenure_is_exit(const FcClaim *c)
{
    return c->value_entity != NULL && (c->flags & FC_CLAIM_PRIOR) && fc_time_is_known(&c->time);
}

/* Someone other than @person holds the post at some time from @from to
 * @until. */
static gboolean
fc_tenure_succeeded(const GPtrArray *group, const char *person, guint32 from, guint32 until)
{
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *s = g_ptr_array_index(group, i);
        if (fc_tenure_is_holder(s) && !fc_person_name_same(s->value_entity, person) &&
            s->time.hi >= from && s->time.lo <= until)
            return TRUE;
    }
    return FALSE;
}

/* Someone other than @c's holder holds the post near enough to @c for the
 * conflict check to set the two side by side. */
static gboolean
fc_tenure_near_rival(const GPtrArray *group, const FcClaim *c, guint reach)
{
    FcTime w = fc_claim_window(c, reach);
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *s = g_ptr_array_index(group, i);
        if (!fc_tenure_is_holder(s) || fc_person_name_same(s->value_entity, c->value_entity))
            continue;
        FcTime v = fc_claim_window(s, reach);
        if (fc_time_overlaps(&w, &v))
            return TRUE;
    }
    return FALSE;
}

/* The earliest exit of @c's holder that @c comes after, with a successor
 * named in between, or NULL. */
static const FcClaim *
fc_tenure_exit_before(const GPtrArray *group, const FcClaim *c)
{
    const FcClaim *best = NULL;
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *x = g_ptr_array_index(group, i);
        if (!fc_tenure_is_exit(x) || c->time.lo <= x->time.hi ||
            !fc_person_name_same(x->value_entity, c->value_entity) ||
            !fc_tenure_succeeded(group, c->value_entity, x->time.lo, c->time.hi))
            continue;
        if (best == NULL || x->time.hi < best->time.hi)
            best = x;
    }
    return best;
}

/* The finding for @exit, named after the later claim @c: the fuller name
 * of the two ("Jonas Albrecht" rather than "Albrecht"). */
static FcFinding *
fc_tenure_finding(const FcCheckRule *rule, const char *entity, const char *attr,
                  const FcClaim *exit, const FcClaim *c)
{
    FcFinding *f = fc_finding_new(rule, entity, attr);
    g_ptr_array_add(f->claims, (gpointer)exit);
    g_autofree char *left = fc_time_format(&exit->time);
    const char *person =
        strlen(c->value_entity) > strlen(exit->value_entity) ? c->value_entity : exit->value_entity;
    g_autofree char *vperson = g_strconcat("person=", person, NULL);
    g_autofree char *vleft = g_strconcat("left=", left, NULL);
    const char *vars[] = {vperson, vleft, NULL};
    f->event = g_strconcat("left ", left, NULL);
    f->message = fc_finding_render(rule->message, f, vars);
    return f;
}

typedef struct {
    const FcCheckRule *rule;
    GPtrArray *out;
} FcTenure;

static void
fc_tenure_group(const char *entity, const char *attr, const GPtrArray *group, gpointer data)
{
    const FcTenure *t = data;
    const FcCheckRule *rule = t->rule;
    GPtrArray *out = t->out;
    /* One finding per exit, listing the later claims that ignore it. */
    g_autoptr(GHashTable) by_exit = g_hash_table_new(NULL, NULL);
    for (guint i = 0; i < group->len; i++) {
        const FcClaim *c = g_ptr_array_index(group, i);
        /* Near a successor's claim, the conflict check has it. */
        if (!fc_tenure_is_holder(c) || fc_tenure_near_rival(group, c, rule->reach))
            continue;
        const FcClaim *exit = fc_tenure_exit_before(group, c);
        if (exit == NULL)
            continue;
        FcFinding *f = g_hash_table_lookup(by_exit, exit);
        if (f == NULL) {
            f = fc_tenure_finding(rule, entity, attr, exit, c);
            g_hash_table_insert(by_exit, (gpointer)exit, f);
            g_ptr_array_add(out, f);
        }
        if (f->claims->len < 6)
            g_ptr_array_add(f->claims, (gpointer)c);
    }
}

void
fc_check_tenure(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                GPtrArray *out)
{
    (void)rules;
    FcTenure t = {rule, out};
    fc_engine_each_group(rule, store, fc_tenure_group, &t);
}
