#define _GNU_SOURCE /* memmem */
#include "fc-mention.h"

#include "fc-atoms.h"
#include "fc-capitals.h"
#include "fc-currency.h"
#include "fc-datefind.h"
#include "fc-figure.h"
#include "fc-namefind.h"
#include "fc-person-name.h"
#include "fc-refer.h"
#include "fc-strtab.h"
#include "fc-words.h"

#include <string.h>

/* Scanning order is priority order: a later kind never overlaps an earlier
 * one ("$13 billion" is money even though "13" is a number; "the ChatGPT
 * owner" is a reference even though "ChatGPT" is a product). */
enum {
    FC_SCAN_MONEY,
    FC_SCAN_PERCENT,
    FC_SCAN_DATE,
    FC_SCAN_ROUND,
    FC_SCAN_COREF,
    FC_SCAN_ENTITY,
    FC_SCAN_NAME,
    FC_SCAN_NUMBER,
    FC_SCAN_DATELINE,
    FC_SCAN_COUNT
};

struct _FcMentionScanner {
    const FcLexicon *lex;
    FcNameFinder *names; /* the lexicon's aliases */
    FcDateFinder *dates;
    FcRegex *re[FC_SCAN_COUNT];
    FcStrTab *descriptor_nouns; /* FC_REFER_DESCRIPTOR_NOUNS, split */
};

static const char fc_round_pattern[] =
    "\\b(?:(?:[Pp]re-)?[Ss]eries [A-L](?:-?[0-9])?(?![\\p{L}\\p{N}])(?: extension)?"
    "|(?i:pre-seed|seed|pre-IPO|bridge|angel|growth)(?: extension)?(?= (?:funding |financing "
    "|investment )?(?:round|stage|financing|funding))|[Pp]re-IPO"
    /* "a $6 million seed and the $18 million Series A": a figure's seed;
     * "a $14 million seed extension" is a round of its own, and "raises $4
     * million bridge ahead of Series A" a bridge before the Series A. */
    "|(?<=illion |[0-9][mMkK] |[0-9] )(?i:pre-seed|seed|bridge)(?: extension)?(?![\\p{L}\\p{N}-]))";

/* Wire datelines open a story with a place in capitals, perhaps a date and
 * the agency, then a dash: "SAN FRANCISCO —", "TORONTO, March 10 (Reuters)
 * -", "BRISTOL, UK, 6 May 2025 —", "LONDON, April 13th 2021 —", "NEW YORK,
 * Aug. 24, 2023 /PRNewswire/ --", "NEW YORK--(BUSINESS WIRE)--".
 * Transcripts open a turn with the speaker in capitals and a colon:
 * "SOPHIE KAUR, HOST:", "OPERATOR:".  None of it is a subject or a claim. */
static const char fc_dateline_pattern[] =
    "\\G\\s*\\p{Lu}[\\p{Lu}.'’-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’-]+){0,3}"
    "(?:(?:,[ \\t]*(?:\\p{Lu}[\\p{L}.]{1,12}(?:[ \\t]+\\d{1,2}(?:st|nd|rd|th)?)?"
    "|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+\\p{Lu}[\\p{L}.]{2,9})(?:,?[ \\t]*\\d{4})?){0,3}"
    "[ \\t]*(?:\\([^()\\n]{1,40}\\)|/[^/\\n]{1,40}/)?[ \\t]*"
    "(?:--\\([^()\\n]{1,40}\\)--|--|—|–|-)(?=\\s|\\p{Lu})"
    "|(?:,[ \\t]*\\p{Lu}[\\p{Lu}&.'’ -]{1,40}?){0,3}:(?=\\s))";

/* The kinds read by fc-value's patterns: see fc-figure. */
static gboolean
fc_scan_kind_has_figure(guint kind)
{
    return kind == FC_SCAN_MONEY || kind == FC_SCAN_PERCENT || kind == FC_SCAN_NUMBER;
}

static const char *
fc_scanner_source(guint kind)
{
    switch (kind) {
    case FC_SCAN_MONEY:
        return fc_value_money_pattern();
    case FC_SCAN_PERCENT:
        return fc_value_percent_pattern();
    case FC_SCAN_DATE:
        return fc_time_pattern();
    case FC_SCAN_ROUND:
        return fc_round_pattern;
    case FC_SCAN_COREF:
        return fc_refer_pattern();
    case FC_SCAN_NAME:
        return fc_capitals_pattern();
    case FC_SCAN_NUMBER:
        return fc_value_count_pattern();
    case FC_SCAN_DATELINE:
        return fc_dateline_pattern;
    default:
        return NULL;
    }
}

FcMentionScanner *
fc_mention_scanner_new(const FcLexicon *lex, GError **error)
{
    g_autoptr(FcMentionScanner) s = g_new0(FcMentionScanner, 1);
    s->lex = lex;
    for (guint k = 0; k < FC_SCAN_COUNT; k++) {
        if (k == FC_SCAN_ENTITY)
            continue;
        FcRegexFlags flags = fc_scan_kind_has_figure(k) ? FC_REGEX_START_LIMIT : FC_REGEX_DEFAULT;
        s->re[k] = fc_regex_new(fc_scanner_source(k), flags, error);
        if (s->re[k] == NULL) {
            g_prefix_error(error, "internal pattern %u: ", k);
            return NULL;
        }
    }
    s->dates = fc_date_finder_new(error);
    if (s->dates == NULL)
        return NULL;
    g_autoptr(GPtrArray) aliases = fc_lexicon_aliases(lex);
    s->names = fc_name_finder_new(aliases);
    s->descriptor_nouns = fc_strtab_new(FALSE);
    g_auto(GStrv) nouns = g_strsplit(FC_REFER_DESCRIPTOR_NOUNS, "|", -1);
    for (guint i = 0; nouns[i] != NULL; i++)
        fc_strtab_add(s->descriptor_nouns, nouns[i], strlen(nouns[i]));
    return g_steal_pointer(&s);
}

void
fc_mention_scanner_free(FcMentionScanner *scanner)
{
    if (scanner == NULL)
        return;
    for (guint k = 0; k < FC_SCAN_COUNT; k++)
        fc_regex_free(scanner->re[k]);
    fc_name_finder_free(scanner->names);
    fc_date_finder_free(scanner->dates);
    fc_strtab_free(scanner->descriptor_nouns);
    g_free(scanner);
}

const char *
fc_mention_token(const FcMention *m)
{
    switch (m->type) {
    case FC_MENTION_MONEY:
        return "MONEY";
    case FC_MENTION_PERCENT:
        return "PCT";
    case FC_MENTION_DATE:
        return "DATE";
    case FC_MENTION_ROUND:
        return "ROUND";
    case FC_MENTION_COREF:
        return "ORG";
    case FC_MENTION_NAME:
        return m->person ? "PERSON" : "NAME";
    case FC_MENTION_NUMBER:
        return "NUM";
    case FC_MENTION_ENTITY:
        break;
    }
    switch (m->entity->kind) {
    case FC_KIND_PERSON:
        return "PERSON";
    case FC_KIND_PRODUCT:
        return "PRODUCT";
    case FC_KIND_PLACE:
        return "PLACE";
    case FC_KIND_MEDIA:
        return "MEDIA";
    default:
        return "ORG";
    }
}

/* ---- per-scan state ---------------------------------------------------- */

typedef struct {
    const FcMentionScanner *scanner;
    const FcDocument *doc;
    FcSpan span;
    FcMatch *match;
    guint8 *taken; /* one flag per byte of the span */
    GArray *found; /* FcMention */
    guint limits;
    const char *folded; /* the span ASCII-lower-cased, NULL when that is not caseless (fc-atoms) */
    const FcBigrams *pairs; /* the byte pairs of the span */
    const FcStrTab *known;  /* names the document has used, or NULL */
} FcScan;

/* A name broken across a line is still one name: runs of white space
 * become one space. */
static char *
fc_squeeze_spaces(const char *text, gsize n)
{
    GString *out = g_string_sized_new(n);
    for (gsize i = 0; i < n; i++) {
        if (!g_ascii_isspace(text[i]))
            g_string_append_c(out, text[i]);
        else if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c(out, ' ');
    }
    return g_string_free(out, FALSE);
}

static gboolean
fc_scan_is_free(const FcScan *sc, gsize start, gsize end)
{
    for (gsize i = start; i < end; i++)
        if (sc->taken[i - sc->span.start])
            return FALSE;
    return TRUE;
}

static void
fc_scan_take(FcScan *sc, const FcMention *m)
{
    memset(sc->taken + (m->start - sc->span.start), 1, m->end - m->start);
    g_array_append_val(sc->found, *m);
}

static gboolean
fc_scan_fill_value(FcScan *sc, guint kind, FcMention *m)
{
    const char *t = sc->doc->text + m->start;
    gsize n = m->end - m->start;
    switch (kind) {
    case FC_SCAN_MONEY:
        m->type = FC_MENTION_MONEY;
        return fc_value_parse_money(t, n, &m->value);
    case FC_SCAN_PERCENT:
        m->type = FC_MENTION_PERCENT;
        return fc_value_parse_percent(t, n, &m->value);
    case FC_SCAN_NUMBER:
        m->type = FC_MENTION_NUMBER;
        return fc_value_parse_count(t, n, &m->value);
    case FC_SCAN_DATE:
        m->type = FC_MENTION_DATE;
        if (fc_time_resolve(t, n, &sc->doc->date, &m->time) || m->time.rel_months != 0)
            return TRUE;
        /* "later that year": fc-extract knows the year. */
        m->anchored = fc_time_is_anchored(t, n);
        return m->anchored;
    default:
        return FALSE;
    }
}

static void
fc_scan_round(FcScan *sc, FcMention *m)
{
    g_autofree char *label = g_strndup(sc->doc->text + m->start, m->end - m->start);
    /* "series F" and "Series F" are the same round. */
    if (g_ascii_strncasecmp(label, "series", 6) == 0)
        label[0] = 'S';
    m->type = FC_MENTION_ROUND;
    m->name = g_intern_string(label);
}

/* Calls @fn for every non-empty match of @re in the span, left to right;
 * counts matches abandoned at a limit. */
typedef void (*FcScanFn)(FcScan *sc, gsize s, gsize e, gpointer data);

