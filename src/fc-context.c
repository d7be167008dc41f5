#include "fc-context.h"

#include "fc-regex.h"

#include <string.h>

/* How far before a match status words still govern it: about a clause. */
#define FC_STATUS_REACH 90
#define FC_BEFORE_REACH 72
/* "follows a $500m round in May, led by Accel, that valued it at": the
 * history cue may open further back than the others. */
#define FC_PRIOR_REACH 120
/* How far after a figure the list of what it consists of may run. */
#define FC_PACKAGE_REACH 200
#define FC_DATE_REACH 100

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
    FC_CUE_PRIOR_CLAUSE,
    FC_CUE_PRIOR_AFTER,
    FC_CUE_PLANNED_AFTER,
    FC_CUE_POST_MONEY_BEFORE,
    FC_CUE_POST_MONEY_AFTER,
    FC_CUE_PARTIAL_BEFORE,
    FC_CUE_PARTIAL_AFTER,
    FC_CUE_DEBT_BEFORE,
    FC_CUE_DEBT_AFTER,
    FC_CUE_CREDITS_AFTER,
    FC_CUE_PACKAGE_AFTER,
    FC_CUE_CONDITIONAL,
    FC_CUE_SECONDARY_BEFORE,
    FC_CUE_SECONDARY_AFTER,
    FC_CUE_MARK_BEFORE,
    FC_CUE_COUNT
};

