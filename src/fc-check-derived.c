/* Check kind "derived": figures the articles imply without stating them.
 *
 *     stake-valuation   a holder's stake worth $V at P % values the company
 *                       at V / P ("a 10% stake worth $2bn": $20bn)
 *     post-money        a pre-money valuation plus the round is the
 *                       post-money valuation
 *     revenue-multiple  a valuation of N times revenue implies the revenue
 *     prior-multiple    "doubling its previous $5.5bn": $11bn now
 *     investments-sum   the investors' amounts in one round add up to at
 *                       least their sum
 *
 * Each derived value is a claim of the rule's attribute, flagged
 * FC_CLAIM_DERIVED, placed at its first source and carrying its sources in
 * derived_from; it goes into the store, so the conflict checks compare it
 * with what the articles state like any other claim.  Derived values are
 * intervals wide enough for the rounding of their inputs ("10%" may be
 * anything from 9.5 to 10.5), so a derivation only ever disagrees with a
 * stated figure that no reading of the inputs allows.  Inputs come from one
 * sentence (or one round of one article): combining figures across articles
 * would mix periods.
 */
#include "fc-engine.h"

#include <math.h>
#include <string.h>

typedef struct {
    const FcCheckRule *rule;
    const FcRuleSet *rules;
    const FcStore *store;
    GPtrArray *made; /* FcClaim*, added to the store at the end */
} FcDerive;

static const char *
fc_derive_attr(const char *name)
{
    return g_intern_string(name);
}

/* Half a unit of the last digit written: "10" ± 0.5, "23.4" ± 0.05. */
static double
fc_derive_rounding(double x)
{
    double scale = 1;
    for (int d = 0; d < 3; d++, scale *= 10) {
        double y = x * scale;
        if (fabs(y - round(y)) < 1e-6)
            return 0.5 / scale;
    }
    return 0.0005;
}

static gboolean
fc_derive_usable(const FcClaim *c)
{
    return !(c->flags & (FC_CLAIM_DERIVED | FC_CLAIM_CUMULATIVE | FC_CLAIM_REMAINDER)) &&
           c->value.unit != FC_UNIT_NONE;
}

static gboolean
fc_derive_finite(const FcValue *v)
{
    return isfinite(v->low) && isfinite(v->high);
}

/* The weaker of two statuses: a figure derived from a rumour is a rumour. */
static FcStatus
fc_derive_status(FcStatus a, FcStatus b)
{
    return MAX(a, b);
}

static const FcClaim *
fc_derive_source(const FcClaim *d, guint i)
{
    return g_ptr_array_index(d->derived_from, i);
}

/* A new claim about @entity placed at @at, its first source. */
static FcClaim *
fc_derive_claim(FcDerive *dx, const char *entity, const FcClaim *at, const FcValue *value)
{
    FcClaim *d = fc_claim_new();
    d->entity = entity;
    d->attribute = g_ptr_array_index(dx->rule->attributes, 0);
    d->value = *value;
    d->value.approx = value->approx || at->value.approx;
    d->time = at->time;
    d->published = at->published;
    d->status = at->status;
    d->event = at->event;
    d->flags = FC_CLAIM_DERIVED | (at->flags & FC_CLAIM_DATED);
    d->document = at->document;
    d->doc_index = at->doc_index;
    d->sentence = at->sentence;
    d->offset = at->offset;
    d->line = at->line;
    d->column = at->column;
    d->rule = dx->rule->id;
    d->derived_from = g_ptr_array_new();
    g_ptr_array_add(d->derived_from, (gpointer)at);
    return d;
}

/* The quote says how the figure was reached, then where from: reports
 * show it as they show any quote. */
static void
fc_derive_finish(FcDerive *dx, FcClaim *d, const char *how)
{
    d->value_text = fc_value_format(&d->value);
    const FcClaim *first = fc_derive_source(d, 0);
    GString *q = g_string_new(NULL);
    g_string_append_printf(q, "[%s: %s = %s] %s", dx->rule->title, how, d->value_text,
                           first->quote);
    for (guint i = 1; i < d->derived_from->len; i++) {
        const FcClaim *c = fc_derive_source(d, i);
        if (c->document != first->document || c->sentence != first->sentence)
            g_string_append_printf(q, " … %s", c->quote);
    }
    d->quote = g_string_free(q, FALSE);
    g_ptr_array_add(dx->made, d);
}

static void
fc_derive_add_source(FcClaim *d, const FcClaim *c)
{
    g_ptr_array_add(d->derived_from, (gpointer)c);
    d->status = fc_derive_status(d->status, c->status);
    d->value.approx = d->value.approx || c->value.approx;
}