/* fc-value's patterns are searched around figures only (fc-figure). */
static void
fc_scan_each(FcScan *sc, const FcRegex *re, gboolean figures, FcScanFn fn, gpointer data)
{
    const char *text = sc->doc->text;
    gsize pos = sc->span.start, end = sc->span.end;
    while (pos < end) {
        FcRegexResult r =
            figures ? fc_figure_match(re, text, end, pos, sc->folded, sc->span.start, sc->match)
                    : fc_regex_match(re, text, end, pos, sc->match);
        if (r == FC_REGEX_LIMIT)
            sc->limits++;
        gsize s, e;
        if (r != FC_REGEX_MATCHED || !fc_match_group(sc->match, 0, &s, &e))
            return;
        pos = e > s ? e : s + 1;
        if (e > s)
            fn(sc, s, e, data);
    }
}

/* Typed regex kinds: every match is a mention when its text parses. */
static void
fc_scan_simple_one(FcScan *sc, gsize s, gsize e, gpointer data)
{
    guint kind = GPOINTER_TO_UINT(data);
    FcMention m = {.start = s, .end = e};
    gboolean ok =
        kind == FC_SCAN_ROUND ? (fc_scan_round(sc, &m), TRUE) : fc_scan_fill_value(sc, kind, &m);
    if (ok && fc_scan_is_free(sc, s, e))
        fc_scan_take(sc, &m);
}

static void
fc_scan_simple(FcScan *sc, guint kind)
{
    const FcRegex *re = sc->scanner->re[kind];
    if (fc_regex_may_match(re, sc->doc->text + sc->span.start, sc->span.end - sc->span.start,
                           sc->folded, sc->pairs))
        fc_scan_each(sc, re, fc_scan_kind_has_figure(kind), fc_scan_simple_one,
                     GUINT_TO_POINTER(kind));
}

/* Dates through fc-datefind, which needs text without the characters
 * that caseless matching takes for ASCII letters. */
static void
fc_scan_dates(FcScan *sc)
{
    const FcRegex *re = sc->scanner->re[FC_SCAN_DATE];
    if (sc->folded == NULL) {
        fc_scan_simple(sc, FC_SCAN_DATE);
        return;
    }
    if (!fc_regex_may_match(re, sc->doc->text + sc->span.start, sc->span.end - sc->span.start,
                            sc->folded, sc->pairs))
        return;
    gsize pos = sc->span.start, s, e;
    FcRegexResult r = FC_REGEX_NO_MATCH;
    while (pos < sc->span.end &&
           (r = fc_date_finder_next(sc->scanner->dates, sc->doc->text, sc->span.end, pos, sc->match,
                                    &s, &e)) == FC_REGEX_MATCHED) {
        pos = e > s ? e : s + 1;
        if (e > s)
            fc_scan_simple_one(sc, s, e, GUINT_TO_POINTER(FC_SCAN_DATE));
    }
    if (r == FC_REGEX_LIMIT)
        sc->limits++;
}

/* Does the folded span hold one of @words?  TRUE when it cannot tell. */
static gboolean
fc_scan_may_hold(const FcScan *sc, const char *const *words)
{
    if (sc->folded == NULL)
        return TRUE;
    for (guint i = 0; words[i] != NULL; i++)
        if (fc_bigrams_may_contain(sc->pairs, words[i], strlen(words[i])) &&
            strstr(sc->folded, words[i]) != NULL)
            return TRUE;
    return FALSE;
}

/* Every money match names its currency (a sign or code before the
 * figure, or a word after it); the pattern calls named groups, which
 * fc-atoms does not read through, so fc-currency says which. */
static gboolean
fc_scan_may_hold_money(const FcScan *sc)
{
    return fc_scan_may_hold(sc, fc_currency_atoms());
}

static gboolean
fc_scan_may_hold_percent(const FcScan *sc)
{
    static const char *const signs[] = {"%", "cent", "pct", NULL};
    return fc_scan_may_hold(sc, signs);
}

static FcEntityKind
fc_coref_noun_kind(const char *noun, gsize n)
{
    static const char *const labs[] = {"startup", "start-up", "lab",      "laboratory",
                                       "unicorn", "upstart",  "newcomer", "challenger"};
    static const char *const investors[] = {"investor", "backer", "fund"};
    for (guint i = 0; i < G_N_ELEMENTS(labs); i++)
        if (strlen(labs[i]) == n && strncmp(noun, labs[i], n) == 0)
            return FC_KIND_LAB;
    for (guint i = 0; i < G_N_ELEMENTS(investors); i++)
        if (strlen(investors[i]) == n && strncmp(noun, investors[i], n) == 0)
            return FC_KIND_INVESTOR;
    return FC_KIND_COMPANY;
}

/* The entity named inside a referring expression: "the ChatGPT owner". */
static void
fc_scan_coref_inner(FcScan *sc, FcMention *m)
{
    gsize s, e;
    if (!fc_name_finder_next(sc->scanner->names, sc->doc->text, m->start, m->end, &s, &e))
        return;
    g_autofree char *surface = fc_squeeze_spaces(sc->doc->text + s, e - s);
    m->entity = fc_lexicon_lookup(sc->scanner->lex, surface);
    const char *after = sc->doc->text + e;
    m->coref_backed = g_str_has_prefix(after, "-backed") || g_str_has_prefix(after, "-funded");
    /* "the ChatGPT owner" names its maker; "the Toronto-based company" and
     * "the Amazon-backed startup" only describe the antecedent. */
    m->coref_maker = m->entity != NULL && m->entity->kind == FC_KIND_PRODUCT;
}

/* "The Guadalajara-headquartered company": the place is a mention of its
 * own, before the reference, so that what the text says of the place
 * (its headquarters) is read as it is after a name.  The reference keeps
 * the place as the entity inside it.  Moves m->start past the place. */
static void
fc_scan_coref_split_place(FcScan *sc, FcMention *m)
{
    static const char *const suffixes[] = {"-based ", "-headquartered "};
    const char *t = sc->doc->text;
    gsize s, e;
    /* "Halvorsen Motors, the Michigan-based automaker": an apposition's
     * place is the name's before it, not what the reference resolves to. */
    if (m->entity == NULL || m->entity->kind != FC_KIND_PLACE ||
        (m->start >= sc->span.start + 2 && t[m->start - 2] == ',') ||
        !fc_name_finder_next(sc->scanner->names, t, m->start, m->end, &s, &e))
        return;
    for (guint k = 0; k < G_N_ELEMENTS(suffixes); k++) {
        gsize n = strlen(suffixes[k]);
        if (e + n >= m->end || memcmp(t + e, suffixes[k], n) != 0)
            continue;
        FcMention place = {.type = FC_MENTION_ENTITY, .start = s, .end = e, .entity = m->entity};
        place.name = g_intern_string(m->entity->name);
        fc_scan_take(sc, &place);
        m->start = e + n;
        return;
    }
}

static void
fc_scan_coref_one(FcScan *sc, const FcReference *ref)
{
    FcMention m = {.type = FC_MENTION_COREF, .start = ref->start, .end = ref->end};
    if (!fc_scan_is_free(sc, ref->start, ref->end))
        return;
    if (ref->pronoun) {
        m.possessive = ref->end - ref->start == 3;
        m.coref_kind = FC_KIND_UNKNOWN;
    } else {
        gsize n = ref->noun_end - ref->noun_start;
        m.coref_kind = fc_coref_noun_kind(sc->doc->text + ref->noun_start, n);
        /* Articles call investment firms and companies alike "the firm": it
         * means whoever the text is about, as "it" does. */
        m.coref_any = n == 4 && strncmp(sc->doc->text + ref->noun_start, "firm", 4) == 0;
        fc_scan_coref_inner(sc, &m);
        fc_scan_coref_split_place(sc, &m);
    }
    fc_scan_take(sc, &m);
}

static void
fc_scan_coref(FcScan *sc)
{
    const FcRegex *re = sc->scanner->re[FC_SCAN_COREF];
    gsize pos = sc->span.start;
    FcReference ref;
    FcRegexResult r = FC_REGEX_NO_MATCH;
    while (pos < sc->span.end && (r = fc_refer_find(re, sc->doc->text, sc->span.end, pos, sc->match,
                                                    &ref)) == FC_REGEX_MATCHED) {
        pos = ref.end;
        fc_scan_coref_one(sc, &ref);
    }
    if (r == FC_REGEX_LIMIT)
        sc->limits++;
}

/* "AMD Ventures", "Nvidia Capital": a known name followed by an
 * organisation word is another organisation; leave it to the name scan. */
static gboolean
fc_name_has_org_suffix(const FcScan *sc, gsize e)
{
    static const char *const suffixes[] = {
        "Ventures",    "Capital",  "Partners",     "Group",      "Labs",     "Fund",
        "Investments", "Holdings", "Technologies", "Management", "Research", "Foundation"};
    const char *t = sc->doc->text;
    if (e >= sc->span.end || t[e] != ' ')
        return FALSE;
    gsize s = e + 1, w = s;
    while (w < sc->span.end && g_ascii_isalpha(t[w]))
        w++;
    for (guint i = 0; i < G_N_ELEMENTS(suffixes); i++)
        if (strlen(suffixes[i]) == w - s && memcmp(t + s, suffixes[i], w - s) == 0)
            return TRUE;
    /* "Partech Africa", "Vertex Ventures Southeast Asia": a known firm's
     * regional fund. */
    if (w == s || !g_ascii_isupper(t[s]))
        return FALSE;
    g_autofree char *word = g_strndup(t + s, w - s);
    const FcEntity *next = fc_lexicon_lookup(sc->scanner->lex, word);
    return next != NULL && next->kind == FC_KIND_PLACE;
}

/* Length of a corporate suffix (" Inc.", ", Inc.", " Corp.") at @e, 0
 * when there is none: it belongs to the name before it. */
