#include "fc-time.h"

#include <string.h>

/* Date mentions are a few words; longer text is not one mention. */
#define FC_TIME_MAX_TEXT 128
#define FC_TIME_MAX_TOKENS 12
/* Julian day of 9999-12-31: later documents would push relative dates past
 * what GDate can hold. */
#define FC_TIME_MAX_JULIAN 3652059u

/* ---- Pattern -------------------------------------------------------------
 *
 * Prepositions stay outside the match ("in 2021" matches "2021"): they say
 * nothing about which days are meant, and a caller that wants them can look
 * left.  Two exceptions are part of the match because they are fixed
 * phrases of the date itself: a leading "as of", and "the" in "the end of
 * 2023" / "the first quarter of 2025".  fc_time_resolve() accepts a leading
 * preposition anyway.
 *
 * Month and weekday names must be capitalised ((?-i:...) keeps them so even
 * under PCRE2_CASELESS).  A bare "May" must follow a preposition ("in May",
 * "by May"), because sentence-initial "May" is as often the verb; any month
 * followed by a day or a year is always a date.  A bare month or weekday
 * followed by a capitalised word is a name ("August Capital", "Sunday
 * Times") and is skipped.  A bare 19xx/20xx is a year unless it is part of
 * money or a longer number ("$2021", "2,021", "1.2021", "2021%"). */

#define FC_T_MONTHS                                                                                \
    "January|February|March|April|May|June|July|August|September|October|November|December"
#define FC_T_NOT_NAME "(?!\\s+(?-i:\\p{Lu}))"

static const char fc_time_re[] =
    "(?(DEFINE)"
    "(?<fct_year>(?:19|20)[0-9]{2}(?![0-9]))"
    "(?<fct_month>(?-i:" FC_T_MONTHS ")\\b)"
    "(?<fct_mon>(?-i:(?:" FC_T_MONTHS ")\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
    "\\b\\.?))"
    "(?<fct_day>(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]))"
    "(?<fct_rel>(?i:last|this|next)\\s+(?i:year)\\b)"
    "(?<fct_yref>(?&fct_year)|(?&fct_rel))"
    "(?<fct_wday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
    ")"
    /* Every alternative below starts a word; saying so first lets the
     * search give up at once inside words instead of trying them all.
     * At a word start PCRE2 tries the alternatives one by one, so each
     * opens with a look-ahead for the characters it can start with ('ſ'
     * folds to 's' under (?i)): most fail on the first character instead
     * of reading "the" or a lookbehind first (half the pattern's time).
     * The first look-ahead is the union of those characters and "as of"'s:
     * PCRE2 derives a start bitmap from it and skips other words at once
     * (a new alternative must add its first characters here). */
    "(?=[0-9AaBbDEeFfHhJLlMmNnOoQqSsſTtWwYy])"
    "(?<![\\p{L}\\p{N}_])"
    "(?:\\b(?i:as\\s+of)\\s+)?(?:"
    /* 2023-05-20 */
    "\\b[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9])"
    /* 20 May 2023, 20 May */
    "|(?=[0-9])(?<![\\p{L}\\p{N}_.,$€£])(?&fct_day)\\s+(?&fct_mon)(?:,?\\s+(?&fct_year))?"
    /* May 20, 2023; May 20 */
    "|(?=[JFMASOND])\\b(?&fct_mon)\\s+(?&fct_day)(?:,?\\s+(?&fct_year))?"
    /* May 2023 */
    "|(?=[JFMASOND])\\b(?&fct_mon),?\\s+(?&fct_year)"
    /* May this year */
    "|(?=[JFMASOND])\\b(?&fct_month)\\s+(?&fct_rel)"
    /* late 2023, mid-2024, late last year, early May */
    "|(?=[EeLlMm])\\b(?i:early|late|mid)(?:[-–]|\\s+)"
    "(?:(?&fct_month)(?:,?\\s+(?&fct_year))?|(?&fct_yref))"
    /* the end of 2023, the end of the year */
    "|(?=[TtEeSsſBbMm])\\b(?i:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)"
    "(?:(?&fct_yref)|(?i:the\\s+year)\\b)"
    /* Q1 2025, H2 2024 */
    "|\\b[QqHh][1-4](?:(?:\\s+of\\s+|\\s*[-–]\\s*|\\s+)(?&fct_yref))?\\b"
    /* the first quarter of 2025, the second half of last year */
    "|(?=[TtFfSsſ1-4])\\b(?i:(?:the\\s+)?"
    "(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)(?:\\s+|-)quarter"
    "|(?:first|second|1st|2nd)(?:\\s+|-)half))(?:\\s+(?i:of\\s+)?(?&fct_yref))?\\b"
    /* earlier this month, last year, yesterday */
    "|(?=[EeLlTtNnYy])\\b(?i:(?:earlier|later)\\s+this\\s+(?:month|year|week)"
    "|(?:last|this|next)\\s+(?:year|month|week|quarter)|yesterday|today)\\b"
    /* FY23, FY 2024, FY2023-24 (the year it ends), fiscal 2023 */
    "|(?=[Ff])\\b(?:(?:(?i:fiscal)(?:\\s+(?i:year))?|(?i:financial\\s+year))\\s+"
    "(?:[12][0-9]{3}[-/](?:[12][0-9]{3}|[0-9]{2})|(?&fct_year))|(?-i:FY|Fy)\\s?'?(?:[12][0-9]{3}"
    "|[0-9]{2})(?:[-/](?:[12][0-9]{3}|[0-9]{2}))?)(?![\\p{L}\\p{N}])"
    /* two years ago, a month ago, 18 months ago */
    "|(?=[0-9AaOoTtFfSsEeNn])\\b(?:[0-9]{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight"
    "|nine|ten|eleven|twelve|eighteen))\\s+(?i:years?|months?|weeks?)\\s+(?i:ago)\\b"
    /* later that year, that same spring, the following month, two years
     * later, at the time: told against the narrative (fc-extract) */
    "|(?=[EeLlTt])\\b(?i:(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+)?"
    "|the\\s+(?:same|following)\\s+)(?i:year|month|spring|summer|autumn|winter)\\b"
    "|(?=[0-9AaOoTtFfSsEeNn])\\b(?:[0-9]{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight"
    "|nine|ten|eleven|twelve|eighteen))\\s+(?i:years?|months?)\\s+(?i:later)\\b"
    "|(?=[Tt])(?<=\\b[Aa]t\\s)(?i:the\\s+time|that\\s+(?:time|point))\\b(?!\\s+(?i:of|when|that|in)"
    "\\b)"
    "|(?=[Tt])(?<=\\b[Bb]y\\s|\\b[Uu]ntil\\s)then\\b"
    /* last May, last spring */
    "|(?=[LlTtNn])\\b(?i:(?:last|this|next)\\s+)(?:(?&fct_month)|(?i:spring|summer|autumn|fall|"
    "winter)\\b)"
    /* spring 2021, the summer of 2023, in winter; "fall" only with its
     * year (shares fall), a season alone only in lower case ("Spring
     * Health", "Summer Capital") */
    "|(?=[TtSsſAaWwFf])\\b(?i:the\\s+)?(?:(?i:spring|summer|autumn|winter)\\s+(?i:of\\s+)?"
    "(?&fct_yref)|(?-i:spring|summer|autumn|winter)|(?i:fall)\\s+(?i:of\\s+)?(?&fct_year))\\b"
    /* Tuesday, last Tuesday */
    "|(?=[LlMTWFS])\\b(?:(?i:last)\\s+)?(?&fct_wday)" FC_T_NOT_NAME
    /* in May, by May */
    "|(?=May\\b)(?<=\\b[Ii]n\\s|\\b[Bb]y\\s|\\b[Oo]f\\s|\\b[Ss]ince\\s|\\b[Ff]rom\\s|\\b[Uu]ntil\\s"
    "|\\b[Tt]ill\\s|\\b[Dd]uring\\s|\\b[Bb]efore\\s|\\b[Aa]fter\\s|\\b[Tt]o\\s|\\b[Tt]hrough\\s)"
    "(?-i:May)\\b" FC_T_NOT_NAME
    /* "In September Meridian let ...": a month opening a sentence after
     * "In" is a date even before a name, unless the name is a firm's
     * ("In August Capital's view"). */
    "|(?=[JFMASOND])(?<=\\bIn\\s)(?-i:" FC_T_MONTHS ")\\b"
    "(?!\\s+(?-i:Capital|Ventures|Partners|Fund|Group|Growth|Equity|Investments)\\b)"
    /* September */
    "|(?=[JFMASOND])\\b"
    "(?-i:January|February|March|April|June|July|August|September|October|November|December)"
    "\\b" FC_T_NOT_NAME
    /* 2021 */
    "|(?=[12])(?<![\\p{L}\\p{N}_$€£.,\\-/])(?&fct_year)"
    "(?![\\p{L}\\p{N}_%]|[.,][0-9]|\\s{0,2}(?i:per\\s?cent|percent)\\b))";

