#include "fc-extract.h"

#include "fc-anchor.h"
#include "fc-context.h"
#include "fc-discourse.h"
#include "fc-pattern.h"
#include "fc-round-time.h"
#include "fc-segment.h"
#include "fc-sentence.h"
#include "fc-table.h"
#include "fc-words.h"

#include <math.h>
#include <string.h>

struct _FcExtractor {
    const FcRuleSet *rules;
    const FcExtractRule *only;
    FcMatch *match;
    FcContext *context;
    GHashTable *slot_types; /* mention token (a static string) → bits 1 << FcSlotType it fills */
};

FcExtractor *
fc_extractor_new(const FcRuleSet *rules)
{
    FcExtractor *ex = g_new0(FcExtractor, 1);
    ex->rules = rules;
    ex->match = fc_match_new();
    ex->context = fc_context_new(rules->cues);
    ex->slot_types = g_hash_table_new(g_direct_hash, g_direct_equal);
    return ex;
}

void
fc_extractor_free(FcExtractor *ex)
{
    if (ex == NULL)
        return;
    fc_match_free(ex->match);
    fc_context_free(ex->context);
    g_hash_table_unref(ex->slot_types);
    g_free(ex);
}

void
fc_extractor_interpret(FcExtractor *ex)
{
    fc_match_interpret(ex->match);
    fc_context_interpret(ex->context);
}

void
fc_extractor_only(FcExtractor *ex, const FcExtractRule *rule)
{
    ex->only = rule;
}

/* ---- one sentence ------------------------------------------------------ */

/* "revenue topped $20m", "crossed the $1bn mark": the verb before the
 * figure, past one "the". */
static void
fc_claim_bound_by_verb(const FcSentence *st, FcClaim *c, gsize at)
{
    const char *t = st->doc->text;
    gsize len = 0;
    const char *w = fc_discourse_word_before(t, st->span.start, at, &len);
    if (w != NULL && len == 3 && g_ascii_strncasecmp(w, "the", 3) == 0)
        w = fc_discourse_word_before(t, st->span.start, (gsize)(w - t), &len);
    if (w != NULL)
        fc_value_bound_by_verb(&c->value, w, len);
}

static gboolean
fc_claim_set_value(FcSentence *st, FcClaim *c, const FcMention *v)
{
    /* "She": the value is the person the pronoun stands for. */
    g_autofree char *surface =
        v->pronoun ? g_strdup(v->name) : g_strndup(st->doc->text + v->start, v->end - v->start);
    switch (v->type) {
    case FC_MENTION_MONEY:
        /* "$36" cut from "$36 billion", "$20 a month": no company raises,
         * is worth or earns less than a thousand. */
        if (isfinite(v->value.high) ? v->value.high < 1000 : v->value.low < 1000)
            return FALSE;
        c->value = v->value;
        fc_claim_bound_by_verb(st, c, v->start);
        break;
    case FC_MENTION_PERCENT:
    case FC_MENTION_NUMBER:
        c->value = v->value;
        fc_claim_bound_by_verb(st, c, v->start);
        break;
    case FC_MENTION_DATE: {
        if (!fc_time_is_known(&v->time) || fc_time_width(&v->time) > 366)
            return FALSE;
        GDate d;
        g_date_clear(&d, 1);
        g_date_set_julian(&d, v->time.lo);
        c->value = fc_value_year(g_date_get_year(&d));
        break;
    }
    default:
        if (v->name == NULL)
            return FALSE;
        /* "International Finance Corporation (IFC)": the mention took in
         * its acronym (fc-discourse), which the value's text leaves out. */
        char *bracket = strstr(surface, " (");
        if (bracket != NULL)
            *bracket = '\0';
        c->value_entity = v->name;
        c->value.unit = FC_UNIT_NONE;
        c->value.low = c->value.high = 0;
        break;
    }
    c->value_text = g_utf8_make_valid(surface, -1);
    g_strstrip(c->value_text);
    return TRUE;
}

/* "in the year ended Dec. 31, 2023", "for the 12 months to March 31,
 * 2024": the day closes a year, the fiscal year it ends (taken, as "FY24"
 * is, as the calendar year it ends in). */
static gboolean
fc_date_closes_year(const FcSentence *st, const FcMention *dm, FcTime *year)
{
    static const char *const leads[] = {"year ended ",   "year ending ",   "year to ",
                                        "months ended ", "months ending ", "months to "};
    const char *t = st->doc->text;
    for (guint i = 0; i < G_N_ELEMENTS(leads); i++) {
        gsize n = strlen(leads[i]);
        if (dm->start < st->span.start + n || memcmp(t + dm->start - n, leads[i], n) != 0)
            continue;
        GDate end;
        g_date_clear(&end, 1);
        g_date_set_julian(&end, dm->time.hi);
        char iso[8];
        g_snprintf(iso, sizeof iso, "%04d", g_date_get_year(&end));
        return fc_time_parse_iso(iso, year);
    }
    return FALSE;
}

static void
fc_claim_set_time(FcSentence *st, FcClaim *c, int value, int when)
{
    int d = when >= 0 ? when : fc_context_date_for(st, value);
    const FcMention *v = fc_sentence_mention(st, value);
    const FcTime *date = d >= 0 ? &fc_sentence_mention(st, d)->time : NULL;
    FcTime fiscal;
    if (date != NULL && fc_date_closes_year(st, fc_sentence_mention(st, d), &fiscal))
        date = &fiscal;
    /* "said on Wednesday", "in October" in an October article: the date
     * is the article's own time, not an earlier or later one. */
    c->published = st->doc->date;
    gboolean now = date != NULL && fc_time_is_known(&st->doc->date) &&
                   date->lo <= st->doc->date.lo && date->hi >= st->doc->date.hi;
    /* Revenue is a period's: "FY24 revenue" in an October 2024 article is
     * the fiscal year's, as it is in an April one. */
    if (now && c->attribute == g_intern_static_string("revenue") && fc_time_width(date) > 92)
        now = FALSE;
    if (date != NULL && !now && v->type != FC_MENTION_DATE) {
        c->time = *date;
        c->flags |= FC_CLAIM_DATED;
    } else {
        c->time = st->doc->date;
    }
}

typedef struct {
    const FcExtractRule *rule;
    gsize ms, me; /* the match in the tokenised sentence */
    const char *entity, *counterpart;
    const char *fallback; /* when a reference would make a claim about itself */
    gboolean explicit_entity;
    int when;
} FcBinding;

static gboolean
fc_sentence_known(const FcSentence *st, const FcClaim *c)
{
    for (guint i = st->first_claim; i < st->claims->len; i++)
        if (fc_claim_same(g_ptr_array_index(st->claims, i), c))
            return TRUE;
    return FALSE;
}

/* Has a match named the entity of value @value's claim? */
static gboolean
fc_sentence_value_named(const FcSentence *st, int value)
{
    gsize at = g_array_index(st->tokpos, FcTokenPos, (guint)value).start;
    for (guint i = 0; i < st->focus->len; i++)
        if (g_array_index(st->focus, FcFocus, i).at == at)
            return TRUE;
    return FALSE;
}

