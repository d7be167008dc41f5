#include "fc-report-svg.h"

#include "fc-escape.h"

#include <math.h>
#include <string.h>

#define FC_SVG_W 760.0
#define FC_SVG_H 300.0
#define FC_SVG_LEFT 64.0
#define FC_SVG_RIGHT 24.0
#define FC_SVG_TOP 34.0
#define FC_SVG_BOTTOM 34.0
#define FC_SVG_MAX_LABELS 64

typedef struct {
    double t0, t1; /* Julian days at the plot's left and right edges */
    double l0, l1; /* log10 of the values at the bottom and top */
    double lx[FC_SVG_MAX_LABELS], ly[FC_SVG_MAX_LABELS], lw[FC_SVG_MAX_LABELS];
    guint labels; /* number labels placed so far */
} FcSvgScale;

static double
fc_svg_x(const FcSvgScale *s, double day)
{
    return FC_SVG_LEFT + (day - s->t0) / (s->t1 - s->t0) * (FC_SVG_W - FC_SVG_LEFT - FC_SVG_RIGHT);
}

static double
fc_svg_y(const FcSvgScale *s, double value)
{
    double plot = FC_SVG_H - FC_SVG_TOP - FC_SVG_BOTTOM;
    return FC_SVG_TOP + (s->l1 - log10(value)) / (s->l1 - s->l0) * plot;
}

/* Coordinates with one decimal, never the locale's comma. */
static void
fc_svg_num(GString *out, double x)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.1f", x));
}

static void G_GNUC_PRINTF(2, 3) fc_svg_printf(GString *out, const char *format, ...);

/* printf where every %f is written by fc_svg_num() ("%f" only, no
 * widths): SVG needs '.' decimals whatever the locale. */
static void
fc_svg_printf(GString *out, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    for (const char *p = format; *p != '\0'; p++) {
        if (*p != '%') {
            g_string_append_c(out, *p);
            continue;
        }
        p++;
        if (*p == 'f')
            fc_svg_num(out, va_arg(ap, double));
        else if (*p == 's')
            g_string_append(out, va_arg(ap, const char *));
        else if (*p == 'u')
            g_string_append_printf(out, "%u", va_arg(ap, guint));
        else
            g_string_append_c(out, *p);
    }
    va_end(ap);
}

/* ---- scales ------------------------------------------------------------- */

static double
fc_svg_low(const FcClaim *c)
{
    return isfinite(c->value.low) && c->value.low > 0 ? c->value.low : fc_value_point(&c->value);
}

static double
fc_svg_high(const FcClaim *c)
{
    return isfinite(c->value.high) ? c->value.high : fc_value_point(&c->value);
}

static void
fc_svg_fit(FcSvgScale *s, const GPtrArray *money)
{
    double t0 = G_MAXDOUBLE, t1 = 0, v0 = G_MAXDOUBLE, v1 = 0;
    for (guint i = 0; i < money->len; i++) {
        const FcClaim *c = g_ptr_array_index(money, i);
        t0 = MIN(t0, c->time.lo);
        t1 = MAX(t1, c->time.hi + 1.0);
        v0 = MIN(v0, fc_svg_low(c));
        v1 = MAX(v1, fc_svg_high(c));
    }
    /* At least two months wide, and a margin so that no mark sits on an
     * axis. */
    if (t1 - t0 < 60) {
        double mid = (t0 + t1) / 2;
        t0 = mid - 30;
        t1 = mid + 30;
    }
    double pad = (t1 - t0) * 0.05;
    s->t0 = t0 - pad;
    s->t1 = t1 + pad;
    s->l0 = floor(log10(v0));
    s->l1 = ceil(log10(v1));
    if (s->l1 - s->l0 < 1)
        s->l1 = s->l0 + 1;
    s->labels = 0;
}

/* "500m", "2bn", "1tn". */
static void
fc_svg_magnitude(GString *out, double v)
{
    static const struct {
        double scale;
        const char *suffix;
    } units[] = {{1e12, "tn"}, {1e9, "bn"}, {1e6, "m"}, {1e3, "k"}, {1, ""}};
    for (guint i = 0; i < G_N_ELEMENTS(units); i++) {
        if (v >= units[i].scale || units[i].scale == 1) {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];
            g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%g", v / units[i].scale));
            g_string_append(out, units[i].suffix);
            return;
        }
    }
}