const char *
fc_time_pattern(void)
{
    return fc_time_re;
}

/* ---- Basics -------------------------------------------------------------- */

gboolean
fc_time_is_known(const FcTime *t)
{
    return t != NULL && t->lo != 0 && t->hi != 0 && t->lo <= t->hi;
}

gboolean
fc_time_overlaps(const FcTime *a, const FcTime *b)
{
    if (!fc_time_is_known(a) || !fc_time_is_known(b))
        return FALSE;
    return a->lo <= b->hi && b->lo <= a->hi;
}

guint32
fc_time_width(const FcTime *t)
{
    return fc_time_is_known(t) ? t->hi - t->lo + 1 : 0;
}

static guint32
fc_time_julian(int year, int month, int day)
{
    if (!g_date_valid_dmy(day, month, year))
        return 0;
    GDate d;
    g_date_clear(&d, 1);
    g_date_set_dmy(&d, day, month, year);
    return g_date_get_julian(&d);
}

static void
fc_time_set_days(FcTime *out, guint32 lo, guint32 hi)
{
    out->lo = lo;
    out->hi = hi;
    out->rel_months = 0;
}

/* ---- ISO dates ----------------------------------------------------------- */

/* Reads exactly @n digits at *p. */
static gboolean
fc_time_read_digits(const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!g_ascii_isdigit((*p)[i]))
            return FALSE;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return TRUE;
}

/* Sets @out to a whole year (@month 0), a whole month (@day 0) or a day. */
static gboolean
fc_time_set_span(FcTime *out, int year, int month, int day)
{
    int m1 = month ? month : 1, m2 = month ? month : 12;
    if (!g_date_valid_year(year) || !g_date_valid_month(m1))
        return FALSE;
    guint32 lo = fc_time_julian(year, m1, day ? day : 1);
    guint32 hi = fc_time_julian(year, m2, day ? day : g_date_get_days_in_month(m2, year));
    if (lo == 0 || hi == 0)
        return FALSE;
    fc_time_set_days(out, lo, hi);
    return TRUE;
}

gboolean
fc_time_parse_iso(const char *text, FcTime *out)
{
    if (text == NULL || out == NULL)
        return FALSE;
    const char *p = text;
    int year, month = 0, day = 0;
    if (!fc_time_read_digits(&p, 4, &year) || year < 1)
        return FALSE;
    if (*p == '-') {
        p++;
        if (!fc_time_read_digits(&p, 2, &month) || month < 1 || month > 12)
            return FALSE;
        if (*p == '-') {
            p++;
            if (!fc_time_read_digits(&p, 2, &day) || day < 1)
                return FALSE;
        }
    }
    /* Only a time of day may follow, and only after a full date. */
    if (*p != '\0' && !(day != 0 && (*p == 'T' || *p == ' ')))
        return FALSE;
    return fc_time_set_span(out, year, month, day);
}