/* The first, more specific rule to read a mention as a value owns it:
 * "$13bn investment in Claude's rival Mistral" must not also make a
 * generic rule's claim of the same figure or name.  A name may fill the
 * same attribute twice when the later rule names its entity ("Sequoia
 * joined Anthropic's round, despite being a backer of rival OpenAI"); a
 * loose rule guessing the entity may not. */
static gboolean
fc_sentence_may_take(const FcSentence *st, const FcBinding *b, int value)
{
    const FcExtractRule *used = st->used[value];
    if (used == NULL)
        return TRUE;
    /* Another pattern of the rule matching from the same word may add
     * values, but not guess another entity for one whose entity a match
     * named ("Founded in 2001 ..., Stonebridge has invested"). */
    if (used == b->rule && st->used_at[value] == b->ms + 1)
        return b->explicit_entity || !fc_sentence_value_named(st, value);
    gboolean quantity = fc_mention_is_quantity(fc_sentence_mention(st, value));
    return used != b->rule && !quantity &&
           (used->attribute != b->rule->attribute || b->explicit_entity);
}

static void
fc_sentence_take(FcSentence *st, const FcBinding *b, int value, const char *entity)
{
    if (st->used[value] == NULL) {
        st->used[value] = b->rule;
        st->used_at[value] = b->ms + 1;
    }
    if (b->explicit_entity) {
        FcFocus f = {g_array_index(st->tokpos, FcTokenPos, (guint)value).start, entity};
        g_array_append_val(st->focus, f);
    }
}

/* Who the claim is about; FALSE when nobody fits. */
static gboolean
fc_claim_set_parties(FcClaim *c, const FcBinding *b)
{
    c->entity = b->entity;
    c->counterpart = b->counterpart;
    c->attribute = b->rule->attribute;
    /* "Amazon, which has invested $8bn in the company": a reference never
     * means the other party of its own claim. */
    if (b->fallback != NULL && (c->entity == c->value_entity || c->entity == c->counterpart))
        c->entity = b->fallback;
    return c->entity != NULL && c->entity != c->value_entity && c->entity != c->counterpart;
}

/* Are the rule's values people (founders, chief executives)? */
static gboolean
fc_rule_reads_people(const FcExtractRule *r)
{
    return r->slots.value == FC_SLOT_PERSON || r->slots.value == FC_SLOT_PERSONS;
}

static void
fc_claim_set_context(FcSentence *st, FcClaim *c, const FcBinding *b, int value)
{
    FcContext *ctx = st->ex->context;
    c->rule = b->rule->id;
    c->flags = b->rule->flags | fc_context_qualifiers(ctx, st, value);
    /* Who founds or runs a company is stated, not planned: "We want to
     * grow," said co-founder and CEO X.  Only words inside the match
     * ("is expected to be named CEO") make such a claim planned. */
    c->status = b->rule->has_status
                    ? b->rule->status
                    : fc_context_status(ctx, st, b->ms, b->me, fc_rule_reads_people(b->rule));
    /* An earlier figure is history, whatever is planned now: "in talks at
     * $350bn, up from its $183bn valuation". */
    if ((c->flags & FC_CLAIM_PRIOR) && c->status == FC_STATUS_PLANNED)
        c->status = FC_STATUS_REPORTED;
    fc_claim_set_time(st, c, value, b->when);
    c->event = fc_context_event(st, value, b->ms, b->me);
}

static void
fc_claim_set_evidence(FcSentence *st, FcClaim *c, const FcMention *v)
{
    c->document = g_intern_string(st->doc->path);
    c->doc_index = st->doc_index;
    c->sentence = st->number;
    c->offset = v->start;
    fc_locator_locate(st->locator, v->start, &c->line, &c->column);
    c->quote = g_strdup(fc_sentence_quote(st, v));
}

static void
fc_sentence_emit(FcSentence *st, const FcBinding *b, int value)
{
    FcMention *v = &g_array_index(st->mentions, FcMention, (guint)value);
    if (!fc_sentence_may_take(st, b, value) || fc_document_superseded(st->doc, v->start))
        return;
    g_autoptr(FcClaim) c = fc_claim_new();
    if (!fc_claim_set_value(st, c, v) || !fc_claim_set_parties(c, b))
        return;
    fc_claim_set_context(st, c, b, value);
    fc_claim_set_evidence(st, c, v);
    if (fc_sentence_known(st, c))
        return;
    fc_sentence_take(st, b, value, c->entity);
    g_ptr_array_add(st->claims, g_steal_pointer(&c));
    /* A name read as a founder or a chief executive is a person's for the
     * rest of the document (fc_discourse_learn_persons()). */
    if (fc_rule_reads_people(b->rule))
        v->person = TRUE;
}

/* Has an earlier claim of this sentence named @name as a backer ("Oracle
 * put $100m into the round, while Nvidia chipped in $50m": the round is
 * not Oracle's)? */
static gboolean
fc_sentence_is_backer(const FcSentence *st, const char *name)
{
    for (guint i = st->first_claim; i < st->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(st->claims, i);
        if (c->counterpart == name || c->value_entity == name)
            return TRUE;
    }
    return FALSE;
}

/* "OpenAI raised $40bn in March, and Anthropic is nearing a deal at a
 * valuation of $170bn": a company opening a later clause of the sentence,
 * before the match, is what the match is about rather than the sentence's
 * subject.  The name of that clause's subject, or NULL. */
static const char *
fc_sentence_clause_subject(const FcSentence *st, gsize ms)
{
    for (guint i = st->tokpos->len; i-- > 0;) {
        const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, i);
        if (tp->start >= ms || (st->subject >= 0 && i <= (guint)st->subject))
            continue;
        const FcMention *m = fc_sentence_mention(st, (int)i);
        /* "a fraction of OpenAI's, which is in talks to raise $40bn": the
         * company a relative clause hangs on is its subject. */
        const char *after = st->tok->str + tp->end;
        gboolean relative =
            g_str_has_prefix(after, "'s, which ") || g_str_has_prefix(after, ", which is ");
        if (fc_mention_is_orgish(m) && m->name != NULL && m->type != FC_MENTION_COREF &&
            (relative || fc_discourse_opens_clause(st->tok->str, tp->start)) &&
            !fc_kind_is_backer(fc_discourse_name_kind(st->ex->rules->lexicon, m->name)))
            return m->name;
    }
    return NULL;
}

/* The last mention of the sentence that ends at or before @ms, or -1. */
static int
fc_sentence_mention_before(const FcSentence *st, gsize ms)
{
    for (guint i = st->tokpos->len; i-- > 0;)
        if (g_array_index(st->tokpos, FcTokenPos, i).end <= ms)
            return (int)i;
    return -1;
}

static gboolean
fc_sentence_backer_name(const FcSentence *st, const char *name)
{
    return fc_kind_is_backer(fc_discourse_name_kind(st->ex->rules->lexicon, name));
}

/* "... a question its investors, led by Harrowgate Capital, will answer":
 * the company of an "its" right before the match. */
