#define _GNU_SOURCE /* memmem */
#include "fc-superseded.h"

#include "fc-words.h"

#include <string.h>

/* Longest heading that can open a superseded section. */
#define FC_SUPERSEDED_HEADING_MAX 80
/* How far from a cue its sentence may reach: a bound that keeps the scan
 * linear on a hostile one-line document full of cues. */
#define FC_SUPERSEDED_REACH 600

/* Lower case in a sentence, capitalised in a heading. */
static const char *const fc_version_qualifiers[] = {"earlier",  "previous", "prior",    "original",
                                                    "initial",  "Earlier",  "Previous", "Prior",
                                                    "Original", "Initial"};
static const char *const fc_article_nouns[] = {"article", "story",      "report", "piece",
                                               "post",    "newsletter", "item",   "page"};
static const char *const fc_wrongly_adverbs[] = {"incorrectly ", "erroneously ", "mistakenly ",
                                                 "wrongly "};
static const char *const fc_report_verbs[] = {"reported",   "stated",     "said",   "gave",
                                              "described",  "identified", "listed", "named",
                                              "attributed", "put"};

/* The word that ends right before @at (one space between), as [*s, at-1). */
static gboolean
fc_superseded_word_before(const char *t, gsize line_start, gsize at, gsize *s)
{
    if (at < line_start + 2 || t[at - 1] != ' ')
        return FALSE;
    gsize i = at - 1;
    while (i > line_start && g_ascii_isalpha(t[i - 1]))
        i--;
    *s = i;
    return i < at - 1;
}

static gsize
fc_superseded_line_start(const char *t, gsize from, gsize p)
{
    while (p > from && t[p - 1] != '\n')
        p--;
    return p;
}

static gsize
fc_superseded_line_end(const char *t, gsize len, gsize p)
{
    const char *nl = memchr(t + p, '\n', len - p);
    return nl != NULL ? (gsize)(nl - t) : len;
}

/* A sentence ends at a stop followed by white space, emphasis or a quote
 * mark ("2016.*"), or at a semicolon. */
static gboolean
fc_superseded_stop_at(const char *t, gsize i, gsize end)
{
    if (t[i] == ';')
        return TRUE;
    if (t[i] != '.' && t[i] != '!' && t[i] != '?' && t[i] != ':')
        return FALSE;
    return i + 1 >= end || strchr(" \t\r*_\"')", t[i + 1]) != NULL;
}

static void
fc_superseded_add(GArray **spans, gsize start, gsize end)
{
    if (*spans == NULL)
        *spans = g_array_new(FALSE, FALSE, sizeof(FcSpan));
    FcSpan span = {start, end};
    g_array_append_val(*spans, span);
}

/* Takes back the sentence of the line [ls, le) that holds @p. */
static void
fc_superseded_add_sentence(GArray **spans, const char *t, gsize ls, gsize le, gsize p)
{
    gsize s = p, e = p;
    while (s > ls && !fc_superseded_stop_at(t, s - 1, le))
        s--;
    while (e < le && !fc_superseded_stop_at(t, e, le))
        e++;
    fc_superseded_add(spans, s, e < le ? e + 1 : le);
}

/* "An earlier version of this article said ...": the cue "version of this "
 * at @p, with its qualifier before and its noun after. */
static gboolean
fc_superseded_is_version_note(const char *t, gsize len, gsize ls, gsize p)
{
    static const gsize cue = sizeof "version of this " - 1;
    gsize w;
    return fc_words_follow(t, p + cue, len, fc_article_nouns, G_N_ELEMENTS(fc_article_nouns)) &&
           fc_superseded_word_before(t, ls, p, &w) &&
           fc_words_follow(t, w, len, fc_version_qualifiers, G_N_ELEMENTS(fc_version_qualifiers));
}

/* Takes back the sentence around every occurrence of @cue that @accept
 * takes. */
