#include "fc-report-annotate.h"

#include "fc-escape.h"

#include <string.h>

typedef struct {
    GString *out;
    const FcReportView *view;
    const FcDocument *doc;
    guint doc_index;
    GPtrArray *claims;       /* const FcClaim* of this document, by offset */
    guint next;              /* first claim not yet marked */
    gsize mark_end;          /* end of the open mark, 0 when none is open */
    gboolean pending_space;  /* white space seen since the last character */
    gboolean open_paragraph; /* a <p> is open */
} FcAnnotate;

static void
fc_annotate_open_paragraph(FcAnnotate *a)
{
    if (!a->open_paragraph)
        g_string_append(a->out, "<p dir=\"auto\">");
    a->open_paragraph = TRUE;
}

static void
fc_annotate_close_paragraph(FcAnnotate *a)
{
    if (a->open_paragraph)
        g_string_append(a->out, "</p>\n");
    a->open_paragraph = FALSE;
    a->pending_space = FALSE;
}

/* Byte length of the value a claim was read from, as it stands in the
 * text (0 when the text does not hold it there). */
static gsize
fc_annotate_value_len(const FcDocument *doc, const FcClaim *c)
{
    gsize n = strlen(c->value_text);
    if (c->offset > doc->len || doc->len - c->offset < n ||
        memcmp(doc->text + c->offset, c->value_text, n) != 0)
        return 0;
    return n;
}

static void
fc_annotate_title(FcAnnotate *a, const FcClaim *c, gboolean first)
{
    g_autofree char *label = fc_claim_value_label(c);
    g_autofree char *when = fc_report_claim_time(c);
    g_autoptr(GString) t = g_string_new(first ? "" : "; ");
    g_string_append_printf(t, "%s · %s", c->entity, c->attribute);
    if (c->counterpart != NULL)
        g_string_append_printf(t, " (%s)", c->counterpart);
    g_string_append_printf(t, " = %s, %s, %s", label, when, fc_status_name(c->status));
    const FcFinding *f = fc_report_view_flag(a->view, c);
    if (f != NULL)
        g_string_append_printf(t, " — F%u %s", fc_report_view_number(a->view, f),
                               fc_severity_name(f->rule->severity));
    fc_escape_html_append(a->out, t->str, (gssize)t->len);
}

/* Opens one mark for every claim read from the value at @offset; the
 * mark takes the colour of the most severe finding among them. */
static void
fc_annotate_open_mark(FcAnnotate *a, gsize offset, gsize limit)
{
    guint first = a->next, last = a->next;
    gsize end = offset;
    int severity = -1;
    for (; last < a->claims->len; last++) {
        const FcClaim *c = g_ptr_array_index(a->claims, last);
        if (c->offset != offset)
            break;
        end = MAX(end, offset + fc_annotate_value_len(a->doc, c));
        const FcFinding *f = fc_report_view_flag(a->view, c);
        if (f != NULL && (int)f->rule->severity > severity)
            severity = (int)f->rule->severity;
    }
    a->next = last;
    if (end == offset)
        return;
    a->mark_end = MIN(end, limit);
    g_string_append(a->out, "<mark class=\"c");
    if (severity >= 0)
        g_string_append_printf(a->out, " flag-%s", fc_severity_name((FcSeverity)severity));
    g_string_append(a->out, "\" title=\"");
    for (guint i = first; i < last; i++)
        fc_annotate_title(a, g_ptr_array_index(a->claims, i), i == first);
    g_string_append(a->out, "\">");
}

/* Where the next run of plain characters from @p must stop: white space,
 * the start of the next mark or the end of the open one. */
static gsize
fc_annotate_run_end(const FcAnnotate *a, gsize p, gsize limit)
{
    const char *text = a->doc->text;
    gsize stop = limit;
    if (a->mark_end > 0)
        stop = MIN(stop, a->mark_end);
    if (a->next < a->claims->len) {
        const FcClaim *c = g_ptr_array_index(a->claims, a->next);
        if (c->offset > p)
            stop = MIN(stop, c->offset);
    }
    gsize q = p;
    while (q < stop && fc_document_space_len(text + q, text + limit) == 0)
        q++;
    /* Always progress, by a whole character. */
    if (q == p)
        q = p + MAX(1, g_utf8_skip[(guchar)text[p]]);
    return MIN(q, limit);
}

/* Skips claims that start before @p: their value lies in text already
 * written (a mark that could not be opened, or outside any sentence). */
