#include "fc-frontmatter.h"

#include "fc-markdown.h"

#include <string.h>

static gboolean
fc_frontmatter_line_is(const char *t, gsize start, gsize end, const char *word)
{
    start = fc_markdown_skip_blanks(t, start, end);
    end = fc_markdown_trim_end(t, start, end);
    gsize n = strlen(word);
    return end - start == n && memcmp(t + start, word, n) == 0;
}

/* YAML scalars as front matter writes them: "double" (with \" and \\),
 * 'single' (with ''), or plain with an optional trailing # comment. */
static char *
fc_frontmatter_unquote(const char *v, gsize n)
{
    if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
        GString *s = g_string_sized_new(n);
        for (gsize i = 1; i + 1 < n; i++) {
            if (v[0] == '"' && v[i] == '\\' && i + 2 < n)
                i++;
            else if (v[0] == '\'' && v[i] == '\'' && v[i + 1] == '\'' && i + 2 < n)
                i++;
            g_string_append_c(s, v[i]);
        }
        return g_string_free(s, FALSE);
    }
    for (gsize i = 1; i < n; i++) {
        if (v[i] == '#' && fc_markdown_is_blank_char(v[i - 1])) {
            n = i;
            break;
        }
    }
    while (n > 0 && fc_markdown_is_blank_char(v[n - 1]))
        n--;
    return g_strndup(v, n);
}

static char **
fc_frontmatter_field(FcDocument *doc, const char *key, gsize key_len)
{
    static const struct {
        const char *name;
        gsize offset;
    } fields[] = {
        {"title", G_STRUCT_OFFSET(FcDocument, title)},
        {"date", G_STRUCT_OFFSET(FcDocument, date_text)},
        {"source", G_STRUCT_OFFSET(FcDocument, source)},
        {"url", G_STRUCT_OFFSET(FcDocument, url)},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
        if (strlen(fields[i].name) == key_len &&
            g_ascii_strncasecmp(fields[i].name, key, key_len) == 0)
            return G_STRUCT_MEMBER_P(doc, fields[i].offset);
    }
    return NULL;
}

static void
fc_frontmatter_read_field(FcDocument *doc, gsize start, gsize end)
{
    const char *t = doc->text;
    start = fc_markdown_skip_blanks(t, start, end);
    end = fc_markdown_trim_end(t, start, end);
    const char *colon = memchr(t + start, ':', end - start);
    if (colon == NULL || t[start] == '#')
        return;
    gsize key_end = fc_markdown_trim_end(t, start, (gsize)(colon - t));
    char **field = fc_frontmatter_field(doc, t + start, key_end - start);
    gsize value = fc_markdown_skip_blanks(t, (gsize)(colon - t) + 1, end);
    if (field == NULL || value == end)
        return;
    g_autofree char *text = fc_frontmatter_unquote(t + value, end - value);
    if (*text == '\0')
        return;
    /* Duplicate keys: the last one wins, as with common YAML loaders. */
    g_free(*field);
    *field = g_steal_pointer(&text);
}

/* Offset of the line that closes the block opened at @from, or len. */
static gsize
fc_frontmatter_find_end(const char *t, gsize len, gsize from)
{
    for (gsize line = from; line < len;) {
        gsize end = fc_markdown_line_end(t, len, line);
        if (fc_frontmatter_line_is(t, line, end, "---") ||
            fc_frontmatter_line_is(t, line, end, "..."))
            return line;
        line = end + 1;
    }
    return len;
}

void
fc_frontmatter_read(FcDocument *doc)
{
    const char *t = doc->text;
    gsize first_end = fc_markdown_line_end(t, doc->len, 0);
    /* The first line may hold a blanked BOM before the fence. */
    if (!fc_frontmatter_line_is(t, 0, first_end, "---") || first_end == doc->len)
        return;
    gsize close = fc_frontmatter_find_end(t, doc->len, first_end + 1);
    if (close == doc->len)
        return;
    for (gsize line = first_end + 1; line < close;) {
        gsize end = fc_markdown_line_end(t, doc->len, line);
        fc_frontmatter_read_field(doc, line, end);
        line = end + 1;
    }
    if (doc->date_text != NULL && !fc_time_parse_iso(doc->date_text, &doc->date))
        memset(&doc->date, 0, sizeof doc->date);
    gsize close_end = fc_markdown_line_end(t, doc->len, close);
    fc_markdown_blank(doc->text, 0, close_end);
    doc->body_start = MIN(close_end + 1, doc->len);
}
