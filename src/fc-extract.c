#include "fc-extract.h"

#include "fc-discourse.h"
#include "fc-pattern.h"
#include "fc-segment.h"

#include <string.h>

#define FC_TOKEN_OPEN "⟦"
#define FC_TOKEN_CLOSE "⟧"
/* How far before a match status words still govern it: about a clause. */
#define FC_STATUS_REACH 90
#define FC_PRIOR_REACH 72
#define FC_DATE_REACH 100
#define FC_QUOTE_MAX 480

enum {
    FC_CUE_PLANNED,
    FC_CUE_RUMORED,
    FC_CUE_ESTIMATED,
    FC_CUE_PROJECTED,
    FC_CUE_PRIOR,
    FC_CUE_CUMULATIVE_BEFORE,
    FC_CUE_CUMULATIVE_AFTER,
    FC_CUE_PRE_MONEY_BEFORE,
    FC_CUE_PRE_MONEY_AFTER,
    FC_CUE_COUNT
};

static const char *const fc_cue_sources[FC_CUE_COUNT] = {
    [FC_CUE_PLANNED] =
        "\\b(?:in (?:early |advanced |final |preliminary )?(?:talks|discussions|negotiations)"
        "|negotiat\\w+|plans? to|planning to|aims? to|aiming|targets?|targeting|seeks?|seeking"
        "|looking to|hop(?:es?|ing) to|(?:is|are) set to|expected to (?:raise|invest|value|close)"
        "|could|would|might|wants? to|intends? to|considering|proposed|potential|weighing"
        "|exploring|pitching|signall?ed plans|goal)\\b",
    [FC_CUE_RUMORED] =
        "\\b(?:rumou?red|reportedly|according to (?:people|sources|a person|two people|"
        "three people)|people familiar|person familiar|sources (?:say|said|told)|speculat\\w*"
        "|unconfirmed|(?:is|are|was|were) said to)\\b",
    [FC_CUE_ESTIMATED] = "\\b(?:estimated|estimates?|estimating)\\b",
    [FC_CUE_PROJECTED] =
        "\\b(?:projected|projects|projections?|forecasts?|forecasted|on track (?:to|for)|expects?"
        "|expects? to (?:reach|hit|generate|make))\\b",
    [FC_CUE_PRIOR] =
        "(?:\\b(?:up|down|rising|rose|jumping|jumped|climbing|climbed|increas(?:e|ed|ing)) from"
        "|\\bprevious(?:ly)?|\\bprior|\\bearlier|\\blast valued at|\\bfrom)"
        "(?: (?:[\\p{L}'-]+|⟦[A-Z]+:\\d+⟧(?:'s)?)){0,3} $"
        /* "two months after a round that valued it at $14bn" */
        "|\\b(?:after|following|since|before) (?:[\\p{L}'-]+ |⟦[A-Z]+:\\d+⟧(?:'s)? ){0,4}?"
        "(?:round|raise|deal|financing|investment) (?:that|which) (?:had |previously )?valued "
        "(?:⟦[A-Z]+:\\d+⟧|it|them) at (?:an? )?$",
    [FC_CUE_CUMULATIVE_BEFORE] =
        "\\b(?:a total of|in total|cumulative(?:ly)?|altogether|(?:has|have) (?:now )?"
        "invested (?:a combined|more than|over|about|nearly|some)?)"
        "(?: [\\p{L}-]+){0,2} ?$",
    /* "a pre-money valuation of $45bn", "a $45bn pre-money valuation",
     * "valued at $45bn pre-money": right next to the figure. */
    [FC_CUE_PRE_MONEY_BEFORE] =
        "\\bpre-?money (?:valuation )?(?:[\\p{L}-]+ ){0,2}?(?:of |at |to |is |was )?$",
    [FC_CUE_PRE_MONEY_AFTER] = "^(?:,? pre-?money\\b|(?: [\\p{L}-]+){0,2}? before the (?:new )?"
                               "(?:money|investment|round|funding|raise|cash)\\b)",
    [FC_CUE_CUMULATIVE_AFTER] =
        "^(?: [\\p{L}-]+){0,4}? (?:in total|to date|so far|over the years|in all|altogether"
        "|since (?:⟦ORG:\\d+⟧'s|the company's) (?:founding|inception|launch)|since ⟦DATE:\\d+⟧)",
};