/* ---- Resolution -----------------------------------------------------------
 *
 * A date expression is first read into an FcSpec that does not depend on the
 * document ("late last year": months 9-12 of the year before the reference),
 * then evaluated against a reference day.  A document dated by a span (a
 * month, a year) is evaluated at both ends and the results joined, so the
 * answer covers every day the expression could mean. */

typedef enum {
    FC_SPEC_FIXED,       /* days lo..hi, whatever the reference */
    FC_SPEC_CALENDAR,    /* months m1..m2 of one year, days d1..d2 */
    FC_SPEC_MONTH_REL,   /* the month @offset months from the reference */
    FC_SPEC_QUARTER_REL, /* the quarter @offset quarters from the reference */
    FC_SPEC_DAY_REL,     /* reference + d1 .. reference + d2 */
} FcSpecKind;

typedef enum {
    FC_YEAR_IMPLIED,  /* the reference's, or the one before when m1 lies after its month */
    FC_YEAR_ABSOLUTE, /* @year */
    FC_YEAR_RELATIVE, /* reference year + @year */
    FC_YEAR_LAST,     /* "last May": the latest such months ended before the reference month */
    FC_YEAR_NEXT,     /* "next May": the first such month after it */
} FcYearMode;

typedef enum {
    FC_MOD_NONE,
    FC_MOD_EARLY,
    FC_MOD_MID,
    FC_MOD_LATE,
    FC_MOD_END,
    FC_MOD_START,
} FcModifier;

typedef struct {
    FcSpecKind kind;
    FcYearMode year_mode;
    int year;
    int m1, m2;
    int d1, d2;         /* CALENDAR: first day of m1, last day of m2 (31 = month end) */
    gboolean exact_day; /* a written day, which must exist ("February 30" does not) */
    int offset;
    int clip; /* -1 ends at the reference ("earlier this"), +1 starts there */
    guint32 lo, hi;
} FcSpec;

typedef struct {
    char *tok[FC_TIME_MAX_TOKENS];
    int n;
    int i;
} FcTokens;

typedef struct {
    const char *name;
    int value;
} FcTimeName;

static const FcTimeName fc_time_months[] = {
    {"january", 1},   {"jan", 1},   {"february", 2},  {"feb", 2},      {"march", 3},
    {"mar", 3},       {"april", 4}, {"apr", 4},       {"may", 5},      {"june", 6},
    {"jun", 6},       {"july", 7},  {"jul", 7},       {"august", 8},   {"aug", 8},
    {"september", 9}, {"sept", 9},  {"sep", 9},       {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12},     {NULL, 0},
};
static const FcTimeName fc_time_weekdays[] = {
    {"monday", 1}, {"tuesday", 2},  {"wednesday", 3}, {"thursday", 4},
    {"friday", 5}, {"saturday", 6}, {"sunday", 7},    {NULL, 0},
};
static const FcTimeName fc_time_quarters[] = {
    {"first", 1}, {"1st", 1},    {"second", 2}, {"2nd", 2},   {"third", 3},
    {"3rd", 3},   {"fourth", 4}, {"4th", 4},    {"final", 4}, {NULL, 0},
};
/* Seasons by their first month; winter is taken as the first quarter of
 * its year ("winter 2023"), not a span across two years. */
static const FcTimeName fc_time_seasons[] = {
    {"spring", 3}, {"summer", 6}, {"autumn", 9}, {"fall", 9}, {"winter", 1}, {NULL, 0},
};
/* How many: "two years ago", "a month ago". */
static const FcTimeName fc_time_counts[] = {
    {"a", 1},       {"an", 1},      {"one", 1},       {"two", 2},   {"three", 3}, {"four", 4},
    {"five", 5},    {"six", 6},     {"seven", 7},     {"eight", 8}, {"nine", 9},  {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"eighteen", 18}, {NULL, 0},
};
static const FcTimeName fc_time_modifiers[] = {
    {"early", FC_MOD_EARLY},
    {"mid", FC_MOD_MID},
    {"late", FC_MOD_LATE},
    {NULL, 0},
};
static const FcTimeName fc_time_of_modifiers[] = {
    {"end", FC_MOD_END},         {"close", FC_MOD_END},  {"start", FC_MOD_START},
    {"beginning", FC_MOD_START}, {"middle", FC_MOD_MID}, {NULL, 0},
};
/* "this" is 0 and so cannot live in a table whose 0 means "absent". */
static const FcTimeName fc_time_offsets[] = {
    {"last", -1},
    {"next", 1},
    {NULL, 0},
};
static const char *const fc_time_prepositions[] = {
    "in",     "on",    "since", "by",      "from", "until", "till", "during",
    "before", "after", "to",    "through", "at",   "of",    "for",  NULL,
};

static int
fc_time_lookup(const FcTimeName *table, const char *tok)
{
    for (int i = 0; tok != NULL && table[i].name != NULL; i++) {
        if (strcmp(tok, table[i].name) == 0)
            return table[i].value;
    }
    return 0;
}

static const char *
fc_tokens_peek(const FcTokens *t, int ahead)
{
    return t->i + ahead < t->n ? t->tok[t->i + ahead] : NULL;
}

static gboolean
fc_tokens_eat(FcTokens *t, const char *word)
{
    const char *tok = fc_tokens_peek(t, 0);
    if (tok == NULL || strcmp(tok, word) != 0)
        return FALSE;
    t->i++;
    return TRUE;
}

/* Consumes a token found in @table; returns its value, 0 when none. */
static int
fc_tokens_eat_name(FcTokens *t, const FcTimeName *table)
{
    int v = fc_time_lookup(table, fc_tokens_peek(t, 0));
    if (v != 0)
        t->i++;
    return v;
}

/* A four-digit year, else 0. */
static int
fc_time_year_of(const char *tok)
{
    if (tok == NULL || strlen(tok) != 4)
        return 0;
    int year;
    return fc_time_read_digits(&tok, 4, &year) && year > 0 ? year : 0;
}