static gboolean
fc_same_sentence(const FcClaim *a, const FcClaim *b)
{
    return a->doc_index == b->doc_index && a->sentence == b->sentence;
}

/* Claims of @entity's @attribute in @c's sentence. */
static void
fc_derive_partners(const FcDerive *dx, const FcClaim *c, const char *entity, const char *attribute,
                   GPtrArray *out)
{
    const GPtrArray *group = fc_store_group(dx->store, entity, attribute);
    guint first = 0, end = 0;
    if (group != NULL)
        fc_store_group_document(group, c->doc_index, &first, &end);
    for (guint i = first; i < end; i++) {
        const FcClaim *o = g_ptr_array_index(group, i);
        if (o != c && fc_same_sentence(o, c) && fc_derive_usable(o))
            g_ptr_array_add(out, (gpointer)o);
    }
}

static const char *
fc_derive_root(const FcDerive *dx, const char *name)
{
    if (name == NULL)
        return NULL;
    const FcEntity *e = fc_lexicon_lookup(dx->rules->lexicon, name);
    return e != NULL ? g_intern_string(fc_entity_root(e)->name) : name;
}

/* ---- stake-valuation --------------------------------------------------- */

static void
fc_derive_stake(FcDerive *dx, const FcClaim *worth)
{
    g_autoptr(GPtrArray) stakes = g_ptr_array_new();
    fc_derive_partners(dx, worth, worth->entity, fc_derive_attr("stake"), stakes);
    for (guint i = 0; i < stakes->len; i++) {
        const FcClaim *s = g_ptr_array_index(stakes, i);
        /* "Oracle's 9% stake worth $1bn": the same holder, or one side
         * does not say. */
        if (worth->counterpart != NULL && s->counterpart != NULL &&
            fc_derive_root(dx, worth->counterpart) != fc_derive_root(dx, s->counterpart))
            continue;
        if (s->value.unit != FC_UNIT_PERCENT || !fc_derive_finite(&s->value) ||
            !fc_derive_finite(&worth->value) || !fc_unit_is_money(worth->value.unit))
            continue;
        double lo = s->value.low - fc_derive_rounding(s->value.low);
        double hi = s->value.high + fc_derive_rounding(s->value.high);
        if (lo <= 0 || hi > 100)
            continue;
        double tol = dx->rule->tolerance;
        FcValue v = {worth->value.low * (1 - tol) * 100 / hi,
                     worth->value.high * (1 + tol) * 100 / lo, worth->value.unit, FALSE};
        FcClaim *d = fc_derive_claim(dx, worth->entity, worth, &v);
        fc_derive_add_source(d, s);
        g_autofree char *a = fc_value_format(&worth->value);
        g_autofree char *b = fc_value_format(&s->value);
        g_autofree char *how = g_strdup_printf("%s ÷ %s", a, b);
        fc_derive_finish(dx, d, how);
        return;
    }
}

/* ---- post-money -------------------------------------------------------- */

/* Money that does not add to the price of the shares: an earlier round,
 * a package with debt ("$125m, a $95m Series B and $30m of venture
 * debt"), credits, a first close, a sale of existing shares. */
#define FC_DERIVE_NOT_EQUITY                                                                       \
    (FC_CLAIM_PRIOR | FC_CLAIM_DEBT | FC_CLAIM_CREDITS | FC_CLAIM_PARTIAL | FC_CLAIM_SECONDARY)

/* The round a pre-money figure goes with: its sentence, else a round of
 * the same label in the same article, else for a figure that names no
 * round, the one round size the article tells at its time ("It raised
 * $120m in a Series B. ... The financing values it at $260m before the
 * new investment"). */
static const FcClaim *
fc_derive_round_of(const FcDerive *dx, const FcClaim *pre)
{
    const GPtrArray *rounds = fc_store_group(dx->store, pre->entity, fc_derive_attr("round_size"));
    const FcClaim *labelled = NULL, *only = NULL;
    gboolean several = FALSE;
    guint first = 0, end = 0;
    /* Both ways need the same article. */
    if (rounds != NULL)
        fc_store_group_document(rounds, pre->doc_index, &first, &end);
    for (guint i = first; i < end; i++) {
        const FcClaim *r = g_ptr_array_index(rounds, i);
        if (!fc_derive_usable(r) || (r->flags & FC_DERIVE_NOT_EQUITY) ||
            !fc_derive_finite(&r->value) || r->value.unit != pre->value.unit)
            continue;
        if (fc_same_sentence(r, pre))
            return r;
        if (labelled == NULL && r->doc_index == pre->doc_index && pre->event != NULL &&
            r->event == pre->event)
            labelled = r;
        if (pre->event == NULL && fc_time_overlaps(&r->time, &pre->time)) {
            several =
                several || (only != NULL && !fc_value_compatible(&only->value, &r->value, 0, 0));
            only = only != NULL ? only : r;
        }
    }
    return labelled != NULL ? labelled : several ? NULL : only;
}