static const char *const fc_cue_sources[FC_CUE_COUNT] = {
    [FC_CUE_PLANNED] =
        "\\b(?:in (?:early |advanced |final |preliminary )?(?:talks|discussions|negotiations)"
        "|negotiat\\w+|plans? to|planning to|aims? to|aiming|targets?|targeting|seeks?|seeking"
        "|looking to|hop(?:es?|ed|ing) to|(?:is|are) set to|expected to "
        "(?:raise|invest|value|close)"
        "|(?:could|would|might|may|likely) (?:[\\p{L}]+ )?(?:raise|value|be "
        "valued|invest|reach|close|fetch"
        "|top|exceed|bring in|total|be worth|lead|join|imply|put|give|mean)"
        "|wants? to|intends? to|considering|proposed|potential|weighing|ambitions?|goal of"
        "|goals? (?:is|are|was) to|to get to"
        "|exploring|pitching|signall?ed plans|goal|nearing (?:a|the) (?:deal|round|close)"
        "|sounding out|shopping (?:a|an|the|its) (?:round|deal|raise|stake)"
        "|finali[sz]ing|(?:is|are) (?:reportedly |reported to be |said to be )?raising)\\b",
    [FC_CUE_RUMORED] =
        "\\b(?:rumou?red|reportedly|according to (?:people|sources|a person|two people|"
        "three people)|people familiar|person familiar|sources (?:say|said|told)|speculat\\w*"
        /* "..., the people said": the sources named earlier. */
        "|(?:the|those|these|both|two|three|several) (?:people|persons|sources) (?:said|say|added)"
        "|the person (?:said|added)|one of (?:the|those) (?:people|sources)"
        "|unconfirmed|(?:is|are|was|were) said to)\\b",
    [FC_CUE_ESTIMATED] = "\\b(?:estimated|estimates?|estimating)\\b",
    [FC_CUE_PROJECTED] =
        /* "projects" the verb, not the noun: "a developer of solar
         * projects, has raised $150m" is no forecast. */
    "\\b(?:projected|projects(?= (?:that|revenue|sales|ARR|it|its|a|an|the|to)\\b| ⟦MONEY)"
    "|projections?|forecasts?|forecasted|on track (?:to|for)|expects?"
    "|expects? to (?:reach|hit|generate|make))\\b",
    [FC_CUE_PRIOR] =
        "(?:\\b(?:up|down|rising|rose|jumping|jumped|climbing|climbed|increas(?:e|ed|ing)) from"
        "|\\bprevious(?:ly)?|\\bprior|\\bearlier|\\blast valued at|\\bfrom)"
        /* "from Ridgeline and a $20m loan": a conjunction or a name
         * that is not an owner starts another phrase. */
        "(?: (?!(?:and|or|plus)\\b)(?:[\\p{L}'-]+|⟦[A-Z]+:\\d+⟧'s|⟦(?:ROUND|DATE):\\d+⟧)){0,3} $"
        /* "$348m, nearly two and a half times the $140m valuation it
         * fetched in its $22m Series A": what a figure is compared with is
         * an earlier one, to the end of the clause. */
        "|\\b(?:compared (?:with|to)|versus|(?:higher|lower) than"
        "|(?:doubles?|doubled|triples?|tripled|twice|times|above|below|short of) the)\\b"
        "[^,;]{0,160}$"
        /* "two months after a round that valued it at $14bn" */
        "|\\b(?:after|following|follows|followed|since|before) (?:[\\p{L}'-]+ "
        "|⟦[A-Z]+:\\d+⟧(?:'s)? ){0,4}?"
        "(?:round|raise|deal|financing|investment|⟦ROUND:\\d+⟧)(?: (?:in |last |earlier "
        ")?⟦DATE:\\d+⟧)?"
        "(?:, (?:[\\p{L}'-]+ |⟦[A-Z]+:\\d+⟧ ){1,4}?⟦[A-Z]+:\\d+⟧,)?,? (?:that|which) (?:had "
        "|previously )?valued "
        "(?:⟦[A-Z]+:\\d+⟧|it|them) at (?:an? )?$",
    [FC_CUE_CUMULATIVE_BEFORE] =
        "\\b(?:a total of|in total|cumulative(?:ly)?|altogether|(?:has|have) (?:now )?"
        "invested (?:a combined|more than|over|about|nearly|some)?)"
        "(?: [\\p{L}-]+){0,2} ?$",
    /* "a pre-money valuation of $45bn", "a $45bn pre-money valuation",
     * "valued at $45bn pre-money": right next to the figure. */
    [FC_CUE_PRE_MONEY_BEFORE] =
        "\\bpre-?money (?:valuation )?(?:[\\p{L}-]+ ){0,2}?(?:of |at |to |is |was )?$",
    [FC_CUE_PRE_MONEY_AFTER] =
        "^(?:,? pre-?money\\b|, an? (?:[\\p{L}-]+ )?pre-?money (?:figure|valuation|number|value)\\b"
        "|(?: [\\p{L}-]+){0,2}? before the (?:new )?"
        "(?:money|investment|round|funding|raise|cash)\\b"
        "|(?: [\\p{L}-]+){0,3}? (?:on )?an? pre-?money basis)",
    /* "four months after raising $300m at a $3bn valuation", "just two
     * months after Zepto raised $665m": the rest of the clause is history. */
    [FC_CUE_PRIOR_CLAUSE] =
        "\\b(?:(?:days?|weeks?|months?|years?|shortly|soon|just|only) (?:after|since)"
        "|(?:after|since|following) (?:raising|it raised|it closed|closing|⟦[A-Z]+:\\d+⟧ "
        "(?:raised|closed|secured)|(?:a|its|the) (?:previous|prior|last|earlier) (?:round|raise)))"
        "[^,;]*$",
    /* "the $700m valuation it commanded less than two years ago", "the
     * $3.2bn valuation set in the Series C eight months ago": the clause
     * after the figure looks back. */
    [FC_CUE_PRIOR_AFTER] = "^(?:[^,;.⟦]|⟦(?:ORG|NAME|ROUND|PLACE):\\d+⟧){0,80}?"
                           "\\b(?:ago|at the time|back then"
                           "|(?:its|their|the) (?:previous|prior|last|earlier) "
                           "(?:round|raise|funding|financing))\\b",
    /* "A valuation of $3bn would more than triple ...": a figure that is
     * the subject of a conditional is hypothetical. */
    /* "... is among the investors in discussions to lead the round" */
    [FC_CUE_PLANNED_AFTER] = "^ (?:(?:would|could|might) (?!have\\b)"
                             "|in (?:early |advanced )?(?:talks|discussions|negotiations)\\b"
                             /* "the roughly $2bn that had been discussed in talks" */
                             "|(?:that |which )?(?:had been |has been |was |were )?"
                             "(?:discussed|floated|mooted|touted)\\b)",
    [FC_CUE_CUMULATIVE_AFTER] =
        "^(?: [\\p{L}-]+){0,4}? (?:in total|to date|so far|over the years|in all|altogether"
        "|(?:over|in) (?:its|their|⟦ORG:\\d+⟧'s) (?:life|lifetime|history)"
        "|since (?:⟦ORG:\\d+⟧'s|the company's|its|their) (?:founding|inception|launch|creation)"
        "|since (?:it|they|⟦ORG:\\d+⟧) (?:was|were) (?:formed|founded|started|launched|set "
        "up|created)"
        "|since ⟦DATE:\\d+⟧)",
    /* "a post-money valuation of $48bn", "$48bn post-money", "valued at
     * $48bn including the new money": never to be read as pre-money. */
    [FC_CUE_POST_MONEY_BEFORE] =
        "\\bpost-?money (?:valuation )?(?:[\\p{L}-]+ ){0,2}?(?:of |at |to |is |was )?$",
    [FC_CUE_POST_MONEY_AFTER] =
        "^(?:,? post-?money\\b|(?: [\\p{L}-]+){0,2}? (?:after|including) the "
        "(?:new )?(?:money|investment|round|funding|raise|cash)\\b"
        /* "$260m before the new money and $410m after it" */
        "| (?:after (?:it|that|⟦ORG:\\d+⟧)|afterwards)(?=[,.;]|$)"
        "|(?: [\\p{L}-]+){0,3}? (?:on )?an? post-?money basis)",
    /* Part of a round: "a first close of $500m", "the initial tranche of
     * $1bn", "$2bn in a first stage"; the final close is the whole. */
    [FC_CUE_PARTIAL_BEFORE] =
        "\\b(?:first|initial|opening|interim) (?:close|closing|tranche|stage|phase|instal+ment)"
        "(?: of (?:the|its|a) (?:[\\p{L}-]+ )?(?:round|raise|deal|financing))?"
        "(?: (?:of|at|worth|totall?ing|was|is|came to|brought in|raised))? (?:about |around "
        "|roughly |some )?$",
    [FC_CUE_PARTIAL_AFTER] =
        "^(?: [\\p{L}-]+){0,4}? (?:in|as|at|for|through) (?:a|an|the|its) (?:[\\p{L}-]+ )?"
        "(?:first|initial|opening|interim) (?:close|closing|tranche|stage|phase|instal+ment)\\b"
        /* "$84m toward a $120m Series B", "$8.5m of a planned $12m
         * offering": the part sold so far. */
        "|^ (?:toward|towards|of) (?:a|an|the|its) (?:planned |targeted |proposed |intended "
        "|hoped-for )?(?:up to )?⟦MONEY:\\d+⟧",
    /* Borrowed money is not equity: "a $5bn debt financing", "$2bn in
     * loans", "a credit facility of $4bn". */
    [FC_CUE_DEBT_BEFORE] = "\\b(?:debt|loans?|credit (?:facility|line)|bonds?|borrowing)"
                           "(?: (?:financing|round|raise|deal|package|sale|facility|line))?"
                           " (?:of|worth|totall?ing) (?:about |around |roughly |some )?$",
    [FC_CUE_DEBT_AFTER] =
        "^(?: [\\p{L}-]+){0,2}? (?:in |of |as |through |via )?(?:new |venture |fresh "
        "|secured |convertible |private )?(?:debt|loans?|credit (?:facility|line)"
        "|borrowings?|bonds?|facilit(?:y|ies)|revolver)\\b",
    /* "$650m in new capital, consisting of a $400m equity round and a
     * $250m debt facility": a package with debt is no equity round. */
    [FC_CUE_PACKAGE_AFTER] =
        "^(?: [\\p{L}-]+){0,4}?,? (?:consisting of|comprising|made up of|split "
        "between|including|which includes|in an? (?:mix|combination|blend) of"
        /* "a package that combines a $95m Series B with $30m of debt" */
        "|(?:an? |the )?(?:[\\p{L}-]+ )?(?:that|which) (?:combines|pairs)"
        "|combining|pairing) "
        "[^.;]{0,120}?\\b(?:debt|loans?|credit)\\b"
        /* "$22m in equity and debt" */
        "|^ in (?:new )?(?:equity|debt) (?:and|&|plus) (?:venture )?(?:debt|equity)\\b",
    /* "If they hit $20bn in revenue next year, a $300bn valuation is
     * conservative": what a sentence opening with a condition says holds
     * only if it is met. */
    [FC_CUE_CONDITIONAL] = "^[\"“‘']?(?:If|Unless)\\b",
    /* Cloud and compute credits are not cash. */
    /* A tender offer or a sale of existing shares sets a price without
     * new money: "a sale of employee shares that would value it at $500bn",
     * "at a valuation of $90bn in a tender offer", "let employees sell
     * $200m of shares". */
    [FC_CUE_SECONDARY_BEFORE] =
        "\\b(?:tender offer|secondary (?:share |stock )?(?:sale|transaction|deal|offering)"
        "|share sale|sale of (?:existing |employee |staff )?shares|(?:employee|existing) shares"
        "|shares held by|sell (?:some of )?(?:their |existing )?shares"
        "|(?:employees|staff|workers|shareholders) (?:to )?sell)\\b[^;]*$",
    [FC_CUE_SECONDARY_AFTER] =
        "^[^,;.]{0,60}?\\b(?:in|through|via|as part of|for) (?:a|an|the|its) "
        "(?:[\\p{L}-]+ )?(?:tender offer|secondary (?:share )?sale|share sale)\\b"
        "|^ (?:worth )?of (?:their|its|existing|employee|staff) shares\\b",
    /* A fund's mark of its stake implies a value no one paid: "marked
     * its stake down by 35%, implying a valuation of about $1.95bn", "our
     * June 30 mark implies a valuation of $5.1bn". */
    [FC_CUE_MARK_BEFORE] =
        "\\b(?:(?:marked|marks|marking|wrote|writes|writing) (?:down|up) (?:its |our |their |the "
        "|a |⟦ORG:\\d+⟧'s )?(?:stake|position|holding|investment)s?"
        "|(?:marked|marks|marking) (?:down )?(?:its |our |their |the |⟦ORG:\\d+⟧'s )?(?:stake"
        "|position|holding|investment)s?(?: in [^,;]{1,60}?)? (?:down|up)"
        "|(?:mark|markdown|mark-down|write-?down|cut|mark-?up|level) (?:that |which )?"
        "(?:implie[sd]|implying)"
        "|our (?:[\\p{L}\\d-]+ ){0,3}?marks?|fund marks?)\\b[^;]*$",
    [FC_CUE_CREDITS_AFTER] = "^(?: [\\p{L}-]+){0,2}? (?:in |of |as )?(?:free )?(?:cloud |compute "
                             "|computing |GPU |AI |usage )?credits\\b",
};