/* "20", "20th", else 0. */
static int
fc_time_day_of(const char *tok)
{
    if (tok == NULL || !g_ascii_isdigit(tok[0]))
        return 0;
    int day = tok[0] - '0';
    const char *rest = tok + 1;
    if (g_ascii_isdigit(*rest))
        day = day * 10 + (*rest++ - '0');
    if (*rest != '\0' && strcmp(rest, "st") != 0 && strcmp(rest, "nd") != 0 &&
        strcmp(rest, "rd") != 0 && strcmp(rest, "th") != 0)
        return 0;
    return day >= 1 && day <= 31 ? day : 0;
}

/* Length of a Unicode space (replaced by ' ') or dash ('-') at @p, else 0. */
static gsize
fc_time_special_len(const guchar *p, gsize left, char *ascii)
{
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0) {
        *ascii = ' ';
        return 2;
    }
    if (left < 3 || p[0] != 0xE2 || p[1] != 0x80)
        return 0;
    if (p[2] == 0x87 || p[2] == 0x89 || p[2] == 0x8A || p[2] == 0xAF) {
        *ascii = ' ';
        return 3;
    }
    if (p[2] >= 0x90 && p[2] <= 0x94) {
        *ascii = '-';
        return 3;
    }
    return 0;
}

/* Lowercase ASCII copy in which punctuation between words is a space. */
static void
fc_time_normalise(const char *text, gsize len, char *buf)
{
    gsize n = 0;
    for (gsize i = 0; i < len;) {
        char c = text[i];
        gsize skip = fc_time_special_len((const guchar *)text + i, len - i, &c);
        i += skip ? skip : 1;
        if (g_ascii_isspace(c) || c == ',' || c == '.')
            c = ' ';
        buf[n++] = g_ascii_tolower(c);
    }
    buf[n] = '\0';
}

static gboolean
fc_tokens_push(FcTokens *t, char *tok)
{
    if (*tok == '\0')
        return TRUE;
    if (t->n == FC_TIME_MAX_TOKENS)
        return FALSE;
    t->tok[t->n++] = tok;
    return TRUE;
}

/* Hyphens join words ("mid-2024", "first-quarter"), except inside an ISO
 * date, which stays one token. */
static gboolean
fc_tokens_push_word(FcTokens *t, char *word)
{
    FcTime unused;
    if (strchr(word, '-') == NULL || fc_time_parse_iso(word, &unused))
        return fc_tokens_push(t, word);
    char *part = word;
    for (char *p = word; *p != '\0'; p++) {
        if (*p != '-')
            continue;
        *p = '\0';
        if (!fc_tokens_push(t, part))
            return FALSE;
        part = p + 1;
    }
    return fc_tokens_push(t, part);
}

/* Splits a normalised copy of the text, held in @buf, into @t. */
static gboolean
fc_tokens_init(FcTokens *t, const char *text, gsize len, char *buf)
{
    fc_time_normalise(text, len, buf);
    t->n = t->i = 0;
    char *p = buf;
    while (*p != '\0') {
        while (*p == ' ')
            p++;
        char *word = p;
        while (*p != '\0' && *p != ' ')
            p++;
        if (*p != '\0')
            *p++ = '\0';
        if (!fc_tokens_push_word(t, word))
            return FALSE;
    }
    return t->n > 0;
}

static void
fc_tokens_skip_prepositions(FcTokens *t)
{
    for (;;) {
        const char *tok = fc_tokens_peek(t, 0);
        const char *next = fc_tokens_peek(t, 1);
        if (tok != NULL && next != NULL && strcmp(tok, "as") == 0 && strcmp(next, "of") == 0)
            t->i += 2;
        else if (tok != NULL && next != NULL && g_strv_contains(fc_time_prepositions, tok))
            t->i++;
        else
            return;
    }
}

static void
fc_spec_init(FcSpec *s, FcSpecKind kind)
{
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->year_mode = FC_YEAR_IMPLIED;
    s->m1 = 1;
    s->m2 = 12;
    s->d1 = 1;
    s->d2 = 31;
}

static void
fc_spec_days(FcSpec *s, int d1, int d2)
{
    fc_spec_init(s, FC_SPEC_DAY_REL);
    s->d1 = d1;
    s->d2 = d2;
}

/* "last week" is the seven days before the document; "this week" and a
 * bare weekday ("on Tuesday") the seven days ending on it. */
static gboolean
fc_time_parse_week(FcTokens *t, FcSpec *s, int offset)
{
    if (!fc_tokens_eat(t, "week"))
        return FALSE;
    fc_spec_days(s, offset < 0 ? -7 : offset > 0 ? 1 : -6, offset < 0 ? -1 : offset > 0 ? 7 : 0);
    return TRUE;
}

/* Months @m1..@m2 of the year @offset says: "last May", "next spring". */
static void
fc_time_spec_months(FcSpec *s, int offset, int m1, int m2)
{
    fc_spec_init(s, FC_SPEC_CALENDAR);
    s->year_mode = offset < 0 ? FC_YEAR_LAST : offset > 0 ? FC_YEAR_NEXT : FC_YEAR_RELATIVE;
    s->m1 = m1;
    s->m2 = m2;
}

/* "last/this/next" followed by year, month, week, quarter, a month name or
 * a season. */
static gboolean
fc_time_parse_offset(FcTokens *t, FcSpec *s, int offset)
{
    int month;
    if (fc_tokens_eat(t, "year")) {
        fc_spec_init(s, FC_SPEC_CALENDAR);
        s->year_mode = FC_YEAR_RELATIVE;
        s->year = offset;
    } else if (fc_tokens_eat(t, "month")) {
        fc_spec_init(s, FC_SPEC_MONTH_REL);
        s->offset = offset;
    } else if (fc_tokens_eat(t, "quarter")) {
        fc_spec_init(s, FC_SPEC_QUARTER_REL);
        s->offset = offset;
    } else if ((month = fc_tokens_eat_name(t, fc_time_months)) != 0) {
        fc_time_spec_months(s, offset, month, month);
    } else if ((month = fc_tokens_eat_name(t, fc_time_seasons)) != 0) {
        fc_time_spec_months(s, offset, month, month + 2);
    } else if (offset < 0 && fc_tokens_eat_name(t, fc_time_weekdays) != 0) {
        fc_spec_days(s, -7, -1);
    } else {
        return fc_time_parse_week(t, s, offset);
    }
    return TRUE;
}

