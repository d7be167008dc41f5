#include "fc-datefind.h"

#include "fc-time.h"

#include <string.h>

struct _FcDateFinder {
    FcRegex *anchored; /* fc_time_pattern(), tried at one position */
};

FcDateFinder *
fc_date_finder_new(GError **error)
{
    FcRegex *re = fc_regex_new(fc_time_pattern(), FC_REGEX_ANCHORED, error);
    if (re == NULL)
        return NULL;
    FcDateFinder *f = g_new0(FcDateFinder, 1);
    f->anchored = re;
    return f;
}

void
fc_date_finder_free(FcDateFinder *f)
{
    if (f == NULL)
        return;
    fc_regex_free(f->anchored);
    g_free(f);
}

/* The words fc_time_pattern() may start with, by the alternatives that
 * open with them: "early|late|mid", "(the )?end|start|beginning|middle
 * of", "(the )?first|...|final quarter|half", "earlier|later this",
 * "(last|this|next) year|...", "yesterday|today", "as of", the seasons,
 * "(a|two|...) years ago|later", "FY23", "fiscal 2023", "financial year
 * 2024", "(earlier|later) that year", "the same|following year", "at
 * the time", "at that point", "by then".
 * Caseless, written in lower case. */
static const char *const fc_date_openers[] = {
    "early",  "late",   "mid",    "end",    "start",   "beginning", "middle",    "first",
    "second", "third",  "fourth", "final",  "earlier", "later",     "yesterday", "today",
    "spring", "summer", "autumn", "winter", "fall",    "fy",        "fiscal",    NULL,
};

/* Opening words too common to try on their own: the word after must be
 * one of these (caseless) or start a month or weekday name. */
static const struct {
    const char *word;
    const char *const next[22];
} fc_date_leads[] = {
    {"the", {"end",    "start", "beginning", "middle",    "first", "second", "third",  "fourth",
             "final",  "1st",   "2nd",       "3rd",       "4th",   "spring", "summer", "autumn",
             "winter", "fall",  "same",      "following", "time",  NULL}},
    {"that",
     {"year", "month", "same", "spring", "summer", "autumn", "winter", "time", "point", NULL}},
    {"this",
     {"year", "month", "week", "quarter", "spring", "summer", "autumn", "winter", "fall", NULL}},
    {"last",
     {"year", "month", "week", "quarter", "spring", "summer", "autumn", "winter", "fall", NULL}},
    {"next",
     {"year", "month", "week", "quarter", "spring", "summer", "autumn", "winter", "fall", NULL}},
    {"as", {"of", NULL}},
    {"financial", {"year", NULL}},
};

/* "a year ago", "two months ago": counts open a date only before a unit
 * of time. */
static const char *const fc_date_counts[] = {
    "a",     "an",    "one",  "two", "three",  "four",   "five",     "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen", NULL,
};
static const char *const fc_date_units[] = {"year", "years", "month", "months",
                                            "week", "weeks", NULL};

/* "then" opens a date only after "by" or "until" ("By then, it had
 * raised ..."). */
static gboolean
fc_date_then_after_by(const char *t, gsize p, gsize n)
{
    if (n != 4 || g_ascii_strncasecmp(t + p, "then", 4) != 0 || p < 3)
        return FALSE;
    /* White space beyond ASCII: the pattern decides. */
    if ((guchar)t[p - 1] >= 0x80)
        return TRUE;
    if (!g_ascii_isspace(t[p - 1]))
        return FALSE;
    gsize w = p - 1;
    while (w > 0 && g_ascii_isalpha(t[w - 1]))
        w--;
    return (p - 1 - w == 2 && g_ascii_strncasecmp(t + w, "by", 2) == 0) ||
           (p - 1 - w == 5 && g_ascii_strncasecmp(t + w, "until", 5) == 0);
}

/* The longest of those words: "beginning", "yesterday". */
#define FC_DATE_WORD_MAX 9

/* The first bytes of every alternative: digits, and the letters of the
 * words above and of the month and weekday names (fc-time's look-ahead
 * of first characters, without its long s). */
static const gboolean fc_date_opening[256] = {
    ['0'] = TRUE, ['1'] = TRUE, ['2'] = TRUE, ['3'] = TRUE, ['4'] = TRUE, ['5'] = TRUE,
    ['6'] = TRUE, ['7'] = TRUE, ['8'] = TRUE, ['9'] = TRUE, ['A'] = TRUE, ['a'] = TRUE,
    ['B'] = TRUE, ['b'] = TRUE, ['D'] = TRUE, ['E'] = TRUE, ['e'] = TRUE, ['F'] = TRUE,
    ['f'] = TRUE, ['H'] = TRUE, ['h'] = TRUE, ['J'] = TRUE, ['L'] = TRUE, ['l'] = TRUE,
    ['M'] = TRUE, ['m'] = TRUE, ['N'] = TRUE, ['n'] = TRUE, ['O'] = TRUE, ['Q'] = TRUE,
    ['q'] = TRUE, ['S'] = TRUE, ['s'] = TRUE, ['T'] = TRUE, ['t'] = TRUE, ['W'] = TRUE,
    ['o'] = TRUE, ['w'] = TRUE, ['Y'] = TRUE, ['y'] = TRUE,
};