static void
fc_svg_y_axis(GString *out, const FcSvgScale *s)
{
    /* Decades only, unless there are few of them: then 2 and 5 too. */
    static const double steps[] = {1, 2, 5};
    guint per = s->l1 - s->l0 <= 2 ? 3 : 1;
    for (double k = s->l0; k <= s->l1; k++) {
        for (guint i = 0; i < per; i++) {
            double v = steps[i] * pow(10, k);
            if (log10(v) > s->l1 + 1e-9)
                break;
            double y = fc_svg_y(s, v);
            fc_svg_printf(out, "<line class=\"grid\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>",
                          FC_SVG_LEFT, y, FC_SVG_W - FC_SVG_RIGHT, y);
            fc_svg_printf(out, "<text class=\"tick\" x=\"%f\" y=\"%f\" text-anchor=\"end\">",
                          FC_SVG_LEFT - 6, y + 4);
            fc_svg_magnitude(out, v);
            g_string_append(out, "</text>\n");
        }
    }
}

/* Months between ticks: 1, 3, 12 or more, for at most about ten ticks. */
static guint
fc_svg_month_step(const FcSvgScale *s)
{
    double months = (s->t1 - s->t0) / 30.44;
    if (months <= 10)
        return 1;
    if (months <= 30)
        return 3;
    guint years = (guint)ceil(months / 12 / 10);
    return 12 * MAX(years, 1u);
}

static void
fc_svg_x_tick(GString *out, const FcSvgScale *s, const GDate *d, guint step)
{
    double x = fc_svg_x(s, g_date_get_julian(d));
    fc_svg_printf(out, "<line class=\"grid\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>", x,
                  FC_SVG_TOP, x, FC_SVG_H - FC_SVG_BOTTOM);
    fc_svg_printf(out, "<text class=\"tick\" x=\"%f\" y=\"%f\" text-anchor=\"middle\">", x,
                  FC_SVG_H - FC_SVG_BOTTOM + 16);
    if (step >= 12)
        g_string_append_printf(out, "%d", g_date_get_year(d));
    else
        g_string_append_printf(out, "%d-%02d", g_date_get_year(d), g_date_get_month(d));
    g_string_append(out, "</text>\n");
}

static void
fc_svg_x_axis(GString *out, const FcSvgScale *s)
{
    guint step = fc_svg_month_step(s), grid = MIN(step, 12u), years = step / 12;
    GDate d;
    g_date_clear(&d, 1);
    g_date_set_julian(&d, (guint32)ceil(s->t0));
    g_date_set_day(&d, 1);
    /* The first month start inside the plot on the step's grid: every
     * month, every quarter, every January, every few Januaries. */
    while (g_date_get_julian(&d) < s->t0 || (g_date_get_month(&d) - 1) % grid != 0 ||
           (years > 1 && g_date_get_year(&d) % years != 0))
        g_date_add_months(&d, 1);
    while (g_date_get_julian(&d) <= s->t1) {
        fc_svg_x_tick(out, s, &d, step);
        g_date_add_months(&d, step);
    }
}

/* ---- marks -------------------------------------------------------------- */