struct _FcExtractor {
    const FcRuleSet *rules;
    const FcExtractRule *only;
    FcMatch *match;
    FcMatch *cue_match;
    FcRegex *cues[FC_CUE_COUNT];
};

FcExtractor *
fc_extractor_new(const FcRuleSet *rules)
{
    FcExtractor *ex = g_new0(FcExtractor, 1);
    ex->rules = rules;
    ex->match = fc_match_new();
    ex->cue_match = fc_match_new();
    for (guint i = 0; i < FC_CUE_COUNT; i++) {
        g_autoptr(GError) error = NULL;
        ex->cues[i] = fc_regex_new(fc_cue_sources[i], FC_REGEX_CASELESS, &error);
        if (ex->cues[i] == NULL)
            g_error("internal cue pattern %u: %s", i, error->message);
    }
    return ex;
}

void
fc_extractor_free(FcExtractor *ex)
{
    if (ex == NULL)
        return;
    fc_match_free(ex->match);
    fc_match_free(ex->cue_match);
    for (guint i = 0; i < FC_CUE_COUNT; i++)
        fc_regex_free(ex->cues[i]);
    g_free(ex);
}

void
fc_extractor_only(FcExtractor *ex, const FcExtractRule *rule)
{
    ex->only = rule;
}

/* ---- one sentence ------------------------------------------------------ */

typedef struct {
    gsize start, end; /* of the token in the tokenised sentence */
} FcTokenPos;

/* An entity a rule named explicitly, and where its value stands: a later
 * figure in the same sentence without a named entity is about it ("SoftBank
 * will invest $30bn in OpenAI, part of a round that could raise $100bn"). */
typedef struct {
    gsize at;
    const char *entity;
} FcFocus;

typedef struct {
    FcExtractor *ex;
    const FcDocument *doc;
    guint doc_index, number;
    FcSpan span;
    GArray *mentions; /* FcMention */
    GArray *tokpos;   /* FcTokenPos per mention */
    GString *tok;     /* tokenised text */
    char *lower;      /* tok, ASCII lower-cased */
    char *raw_lower;  /* the sentence as written, lower-cased, for cue words */
    int subject;
    const char *salient;
    const FcExtractRule **used; /* per mention: the rule that took it as a value */
    gsize *used_at;             /* ... and where that rule's match started, plus one */
    char *quote;
    GArray *focus; /* FcFocus: entities named explicitly by earlier matches */
    FcLocator *locator;
    GPtrArray *claims;
    guint first_claim;
} FcSentence;

static gboolean
fc_is_space_char(gunichar c)
{
    return g_unichar_isspace(c) || c == 0x00A0 || c == 0x2009 || c == 0x202F || c == 0x200B;
}

/* Copies doc text into the tokenised sentence with white space collapsed
 * and typographic quotes and dashes folded, so patterns stay simple. */
static void
fc_sentence_copy(FcSentence *st, gsize from, gsize to)
{
    const char *p = st->doc->text + from, *end = st->doc->text + to;
    GString *t = st->tok;
    while (p < end) {
        gunichar c = g_utf8_get_char(p);
        p = g_utf8_next_char(p);
        if (fc_is_space_char(c)) {
            if (t->len > 0 && t->str[t->len - 1] != ' ')
                g_string_append_c(t, ' ');
        } else if ((c == '.' || c == ',' || c == ';' || c == ':') && t->len > 0 &&
                   t->str[t->len - 1] == ' ') {
            /* Blanked markup ("[Name](url).") leaves a gap patterns do not
             * expect before punctuation. */
            t->str[t->len - 1] = (char)c;
        } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032) {
            g_string_append_c(t, '\'');
        } else if (c == 0x201C || c == 0x201D || c == 0x201E) {
            g_string_append_c(t, '"');
        } else if (c == 0x2013 || c == 0x2014 || c == 0x2012) {
            if (t->len > 0 && t->str[t->len - 1] != ' ')
                g_string_append_c(t, ' ');
            g_string_append(t, "- ");
        } else {
            g_string_append_unichar(t, c);
        }
    }
}