struct _FcContextCues {
    FcRegex *re[FC_CUE_COUNT];
};

struct _FcContext {
    FcRegex *const *cues; /* borrowed: FcContextCues.re */
    FcMatch *match;
};

FcContextCues *
fc_context_cues_new(void)
{
    FcContextCues *cues = g_new0(FcContextCues, 1);
    for (guint i = 0; i < FC_CUE_COUNT; i++) {
        g_autoptr(GError) error = NULL;
        cues->re[i] = fc_regex_new(fc_cue_sources[i], FC_REGEX_CASELESS, &error);
        /* The cues are fixed strings of this file: failing is a bug here. */
        if (cues->re[i] == NULL)
            g_error("internal cue pattern %u: %s", i, error->message);
    }
    return cues;
}

void
fc_context_cues_free(FcContextCues *cues)
{
    if (cues == NULL)
        return;
    for (guint i = 0; i < FC_CUE_COUNT; i++)
        fc_regex_free(cues->re[i]);
    g_free(cues);
}

FcContext *
fc_context_new(const FcContextCues *cues)
{
    FcContext *ctx = g_new0(FcContext, 1);
    ctx->cues = cues->re;
    ctx->match = fc_match_new();
    return ctx;
}

void
fc_context_interpret(FcContext *ctx)
{
    fc_match_interpret(ctx->match);
}

void
fc_context_free(FcContext *ctx)
{
    if (ctx == NULL)
        return;
    fc_match_free(ctx->match);
    g_free(ctx);
}

static gboolean
fc_context_cue(FcContext *ctx, const FcSentence *st, guint cue, gsize from, gsize to)
{
    return fc_regex_may_match(ctx->cues[cue], st->tok->str, to, st->folded, &st->tok_pairs) &&
           fc_regex_match(ctx->cues[cue], st->tok->str, to, from, ctx->match) == FC_REGEX_MATCHED;
}

/* A cue anchored at the start of the text after the token (the regex
 * uses ^ there). */
static gboolean
fc_context_cue_after(FcContext *ctx, const FcSentence *st, guint cue, gsize from, gsize to)
{
    const char *subject = st->tok->str + from;
    const char *folded = st->folded != NULL ? st->folded + from : NULL;
    return fc_regex_may_match(ctx->cues[cue], subject, to - from, folded, &st->tok_pairs) &&
           fc_regex_match(ctx->cues[cue], subject, to - from, 0, ctx->match) == FC_REGEX_MATCHED;
}

/* Is [s, e) inside a description set off by commas that closes before
 * @to: "Ferrox, which wants to make green iron, raised EUR 40m", "a
 * startup that aims to cut emissions, has raised"?  What the company
 * wants is not the status of what it did. */
static gboolean
fc_context_in_aside(const char *t, gsize from, gsize s, gsize e, gsize to)
{
    static const char *const openers[] = {"which ", "who ", "a ", "an ", "the "};
    gsize p = s;
    while (p > from && t[p - 1] != ',' && t[p - 1] != ';')
        p--;
    if (p == from || t[p - 1] != ',' || t[p] != ' ')
        return FALSE;
    gboolean opens = FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(openers) && !opens; i++)
        opens = g_str_has_prefix(t + p + 1, openers[i]);
    return opens && memchr(t + e, ',', to > e ? to - e : 0) != NULL;
}