static const char *
fc_sentence_owner_before(const FcSentence *st, gsize ms)
{
    int i = fc_sentence_mention_before(st, ms);
    if (i < 0)
        return NULL;
    const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)i);
    const FcMention *m = fc_sentence_mention(st, i);
    if (ms - tp->end > 24 || m->type != FC_MENTION_COREF || !m->possessive || m->name == NULL ||
        fc_sentence_backer_name(st, m->name))
        return NULL;
    return m->name;
}

/* "a feud with OpenAI, the company he co-founded in 2015": a match
 * inside a company's apposition is about that company. */
static const char *
fc_sentence_apposition_owner(const FcSentence *st, gsize ms)
{
    int i = fc_sentence_mention_before(st, ms);
    if (i < 0)
        return NULL;
    const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)i);
    const FcMention *m = fc_sentence_mention(st, i);
    const char *t = st->tok->str;
    if (!fc_mention_is_orgish(m) || m->name == NULL || m->type == FC_MENTION_COREF ||
        ms - tp->end > 80 ||
        !(g_str_has_prefix(t + tp->end, ", the ") || g_str_has_prefix(t + tp->end, ", a ") ||
          g_str_has_prefix(t + tp->end, ", an ")))
        return NULL;
    for (gsize k = tp->end + 2; k < ms; k++)
        if (t[k] == ',' || t[k] == ';')
            return NULL;
    return m->name;
}

/* "OpenAI's $13 billion cash injection": a company's name with a
 * possessive right before the match owns it, whatever the sentence is
 * about.  A backer's possessive ("Thrive's $1bn") is its money, not its
 * round, and is left to the rules that read investments. */
static const char *
fc_sentence_named_owner(const FcSentence *st, gsize ms)
{
    int i = fc_sentence_mention_before(st, ms);
    if (i < 0)
        return NULL;
    const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)i);
    /* The tokenised text spells every possessive "'s". */
    if (ms - tp->end != 3 || memcmp(st->tok->str + tp->end, "'s ", 3) != 0)
        return NULL;
    const FcMention *m = fc_sentence_mention(st, i);
    if (!fc_mention_is_orgish(m) || m->name == NULL || m->type == FC_MENTION_COREF ||
        fc_sentence_backer_name(st, m->name))
        return NULL;
    return m->name;
}

/* "... amid a record year, with the sector on course to attract more
 * than $10bn", "Startups in the region raised $4bn last year": the
 * clause before the match has a market for its subject, and the figure
 * is no company's.  Looks at the first words of the clause holding @ms
 * (tokenised text). */
static gboolean
fc_sentence_aggregate_subject(const FcSentence *st, gsize ms)
{
    static const char *const bounds[] = {", with ", "; ", ", while ", ", and ", ", as "};
    /* Not "investors": they are the subjects of investments. */
    static const char *const nouns[] = {"sector",   "industry",  "market",    "ecosystem",
                                        "startups", "start-ups", "companies", "fintechs",
                                        "region",   "country",   "continent"};
    const char *t = st->lower->str;
    gsize from = 0;
    for (guint k = 0; k < G_N_ELEMENTS(bounds); k++) {
        const char *b = g_strrstr_len(t, (gssize)ms, bounds[k]);
        if (b != NULL && (gsize)(b - t) + strlen(bounds[k]) > from)
            from = (gsize)(b - t) + strlen(bounds[k]);
    }
    if (g_str_has_prefix(t + from, "the "))
        from += 4;
    /* The noun within the clause's first three words, before any name. */
    for (guint words = 0; words < 3 && from < ms; words++) {
        gsize e = from;
        while (e < ms && (g_ascii_isalpha(t[e]) || t[e] == '-'))
            e++;
        for (guint k = 0; k < G_N_ELEMENTS(nouns); k++)
            if (e - from == strlen(nouns[k]) && memcmp(t + from, nouns[k], e - from) == 0)
                return TRUE;
        if (e == from || e >= ms || t[e] != ' ')
            return FALSE;
        from = e + 1;
    }
    return FALSE;
}

/* Who a match without an {entity} slot is about: the company whose
 * possessive opens it, else the subject of its clause, else the
 * sentence's subject, else an entity named earlier in the sentence, else
 * the discourse; nobody, with *market set, when the clause is about a
 * market. */
static const char *
fc_sentence_default_entity(const FcSentence *st, gsize ms, gsize me, gboolean *market)
{
    const char *named = fc_sentence_named_owner(st, ms);
    if (named != NULL)
        return named;
    const char *described = fc_sentence_apposition_owner(st, ms);
    if (described != NULL)
        return described;
    const char *clause = fc_sentence_clause_subject(st, ms);
    if (clause != NULL)
        return clause;
    /* A subject inside the match is one of the values ("Thrive and GIC
     * co-led the round"), not what the claim is about. */
    if (st->subject >= 0) {
        const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)st->subject);
        const char *name = fc_sentence_mention(st, st->subject)->name;
        /* "Existing investors Lattice Seed Fund and Brookmoor Ventures
         * participated, bringing total funding to €71m": the total is the
         * company's. */
        gboolean backer =
            st->subject_backer || fc_sentence_is_backer(st, name) ||
            fc_kind_is_backer(fc_discourse_name_kind(st->ex->rules->lexicon, name)) ||
            fc_discourse_leads_round(st->doc->text, fc_sentence_mention(st, st->subject)->end,
                                     st->span.end);
        if ((tp->start < ms || tp->start >= me) && !backer)
            return name;
    }
    *market = fc_sentence_aggregate_subject(st, ms);
    if (*market)
        return NULL;
    for (guint i = st->focus->len; i-- > 0;) {
        const FcFocus *f = &g_array_index(st->focus, FcFocus, i);
        if (f->at < ms)
            return f->entity;
    }
    const char *owner = fc_sentence_owner_before(st, ms);
    return owner != NULL ? owner : st->salient;
}

/* Does @span say "each" or "apiece" ("each invested", "$4m each.")? */
static gboolean
fc_span_says_each(const char *span)
{
    static const char *const words[] = {" each", " apiece"};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        for (const char *p = span; (p = strstr(p, words[i])) != NULL; p++)
            if (!g_ascii_isalpha(p[strlen(words[i])]))
                return TRUE;
    return FALSE;
}

/* "Microsoft and Nvidia will invest $15bn": one amount from several
 * backers is their combined amount, unless the text says "each". */
static const char *
fc_sentence_joint_counterpart(const FcSentence *st, GArray *parts, gsize ms, gsize me)
{
    g_autofree char *span = g_strndup(st->lower->str + ms, me - ms);
    if (fc_span_says_each(span))
        return NULL;
    /* "Vandermolen Holdings, the family office of the Vandermolen family":
     * two items may name one party. */
    g_autoptr(GPtrArray) names = g_ptr_array_new();
    for (guint i = 0; i < parts->len; i++) {
        const char *name = fc_sentence_mention(st, g_array_index(parts, int, i))->name;
        if (name != NULL && !g_ptr_array_find(names, name, NULL))
            g_ptr_array_add(names, (gpointer)name);
    }
    GString *joined = g_string_new(NULL);
    for (guint i = 0; i < names->len; i++) {
        if (i > 0)
            g_string_append(joined, i + 1 == names->len ? " and " : ", ");
        g_string_append(joined, g_ptr_array_index(names, i));
    }
    const char *out = g_intern_string(joined->str);
    g_string_free(joined, TRUE);
    return out;
}