/* "earlier this month", "later this year", "earlier this week". */
static gboolean
fc_time_parse_part_of_this(FcTokens *t, FcSpec *s)
{
    int clip = fc_tokens_eat(t, "earlier") ? -1 : fc_tokens_eat(t, "later") ? 1 : 0;
    if (clip == 0 || !fc_tokens_eat(t, "this"))
        return FALSE;
    if (fc_tokens_eat(t, "week")) {
        fc_spec_days(s, clip < 0 ? -6 : 0, clip < 0 ? 0 : 6);
        return TRUE;
    }
    if (!fc_time_parse_offset(t, s, 0) || s->kind == FC_SPEC_QUARTER_REL)
        return FALSE;
    s->clip = clip;
    return TRUE;
}

/* "two years ago": that year; "18 months ago": that month; "three weeks
 * ago": the week around that day.  With @sign +1 and "later" the same
 * forward ("two years later"), without weeks. */
static gboolean
fc_time_parse_counted(FcTokens *t, FcSpec *s, const char *word, int sign)
{
    const char *tok = fc_tokens_peek(t, 0);
    int n = tok != NULL && g_ascii_isdigit(tok[0]) ? (int)g_ascii_strtoll(tok, NULL, 10)
                                                   : fc_time_lookup(fc_time_counts, tok);
    const char *unit = fc_tokens_peek(t, 1), *last = fc_tokens_peek(t, 2);
    if (n <= 0 || n > 99 || unit == NULL || last == NULL || strcmp(last, word) != 0)
        return FALSE;
    if (g_str_has_prefix(unit, "year")) {
        fc_spec_init(s, FC_SPEC_CALENDAR);
        s->year_mode = FC_YEAR_RELATIVE;
        s->year = sign * n;
    } else if (g_str_has_prefix(unit, "month")) {
        fc_spec_init(s, FC_SPEC_MONTH_REL);
        s->offset = sign * n;
    } else if (g_str_has_prefix(unit, "week") && sign < 0) {
        fc_spec_days(s, -7 * n - 3, -7 * n + 3);
    } else {
        return FALSE;
    }
    t->i += 3;
    return TRUE;
}

static gboolean
fc_time_parse_relative(FcTokens *t, FcSpec *s)
{
    if (fc_time_parse_counted(t, s, "ago", -1))
        return TRUE;
    if (fc_tokens_eat(t, "yesterday")) {
        fc_spec_days(s, -1, -1);
        return TRUE;
    }
    if (fc_tokens_eat(t, "today")) {
        fc_spec_days(s, 0, 0);
        return TRUE;
    }
    if (fc_tokens_eat_name(t, fc_time_weekdays) != 0) {
        fc_spec_days(s, -6, 0);
        return TRUE;
    }
    int offset = fc_tokens_eat_name(t, fc_time_offsets);
    if (offset != 0)
        return fc_time_parse_offset(t, s, offset);
    if (fc_tokens_eat(t, "this"))
        return fc_time_parse_offset(t, s, 0);
    return fc_time_parse_part_of_this(t, s);
}

/* An explicit year: "2023", "last year", "the year" (this year). */
static gboolean
fc_time_parse_year_ref(FcTokens *t, FcSpec *s)
{
    int year = fc_time_year_of(fc_tokens_peek(t, 0));
    if (year != 0) {
        t->i++;
        s->year_mode = FC_YEAR_ABSOLUTE;
        s->year = year;
        return TRUE;
    }
    int start = t->i;
    const char *tok = fc_tokens_peek(t, 0);
    gboolean offset = tok != NULL && (strcmp(tok, "last") == 0 || strcmp(tok, "this") == 0 ||
                                      strcmp(tok, "next") == 0 || strcmp(tok, "the") == 0);
    if (offset && (t->i++, fc_tokens_eat(t, "year"))) {
        s->year_mode = FC_YEAR_RELATIVE;
        s->year = strcmp(tok, "last") == 0 ? -1 : strcmp(tok, "next") == 0 ? 1 : 0;
        return TRUE;
    }
    t->i = start;
    return FALSE;
}

/* "Q1", "H2", "the third quarter", "the first half", each with an optional
 * "of 2025". */
static gboolean
fc_time_parse_period(FcTokens *t, FcSpec *s)
{
    const char *tok = fc_tokens_peek(t, 0);
    int n, months;
    if (tok != NULL && (tok[0] == 'q' || tok[0] == 'h') && tok[1] >= '1' && tok[1] <= '4' &&
        tok[2] == '\0') {
        n = tok[1] - '0';
        months = tok[0] == 'q' ? 3 : 6;
        t->i++;
    } else if ((n = fc_tokens_eat_name(t, fc_time_quarters)) != 0) {
        months = fc_tokens_eat(t, "quarter") ? 3 : fc_tokens_eat(t, "half") ? 6 : 0;
    } else {
        return FALSE;
    }
    if (months == 0 || n * months > 12)
        return FALSE;
    s->m1 = (n - 1) * months + 1;
    s->m2 = n * months;
    if (fc_tokens_eat(t, "of"))
        return fc_time_parse_year_ref(t, s);
    fc_time_parse_year_ref(t, s);
    return TRUE;
}

/* Two or four digits of a year: "23" is 2023. */
static int
fc_time_fiscal_digits(const char *p, const char **end)
{
    gsize n = strspn(p, "0123456789");
    *end = p + n;
    if (n == 4)
        return (int)g_ascii_strtoll(p, NULL, 10);
    return n == 2 ? 2000 + (int)g_ascii_strtoll(p, NULL, 10) : 0;
}