static void
fc_annotate_skip_claims(FcAnnotate *a, gsize p)
{
    while (a->next < a->claims->len) {
        const FcClaim *c = g_ptr_array_index(a->claims, a->next);
        if (c->offset >= p)
            break;
        a->next++;
    }
}

static void
fc_annotate_char_run(FcAnnotate *a, gsize p, gsize q)
{
    const char *text = a->doc->text;
    if (a->pending_space && strchr(",.;:", text[p]) == NULL)
        g_string_append_c(a->out, ' ');
    a->pending_space = FALSE;
    fc_annotate_open_paragraph(a);
    fc_escape_html_append(a->out, text + p, (gssize)(q - p));
}

/* Writes text[from, to) collapsed and escaped, with its claims marked. */
static void
fc_annotate_text(FcAnnotate *a, gsize from, gsize to)
{
    const char *text = a->doc->text;
    gsize p = from;
    while (p < to) {
        if (a->mark_end > 0 && p >= a->mark_end) {
            g_string_append(a->out, "</mark>");
            a->mark_end = 0;
        }
        gsize space = fc_document_space_len(text + p, text + to);
        if (space > 0) {
            a->pending_space = TRUE;
            p += space;
            continue;
        }
        fc_annotate_skip_claims(a, p);
        if (a->mark_end == 0 && a->next < a->claims->len &&
            ((const FcClaim *)g_ptr_array_index(a->claims, a->next))->offset == p) {
            if (a->pending_space)
                g_string_append_c(a->out, ' ');
            a->pending_space = FALSE;
            fc_annotate_open_mark(a, p, to);
        }
        gsize q = fc_annotate_run_end(a, p, to);
        fc_annotate_char_run(a, p, q);
        p = q;
    }
    if (a->mark_end > 0) {
        g_string_append(a->out, "</mark>");
        a->mark_end = 0;
    }
}

static gboolean
fc_annotate_is_blank(const FcAnnotate *a, gsize from, gsize to)
{
    const char *text = a->doc->text;
    for (gsize p = from; p < to;) {
        gsize n = fc_document_space_len(text + p, text + to);
        if (n == 0)
            return FALSE;
        p += n;
    }
    return TRUE;
}

/* Between two sentences: a blank line ends the paragraph, a single line
 * end is a line break, anything else a space. */
static void
fc_annotate_gap(FcAnnotate *a, gsize from, gsize to)
{
    guint newlines = 0;
    for (gsize i = from; i < to; i++)
        newlines += a->doc->text[i] == '\n';
    if (newlines >= 2) {
        fc_annotate_close_paragraph(a);
    } else if (newlines == 1 && a->open_paragraph) {
        g_string_append(a->out, "<br>\n");
        a->pending_space = FALSE;
    } else {
        a->pending_space = a->open_paragraph && from < to;
    }
    /* Text no sentence holds is still shown, never silently dropped. */
    if (!fc_annotate_is_blank(a, from, to))
        fc_annotate_text(a, from, to);
}

static void
fc_annotate_sentence(FcAnnotate *a, const FcSpan *span, guint number)
{
    g_autofree char *anchor = fc_report_view_sentence_anchor(a->view, a->doc_index, number);
    if (a->pending_space)
        g_string_append_c(a->out, ' ');
    a->pending_space = FALSE;
    fc_annotate_open_paragraph(a);
    g_string_append_printf(a->out, "<span class=\"s\" id=\"%s\">", anchor);
    fc_annotate_text(a, span->start, span->end);
    a->pending_space = FALSE;
    g_string_append(a->out, "</span>");
}

void
fc_report_annotate(GString *out, const FcReportView *view, guint doc_index, const GArray *sentences)
{
    const FcDocument *doc = g_ptr_array_index(view->report->corpus->documents, doc_index);
    g_autoptr(GPtrArray) claims = g_ptr_array_new();
    for (guint i = 0; i < view->report->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(view->report->claims, i);
        if (c->doc_index == doc_index)
            g_ptr_array_add(claims, (gpointer)c);
    }
    FcAnnotate a = {out, view, doc, doc_index, claims, 0, 0, FALSE, FALSE};
    gsize at = MIN(doc->body_start, doc->len);
    for (guint i = 0; i < sentences->len; i++) {
        const FcSpan *span = &g_array_index(sentences, FcSpan, i);
        if (span->start < at || span->end > doc->len)
            continue;
        fc_annotate_gap(&a, at, span->start);
        fc_annotate_sentence(&a, span, i);
        at = span->end;
    }
    fc_annotate_gap(&a, at, doc->len);
    fc_annotate_close_paragraph(&a);
}