static void
fc_superseded_scan(GArray **spans, const char *t, gsize len, gsize from, const char *cue,
                   gboolean (*accept)(const char *t, gsize len, gsize ls, gsize p, gsize n))
{
    gsize n = strlen(cue);
    for (gsize p = from; p + n <= len;) {
        const char *hit = memmem(t + p, len - p, cue, n);
        if (hit == NULL)
            return;
        gsize at = (gsize)(hit - t);
        gsize near = at > from + FC_SUPERSEDED_REACH ? at - FC_SUPERSEDED_REACH : from;
        gsize ls = fc_superseded_line_start(t, near, at);
        gsize le = fc_superseded_line_end(t, MIN(len, at + n + FC_SUPERSEDED_REACH), at);
        if (accept(t, len, ls, at, n))
            fc_superseded_add_sentence(spans, t, ls, le, at);
        p = at + n;
    }
}

static gboolean
fc_superseded_accept_version(const char *t, gsize len, gsize ls, gsize p, gsize n)
{
    (void)n;
    return fc_superseded_is_version_note(t, len, ls, p);
}

/* "was incorrectly reported as $1bn": the adverb at @p starts a word and
 * a verb of telling follows it. */
static gboolean
fc_superseded_accept_wrongly(const char *t, gsize len, gsize ls, gsize p, gsize n)
{
    return (p == ls || !g_ascii_isalpha(t[p - 1])) &&
           fc_words_follow(t, p + n, len, fc_report_verbs, G_N_ELEMENTS(fc_report_verbs));
}

/* "Last week's edition said Mavuno was founded in 2016": a newsletter's
 * earlier issue, named by its time, told what this one corrects.  The
 * cue "'s edition " at @p, a word of time before it, a verb of telling
 * after. */
static gboolean
fc_superseded_accept_edition(const char *t, gsize len, gsize ls, gsize p, gsize n)
{
    static const char *const days[] = {"Yesterday", "yesterday", "Monday",   "Tuesday", "Wednesday",
                                       "Thursday",  "Friday",    "Saturday", "Sunday"};
    static const char *const spans[] = {"week", "month"};
    static const char *const lasts[] = {"last", "Last", "previous", "Previous"};
    gsize w = p, v;
    while (w > ls && g_ascii_isalpha(t[w - 1]))
        w--;
    /* "last week's", not "this week's": the issue itself. */
    gboolean earlier = fc_words_follow(t, w, p, days, G_N_ELEMENTS(days)) ||
                       (fc_words_follow(t, w, p, spans, G_N_ELEMENTS(spans)) &&
                        fc_superseded_word_before(t, ls, w, &v) &&
                        fc_words_follow(t, v, w, lasts, G_N_ELEMENTS(lasts)));
    return w < p && earlier &&
           fc_words_follow(t, p + n, len, fc_report_verbs, G_N_ELEMENTS(fc_report_verbs));
}

/* The line's text without Markdown heading and emphasis marks around it. */
static void
fc_superseded_line_key(const char *t, gsize ls, gsize le, gsize *ks, gsize *ke)
{
    while (ls < le && strchr(" \t#*_>", t[ls]) != NULL)
        ls++;
    while (le > ls && strchr(" \t\r*_:", t[le - 1]) != NULL)
        le--;
    *ks = ls;
    *ke = le;
}

static gboolean
fc_superseded_is_heading(const char *t, gsize ls, gsize le)
{
    while (ls < le && (t[ls] == ' ' || t[ls] == '\t'))
        ls++;
    while (le > ls && (t[le - 1] == ' ' || t[le - 1] == '\t' || t[le - 1] == '\r'))
        le--;
    if (ls == le)
        return FALSE;
    if (t[ls] == '#' ||
        (le - ls >= 3 && (strncmp(t + ls, "---", 3) == 0 || strncmp(t + ls, "***", 3) == 0)))
        return TRUE;
    /* A paragraph all in bold: "**Background**". */
    return le - ls > 4 && strncmp(t + ls, "**", 2) == 0 && strncmp(t + le - 2, "**", 2) == 0 &&
           memchr(t + ls + 2, '*', le - ls - 4) == NULL;
}