/* "Databricks' chief executive": a possessive written with the apostrophe
 * alone reads like any other, so patterns need only "'s".  The apostrophe
 * itself is then skipped by the caller. */
static gboolean
fc_sentence_bare_apostrophe(const FcSentence *st, const FcMention *m)
{
    const char *t = st->doc->text;
    if (m->end >= st->span.end || m->end == 0 || t[m->end - 1] != 's')
        return FALSE;
    const char *p = t + m->end;
    gsize n = *p == '\'' ? 1 : strncmp(p, "’", strlen("’")) == 0 ? strlen("’") : 0;
    return n > 0 && m->end + n < st->span.end && g_ascii_isspace(p[n]);
}

static void
fc_sentence_tokenise(FcSentence *st)
{
    gsize at = st->span.start;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = &g_array_index(st->mentions, FcMention, i);
        fc_sentence_copy(st, at, m->start);
        FcTokenPos pos = {st->tok->len, 0};
        g_string_append_printf(st->tok, FC_TOKEN_OPEN "%s:%u" FC_TOKEN_CLOSE, fc_mention_token(m),
                               i);
        pos.end = st->tok->len;
        if (m->possessive || fc_sentence_bare_apostrophe(st, m))
            g_string_append(st->tok, "'s");
        g_array_append_val(st->tokpos, pos);
        at = m->end;
        if (!m->possessive && fc_sentence_bare_apostrophe(st, m))
            at += st->doc->text[at] == '\'' ? 1 : strlen("’");
    }
    fc_sentence_copy(st, at, st->span.end);
    st->lower = g_ascii_strdown(st->tok->str, (gssize)st->tok->len);
    st->raw_lower =
        g_ascii_strdown(st->doc->text + st->span.start, (gssize)(st->span.end - st->span.start));
    /* Rule authors' view of what the patterns see. */
    if (g_getenv("FACTCHECK_DEBUG_TOKENS") != NULL)
        g_printerr("%s#%u: %s\n", st->doc->path, st->number, st->tok->str);
}

/* Index of the mention whose token starts at tok[pos], or -1. */
static int
fc_sentence_token_at(const FcSentence *st, gsize pos)
{
    const char *p = st->tok->str + pos;
    if (strncmp(p, FC_TOKEN_OPEN, strlen(FC_TOKEN_OPEN)) != 0)
        return -1;
    const char *colon = strchr(p, ':');
    if (colon == NULL)
        return -1;
    guint64 idx = g_ascii_strtoull(colon + 1, NULL, 10);
    return idx < st->mentions->len ? (int)idx : -1;
}

static const FcMention *
fc_sentence_mention(const FcSentence *st, int i)
{
    return &g_array_index(st->mentions, FcMention, (guint)i);
}

/* Mentions filling a slot: one token, or every name of a list except
 * possessive owners ("Singapore's fund GIC" → GIC). */
static GArray *
fc_sentence_slot_items(const FcSentence *st, FcSlotType type, gsize s, gsize e)
{
    GArray *items = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize p = s; p < e; p++) {
        int i = fc_sentence_token_at(st, p);
        if (i < 0)
            continue;
        const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)i);
        gboolean owner = strncmp(st->tok->str + tp->end, "'s", 2) == 0 && tp->end + 2 < e;
        if (fc_slot_accepts(type, fc_mention_token(fc_sentence_mention(st, i))) &&
            (!owner || !fc_slot_is_list(type)))
            g_array_append_val(items, i);
        p = tp->end - 1;
    }
    return items;
}

static gsize
fc_utf8_floor(const char *s, gsize pos)
{
    while (pos > 0 && (s[pos] & 0xC0) == 0x80)
        pos--;
    return pos;
}

static gboolean
fc_sentence_cue(const FcSentence *st, guint cue, gsize from, gsize to)
{
    const FcExtractor *ex = st->ex;
    return fc_regex_match(ex->cues[cue], st->tok->str, to, from, ex->cue_match) == FC_REGEX_MATCHED;
}

