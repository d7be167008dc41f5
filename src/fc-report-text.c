/* Compiler-style text: "path:line:col: severity: [rule] message", the
 * evidence indented under it, and a one-line summary. */
#include "fc-report.h"

/* Appends corpus text for a terminal: control characters (C0, DEL, C1)
 * become '?', so an article can never drive the reader's terminal with
 * escape sequences. */
static void
fc_text_put(GString *out, const char *s)
{
    for (const char *p = s; *p != '\0'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
            g_string_append_c(out, '?');
        else
            g_string_append_unichar(out, c);
    }
}

static void
fc_text_claim_line(GString *out, const FcClaim *c, const char *indent)
{
    g_autofree char *value = fc_claim_value_label(c);
    g_autofree char *when = fc_report_claim_time(c);
    g_autofree char *qualifiers = fc_report_claim_qualifiers(c);
    g_string_append_printf(out, "%s", indent);
    fc_text_put(out, c->document);
    g_string_append_printf(out, ":%u:%u: ", c->line, c->column);
    fc_text_put(out, c->entity);
    g_string_append_printf(out, " %s", c->attribute);
    if (c->counterpart != NULL) {
        g_string_append(out, " (");
        fc_text_put(out, c->counterpart);
        g_string_append_c(out, ')');
    }
    g_string_append(out, " = ");
    fc_text_put(out, value);
    /* "prior" tells a former chief executive from the current one. */
    g_string_append_printf(out, " [%s, %s%s%s]\n%s    \"", when, fc_status_name(c->status),
                           qualifiers != NULL ? ", " : "", qualifiers != NULL ? qualifiers : "",
                           indent);
    fc_text_put(out, c->quote);
    g_string_append(out, "\"\n");
}

static void
fc_text_finding(GString *out, const FcFinding *f)
{
    const FcClaim *main = g_ptr_array_index(f->claims, 0);
    g_string_append_printf(out, "%s:%u:%u: %s: [%s] %s\n", main->document, main->line, main->column,
                           fc_severity_name(f->rule->severity), f->rule->id, f->message);
    for (guint i = 0; i < f->claims->len; i++)
        fc_text_claim_line(out, g_ptr_array_index(f->claims, i), "  ");
    g_string_append_printf(out, "  why: %s\n\n", f->rule->explanation);
}

static void
fc_text_summary(GString *out, const FcReport *r)
{
    guint n[3];
    fc_report_count(r, n);
    g_string_append_printf(out, "%u document%s, %u claim%s: %u error%s, %u warning%s, %u info",
                           r->corpus->documents->len, r->corpus->documents->len == 1 ? "" : "s",
                           r->claims->len, r->claims->len == 1 ? "" : "s", n[2],
                           n[2] == 1 ? "" : "s", n[1], n[1] == 1 ? "" : "s", n[0]);
    if (r->corpus->skipped > 0)
        g_string_append_printf(out, " (%u file%s of other kinds skipped)", r->corpus->skipped,
                               r->corpus->skipped == 1 ? "" : "s");
    g_string_append_c(out, '\n');
}

char *
fc_report_text(const FcReport *report)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < report->findings->len; i++)
        fc_text_finding(out, g_ptr_array_index(report->findings, i));
    fc_text_summary(out, report);
    return g_string_free(out, FALSE);
}

char *
fc_report_claims_text(const FcReport *report)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < report->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(report->claims, i);
        fc_text_claim_line(out, c, "");
        g_string_append_printf(out, "    rule: %s%s%s\n", c->rule, c->event ? ", event: " : "",
                               c->event ? c->event : "");
    }
    g_string_append_printf(out, "%u claim%s in %u document%s\n", report->claims->len,
                           report->claims->len == 1 ? "" : "s", report->corpus->documents->len,
                           report->corpus->documents->len == 1 ? "" : "s");
    return g_string_free(out, FALSE);
}
