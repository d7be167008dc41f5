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
    /* The date alone, perhaps with a time: "August 20, 2024 at 6:00 AM EDT". */
    return day_start == 0 && (day_end == n || g_str_has_prefix(line + day_end, " at ") ||
                              g_str_has_prefix(line + day_end, ", "));
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