/* Named slot → the single mention it holds, or -1. */
static int
fc_sentence_slot(const FcSentence *st, const FcRegex *re, const char *name)
{
    gsize s, e;
    int g = fc_regex_group_index(re, name);
    if (g < 0 || !fc_match_group(st->ex->match, g, &s, &e))
        return -1;
    return fc_sentence_token_at(st, s);
}

/* "The company, not to be confused with the Denver drone maker Corvid
 * Labs, was founded in 2016": a name the sentence sets apart is the one
 * what follows the aside is not about (what the aside itself says of it,
 * "unrelated to Seattle-based Parcelwise", still is). */
static gboolean
fc_sentence_set_apart(const FcSentence *st, int i, gsize me)
{
    static const char *const cues[] = {
        "confused with ",  "not affiliated with ", "not associated with ", "unrelated to ",
        "not related to ", "no relation to ",      "no connection to "};
    const char *t = st->lower->str;
    const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)i);
    gsize at = tp->start, from = at, to = tp->end;
    while (to < st->lower->len && t[to] != ',' && t[to] != ';' && t[to] != ')')
        to++;
    /* "not affiliated with Brindle, the Amsterdam-based banking app": its
     * description is still about it. */
    if (me <= to || g_str_has_prefix(t + to, ", the ") || g_str_has_prefix(t + to, ", a ") ||
        g_str_has_prefix(t + to, ", an "))
        return FALSE;
    while (from > 0 && t[from - 1] != ',' && t[from - 1] != ';' && t[from - 1] != '(')
        from--;
    for (guint k = 0; k < G_N_ELEMENTS(cues); k++)
        if (g_strstr_len(t + from, (gssize)(at - from), cues[k]) != NULL)
            return TRUE;
    return FALSE;
}

/* The entities of a match: one, or the names of an {entity:ORGS} list
 * ("Nvidia has invested in xAI, OpenAI and Anthropic"); -1 alone when the
 * pattern names none, and none when its one entity is set apart. */
static GArray *
fc_sentence_entities(const FcSentence *st, const FcExtractRule *r, const FcRegex *re)
{
    gsize s, e;
    int g = fc_regex_group_index(re, "entity");
    if (fc_slot_is_list(r->slots.entity) && g >= 0 && fc_match_group(st->ex->match, g, &s, &e)) {
        GArray *items = fc_sentence_slot_items(st, r->slots.entity, s, e);
        if (items->len > 0)
            return items;
        g_array_unref(items);
    }
    GArray *one = g_array_new(FALSE, FALSE, sizeof(int));
    int ent = fc_sentence_slot(st, re, "entity");
    gsize ms, me;
    if (ent < 0 || !fc_match_group(st->ex->match, 0, &ms, &me) ||
        !fc_sentence_set_apart(st, ent, me))
        g_array_append_val(one, ent);
    return one;
}

static void
fc_sentence_apply_binding(FcSentence *st, const FcExtractRule *r, const FcRegex *re, int ent)
{
    FcBinding b = {r, 0, 0, NULL, NULL, NULL, FALSE, -1};
    fc_match_group(st->ex->match, 0, &b.ms, &b.me);
    b.explicit_entity = ent >= 0;
    /* A reference or a guessed entity never means the other party of its
     * own claim; the discourse before this sentence does better. */
    if (ent < 0 || fc_sentence_mention(st, ent)->type == FC_MENTION_COREF)
        b.fallback = st->salient;
    gboolean market = FALSE;
    b.entity = ent >= 0 ? fc_sentence_mention(st, ent)->name
                        : fc_sentence_default_entity(st, b.ms, b.me, &market);
    if (market)
        return; /* a market's figure, not the discourse's company's */
    b.when = fc_sentence_slot(st, re, "when");
    gsize vs, ve, cs, ce;
    /* A pattern with alternatives may match without its value slot. */
    if (!fc_match_group(st->ex->match, fc_regex_group_index(re, "value"), &vs, &ve))
        return;
    g_autoptr(GArray) values = fc_sentence_slot_items(st, r->slots.value, vs, ve);
    g_autoptr(GArray) parts = NULL;
    int cg = fc_regex_group_index(re, "counterpart");
    if (cg >= 0 && fc_match_group(st->ex->match, cg, &cs, &ce))
        parts = fc_sentence_slot_items(st, r->slots.counterpart, cs, ce);
    const char *joint = NULL;
    if (parts != NULL && parts->len > 1 && values->len == 1 &&
        fc_mention_is_quantity(fc_sentence_mention(st, g_array_index(values, int, 0))))
        joint = fc_sentence_joint_counterpart(st, parts, b.ms, b.me);
    guint n_parts = joint != NULL || parts == NULL ? 1u : parts->len;
    for (guint p = 0; p < n_parts; p++) {
        b.counterpart = joint != NULL ? joint
                        : parts != NULL && parts->len > 0
                            ? fc_sentence_mention(st, g_array_index(parts, int, p))->name
                            : NULL;
        if (parts != NULL && b.counterpart == NULL)
            continue;
        for (guint i = 0; i < values->len; i++)
            fc_sentence_emit(st, &b, g_array_index(values, int, i));
    }
}

static void
fc_sentence_apply_match(FcSentence *st, const FcExtractRule *r, const FcRegex *re)
{
    g_autoptr(GArray) entities = fc_sentence_entities(st, r, re);
    for (guint i = 0; i < entities->len; i++)
        fc_sentence_apply_binding(st, r, re, g_array_index(entities, int, i));
}

static gboolean
fc_rule_cued(const FcExtractRule *r, const FcSentence *st)
{
    if (r->cues == NULL)
        return TRUE;
    for (guint i = 0; r->cues[i] != NULL; i++)
        if (fc_bigrams_has_key(&st->raw_pairs, &r->cue_keys[i]) &&
            strstr(st->raw_lower->str, r->cues[i]) != NULL)
            return TRUE;
    return FALSE;
}

G_STATIC_ASSERT(FC_SLOT_LAST < 32); /* slot types are bits of a guint */

/* The slot types a mention token fills.  Tokens are a handful of static
 * strings: each is worked out once, not once per mention and rule. */
static guint
fc_extractor_slot_types(FcExtractor *ex, const char *token)
{
    gpointer types;
    if (g_hash_table_lookup_extended(ex->slot_types, token, NULL, &types))
        return GPOINTER_TO_UINT(types);
    guint bits = 0;
    for (guint t = FC_SLOT_NONE + 1; t <= FC_SLOT_LAST; t++)
        if (fc_slot_accepts((FcSlotType)t, token))
            bits |= 1u << t;
    g_hash_table_insert(ex->slot_types, (gpointer)token, GUINT_TO_POINTER(bits));
    return bits;
}

/* Can the sentence fill the rule's value slot at all?  Most sentences
 * hold no figure, so most rules are skipped here for free. */