static gsize
fc_name_suffix_len(const FcScan *sc, gsize e)
{
    /* Longer forms first: "GmbH & Co. KG" is one suffix, not "GmbH" and a
     * name "KG". */
    static const char *const suffixes[] = {" GmbH & Co. KG", " & Co. KG", " Co., Ltd.", " Co. Ltd.",
                                           " Inc.",          " Inc",      ", Inc.",     " Corp.",
                                           " Corp",          " Ltd.",     " Ltd",       " LLC",
                                           " plc",           " GmbH",     " AG",        " SE",
                                           " S.A.",          " SAS",      " Co."};
    const char *t = sc->doc->text;
    /* "Vision Fund 2", "Growth Fund III": a fund's number is its name. */
    if (e >= 4 && memcmp(t + e - 4, "Fund", 4) == 0 && e + 1 < sc->span.end && t[e] == ' ') {
        gsize n = 1;
        while (e + n < sc->span.end && n <= 5 && strchr("0123456789IVX", t[e + n]) != NULL)
            n++;
        if (n > 1 && (e + n == sc->span.end || !g_ascii_isalnum(t[e + n])))
            return n;
    }
    /* A name that already ends in "Corp" or "Inc" keeps its full stop. */
    if (e < sc->span.end && t[e] == '.' && e >= 3 &&
        (memcmp(t + e - 3, "Inc", 3) == 0 || memcmp(t + e - 3, "orp", 3) == 0 ||
         memcmp(t + e - 3, "Ltd", 3) == 0 || memcmp(t + e - 2, "Co", 2) == 0))
        return 1;
    /* Every suffix opens with a space or a comma. */
    if (e >= sc->span.end || (t[e] != ' ' && t[e] != ','))
        return 0;
    for (guint i = 0; i < G_N_ELEMENTS(suffixes); i++) {
        gsize n = strlen(suffixes[i]);
        if (e + n <= sc->span.end && memcmp(t + e, suffixes[i], n) == 0 &&
            (e + n == sc->span.end || !g_ascii_isalnum(t[e + n])))
            return n;
    }
    return 0;
}

/* "led by Partech Africa", "Vertex Ventures Southeast Asia": a place
 * right after a capitalised word that may be part of a name ends that
 * name; leave it to the name scan. */
static gboolean
fc_place_ends_name(const FcScan *sc, const FcEntity *place, gsize s)
{
    const char *t = sc->doc->text;
    if (place->kind != FC_KIND_PLACE || s < sc->span.start + 2 || t[s - 1] != ' ')
        return FALSE;
    gsize b = s - 1;
    while (b > sc->span.start && g_ascii_isalpha(t[b - 1]))
        b--;
    if (b == s - 1 || !g_ascii_isupper(t[b]))
        return FALSE;
    return fc_words_name_class(t + b, s - 1 - b) == FC_NAME_WORD;
}

/* Start of "South " in "South San Francisco", "East Palo Alto", "North
 * London": a compass word before a town or state is part of the place
 * and lies in it, where it would otherwise start a name ("South San").
 * Not before a country ("North Korea" is no part of South Korea). */
static gsize
fc_place_compass_start(const FcScan *sc, const FcEntity *place, gsize s)
{
    static const char *const compass[] = {"North", "South", "East", "West", "Greater", "Central"};
    const char *t = sc->doc->text;
    if (place->kind != FC_KIND_PLACE || place->parent == NULL || place->parent->parent == NULL ||
        s < sc->span.start + 2 || t[s - 1] != ' ')
        return s;
    gsize b = s - 1;
    while (b > sc->span.start && g_ascii_isalpha(t[b - 1]))
        b--;
    gboolean alone = b == sc->span.start || !g_ascii_isalnum(t[b - 1]);
    for (guint i = 0; i < G_N_ELEMENTS(compass) && alone; i++)
        if (strlen(compass[i]) == s - 1 - b && memcmp(t + b, compass[i], s - 1 - b) == 0)
            return b;
    return s;
}

static void
fc_scan_entity_one(FcScan *sc, gsize s, gsize e, gpointer data)
{
    (void)data;
    g_autofree char *surface = fc_squeeze_spaces(sc->doc->text + s, e - s);
    FcMention m = {.type = FC_MENTION_ENTITY, .start = s, .end = e};
    m.entity = fc_lexicon_lookup(sc->scanner->lex, surface);
    if (m.entity == NULL)
        return;
    m.start = fc_place_compass_start(sc, m.entity, s);
    if (!fc_scan_is_free(sc, m.start, e) || fc_name_has_org_suffix(sc, e) ||
        (m.start == s && fc_place_ends_name(sc, m.entity, s)))
        return;
    m.name = g_intern_string(m.entity->name);
    gsize suffix = fc_name_suffix_len(sc, e);
    if (suffix > 0 && fc_scan_is_free(sc, e, e + suffix))
        m.end = e + suffix;
    fc_scan_take(sc, &m);
}

static void
fc_scan_entities(FcScan *sc)
{
    gsize pos = sc->span.start, s, e;
    while (fc_name_finder_next(sc->scanner->names, sc->doc->text, pos, sc->span.end, &s, &e)) {
        fc_scan_entity_one(sc, s, e, NULL);
        pos = e;
    }
}

/* Plural nouns of people open sentences ("Investors said", "Employees
 * say") and are never names, whatever follows. */
static gboolean
fc_name_is_plural_people(const char *w, gsize n)
{
    static const char *const plurals[] = {"ors", "ers", "ees", "sts", "als", "ans"};
    for (guint i = 0; i < G_N_ELEMENTS(plurals); i++)
        if (n > 4 && memcmp(w + n - 3, plurals[i], 3) == 0)
            return TRUE;
    return FALSE;
}

/* "Pallets are the unit of work": a lone word in -s before a plural verb
 * is a common noun; companies take singular verbs. */