/* The year of "23", "2024", "2023-24" (the year it ends) at @p, the
 * current token's text, which has been consumed. */
static gboolean
fc_time_parse_fiscal_digits(FcTokens *t, FcSpec *s, const char *p)
{
    const char *end;
    int year = fc_time_fiscal_digits(p, &end);
    if (year == 0)
        return FALSE;
    /* "FY2023-24": the hyphen split the end year off; "FY2023/24". */
    const char *next = *end == '/' ? end + 1 : *end == '\0' ? fc_tokens_peek(t, 0) : NULL;
    const char *after;
    int ends = next != NULL ? fc_time_fiscal_digits(next, &after) : 0;
    if (ends != 0 && *after == '\0' && (ends == year || ends == year + 1)) {
        if (*end != '/')
            t->i++;
        year = ends;
    } else if (*end != '\0') {
        return FALSE;
    }
    s->year_mode = FC_YEAR_ABSOLUTE;
    s->year = year;
    return TRUE;
}

/* "FY23", "FY 2024", "FY2023-24", "fiscal 2023", "financial year
 * 2023-24": a fiscal year, taken as the calendar year it ends in (fiscal
 * calendars differ; two articles giving the same fiscal year meet). */
static gboolean
fc_time_parse_fiscal(FcTokens *t, FcSpec *s)
{
    const char *tok = fc_tokens_peek(t, 0);
    if (tok != NULL && (strcmp(tok, "fiscal") == 0 || strcmp(tok, "financial") == 0)) {
        t->i++;
        fc_tokens_eat(t, "year");
        const char *p = fc_tokens_peek(t, 0);
        const char *next = fc_tokens_peek(t, 1);
        if (p != NULL && strlen(p) == 4 && strspn(p, "0123456789") == 4 && next != NULL &&
            strspn(next, "0123456789") == strlen(next) && *next != '\0') {
            t->i++;
            return fc_time_parse_fiscal_digits(t, s, p);
        }
        return fc_time_parse_year_ref(t, s);
    }
    if (tok == NULL || strncmp(tok, "fy", 2) != 0)
        return FALSE;
    const char *p = tok + 2;
    t->i++;
    if (*p == '\0' && (p = fc_tokens_peek(t, 0)) != NULL)
        t->i++;
    if (p == NULL)
        return FALSE;
    if (*p == '\'')
        p++;
    return fc_time_parse_fiscal_digits(t, s, p);
}

/* "spring", "the summer of 2023", "autumn last year". */
static gboolean
fc_time_parse_season(FcTokens *t, FcSpec *s)
{
    int month = fc_tokens_eat_name(t, fc_time_seasons);
    if (month == 0)
        return FALSE;
    s->m1 = month;
    s->m2 = month + 2;
    if (fc_tokens_eat(t, "of"))
        return fc_time_parse_year_ref(t, s);
    fc_time_parse_year_ref(t, s);
    return TRUE;
}

/* "May", "May 20", "20 May", each with an optional year after it. */
static gboolean
fc_time_parse_month_day(FcTokens *t, FcSpec *s, gboolean allow_day)
{
    int month = fc_time_lookup(fc_time_months, fc_tokens_peek(t, 0));
    int day = 0;
    if (month != 0) {
        t->i++;
        if (allow_day && (day = fc_time_day_of(fc_tokens_peek(t, 0))) != 0)
            t->i++;
    } else if (allow_day && (day = fc_time_day_of(fc_tokens_peek(t, 0))) != 0 &&
               (month = fc_time_lookup(fc_time_months, fc_tokens_peek(t, 1))) != 0) {
        t->i += 2;
    } else {
        return FALSE;
    }
    s->m1 = s->m2 = month;
    if (day != 0) {
        s->d1 = s->d2 = day;
        s->exact_day = TRUE;
    }
    fc_time_parse_year_ref(t, s);
    return TRUE;
}

static FcModifier
fc_time_parse_modifier(FcTokens *t)
{
    FcModifier mod = fc_tokens_eat_name(t, fc_time_modifiers);
    if (mod != FC_MOD_NONE)
        return mod;
    int start = t->i;
    mod = fc_tokens_eat_name(t, fc_time_of_modifiers);
    if (mod != FC_MOD_NONE && fc_tokens_eat(t, "of"))
        return mod;
    t->i = start;
    return FC_MOD_NONE;
}

/* Narrows a whole year to a part of it, or a month to a third of it. */
static void
fc_spec_apply_modifier(FcSpec *s, FcModifier mod, gboolean month)
{
    static const int year_parts[][2] = {{1, 12}, {1, 4}, {5, 8}, {9, 12}, {10, 12}, {1, 3}};
    static const int month_parts[][2] = {{1, 31}, {1, 10}, {11, 20}, {21, 31}, {21, 31}, {1, 10}};
    if (mod == FC_MOD_NONE)
        return;
    if (month) {
        s->d1 = month_parts[mod][0];
        s->d2 = month_parts[mod][1];
    } else {
        s->m1 = year_parts[mod][0];
        s->m2 = year_parts[mod][1];
    }
}

static gboolean
fc_time_parse_calendar(FcTokens *t, FcSpec *s)
{
    fc_spec_init(s, FC_SPEC_CALENDAR);
    const char *tok = fc_tokens_peek(t, 0);
    if (tok != NULL && strchr(tok, '-') != NULL) {
        FcTime iso;
        if (!fc_time_parse_iso(tok, &iso))
            return FALSE;
        t->i++;
        s->kind = FC_SPEC_FIXED;
        s->lo = iso.lo;
        s->hi = iso.hi;
        return TRUE;
    }
    fc_tokens_eat(t, "the");
    if (fc_time_parse_fiscal(t, s))
        return TRUE;
    FcModifier mod = fc_time_parse_modifier(t);
    if (fc_time_parse_month_day(t, s, mod == FC_MOD_NONE)) {
        fc_spec_apply_modifier(s, mod, TRUE);
        return TRUE;
    }
    if (mod == FC_MOD_NONE && fc_time_parse_period(t, s))
        return TRUE;
    if (mod == FC_MOD_NONE && fc_time_parse_season(t, s))
        return TRUE;
    if (!fc_time_parse_year_ref(t, s))
        return FALSE;
    fc_spec_apply_modifier(s, mod, FALSE);
    return TRUE;
}