static gboolean
fc_sentence_has_value_for(FcSentence *st, const FcExtractRule *r)
{
    if (!st->slots_known) {
        st->slots_known = TRUE;
        for (guint i = 0; i < st->mentions->len; i++)
            st->slots_present |=
                fc_extractor_slot_types(st->ex, fc_mention_token(fc_sentence_mention(st, (int)i)));
    }
    return (st->slots_present & (1u << r->slots.value)) != 0;
}

static void
fc_sentence_apply_rule(FcSentence *st, const FcExtractRule *r, GPtrArray *notes)
{
    for (guint i = 0; i < r->patterns->len; i++) {
        const FcRegex *re = g_ptr_array_index(r->patterns, i);
        const FcRegex *gate = g_ptr_array_index(r->gates, i);
        if (!fc_regex_may_match(re, st->tok->str, st->tok->len, st->folded, &st->tok_pairs) ||
            (gate != NULL && fc_regex_match(gate, st->tok->str, st->tok->len, 0, st->ex->match) ==
                                 FC_REGEX_NO_MATCH))
            continue;
        gsize pos = 0;
        while (pos <= st->tok->len) {
            FcRegexResult res = fc_regex_match(re, st->tok->str, st->tok->len, pos, st->ex->match);
            if (res == FC_REGEX_LIMIT) {
                guint line, col;
                fc_document_locate(st->doc, st->span.start, &line, &col);
                g_ptr_array_add(notes, g_strdup_printf("%s:%u: sentence skipped by rule '%s': "
                                                       "pattern hit the match limit",
                                                       st->doc->path, line, r->id));
            }
            gsize s, e;
            if (res != FC_REGEX_MATCHED || !fc_match_group(st->ex->match, 0, &s, &e))
                break;
            fc_sentence_apply_match(st, r, re);
            pos = e > s ? e : s + 1;
        }
    }
}

/* A sentence is tokenised only once a rule has its value and cue words:
 * a third of all sentences never are. */
static void
fc_sentence_run(FcSentence *st, GPtrArray *notes)
{
    if (fc_sentence_debug_tokens())
        fc_sentence_tokenise(st);
    GPtrArray *rules = st->ex->rules->extract;
    for (guint i = 0; i < rules->len; i++) {
        const FcExtractRule *r = g_ptr_array_index(rules, i);
        if ((st->ex->only != NULL && st->ex->only != r) || !fc_sentence_has_value_for(st, r) ||
            !fc_rule_cued(r, st))
            continue;
        fc_sentence_tokenise(st);
        fc_sentence_apply_rule(st, r, notes);
    }
}

/* The subject is only ever a backer here (an investor or the other party
 * of an investment, never the entity of a claim). */
static gboolean
fc_sentence_subject_is_backer(const FcSentence *st)
{
    if (st->subject < 0)
        return FALSE;
    const char *name = fc_sentence_mention(st, st->subject)->name;
    for (guint i = st->first_claim; i < st->claims->len; i++)
        if (((const FcClaim *)g_ptr_array_index(st->claims, i))->entity == name)
            return FALSE;
    return fc_sentence_is_backer(st, name);
}

/* "A rival, Atlanta-based LoadLattice, laid off a fifth of its staff": a
 * sentence that brings in a rival as its subject is a digression; what
 * follows is still about the company the text was about. */
static gboolean
fc_sentence_subject_is_rival(const FcSentence *st)
{
    static const char *const openers[] = {"A rival, ",        "One rival, ",
                                          "Another rival, ",  "A competitor, ",
                                          "One competitor, ", "Another competitor, "};
    if (st->subject < 0)
        return FALSE;
    const char *t = st->doc->text + st->span.start;
    gsize len = st->span.end - st->span.start;
    gsize at = fc_sentence_mention(st, st->subject)->start - st->span.start;
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++) {
        gsize n = strlen(openers[k]);
        if (len > n && at >= n && at <= n + 40 && memcmp(t, openers[k], n) == 0 &&
            memchr(t + n, ',', at - n) == NULL)
            return TRUE;
    }
    return FALSE;
}

/* "Its main product, Beacon": the product claims of a sentence tell the
 * discourse which names are products; investor claims, which are
 * backers. */
static void
fc_extract_learn_roles(FcDiscourse *discourse, const FcSentence *st)
{
    const char *product_of = g_intern_static_string("product_of");
    const char *investor = g_intern_static_string("investor");
    const char *lead = g_intern_static_string("lead_investor");
    const char *investment = g_intern_static_string("investment");
    const char *stake = g_intern_static_string("stake");
    for (guint i = st->first_claim; i < st->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(st->claims, i);
        if (c->attribute == product_of)
            fc_discourse_learn_product(discourse, c->entity);
        else if (c->attribute == investor || c->attribute == lead)
            fc_discourse_learn_backer(discourse, c->value_entity);
        else if (c->attribute == investment || c->attribute == stake)
            fc_discourse_learn_backer(discourse, c->counterpart);
    }
}

/* Is @m the complement of a copula ("The bellwether this half was
 * Stackmoor", not "when the Central Bank of Nigeria began")? */
static gboolean
fc_sentence_after_copula(const FcSentence *st, const FcMention *m)
{
    static const char *const copulas[] = {"is", "was", "are", "were", "became", "remains"};
    gsize n;
    const char *w = fc_discourse_word_before(st->doc->text, st->span.start, m->start, &n);
    for (guint i = 0; w != NULL && i < G_N_ELEMENTS(copulas); i++)
        if (strlen(copulas[i]) == n && strncmp(w, copulas[i], n) == 0)
            return TRUE;
    return FALSE;
}

/* The one organisation a sentence names, or NULL.  With @complement it
 * must stand as a copula's complement ("The category's bellwether this
 * half was Stackmoor."); without, anywhere ("Ferrowind's funding
 * history", "About Keystone Arc"), and no investment firm. */
static const char *
fc_sentence_one_organisation(const FcSentence *st, gboolean complement)
{
    const char *only = NULL;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = fc_sentence_mention(st, (int)i);
        if (m->type == FC_MENTION_COREF || !fc_mention_is_orgish(m) || m->name == NULL)
            continue;
        gboolean fits =
            complement
                ? fc_sentence_after_copula(st, m)
                : !fc_kind_is_backer(fc_discourse_name_kind(st->ex->rules->lexicon, m->name));
        if ((only != NULL && m->name != only) || !fits)
            return NULL;
        only = m->name;
    }
    return only;
}

/* "### About Keystone Arc": the boilerplate under it is about that
 * company ("Founded in 2012, the firm has offices in London"). */
static const char *
fc_sentence_about_heading(const FcSentence *st)
{
    const char *t = st->doc->text;
    if (st->span.end - st->span.start > 80 || strncmp(t + st->span.start, "About ", 6) != 0 ||
        memchr(t + st->span.start, '.', st->span.end - st->span.start) != NULL)
        return NULL;
    return fc_sentence_one_organisation(st, FALSE);
}