/* A cue in [from, to) outside such descriptions. */
static gboolean
fc_context_cue_outside_asides(FcContext *ctx, const FcSentence *st, guint cue, gsize from, gsize to)
{
    if (!fc_regex_may_match(ctx->cues[cue], st->tok->str, to, st->folded, &st->tok_pairs))
        return FALSE;
    for (gsize pos = from; pos < to;) {
        gsize s, e;
        if (fc_regex_match(ctx->cues[cue], st->tok->str, to, pos, ctx->match) != FC_REGEX_MATCHED ||
            !fc_match_group(ctx->match, 0, &s, &e))
            return FALSE;
        if (!fc_context_in_aside(st->tok->str, from, s, e, to))
            return TRUE;
        pos = e > pos ? e : pos + 1;
    }
    return FALSE;
}

FcStatus
fc_context_status(FcContext *ctx, const FcSentence *st, gsize ms, gsize me, gboolean within)
{
    gsize reach = within ? 0 : FC_STATUS_REACH;
    gsize from = fc_utf8_floor(st->tok->str, ms > reach ? ms - reach : 0);
    static const struct {
        guint cue;
        FcStatus status;
    } order[] = {/* Talks reported by people familiar with them are talks:
                  * compared with the close as a revision, not a conflict. */
                 {FC_CUE_PLANNED, FC_STATUS_PLANNED},
                 {FC_CUE_RUMORED, FC_STATUS_RUMORED},
                 {FC_CUE_PROJECTED, FC_STATUS_PROJECTED},
                 {FC_CUE_ESTIMATED, FC_STATUS_ESTIMATED}};
    for (guint i = 0; i < G_N_ELEMENTS(order); i++)
        if (fc_context_cue_outside_asides(ctx, st, order[i].cue, from, me))
            return order[i].status;
    if (fc_context_cue(ctx, st, FC_CUE_CONDITIONAL, 0, me))
        return FC_STATUS_PLANNED;
    gsize after = fc_utf8_floor(st->tok->str, MIN(st->tok->len, me + 32));
    if (fc_context_cue_after(ctx, st, FC_CUE_PLANNED_AFTER, me, after))
        return FC_STATUS_PLANNED;
    /* Attribution usually trails the sentence: "..., according to people
     * familiar with the matter." */
    if (fc_context_cue(ctx, st, FC_CUE_RUMORED, me, st->tok->len))
        return FC_STATUS_RUMORED;
    return FC_STATUS_REPORTED;
}

/* The end of a figure past its gloss in brackets: "US$25 million (around
 * Rp 390 billion) in the first close" goes on as the figure would. */
static gsize
fc_context_past_gloss(const FcSentence *st, gsize end)
{
    const char *t = st->tok->str;
    if (end + 2 >= st->tok->len || t[end] != ' ' || t[end + 1] != '(')
        return end;
    const char *close = memchr(t + end + 2, ')', MIN(st->tok->len - end - 2, 60));
    return close != NULL ? (gsize)(close + 1 - t) : end;
}

guint
fc_context_qualifiers(FcContext *ctx, const FcSentence *st, int value)
{
    FcTokenPos figure = g_array_index(st->tokpos, FcTokenPos, (guint)value);
    figure.end = fc_context_past_gloss(st, figure.end);
    const FcTokenPos *tp = &figure;
    gsize far =
        fc_utf8_floor(st->tok->str, tp->start > FC_PRIOR_REACH ? tp->start - FC_PRIOR_REACH : 0);
    gsize from =
        fc_utf8_floor(st->tok->str, tp->start > FC_BEFORE_REACH ? tp->start - FC_BEFORE_REACH : 0);
    guint flags = 0;
    gsize later = fc_utf8_floor(st->tok->str, MIN(st->tok->len, tp->end + FC_PRIOR_REACH));
    if (fc_context_cue(ctx, st, FC_CUE_PRIOR, far, tp->start) ||
        fc_context_cue(ctx, st, FC_CUE_PRIOR_CLAUSE, 0, tp->start) ||
        fc_context_cue_after(ctx, st, FC_CUE_PRIOR_AFTER, tp->end, later))
        flags |= FC_CLAIM_PRIOR;
    if (fc_context_cue(ctx, st, FC_CUE_CUMULATIVE_BEFORE, from, tp->start))
        flags |= FC_CLAIM_CUMULATIVE;
    gsize to = MIN(st->tok->len, tp->end + 48);
    to = fc_utf8_floor(st->tok->str, to);
    if (fc_context_cue_after(ctx, st, FC_CUE_CUMULATIVE_AFTER, tp->end, to))
        flags |= FC_CLAIM_CUMULATIVE;
    if (fc_context_cue(ctx, st, FC_CUE_PRE_MONEY_BEFORE, from, tp->start) ||
        fc_context_cue_after(ctx, st, FC_CUE_PRE_MONEY_AFTER, tp->end, to))
        flags |= FC_CLAIM_PRE_MONEY;
    else if (fc_context_cue(ctx, st, FC_CUE_POST_MONEY_BEFORE, from, tp->start) ||
             fc_context_cue_after(ctx, st, FC_CUE_POST_MONEY_AFTER, tp->end, to))
        flags |= FC_CLAIM_POST_MONEY;
    if (fc_context_cue(ctx, st, FC_CUE_PARTIAL_BEFORE, from, tp->start) ||
        fc_context_cue_after(ctx, st, FC_CUE_PARTIAL_AFTER, tp->end, to))
        flags |= FC_CLAIM_PARTIAL;
    gsize beyond = fc_utf8_floor(st->tok->str, MIN(st->tok->len, tp->end + FC_PACKAGE_REACH));
    if (fc_context_cue(ctx, st, FC_CUE_DEBT_BEFORE, from, tp->start) ||
        fc_context_cue_after(ctx, st, FC_CUE_DEBT_AFTER, tp->end, to) ||
        fc_context_cue_after(ctx, st, FC_CUE_PACKAGE_AFTER, tp->end, beyond))
        flags |= FC_CLAIM_DEBT;
    else if (fc_context_cue_after(ctx, st, FC_CUE_CREDITS_AFTER, tp->end, to))
        flags |= FC_CLAIM_CREDITS;
    /* "a tender offer that will allow employees to sell up to $700mn of
     * shares to outside investors at a valuation of $27bn": the sale is
     * told a long way before its price. */
    if (fc_context_cue(ctx, st, FC_CUE_SECONDARY_BEFORE, far, tp->start) ||
        fc_context_cue_after(ctx, st, FC_CUE_SECONDARY_AFTER, tp->end, to))
        flags |= FC_CLAIM_SECONDARY;
    /* The mark is often told a clause before its value. */
    if (fc_context_cue(ctx, st, FC_CUE_MARK_BEFORE, 0, tp->start))
        flags |= FC_CLAIM_MARK;
    return flags;
}

