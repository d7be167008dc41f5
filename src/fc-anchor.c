#include "fc-anchor.h"

#include "fc-mention.h"
#include "fc-sentence.h"

/* A time wider than this ("the 2010s", "2021-2024") dates nothing told
 * after it. */
#define FC_ANCHOR_MAX_DAYS 366u

/* Does the date's text write its year ("March 2016", "FY23")?  Such a date
 * sets the narrative's time; "in a winter of floods" beside it, resolved
 * against the article's own date, does not. */
static gboolean
fc_anchor_writes_year(const char *text, const FcMention *m)
{
    for (gsize i = m->start; i + 1 < m->end; i++)
        if (g_ascii_isdigit(text[i]) && g_ascii_isdigit(text[i + 1]))
            return TRUE;
    return FALSE;
}

/* An anchored time after the article's own date is a misreading: the
 * narrative tells the past. */
static gboolean
fc_anchor_resolve_one(const FcAnchor *anchor, const char *text, const FcTime *doc, FcMention *m)
{
    return fc_time_resolve_anchored(text + m->start, m->end - m->start, &anchor->time, &m->time) &&
           (!fc_time_is_known(doc) || m->time.lo <= doc->hi);
}

/* A pull quote ("> ... the thing my dad needed in 1997.") or a speaker's
 * words tell the speaker's time, not the story's. */
static gboolean
fc_anchor_is_speech(const char *text, FcSpan span, const FcMention *m)
{
    gsize line = span.start;
    while (line > 0 && text[line - 1] != '\n')
        line--;
    return text[line] == '>' || fc_sentence_in_quote(text, span, m->start);
}

void
fc_anchor_resolve(FcAnchor *anchor, const char *text, FcSpan span, const FcTime *doc,
                  GArray *mentions)
{
    const FcMention *next = NULL;
    gboolean written = FALSE;
    for (guint i = 0; i < mentions->len;) {
        FcMention *m = &g_array_index(mentions, FcMention, i);
        if (m->type != FC_MENTION_DATE) {
            i++;
            continue;
        }
        if (m->anchored && !fc_anchor_resolve_one(anchor, text, doc, m)) {
            g_array_remove_index(mentions, i);
            continue;
        }
        gboolean writes = m->anchored || fc_anchor_writes_year(text, m);
        if (fc_time_is_known(&m->time) && fc_time_width(&m->time) <= FC_ANCHOR_MAX_DAYS &&
            (writes || !written) && !fc_anchor_is_speech(text, span, m)) {
            next = m;
            written = writes;
        }
        /* "In 2016 it raised a seed round and two years later a Series A":
         * the next date of the sentence reads from this one. */
        if (next != NULL)
            anchor->time = next->time;
        i++;
    }
}