static gboolean
fc_time_parse_spec(FcTokens *t, FcSpec *s)
{
    gboolean (*const parsers[])(FcTokens *, FcSpec *) = {
        fc_time_parse_relative,
        fc_time_parse_calendar,
    };
    int start = t->i;
    for (gsize k = 0; k < G_N_ELEMENTS(parsers); k++) {
        t->i = start;
        if (parsers[k](t, s) && t->i == t->n)
            return TRUE;
    }
    return FALSE;
}

/* ---- Evaluation ---------------------------------------------------------- */

static int
fc_time_calendar_year(const FcSpec *s, int ref_year, int ref_month)
{
    switch (s->year_mode) {
    case FC_YEAR_ABSOLUTE:
        return s->year;
    case FC_YEAR_RELATIVE:
        return ref_year + s->year;
    case FC_YEAR_LAST:
        /* "last spring" in April is last year's: this one has not ended. */
        return ref_year - (s->m2 >= ref_month);
    case FC_YEAR_NEXT:
        return ref_year + (s->m1 <= ref_month);
    case FC_YEAR_IMPLIED:
    default:
        return ref_year - (s->m1 > ref_month);
    }
}

/* Days of months m1..m2 of @year, from day d1 of m1 to day d2 of m2. */
static gboolean
fc_time_month_span(int year, int m1, int d1, int m2, int d2, guint32 *lo, guint32 *hi)
{
    if (!g_date_valid_year(year) || year > 9999)
        return FALSE;
    *lo = fc_time_julian(year, m1, MIN(d1, g_date_get_days_in_month(m1, year)));
    *hi = fc_time_julian(year, m2, MIN(d2, g_date_get_days_in_month(m2, year)));
    return *lo != 0 && *hi != 0;
}

static gboolean
fc_spec_eval_calendar(const FcSpec *s, const GDate *ref, guint32 *lo, guint32 *hi)
{
    int year = fc_time_calendar_year(s, g_date_get_year(ref), g_date_get_month(ref));
    if (s->exact_day && g_date_valid_year(year) && s->d1 > g_date_get_days_in_month(s->m1, year))
        return FALSE;
    return fc_time_month_span(year, s->m1, s->d1, s->m2, s->d2, lo, hi);
}

/* The @span-month block @offset blocks away from the one holding @ref. */
static gboolean
fc_spec_eval_block(const GDate *ref, int span, int offset, guint32 *lo, guint32 *hi)
{
    int index = (g_date_get_year(ref) * 12 + g_date_get_month(ref) - 1) / span + offset;
    int first = index * span;
    return fc_time_month_span(first / 12, first % 12 + 1, 1, first % 12 + span, 31, lo, hi);
}

static gboolean
fc_spec_eval(const FcSpec *s, guint32 ref_day, guint32 *lo, guint32 *hi)
{
    GDate ref;
    g_date_clear(&ref, 1);
    g_date_set_julian(&ref, ref_day);
    gboolean ok;
    switch (s->kind) {
    case FC_SPEC_FIXED:
        *lo = s->lo;
        *hi = s->hi;
        return TRUE;
    case FC_SPEC_CALENDAR:
        ok = fc_spec_eval_calendar(s, &ref, lo, hi);
        break;
    case FC_SPEC_MONTH_REL:
        ok = fc_spec_eval_block(&ref, 1, s->offset, lo, hi);
        break;
    case FC_SPEC_QUARTER_REL:
        ok = fc_spec_eval_block(&ref, 3, s->offset, lo, hi);
        break;
    case FC_SPEC_DAY_REL:
    default:
        if ((gint64)ref_day + s->d1 < 1)
            return FALSE;
        *lo = ref_day + s->d1;
        *hi = ref_day + s->d2;
        return TRUE;
    }
    if (ok && s->clip < 0)
        *hi = MIN(*hi, ref_day);
    if (ok && s->clip > 0)
        *lo = MAX(*lo, ref_day);
    return ok && *lo <= *hi;
}

static gboolean
fc_spec_needs_reference(const FcSpec *s)
{
    return s->kind != FC_SPEC_FIXED &&
           !(s->kind == FC_SPEC_CALENDAR && s->year_mode == FC_YEAR_ABSOLUTE);
}

/* What an undated document can still say: how many months back. */
static gint32
fc_spec_rel_months(const FcSpec *s)
{
    if (s->kind == FC_SPEC_CALENDAR && s->year_mode == FC_YEAR_RELATIVE)
        return 12 * s->year;
    if (s->kind == FC_SPEC_MONTH_REL)
        return s->offset;
    if (s->kind == FC_SPEC_QUARTER_REL)
        return 3 * s->offset;
    return 0;
}

static gboolean
fc_time_doc_usable(const FcTime *doc)
{
    return fc_time_is_known(doc) && doc->hi <= FC_TIME_MAX_JULIAN;
}

static gboolean
fc_spec_apply(const FcSpec *s, const FcTime *doc, FcTime *out)
{
    guint32 lo1, hi1, lo2, hi2;
    if (!fc_spec_needs_reference(s)) {
        /* The reference is unused; any valid day will do. */
        if (!fc_spec_eval(s, 1, &lo1, &hi1))
            return FALSE;
        fc_time_set_days(out, lo1, hi1);
        return TRUE;
    }
    if (!fc_time_doc_usable(doc)) {
        /* Not resolved, but the offset still tells "last month" from "this
         * month" within one undated document. */
        out->rel_months = fc_spec_rel_months(s);
        return FALSE;
    }
    if (!fc_spec_eval(s, doc->lo, &lo1, &hi1) || !fc_spec_eval(s, doc->hi, &lo2, &hi2))
        return FALSE;
    fc_time_set_days(out, MIN(lo1, lo2), MAX(hi1, hi2));
    return TRUE;
}