/* A comma between a figure and a date usually starts another clause ("$6.8bn,
 * well above what it fetched last year"), except after an opening phrase
 * ("In May, Cohere raised $500m"). */
/* "Tessel Grid's $60m Series B, led by Oakmere Ventures, closed in March
 * 2023": an aside set off by two commas, then the clause's own short
 * predicate, comes between a figure and its date. */
static gboolean
fc_sentence_aside_between(const char *text, gsize from, gsize to)
{
    static const char *const asides[] = {" led by ", " co-led by ", " backed by ",
                                         " which ",  " who ",       " including ",
                                         " a ",      " an ",        " the "};
    const char *first = memchr(text + from, ',', to - from);
    if (first == NULL)
        return FALSE;
    gsize a = (gsize)(first - text) + 1;
    const char *second = memchr(text + a, ',', to - a);
    if (second == NULL || memchr(second + 1, ',', to - (gsize)(second + 1 - text)) != NULL ||
        to - (gsize)(second - text) > 40)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(asides); i++)
        if (strncmp(text + a, asides[i], strlen(asides[i])) == 0)
            return TRUE;
    return FALSE;
}

/* Length of the em or en dash, or spaced hyphen, at @t[i] (before @to),
 * 0 when there is none. */
static gsize
fc_context_dash_len(const char *t, gsize i, gsize from, gsize to)
{
    if ((guchar)t[i] == 0xE2 && i + 2 < to && (guchar)t[i + 1] == 0x80 &&
        ((guchar)t[i + 2] == 0x93 || (guchar)t[i + 2] == 0x94))
        return 3;
    if (t[i] == '-' && i > from && t[i - 1] == ' ' && i + 1 < to && t[i + 1] == ' ')
        return 1;
    return 0;
}

/* "wrote the first cheque in 2021 — a $3.5m seed round that valued it at
 * $14m": a dash after a date that opens "a" or "an" and a figure restates
 * what the date is about; any other dash opens an aside of its own. */
static gboolean
fc_context_dash_restates(const char *t, gsize i, gsize n, gsize end)
{
    gsize p = i + n;
    if (p < end && t[p] == ' ')
        p++;
    if (p + 3 < end && strncmp(t + p, "a ", 2) == 0)
        p += 2;
    else if (p + 4 < end && strncmp(t + p, "an ", 3) == 0)
        p += 3;
    else
        return FALSE;
    return g_ascii_isdigit(t[p]) || t[p] == '$' || (guchar)t[p] >= 0x80 ||
           strncmp(t + p, "US$", 3) == 0;
}

/* Does a date follow @v in its own clause, before a comma, semicolon or
 * dash?  "a $6m seed round in 2018 — a $24m Series A in 2019": the second
 * figure has its own date, so the dash before it restates nothing. */
static gboolean
fc_context_dated_after(const FcSentence *st, const FcMention *v)
{
    const char *t = st->doc->text;
    for (guint d = 0; d < st->mentions->len; d++) {
        const FcMention *dm = fc_sentence_mention(st, (int)d);
        if (dm->type != FC_MENTION_DATE || dm->start < v->end)
            continue;
        gsize i = v->end;
        while (i < dm->start && t[i] != ',' && t[i] != ';' &&
               fc_context_dash_len(t, i, v->end, dm->start) == 0)
            i++;
        if (i == dm->start)
            return TRUE;
    }
    return FALSE;
}

/* Does a dash between @from and @to (in a sentence ending at @end) set
 * the two apart?  Not one that restates, when @date_first. */
static gboolean
fc_context_dash_between(const char *t, gsize from, gsize to, gsize end, gboolean date_first)
{
    for (gsize i = from; i < to; i++) {
        gsize n = fc_context_dash_len(t, i, from, to);
        if (n > 0 && !(date_first && fc_context_dash_restates(t, i, n, end)))
            return TRUE;
    }
    return FALSE;
}

/* The next of @words (caseless, followed by a space) opening a word of
 * @t at or after *@from and ending before @to, in a sentence starting at
 * @lo: moves *@from past its start and sets *@after to its end. */
static gboolean
fc_context_find_word(const char *t, gsize lo, gsize *from, gsize to, const char *const *words,
                     guint n, gsize *after)
{
    for (gsize p = *from; p < to; p++) {
        if (p > lo && g_ascii_isalpha(t[p - 1]))
            continue;
        for (guint i = 0; i < n; i++) {
            gsize len = strlen(words[i]);
            if (p + len < to && g_ascii_strncasecmp(t + p, words[i], len) == 0 &&
                t[p + len] == ' ') {
                *from = p + 1;
                *after = p + len;
                return TRUE;
            }
        }
    }
    return FALSE;
}

/* "completed its $40m Series B and will launch in Vietnam early next
 * year": a plan told between a figure and a date after it has a time of
 * its own. */
static gboolean
fc_context_plan_between(const FcSentence *st, gsize from, gsize to)
{
    static const char *const plans[] = {"will", "plans to", "aims to", "expects to", "intends to"};
    gsize after;
    return fc_context_find_word(st->doc->text, st->span.start, &from, to, plans,
                                G_N_ELEMENTS(plans), &after);
}

