/* fuzz-value: quantities.  The first byte picks money, percent or count;
 * the rest is read twice: whole, as one mention, and through the kind's
 * pattern, each match parsed as fc-mention would.
 *
 * Whatever is accepted must be a usable interval: no NaN, low <= high,
 * finite ends not negative and inside the parser's limits, and text that
 * formats without "nan" or "inf" (those would reach reports and JSON). */
#include "fuzz.h"

#include "fc-regex.h"
#include "fc-value.h"

#include <math.h>
#include <string.h>

typedef gboolean (*ParseFunc)(const char *, gsize, FcValue *);

static void
check_value(const FcValue *v, FcUnit unit)
{
    FUZZ_CHECK(!isnan(v->low) && !isnan(v->high));
    FUZZ_CHECK(v->low <= v->high);
    FUZZ_CHECK(v->low != INFINITY && v->high != -INFINITY);
    if (isfinite(v->low))
        FUZZ_CHECK(v->low >= 0 && v->low <= 1e16);
    if (isfinite(v->high))
        FUZZ_CHECK(v->high >= 0 && v->high <= 1e16);
    if (unit == FC_UNIT_USD)
        FUZZ_CHECK(fc_unit_is_money(v->unit));
    else
        FUZZ_CHECK(v->unit == unit);
    FUZZ_CHECK(isfinite(fc_value_point(v)));
    FUZZ_CHECK(fc_value_compatible(v, v, 0.01, 0.1));
    g_autofree char *text = fc_value_format(v);
    FUZZ_CHECK(g_utf8_validate(text, -1, NULL));
    g_autofree char *lower = g_ascii_strdown(text, -1);
    FUZZ_CHECK(strstr(lower, "nan") == NULL && strstr(lower, "inf") == NULL);
}

static FcRegex *
compile(const char *pattern)
{
    FcRegex *re = fc_regex_new(pattern, FC_REGEX_DEFAULT, NULL);
    FUZZ_CHECK(re != NULL);
    return re;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FcRegex *patterns[3];
    static FcMatch *match;
    if (match == NULL) {
        patterns[0] = compile(fc_value_money_pattern());
        patterns[1] = compile(fc_value_percent_pattern());
        patterns[2] = compile(fc_value_count_pattern());
        match = fc_match_new();
    }
    static const ParseFunc parse[3] = {
        fc_value_parse_money, fc_value_parse_percent, fc_value_parse_count};
    static const FcUnit units[3] = {FC_UNIT_USD, FC_UNIT_PERCENT, FC_UNIT_COUNT};
    if (size == 0)
        return 0;
    guint kind = data[0] % 3;
    const char *text = (const char *)data + 1;
    gsize len = size - 1;
    FcValue v;
    if (parse[kind](text, len, &v))
        check_value(&v, units[kind]);
    /* The patterns need valid UTF-8 (PCRE2_UTF): fc-mention only ever
     * scans repaired document text. */
    if (!g_utf8_validate(text, (gssize)len, NULL))
        return 0;
    gsize pos = 0, start, end;
    while (pos <= len && fc_regex_match(patterns[kind], text, len, pos, match) == FC_REGEX_MATCHED) {
        FUZZ_CHECK(fc_match_group(match, 0, &start, &end));
        FUZZ_CHECK(start <= end && end <= len);
        if (parse[kind](text + start, end - start, &v))
            check_value(&v, units[kind]);
        /* Past an empty match by one character: PCRE2 is told not to check
         * UTF-8, so a start inside a character would be undefined. */
        pos = end > start ? end : end < len ? (gsize)(g_utf8_next_char(text + end) - text) : len + 1;
    }
    return 0;
}
