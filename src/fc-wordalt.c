#include "fc-wordalt.h"

#include <string.h>

static int
fc_wordalt_compare(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Bytes of the character at @s: words are grouped by whole characters,
 * never split inside a UTF-8 sequence. */
static gsize
fc_wordalt_char_len(const char *s)
{
    return strnlen(s, (gsize)g_utf8_skip[*(const guchar *)s]);
}

/* Whether @c needs a backslash outside a character class. */
static gboolean
fc_wordalt_is_meta(char c)
{
    return strchr("\\^$.|?*+()[]{}#", c) != NULL;
}

static void
fc_wordalt_append_literal(GString *out, const char *s, gsize n)
{
    for (gsize i = 0; i < n; i++) {
        if (fc_wordalt_is_meta(s[i]))
            g_string_append_c(out, '\\');
        g_string_append_c(out, s[i]);
    }
}

/* Appends the alternation of words[0..n) (sorted, distinct, all sharing
 * their first @depth bytes) from byte @depth on. */
static void
fc_wordalt_append(GString *out, char **words, guint n, gsize depth)
{
    gboolean optional = words[0][depth] == '\0'; /* sorted: the empty rest is first */
    guint first = optional ? 1 : 0;
    if (first == n)
        return;
    guint groups = 0;
    for (guint i = first; i < n; i++) {
        gsize c = fc_wordalt_char_len(words[i] + depth);
        if (i == first || strncmp(words[i] + depth, words[i - 1] + depth, c) != 0)
            groups++;
    }
    gboolean wrap = optional || groups > 1;
    if (wrap)
        g_string_append(out, "(?:");
    for (guint i = first; i < n;) {
        gsize c = fc_wordalt_char_len(words[i] + depth);
        guint j = i + 1;
        while (j < n && strncmp(words[j] + depth, words[i] + depth, c) == 0)
            j++;
        if (i > first)
            g_string_append_c(out, '|');
        fc_wordalt_append_literal(out, words[i] + depth, c);
        fc_wordalt_append(out, words + i, j - i, depth + c);
        i = j;
    }
    if (wrap)
        g_string_append(out, optional ? ")?" : ")");
}

char *
fc_wordalt_new(const char *words)
{
    g_auto(GStrv) list = g_strsplit(words, "|", -1);
    g_autoptr(GPtrArray) sorted = g_ptr_array_new();
    for (guint i = 0; list[i] != NULL; i++)
        if (list[i][0] != '\0')
            g_ptr_array_add(sorted, list[i]);
    if (sorted->len == 0)
        return g_strdup("");
    g_ptr_array_sort(sorted, fc_wordalt_compare);
    for (guint i = 1; i < sorted->len; i++)
        if (strcmp(g_ptr_array_index(sorted, i), g_ptr_array_index(sorted, i - 1)) == 0)
            g_ptr_array_remove_index(sorted, i--);
    GString *out = g_string_new("(?:");
    fc_wordalt_append(out, (char **)sorted->pdata, sorted->len, 0);
    g_string_append_c(out, ')');
    return g_string_free(out, FALSE);
}