static gboolean
fc_sentence_date_reaches(const FcSentence *st, const FcMention *date, const FcMention *value)
{
    const char *text = st->doc->text;
    gsize from = MIN(date->end, value->end), to = MAX(date->start, value->start);
    /* "at roughly $400m — four times the valuation it commanded two years
     * ago": what follows a dash is another figure's. */
    if (from < to &&
        fc_context_dash_between(text, from, to, st->span.end,
                                date->start < value->start && !fc_context_dated_after(st, value)))
        return FALSE;
    /* "a $4m seed round in 2020 and a $14m Series A in 2021": the year
     * before "and" is the first figure's when the second has its own. */
    if (date->end <= value->start && fc_context_dated_after(st, value) &&
        g_strstr_len(text + from, (gssize)(to - from), " and ") != NULL)
        return FALSE;
    if (date->start > value->end && fc_context_plan_between(st, value->end, date->start))
        return FALSE;
    if (from >= to || memchr(text + from, ',', to - from) == NULL)
        return TRUE;
    if (date->start > value->end && fc_sentence_aside_between(text, value->end, date->start))
        return TRUE;
    /* "Last valuation: $1.1bn (Series C, 2024)": a bracket right after the
     * figure that ends with the date says when the figure held. */
    if (date->start > value->end + 2 && g_str_has_prefix(text + value->end, " (") &&
        text[date->end] == ')' && memchr(text + from, ')', to - from) == NULL)
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
        if (dm->type != FC_MENTION_DATE || (dm->end > v->start && dm->start < v->end))
            continue;
        /* After the figure only in a "when" clause right after it:
         * "valued at $720m when it closed its Series B, ..., in the summer
         * of 2022", not "at $14bn, below the price it sought when ...". */
        gboolean before = dm->end <= v->start;
        gsize from = before ? dm->end : v->end;
        gsize to = before ? v->start : dm->start;
        g_autofree char *gap = g_strndup(st->doc->text + from, to - from);
        if ((before ? strstr(gap, " when ") != NULL : g_str_has_prefix(gap, " when ")) &&
            strchr(gap, '.') == NULL)
            return (int)d;
    }
    return -1;
}

/* "**April 2025:** $2 billion at a $32 billion valuation, in a round led
 * by Lightspeed": the date labelling a timeline entry dates all of it,
 * up to another date. */
static int
fc_sentence_entry_date(const FcSentence *st, const FcMention *v)
{
    const char *t = st->doc->text;
    if (st->mentions->len == 0)
        return -1;
    const FcMention *dm = fc_sentence_mention(st, 0);
    gsize i = st->span.start;
    while (i < dm->start && (t[i] == ' ' || t[i] == '*' || t[i] == '_'))
        i++;
    if (dm->type != FC_MENTION_DATE || i != dm->start || dm->end >= v->start)
        return -1;
    i = dm->end;
    while (i < v->start && (t[i] == ' ' || t[i] == '*' || t[i] == '_'))
        i++;
    if (i >= v->start || !(t[i] == ':' || t[i] == '-' || g_str_has_prefix(t + i, "\xE2\x80\x94") ||
                           g_str_has_prefix(t + i, "\xE2\x80\x93")))
        return -1;
    for (guint q = 1; q < st->mentions->len; q++) {
        const FcMention *qm = fc_sentence_mention(st, (int)q);
        if (qm->type == FC_MENTION_DATE && qm->start < v->start)
            return -1;
    }
    return 0;
}

/* "In March, Anthropic raised $3.5bn at a valuation of $61.5bn, led by
 * Lightspeed", "When Corvane raised its Series B in 2023, it was valued at
 * $900m": a date in the sentence's opening phrase, set off by a comma,
 * dates every claim of it, unless another date, a semicolon or a word of
 * the present ("now", "today") comes between. */
/* "Two years later, in April 2024, ...", "Then, in March, ...": a short
 * lead-in of words before ", in " and the date; or a fact box's label with
 * its date in brackets. */
static gboolean
fc_sentence_lead_in(const char *t, gsize start, gsize date)
{
    /* A fact box's label: "- Series B (August 2023): $60 million". */
    if (date > start + 2 && date - start <= 30 && strncmp(t + date - 2, " (", 2) == 0) {
        const char *close = strchr(t + date, ')');
        if (close != NULL && close[1] == ':' && memchr(t + start, ',', date - start) == NULL &&
            memchr(t + start, ':', date - start) == NULL)
            return TRUE;
    }
    if (date < start + 5 || date - start > 40 || strncmp(t + date - 5, ", in ", 5) != 0)
        return FALSE;
    for (gsize i = start; i < date - 5; i++)
        if (!g_ascii_isalpha(t[i]) && t[i] != ' ' && t[i] != '-')
            return FALSE;
    return TRUE;
}

static int
fc_sentence_opening_date(const FcSentence *st, const FcMention *v)
{
    const char *t = st->doc->text;
    int entry = fc_sentence_entry_date(st, v);
    if (entry >= 0)
        return entry;
    /* "It is its second raise in six months: in September, the startup
     * pulled in $200m": a colon opens a clause of its own. */
    gsize start = st->span.start;
    for (gsize k = start; k + 1 < v->start; k++)
        if (t[k] == ':' && t[k + 1] == ' ')
            start = k + 2;
    for (guint d = 0; d < st->mentions->len; d++) {
        const FcMention *dm = fc_sentence_mention(st, (int)d);
        if (dm->type != FC_MENTION_DATE || dm->start < start)
            continue;
        gboolean when = g_ascii_strncasecmp(t + start, "when ", 5) == 0;
        gboolean lead_in = fc_sentence_lead_in(t, start, dm->start);
        if ((dm->start - start > 8 && !when && !lead_in) || dm->end >= v->start)
            return -1;
        const char *comma = memchr(t + dm->end, ',', v->start - dm->end);
        gsize after = comma != NULL ? (gsize)(comma - t) : v->start;
        /* "In September Meridian let employees sell ...": the comma may be
         * left out before a name. */
        gboolean bare =
            !when && dm->end + 1 < v->start && t[dm->end] == ' ' && g_ascii_isupper(t[dm->end + 1]);
        if (bare)
            after = dm->end;
        else if (after >= v->start || (!when && after != dm->end))
            return -1;
        if (!lead_in && memchr(t + start, ',', dm->start - start) != NULL)
            return -1;
        g_autofree char *gap = g_ascii_strdown(t + after, (gssize)(v->start - after));
        static const char *const breaks[] = {";",          " now ",       " today",  " currently ",
                                             " this year", " since then", " later ", " has since "};
        for (guint b = 0; b < G_N_ELEMENTS(breaks); b++)
            if (strstr(gap, breaks[b]) != NULL)
                return -1;
        for (guint q = d + 1; q < st->mentions->len; q++) {
            const FcMention *qm = fc_sentence_mention(st, (int)q);
            if (qm->type == FC_MENTION_DATE && qm->start < v->start)
                return -1;
        }
        return (int)d;
    }
    return -1;
}