/* @out is always written, so that after FALSE it is unknown and its
 * rel_months says whether an undated document still gave an offset. */
gboolean
fc_time_resolve(const char *text, gsize len, const FcTime *doc, FcTime *out)
{
    if (out == NULL)
        return FALSE;
    fc_time_set_days(out, 0, 0);
    if (text == NULL || len == 0 || len > FC_TIME_MAX_TEXT)
        return FALSE;
    char buf[FC_TIME_MAX_TEXT + 1];
    FcTokens t;
    FcSpec s;
    if (!fc_tokens_init(&t, text, len, buf))
        return FALSE;
    fc_tokens_skip_prepositions(&t);
    if (!fc_time_parse_spec(&t, &s))
        return FALSE;
    return fc_spec_apply(&s, doc, out);
}

/* ---- Times told against the narrative ------------------------------------ */

/* "later that year", "that same spring", "the same month", "the following
 * year", "at the time", "at that point", "by then" (the anchor itself); with
 * "later" and "earlier" as
 * in "later this year". */
static gboolean
fc_time_parse_anchored(FcTokens *t, FcSpec *s)
{
    if (fc_time_parse_counted(t, s, "later", 1))
        return TRUE;
    if (fc_tokens_eat(t, "then")) {
        fc_spec_days(s, 0, 0);
        return TRUE;
    }
    int clip = fc_tokens_eat(t, "earlier") ? -1 : fc_tokens_eat(t, "later") ? 1 : 0;
    int offset = 0;
    if (fc_tokens_eat(t, "that")) {
        fc_tokens_eat(t, "same");
    } else if (clip != 0 || !fc_tokens_eat(t, "the")) {
        return FALSE;
    } else if (fc_tokens_eat(t, "following")) {
        offset = 1;
    } else if (!fc_tokens_eat(t, "same") && fc_tokens_peek(t, 0) != NULL &&
               strcmp(fc_tokens_peek(t, 0), "time") != 0) {
        return FALSE;
    }
    if (offset == 0 && clip == 0 && (fc_tokens_eat(t, "time") || fc_tokens_eat(t, "point"))) {
        fc_spec_days(s, 0, 0);
        return TRUE;
    }
    if (!fc_time_parse_offset(t, s, offset) || s->kind == FC_SPEC_QUARTER_REL ||
        s->kind == FC_SPEC_DAY_REL)
        return FALSE;
    s->clip = clip;
    return TRUE;
}

static gboolean
fc_time_anchored_spec(const char *text, gsize len, char *buf, FcSpec *s)
{
    FcTokens t;
    if (text == NULL || len == 0 || len > FC_TIME_MAX_TEXT || !fc_tokens_init(&t, text, len, buf))
        return FALSE;
    fc_tokens_skip_prepositions(&t);
    return fc_time_parse_anchored(&t, s) && t.i == t.n;
}

gboolean
fc_time_is_anchored(const char *text, gsize len)
{
    char buf[FC_TIME_MAX_TEXT + 1];
    FcSpec s;
    return fc_time_anchored_spec(text, len, buf, &s);
}

gboolean
fc_time_resolve_anchored(const char *text, gsize len, const FcTime *anchor, FcTime *out)
{
    char buf[FC_TIME_MAX_TEXT + 1];
    FcSpec s;
    fc_time_set_days(out, 0, 0);
    return fc_time_doc_usable(anchor) && fc_time_anchored_spec(text, len, buf, &s) &&
           fc_spec_apply(&s, anchor, out);
}

/* ---- Formatting ---------------------------------------------------------- */

static gboolean
fc_time_whole_months(const GDate *a, const GDate *b)
{
    return g_date_get_day(a) == 1 &&
           g_date_get_day(b) == g_date_get_days_in_month(g_date_get_month(b), g_date_get_year(b));
}

static char *
fc_time_format_months(const GDate *a, const GDate *b)
{
    int ya = g_date_get_year(a), ma = g_date_get_month(a);
    int yb = g_date_get_year(b), mb = g_date_get_month(b);
    if (ya == yb && ma == mb)
        return g_strdup_printf("%04d-%02d", ya, ma);
    if (ma == 1 && mb == 12)
        return ya == yb ? g_strdup_printf("%04d", ya) : g_strdup_printf("%04d/%04d", ya, yb);
    if (ya == yb && (ma - 1) % 3 == 0 && mb == ma + 2)
        return g_strdup_printf("%04d-Q%d", ya, (ma - 1) / 3 + 1);
    return g_strdup_printf("%04d-%02d/%04d-%02d", ya, ma, yb, mb);
}

char *
fc_time_format(const FcTime *t)
{
    if (!fc_time_is_known(t) || t->hi > FC_TIME_MAX_JULIAN)
        return g_strdup("");
    GDate a, b;
    g_date_clear(&a, 1);
    g_date_clear(&b, 1);
    g_date_set_julian(&a, t->lo);
    g_date_set_julian(&b, t->hi);
    if (fc_time_whole_months(&a, &b))
        return fc_time_format_months(&a, &b);
    char lo[16], hi[16];
    g_snprintf(lo, sizeof lo, "%04d-%02d-%02d", g_date_get_year(&a), g_date_get_month(&a),
               g_date_get_day(&a));
    g_snprintf(hi, sizeof hi, "%04d-%02d-%02d", g_date_get_year(&b), g_date_get_month(&b),
               g_date_get_day(&b));
    return t->lo == t->hi ? g_strdup(lo) : g_strdup_printf("%s/%s", lo, hi);
}

FcTime
fc_time_around(const FcTime *t, guint32 days)
{
    FcTime out = *t;
    if (!fc_time_is_known(t) || fc_time_width(t) > days)
        return out;
    out.lo = t->lo > days ? t->lo - days : 1;
    out.hi = t->hi + days;
    return out;
}