/* One shape per attribute, centred on the origin, about 10 px across. */
static const char *
fc_svg_shape(const char *attribute)
{
    static const struct {
        const char *attribute, *path;
    } shapes[] = {
        {"valuation", "M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0z"},
        {"round_size", "M-4.5,-4.5h9v9h-9z"},
        {"investment", "M0,-6l6,6l-6,6l-6,-6z"},
        {"total_raised", "M0,-6l6,10h-12z"},
        {"revenue", "M0,6l6,-10h-12z"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(shapes); i++)
        if (strcmp(attribute, shapes[i].attribute) == 0)
            return shapes[i].path;
    return shapes[0].path;
}

static gboolean
fc_svg_overlaps(const FcSvgScale *s, double x, double y, double w)
{
    for (guint i = 0; i < s->labels; i++)
        if (x < s->lx[i] + s->lw[i] + 3 && s->lx[i] < x + w + 3 && fabs(s->ly[i] - y) < 12)
            return TRUE;
    return FALSE;
}

/* Where a label @w wide goes next to the mark at (@x, @y): upper right
 * first, then the other corners, then further up and down, never outside
 * the plot and never on another label. */
static void
fc_svg_place(FcSvgScale *s, double x, double y, double w, double *lx, double *ly)
{
    const double top = FC_SVG_TOP + 11, bottom = FC_SVG_H - FC_SVG_BOTTOM - 3;
    const double right = FC_SVG_W - FC_SVG_RIGHT - w - 2;
    for (guint i = 0; i < 40; i++) {
        double ring = 12.0 * (i / 4);
        *lx = CLAMP((i % 2 == 0) ? x + 8 : x - 8 - w, FC_SVG_LEFT + 2, right);
        *ly = CLAMP((i % 4 < 2) ? y - 7 - ring : y + 15 + ring, top, bottom);
        if (!fc_svg_overlaps(s, *lx, *ly, w))
            break;
    }
    if (s->labels < FC_SVG_MAX_LABELS) {
        s->lx[s->labels] = *lx;
        s->ly[s->labels] = *ly;
        s->lw[s->labels++] = w;
    }
}

static void
fc_svg_point(const FcSvgScale *s, const FcClaim *c, double *x, double *y)
{
    *x = fc_svg_x(s, (c->time.lo + c->time.hi + 1.0) / 2);
    *y = fc_svg_y(s, fc_value_point(&c->value));
}

/* Numbers the marks: one label for a run of marks drawn on the same spot
 * ("20–26"), in the conflict colour when a finding cites any of them. */
static void
fc_svg_labels(GString *out, const FcReportView *view, FcSvgScale *s, const GPtrArray *money)
{
    for (guint i = 0; i < money->len;) {
        double x, y, nx, ny;
        fc_svg_point(s, g_ptr_array_index(money, i), &x, &y);
        gboolean conflict = FALSE;
        guint j = i;
        for (;; j++) {
            conflict = conflict || fc_report_view_flag(view, g_ptr_array_index(money, j)) != NULL;
            if (j + 1 >= money->len)
                break;
            fc_svg_point(s, g_ptr_array_index(money, j + 1), &nx, &ny);
            if (fabs(nx - x) > 0.5 || fabs(ny - y) > 0.5)
                break;
        }
        g_autofree char *text =
            j > i ? g_strdup_printf("%u–%u", i + 1, j + 1) : g_strdup_printf("%u", i + 1);
        double lx, ly;
        fc_svg_place(s, x, y, 7.0 * (double)g_utf8_strlen(text, -1), &lx, &ly);
        fc_svg_printf(out, "<text class=\"num%s\" x=\"%f\" y=\"%f\">%s</text>\n",
                      conflict ? " conflict" : "", lx, ly, text);
        i = j + 1;
    }
}

static void
fc_svg_extent(GString *out, const FcSvgScale *s, const FcClaim *c, double x, double y)
{
    if (c->time.hi > c->time.lo)
        fc_svg_printf(out, "<line class=\"span\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>",
                      fc_svg_x(s, c->time.lo), y, fc_svg_x(s, c->time.hi + 1.0), y);
    gboolean lo = isfinite(c->value.low) && c->value.low > 0, hi = isfinite(c->value.high);
    if (lo && hi && c->value.high > c->value.low)
        fc_svg_printf(out, "<line class=\"range\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>", x,
                      fc_svg_y(s, c->value.low), x, fc_svg_y(s, c->value.high));
    else if (lo != hi)
        fc_svg_printf(out, "<line class=\"open\" x1=\"%f\" y1=\"%f\" x2=\"%f\" y2=\"%f\"/>", x, y,
                      x, hi ? FC_SVG_H - FC_SVG_BOTTOM : FC_SVG_TOP);
}

static void
fc_svg_title(GString *out, const FcClaim *c, guint number)
{
    g_autofree char *label = fc_claim_value_label(c);
    g_autofree char *when = fc_report_claim_time(c);
    g_autofree char *text = g_strdup_printf(
        "%u. %s %s%s%s%s = %s, %s, %s — %s:%u", number, c->entity, c->attribute,
        c->counterpart ? " (" : "", c->counterpart ? c->counterpart : "", c->counterpart ? ")" : "",
        label, when, fc_status_name(c->status), c->document, c->line);
    g_string_append(out, "<title>");
    fc_escape_html_append(out, text, -1);
    g_string_append(out, "</title>");
}

static void
fc_svg_mark(GString *out, const FcReportView *view, FcSvgScale *s, const FcClaim *c, guint number)
{
    double x, y;
    fc_svg_point(s, c, &x, &y);
    g_autofree char *href = fc_report_view_sentence_anchor(view, c->doc_index, c->sentence);
    gboolean conflict = fc_report_view_flag(view, c) != NULL;
    g_string_append_printf(out, "<a href=\"#%s\" class=\"mark%s\">", href,
                           conflict ? " conflict" : "");
    fc_svg_title(out, c, number);
    fc_svg_extent(out, s, c, x, y);
    fc_svg_printf(out, "<path transform=\"translate(%f %f)\" d=\"%s\"/>", x, y,
                  fc_svg_shape(c->attribute));
    g_string_append(out, "</a>\n");
}

/* The key along the top: the shapes of the attributes drawn, and the
 * conflict colour when a mark uses it. */
static void
fc_svg_key(GString *out, const FcReportView *view, const GPtrArray *money)
{
    g_autoptr(GPtrArray) seen = g_ptr_array_new();
    gboolean conflict = FALSE;
    for (guint i = 0; i < money->len; i++) {
        const FcClaim *c = g_ptr_array_index(money, i);
        if (!g_ptr_array_find(seen, c->attribute, NULL))
            g_ptr_array_add(seen, (gpointer)c->attribute);
        conflict = conflict || fc_report_view_flag(view, c) != NULL;
    }
    double x = FC_SVG_LEFT;
    for (guint i = 0; i < seen->len + conflict; i++) {
        gboolean last = i == seen->len;
        const char *name = last ? "cited by a finding" : g_ptr_array_index(seen, i);
        fc_svg_printf(out, "<g class=\"key%s\"><path transform=\"translate(%f 14)\" d=\"%s\"/>",
                      last ? " conflict" : "", x + 6, fc_svg_shape(last ? "" : name));
        fc_svg_printf(out, "<text x=\"%f\" y=\"18\">", x + 16);
        fc_escape_html_append(out, name, -1);
        g_string_append(out, "</text></g>\n");
        x += 28 + 7.0 * (double)g_utf8_strlen(name, -1);
    }
}

void
fc_report_svg_timeline(GString *out, const FcReportView *view, const FcViewEntity *e)
{
    if (e->money->len < 2)
        return;
    FcSvgScale s;
    fc_svg_fit(&s, e->money);
    g_autofree char *name = fc_escape_html(e->entity);
    fc_svg_printf(out,
                  "<svg class=\"timeline\" viewBox=\"0 0 %f %f\" role=\"img\" "
                  "aria-label=\"Money figures for %s over time\">\n",
                  FC_SVG_W, FC_SVG_H, name);
    fc_svg_printf(out, "<rect class=\"plot\" x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\"/>\n",
                  FC_SVG_LEFT, FC_SVG_TOP, FC_SVG_W - FC_SVG_LEFT - FC_SVG_RIGHT,
                  FC_SVG_H - FC_SVG_TOP - FC_SVG_BOTTOM);
    fc_svg_y_axis(out, &s);
    fc_svg_x_axis(out, &s);
    fc_svg_key(out, view, e->money);
    for (guint i = 0; i < e->money->len; i++)
        fc_svg_mark(out, view, &s, g_ptr_array_index(e->money, i), i + 1);
    fc_svg_labels(out, view, &s, e->money);
    g_string_append(out, "</svg>\n");
}