/* Is @m set apart by commas on both sides: ", two years ago,"? */
static gboolean
fc_context_is_aside(const FcSentence *st, const FcMention *m)
{
    const char *t = st->doc->text;
    return m->start >= st->span.start + 2 && t[m->start - 2] == ',' && t[m->start - 1] == ' ' &&
           m->end < st->span.end && t[m->end] == ',';
}

/* "$40m Series B last spring, led by Redfern Growth, brought its total
 * to $95m": a comma at @i opening a participle aside that a second comma
 * before @to closes; where that comma is, or 0 for any other comma. */
static gsize
fc_context_aside_end(const char *t, gsize i, gsize to)
{
    static const char *const openers[] = {", led by ", ", co-led by ", ", backed by "};
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++) {
        gsize n = strlen(openers[k]);
        if (i + n > to || strncmp(t + i, openers[k], n) != 0)
            continue;
        const char *close = memchr(t + i + n, ',', to - i - n);
        return close != NULL ? (gsize)(close - t) : 0;
    }
    return 0;
}

/* A date in the sentence belongs to the quantity nearest to it: "$350bn, up
 * from $183bn as of September" dates only the $183bn. */
/* No comma or semicolon between two mentions: one clause. */
static gboolean
fc_context_same_clause(const FcSentence *st, const FcMention *a, const FcMention *b)
{
    const FcMention *first = a->start < b->start ? a : b;
    gsize from = first->end, to = MAX(a->start, b->start);
    const char *t = st->doc->text;
    /* "Its Series A, two years ago, was led by ...": a date set apart
     * by commas dates the clause around it. */
    const FcMention *last = first == a ? b : a;
    if (first->type == FC_MENTION_DATE && fc_context_is_aside(st, first))
        from++;
    if (last->type == FC_MENTION_DATE && fc_context_is_aside(st, last) && to >= from + 2)
        to -= 2;
    if (first->type != FC_MENTION_DATE && fc_context_plan_between(st, from, to))
        return FALSE;
    for (gsize i = from; i < to; i++) {
        gsize skip = t[i] == ',' ? fc_context_aside_end(t, i, to) : 0;
        if (skip > 0) {
            i = skip;
            continue;
        }
        if (t[i] == ',' || t[i] == ';' || t[i] == '(' || t[i] == ')')
            return FALSE;
        /* An em or en dash, or " - ", opens an aside. */
        gsize n = fc_context_dash_len(t, i, from, to);
        if (n > 0 &&
            !(first->type == FC_MENTION_DATE && fc_context_dash_restates(t, i, n, st->span.end) &&
              !fc_context_dated_after(st, last)))
            return FALSE;
    }
    return TRUE;
}

/* "raised $665m in June at a $5bn valuation": a date in the clause of a
 * figure dates it, even when another figure stands nearer the date. */
static int
fc_context_date_in_clause(const FcSentence *st, const FcMention *v)
{
    int best = -1;
    gsize best_d = G_MAXSIZE;
    for (guint d = 0; d < st->mentions->len; d++) {
        const FcMention *dm = fc_sentence_mention(st, (int)d);
        if (dm->type != FC_MENTION_DATE || dm == v || !fc_context_same_clause(st, dm, v))
            continue;
        gsize dist = fc_mention_distance(dm, v);
        if (dist < best_d && dist <= FC_DATE_REACH) {
            best = (int)d;
            best_d = dist;
        }
    }
    return best;
}

/* Between a start and its year, a place and nothing else: no figure,
 * no second clause ("founded in 2019 and raised a Series A in 2023"). */
static gboolean
fc_context_place_only(const char *text, gsize from, gsize to)
{
    if (to - from > 40)
        return FALSE;
    for (gsize i = from; i < to; i++)
        if (g_ascii_isdigit(text[i]) || text[i] == '$')
            return FALSE;
    return g_strstr_len(text + from, (gssize)(to - from), " and ") == NULL;
}

/* "founded in Amsterdam in 2019", "was spun out of ETH Zurich in 2019":
 * a place between the start and its year, in one clause. */
static gboolean
fc_context_origin_place(const char *text, FcSpan span, const FcMention *dm)
{
    static const char *const verbs[] = {"founded",  "established", "set up",  "incorporated",
                                        "spun out", "spun off",    "started", "launched"};
    if (dm->start < span.start + 3 || strncmp(text + dm->start - 3, "in ", 3) != 0)
        return FALSE;
    gsize from = dm->start - 3, in = from, after;
    while (from > span.start && dm->start - from < 64 && text[from - 1] != ',' &&
           text[from - 1] != ';')
        from--;
    /* The verb may end right before "in": "spun out in 2019". */
    while (
        fc_context_find_word(text, span.start, &from, in + 1, verbs, G_N_ELEMENTS(verbs), &after))
        if (fc_context_place_only(text, after, in))
            return TRUE;
    return FALSE;
}

/* "has raised $508m since it was founded in 2021", "since its 2017
 * launch", "Founded in 2019, it now employs 300", "Founded in 2021 by ...
 * chief executive Dario Amodei":
 * a founding date, or any date after "since", starts a period; it is not
 * when a figure or a post held. */
static gboolean
fc_context_date_is_origin(const FcSentence *st, const FcMention *dm)
{
    static const char *const cues[] = {"since ",        "founded in ",      "was founded ",
                                       "founding in ",  "established in ",  "set up in ",
                                       "inception in ", "incorporated in ", "started in "};
    static const char *const starts[] = {" launch", " founding", " inception", " creation"};
    const char *text = st->doc->text;
    for (guint i = 0; i < G_N_ELEMENTS(cues); i++) {
        gsize n = strlen(cues[i]);
        if (dm->start >= st->span.start + n &&
            g_ascii_strncasecmp(text + dm->start - n, cues[i], n) == 0)
            return TRUE;
    }
    if (fc_context_origin_place(text, st->span, dm))
        return TRUE;
    /* "since its 2017 launch", "since Kestrel's 2017 founding" */
    gsize from = dm->start > st->span.start + 32 ? dm->start - 32 : st->span.start;
    if (g_strstr_len(text + from, (gssize)(dm->start - from), "since ") == NULL)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(starts); i++)
        if (g_str_has_prefix(text + dm->end, starts[i]) &&
            !g_ascii_isalpha(text[dm->end + strlen(starts[i])]))
            return TRUE;
    return FALSE;
}

