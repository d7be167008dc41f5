#include "fc-document.h"

#include <string.h>

static GArray *
fc_document_index_lines(const char *text, gsize len)
{
    /* Articles run to some 80 bytes a line; memchr skips between breaks
     * many bytes at a time. */
    GArray *starts = g_array_sized_new(FALSE, FALSE, sizeof(gsize), (guint)MIN(len / 64 + 2, 4096));
    gsize zero = 0;
    g_array_append_val(starts, zero);
    for (const char *p = text, *end = text + len;
         (p = memchr(p, '\n', (gsize)(end - p))) != NULL;) {
        gsize next = (gsize)(++p - text);
        g_array_append_val(starts, next);
    }
    return starts;
}

FcDocument *
fc_document_new(const char *path, char *text, gsize len)
{
    FcDocument *doc = g_new0(FcDocument, 1);
    doc->path = g_strdup(path);
    doc->text = text;
    doc->len = len;
    doc->line_starts = fc_document_index_lines(text, len);
    return doc;
}

void
fc_document_free(FcDocument *doc)
{
    if (doc == NULL)
        return;
    g_free(doc->path);
    g_free(doc->title);
    g_free(doc->date_text);
    g_free(doc->source);
    g_free(doc->url);
    g_free(doc->text);
    g_clear_pointer(&doc->line_starts, g_array_unref);
    g_clear_pointer(&doc->directives, g_ptr_array_unref);
    g_clear_pointer(&doc->superseded, g_array_unref);
    g_free(doc);
}

void
fc_directive_free(FcDirective *d)
{
    if (d == NULL)
        return;
    g_free(d->rule);
    g_free(d);
}

/* Index of the last line that starts at or before @offset. */
static guint
fc_document_find_line(const FcDocument *doc, gsize offset)
{
    const gsize *starts = (const gsize *)(gpointer)doc->line_starts->data;
    guint lo = 0, hi = doc->line_starts->len;
    while (hi - lo > 1) {
        guint mid = lo + (hi - lo) / 2;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static gboolean
fc_document_is_continuation(char c)
{
    return ((guchar)c & 0xC0) == 0x80;
}

void
fc_document_locate(const FcDocument *doc, gsize offset, guint *line, guint *column)
{
    if (line != NULL)
        *line = 0;
    if (column != NULL)
        *column = 0;
    /* Locations are taken with the claims, before the text goes. */
    g_return_if_fail(doc->text != NULL && doc->line_starts != NULL);
    if (offset > doc->len)
        offset = doc->len;
    guint index = fc_document_find_line(doc, offset);
    gsize start = g_array_index(doc->line_starts, gsize, index);
    /* Counting lead bytes rather than decoding keeps this total on any
     * bytes, and an offset inside a character maps to that character. */
    guint col = 1;
    for (gsize i = start; i < offset; i++)
        col += !fc_document_is_continuation(doc->text[i]);
    if (offset < doc->len && offset > start && fc_document_is_continuation(doc->text[offset]))
        col--;
    if (line != NULL)
        *line = index + 1;
    if (column != NULL)
        *column = col;
}

gsize
fc_document_space_len(const char *p, const char *end)
{
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
        return 1;
    if ((guchar)*p < 0x80)
        return 0;
    gunichar c = g_utf8_get_char_validated(p, end - p);
    if (c == (gunichar)-1 || c == (gunichar)-2 || !g_unichar_isspace(c))
        return 0;
    return (gsize)(g_utf8_next_char(p) - p);
}

char *
fc_document_quote(const FcDocument *doc, FcSpan span)
{
    g_return_val_if_fail(doc->text != NULL, NULL);
    gsize start = MIN(span.start, doc->len);
    gsize end = CLAMP(span.end, start, doc->len);
    /* A span cut inside a character must not yield broken UTF-8. */
    while (start < end && fc_document_is_continuation(doc->text[start]))
        start++;
    while (end < doc->len && end > start && fc_document_is_continuation(doc->text[end]))
        end--;
    if (end > start && (guchar)doc->text[end - 1] >= 0xC0)
        end--;

    GString *out = g_string_sized_new(end - start);
    const char *p = doc->text + start;
    const char *stop = doc->text + end;
    gboolean pending_space = FALSE;
    while (p < stop) {
        gsize sp = fc_document_space_len(p, stop);
        if (sp > 0) {
            pending_space = out->len > 0;
            p += sp;
            continue;
        }
        /* Blanked markup leaves a gap before punctuation ("war chest**."):
         * the reader never saw a space there. */
        if (pending_space && strchr(",.;:", *p) == NULL)
            g_string_append_c(out, ' ');
        pending_space = FALSE;
        g_string_append_c(out, *p++);
    }
    return g_string_free(out, FALSE);
}

void
fc_document_release_text(FcDocument *doc)
{
    g_clear_pointer(&doc->text, g_free);
    g_clear_pointer(&doc->line_starts, g_array_unref);
}

gboolean
fc_document_superseded(const FcDocument *doc, gsize offset)
{
    if (doc->superseded == NULL)
        return FALSE;
    /* The spans are sorted and apart: the last one starting at or
     * before @offset is the only one that may hold it. */
    guint lo = 0, hi = doc->superseded->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(doc->superseded, FcSpan, mid).start <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && offset < g_array_index(doc->superseded, FcSpan, lo - 1).end;
}

void
fc_locator_init(FcLocator *loc, const FcDocument *doc)
{
    loc->doc = doc;
    loc->offset = 0;
    loc->line = 1;
    loc->column = 1;
}

void
fc_locator_locate(FcLocator *loc, gsize offset, guint *line, guint *column)
{
    const FcDocument *doc = loc->doc;
    if (doc->line_starts == NULL) {
        fc_document_locate(doc, offset, line, column); /* says what is wrong */
        return;
    }
    gsize next_line = loc->line < doc->line_starts->len
                          ? g_array_index(doc->line_starts, gsize, loc->line)
                          : doc->len + 1;
    gboolean forward = doc->text != NULL && offset >= loc->offset && offset < next_line &&
                       offset <= doc->len && loc->offset > 0;
    if (forward) {
        for (gsize i = loc->offset; i < offset; i++)
            loc->column += !fc_document_is_continuation(doc->text[i]);
    } else {
        fc_document_locate(doc, offset, &loc->line, &loc->column);
    }
    loc->offset = offset;
    *line = loc->line;
    *column = loc->column;
}