static gboolean
fc_name_is_plural_subject(const FcScan *sc, gsize s, gsize e)
{
    static const char *const verbs[] = {" are ", " were ", " have ", " remain "};
    const char *t = sc->doc->text;
    if (e - s < 4 || t[e - 1] != 's' || t[e - 2] == 's')
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(verbs); i++) {
        gsize n = strlen(verbs[i]);
        if (e + n <= sc->span.end && memcmp(t + e, verbs[i], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* A lone sentence-initial word ending like a verb or adverb ("Training",
 * "Backed", "Reportedly") is grammar, unless a verb follows it ("Helsing
 * raised"); plural people nouns always are. */
static gboolean
fc_name_looks_like_grammar(const char *w, gsize n)
{
    return fc_name_is_plural_people(w, n) || (n > 4 && memcmp(w + n - 3, "ing", 3) == 0) ||
           (n > 3 && memcmp(w + n - 2, "ed", 2) == 0) || (n > 3 && memcmp(w + n - 2, "ly", 2) == 0);
}

static const char *
fc_name_normalise(const char *text, gsize n)
{
    g_autofree char *copy = fc_squeeze_spaces(text, n);
    /* Legal forms, so that "Helsing GmbH" and "Helsing" are one company. */
    static const char *const suffixes[] = {
        /* Two-word forms first: " Ltd" would leave "Tambakin Pte".  A
         * name's run of capitals stops before "Ltd", which the name takes
         * in afterwards (fc_name_suffix_len): "Pte" alone ends it then. */
        " Pte. Ltd.", " Pte Ltd",     " Pvt. Ltd.", " Pvt Ltd", " Private Limited",
        " Sdn Bhd",   " Pte.",        " Pte",       " Pvt.",    " Pvt",
        " Inc.",      " Inc",         " Corp.",     " Corp",    " Ltd.",
        " Ltd",       " Limited",     " LLC",       " Co.",     " plc",
        " PLC",       " Corporation", " GmbH",      " AG",      " SE",
        " S.A.",      " SA",          " SAS",       " N.V.",    " NV",
        " B.V.",      " BV",          " S.p.A.",    " SpA",     " S.r.l.",
        " Srl",       " S.L.",        " SL",        " Ltda",    " AB",
        " Oy",        " Oyj",         " ASA",       " AS",      " A/S",
        " ApS",       " K.K.",        " Tbk"};
    /* Every suffix opens with a space, which most names lack. */
    for (guint i = 0; i < G_N_ELEMENTS(suffixes) && strchr(copy, ' ') != NULL; i++)
        if (g_str_has_suffix(copy, suffixes[i]))
            copy[strlen(copy) - strlen(suffixes[i])] = '\0';
    return g_intern_string(copy);
}

/* One word of a capitalised run: [start, end) with a trailing full stop
 * dropped unless it is an initial or an abbreviation ("Inc.", "U.S."). */
static gsize
fc_name_word_end(const char *text, gsize s, gsize e)
{
    gsize n = e - s;
    if (n > 2 && text[e - 1] == '.' && memchr(text + s, '.', n - 1) == NULL &&
        !fc_words_is_name_stopword(text + s, n))
        return e - 1;
    return e;
}

/* A capitalised word opening a sentence is a name only when a verb or a
 * possessive follows ("Lovable raised", "Lovable's"); otherwise it is
 * just the first word ("Expert perspectives", "Training models"). */
/* "Revenue, by her account, ...": a comma and a preposition after a
 * sentence's first word set off a phrase, where a name's comma opens an
 * apposition ("Anthropic, the AI lab") or a list. */
static gboolean
fc_name_comma_then_preposition(const FcScan *sc, gsize e)
{
    const char *text = sc->doc->text;
    gsize s = e + 1;
    while (s < sc->span.end && text[s] == ' ')
        s++;
    gsize w = s;
    while (w < sc->span.end && g_ascii_islower(text[w]))
        w++;
    return w > s && fc_words_is_preposition(text + s, w - s);
}

/* "Risks, Limitations & Open Questions": a heading of capitalised words
 * and commas, no verb and no full stop, lists topics, not names. */
static gboolean
fc_name_comma_in_title(const FcScan *sc, gsize c)
{
    const char *t = sc->doc->text;
    gsize end = sc->span.end;
    while (end > c && g_ascii_isspace(t[end - 1]))
        end--;
    if (end - sc->span.start > 100 || end <= c + 1 || strchr(".?!:", t[end - 1]) != NULL)
        return FALSE;
    for (gsize i = c + 1; i < end;) {
        if (t[i] == ' ' || t[i] == ',' || t[i] == '&') {
            i++;
            continue;
        }
        gsize w = i;
        while (w < end && t[w] != ' ' && t[w] != ',')
            w++;
        if (!g_ascii_isupper(t[i]) && !(w - i == 3 && memcmp(t + i, "and", 3) == 0))
            return FALSE;
        i = w;
    }
    return TRUE;
}

/* Is @w[0..n) one of @words, ASCII case folded when @caseless? */
static gboolean
fc_word_among(const char *w, gsize n, const char *const *words, guint n_words, gboolean caseless)
{
    for (guint k = 0; k < n_words; k++)
        if (strlen(words[k]) == n &&
            (caseless ? g_ascii_strncasecmp(w, words[k], n) : strncmp(w, words[k], n)) == 0)
            return TRUE;
    return FALSE;
}

/* "Lee Sang-min", "Kim Do-yeon": after a name's first word, a short
 * capitalised syllable and a short lower-case one are a given name (a
 * Korean one), unless the tail is an adjective's ("Capital-backed"). */
static gboolean
fc_name_is_hyphenated_given(const char *w, gsize n)
{
    static const char *const tails[] = {"led",   "run",   "based", "owned", "made", "born", "like",
                                        "style", "sized", "wide",  "free",  "type", "era",  "only"};
    const char *dash = memchr(w, '-', n);
    if (dash == NULL || dash - w < 2 || dash - w > 5)
        return FALSE;
    gsize k = n - (gsize)(dash - w) - 1;
    if (k < 2 || k > 4)
        return FALSE;
    for (gsize i = 1; i < n; i++)
        if (w + i != dash && !g_ascii_islower(w[i]))
            return FALSE;
    return !fc_word_among(dash + 1, k, tails, G_N_ELEMENTS(tails), FALSE);
}

/* "AI-powered", "US-based": a capitalised stem with a lower-case tail is
 * an adjective, not a name. */
static gboolean
fc_name_is_compound_adjective(const char *w, gsize n, gboolean after_name)
{
    if (after_name && fc_name_is_hyphenated_given(w, n))
        return FALSE;
    for (gsize i = 1; i + 1 < n; i++)
        if (w[i] == '-' && g_ascii_islower(w[i + 1]))
            return TRUE;
    return FALSE;
}

/* "Second, software companies ...": an ordinal opening a sentence with a
 * comma counts points; inside names ("Fifth Wall", "Third Point") it is
 * a word of the name. */
static gboolean
fc_name_is_ordinal(const char *w, gsize n)
{
    static const char *const ordinals[] = {"Second", "Third", "Fourth", "Fifth"};
    return fc_word_among(w, n, ordinals, G_N_ELEMENTS(ordinals), FALSE);
}

/* Is the name at @s, opening its line, the label of a list entry about it:
 * "**Lumeris**: the Paris lab closed its $2.4bn Series C", "Penumbra AI:
 * $6.5bn at $60bn"?  A heading's label goes on with a sentence of its
 * own ("Valuation Sustainability: A $900B valuation implies ..."). */
static gboolean
fc_name_labels_entry(const FcScan *sc, gsize s, gsize colon)
{
    const char *text = sc->doc->text;
    gsize b = s;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '*'))
        b--;
    if (b > 0 && text[b - 1] != '\n')
        return FALSE;
    gsize a = colon + 1;
    while (a < sc->span.end && text[a] == ' ')
        a++;
    if (a >= sc->span.end || !(g_ascii_islower(text[a]) || text[a] == '$'))
        return FALSE;
    for (gsize i = a; i < sc->span.end; i++)
        if (g_ascii_isdigit(text[i]))
            return TRUE;
    return FALSE;
}

static gboolean
fc_name_followed_by_verb(const FcScan *sc, gsize e)
{
    const char *text = sc->doc->text;
    /* "**Quillmate**, a ...": bold marks are blanked to spaces. */
    gsize c = e;
    while (c < sc->span.end && c < e + 4 && text[c] == ' ')
        c++;
    if (c < sc->span.end && text[c] == ',') {
        gsize s = e;
        while (s > sc->span.start && g_ascii_isalpha(text[s - 1]))
            s--;
        return !fc_name_comma_then_preposition(sc, c) && !fc_name_is_ordinal(text + s, e - s) &&
               !fc_name_comma_in_title(sc, c);
    }
    if (e < sc->span.end && (text[e] == '\'' || (guchar)text[e] == 0xE2))
        return TRUE;
    gsize s = e;
    while (s < sc->span.end && g_ascii_isspace(text[s]))
        s++;
    /* A list of names opening the sentence: "Orbital and Kestrel also
     * participated". */
    if (s + 5 < sc->span.end && s > e && memcmp(text + s, "and ", 4) == 0 &&
        g_ascii_isupper(text[s + 4]))
        return TRUE;
    /* A roundup's entries: "Aegirion (Munich) — €60m Series B", "Corvane -
     * $25m seed". */
    if (s < sc->span.end && s > e &&
        (text[s] == '(' || text[s] == '-' || g_str_has_prefix(text + s, "\xE2\x80\x94") ||
         g_str_has_prefix(text + s, "\xE2\x80\x93")))
        return TRUE;
    gsize w = s;
    while (w < sc->span.end && (g_ascii_isalpha(text[w]) || text[w] == '-'))
        w++;
    /* "Emberline founder Karl Haugen said": a company's role before a
     * person. */
    static const char *const roles[] = {"founder",   "co-founder",  "cofounder",   "CEO",
                                        "chief",     "president",   "chairman",    "chairwoman",
                                        "spokesman", "spokeswoman", "spokesperson"};
    if (w > s && fc_word_among(text + s, w - s, roles, G_N_ELEMENTS(roles), FALSE))
        return TRUE;
    /* A founder's story, told by surname: "Raman founded Quillfeather by
     * herself". */
    static const char *const founding[] = {"founded", "co-founded", "cofounded", "started"};
    if (w > s && fc_word_among(text + s, w - s, founding, G_N_ELEMENTS(founding), FALSE))
        return TRUE;
    /* "Tenstorrent Inc., the chip startup, raised ..." */
    static const char *const suffixes[] = {"Inc", "Corp", "Ltd", "LLC", "AG", "SA", "SE", "plc"};
    for (guint i = 0; i < G_N_ELEMENTS(suffixes); i++)
        if (strlen(suffixes[i]) == w - s && memcmp(text + s, suffixes[i], w - s) == 0)
            return TRUE;
    /* "Financing led by Greywillow": a participle, not the verb of a
     * subject. */
    if (w - s == 3 && memcmp(text + s, "led", 3) == 0 && g_str_has_prefix(text + w, " by "))
        return FALSE;
    return w > s && fc_words_is_verb(text + s, w - s);
}

/* "CEO Robin Rombach", "co-founder Jane Doe", "analyst Ann Lee": a name
 * right after a role word is a person. */
static gboolean
fc_name_follows_role(const FcScan *sc, gsize s)
{
    const char *t = sc->doc->text;
    gsize e = s;
    while (e > sc->span.start && g_ascii_isspace(t[e - 1]))
        e--;
    gsize b = e;
    while (b > sc->span.start && (g_ascii_isalpha(t[b - 1]) || t[b - 1] == '-'))
        b--;
    return fc_words_is_role(t + b, e - b);
}

/* The word right before @s, letters and hyphens, as [*b, *e). */
static gboolean
fc_name_word_before(const FcScan *sc, gsize s, gsize *b, gsize *e)
{
    const char *t = sc->doc->text;
    *e = s;
    while (*e > sc->span.start && t[*e - 1] == ' ')
        (*e)--;
    *b = *e;
    while (*b > sc->span.start && (g_ascii_isalpha(t[*b - 1]) || t[*b - 1] == '-'))
        (*b)--;
    return *e > *b;
}

static gboolean
fc_name_after_preposition(const FcScan *sc, gsize s)
{
    gsize b, e;
    return fc_name_word_before(sc, s, &b, &e) && fc_words_is_preposition(sc->doc->text + b, e - b);
}

/* "battery-swap start-up Tessaloop": a kind of company right before the
 * name. */
static gboolean
fc_name_after_descriptor(const FcScan *sc, gsize s)
{
    gsize b, e;
    return fc_name_word_before(sc, s, &b, &e) &&
           fc_strtab_contains(sc->scanner->descriptor_nouns, sc->doc->text + b, e - b);
}

/* "Jane Ortiz, who ...", "Tom Reyes, co-CEO of Nimbus", "Ann Lee, a senior
 * analyst at Bernstein": an apposition naming a role makes a person.  The
 * role must end the phrase or lead to "of"/"at", so that "Acme, a founder
 * friendly fund" stays a company. */
static gboolean
fc_name_precedes_role(const FcScan *sc, gsize s, gsize e)
{
    static const char *const determiners[] = {"the", "a", "an", "its", "their", "his", "her"};
    static const char *const after[] = {"of", "at", "and", "who", "for", "in"};
    static const char *const modifiers[] = {
        "senior", "managing", "general", "former",   "founding", "lead",   "principal",
        "deputy", "interim",  "acting",  "longtime", "research", "equity", "investment",
    };
    const char *t = sc->doc->text;
    gsize end = sc->span.end, i = e;
    if (i + 2 > end || t[i] != ',' || t[i + 1] != ' ')
        return FALSE;
    i += 2;
    gsize b = i, n = fc_words_next(t, &i, end);
    /* "said Rafael Ortiz-Mayer, partner at Keystone Arc, who joins the
     * board": after a preposition, or after a kind of company ("officer
     * of start-up Tessaloop, who had claimed"), "who" is the earlier
     * person's. */
    if (n == 3 && memcmp(t + b, "who", 3) == 0)
        return !fc_name_after_preposition(sc, s) && !fc_name_after_descriptor(sc, s);
    if (fc_word_among(t + b, n, determiners, G_N_ELEMENTS(determiners), TRUE))
        b = i, n = fc_words_next(t, &i, end);
    /* One modifier: "a senior analyst", "the managing partner". */
    if (fc_word_among(t + b, n, modifiers, G_N_ELEMENTS(modifiers), TRUE))
        b = i, n = fc_words_next(t, &i, end);
    if (n == 0 || !fc_words_is_role(t + b, n))
        return FALSE;
    /* "chief executive", "vice president", "head of": the title goes on. */
    gboolean open = g_ascii_strncasecmp(t + b, "chief", 5) == 0 ||
                    g_ascii_strncasecmp(t + b, "co-chief", 8) == 0 ||
                    g_ascii_strncasecmp(t + b, "vice", 4) == 0;
    if (open || i >= end || !g_ascii_isalpha(t[i]))
        return TRUE;
    /* "a partner at Accel" is a person, "a partner of OpenAI" a company. */
    gboolean partner = n == 7 && g_ascii_strncasecmp(t + b, "partner", 7) == 0;
    gsize ab = i, an = fc_words_next(t, &i, end);
    if (partner)
        return an == 2 && memcmp(t + ab, "at", 2) == 0;
    return fc_word_among(t + ab, an, after, G_N_ELEMENTS(after), TRUE);
}

static gboolean
fc_scan_known(const FcScan *sc, gsize s, gsize e)
{
    return sc->known != NULL && fc_strtab_contains(sc->known, sc->doc->text + s, e - s);
}

/* A fact box's line opens with a label: "Total raised: $120 million",
 * "Revenue (2024): $18 million".  Lower-case words, a bracket of figures
 * or lower-case words, then a colon. */
static gboolean
fc_name_heads_label(const FcScan *sc, gsize e)
{
    const char *t = sc->doc->text;
    gsize i = e, end = MIN(sc->span.end, e + 48);
    for (guint words = 0; i < end && t[i] == ' ' && words < 4; words++) {
        gsize w = i + 1;
        while (w < end && (g_ascii_islower(t[w]) || t[w] == '-'))
            w++;
        if (w == i + 1)
            break;
        i = w;
    }
    if (i + 1 < end && t[i] == ' ' && t[i + 1] == '(') {
        gsize b = i + 2;
        while (b < end && (g_ascii_isdigit(t[b]) || g_ascii_islower(t[b]) || t[b] == ' ' ||
                           t[b] == '.' || t[b] == '-'))
            b++;
        if (b < end && t[b] == ')')
            i = b + 1;
    }
    return i < end && t[i] == ':';
}

#define FC_NAME_USE_REACH 4096

/* Does the document write @s..@e capitalised after a lower-case word or
 * a comma, before "'s" or before a company's verb, anywhere else?  A word
 * used so is a name even where it ends like a verb ("Sablewing was
 * founded", "Orchardly's round") within a few pages of it. */
static gboolean
fc_name_used_elsewhere(const FcScan *sc, gsize s, gsize e)
{
    static const char *const after[] = {"'s ",          "’s ",          " raised ", " has raised ",
                                        " was founded", " was started", " said",    " says"};
    /* Near the heading only: a document of a thousand such headings is
     * still read in linear time. */
    const char *t = sc->doc->text;
    const char *end = t + MIN(sc->doc->len, e + FC_NAME_USE_REACH);
    gsize n = e - s;
    for (const char *p = t + (s > FC_NAME_USE_REACH ? s - FC_NAME_USE_REACH : 0);
         (p = memmem(p, (gsize)(end - p), t + s, n)) != NULL; p += n) {
        gsize at = (gsize)(p - t);
        if (at == s || (p + n < end && g_ascii_isalnum(p[n])))
            continue;
        if (at >= 2 && t[at - 1] == ' ' && (g_ascii_islower(t[at - 2]) || t[at - 2] == ','))
            return TRUE;
        for (guint i = 0; i < G_N_ELEMENTS(after); i++)
            if ((gsize)(end - p) > n + strlen(after[i]) && g_str_has_prefix(p + n, after[i]))
                return TRUE;
    }
    return FALSE;
}

/* "**Brackenfold**" on a line of its own, or "**Quillstone.**" running
 * into its paragraph: a round-up's item, named by its heading.  Headings
 * of one common word ("Overview", "Funding") are sections, not names;
 * nor is a word that ends like a verb ("Hiring") unless the document
 * names it so elsewhere. */
static gboolean
fc_name_is_item_heading(const FcScan *sc, gsize s, gsize e)
{
    const char *t = sc->doc->text;
    gsize a = sc->span.start, b = sc->span.end;
    while (a < s && strchr(" *#_", t[a]) != NULL)
        a++;
    while (b > e && strchr(" *_\n.", t[b - 1]) != NULL)
        b--;
    return a == s && b == e && !fc_words_is_section(t + s, e - s) &&
           (!fc_name_looks_like_grammar(t + s, e - s) || fc_name_used_elsewhere(sc, s, e));
}

static void
fc_scan_name_emit(FcScan *sc, gsize s, gsize e, gboolean initial)
{
    const char *text = sc->doc->text;
    for (;;) {
        while (e > s && (text[e - 1] == '-' || text[e - 1] == '&' || g_ascii_isspace(text[e - 1])))
            e--;
        /* "Tallgrass Metrics of Austin" with the place taken: a name ends
         * on a capitalised word, never on "of" or "de". */
        gsize w = e;
        while (w > s && g_ascii_islower(text[w - 1]))
            w--;
        if (w == e || w == s || text[w - 1] != ' ')
            break;
        e = w;
    }
    if (e <= s || !fc_scan_is_free(sc, s, e))
        return;
    /* "Chief Technology Officer Mira Murati": a title's words. */
    if (s >= sc->span.start + 6 && strncmp(text + s - 6, "Chief ", 6) == 0 &&
        g_str_has_prefix(text + e, " Officer"))
        return;
    gboolean single = TRUE;
    for (gsize k = s; k < e && single; k++)
        single = !g_ascii_isspace(text[k]);
    if (single && e - s < 2)
        return;
    /* "Valuation Sustainability: ..." is a heading label, not a name; a
     * list entry's "**Lumeris**: the Paris lab closed its $2.4bn Series C"
     * names the company it is about. */
    gsize after = e;
    while (after < sc->span.end && g_ascii_isspace(text[after]))
        after++;
    gboolean entry =
        after < sc->span.end && text[after] == ':' && fc_name_labels_entry(sc, s, after);
    if (after < sc->span.end && text[after] == ':' && !entry)
        return;
    if (single && initial && !entry &&
        (!fc_name_followed_by_verb(sc, e) || fc_name_heads_label(sc, e)) &&
        !fc_scan_known(sc, s, e) && !fc_name_is_item_heading(sc, s, e))
        return;
    FcMention m = {.type = FC_MENTION_NAME, .start = s, .end = e};
    m.name = fc_name_normalise(text + s, e - s);
    gsize suffix = fc_name_suffix_len(sc, e);
    if (suffix > 0 && fc_scan_is_free(sc, e, e + suffix))
        m.end = e + suffix;
    gsize last = e;
    while (last > s && !g_ascii_isspace(text[last - 1]))
        last--;
    m.person = fc_lexicon_is_surname(sc->scanner->lex, text + last, e - last) ||
               fc_person_name_likely(m.name, strlen(m.name)) || fc_name_follows_role(sc, s) ||
               fc_name_precedes_role(sc, s, e);
    fc_scan_take(sc, &m);
}

/* "AI" and "Data" on their own describe ("AI startup Anthropic") or head
 * a table ("Data: ...") and are stop words, but after the first word of a
 * name they are part of it: "Mistral AI", "Lumora Data". */
static gboolean
fc_name_continues(const char *w, gsize n, gsize run)
{
    return run != G_MAXSIZE &&
           ((n == 2 && memcmp(w, "AI", 2) == 0) || (n == 4 && memcmp(w, "Data", 4) == 0));
}

/* "Atlas Nordic Ventures": an adjective of origin between two words of a
 * name is part of it. */
static gboolean
fc_name_origin_inside(const char *text, gsize we, gsize run, gsize e)
{
    if (run == G_MAXSIZE)
        return FALSE;
    gsize k = we;
    while (k < e && g_ascii_isspace(text[k]))
        k++;
    return k < e && g_ascii_isupper(text[k]);
}

/* "European Investment Fund", "British Business Bank": an adjective of
 * origin opening a run that ends in an institution's noun is the first
 * word of its name, where "Swiss family office Brunner" only describes
 * one.  @we ends the adjective, @e the run. */
static gboolean
fc_name_origin_opens_institution(const char *text, gsize we, gsize e)
{
    static const char *const nouns[] = {"Bank",     "Fund",      "Council",    "Commission",
                                        "Agency",   "Institute", "Foundation", "Authority",
                                        "Ministry", "Board",     "Trust",      "Corporation"};
    gsize b = e;
    while (b > we && !g_ascii_isspace(text[b - 1]))
        b--;
    if (b == we || !g_ascii_isupper(text[we + 1]))
        return FALSE;
    gsize n = fc_name_word_end(text, b, e) - b;
    return fc_word_among(text + b, n, nouns, G_N_ELEMENTS(nouns), FALSE);
}

/* "the South African investor", "a North American fund", "this Lower
 * Bavarian town": a point of the compass before an adjective of origin
 * belongs to the adjective.  @run opens the run, @last ends its last
 * word. */
static gboolean
fc_name_is_compass_of_origin(const char *text, gsize run, gsize last)
{
    static const char *const points[] = {
        "North",  "South",     "East",      "West",      "Northern",  "Southern", "Central",
        "Middle", "Northeast", "Northwest", "Southeast", "Southwest", "Upper",    "Lower"};
    return run != G_MAXSIZE &&
           fc_word_among(text + run, last - run, points, G_N_ELEMENTS(points), FALSE);
}

/* Splits one capitalised run at stop words and at words already taken by
 * other mentions, emitting the remaining runs as names. */
/* Kinds of company a title-case headline puts before a name. */
static gboolean
fc_name_is_title_descriptor(const char *w, gsize n)
{
    static const char *const nouns[] = {"Maker", "Startup", "Start-up", "Developer", "Unicorn"};
    return fc_word_among(w, n, nouns, G_N_ELEMENTS(nouns), FALSE);
}

/* Length of the name in "Foxglove-led", "Sciences-backed", "Tiger-funded"
 * (the name ends at the hyphen; "AI-powered" is an adjective), else 0. */
static gsize
fc_name_backer_stem(const char *w, gsize n)
{
    static const char *const tails[] = {"-led", "-co-led", "-backed", "-funded"};
    for (guint i = 0; i < G_N_ELEMENTS(tails); i++) {
        gsize k = strlen(tails[i]);
        if (n > k + 1 && memcmp(w + n - k, tails[i], k) == 0 && memchr(w, '-', n - k) == NULL &&
            fc_words_name_class(w, n - k) != FC_NAME_WORD_STOP)
            return n - k;
    }
    return 0;
}

static void
fc_scan_name_run(FcScan *sc, gsize s, gsize e, gboolean initial)
{
    const char *text = sc->doc->text;
    gsize run = G_MAXSIZE, last = s;
    for (gsize i = s; i < e;) {
        gsize j = i;
        while (j < e && !g_ascii_isspace(text[j]))
            j++;
        gsize we = fc_name_word_end(text, i, j);
        gboolean connector = g_ascii_islower(text[i]) || text[i] == '&';
        FcNameWordClass class = fc_words_name_class(text + i, we - i);
        gboolean stop = (class == FC_NAME_WORD_STOP && !fc_name_continues(text + i, we - i, run)) ||
                        (class == FC_NAME_WORD_ORIGIN && !fc_name_origin_inside(text, we, run, e) &&
                         !(run == G_MAXSIZE && fc_name_origin_opens_institution(text, we, e))) ||
                        /* Title-case headlines: "Paysetu Raises $30M Led By ..." */
                        class == FC_NAME_WORD_VERB ||
                        fc_name_is_compound_adjective(text + i, we - i, run != G_MAXSIZE) ||
                        !fc_scan_is_free(sc, i, we);
        gsize stem = fc_name_backer_stem(text + i, we - i);
        if (stem > 0 && fc_scan_is_free(sc, i, i + stem)) {
            /* "a Meridian Life Sciences-led Series B": the run ends in the
             * backer's name. */
            fc_scan_name_emit(sc, run != G_MAXSIZE ? run : i, i + stem, initial && run == s);
            run = G_MAXSIZE;
        } else if (run != G_MAXSIZE && j < e && fc_name_is_title_descriptor(text + i, we - i)) {
            /* "Humanoid Robot Maker Korvath Raises ...": the words before
             * describe the name after. */
            run = G_MAXSIZE;
        } else if (stop || (connector && run == G_MAXSIZE)) {
            if (run != G_MAXSIZE &&
                !(class == FC_NAME_WORD_ORIGIN && fc_name_is_compass_of_origin(text, run, last)))
                fc_scan_name_emit(sc, run, last, initial && run == s);
            run = G_MAXSIZE;
        } else {
            if (run == G_MAXSIZE)
                run = i;
            last = we;
        }
        while (j < e && g_ascii_isspace(text[j]))
            j++;
        i = j;
    }
    if (run != G_MAXSIZE)
        fc_scan_name_emit(sc, run, last, initial && run == s);
}

/* Only marks, or a date already taken, before @s: "**March 2021** —
 * Launches its first product" opens a timeline's entry like a sentence. */
static gboolean
fc_scan_at_sentence_start(const FcScan *sc, gsize s)
{
    const char *text = sc->doc->text;
    for (gsize i = sc->span.start; i < s; i++)
        if (g_ascii_isalnum(text[i]) && !sc->taken[i - sc->span.start])
            return FALSE;
    return TRUE;
}

static void
fc_scan_name_one(FcScan *sc, gsize s, gsize e, gpointer data)
{
    (void)data;
    gboolean initial = fc_scan_at_sentence_start(sc, s);
    if (initial) {
        /* Sentence-initial capitals are grammar unless the word is
         * followed by more capitals ("Stripes Group said"). */
        gsize j = s;
        while (j < e && !g_ascii_isspace(sc->doc->text[j]))
            j++;
        const char *w = sc->doc->text + s;
        /* "Engineering will remain in Zug", "Pricing is set by": a
         * gerund opening a sentence is one even before a verb, unless the
         * document has used it as a name. */
        gboolean gerund =
            e - s > 4 && memcmp(w + (e - s) - 3, "ing", 3) == 0 && !fc_scan_known(sc, s, e);
        /* "Demand has surged": a common noun, as a section heading is. */
        gboolean noun = fc_words_is_section(w, e - s) && !fc_scan_known(sc, s, e);
        if (j == e &&
            (fc_name_is_plural_people(w, e - s) || fc_name_is_plural_subject(sc, s, e) || gerund ||
             noun ||
             /* "Ledgerly, by contrast, leaned on its customers": an
              * adverb's ending on a name the document has used. */
             (fc_name_looks_like_grammar(w, e - s) && !fc_name_followed_by_verb(sc, e) &&
              !fc_scan_known(sc, s, e))) &&
            !fc_name_is_item_heading(sc, s, e))
            return;
    }
    fc_scan_name_run(sc, s, e, initial);
}

static void
fc_scan_names(FcScan *sc)
{
    const FcRegex *re = sc->scanner->re[FC_SCAN_NAME];
    gsize pos = sc->span.start, s, e;
    FcRegexResult r = FC_REGEX_NO_MATCH;
    while (pos < sc->span.end && (r = fc_capitals_find(re, sc->doc->text, sc->span.end, pos,
                                                       sc->match, &s, &e)) == FC_REGEX_MATCHED) {
        pos = e;
        fc_scan_name_one(sc, s, e, NULL);
    }
    if (r == FC_REGEX_LIMIT)
        sc->limits++;
}

/* Does the money mention @m name US dollars outright ("US$20 million",
 * "USD 5m", "20 million US dollars")? */
static gboolean
fc_money_says_usd(const char *t, const FcMention *m)
{
    g_autofree char *s = g_ascii_strdown(t + m->start, (gssize)(m->end - m->start));
    return m->value.unit == FC_UNIT_USD &&
           (strstr(s, "us$") != NULL || strstr(s, "us $") != NULL || strstr(s, "usd") != NULL ||
            strstr(s, "us dollar") != NULL || strstr(s, "u.s. dollar") != NULL);
}

/* A dollar sign alone: US dollars in most of the press, Australian or
 * Canadian dollars in theirs. */
static gboolean
fc_money_is_bare_dollar(const char *t, const FcMention *m)
{
    return m->value.unit == FC_UNIT_USD && !fc_money_says_usd(t, m);
}

/* What stands between an amount and its conversion: "(", "(about", "-
 * about", "-- roughly".  *bracket says which. */
static gboolean
fc_conversion_gap(const char *t, gsize s, gsize e, gboolean *bracket)
{
    static const char *const words[] = {
        "", "about", "around", "roughly", "or", "approximately", "some", "nearly", "or about"};
    g_autofree char *gap = g_strstrip(g_strndup(t + s, e - s));
    const char *rest = gap;
    *bracket = *rest == '(';
    if (*bracket)
        rest++;
    else if (g_str_has_prefix(rest, "\xE2\x80\x93") || g_str_has_prefix(rest, "\xE2\x80\x94"))
        rest += 3;
    else if (*rest == '-' || *rest == ',')
        rest++;
    else
        return FALSE;
    while (*rest == ' ' || *rest == '-')
        rest++;
    /* "R$150 million (~US$30 million)" */
    if (*rest == '~')
        rest++;
    else if (g_str_has_prefix(rest, "\xE2\x89\x88"))
        rest += 3;
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        if (strcmp(rest, words[i]) == 0)
            return TRUE;
    return FALSE;
}

/* "€600m (about $645m)", "£1.8bn ($2.3bn)": a bracketed amount right after
 * another is a currency conversion, not a second figure.  Where the first
 * amount is in a currency of the local press ("₹1,250 crore ($145
 * million)", "$30 million - about US$20 million -" in an Australian paper),
 * the US dollar conversion is the figure: articles elsewhere give that one,
 * and a bare "$" next to "US$" is no US dollar. */
static void
fc_scan_drop_conversions(FcScan *sc)
{
    const char *t = sc->doc->text;
    for (guint i = 1; i < sc->found->len; i++) {
        const FcMention *m = &g_array_index(sc->found, FcMention, i);
        FcMention *p = &g_array_index(sc->found, FcMention, i - 1);
        gboolean bracket;
        if (m->type != FC_MENTION_MONEY || p->type != FC_MENTION_MONEY ||
            !fc_conversion_gap(t, p->end, m->start, &bracket))
            continue;
        /* A conversion the article hedges ("Rs 400 crore (about $48
         * million)") is rougher than the figure it converts: the figure
         * stays, and the rate table compares it with dollars. */
        gboolean local =
            (p->value.unit > FC_UNIT_GBP && m->value.unit == FC_UNIT_USD && !m->value.approx) ||
            (fc_money_is_bare_dollar(t, p) && fc_money_says_usd(t, m));
        gboolean closes = bracket && m->end < sc->span.end && t[m->end] == ')';
        if (local) {
            gboolean approx = p->value.approx;
            p->value = m->value;
            p->value.approx |= approx;
            p->end = closes ? m->end + 1 : m->end;
            g_array_remove_index(sc->found, i--);
        } else if (closes) {
            g_array_remove_index(sc->found, i--);
        }
    }
}

/* ---- amounts in other currencies ---------------------------------------- */

/* Crore and lakh are Indian magnitudes. */
static const char *const fc_local_magnitudes[] = {
    "crore", "crores", "cr",      "Cr", "lakh", "lakhs",    "thousand", "million",
    "mn",    "Mn",     "billion", "bn", "Bn",   "trillion", "tn",
};

/* A number as written in an amount: "250", "1,750", "2.5", and with its
 * magnitude joined by a hyphen as South African and Canadian papers write
 * it ("180-million"); @w may open with a currency symbol ("₹250", "S$40",
 * "R180-million"), which *currency then notes. */
static gboolean
fc_local_number(const char *w, gsize n, gboolean *currency)
{
    gsize k = fc_currency_sign_len(w, n);
    if (k > 0) {
        *currency = TRUE;
        w += k;
        n -= k;
    }
    if (n == 0 || !g_ascii_isdigit(w[0]))
        return FALSE;
    for (gsize i = 0; i < n; i++) {
        if (w[i] == '-' && i > 0)
            return fc_word_among(w + i + 1, n - i - 1, fc_local_magnitudes,
                                 G_N_ELEMENTS(fc_local_magnitudes), FALSE);
        if (!g_ascii_isdigit(w[i]) && w[i] != ',' && w[i] != '.')
            return FALSE;
    }
    return TRUE;
}

/* Where an amount in another currency ends right before @end ("Rs 250
 * crore", "1 billion yuan", "S$40 million"), or G_MAXSIZE. */
static gsize
fc_local_amount_start(const char *t, gsize from, gsize end)
{
    gboolean number = FALSE, currency = FALSE;
    gsize start = G_MAXSIZE;
    for (guint words = 0; words < 4; words++) {
        while (end > from && t[end - 1] == ' ')
            end--;
        gsize b = end;
        while (b > from && t[b - 1] != ' ' && t[b - 1] != '(' && end - b < 24)
            b--;
        if (b == end)
            break;
        const char *w = t + b;
        gsize n = end - b;
        if (fc_local_number(w, n, &currency))
            number = TRUE;
        else if (fc_currency_is_written(w, n))
            currency = TRUE;
        else if (fc_word_among(w, n, fc_local_magnitudes, G_N_ELEMENTS(fc_local_magnitudes), FALSE))
            currency = currency || g_ascii_tolower(w[0]) == 'c' || w[0] == 'l';
        else
            break;
        start = b;
        end = b;
    }
    return number && currency ? start : G_MAXSIZE;
}

/* Where the amount a conversion @m gives ends: before "(" in "Rs 250
 * crore ($30m)" or "(or $30m)", before ", or" in "AED 3.67 billion, or
 * $1 billion"; 0 when @m converts nothing.  The conversion's own "about"
 * is part of its mention. */
static gsize
fc_scan_conversion_opens(const FcScan *sc, const FcMention *m)
{
    const char *t = sc->doc->text;
    gsize lo = sc->span.start, open = m->start;
    while (open > lo && t[open - 1] == ' ')
        open--;
    gboolean after_or = open >= lo + 2 && memcmp(t + open - 2, "or", 2) == 0;
    if (m->end < sc->span.end && t[m->end] == ')') {
        if (after_or && open >= lo + 3 && t[open - 3] == '(')
            open -= 2;
        return open > lo && t[open - 1] == '(' ? open - 1 : 0;
    }
    if (after_or && open >= lo + 4 && t[open - 3] == ' ' && t[open - 4] == ',')
        return open - 4;
    return 0;
}

/* "Rs 250 crore ($30 million)", "1 billion yuan (about $137 million)": an
 * amount in a currency without a rate, with its dollar conversion in
 * brackets, is that conversion; the mention takes the whole phrase, so
 * patterns see one figure where the text states one. */
static void
fc_scan_adopt_local(FcScan *sc)
{
    const char *t = sc->doc->text;
    GArray *f = sc->found;
    for (guint i = 0; i < f->len; i++) {
        FcMention *m = &g_array_index(f, FcMention, i);
        gsize local_end = m->type == FC_MENTION_MONEY ? fc_scan_conversion_opens(sc, m) : 0;
        if (local_end == 0)
            continue;
        gsize start = fc_local_amount_start(t, sc->span.start, local_end);
        if (start == G_MAXSIZE)
            continue;
        /* The words it covers were read as a name ("Rs", "INR") or a
         * number: they are part of the amount. */
        guint first = i;
        while (first > 0 && g_array_index(f, FcMention, first - 1).end > start)
            first--;
        if (first < i && g_array_index(f, FcMention, first).type == FC_MENTION_MONEY)
            continue;
        /* "around Rs 1,750 crore ($210 million)" */
        gsize w = start > sc->span.start && t[start - 1] == ' ' ? start - 1 : start;
        gsize b = w;
        while (b > sc->span.start && g_ascii_isalpha(t[b - 1]))
            b--;
        if (b < w && fc_value_is_approx_word(t + b, w - b)) {
            start = b;
            m->value.approx = TRUE;
        }
        m->start = start;
        if (m->end < sc->span.end && t[m->end] == ')')
            m->end++;
        g_array_remove_range(f, first, i - first);
        i = first;
    }
}

/* "the AI startup Anthropic": the noun phrase describes the name that
 * follows; it does not refer back. */
static void
fc_scan_drop_descriptors(FcScan *sc)
{
    GArray *f = sc->found;
    for (guint i = 0; i < f->len; i++) {
        FcMention *m = &g_array_index(f, FcMention, i);
        if (m->type != FC_MENTION_COREF || m->coref_kind == FC_KIND_UNKNOWN)
            continue;
        for (guint j = 0; j < f->len; j++) {
            const FcMention *n = &g_array_index(f, FcMention, j);
            if ((n->type == FC_MENTION_ENTITY || n->type == FC_MENTION_NAME) &&
                n->start == m->end + 1 && sc->doc->text[m->end] == ' ') {
                g_array_remove_index(f, i--);
                break;
            }
        }
    }
}

/* "in Tokyo's Ota ward", "Gurugram district": a name before a lower-case
 * word for a part of a country is that part. */
static gboolean
fc_name_is_district(const FcScan *sc, const FcMention *m)
{
    static const char *const parts[] = {" ward",     " district", " county", " prefecture",
                                        " province", " borough",  " oblast", " municipality"};
    return fc_words_follow(sc->doc->text, m->end, sc->span.end, parts, G_N_ELEMENTS(parts));
}

/* "in the company's Kreuzberg office", "at its Gothenburg plant": a name
 * between an owner and a site's noun is where the site is. */
static gboolean
fc_name_is_site(const FcScan *sc, const FcMention *m)
{
    static const char *const owners[] = {"'s ", "\xE2\x80\x99s ", "its ", "their ", "our "};
    static const char *const sites[] = {" office", " offices",   " plant",    " factory",
                                        " campus", " warehouse", " facility", " site"};
    const char *t = sc->doc->text;
    gboolean owned = FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(owners) && !owned; k++) {
        gsize n = strlen(owners[k]);
        owned = m->start >= sc->span.start + n && memcmp(t + m->start - n, owners[k], n) == 0;
    }
    return owned && fc_words_follow(t, m->end, sc->span.end, sites, G_N_ELEMENTS(sites));
}

/* "a converted loft on Mission Street": a street is an address, not an
 * organisation.  Roads and lanes name investment firms too ("Quarry
 * Road", "Juniper Lane"), so they are addresses only after "on" or "at". */
static gboolean
fc_name_is_street(const FcScan *sc, const FcMention *m)
{
    static const char *const streets[] = {" Street", " Avenue", " Boulevard"};
    static const char *const roads[] = {" Road", " Lane"};
    const char *t = sc->doc->text;
    gsize len = m->end - m->start;
    if (fc_name_is_district(sc, m))
        return TRUE;
    for (guint k = 0; k < G_N_ELEMENTS(streets); k++) {
        gsize n = strlen(streets[k]);
        if (len > n && memcmp(t + m->end - n, streets[k], n) == 0)
            return TRUE;
    }
    gboolean placed = m->start >= sc->span.start + 3 && (memcmp(t + m->start - 3, "on ", 3) == 0 ||
                                                         memcmp(t + m->start - 3, "at ", 3) == 0);
    for (guint k = 0; placed && k < G_N_ELEMENTS(roads); k++) {
        gsize n = strlen(roads[k]);
        if (len > n && memcmp(t + m->end - n, roads[k], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* "in Dewas, a small industrial town about 35 km from Indore": a name
 * the text describes as a place is one, not an organisation. */
static gboolean
fc_name_is_described_place(const FcScan *sc, const FcMention *m)
{
    static const char *const places[] = {"town",         "city",    "village",      "suburb",
                                         "district",     "region",  "province",     "county",
                                         "island",       "port",    "municipality", "neighbourhood",
                                         "neighborhood", "capital", "hamlet"};
    static const char *const articles[] = {"a", "an", "the"};
    const char *t = sc->doc->text;
    gsize i = m->end, end = sc->span.end;
    if (i + 2 >= end || t[i] != ',' || t[i + 1] != ' ')
        return FALSE;
    i += 2;
    gsize w = i, n = fc_words_next(t, &i, end);
    if (!fc_word_among(t + w, n, articles, G_N_ELEMENTS(articles), FALSE))
        return FALSE;
    for (guint words = 0; words < 4 && i < end; words++) {
        w = i;
        n = fc_words_next(t, &i, end);
        if (n == 0)
            return FALSE;
        if (fc_word_among(t + w, n, places, G_N_ELEMENTS(places), FALSE))
            return TRUE;
    }
    return FALSE;
}

static void
fc_scan_drop_streets(FcScan *sc)
{
    GArray *f = sc->found;
    for (guint i = 0; i < f->len; i++) {
        const FcMention *m = &g_array_index(f, FcMention, i);
        if (m->type == FC_MENTION_NAME && (fc_name_is_street(sc, m) || fc_name_is_site(sc, m) ||
                                           fc_name_is_described_place(sc, m)))
            g_array_remove_index(f, i--);
    }
}

/* "Corvane Robotics, Inc. (the \"Company\") ... the Company's fleet": a
 * press release's defined term is a reference, as "the company" is. */
static void
fc_scan_defined_terms(FcScan *sc)
{
    static const char *const terms[] = {"Company", "Startup", "Firm"};
    const char *t = sc->doc->text;
    GArray *f = sc->found;
    for (guint i = 0; i < f->len; i++) {
        FcMention *m = &g_array_index(f, FcMention, i);
        gsize s = m->start;
        if (m->type != FC_MENTION_NAME || s < sc->span.start + 4)
            continue;
        if (t[s - 1] == '"')
            s--;
        if (s < sc->span.start + 4 || g_ascii_strncasecmp(t + s - 4, "the ", 4) != 0)
            continue;
        for (guint k = 0; k < G_N_ELEMENTS(terms); k++) {
            gsize n = strlen(terms[k]);
            if (m->end - m->start != n || memcmp(t + m->start, terms[k], n) != 0)
                continue;
            char lower[8];
            for (gsize c = 0; c < n; c++)
                lower[c] = g_ascii_tolower(terms[k][c]);
            *m = (FcMention){.type = FC_MENTION_COREF, .start = s - 4, .end = m->end};
            m->coref_kind = fc_coref_noun_kind(lower, n);
            m->coref_any = k == 2;
        }
    }
}

/* Length of "[word [word]] noun " at @p when noun is one of
 * FC_REFER_DESCRIPTOR_NOUNS ("startup ", "software company ", "AI chip
 * developer "), else 0. */
static gsize
fc_descriptor_noun_len(const FcScan *sc, const char *p, const char *end)
{
    const char *w = p;
    for (guint words = 0; words < 3 && w < end; words++) {
        const char *e = w;
        while (e < end && (g_ascii_islower(*e) || *e == '-'))
            e++;
        if (e == w || e >= end || *e != ' ')
            return 0;
        if (fc_strtab_contains(sc->scanner->descriptor_nouns, w, (gsize)(e - w)))
            return (gsize)(e + 1 - p);
        w = e + 1;
    }
    return 0;
}

/* "Cybersecurity company Wiz", "Fintech startup Ramp": a capitalised word
 * that the lexicon does not know, right before a kind of company and a
 * name, is that name's description (often the first word of a sentence),
 * not a second company.  So is a market's initials in brackets: "cloud
 * detection and response (CDR) startup Quillstone". */
static void
fc_scan_drop_name_descriptors(FcScan *sc)
{
    GArray *f = sc->found;
    const char *t = sc->doc->text;
    for (guint i = 0; i + 1 < f->len; i++) {
        const FcMention *m = &g_array_index(f, FcMention, i);
        const FcMention *n = &g_array_index(f, FcMention, i + 1);
        gsize end = m->end;
        if (t[end] == ')' && m->start > 0 && t[m->start - 1] == '(')
            end++;
        if (m->type != FC_MENTION_NAME || t[end] != ' ' ||
            (n->type != FC_MENTION_ENTITY && n->type != FC_MENTION_NAME))
            continue;
        gsize len = fc_descriptor_noun_len(sc, t + end + 1, t + n->start);
        if (len > 0 && end + 1 + len == n->start)
            g_array_remove_index(f, i--);
    }
}

static gboolean
fc_mention_is_place(const FcMention *m)
{
    return m->type == FC_MENTION_ENTITY && m->entity->kind == FC_KIND_PLACE;
}

/* Does the name read like a town's: no capital inside a word ("PisoLend",
 * a brand), no digit? */
static gboolean
fc_name_may_be_town(const char *t, const FcMention *m)
{
    for (gsize i = m->start; i < m->end; i++)
        if (g_ascii_isdigit(t[i]) ||
            (g_ascii_isupper(t[i]) && i > m->start && g_ascii_isalpha(t[i - 1])))
            return FALSE;
    return TRUE;
}

/* "Fieldmark Systems of Lincoln, Nebraska": a name's last "of" before an
 * unknown word and a known region is where the company is, not part of
 * its name.  The town joins the region's mention, as in
 * fc_scan_join_towns(). */
static gboolean
fc_scan_split_town(FcScan *sc, FcMention *m, FcMention *n)
{
    const char *t = sc->doc->text;
    if (m->type != FC_MENTION_NAME || m->person || !fc_mention_is_place(n) ||
        n->start != m->end + 2 || t[m->end] != ',')
        return FALSE;
    const char *of = g_strrstr_len(t + m->start, (gssize)(m->end - m->start), " of ");
    if (of == NULL || of == t + m->start)
        return FALSE;
    FcMention town = {.start = (gsize)(of - t) + 4, .end = m->end};
    if (!fc_name_may_be_town(t, &town) || memchr(t + town.start, ' ', town.end - town.start))
        return FALSE;
    m->end = (gsize)(of - t);
    m->name = fc_name_normalise(t + m->start, m->end - m->start);
    n->start = town.start;
    return TRUE;
}

/* "on a morning in Ikeja, Lagos, she ...": an unknown name of one or two
 * words between "in" and a known place that ends its phrase is a town or
 * district of it, and joins the place's mention. */
static gboolean
fc_scan_town_in_place(FcScan *sc, FcMention *m, const FcMention *n)
{
    const char *t = sc->doc->text;
    if (m->type != FC_MENTION_NAME || m->person || !fc_mention_is_place(n) ||
        n->start != m->end + 2 || t[m->end] != ',' || !fc_name_may_be_town(t, m) ||
        m->start < sc->span.start + 3 || g_ascii_strncasecmp(t + m->start - 3, "in ", 3) != 0 ||
        (m->start > sc->span.start + 3 && g_ascii_isalpha(t[m->start - 4])))
        return FALSE;
    const char *space = memchr(t + m->start, ' ', m->end - m->start);
    if (space != NULL && memchr(space + 1, ' ', (gsize)(t + m->end - space - 1)) != NULL)
        return FALSE;
    return n->end == sc->span.end || strchr(",.;:", t[n->end]) != NULL;
}

/* "Arlington, Virginia-based Stratavane", "a Fresno, Calif.-based maker":
 * a name before a region and "-based" is the town; the place mention takes
 * it in, so the town is neither a company nor the subject.  A known town
 * ("Chicago, Ill.-based") is the place and takes in its region. */
static void
fc_scan_join_towns(FcScan *sc)
{
    GArray *f = sc->found;
    const char *t = sc->doc->text;
    for (guint i = 0; i + 1 < f->len; i++) {
        FcMention *m = &g_array_index(f, FcMention, i);
        FcMention *n = &g_array_index(f, FcMention, i + 1);
        if (fc_scan_split_town(sc, m, n))
            continue;
        if (fc_scan_town_in_place(sc, m, n)) {
            n->start = m->start;
            g_array_remove_index(f, i);
            i--;
            continue;
        }
        gboolean town = fc_mention_is_place(m);
        if (!(town || (m->type == FC_MENTION_NAME && !m->person && fc_name_may_be_town(t, m))) ||
            !fc_mention_is_place(n) || n->start != m->end + 2 || t[m->end] != ',' ||
            !g_str_has_prefix(t + n->end, "-based"))
            continue;
        if (town) {
            m->end = n->end;
            g_array_remove_index(f, i + 1);
        } else {
            n->start = m->start;
            g_array_remove_index(f, i);
        }
        i--;
    }
}

/* Marks a leading dateline as taken, so no mention comes from it. */
static void
fc_scan_dateline(FcScan *sc)
{
    const FcRegex *re = sc->scanner->re[FC_SCAN_DATELINE];
    gsize s, e;
    if (fc_regex_match(re, sc->doc->text, sc->span.end, sc->span.start, sc->match) ==
            FC_REGEX_MATCHED &&
        fc_match_group(sc->match, 0, &s, &e) && s == sc->span.start)
        memset(sc->taken, 1, e - s);
}

static gboolean
fc_span_has_digit(const FcDocument *doc, FcSpan span)
{
    /* No early exit, so that the loop vectorises: most sentences have no
     * digit and are read to the end anyway. */
    guint found = 0;
    for (gsize i = span.start; i < span.end; i++)
        found |= (guint)((guchar)doc->text[i] - '0') < 10u;
    return found != 0;
}

static gboolean
fc_span_has(const FcDocument *doc, FcSpan span, const char *needle)
{
    return g_strstr_len(doc->text + span.start, (gssize)(span.end - span.start), needle) != NULL;
}

/* Every date the date pattern reads has a digit, a month or weekday name,
 * or one of these words ("last year", "the first half", "today", "last spring"); the
 * pattern itself can start at almost any letter, so a sentence without
 * any of them is not worth its time.  Weekdays and "today" end in "day";
 * months are written capitalised. */
static gboolean
fc_scan_may_have_date(const FcScan *sc)
{
    static const char *const words[] = {"year",   "month",  "week",   "quarter", "half", "day",
                                        "spring", "summer", "autumn", "winter",  NULL};
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    if (fc_scan_may_hold(sc, words))
        return TRUE;
    for (gsize i = 0; i < sizeof months - 1; i += 3) {
        char month[4] = {months[i], months[i + 1], months[i + 2], '\0'};
        if (fc_bigrams_may_contain(sc->pairs, month, 3) && fc_span_has(sc->doc, sc->span, month))
            return TRUE;
    }
    return FALSE;
}

static int
fc_mention_compare(gconstpointer a, gconstpointer b)
{
    const FcMention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* "ElevenLabs, the London-based voice AI startup, has raised": a noun
 * phrase right after a name and a comma is an apposition describing it. */
static gboolean
fc_scan_is_apposition(const FcScan *sc, guint i)
{
    const FcMention *m = &g_array_index(sc->found, FcMention, i);
    if (i == 0 || m->start < 2 || sc->doc->text[m->start - 1] != ' ' ||
        sc->doc->text[m->start - 2] != ',')
        return FALSE;
    const FcMention *p = &g_array_index(sc->found, FcMention, i - 1);
    return p->end == m->start - 2 && (p->type == FC_MENTION_ENTITY || p->type == FC_MENTION_NAME);
}

/* Frees the bytes of dropped appositions and scans them again for the
 * names and places they hold ("London" in "the London-based startup"). */
static void
fc_scan_drop_appositions(FcScan *sc)
{
    gboolean dropped = FALSE;
    for (guint i = 0; i < sc->found->len; i++) {
        FcMention *m = &g_array_index(sc->found, FcMention, i);
        if (m->type != FC_MENTION_COREF || m->coref_kind == FC_KIND_UNKNOWN ||
            !fc_scan_is_apposition(sc, i))
            continue;
        memset(sc->taken + (m->start - sc->span.start), 0, m->end - m->start);
        g_array_remove_index(sc->found, i--);
        dropped = TRUE;
    }
    if (dropped) {
        fc_scan_entities(sc);
        fc_scan_names(sc);
        g_array_sort(sc->found, fc_mention_compare);
    }
}

guint
fc_mention_scan(const FcMentionScanner *scanner, const FcDocument *doc, FcSpan span, FcMatch *match,
                GArray *out)
{
    g_autofree char *lower =
        g_ascii_strdown(doc->text + span.start, (gssize)(span.end - span.start));
    FcBigrams pairs;
    fc_bigrams_fill(&pairs, lower, span.end - span.start);
    return fc_mention_scan_lower(scanner, doc, span, lower, &pairs, NULL, match, out);
}

guint
fc_mention_scan_lower(const FcMentionScanner *scanner, const FcDocument *doc, FcSpan span,
                      const char *lower, const FcBigrams *pairs, const FcStrTab *known,
                      FcMatch *match, GArray *out)
{
    g_autofree guint8 *taken = g_malloc0(span.end - span.start + 1);
    gsize len = span.end - span.start;
    FcScan sc = {
        .scanner = scanner,
        .doc = doc,
        .span = span,
        .match = match,
        .taken = taken,
        /* Straight into @out when it is empty, as fc-extract's is. */
        .found = out->len == 0 ? g_array_ref(out) : g_array_new(FALSE, FALSE, sizeof(FcMention)),
        .folded = fc_atoms_exotic_case(lower, len, pairs) ? NULL : lower,
        .pairs = pairs,
        .known = known,
    };
    fc_scan_dateline(&sc);
    /* Most prose sentences hold no figure at all: skip the costly number
     * patterns there ("a billion dollars" is the one figure without a
     * digit). */
    gboolean digits = fc_span_has_digit(doc, span);
    gboolean illion =
        fc_bigrams_may_contain(pairs, "illion", 6) && fc_span_has(doc, span, "illion");
    if ((digits || illion) && fc_scan_may_hold_money(&sc))
        fc_scan_simple(&sc, FC_SCAN_MONEY);
    if (digits && fc_scan_may_hold_percent(&sc))
        fc_scan_simple(&sc, FC_SCAN_PERCENT);
    if (digits || fc_scan_may_have_date(&sc))
        fc_scan_dates(&sc);
    fc_scan_simple(&sc, FC_SCAN_ROUND);
    fc_scan_coref(&sc);
    fc_scan_entities(&sc);
    fc_scan_names(&sc);
    if (digits)
        fc_scan_simple(&sc, FC_SCAN_NUMBER);
    g_array_sort(sc.found, fc_mention_compare);
    fc_scan_drop_appositions(&sc);
    fc_scan_drop_descriptors(&sc);
    fc_scan_drop_name_descriptors(&sc);
    fc_scan_drop_streets(&sc);
    fc_scan_defined_terms(&sc);
    fc_scan_join_towns(&sc);
    fc_scan_drop_conversions(&sc);
    fc_scan_adopt_local(&sc);
    if (sc.found != out)
        g_array_append_vals(out, sc.found->data, sc.found->len);
    g_array_unref(sc.found);
    return sc.limits;
}