static FcStatus
fc_sentence_status(const FcSentence *st, gsize ms, gsize me)
{
    gsize from = fc_utf8_floor(st->tok->str, ms > FC_STATUS_REACH ? ms - FC_STATUS_REACH : 0);
    static const struct {
        guint cue;
        FcStatus status;
    } order[] = {{FC_CUE_RUMORED, FC_STATUS_RUMORED},
                 {FC_CUE_PLANNED, FC_STATUS_PLANNED},
                 {FC_CUE_PROJECTED, FC_STATUS_PROJECTED},
                 {FC_CUE_ESTIMATED, FC_STATUS_ESTIMATED}};
    for (guint i = 0; i < G_N_ELEMENTS(order); i++)
        if (fc_sentence_cue(st, order[i].cue, from, me))
            return order[i].status;
    /* Attribution usually trails the sentence: "..., according to people
     * familiar with the matter." */
    if (fc_sentence_cue(st, FC_CUE_RUMORED, me, st->tok->len))
        return FC_STATUS_RUMORED;
    return FC_STATUS_REPORTED;
}

static guint
fc_sentence_qualifiers(const FcSentence *st, int value)
{
    const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)value);
    gsize from =
        fc_utf8_floor(st->tok->str, tp->start > FC_PRIOR_REACH ? tp->start - FC_PRIOR_REACH : 0);
    guint flags = 0;
    if (fc_sentence_cue(st, FC_CUE_PRIOR, from, tp->start))
        flags |= FC_CLAIM_PRIOR;
    if (fc_sentence_cue(st, FC_CUE_CUMULATIVE_BEFORE, from, tp->start))
        flags |= FC_CLAIM_CUMULATIVE;
    gsize to = MIN(st->tok->len, tp->end + 48);
    to = fc_utf8_floor(st->tok->str, to);
    /* The after-window starts at the token's end: anchor there. */
    const FcExtractor *ex = st->ex;
    if (fc_regex_match(ex->cues[FC_CUE_CUMULATIVE_AFTER], st->tok->str + tp->end, to - tp->end, 0,
                       ex->cue_match) == FC_REGEX_MATCHED)
        flags |= FC_CLAIM_CUMULATIVE;
    if (fc_sentence_cue(st, FC_CUE_PRE_MONEY_BEFORE, from, tp->start) ||
        fc_regex_match(ex->cues[FC_CUE_PRE_MONEY_AFTER], st->tok->str + tp->end, to - tp->end, 0,
                       ex->cue_match) == FC_REGEX_MATCHED)
        flags |= FC_CLAIM_PRE_MONEY;
    return flags;
}

static gboolean
fc_mention_is_quantity(const FcMention *m)
{
    return m->type == FC_MENTION_MONEY || m->type == FC_MENTION_PERCENT ||
           m->type == FC_MENTION_NUMBER;
}

static gsize
fc_mention_distance(const FcMention *a, const FcMention *b)
{
    return a->end <= b->start ? b->start - a->end : a->start >= b->end ? a->start - b->end : 0;
}

/* A comma between a figure and a date usually starts another clause ("$6.8bn,
 * well above what it fetched last year"), except after an opening phrase
 * ("In May, Cohere raised $500m"). */
static gboolean
fc_sentence_date_reaches(const FcSentence *st, const FcMention *date, const FcMention *value)
{
    const char *text = st->doc->text;
    gsize from = MIN(date->end, value->end), to = MAX(date->start, value->start);
    if (from >= to || memchr(text + from, ',', to - from) == NULL)
        return TRUE;
    if (date->start > value->start)
        return FALSE;
    return date->start - st->span.start < 24 &&
           memchr(text + st->span.start, ',', date->start - st->span.start) == NULL;
}

/* "valued at $61.5bn in March, when it raised $3.5bn": a "when" clause
 * shares the time of the clause it hangs on. */
static int
fc_sentence_date_by_when(const FcSentence *st, const FcMention *v)
{
    for (guint d = 0; d < st->mentions->len; d++) {
        const FcMention *dm = fc_sentence_mention(st, (int)d);
        if (dm->type != FC_MENTION_DATE || dm->end > v->start)
            continue;
        g_autofree char *gap = g_strndup(st->doc->text + dm->end, v->start - dm->end);
        if (strstr(gap, " when ") != NULL && strchr(gap, '.') == NULL)
            return (int)d;
    }
    return -1;
}

/* A date in the sentence belongs to the quantity nearest to it: "$350bn, up
 * from $183bn as of September" dates only the $183bn. */