/* "**Earlier version (February 29)**" */
static gboolean
fc_superseded_is_version_heading(const char *t, gsize ls, gsize le)
{
    if (le - ls > FC_SUPERSEDED_HEADING_MAX || !fc_superseded_is_heading(t, ls, le))
        return FALSE;
    gsize ks, ke;
    fc_superseded_line_key(t, ls, le, &ks, &ke);
    gsize w = ks;
    while (w < ke && g_ascii_isalpha(t[w]))
        w++;
    gsize v = w + 1 + 7;
    if (w >= ke || t[w] != ' ' ||
        !fc_words_follow(t, ks, ke, fc_version_qualifiers, G_N_ELEMENTS(fc_version_qualifiers)) ||
        !fc_words_follow(t, w + 1, ke, (const char *const[]){"version", "Version"}, 2))
        return FALSE;
    /* "Earlier version of the app" is a section about software. */
    return v >= ke || g_ascii_strncasecmp(t + v, " of ", 4) != 0 ||
           g_ascii_strncasecmp(t + v, " of this ", 9) == 0;
}

/* Takes back each section under a version heading, up to the next
 * heading. */
static void
fc_superseded_add_sections(GArray **spans, const char *t, gsize len, gsize from)
{
    gsize open = G_MAXSIZE;
    for (gsize ls = from; ls < len;) {
        gsize le = fc_superseded_line_end(t, len, ls);
        if (fc_superseded_is_heading(t, ls, le)) {
            if (open != G_MAXSIZE)
                fc_superseded_add(spans, open, ls);
            open = fc_superseded_is_version_heading(t, ls, le) ? ls : G_MAXSIZE;
        }
        ls = le + 1;
    }
    if (open != G_MAXSIZE)
        fc_superseded_add(spans, open, len);
}

static int
fc_superseded_compare(gconstpointer a, gconstpointer b)
{
    gsize x = ((const FcSpan *)a)->start, y = ((const FcSpan *)b)->start;
    return x < y ? -1 : x > y;
}

/* Sorts @spans and joins those that overlap, so that a lookup may search
 * them by halves. */
static void
fc_superseded_merge(GArray *spans)
{
    g_array_sort(spans, fc_superseded_compare);
    guint n = 0;
    for (guint i = 0; i < spans->len; i++) {
        FcSpan *cur = &g_array_index(spans, FcSpan, i);
        FcSpan *last = n > 0 ? &g_array_index(spans, FcSpan, n - 1) : NULL;
        if (last != NULL && cur->start <= last->end)
            last->end = MAX(last->end, cur->end);
        else
            g_array_index(spans, FcSpan, n++) = *cur;
    }
    g_array_set_size(spans, n);
}

void
fc_superseded_find(FcDocument *doc)
{
    const char *t = doc->text;
    gsize len = doc->len, from = doc->body_start;
    g_clear_pointer(&doc->superseded, g_array_unref);
    if (from >= len)
        return;
    GArray *spans = NULL;
    fc_superseded_scan(&spans, t, len, from, "version of this ", fc_superseded_accept_version);
    for (guint i = 0; i < G_N_ELEMENTS(fc_wrongly_adverbs); i++)
        fc_superseded_scan(&spans, t, len, from, fc_wrongly_adverbs[i],
                           fc_superseded_accept_wrongly);
    static const char *const editions[] = {"'s edition ", "'s issue ", "'s newsletter ",
                                           "’s edition ", "’s issue ", "’s newsletter "};
    for (guint i = 0; i < G_N_ELEMENTS(editions); i++)
        fc_superseded_scan(&spans, t, len, from, editions[i], fc_superseded_accept_edition);
    if (memmem(t + from, len - from, "ersion", 6) != NULL)
        fc_superseded_add_sections(&spans, t, len, from);
    if (spans != NULL)
        fc_superseded_merge(spans);
    doc->superseded = spans;
}