static void
fc_derive_post_money(FcDerive *dx, const FcClaim *pre)
{
    if (!(pre->flags & FC_CLAIM_PRE_MONEY) || (pre->flags & FC_CLAIM_PRIOR) ||
        !fc_derive_finite(&pre->value))
        return;
    const FcClaim *round = fc_derive_round_of(dx, pre);
    if (round == NULL)
        return;
    FcValue v = {pre->value.low + round->value.low, pre->value.high + round->value.high,
                 pre->value.unit, FALSE};
    FcClaim *d = fc_derive_claim(dx, pre->entity, pre, &v);
    fc_derive_add_source(d, round);
    g_autofree char *a = fc_value_format(&pre->value);
    g_autofree char *b = fc_value_format(&round->value);
    g_autofree char *how = g_strdup_printf("%s pre-money + %s raised", a, b);
    fc_derive_finish(dx, d, how);
}

/* ---- revenue-multiple -------------------------------------------------- */

static void
fc_derive_revenue(FcDerive *dx, const FcClaim *multiple)
{
    if (multiple->value.unit != FC_UNIT_COUNT || !fc_derive_finite(&multiple->value))
        return;
    g_autoptr(GPtrArray) vals = g_ptr_array_new();
    fc_derive_partners(dx, multiple, multiple->entity, fc_derive_attr("valuation"), vals);
    for (guint i = 0; i < vals->len; i++) {
        const FcClaim *val = g_ptr_array_index(vals, i);
        if (!fc_derive_finite(&val->value) || (val->flags & FC_CLAIM_PRIOR) ||
            !fc_unit_is_money(val->value.unit))
            continue;
        double lo = multiple->value.low - fc_derive_rounding(multiple->value.low);
        double hi = multiple->value.high + fc_derive_rounding(multiple->value.high);
        if (lo <= 0)
            return;
        FcValue v = {val->value.low / hi, val->value.high / lo, val->value.unit, FALSE};
        FcClaim *d = fc_derive_claim(dx, multiple->entity, val, &v);
        /* A multiple is a rule of thumb of the market, never exact. */
        d->value.approx = TRUE;
        fc_derive_add_source(d, multiple);
        g_autofree char *a = fc_value_format(&val->value);
        g_autofree char *how = g_strdup_printf("%s ÷ %s", a, multiple->value_text);
        fc_derive_finish(dx, d, how);
        return;
    }
}

/* ---- prior-multiple ---------------------------------------------------- */

/* What the words right before an earlier figure say the new one is. */
static const char fc_multiple_re[] =
    "(?i)(?<![\\p{L}])(?<bound>(?:more than|over|nearly|almost|roughly|about|around) )?"
    "(?:(?<w>doubl|tripl|quadrupl)(?:e|es|ed|ing)|(?<twice>twice)|(?<n>[0-9]+(?:\\.[0-9]+)?|two|"
    "three|four|five|six|seven|eight|nine|ten)(?:-fold| times))"
    " (?:(?:from|on|over) )?(?:(?:its|the|their|that|a) )?"
    "(?:(?:previous|prior|last|earlier|former|old|most recent) )?"
    "(?:(?:valuation|value|figure|mark|price tag) )?(?:(?:of|from|at) )?$";

static double
fc_multiple_word(const char *w)
{
    static const char *const words[] = {"two",   "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten"};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        if (g_ascii_strcasecmp(w, words[i]) == 0)
            return i + 2;
    return g_ascii_strtod(w, NULL);
}

static double
fc_derive_factor(const FcRegex *re, FcMatch *m, const char *text, gboolean *bound)
{
    gsize s, e;
    *bound = fc_match_group(m, fc_regex_group_index(re, "bound"), &s, &e);
    if (fc_match_group(m, fc_regex_group_index(re, "twice"), &s, &e))
        return 2;
    if (fc_match_group(m, fc_regex_group_index(re, "w"), &s, &e))
        return g_ascii_tolower(text[s]) == 'd' ? 2 : g_ascii_tolower(text[s]) == 't' ? 3 : 4;
    if (fc_match_group(m, fc_regex_group_index(re, "n"), &s, &e)) {
        g_autofree char *w = g_strndup(text + s, e - s);
        return fc_multiple_word(w);
    }
    return 0;
}

