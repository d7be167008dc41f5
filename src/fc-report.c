#include "fc-report.h"

#include <math.h>
#include <string.h>

char *
fc_report_claim_time(const FcClaim *c)
{
    if (!fc_time_is_known(&c->time))
        return g_strdup("undated");
    return fc_time_format(&c->time);
}

void
fc_report_count(const FcReport *report, guint counts[3])
{
    counts[0] = counts[1] = counts[2] = 0;
    for (guint i = 0; i < report->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(report->findings, i);
        counts[f->rule->severity]++;
    }
}

/* "11,700,000,000" for whole numbers, else up to ten significant digits;
 * never the locale's separators, so that output does not depend on who
 * runs the tool. */
static void
fc_report_append_number(GString *out, double x, gboolean group)
{
    if (x != floor(x) || fabs(x) >= 1e15) {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.10g", x));
        return;
    }
    g_autofree char *digits = g_strdup_printf("%.0f", fabs(x));
    gsize n = strlen(digits);
    if (x < 0)
        g_string_append(out, "−");
    for (gsize i = 0; i < n; i++) {
        if (group && i > 0 && (n - i) % 3 == 0)
            g_string_append_c(out, ',');
        g_string_append_c(out, digits[i]);
    }
}

/* Years are written as years ("2021"), everything else grouped. */
static void
fc_report_append_interval(GString *out, const FcValue *v)
{
    gboolean lo = isfinite(v->low), hi = isfinite(v->high);
    gboolean group = v->unit != FC_UNIT_YEAR;
    if (lo && hi && v->low == v->high) {
        fc_report_append_number(out, v->low, group);
        return;
    }
    g_string_append(out, lo ? "[" : "(−∞");
    if (lo)
        fc_report_append_number(out, v->low, group);
    g_string_append(out, " … ");
    if (hi)
        fc_report_append_number(out, v->high, group);
    g_string_append(out, hi ? "]" : "+∞)");
}

char *
fc_report_value_interval(const FcClaim *c)
{
    const FcValue *v = &c->value;
    if (v->unit == FC_UNIT_NONE)
        return g_strdup(c->value_entity != NULL ? c->value_entity : c->value_text);
    GString *out = g_string_new(v->approx ? "≈ " : "");
    if (v->unit == FC_UNIT_YEAR)
        g_string_append(out, "year ");
    fc_report_append_interval(out, v);
    if (v->unit != FC_UNIT_YEAR && v->unit != FC_UNIT_COUNT)
        g_string_append_printf(out, " %s", fc_unit_name(v->unit));
    return g_string_free(out, FALSE);
}

char *
fc_report_claim_qualifiers(const FcClaim *c)
{
    GString *out = g_string_new(NULL);
    for (guint f = 1; f != 0 && f <= c->flags; f <<= 1) {
        const char *name = (c->flags & f) ? fc_claim_flag_name(f) : NULL;
        if (name != NULL)
            g_string_append_printf(out, "%s%s", out->len > 0 ? ", " : "", name);
    }
    if (out->len == 0) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

/* Bytes of the white space at @p (ASCII or Unicode, as quotes collapse
 * it), 0 when there is none or the bytes are not valid UTF-8. */
static gsize
fc_report_space_len(const char *p)
{
    if (*p == '\0')
        return 0;
    if (g_ascii_isspace(*p))
        return 1;
    gunichar c = g_utf8_get_char_validated(p, -1);
    if (c == (gunichar)-1 || c == (gunichar)-2 || !g_unichar_isspace(c))
        return 0;
    return (gsize)(g_utf8_next_char(p) - p);
}

static const char *
fc_report_skip_space(const char *p)
{
    gsize n;
    while ((n = fc_report_space_len(p)) > 0)
        p += n;
    return p;
}

/* Matches @value at @q, white space ignored; the end of the match or
 * NULL. */
static const char *
fc_report_match_at(const char *q, const char *value)
{
    const char *v = fc_report_skip_space(value);
    while (*v != '\0') {
        q = fc_report_skip_space(q);
        if (*q != *v)
            return NULL;
        q++;
        v = fc_report_skip_space(v + 1);
        /* Inside a multi-byte character bytes match one by one, and
         * continuation bytes are never white space. */
    }
    return q;
}

gboolean
fc_report_find_value(const char *quote, const char *value, guint nth, gsize *start, gsize *end)
{
    if (*fc_report_skip_space(value) == '\0')
        return FALSE;
    gboolean found = FALSE;
    guint count = 0;
    for (const char *p = quote; *p != '\0' && count <= nth;) {
        const char *e = fc_report_space_len(p) == 0 ? fc_report_match_at(p, value) : NULL;
        if (e == NULL) {
            p++;
            continue;
        }
        *start = (gsize)(p - quote);
        *end = (gsize)(e - quote);
        found = TRUE;
        count++;
        p = e;
    }
    return found;
}
