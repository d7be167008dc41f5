/* fc-time: dates as intervals of days.
 *
 * "2025-09" is every day of September 2025; "late 2023" is Sep–Dec 2023;
 * "Q1 2025" is Jan–Mar 2025; "last month" is resolved against the
 * document's date.  Day numbers are GLib Julian day numbers (GDate), so 0
 * never is a real day and means "unknown".
 *
 * An undated document cannot resolve "last month": such a time stays unknown
 * but remembers its offset in @rel_months (-1 for "last month", -12 for
 * "last year", 0 for "this month" or no date at all), so that claims of one
 * undated document can still be told apart ("now $11bn, up from $5.5bn last
 * month").
 *
 * FcTime is a plain value type.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    guint32 lo, hi;    /* inclusive Julian days; both 0 when unknown */
    gint32 rel_months; /* offset from an unknown document date, see above */
} FcTime;

gboolean fc_time_is_known(const FcTime *t);

/* Front-matter dates: "2025", "2025-11", "2025-11-20" (also
 * "2025-11-20T10:00:00Z", the time is ignored).  FALSE on anything else. */
gboolean fc_time_parse_iso(const char *text, FcTime *out);

/* Resolves a date expression found by fc_time_pattern() against the document
 * date @doc (which may be unknown).  Understands: "May", "in May", "May 2023",
 * "May 20, 2023", "20 May 2023", "September 2025", "as of September",
 * "late 2023", "early 2024", "mid-2024", "the end of 2023", "Q1 2025",
 * "the first quarter of 2025", "in 2021", "2021", "last year", "this year",
 * "next year", "last month", "this month", "earlier this month",
 * "earlier this year", "late last year", "May this year", "May last year",
 * "last week", "on Tuesday" (the document's week), "yesterday", "today".
 * A month without a year takes the document's year, or the year before when
 * that month lies after the document's month ("in November" in a March
 * article is last November).  Returns FALSE when nothing could be resolved.
 */
gboolean fc_time_resolve(const char *text, gsize len, const FcTime *doc, FcTime *out);

/* Whether @text is a time told against the narrative rather than the
 * document's date: "later that year", "that same spring", "the following
 * month", "two years later", "at the time".  fc_time_resolve() reads none
 * of them. */
gboolean fc_time_is_anchored(const char *text, gsize len);

/* Resolves such a phrase against @anchor, the last time the text told
 * ("In March 2019 it raised a seed round.  Later that year ..." is
 * March to December 2019).  FALSE when @anchor is unknown or @text is
 * none of those phrases; @out is then unknown. */
gboolean fc_time_resolve_anchored(const char *text, gsize len, const FcTime *anchor, FcTime *out);

/* PCRE2 source matching the date expressions fc_time_resolve() and
 * fc_time_resolve_anchored() read. */
const char *fc_time_pattern(void);

/* Both known and sharing at least one day. */
gboolean fc_time_overlaps(const FcTime *a, const FcTime *b);

/* @t widened by @days on each side when it covers fewer days than that
 * (a publication date stands for the weeks around it); unknown stays
 * unknown. */
FcTime fc_time_around(const FcTime *t, guint32 days);

/* Number of days covered (0 when unknown). */
guint32 fc_time_width(const FcTime *t);

/* Compact text: "2025-11-20", "2025-11", "2025-Q1", "2025", or
 * "2023-09/2023-12" for other spans; "" when unknown.  Newly allocated. */
char *fc_time_format(const FcTime *t);

G_END_DECLS
