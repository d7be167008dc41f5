#include "fc-unwrap.h"

#include <string.h>

/* Does a new block start at @i (the first byte of a line): a list item,
 * a heading, a quote or table line, or an indented line (Markdown
 * cleaning leaves list markers as spaces)? */
static gboolean
fc_unwrap_block_start(const char *t, gsize i, gsize len)
{
    if (i >= len || t[i] == '\n' || t[i] == '\r' || t[i] == ' ' || t[i] == '\t')
        return TRUE;
    if (strchr("-*+#>|", t[i]) != NULL)
        return TRUE;
    /* "•", "–", "—" */
    if ((guchar)t[i] == 0xE2)
        return TRUE;
    gsize q = i;
    while (q < len && g_ascii_isdigit(t[q]) && q - i < 4)
        q++;
    return q > i && q < len && (t[q] == '.' || t[q] == ')');
}

/* The byte before the line break at @i, skipping a carriage return;
 * '\n' when the line is empty. */
static char
fc_unwrap_last_byte(const char *t, gsize from, gsize i)
{
    gsize e = i;
    if (e > from && t[e - 1] == '\r')
        e--;
    return e > from ? t[e - 1] : '\n';
}

gboolean
fc_unwrap_is_wrapped(const char *text, gsize from, gsize len)
{
    guint lower = 0, upper = 0;
    if (from >= len)
        return FALSE;
    for (const char *p = memchr(text + from, '\n', len - from); p != NULL;
         p = (gsize)(p + 1 - text) < len ? memchr(p + 1, '\n', len - (gsize)(p + 1 - text))
                                         : NULL) {
        gsize i = (gsize)(p - text);
        char last = fc_unwrap_last_byte(text, from, i);
        if (last == '\n' || strchr(".!?:;\"')", last) != NULL || i + 1 >= len)
            continue;
        lower += g_ascii_islower(text[i + 1]) != 0;
        upper += g_ascii_isupper(text[i + 1]) != 0;
    }
    return lower >= 2 && lower >= upper;
}

guint
fc_unwrap_lines(char *text, gsize from, gsize len)
{
    if (!fc_unwrap_is_wrapped(text, from, len))
        return 0;
    guint joined = 0;
    for (char *p = memchr(text + from, '\n', len - from); p != NULL;
         p = (gsize)(p + 1 - text) < len ? memchr(p + 1, '\n', len - (gsize)(p + 1 - text))
                                         : NULL) {
        gsize i = (gsize)(p - text);
        if (fc_unwrap_last_byte(text, from, i) == '\n' || fc_unwrap_block_start(text, i + 1, len))
            continue;
        if (i > from && text[i - 1] == '\r')
            text[i - 1] = ' ';
        *p = ' ';
        joined++;
    }
    return joined;
}