/* "**April 2019** — Closed a $14m Series A": an entry of a timeline, a
 * date and a dash or colon, then the entry.  Without a subject it is about
 * what the timeline is about, not whatever the entry before it named. */
static gboolean
fc_sentence_is_timeline_entry(const FcSentence *st)
{
    if (st->mentions->len == 0)
        return FALSE;
    const FcMention *m = fc_sentence_mention(st, 0);
    if (m->type != FC_MENTION_DATE || m->start != st->span.start)
        return FALSE;
    const char *t = st->doc->text;
    gsize i = m->end;
    while (i < st->span.end && (t[i] == ' ' || t[i] == '*' || t[i] == '_'))
        i++;
    return i < st->span.end &&
           (t[i] == '-' || t[i] == ':' || g_str_has_prefix(t + i, "\xE2\x80\x94") ||
            g_str_has_prefix(t + i, "\xE2\x80\x93"));
}

/* "The collapse is a sharp reversal for a company that raised €95m": an
 * indefinite company told by what it did, in a sentence that names none,
 * is the one the article is about, not whatever the sentence before
 * named last (often a buyer or a rival). */
static const char *const fc_relatives[] = {"that", "which", "whose", "who"};

/* An indefinite company in lower-cased @t at @at: "a" or "an", then one of
 * @nouns within @reach words.  Where the words after the noun start, or
 * 0. */
static gsize
fc_indefinite_company_at(const char *t, gsize at, gsize end, const char *const *nouns,
                         guint n_nouns, guint reach)
{
    if (t[at] != 'a' || (at > 0 && g_ascii_isalpha(t[at - 1])))
        return 0;
    gsize w = at, n = fc_words_next(t, &w, end);
    if (n > 2 || (n == 2 && t[at + 1] != 'n'))
        return 0;
    for (guint words = 0; words < reach && w < end; words++) {
        gsize s = w;
        n = fc_words_next(t, &w, end);
        if (n == 0)
            return 0;
        if (fc_words_follow(t, s, s + n, nouns, n_nouns))
            return w;
    }
    return 0;
}

static gboolean
fc_sentence_is_indefinite_about(const FcSentence *st)
{
    static const char *const nouns[] = {"company", "startup", "start-up", "business"};
    const char *t = st->raw_lower->str;
    gsize end = st->raw_lower->len;
    for (gsize i = 0; i + 2 < end; i++) {
        gsize w = fc_indefinite_company_at(t, i, end, nouns, G_N_ELEMENTS(nouns), 3);
        if (w > 0)
            return fc_words_follow(t, w, end, fc_relatives, G_N_ELEMENTS(fc_relatives));
    }
    return FALSE;
}

/* "A Lisbon-based insurtech closed a €12m Series A": a sentence that
 * opens on a company it does not name is about that company, neither
 * the article's nor the one named last (a round-up's "in brief" items).
 * The company is the subject only when a verb or a comma follows it: "A
 * company spokesperson said" is about the article's. */
static gboolean
fc_sentence_opens_unnamed(const FcSentence *st)
{
    static const char *const nouns[] = {
        "company", "startup",    "start-up", "firm",     "business", "insurtech",
        "fintech", "agritech",   "proptech", "edtech",   "lender",   "developer",
        "maker",   "healthtech", "provider", "platform", "retailer", "manufacturer"};
    const char *t = st->raw_lower->str;
    gsize end = st->raw_lower->len, at = 0;
    while (at < end && strchr(" *_-", t[at]) != NULL)
        at++;
    gsize w = at < end ? fc_indefinite_company_at(t, at, end, nouns, G_N_ELEMENTS(nouns), 5) : 0;
    if (w == 0 || w >= end)
        return FALSE;
    /* "an agritech company, backed by ...": the phrase ends on its last
     * noun. */
    gsize x = w, n = fc_words_next(t, &x, end);
    if (n > 0 && fc_words_follow(t, w, w + n, nouns, G_N_ELEMENTS(nouns))) {
        w = x;
        n = fc_words_next(t, &x, end);
    }
    return w < end && (t[w] == ',' || (n > 0 && fc_words_is_verb(t + w, n)));
}

/* "Her co-founders include John Schulman, an OpenAI co-founder": the
 * sentence names @name only to say what a person is there. */
static gboolean
fc_sentence_names_role(const FcSentence *st, const char *name)
{
    gboolean role = FALSE;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = fc_sentence_mention(st, (int)i);
        if (m->name != name || m->type == FC_MENTION_COREF)
            continue;
        if (!fc_discourse_names_role(st->doc->text, st->span, m, FALSE))
            return FALSE;
        role = TRUE;
    }
    return role;
}

/* Is @m followed by a description that calls it a company: ", a
 * Lagos-based startup that ...", ", an online lender"? */
static gboolean
fc_sentence_describes_company(const FcSentence *st, const FcMention *m)
{
    static const char *const nouns[] = {"startup",   "start-up", "company",  "firm",
                                        "lender",    "fintech",  "business", "maker",
                                        "developer", "provider", "platform"};
    const char *t = st->doc->text;
    gsize i = m->end;
    if (g_str_has_prefix(t + i, ", a "))
        i += 4;
    else if (g_str_has_prefix(t + i, ", an "))
        i += 5;
    else
        return FALSE;
    for (guint words = 0; words < 6 && i < st->span.end; words++) {
        gsize e = i;
        while (e < st->span.end && (g_ascii_isalnum(t[e]) || t[e] == '-'))
            e++;
        for (guint k = 0; k < G_N_ELEMENTS(nouns); k++)
            if (e - i == strlen(nouns[k]) && memcmp(t + i, nouns[k], e - i) == 0)
                return TRUE;
        if (e == i || e >= st->span.end || t[e] != ' ')
            return FALSE;
        i = e + 1;
    }
    return FALSE;
}

/* "At Brandt-Keller, a maker of hydraulic cylinders, Whitfield was ...":
 * @m opens the sentence under a preposition, a setting for what follows. */
static gboolean
fc_sentence_opens_with_phrase(const FcSentence *st, const FcMention *m)
{
    gsize n;
    const char *w = fc_discourse_word_before(st->doc->text, st->span.start, m->start, &n);
    return w != NULL && w == st->doc->text + st->span.start && fc_words_is_preposition(w, n);
}

/* "Adesanya borrows from Kudiflow, a Lagos-based startup that pays
 * wholesalers": the one company a sentence describes as one is what the
 * text goes on about, not the neighbourhood the lede named. */
static const char *
fc_sentence_described_company(const FcSentence *st)
{
    const char *found = NULL;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = fc_sentence_mention(st, (int)i);
        if (m->type == FC_MENTION_COREF || !fc_mention_is_orgish(m) || m->name == NULL ||
            fc_kind_is_backer(fc_discourse_name_kind(st->ex->rules->lexicon, m->name)) ||
            fc_sentence_opens_with_phrase(st, m) || !fc_sentence_describes_company(st, m))
            continue;
        if (found != NULL && found != m->name)
            return NULL;
        found = m->name;
    }
    return found;
}

/* A sentence without a subject whose claims are all about one company
 * ("The largest deal was Sawah Digital, which raised $95m"), or that names
 * only one as a copula's complement ("The bellwether this half was
 * Stackmoor."), is about it; not a company that only says who a person
 * is. */