/* When the new figure holds: that of a current claim in the sentence
 * (and its status and round: "A valuation of $3bn would more than triple
 * the $900m" is talks), else that of the article's first undated claim,
 * else the article's date: never the earlier figure's own ("doubling its
 * previous $6bn from the spring"). */
static void
fc_derive_now(const FcDerive *dx, FcClaim *d, const FcClaim *prior)
{
    g_autoptr(GPtrArray) same = g_ptr_array_new();
    fc_derive_partners(dx, prior, prior->entity, prior->attribute, same);
    for (guint i = 0; i < same->len; i++) {
        const FcClaim *c = g_ptr_array_index(same, i);
        if (!(c->flags & FC_CLAIM_PRIOR)) {
            d->time = c->time;
            d->status = c->status;
            d->event = c->event;
            d->flags = (d->flags & ~(guint)FC_CLAIM_DATED) | (c->flags & FC_CLAIM_DATED);
            return;
        }
    }
    /* The article's claims, in document order. */
    const GPtrArray *all = fc_store_claims(dx->store);
    guint first, end;
    fc_store_group_document(all, prior->doc_index, &first, &end);
    for (guint i = first; i < end; i++) {
        const FcClaim *c = g_ptr_array_index(all, i);
        if (!(c->flags & FC_CLAIM_DATED)) {
            d->time = c->time;
            d->flags &= ~(guint)FC_CLAIM_DATED;
            return;
        }
    }
    d->time = prior->published;
    d->flags &= ~(guint)FC_CLAIM_DATED;
}

static void
fc_derive_prior(FcDerive *dx, const FcClaim *prior, const FcRegex *re, FcMatch *m)
{
    if (!(prior->flags & FC_CLAIM_PRIOR) || !fc_derive_finite(&prior->value) ||
        !fc_unit_is_money(prior->value.unit) || prior->value_text == NULL)
        return;
    const char *at = strstr(prior->quote, prior->value_text);
    if (at == NULL ||
        fc_regex_match(re, prior->quote, (gsize)(at - prior->quote), 0, m) != FC_REGEX_MATCHED)
        return;
    gboolean bound = FALSE;
    double k = fc_derive_factor(re, m, prior->quote, &bound);
    if (k < 1.5 || k > 100)
        return;
    FcValue v = {prior->value.low * k, prior->value.high * k, prior->value.unit,
                 prior->value.approx};
    /* "more than doubled" is a floor; "nearly doubled" a hedge. */
    gsize s, e;
    if (bound && fc_match_group(m, fc_regex_group_index(re, "bound"), &s, &e)) {
        if (g_ascii_tolower(prior->quote[s]) == 'm' || g_ascii_tolower(prior->quote[s]) == 'o')
            v.high = INFINITY;
        else
            v.approx = TRUE;
    }
    FcClaim *d = fc_derive_claim(dx, prior->entity, prior, &v);
    d->attribute = prior->attribute;
    fc_derive_now(dx, d, prior);
    g_autofree char *a = fc_value_format(&prior->value);
    g_autofree char *how = g_strdup_printf("%g × %s", k, a);
    fc_derive_finish(dx, d, how);
}

/* ---- investments-sum --------------------------------------------------- */

/* Does the article tell of one round only at @round's time, @round's?  A
 * round it dates years apart ("a $4m pre-Series A in 2022") is another;
 * the same size told without the label (a headline's) is the same. */
static gboolean
fc_derive_one_round(const FcDerive *dx, const FcClaim *round)
{
    const GPtrArray *rounds = fc_store_group(dx->store, round->entity, round->attribute);
    for (guint i = 0; i < rounds->len; i++) {
        const FcClaim *r = g_ptr_array_index(rounds, i);
        if (r->doc_index != round->doc_index || r->event == round->event ||
            ((r->event == NULL || round->event == NULL) &&
             fc_value_compatible(&r->value, &round->value, 0, 0)))
            continue;
        if (!fc_time_is_known(&r->time) || !fc_time_is_known(&round->time) ||
            fc_time_overlaps(&r->time, &round->time))
            return FALSE;
    }
    return TRUE;
}

/* Investments told as parts of one round: the sentence that states the
 * round, the same round label, or "the round" of an article that tells of
 * one round, at the same time. */
