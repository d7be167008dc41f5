#include "fc-byline-date.h"

#include "fc-regex.h"
#include "fc-time.h"

#include <string.h>

/* How far into the body a byline may sit, in lines and bytes. */
#define FC_BYLINE_LINES 12
#define FC_BYLINE_BYTES 2000
#define FC_BYLINE_LINE_MAX 160

/* A day: "May 28, 2025", "Aug. 20, 2024", "3 March 2025", "2025-05-28". */
static const char fc_byline_day[] =
    "\\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? [0-9]{1,2},? "
    "(?:19|20)[0-9]{2}|[0-9]{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    "\\.? (?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])\\b";

static gpointer
fc_byline_regex_new(gpointer data)
{
    (void)data;
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(fc_byline_day, 0, &error);
    /* A fixed pattern of this file: failing is a bug here. */
    if (re == NULL)
        g_error("byline date pattern: %s", error->message);
    return re;
}

static gboolean
fc_byline_is_weekday(const char *line, gsize n)
{
    static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    for (guint i = 0; i < G_N_ELEMENTS(days); i++) {
        gsize k = strlen(days[i]);
        if (n == k + 2 && strncmp(line, days[i], k) == 0 && line[k] == ',')
            return TRUE;
    }
    return FALSE;
}

/* "Cascadia Business Daily — ": a short name and a dash before the date. */
static gboolean
fc_byline_after_dash(const char *line, gsize n)
{
    static const char *const dashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};
    if (n > 80 || memchr(line, '.', n) != NULL)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(dashes); i++) {
        gsize k = strlen(dashes[i]);
        if (n > k && strncmp(line + n - k, dashes[i], k) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Does the line look like metadata rather than prose? */
static gboolean
fc_byline_line_is_meta(const char *line, gsize n, gsize day_start, gsize day_end)
{
    static const char *const openers[] = {"By ",    "Published", "Updated", "Last updated",
                                          "Posted", "Date:",     "Dated"};
    for (guint i = 0; i < G_N_ELEMENTS(openers); i++)
        if (n >= strlen(openers[i]) && strncmp(line, openers[i], strlen(openers[i])) == 0)
            return TRUE;
    if (g_strstr_len(line, (gssize)n, " | ") != NULL ||
        g_strstr_len(line, (gssize)n, " \xC2\xB7 ") != NULL)
        return TRUE;
    /* The date alone, perhaps with a time: "August 20, 2024 at 6:00 AM EDT";
     * or ending the line after a weekday or an outlet's name: "Monday,
     * June 3, 2024", "Cascadia Business Daily — March 12, 2024". */
    gboolean ends = day_end == n || g_str_has_prefix(line + day_end, " at ");
    if (day_start == 0)
        return ends || g_str_has_prefix(line + day_end, ", ");
    return ends && (fc_byline_is_weekday(line, day_start) || fc_byline_after_dash(line, day_start));
}

void
fc_byline_date_read(FcDocument *doc)
{
    if (fc_time_is_known(&doc->date) || doc->date_text != NULL)
        return;
    static GOnce once = G_ONCE_INIT;
    const FcRegex *re = g_once(&once, fc_byline_regex_new, NULL);
    g_autoptr(FcMatch) m = fc_match_new();
    gsize pos = doc->body_start, limit = MIN(doc->len, doc->body_start + FC_BYLINE_BYTES);
    for (guint lines = 0; pos < limit && lines < FC_BYLINE_LINES; lines++) {
        const char *nl = memchr(doc->text + pos, '\n', limit - pos);
        gsize end = nl != NULL ? (gsize)(nl - doc->text) : limit;
        gsize s, e;
        FcTime unknown = {0}, day;
        if (end - pos <= FC_BYLINE_LINE_MAX &&
            fc_regex_match(re, doc->text, end, pos, m) == FC_REGEX_MATCHED &&
            fc_match_group(m, 0, &s, &e) &&
            fc_byline_line_is_meta(doc->text + pos, end - pos, s - pos, e - pos) &&
            fc_time_resolve(doc->text + s, e - s, &unknown, &day)) {
            doc->date = day;
            doc->date_text = g_strndup(doc->text + s, e - s);
            return;
        }
        pos = end + 1;
    }
}