static void
fc_extract_promote_topic(FcDiscourse *discourse, const FcSentence *st)
{
    const char *entity = NULL;
    for (guint i = st->first_claim; i < st->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(st->claims, i);
        if (fc_sentence_names_role(st, c->entity))
            continue;
        /* "Its £65m purchase of Casewise ...": a deal between two parties
         * says nothing of which one the text goes on about. */
        if ((entity != NULL && c->entity != entity) || c->counterpart != NULL)
            return;
        entity = c->entity;
    }
    if (entity == NULL)
        entity = fc_sentence_one_organisation(st, TRUE);
    if (entity == NULL)
        entity = fc_sentence_described_company(st);
    if (entity != NULL &&
        !fc_kind_is_backer(fc_discourse_name_kind(st->ex->rules->lexicon, entity)))
        fc_discourse_promote(discourse, entity);
}

/* What a table after this sentence would be about: the one company a
 * heading names ("## Ferrowind's funding history"), else what the text
 * is about by now. */
static void
fc_extract_mark_topic(GArray *topics, const FcSentence *st, const FcDiscourse *discourse)
{
    const char *t = st->doc->text;
    gboolean heading = st->span.end - st->span.start <= 100 && st->span.end > st->span.start &&
                       !g_ascii_ispunct(t[st->span.end - 1]);
    const char *named = heading ? fc_sentence_one_organisation(st, FALSE) : NULL;
    const char *salient = fc_discourse_salient_company(discourse);
    FcTableTopic topic = {st->span.end, named != NULL ? named : salient};
    if (topic.name != NULL)
        g_array_append_val(topics, topic);
}

static int
fc_claim_offset_compare(gconstpointer a, gconstpointer b)
{
    const FcClaim *x = *(const FcClaim *const *)a, *y = *(const FcClaim *const *)b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Table claims come after the sentences' claims: the document's claims
 * back in document order (a stable sort). */
static void
fc_extract_sort_claims(GPtrArray *claims, guint first)
{
    g_autoptr(GPtrArray) mine = g_ptr_array_sized_new(claims->len - first);
    for (guint i = first; i < claims->len; i++)
        g_ptr_array_add(mine, g_ptr_array_index(claims, i));
    g_ptr_array_sort(mine, fc_claim_offset_compare);
    for (guint i = 0; i < mine->len; i++)
        claims->pdata[first + i] = g_ptr_array_index(mine, i);
}

/* Does "closed", "completed" or "announced" govern the date @d ("closed
 * in the autumn of 2021", "was completed on March 3")? */
static gboolean
fc_date_of_closing(const char *t, FcSpan span, const FcMention *d)
{
    static const char *const verbs[] = {"closed", "completed", "finalized", "finalised",
                                        "announced"};
    static const char *const links[] = {"in", "on", "during", "back", "the", "early", "late"};
    gsize e = d->start;
    for (guint words = 0; words < 4; words++) {
        while (e > span.start && t[e - 1] == ' ')
            e--;
        gsize b = e;
        while (b > span.start && g_ascii_isalpha(t[b - 1]))
            b--;
        if (b == e)
            return FALSE;
        for (guint i = 0; i < G_N_ELEMENTS(verbs); i++)
            if (strlen(verbs[i]) == e - b && memcmp(t + b, verbs[i], e - b) == 0)
                return TRUE;
        gboolean link = FALSE;
        for (guint i = 0; i < G_N_ELEMENTS(links) && !link; i++)
            link = strlen(links[i]) == e - b && memcmp(t + b, links[i], e - b) == 0;
        if (!link)
            return FALSE;
        e = b;
    }
    return FALSE;
}

/* Is @c a point figure of money in @unit? */
static gboolean
fc_extract_is_amount(const FcClaim *c, FcUnit unit)
{
    return c->value.unit == unit && fc_unit_is_money(unit) && c->value.low == c->value.high &&
           isfinite(c->value.low) && c->value.low > 0;
}

/* A sentence with more figures than this is a list, not a package. */
#define FC_PACKAGE_MAX_CLAIMS 16

/* Does another round figure of @a's sentence, @claims[from..to), plus the
 * debt @d make @a?  *@largest: is @a the sentence's largest? */
static gboolean
fc_extract_adds_up(GPtrArray *claims, guint from, guint to, const FcClaim *a, const FcClaim *d,
                   gboolean *largest)
{
    gboolean sum = FALSE;
    *largest = TRUE;
    for (guint j = from; j < to; j++) {
        const FcClaim *b = g_ptr_array_index(claims, j);
        if (b == a || b->attribute != a->attribute || b->entity != a->entity ||
            !fc_extract_is_amount(b, a->value.unit))
            continue;
        if (b->value.low > a->value.low)
            *largest = FALSE;
        if (fabs(b->value.low + d->value.low - a->value.low) <= 0.01 * a->value.low)
            sum = TRUE;
    }
    return sum;
}

/* The round figure @a of the sentence @claims[from..to) includes its debt
 * part @d? */
static gboolean
fc_extract_includes_debt(GPtrArray *claims, guint from, guint to, const FcClaim *a,
                         const FcClaim *d)
{
    if (d->attribute != g_intern_static_string("tranche") || !(d->flags & FC_CLAIM_DEBT) ||
        d->entity != a->entity || !fc_extract_is_amount(d, a->value.unit))
        return FALSE;
    gboolean largest;
    return fc_extract_adds_up(claims, from, to, a, d, &largest) ||
           (largest && (d->flags & FC_CLAIM_REMAINDER) && d->offset > a->offset &&
            d->value.low < a->value.low);
}

/* "was widely reported as a $125m raise; the equity portion, the Series B
 * itself, was $95m, with the remaining $30m coming as venture debt": a
 * round figure whose sentence goes on to a smaller debt remainder (the
 * sentence's largest), or to another round figure and the debt that make
 * it up, is the package, debt and all.  One sentence, @claims[from..to). */
static void
fc_extract_mark_package(GPtrArray *claims, guint from, guint to)
{
    const char *round = g_intern_static_string("round_size");
    for (guint i = from; i < to; i++) {
        FcClaim *a = g_ptr_array_index(claims, i);
        if (a->attribute != round || (a->flags & FC_CLAIM_DEBT) ||
            !fc_extract_is_amount(a, a->value.unit))
            continue;
        for (guint k = from; k < to && !(a->flags & FC_CLAIM_DEBT); k++)
            if (fc_extract_includes_debt(claims, from, to, a, g_ptr_array_index(claims, k)))
                a->flags |= FC_CLAIM_DEBT;
    }
}

/* Each sentence's claims follow each other in @claims from @first. */
static void
fc_extract_mark_packages(GPtrArray *claims, guint first)
{
    for (guint i = first; i < claims->len;) {
        guint sentence = ((const FcClaim *)g_ptr_array_index(claims, i))->sentence, j = i;
        while (j < claims->len &&
               ((const FcClaim *)g_ptr_array_index(claims, j))->sentence == sentence)
            j++;
        if (j - i <= FC_PACKAGE_MAX_CLAIMS)
            fc_extract_mark_package(claims, i, j);
        i = j;
    }
}

/* "The Series C, which valued Lumora at $2.9 billion, closed in the autumn
 * of 2021": the round's closing date dates what the sentence says of that
 * round, however far the figure is from the date. */
static void
fc_extract_date_closed_round(FcSentence *st)
{
    const char *t = st->doc->text;
    const FcMention *round = NULL, *date = NULL;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = &g_array_index(st->mentions, FcMention, i);
        if (m->type == FC_MENTION_ROUND && round == NULL)
            round = m;
        else if (m->type == FC_MENTION_DATE && round != NULL && date == NULL &&
                 fc_date_of_closing(t, st->span, m))
            date = m;
    }
    if (date == NULL || round->name == NULL || !fc_time_is_known(&date->time) ||
        fc_time_width(&date->time) > 366)
        return;
    const FcTime *now = &st->doc->date;
    if (fc_time_is_known(now) && date->time.lo <= now->lo && date->time.hi >= now->hi)
        return;
    for (guint i = st->first_claim; i < st->claims->len; i++) {
        FcClaim *c = g_ptr_array_index(st->claims, i);
        if (!(c->flags & FC_CLAIM_DATED) && c->event == round->name) {
            c->time = date->time;
            c->flags |= FC_CLAIM_DATED;
        }
    }
}

