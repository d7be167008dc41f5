#include "fc-rates.h"

#include <math.h>
#include <string.h>

struct _FcRates {
    GPtrArray *rates; /* FcRate*, in file order */
};

FcRates *
fc_rates_new(void)
{
    FcRates *r = g_new0(FcRates, 1);
    r->rates = g_ptr_array_new_with_free_func(g_free);
    return r;
}

void
fc_rates_free(FcRates *rates)
{
    if (rates == NULL)
        return;
    g_ptr_array_unref(rates->rates);
    g_free(rates);
}

guint
fc_rates_size(const FcRates *rates)
{
    return rates->rates->len;
}

static gboolean
fc_rates_unit(const char *name, FcUnit *out)
{
    for (FcUnit u = FC_UNIT_USD; u <= FC_UNIT_COUNT; u++) {
        if (fc_unit_is_money(u) && u != FC_UNIT_USD &&
            g_ascii_strcasecmp(fc_unit_name(u), name) == 0) {
            *out = u;
            return TRUE;
        }
    }
    return FALSE;
}

/* "2025", "2025-03", "2024-07..2025-06". */
static gboolean
fc_rates_period(const char *text, FcTime *out)
{
    const char *dots = strstr(text, "..");
    if (dots == NULL)
        return fc_time_parse_iso(text, out);
    g_autofree char *from = g_strstrip(g_strndup(text, (gsize)(dots - text)));
    g_autofree char *until = g_strstrip(g_strdup(dots + 2));
    FcTime a, b;
    if (!fc_time_parse_iso(from, &a) || !fc_time_parse_iso(until, &b) || b.hi < a.lo)
        return FALSE;
    out->lo = a.lo;
    out->hi = b.hi;
    out->rel_months = 0;
    return TRUE;
}

static gboolean
fc_rates_number(const char *text, double max, double *out)
{
    char *end = NULL;
    double v = g_ascii_strtod(text, &end);
    if (end == text || *end != '\0' || !isfinite(v) || v < 0 || v > max)
        return FALSE;
    *out = v;
    return TRUE;
}

static void
fc_rates_add_section(FcRates *rates, const FcRuleFile *file, const FcRuleSection *s,
                     GPtrArray *errors)
{
    FcRate rate = {FC_UNIT_NONE, 0, {0, 0, 0}, 0.1, NULL, g_intern_string(file->path), s->line};
    gboolean ok = TRUE;
    for (guint i = 0; i < s->entries->len; i++) {
        const FcRuleEntry *e = g_ptr_array_index(s->entries, i);
        gboolean good = TRUE;
        if (strcmp(e->key, "currency") == 0)
            good = fc_rates_unit(e->value, &rate.unit);
        else if (strcmp(e->key, "usd") == 0)
            good = fc_rates_number(e->value, 1e6, &rate.usd) && rate.usd > 0;
        else if (strcmp(e->key, "period") == 0)
            good = fc_rates_period(e->value, &rate.period);
        else if (strcmp(e->key, "tolerance") == 0)
            good = fc_rates_number(e->value, 1, &rate.tolerance);
        else if (strcmp(e->key, "source") == 0)
            rate.source = g_intern_string(e->value);
        else if (strcmp(e->key, "note") != 0) {
            fc_rulefile_error(errors, file->path, e->line, "unknown key '%s' in rate", e->key);
            ok = FALSE;
            continue;
        }
        if (!good) {
            fc_rulefile_error(errors, file->path, e->line, "bad %s '%s'", e->key, e->value);
            ok = FALSE;
        }
    }
    const char *missing = rate.unit == FC_UNIT_NONE
                              ? "currency (EUR, GBP, INR, AUD, CAD, SGD or CHF)"
                          : rate.usd <= 0                   ? "usd"
                          : !fc_time_is_known(&rate.period) ? "period"
                          : rate.source == NULL             ? "source"
                                                            : NULL;
    if (missing != NULL && ok)
        fc_rulefile_error(errors, file->path, s->line, "rate '%s' has no %s", s->name, missing);
    if (missing == NULL && ok)
        g_ptr_array_add(rates->rates, g_memdup2(&rate, sizeof rate));
}

void
fc_rates_add_file(FcRates *rates, const FcRuleFile *file, GPtrArray *errors)
{
    for (guint i = 0; i < file->sections->len; i++)
        fc_rates_add_section(rates, file, g_ptr_array_index(file->sections, i), errors);
}

const FcRate *
fc_rates_lookup(const FcRates *rates, FcUnit unit, const FcTime *when)
{
    if (rates == NULL || !fc_time_is_known(when))
        return NULL;
    guint32 mid = when->lo + (when->hi - when->lo) / 2;
    /* Later files and sections refine earlier ones: the last match wins. */
    for (guint i = rates->rates->len; i-- > 0;) {
        const FcRate *r = g_ptr_array_index(rates->rates, i);
        if (r->unit == unit && r->period.lo <= mid && mid <= r->period.hi)
            return r;
    }
    return NULL;
}

gboolean
fc_rates_to_usd(const FcRates *rates, const FcValue *v, const FcTime *when, FcValue *out)
{
    if (v->unit == FC_UNIT_USD) {
        *out = *v;
        return TRUE;
    }
    const FcRate *r = fc_rates_lookup(rates, v->unit, when);
    if (r == NULL)
        return FALSE;
    /* Infinite ends stay infinite; finite ones widen by the rate's swing. */
    out->low = v->low * r->usd * (1 - r->tolerance);
    out->high = v->high * r->usd * (1 + r->tolerance);
    out->unit = FC_UNIT_USD;
    out->approx = v->approx;
    return TRUE;
}
