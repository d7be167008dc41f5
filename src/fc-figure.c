#define _GNU_SOURCE /* memmem */
#include "fc-figure.h"

#include "fc-value.h"

#include <string.h>

/* The first figure in @text[from..end): a digit or the start of a
 * magnitude word ("illion" stands for million, billion and trillion;
 * inside a longer word it only costs a needless search). */
static gsize
fc_figure_next(const char *text, gsize from, gsize end, const char *lower, gsize base)
{
    static const char *const words[] = {"illion", "thousand"};
    gsize best = end;
    for (gsize i = from; i < end; i++)
        if (g_ascii_isdigit(text[i])) {
            best = i;
            break;
        }
    for (guint w = 0; w < G_N_ELEMENTS(words); w++) {
        const char *hit = memmem(lower + (from - base), best - from, words[w], strlen(words[w]));
        if (hit != NULL)
            best = (gsize)(hit - lower) + base;
    }
    return best;
}

/* Can the word @text[s..e) stand between a match's start and its figure? */
static gboolean
fc_figure_word_may_lead(const char *text, gsize s, gsize e, const char *lower, gsize base)
{
    for (gsize i = s; i < e; i++)
        if ((guchar)text[i] >= 0x80)
            return TRUE;
    return fc_value_is_lead_word(lower + (s - base), e - s);
}

/* The start of the latest word before the one holding @p that is not a
 * lead word, or @pos. */
static gsize
fc_figure_window_start(const char *text, gsize pos, gsize p, const char *lower, gsize base)
{
    while (p > pos && !g_ascii_isspace(text[p - 1]))
        p--;
    for (;;) {
        while (p > pos && g_ascii_isspace(text[p - 1]))
            p--;
        gsize e = p;
        while (p > pos && !g_ascii_isspace(text[p - 1]))
            p--;
        if (p == pos || !fc_figure_word_may_lead(text, p, e, lower, base))
            return p;
    }
}

FcRegexResult
fc_figure_match(const FcRegex *re, const char *text, gsize end, gsize pos, const char *lower,
                gsize base, FcMatch *m)
{
    if (lower == NULL)
        return fc_regex_match(re, text, end, pos, m);
    while (pos < end) {
        gsize figure = fc_figure_next(text, pos, end, lower, base);
        if (figure == end)
            break;
        gsize from = fc_figure_window_start(text, pos, figure, lower, base), last = figure;
        while (last < end && !g_ascii_isspace(text[last]))
            last++;
        FcRegexResult r = fc_regex_match_within(re, text, end, from, last, m);
        if (r != FC_REGEX_NO_MATCH)
            return r;
        pos = last + 1;
    }
    fc_match_clear(m);
    return FC_REGEX_NO_MATCH;
}