/* The date told with a raise in a sentence without a round's figure
 * ("waited until this spring to raise again"): the date mention nearest
 * a "rais" word, within a few words of it, or -1. */
static int
fc_sentence_raise_date(const FcSentence *st)
{
    const char *t = st->doc->text;
    int best = -1;
    gsize best_d = 24;
    gboolean dated = FALSE;
    for (guint d = 0; d < st->mentions->len && !dated; d++)
        dated = fc_sentence_mention(st, (int)d)->type == FC_MENTION_DATE;
    /* Most sentences tell no date: the text is searched only in the rest. */
    for (const char *r = t + st->span.start;
         dated && (r = g_strstr_len(r, (gssize)(t + st->span.end - r), "rais")) != NULL; r += 4) {
        gsize at = (gsize)(r - t);
        for (guint d = 0; d < st->mentions->len; d++) {
            const FcMention *dm = fc_sentence_mention(st, (int)d);
            if (dm->type != FC_MENTION_DATE || !fc_time_is_known(&dm->time))
                continue;
            gsize dist = dm->end <= at ? at - dm->end : dm->start > at ? dm->start - at : 0;
            if (dist < best_d) {
                best = (int)d;
                best_d = dist;
            }
        }
    }
    return best;
}

static void
fc_extract_note_raise(FcRoundTime *rt, const FcSentence *st, guint sentence)
{
    const char *entity = st->subject >= 0 ? fc_sentence_mention(st, st->subject)->name : NULL;
    if (entity == NULL)
        entity = st->salient;
    int d = entity != NULL ? fc_sentence_raise_date(st) : -1;
    if (d >= 0)
        fc_round_time_note(rt, entity, &fc_sentence_mention(st, d)->time, sentence);
}

void
fc_extract_document(FcExtractor *ex, const FcDocument *doc, guint doc_index, GPtrArray *claims,
                    GPtrArray *notes)
{
    g_autoptr(GArray) sentences = fc_segment_sentences(doc);
    g_autoptr(FcDiscourse) discourse = fc_discourse_new(ex->rules->lexicon);
    FcLocator locator;
    fc_locator_init(&locator, doc);
    FcSentence st;
    fc_sentence_init(&st, ex, doc, doc_index, claims, &locator);
    FcRoundTime round_time = {0};
    FcAnchor anchor = {0};
    guint first = claims->len;
    g_autoptr(GArray) topics = g_array_new(FALSE, FALSE, sizeof(FcTableTopic));
    /* Most documents have no table: mark no topics for one. */
    gboolean tables = memchr(doc->text, '|', doc->len) != NULL;
    for (guint i = 0; i < sentences->len; i++) {
        if (fc_table_is_row(doc->text, g_array_index(sentences, FcSpan, i)))
            continue;
        fc_sentence_reset(&st, i, g_array_index(sentences, FcSpan, i));
        if (fc_mention_scan_lower(ex->rules->scanner, doc, st.span, st.raw_lower->str,
                                  &st.raw_pairs, fc_discourse_known_names(discourse), ex->match,
                                  st.mentions) > 0) {
            guint line, col;
            fc_document_locate(doc, st.span.start, &line, &col);
            g_ptr_array_add(notes, g_strdup_printf("%s:%u: sentence partly skipped: a mention "
                                                   "pattern hit the match limit",
                                                   doc->path, line));
        }
        fc_anchor_resolve(&anchor, doc->text, st.span, &doc->date, st.mentions);
        /* What the text was about before this sentence: a sentence whose
         * subject is one of its values ("Thrive and GIC co-led the round")
         * is still about the earlier topic. */
        st.salient = fc_discourse_salient_company(discourse);
        st.subject = fc_discourse_sentence(discourse, doc, st.span, st.mentions);
        st.subject_backer =
            st.subject >= 0 &&
            fc_discourse_is_backer(discourse, fc_sentence_mention(&st, st.subject)->name);
        if (st.salient == NULL)
            st.salient = fc_discourse_salient_company(discourse);
        gboolean entry = st.subject < 0 && fc_sentence_is_timeline_entry(&st) &&
                         fc_discourse_topic(discourse) != NULL;
        if (entry || (st.subject < 0 && fc_discourse_topic(discourse) != NULL &&
                      fc_sentence_is_indefinite_about(&st)))
            st.salient = fc_discourse_topic(discourse);
        else if (st.subject < 0 && fc_sentence_opens_unnamed(&st))
            st.salient = NULL;
        fc_sentence_run(&st, notes);
        fc_extract_date_closed_round(&st);
        if (tables)
            fc_extract_mark_topic(topics, &st, discourse);
        fc_round_time_share(&round_time, st.claims, st.first_claim, i, doc->text, st.span);
        if (!round_time.set || round_time.sentence != i)
            fc_extract_note_raise(&round_time, &st, i);
        fc_discourse_learn_persons(discourse, st.mentions);
        fc_extract_learn_roles(discourse, &st);
        const char *about = st.subject < 0 ? fc_sentence_about_heading(&st) : NULL;
        if (fc_sentence_subject_is_backer(&st) || fc_sentence_subject_is_rival(&st))
            fc_discourse_demote_subject(discourse);
        else if (entry)
            fc_discourse_assume_subject(discourse, st.salient);
        else if (about != NULL)
            fc_discourse_assume_subject(discourse, about);
        else if (st.subject < 0)
            fc_extract_promote_topic(discourse, &st);
    }
    fc_sentence_clear(&st);
    fc_extract_mark_packages(claims, first);
    guint before = claims->len;
    fc_table_extract(ex->rules, ex->match, doc, doc_index, topics, sentences->len, claims);
    if (claims->len > before)
        fc_extract_sort_claims(claims, first);
}