/* Month and weekday names, by their first three letters, as written
 * (the pattern takes them in their case only). */
static gboolean
fc_date_is_name_start(const char *w, gsize n)
{
    static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDecMonTueWedThuFriSatSun";
    if (n < 3 || !g_ascii_isupper(w[0]))
        return FALSE;
    for (gsize i = 0; i < sizeof names - 1; i += 3)
        if (memcmp(w, names + i, 3) == 0)
            return TRUE;
    return FALSE;
}

/* Is @lower (a word of @n bytes, lower-cased) one of @words? */
static gboolean
fc_date_word_in(const char *lower, gsize n, const char *const *words)
{
    for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] == lower[0] && strncmp(words[i], lower, n) == 0 && words[i][n] == '\0')
            return TRUE;
    return FALSE;
}

/* @t[s..s+n) lower-cased into @buf; FALSE when longer than any word. */
static gboolean
fc_date_lower(const char *t, gsize s, gsize n, char buf[FC_DATE_WORD_MAX + 1])
{
    if (n == 0 || n > FC_DATE_WORD_MAX)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        buf[i] = g_ascii_tolower(t[s + i]);
    buf[n] = '\0';
    return TRUE;
}

/* After a lead word ending at @e: white space, then a word that may go
 * on with it.  A character beyond ASCII could be white space to the
 * pattern, so it leaves the answer TRUE; the words that may follow are
 * all ASCII, so the ASCII start of the next word decides. */
static gboolean
fc_date_lead_may_go_on(const char *t, gsize len, gsize e, const char *const *next)
{
    gsize s = e;
    while (s < len && g_ascii_isspace(t[s]))
        s++;
    if (s < len && (guchar)t[s] >= 0x80)
        return TRUE;
    if (s == e)
        return FALSE;
    gsize w = s;
    while (w < len && g_ascii_isalnum(t[w]))
        w++;
    char lower[FC_DATE_WORD_MAX + 1];
    return (fc_date_lower(t, s, w - s, lower) && fc_date_word_in(lower, w - s, next)) ||
           fc_date_is_name_start(t + s, w - s);
}

gboolean
fc_date_may_start(const char *t, gsize len, gsize p)
{
    guchar c = (guchar)t[p];
    /* Every alternative starts with one of these bytes, after no letter,
     * digit or '_' (a character beyond ASCII before may be neither, so it
     * does not rule the start out). */
    if (!fc_date_opening[c] || (p > 0 && (g_ascii_isalnum(t[p - 1]) || t[p - 1] == '_')))
        return FALSE;
    if (g_ascii_isdigit(c))
        return TRUE;
    gsize e = p;
    while (e < len && g_ascii_isalpha(t[e]))
        e++;
    gsize n = e - p;
    /* "Q3", "H1". */
    if ((c == 'Q' || c == 'q' || c == 'H' || c == 'h') && n == 1 && e < len && t[e] >= '1' &&
        t[e] <= '4')
        return TRUE;
    if (fc_date_is_name_start(t + p, n))
        return TRUE;
    char lower[FC_DATE_WORD_MAX + 1];
    if (!fc_date_lower(t, p, n, lower))
        return FALSE;
    if (fc_date_word_in(lower, n, fc_date_openers) || fc_date_then_after_by(t, p, n))
        return TRUE;
    for (guint i = 0; i < G_N_ELEMENTS(fc_date_leads); i++)
        if (strcmp(lower, fc_date_leads[i].word) == 0)
            return fc_date_lead_may_go_on(t, len, e, fc_date_leads[i].next);
    return fc_date_word_in(lower, n, fc_date_counts) &&
           fc_date_lead_may_go_on(t, len, e, fc_date_units);
}

FcRegexResult
fc_date_finder_next(const FcDateFinder *f, const char *text, gsize len, gsize from, FcMatch *m,
                    gsize *start, gsize *end)
{
    for (gsize p = from; p < len; p++) {
        /* The cheap half of fc_date_may_start() first, inline: most bytes
         * that can open a date are inside a word. */
        if (!fc_date_opening[(guchar)text[p]] ||
            (p > 0 && (g_ascii_isalnum(text[p - 1]) || text[p - 1] == '_')) ||
            !fc_date_may_start(text, len, p))
            continue;
        FcRegexResult r = fc_regex_match(f->anchored, text, len, p, m);
        if (r == FC_REGEX_MATCHED && fc_match_group(m, 0, start, end))
            return r;
        if (r == FC_REGEX_LIMIT)
            return r;
    }
    return FC_REGEX_NO_MATCH;
}
