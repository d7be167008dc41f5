/* GitHub Actions workflow commands: annotations on the lines of a pull
 * request.  One line per finding, at its main evidence; the other evidence
 * and the explanation follow in the message (GitHub shows "%0A" as a line
 * break). */
#include "fc-report.h"

/* Workflow-command escaping: data needs %, CR and LF encoded; property
 * values (file, title) also ':' and ','.  Control characters from the
 * corpus become '?' so an article cannot inject a command of its own. */
static void
fc_github_put(GString *out, const char *s, gboolean property)
{
    for (const char *p = s; *p != '\0'; p++) {
        switch (*p) {
        case '%':
            g_string_append(out, "%25");
            break;
        case '\r':
            g_string_append(out, "%0D");
            break;
        case '\n':
            g_string_append(out, "%0A");
            break;
        case ':':
            g_string_append(out, property ? "%3A" : ":");
            break;
        case ',':
            g_string_append(out, property ? "%2C" : ",");
            break;
        default:
            g_string_append_c(out, (guchar)*p < 0x20 || *p == 0x7F ? '?' : *p);
        }
    }
}

static const char *
fc_github_level(FcSeverity s)
{
    return s == FC_SEVERITY_ERROR ? "error" : s == FC_SEVERITY_WARNING ? "warning" : "notice";
}

static void
fc_github_command(GString *out, const char *level, const char *file, guint line, guint col,
                  const char *title, const char *message)
{
    g_string_append_printf(out, "::%s file=", level);
    fc_github_put(out, file, TRUE);
    g_string_append_printf(out, ",line=%u", line);
    if (col > 0)
        g_string_append_printf(out, ",col=%u", col);
    g_string_append(out, ",title=");
    fc_github_put(out, title, TRUE);
    g_string_append(out, "::");
    fc_github_put(out, message, FALSE);
    g_string_append_c(out, '\n');
}

static void
fc_github_finding(GString *out, const FcFinding *f)
{
    const FcClaim *main = g_ptr_array_index(f->claims, 0);
    GString *msg = g_string_new(f->message);
    for (guint i = 0; i < f->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(f->claims, i);
        g_autofree char *value = fc_claim_value_label(c);
        g_string_append_printf(msg, "\n%s:%u:%u: %s %s = %s", c->document, c->line, c->column,
                               c->entity, c->attribute, value);
    }
    g_string_append_printf(msg, "\nwhy: %s", f->rule->explanation);
    g_autofree char *title = g_strdup_printf("[%s] %s", f->rule->id, f->rule->title);
    g_autofree char *text = g_string_free(msg, FALSE);
    fc_github_command(out, fc_github_level(f->rule->severity), main->document, main->line,
                      main->column, title, text);
}

char *
fc_report_github(const FcReport *report, const GPtrArray *notices)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < report->findings->len; i++)
        fc_github_finding(out, g_ptr_array_index(report->findings, i));
    for (guint i = 0; notices != NULL && i < notices->len; i++) {
        const FcNotice *n = g_ptr_array_index(notices, i);
        fc_github_command(out, "warning", n->path, n->line, 0, n->rule, n->message);
    }
    return g_string_free(out, FALSE);
}