static gboolean
fc_derive_in_round(const FcClaim *inv, const FcClaim *round, gboolean one_round)
{
    if (inv->doc_index != round->doc_index)
        return FALSE;
    if (fc_same_sentence(inv, round) || (round->event != NULL && inv->event == round->event))
        return TRUE;
    gboolean same_time = !fc_time_is_known(&inv->time) || !fc_time_is_known(&round->time)
                             ? inv->time.rel_months == round->time.rel_months
                             : fc_time_overlaps(&inv->time, &round->time);
    return inv->event == NULL && same_time && one_round;
}

static void
fc_derive_investments(FcDerive *dx, const FcClaim *round)
{
    if ((round->flags & FC_CLAIM_PRIOR) || round->status != FC_STATUS_REPORTED ||
        !fc_unit_is_money(round->value.unit))
        return;
    const GPtrArray *invs = fc_store_group(dx->store, round->entity, fc_derive_attr("investment"));
    if (invs == NULL)
        return;
    gboolean one_round = fc_derive_one_round(dx, round);
    /* Per backer the largest floor it is said to put in. */
    g_autoptr(GHashTable) best = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_autoptr(GPtrArray) order = g_ptr_array_new();
    for (guint i = 0; i < invs->len; i++) {
        const FcClaim *c = g_ptr_array_index(invs, i);
        const char *who = fc_derive_root(dx, c->counterpart);
        if (who == NULL || !fc_derive_usable(c) || (c->flags & FC_CLAIM_PRIOR) ||
            !fc_status_is_told(c->status) || c->value.unit != round->value.unit ||
            !isfinite(c->value.low) || !fc_derive_in_round(c, round, one_round))
            continue;
        const FcClaim *had = g_hash_table_lookup(best, who);
        if (had == NULL)
            g_ptr_array_add(order, (gpointer)who);
        if (had == NULL || c->value.low > had->value.low)
            g_hash_table_insert(best, (gpointer)who, (gpointer)c);
    }
    if (order->len < 2)
        return;
    double sum = 0;
    for (guint i = 0; i < order->len; i++)
        sum += ((const FcClaim *)g_hash_table_lookup(best, g_ptr_array_index(order, i)))->value.low;
    const FcClaim *first = g_hash_table_lookup(best, g_ptr_array_index(order, 0));
    FcValue v = {sum, INFINITY, round->value.unit, FALSE};
    FcClaim *d = fc_derive_claim(dx, round->entity, first, &v);
    d->event = round->event;
    GString *how = g_string_new(NULL);
    for (guint i = 0; i < order->len; i++) {
        const FcClaim *c = g_hash_table_lookup(best, g_ptr_array_index(order, i));
        if (i > 0)
            fc_derive_add_source(d, c);
        g_autofree char *a = fc_value_format(&c->value);
        g_string_append_printf(how, "%s%s from %s", i > 0 ? " + " : "", a, c->counterpart);
    }
    fc_derive_finish(dx, d, how->str);
    g_string_free(how, TRUE);
}

/* ---- driver ------------------------------------------------------------ */

guint
fc_check_derived(const FcCheckRule *rule, const FcRuleSet *rules, FcStore *store)
{
    FcDerive dx = {rule, rules, store, g_ptr_array_new()};
    const char *f = rule->formula;
    g_autoptr(FcRegex) re = NULL;
    g_autoptr(FcMatch) m = NULL;
    if (strcmp(f, "prior-multiple") == 0) {
        re = fc_regex_new(fc_multiple_re, FC_REGEX_DEFAULT, NULL);
        m = fc_match_new();
        g_assert(re != NULL);
    }
    const GPtrArray *all = fc_store_claims(store);
    const char *target = g_ptr_array_index(rule->attributes, 0);
    for (guint i = 0; i < all->len; i++) {
        const FcClaim *c = g_ptr_array_index(all, i);
        if (!fc_derive_usable(c))
            continue;
        if (strcmp(f, "stake-valuation") == 0 && c->attribute == fc_derive_attr("stake_value"))
            fc_derive_stake(&dx, c);
        else if (strcmp(f, "post-money") == 0 && c->attribute == target)
            fc_derive_post_money(&dx, c);
        else if (strcmp(f, "revenue-multiple") == 0 &&
                 c->attribute == fc_derive_attr("revenue_multiple"))
            fc_derive_revenue(&dx, c);
        else if (strcmp(f, "prior-multiple") == 0 && c->attribute == target)
            fc_derive_prior(&dx, c, re, m);
        else if (strcmp(f, "investments-sum") == 0 && c->attribute == target)
            fc_derive_investments(&dx, c);
    }
    guint added = fc_store_add_all(store, dx.made);
    g_ptr_array_unref(dx.made);
    return added;
}
