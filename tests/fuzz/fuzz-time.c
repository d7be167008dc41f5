/* fuzz-time: dates.  The first byte picks the document date (or none) and
 * whether the rest is read as a front-matter date or as running text whose
 * date expressions are resolved against the document date.
 *
 * A known time must be an ordered span of real days that formats, widens
 * and measures without wrapping around. */
#include "fuzz.h"

#include "fc-regex.h"
#include "fc-time.h"

#include <string.h>

static const char *const doc_dates[] = {
    NULL, "2025-11-20", "2024-02-29", "2025-01", "1900", "9999-12-31", "0001-01-01",
};

static void
check_time(const FcTime *t)
{
    g_autofree char *text = fc_time_format(t);
    FUZZ_CHECK(g_utf8_validate(text, -1, NULL));
    if (!fc_time_is_known(t)) {
        FUZZ_CHECK(fc_time_width(t) == 0);
        return;
    }
    FUZZ_CHECK(t->lo >= 1 && t->lo <= t->hi);
    FUZZ_CHECK(g_date_valid_julian(t->lo) && g_date_valid_julian(t->hi));
    FUZZ_CHECK(fc_time_width(t) >= 1);
    FUZZ_CHECK(fc_time_overlaps(t, t));
    FcTime wide = fc_time_around(t, 45);
    FUZZ_CHECK(wide.lo <= t->lo && wide.hi >= t->hi);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FcRegex *pattern;
    static FcMatch *match;
    if (pattern == NULL) {
        pattern = fc_regex_new(fc_time_pattern(), FC_REGEX_DEFAULT, NULL);
        FUZZ_CHECK(pattern != NULL);
        match = fc_match_new();
    }
    if (size == 0)
        return 0;
    guint choice = data[0];
    g_autofree char *text = g_strndup((const char *)data + 1, size - 1);
    gsize len = strlen(text);
    FcTime doc = {0, 0, 0}, t;
    const char *date = doc_dates[(choice >> 1) % G_N_ELEMENTS(doc_dates)];
    if (date != NULL)
        FUZZ_CHECK(fc_time_parse_iso(date, &doc));
    if ((choice & 1) == 0) {
        if (fc_time_parse_iso(text, &t))
            check_time(&t);
        return 0;
    }
    if (fc_time_resolve(text, len, &doc, &t))
        check_time(&t);
    if (!g_utf8_validate(text, (gssize)len, NULL))
        return 0;
    gsize pos = 0, start, end;
    while (pos <= len && fc_regex_match(pattern, text, len, pos, match) == FC_REGEX_MATCHED) {
        FUZZ_CHECK(fc_match_group(match, 0, &start, &end));
        if (fc_time_resolve(text + start, end - start, &doc, &t))
            check_time(&t);
        pos = end > start ? end : end < len ? (gsize)(g_utf8_next_char(text + end) - text) : len + 1;
    }
    return 0;
}