static int
fc_sentence_date_for(const FcSentence *st, int value)
{
    int best = -1;
    gsize best_d = G_MAXSIZE;
    const FcMention *v = fc_sentence_mention(st, value);
    for (guint d = 0; d < st->mentions->len; d++) {
        const FcMention *dm = fc_sentence_mention(st, (int)d);
        if (dm->type != FC_MENTION_DATE || (int)d == value)
            continue;
        int nearest = -1;
        gsize nd = G_MAXSIZE;
        for (guint q = 0; q < st->mentions->len; q++) {
            const FcMention *qm = fc_sentence_mention(st, (int)q);
            if (fc_mention_is_quantity(qm) && fc_mention_distance(qm, dm) < nd) {
                nd = fc_mention_distance(qm, dm);
                nearest = (int)q;
            }
        }
        if (nearest == value && nd < best_d && nd <= FC_DATE_REACH &&
            fc_sentence_date_reaches(st, dm, v)) {
            best = (int)d;
            best_d = nd;
        }
    }
    return best >= 0 ? best : fc_sentence_date_by_when(st, v);
}

static const char *
fc_sentence_event(const FcSentence *st, int value)
{
    const FcMention *v = fc_sentence_mention(st, value);
    const char *label = NULL;
    gsize best = G_MAXSIZE;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = fc_sentence_mention(st, (int)i);
        if (m->type == FC_MENTION_ROUND && fc_mention_distance(m, v) < best) {
            best = fc_mention_distance(m, v);
            label = m->name;
        }
    }
    return label;
}

static const char *
fc_sentence_quote(FcSentence *st, const FcMention *v)
{
    if (st->quote != NULL)
        return st->quote;
    FcSpan span = st->span;
    gboolean cut_left = FALSE, cut_right = FALSE;
    if (span.end - span.start > FC_QUOTE_MAX) {
        gsize half = FC_QUOTE_MAX / 2;
        gsize s = v->start > span.start + half ? v->start - half : span.start;
        gsize e = MIN(span.end, s + FC_QUOTE_MAX);
        cut_left = s > span.start;
        cut_right = e < span.end;
        span.start = fc_utf8_floor(st->doc->text, s);
        span.end = fc_utf8_floor(st->doc->text, e);
    }
    g_autofree char *q = fc_document_quote(st->doc, span);
    st->quote = g_strconcat(cut_left ? "…" : "", q, cut_right ? "…" : "", NULL);
    return st->quote;
}

/* The name a mention contributes to a claim. */
static const char *
fc_mention_name(const FcMention *m)
{
    return m->name;
}

static gboolean
fc_claim_set_value(FcSentence *st, FcClaim *c, const FcMention *v)
{
    g_autofree char *surface = g_strndup(st->doc->text + v->start, v->end - v->start);
    switch (v->type) {
    case FC_MENTION_MONEY:
    case FC_MENTION_PERCENT:
    case FC_MENTION_NUMBER:
        c->value = v->value;
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
        if (fc_mention_name(v) == NULL)
            return FALSE;
        c->value_entity = fc_mention_name(v);
        c->value.unit = FC_UNIT_NONE;
        c->value.low = c->value.high = 0;
        break;
    }
    c->value_text = g_utf8_make_valid(surface, -1);
    g_strstrip(c->value_text);
    return TRUE;
}