int
fc_context_date_for(const FcSentence *st, int value)
{
    int best = -1;
    gsize best_d = G_MAXSIZE;
    const FcMention *v = fc_sentence_mention(st, value);
    gboolean quoted = fc_sentence_in_quote(st->doc->text, st->span, v->start);
    for (guint d = 0; d < st->mentions->len; d++) {
        const FcMention *dm = fc_sentence_mention(st, (int)d);
        if (dm->type != FC_MENTION_DATE || (int)d == value ||
            fc_sentence_in_quote(st->doc->text, st->span, dm->start) != quoted)
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
    if (best < 0)
        best = fc_context_date_in_clause(st, v);
    if (best < 0)
        best = fc_sentence_opening_date(st, v);
    if (best < 0)
        best = fc_sentence_date_by_when(st, v);
    if (best >= 0 && ((v->type != FC_MENTION_DATE &&
                       fc_context_date_is_origin(st, fc_sentence_mention(st, best))) ||
                      fc_sentence_in_quote(st->doc->text, st->span,
                                           fc_sentence_mention(st, best)->start) != quoted))
        return -1;
    return best;
}

/* The relative clause (", which led its $45m Series B in 2022,") that
 * holds @m, as [*s, *e), or FALSE when @m is in none. */
gboolean
fc_context_relative_clause(const char *t, FcSpan span, gsize start, gsize end, gsize *s, gsize *e)
{
    gsize p = start;
    while (p > span.start && t[p - 1] != ',' && t[p - 1] != ';')
        p--;
    if (p == span.start || t[p - 1] != ',' ||
        !(g_str_has_prefix(t + p, " which ") || g_str_has_prefix(t + p, " who ")))
        return FALSE;
    gsize q = end;
    while (q < span.end && t[q] != ',' && t[q] != ';')
        q++;
    if (q >= span.end)
        return FALSE;
    *s = p;
    *e = q;
    return TRUE;
}

gboolean
fc_context_comparison_in(const char *t, gsize from, gsize to)
{
    static const char *const markers[] = {
        " up from ", " down from ", " compared with ", " compared to ", " versus ", " higher than ",
        " lower than ", " double the ", " triple the ", " twice the ", " times the ", " above the ",
        " below the ", " increase on ", " increase from ", " increase over ", " rise on ",
        " rise from ", " jump from ", " jump on ", " premium to ", " premium on ", " discount to ",
        " discount on ", " more than the ", " less than the ",
        /* "$400m, roughly double what it commanded when it raised its
         * Series A" */
        " double what ", " triple what ", " twice what ", " times what ", " half what ",
        " more than what ", " less than what ", " above what ", " below what "};
    if (to <= from)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(markers); i++)
        if (g_strstr_len(t + from, (gssize)(to - from), markers[i]) != NULL)
            return TRUE;
    return FALSE;
}

/* "Barely a week after announcing its Series C, Haulstar has arranged a
 * $75m debt facility": a round in an opening clause of time is the event
 * the figure after the comma is dated by, not the figure's round. */
static gboolean
fc_context_in_time_clause(const FcSentence *st, const FcMention *round, const FcMention *v)
{
    static const char *const words[] = {"after", "following", "before", "since"};
    const char *t = st->doc->text;
    if (v->start <= round->end)
        return FALSE;
    const char *comma = memchr(t + round->end, ',', v->start - round->end);
    if (comma == NULL || memchr(t + st->span.start, ',', round->start - st->span.start) != NULL)
        return FALSE;
    /* The clause opens the sentence: "Barely a week after", "Following". */
    gsize from = st->span.start, after;
    return fc_context_find_word(t, st->span.start, &from, round->start, words, G_N_ELEMENTS(words),
                                &after) &&
           from - 1 < st->span.start + 24;
}

/* ", which first backed Vantrel at the Series A,": a clause telling
 * what a backer did before ("first", "previously", "had") names an
 * earlier round than the figure's after it. */
static gboolean
fc_context_clause_tells_past(const char *t, gsize s, gsize e)
{
    static const char *const words[] = {"first",      "previously", "earlier", "once",
                                        "originally", "had",        "already"};
    gsize after;
    return fc_context_find_word(t, s, &s, e, words, G_N_ELEMENTS(words), &after);
}

const char *
fc_context_event(const FcSentence *st, int value, gsize ms, gsize me)
{
    const FcMention *v = fc_sentence_mention(st, value);
    const char *label = NULL;
    gsize best = G_MAXSIZE;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = fc_sentence_mention(st, (int)i);
        gsize cs, ce;
        /* "Oriel, which led its Series B in 2022, and Fennimore also
         * invested": the clause's round is not the sentence's, unless the
         * match reads the claim from the clause ("Orison, which led
         * Quillpay's Series C, ..."). */
        const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, i);
        gboolean matched = tp->start >= ms && tp->end <= me;
        if (m->type == FC_MENTION_ROUND &&
            fc_context_relative_clause(st->doc->text, st->span, m->start, m->end, &cs, &ce) &&
            (v->start < cs || v->start >= ce) &&
            (!matched || fc_context_clause_tells_past(st->doc->text, cs, ce)))
            continue;
        if (m->type == FC_MENTION_ROUND &&
            (fc_context_comparison_in(st->doc->text, MIN(v->end, m->end),
                                      MAX(v->start, m->start)) ||
             fc_context_in_time_clause(st, m, v)))
            continue;
        if (m->type == FC_MENTION_ROUND && fc_mention_distance(m, v) < best) {
            best = fc_mention_distance(m, v);
            label = m->name;
        }
    }
    return label;
}