static void
fc_claim_set_time(FcSentence *st, FcClaim *c, int value, int when)
{
    int d = when >= 0 ? when : fc_sentence_date_for(st, value);
    const FcMention *v = fc_sentence_mention(st, value);
    if (d >= 0 && v->type != FC_MENTION_DATE) {
        c->time = fc_sentence_mention(st, d)->time;
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

static void
fc_sentence_emit(FcSentence *st, const FcBinding *b, int value)
{
    /* The first, more specific rule to read a mention as a value owns it:
     * "$13bn investment in Claude's rival Mistral" must not also make a
     * generic rule's claim of the same figure or name. */
    const FcExtractRule *used = st->used[value];
    gboolean same_match = used == b->rule && st->used_at[value] == b->ms + 1;
    gboolean quantity = fc_mention_is_quantity(fc_sentence_mention(st, value));
    /* A name may fill the same attribute twice when the later rule names
     * its entity ("Sequoia joined Anthropic's round, despite being a backer
     * of rival OpenAI"); a loose rule guessing the entity may not. */
    if (used != NULL && !same_match &&
        (used == b->rule || quantity ||
         (used->attribute == b->rule->attribute && !b->explicit_entity)))
        return;
    g_autoptr(FcClaim) c = fc_claim_new();
    const FcMention *v = fc_sentence_mention(st, value);
    if (!fc_claim_set_value(st, c, v))
        return;
    c->entity = b->entity;
    c->counterpart = b->counterpart;
    c->attribute = b->rule->attribute;
    /* "Amazon, which has invested $8bn in the company": a reference never
     * means the other party of its own claim. */
    if (b->fallback != NULL && (c->entity == c->value_entity || c->entity == c->counterpart))
        c->entity = b->fallback;
    if (c->entity == NULL || c->entity == c->value_entity || c->entity == c->counterpart)
        return;
    c->rule = b->rule->id;
    c->flags = b->rule->flags | fc_sentence_qualifiers(st, value);
    c->status = b->rule->has_status ? b->rule->status : fc_sentence_status(st, b->ms, b->me);
    /* An earlier figure is history, whatever is planned now: "in talks at
     * $350bn, up from its $183bn valuation". */
    if ((c->flags & FC_CLAIM_PRIOR) && c->status == FC_STATUS_PLANNED)
        c->status = FC_STATUS_REPORTED;
    fc_claim_set_time(st, c, value, b->when);
    c->event = fc_sentence_event(st, value);
    c->document = g_intern_string(st->doc->path);
    c->doc_index = st->doc_index;
    c->sentence = st->number;
    c->offset = v->start;
    fc_locator_locate(st->locator, v->start, &c->line, &c->column);
    c->quote = g_strdup(fc_sentence_quote(st, v));
    if (fc_sentence_known(st, c))
        return;
    if (st->used[value] == NULL) {
        st->used[value] = b->rule;
        st->used_at[value] = b->ms + 1;
    }
    if (b->explicit_entity) {
        FcFocus f = {g_array_index(st->tokpos, FcTokenPos, (guint)value).start, c->entity};
        g_array_append_val(st->focus, f);
    }
    g_ptr_array_add(st->claims, g_steal_pointer(&c));
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

/* Who a match without an {entity} slot is about: the sentence's subject,
 * else an entity named earlier in the sentence, else the discourse. */
static const char *
fc_sentence_default_entity(const FcSentence *st, gsize ms, gsize me)
{
    /* A subject inside the match is one of the values ("Thrive and GIC
     * co-led the round"), not what the claim is about. */
    if (st->subject >= 0) {
        const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)st->subject);
        const char *name = fc_sentence_mention(st, st->subject)->name;
        if ((tp->start < ms || tp->start >= me) && !fc_sentence_is_backer(st, name))
            return name;
    }
    for (guint i = st->focus->len; i-- > 0;) {
        const FcFocus *f = &g_array_index(st->focus, FcFocus, i);
        if (f->at < ms)
            return f->entity;
    }
    return st->salient;
}

/* "Microsoft and Nvidia will invest $15bn": one amount from several
 * backers is their combined amount, unless the text says "each". */
static const char *
fc_sentence_joint_counterpart(const FcSentence *st, GArray *parts, gsize ms, gsize me)
{
    g_autofree char *span = g_strndup(st->lower + ms, me - ms);
    if (strstr(span, " each ") != NULL)
        return NULL;
    GString *joined = g_string_new(NULL);
    for (guint i = 0; i < parts->len; i++) {
        const char *name = fc_sentence_mention(st, g_array_index(parts, int, i))->name;
        if (name == NULL)
            continue;
        if (joined->len > 0)
            g_string_append(joined, i + 1 == parts->len ? " and " : ", ");
        g_string_append(joined, name);
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

static void
fc_sentence_apply_match(FcSentence *st, const FcExtractRule *r, const FcRegex *re)
{
    FcBinding b = {r, 0, 0, NULL, NULL, NULL, FALSE, -1};
    fc_match_group(st->ex->match, 0, &b.ms, &b.me);
    int ent = fc_sentence_slot(st, re, "entity");
    b.explicit_entity = ent >= 0;
    /* A reference or a guessed entity never means the other party of its
     * own claim; the discourse before this sentence does better. */
    if (ent < 0 || fc_sentence_mention(st, ent)->type == FC_MENTION_COREF)
        b.fallback = st->salient;
    b.entity =
        ent >= 0 ? fc_sentence_mention(st, ent)->name : fc_sentence_default_entity(st, b.ms, b.me);
    b.when = fc_sentence_slot(st, re, "when");
    gsize vs, ve, cs, ce;
    fc_match_group(st->ex->match, fc_regex_group_index(re, "value"), &vs, &ve);
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

static gboolean
fc_rule_cued(const FcExtractRule *r, const char *lower)
{
    if (r->cues == NULL)
        return TRUE;
    for (guint i = 0; r->cues[i] != NULL; i++)
        if (strstr(lower, r->cues[i]) != NULL)
            return TRUE;
    return FALSE;
}

static void
fc_sentence_apply_rule(FcSentence *st, const FcExtractRule *r, GPtrArray *notes)
{
    if (!fc_rule_cued(r, st->raw_lower))
        return;
    for (guint i = 0; i < r->patterns->len; i++) {
        const FcRegex *re = g_ptr_array_index(r->patterns, i);
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

static void
fc_sentence_run(FcSentence *st, GPtrArray *notes)
{
    fc_sentence_tokenise(st);
    st->used = g_new0(const FcExtractRule *, st->mentions->len + 1);
    st->used_at = g_new0(gsize, st->mentions->len + 1);
    GPtrArray *rules = st->ex->rules->extract;
    for (guint i = 0; i < rules->len; i++) {
        const FcExtractRule *r = g_ptr_array_index(rules, i);
        if (st->ex->only == NULL || st->ex->only == r)
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

static void
fc_sentence_clear(FcSentence *st)
{
    g_array_unref(st->mentions);
    g_array_unref(st->tokpos);
    g_array_unref(st->focus);
    g_string_free(st->tok, TRUE);
    g_free(st->lower);
    g_free(st->raw_lower);
    g_free(st->used);
    g_free(st->used_at);
    g_free(st->quote);
}

void
fc_extract_document(FcExtractor *ex, const FcDocument *doc, guint doc_index, GPtrArray *claims,
                    GPtrArray *notes)
{
    g_autoptr(GArray) sentences = fc_segment_sentences(doc);
    g_autoptr(FcDiscourse) discourse = fc_discourse_new(ex->rules->lexicon);
    FcLocator locator;
    fc_locator_init(&locator, doc);
    for (guint i = 0; i < sentences->len; i++) {
        FcSentence st = {0};
        st.ex = ex;
        st.doc = doc;
        st.doc_index = doc_index;
        st.number = i;
        st.span = g_array_index(sentences, FcSpan, i);
        st.mentions = g_array_new(FALSE, FALSE, sizeof(FcMention));
        st.tokpos = g_array_new(FALSE, FALSE, sizeof(FcTokenPos));
        st.tok = g_string_new(NULL);
        st.focus = g_array_new(FALSE, FALSE, sizeof(FcFocus));
        st.claims = claims;
        st.locator = &locator;
        st.first_claim = claims->len;
        if (fc_mention_scan(ex->rules->scanner, doc, st.span, ex->match, st.mentions) > 0) {
            guint line, col;
            fc_document_locate(doc, st.span.start, &line, &col);
            g_ptr_array_add(notes, g_strdup_printf("%s:%u: sentence partly skipped: a mention "
                                                   "pattern hit the match limit",
                                                   doc->path, line));
        }
        /* What the text was about before this sentence: a sentence whose
         * subject is one of its values ("Thrive and GIC co-led the round")
         * is still about the earlier topic. */
        st.salient = fc_discourse_salient(discourse);
        st.subject = fc_discourse_sentence(discourse, doc, st.span, st.mentions);
        if (st.salient == NULL)
            st.salient = fc_discourse_salient(discourse);
        fc_sentence_run(&st, notes);
        if (fc_sentence_subject_is_backer(&st))
            fc_discourse_demote_subject(discourse);
        fc_sentence_clear(&st);
    }
}
