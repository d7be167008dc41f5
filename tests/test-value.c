#include "fc-currency.h"
#include "fc-regex.h"
#include "fc-test.h"
#include "fc-value.h"

#include <math.h>
#include <string.h>

/* ---- Helpers ------------------------------------------------------------- */

static void
assert_close(double got, double want)
{
    if (isinf(want)) {
        g_assert_true(isinf(got));
        g_assert_true((got > 0) == (want > 0));
        return;
    }
    g_assert_cmpfloat_with_epsilon(got, want, fabs(want) * 1e-9 + 1e-9);
}

static void
assert_value(const FcValue *v, double low, double high, FcUnit unit, gboolean approx)
{
    assert_close(v->low, low);
    assert_close(v->high, high);
    g_assert_cmpint(v->unit, ==, unit);
    g_assert_cmpint(v->approx, ==, approx);
}

static void
check_money(const char *text, double low, double high, FcUnit unit, gboolean approx)
{
    FcValue v;
    if (!fc_value_parse_money(text, strlen(text), &v))
        g_error("money not parsed: \"%s\"", text);
    assert_value(&v, low, high, unit, approx);
}

static void
check_percent(const char *text, double low, double high, gboolean approx)
{
    FcValue v;
    if (!fc_value_parse_percent(text, strlen(text), &v))
        g_error("percent not parsed: \"%s\"", text);
    assert_value(&v, low, high, FC_UNIT_PERCENT, approx);
}

static void
check_count(const char *text, double low, double high, gboolean approx)
{
    FcValue v;
    if (!fc_value_parse_count(text, strlen(text), &v))
        g_error("count not parsed: \"%s\"", text);
    assert_value(&v, low, high, FC_UNIT_COUNT, approx);
}

static gboolean
parse_money(const char *text)
{
    FcValue v;
    return fc_value_parse_money(text, strlen(text), &v);
}

static FcValue
money(const char *text)
{
    FcValue v = {0, 0, FC_UNIT_NONE, FALSE};
    g_assert_true(fc_value_parse_money(text, strlen(text), &v));
    return v;
}

static gboolean
compatible(const char *a, const char *b, double tolerance, double approx_tolerance)
{
    FcValue va = money(a), vb = money(b);
    gboolean ab = fc_value_compatible(&va, &vb, tolerance, approx_tolerance);
    /* Compatibility is symmetric. */
    g_assert_cmpint(ab, ==, fc_value_compatible(&vb, &va, tolerance, approx_tolerance));
    return ab;
}

static void
check_format(const FcValue *v, const char *want)
{
    g_autofree char *got = fc_value_format(v);
    g_assert_cmpstr(got, ==, want);
}

static void
check_format_money(const char *text, const char *want)
{
    FcValue v = money(text);
    check_format(&v, want);
}

typedef gboolean (*ParseFunc)(const char *, gsize, FcValue *);

/* Every mention a pattern finds must parse: pattern and parser agree. */
static void
check_all_parse(const char *pattern, ParseFunc parse, const char *const *texts)
{
    g_autoptr(FcRegex) re = fc_regex_new(pattern, FC_REGEX_DEFAULT, NULL);
    g_autoptr(FcMatch) m = fc_match_new();
    for (gsize i = 0; texts[i] != NULL; i++) {
        gsize len = strlen(texts[i]), pos = 0, start, end;
        while (fc_regex_match(re, texts[i], len, pos, m) == FC_REGEX_MATCHED) {
            g_assert_true(fc_match_group(m, 0, &start, &end));
            FcValue v;
            if (!parse(texts[i] + start, end - start, &v))
                g_error("match \"%.*s\" does not parse", (int)(end - start), texts[i] + start);
            pos = end > start ? end : end + 1;
        }
    }
}

/* ---- Units --------------------------------------------------------------- */

static void
test_unit_names(void)
{
    g_assert_cmpstr(fc_unit_name(FC_UNIT_USD), ==, "USD");
    g_assert_cmpstr(fc_unit_name(FC_UNIT_EUR), ==, "EUR");
    g_assert_cmpstr(fc_unit_name(FC_UNIT_GBP), ==, "GBP");
    g_assert_cmpstr(fc_unit_name(FC_UNIT_PERCENT), ==, "percent");
    g_assert_cmpstr(fc_unit_name(FC_UNIT_YEAR), ==, "year");
    g_assert_cmpstr(fc_unit_name(FC_UNIT_COUNT), ==, "count");
    g_assert_null(fc_unit_name(FC_UNIT_NONE));
    g_assert_true(fc_unit_is_money(FC_UNIT_USD));
    g_assert_true(fc_unit_is_money(FC_UNIT_EUR));
    g_assert_true(fc_unit_is_money(FC_UNIT_GBP));
    g_assert_false(fc_unit_is_money(FC_UNIT_PERCENT));
    g_assert_false(fc_unit_is_money(FC_UNIT_NONE));
}

static void
test_value_year(void)
{
    FcValue v = fc_value_year(2021);
    assert_value(&v, 2021, 2021, FC_UNIT_YEAR, FALSE);
    check_format(&v, "2021");
}

/* ---- Money parsing ------------------------------------------------------- */

static void
test_money_magnitudes(void)
{
    check_money("$10bn", 1e10, 1e10, FC_UNIT_USD, FALSE);
    check_money("$1.25bn", 1.25e9, 1.25e9, FC_UNIT_USD, FALSE);
    check_money("$10 bn", 1e10, 1e10, FC_UNIT_USD, FALSE);
    check_money("$2b", 2e9, 2e9, FC_UNIT_USD, FALSE);
    check_money("$50B", 5e10, 5e10, FC_UNIT_USD, FALSE);
    check_money("$5 billion", 5e9, 5e9, FC_UNIT_USD, FALSE);
    check_money("$450 million", 4.5e8, 4.5e8, FC_UNIT_USD, FALSE);
    check_money("$450m", 4.5e8, 4.5e8, FC_UNIT_USD, FALSE);
    check_money("$5M", 5e6, 5e6, FC_UNIT_USD, FALSE);
    check_money("$5mn", 5e6, 5e6, FC_UNIT_USD, FALSE);
    check_money("$500k", 5e5, 5e5, FC_UNIT_USD, FALSE);
    check_money("$500K", 5e5, 5e5, FC_UNIT_USD, FALSE);
    check_money("$2 trillion", 2e12, 2e12, FC_UNIT_USD, FALSE);
    check_money("$3tn", 3e12, 3e12, FC_UNIT_USD, FALSE);
    check_money("$1T", 1e12, 1e12, FC_UNIT_USD, FALSE);
    check_money("$20 thousand", 2e4, 2e4, FC_UNIT_USD, FALSE);
    check_money("$1 Billion", 1e9, 1e9, FC_UNIT_USD, FALSE);
}

static void
test_money_plain_numbers(void)
{
    check_money("$500,000", 5e5, 5e5, FC_UNIT_USD, FALSE);
    check_money("$1,250,000", 1.25e6, 1.25e6, FC_UNIT_USD, FALSE);
    check_money("$100", 100, 100, FC_UNIT_USD, FALSE);
    check_money("$99.99", 99.99, 99.99, FC_UNIT_USD, FALSE);
    check_money("$0", 0, 0, FC_UNIT_USD, FALSE);
}

static void
test_money_currencies(void)
{
    check_money("US$2 billion", 2e9, 2e9, FC_UNIT_USD, FALSE);
    check_money("US$ 2 billion", 2e9, 2e9, FC_UNIT_USD, FALSE);
    check_money("USD 5bn", 5e9, 5e9, FC_UNIT_USD, FALSE);
    check_money("USD5bn", 5e9, 5e9, FC_UNIT_USD, FALSE);
    check_money("€500m", 5e8, 5e8, FC_UNIT_EUR, FALSE);
    check_money("EUR 300m", 3e8, 3e8, FC_UNIT_EUR, FALSE);
    check_money("£1.2bn", 1.2e9, 1.2e9, FC_UNIT_GBP, FALSE);
    check_money("GBP 40m", 4e7, 4e7, FC_UNIT_GBP, FALSE);
    check_money("5bn USD", 5e9, 5e9, FC_UNIT_USD, FALSE);
    check_money("$10 billion dollars", 1e10, 1e10, FC_UNIT_USD, FALSE);
    /* South-East Asian currencies, read in their own units. */
    check_money("VND 310 billion", 3.1e11, 3.1e11, FC_UNIT_VND, FALSE);
    check_money("\xE2\x82\xB1"
                "2.5 billion",
                2.5e9, 2.5e9, FC_UNIT_PHP, FALSE);
    check_money("RM50 million", 5e7, 5e7, FC_UNIT_MYR, FALSE);
    check_money("THB 1.2bn", 1.2e9, 1.2e9, FC_UNIT_THB, FALSE);
    /* The Gulf press's own forms. */
    check_money("SR150 million", 1.5e8, 1.5e8, FC_UNIT_SAR, FALSE);
    check_money("QAR365 million", 3.65e8, 3.65e8, FC_UNIT_QAR, FALSE);
    check_money("QR 50 million", 5e7, 5e7, FC_UNIT_QAR, FALSE);
}

static void
test_money_currency_words(void)
{
    check_money("10 billion dollars", 1e10, 1e10, FC_UNIT_USD, FALSE);
    check_money("a billion dollars", 1e9, 1e9, FC_UNIT_USD, FALSE);
    check_money("one million euros", 1e6, 1e6, FC_UNIT_EUR, FALSE);
    check_money("500 euros", 500, 500, FC_UNIT_EUR, FALSE);
    check_money("20 million pounds", 2e7, 2e7, FC_UNIT_GBP, FALSE);
    check_money("20 million pounds sterling", 2e7, 2e7, FC_UNIT_GBP, FALSE);
    check_money("3 billion US dollars", 3e9, 3e9, FC_UNIT_USD, FALSE);
    check_money("A Billion Dollars", 1e9, 1e9, FC_UNIT_USD, FALSE);
    check_money("260 billion dong", 2.6e11, 2.6e11, FC_UNIT_VND, FALSE);
    check_money("50 million ringgit", 5e7, 5e7, FC_UNIT_MYR, FALSE);
    check_money("1.2 billion baht", 1.2e9, 1.2e9, FC_UNIT_THB, FALSE);
    check_money("40 million Qatari riyals", 4e7, 4e7, FC_UNIT_QAR, FALSE);
    check_money("40 million riyals", 4e7, 4e7, FC_UNIT_SAR, FALSE);
}

static void
test_money_unicode_spaces(void)
{
    check_money("$5\u00a0billion", 5e9, 5e9, FC_UNIT_USD, FALSE);
    check_money("€5\u202fbn", 5e9, 5e9, FC_UNIT_EUR, FALSE);
    check_money("about\u00a0$5bn", 5e9, 5e9, FC_UNIT_USD, TRUE);
    check_money("  $5bn  ", 5e9, 5e9, FC_UNIT_USD, FALSE);
}

static void
test_money_ranges(void)
{
    check_money("between $10bn and $15bn", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("Between $10bn and $15bn", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("$1.5B-$2B", 1.5e9, 2e9, FC_UNIT_USD, FALSE);
    check_money("$300B–$400B", 3e11, 4e11, FC_UNIT_USD, FALSE);
    check_money("$300bn — $400bn", 3e11, 4e11, FC_UNIT_USD, FALSE);
    check_money("$10bn to $15bn", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("$10bn to 15bn", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("between $10bn-$15bn", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("10-15 billion euros", 1e10, 1.5e10, FC_UNIT_EUR, FALSE);
    check_money("between 10 and 15 billion dollars", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("about $10bn-$15bn", 1e10, 1.5e10, FC_UNIT_USD, TRUE);
}

static void
test_money_range_shared_parts(void)
{
    /* The first figure borrows the magnitude written once at the end... */
    check_money("$10-15bn", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("$1.5-2 billion", 1.5e9, 2e9, FC_UNIT_USD, FALSE);
    check_money("between $10 and $15 billion", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
    /* ...unless that would make the range run backwards. */
    check_money("between $500,000 and $2m", 5e5, 2e6, FC_UNIT_USD, FALSE);
    /* The second borrows the first's when it has neither unit nor magnitude. */
    check_money("$10bn-15", 1e10, 1.5e10, FC_UNIT_USD, FALSE);
}

static void
test_money_upper_bounds(void)
{
    check_money("up to $4 billion", -INFINITY, 4e9, FC_UNIT_USD, FALSE);
    check_money("Up to $4 billion", -INFINITY, 4e9, FC_UNIT_USD, FALSE);
    check_money("as much as $11 billion", -INFINITY, 1.1e10, FC_UNIT_USD, FALSE);
    check_money("as high as $11bn", -INFINITY, 1.1e10, FC_UNIT_USD, FALSE);
    check_money("less than $1bn", -INFINITY, 1e9, FC_UNIT_USD, FALSE);
    check_money("under $500m", -INFINITY, 5e8, FC_UNIT_USD, FALSE);
    check_money("below $500m", -INFINITY, 5e8, FC_UNIT_USD, FALSE);
    check_money("at most $2bn", -INFINITY, 2e9, FC_UNIT_USD, FALSE);
    check_money("no more than $2bn", -INFINITY, 2e9, FC_UNIT_USD, FALSE);
    check_money("up to $10-15bn", -INFINITY, 1.5e10, FC_UNIT_USD, FALSE);
}

static void
test_money_lower_bounds(void)
{
    check_money("more than $11 billion", 1.1e10, INFINITY, FC_UNIT_USD, FALSE);
    check_money("over $1bn", 1e9, INFINITY, FC_UNIT_USD, FALSE);
    check_money("exceeding $11 billion", 1.1e10, INFINITY, FC_UNIT_USD, FALSE);
    check_money("at least $1bn", 1e9, INFINITY, FC_UNIT_USD, FALSE);
    check_money("above $3bn", 3e9, INFINITY, FC_UNIT_USD, FALSE);
    check_money("in excess of $3bn", 3e9, INFINITY, FC_UNIT_USD, FALSE);
    check_money("upwards of $3bn", 3e9, INFINITY, FC_UNIT_USD, FALSE);
    check_money("no less than $3bn", 3e9, INFINITY, FC_UNIT_USD, FALSE);
}

static void
test_money_approximations(void)
{
    check_money("nearly $2bn", 2e9, 2e9, FC_UNIT_USD, TRUE);
    check_money("close to $10bn", 1e10, 1e10, FC_UNIT_USD, TRUE);
    check_money("about $5 billion", 5e9, 5e9, FC_UNIT_USD, TRUE);
    check_money("around $350bn", 3.5e11, 3.5e11, FC_UNIT_USD, TRUE);
    check_money("roughly $830bn", 8.3e11, 8.3e11, FC_UNIT_USD, TRUE);
    check_money("approximately $1bn", 1e9, 1e9, FC_UNIT_USD, TRUE);
    check_money("approx. $1bn", 1e9, 1e9, FC_UNIT_USD, TRUE);
    check_money("some $3bn", 3e9, 3e9, FC_UNIT_USD, TRUE);
    check_money("almost $4bn", 4e9, 4e9, FC_UNIT_USD, TRUE);
    check_money("an estimated $4bn", 4e9, 4e9, FC_UNIT_USD, TRUE);
    check_money("just over $4bn", 4e9, 4e9, FC_UNIT_USD, TRUE);
    check_money("ROUGHLY $830BN", 8.3e11, 8.3e11, FC_UNIT_USD, TRUE);
    check_money("~US$30 million", 3e7, 3e7, FC_UNIT_USD, TRUE);
    check_money("\u2248 \u20ac2m", 2e6, 2e6, FC_UNIT_EUR, TRUE);
}

static void
test_money_bound_and_approximation(void)
{
    check_money("up to about $5bn", -INFINITY, 5e9, FC_UNIT_USD, TRUE);
    check_money("more than roughly $5bn", 5e9, INFINITY, FC_UNIT_USD, TRUE);
    /* A sum between the bound and the figure keeps the bound. */
    check_money("up to a combined $15bn", -INFINITY, 1.5e10, FC_UNIT_USD, FALSE);
    check_money("more than a total of $2bn", 2e9, INFINITY, FC_UNIT_USD, FALSE);
    fc_test_check_scan(fc_value_money_pattern(), "They will invest up to a further $30bn in it.",
                       "up to a further $30bn");
    /* Alone, the sum words are the rules' to read. */
    fc_test_check_scan(fc_value_money_pattern(), "They will invest a combined $8bn.", "$8bn");
}

/* Bound by @verb, an exact $20m reads as @low..@high. */
static void
check_verb(const char *verb, double low, double high, gboolean approx)
{
    FcValue v;
    g_assert_true(fc_value_parse_money("$20m", 4, &v));
    fc_value_bound_by_verb(&v, verb, strlen(verb));
    assert_value(&v, low, high, FC_UNIT_USD, approx);
}

static void
test_money_bound_by_verb(void)
{
    check_verb("topped", 2e7, INFINITY, FALSE);
    check_verb("Surpassed", 2e7, INFINITY, FALSE);
    check_verb("crossing", 2e7, INFINITY, FALSE);
    check_verb("neared", 2e7, 2e7, TRUE);
    check_verb("raised", 2e7, 2e7, FALSE);
    check_verb("top", 2e7, 2e7, FALSE);
    /* A figure already bounded or hedged keeps what it says. */
    FcValue v;
    g_assert_true(fc_value_parse_money("up to $5bn", 10, &v));
    fc_value_bound_by_verb(&v, "topped", 6);
    assert_value(&v, -INFINITY, 5e9, FC_UNIT_USD, FALSE);
    g_assert_true(fc_value_parse_money("about $5bn", 10, &v));
    fc_value_bound_by_verb(&v, "topped", 6);
    assert_value(&v, 5e9, 5e9, FC_UNIT_USD, TRUE);
}

static void
test_money_length_is_respected(void)
{
    /* The text need not be NUL-terminated where the mention ends. */
    const char text[] = "$10bnXYZ";
    FcValue v;
    g_assert_true(fc_value_parse_money(text, 5, &v));
    assert_value(&v, 1e10, 1e10, FC_UNIT_USD, FALSE);
    g_assert_false(fc_value_parse_money(text, 6, &v));
    g_assert_true(fc_value_parse_money("$100/second", 4, &v));
    assert_value(&v, 100, 100, FC_UNIT_USD, FALSE);
}

static void
test_money_rejects(void)
{
    const char *const bad[] = {
        "",
        " ",
        "$",
        "bn",
        "10bn",
        "10 billion",
        "a billion",
        "a dollars",
        "$10bn extra",
        "$100/second",
        "$1e20",
        "$-5bn",
        "-$5bn",
        "€10bn to $15bn",
        "between $10bn",
        "between $10bn or $15bn",
        "$10bn and $15bn",
        "about",
        "11%",
        "$10 5",
        "$1.2.3bn",
        "$99999999999999999999999999999999999",
        "$99999999 trillion",
        "$1,2345",
        "$5 euros",
        NULL,
    };
    for (gsize i = 0; bad[i] != NULL; i++) {
        if (parse_money(bad[i]))
            g_error("should not parse as money: \"%s\"", bad[i]);
    }
}

static void
test_money_rejects_bad_arguments(void)
{
    FcValue v;
    g_assert_false(fc_value_parse_money(NULL, 3, &v));
    g_assert_false(fc_value_parse_money("$10bn", 0, &v));
    g_assert_false(fc_value_parse_money("$10bn", 5, NULL));
    g_autofree char *huge = g_strnfill(10000, '1');
    huge[0] = '$';
    g_assert_false(fc_value_parse_money(huge, strlen(huge), &v));
}

static void
test_money_overflow_limit(void)
{
    check_money("$10 trillion", 1e13, 1e13, FC_UNIT_USD, FALSE);
    check_money("$10,000 trillion", 1e16, 1e16, FC_UNIT_USD, FALSE);
    g_assert_false(parse_money("$10,001 trillion"));
    g_assert_false(parse_money("$999,999,999,999,999,999"));
}

/* Absurd figures from scraped pages and garbled tables: each is refused
 * (FALSE, so it never becomes a mention or a claim) rather than read as
 * some other number, and nothing on the way overflows. */
static void
test_absurd_numbers(void)
{
    FcValue v;
    const char *const money_bad[] = {
        "$1e308bn", /* strtod would read 1e308 */
        "$1e308",
        "$1E+308",
        "999999999999999999 trillion dollars",
        "999,999,999,999,999 trillion dollars",   /* 1e27: in the pattern, past the limit */
        "$99999999999999999999999",               /* more digits than a double holds exactly */
        "$9999999999999999999999999999999999999", /* more than the digit buffer */
        "-$5m",
        "minus $3bn",
        "$-5m",
        "−$5m",
        "$nan",
        "$inf",
        "$infinity bn",
        "$0x10m",
        "$1.0000001bn", /* more decimals than the pattern reads */
        NULL,
    };
    for (gsize i = 0; money_bad[i] != NULL; i++) {
        if (parse_money(money_bad[i]))
            g_error("should not parse as money: \"%s\"", money_bad[i]);
    }
    const char *const percent_bad[] = {"10,000 %", "1001%", "0.0000001%", "nan%",
                                       "inf%",     "-5%",   "1e3%",       NULL};
    for (gsize i = 0; percent_bad[i] != NULL; i++) {
        if (fc_value_parse_percent(percent_bad[i], strlen(percent_bad[i]), &v))
            g_error("should not parse as percent: \"%s\"", percent_bad[i]);
    }
    const char *const count_bad[] = {"1e400", "99999999999999999 trillion", "nan", "-inf", NULL};
    for (gsize i = 0; count_bad[i] != NULL; i++) {
        if (fc_value_parse_count(count_bad[i], strlen(count_bad[i]), &v))
            g_error("should not parse as count: \"%s\"", count_bad[i]);
    }
    /* The edges that stay: the largest percentage, the smallest decimal. */
    check_percent("1,000%", 1000, 1000, FALSE);
    check_percent("0.000001%", 1e-6, 1e-6, FALSE);
    check_money("$1.000001bn", 1.000001e9, 1.000001e9, FC_UNIT_USD, FALSE);
    check_money("$5m-$10m", 5e6, 1e7, FC_UNIT_USD, FALSE);
}

/* A minus sign or the word "minus" before a figure: the patterns find no
 * mention there at all, so a negative amount is never read as a positive
 * one.  Dashes inside ranges and spaced dashes are not signs. */
static void
test_pattern_negative(void)
{
    const char *money = fc_value_money_pattern();
    fc_test_check_scan(money, "a loss of -$5m", "");
    fc_test_check_scan(money, "-$5m", "");
    fc_test_check_scan(money, "an operating result of \u2212$3bn", "");
    fc_test_check_scan(money, "(-$7m)", "");
    fc_test_check_scan(money, "cash flow of minus $3bn and negative $2bn", "");
    fc_test_check_scan(money, "a $1.5B-$2B round", "$1.5B-$2B");
    fc_test_check_scan(money, "the deal -- $5bn in cash", "$5bn");
    fc_test_check_scan(money, "the first tranche - $5m, the second - $9m", "$5m | $9m");
    fc_test_check_scan(money, "in 2019 - $5m, in 2020-$9m", "$5m | $9m");
    fc_test_check_scan(money, "10-15 billion dollars", "10-15 billion dollars");
    fc_test_check_scan(money, "the deal\u2014$5bn in cash\u2014closed", "$5bn");
    const char *percent = fc_value_percent_pattern();
    fc_test_check_scan(percent, "margins of -5% and (\u22123%)", "");
    fc_test_check_scan(percent, "a 10-15% stake, up 4%", "10-15% | 4%");
}

/* Only what the parser reads prints: no "nan", no "inf", no "0%" for a
 * small positive share. */
static void
test_format_edges(void)
{
    FcValue tiny = {1e-6, 1e-6, FC_UNIT_PERCENT, FALSE};
    check_format(&tiny, "0.000001%");
    FcValue half = {0.0005, 0.0005, FC_UNIT_PERCENT, FALSE};
    check_format(&half, "0.0005%");
    FcValue most = {1e16, 1e16, FC_UNIT_USD, FALSE};
    check_format(&most, "$10000tn");
    FcValue open = {-INFINITY, INFINITY, FC_UNIT_USD, FALSE};
    check_format(&open, "any");
    g_assert_cmpfloat(fc_value_point(&open), ==, 0);
}

/* ---- Percent and count parsing ------------------------------------------- */

static void
test_percent_forms(void)
{
    check_percent("11%", 11, 11, FALSE);
    check_percent("11 %", 11, 11, FALSE);
    check_percent("11 per cent", 11, 11, FALSE);
    check_percent("11\u00a0per cent", 11, 11, FALSE);
    check_percent("11 percent", 11, 11, FALSE);
    check_percent("11 Percent", 11, 11, FALSE);
    check_percent("11pct", 11, 11, FALSE);
    check_percent("5.5%", 5.5, 5.5, FALSE);
    check_percent("about 27 percent", 27, 27, TRUE);
    check_percent("up to 20%", -INFINITY, 20, FALSE);
    check_percent("more than 50%", 50, INFINITY, FALSE);
}

static void
test_percent_ranges(void)
{
    check_percent("between 10 and 15 per cent", 10, 15, FALSE);
    check_percent("between 10% and 15%", 10, 15, FALSE);
    check_percent("10-15%", 10, 15, FALSE);
    check_percent("10%–15%", 10, 15, FALSE);
    check_percent("10% to 15%", 10, 15, FALSE);
}

static void
test_percent_rejects(void)
{
    FcValue v;
    const char *const bad[] = {"11",       "$11", "%", "per cent", "11 percentage points",
                               "eleven %", NULL};
    for (gsize i = 0; bad[i] != NULL; i++) {
        if (fc_value_parse_percent(bad[i], strlen(bad[i]), &v))
            g_error("should not parse as percent: \"%s\"", bad[i]);
    }
}

static void
test_count_forms(void)
{
    check_count("500", 500, 500, FALSE);
    check_count("1,200", 1200, 1200, FALSE);
    check_count("2.5 million", 2.5e6, 2.5e6, FALSE);
    check_count("10k", 1e4, 1e4, FALSE);
    check_count("3m", 3e6, 3e6, FALSE);
    check_count("more than 300", 300, INFINITY, FALSE);
    check_count("as many as 300", -INFINITY, 300, FALSE);
    check_count("about 1,000", 1000, 1000, TRUE);
    check_count("between 500 and 1,000", 500, 1000, FALSE);
    check_count("10-15", 10, 15, FALSE);
}

static void
test_count_rejects(void)
{
    FcValue v;
    const char *const bad[] = {"", "abc", "$500", "500%", "5 dollars", "1,2345", NULL};
    for (gsize i = 0; bad[i] != NULL; i++) {
        if (fc_value_parse_count(bad[i], strlen(bad[i]), &v))
            g_error("should not parse as count: \"%s\"", bad[i]);
    }
}

/* ---- Compatibility ------------------------------------------------------- */

static void
test_compatible_exact_in_bound(void)
{
    g_assert_true(compatible("$10bn", "as much as $11bn", 0.01, 0.1));
    g_assert_true(compatible("$10bn", "up to $10bn", 0.01, 0.1));
    g_assert_false(compatible("$12bn", "up to $10bn", 0.01, 0.1));
    g_assert_true(compatible("$12bn", "more than $11bn", 0.01, 0.1));
    g_assert_false(compatible("$10bn", "more than $11bn", 0.01, 0.1));
}

static void
test_compatible_exact_in_range(void)
{
    g_assert_true(compatible("$15bn", "between $10bn and $15bn", 0.01, 0.1));
    g_assert_true(compatible("$10bn", "between $10bn and $15bn", 0.01, 0.1));
    g_assert_false(compatible("$20bn", "between $10bn and $15bn", 0.01, 0.1));
    g_assert_true(compatible("$12bn-$20bn", "between $10bn and $15bn", 0.01, 0.1));
    g_assert_false(compatible("$16bn-$20bn", "between $10bn and $15bn", 0.01, 0.1));
}

static void
test_compatible_exact_figures(void)
{
    g_assert_false(compatible("$10bn", "$13bn", 0.01, 0.1));
    g_assert_false(compatible("$210bn", "$240bn", 0.01, 0.1));
    g_assert_true(compatible("$10bn", "$10bn", 0, 0));
    g_assert_true(compatible("$10bn", "$10.05bn", 0.01, 0.1));
    g_assert_false(compatible("$10bn", "$10.5bn", 0.01, 0.1));
    g_assert_true(compatible("$10bn", "10 billion dollars", 0, 0));
}

static void
test_compatible_approximation(void)
{
    g_assert_true(compatible("about $40bn", "$41.2bn", 0.01, 0.1));
    g_assert_false(compatible("about $40bn", "$41.2bn", 0.01, 0.01));
    g_assert_false(compatible("about $40bn", "$60bn", 0.01, 0.1));
    g_assert_true(compatible("around $350bn", "roughly $380bn", 0.01, 0.05));
}

static void
test_compatible_caps(void)
{
    g_assert_false(compatible("up to $5bn", "up to $8bn", 0.01, 0.1));
    g_assert_true(compatible("up to $5bn", "as much as $5bn", 0.01, 0.1));
    g_assert_true(compatible("up to $5bn", "up to $5.04bn", 0.01, 0.1));
    g_assert_true(compatible("up to about $5bn", "up to $5.4bn", 0.01, 0.1));
    /* Two floors are not a stated limit: both can hold. */
    g_assert_true(compatible("more than $5bn", "more than $8bn", 0.01, 0.1));
}

static void
test_compatible_units(void)
{
    g_assert_false(compatible("$10bn", "€10bn", 0.01, 0.1));
    g_assert_false(compatible("£10bn", "€10bn", 0.01, 0.1));
    FcValue pct = {10, 10, FC_UNIT_PERCENT, FALSE};
    FcValue count = {10, 10, FC_UNIT_COUNT, FALSE};
    g_assert_false(fc_value_compatible(&pct, &count, 0.01, 0.1));
    g_assert_true(fc_value_compatible(&pct, &pct, 0.01, 0.1));
    FcValue y1 = fc_value_year(2021), y2 = fc_value_year(2022);
    g_assert_false(fc_value_compatible(&y1, &y2, 0, 0));
    g_assert_false(fc_value_compatible(NULL, &y2, 0, 0));
}

static void
test_compatible_odd_tolerances(void)
{
    FcValue a = money("$10bn"), b = money("$10.5bn"), cap = money("up to $10bn");
    g_assert_false(fc_value_compatible(&a, &b, NAN, NAN));
    g_assert_false(fc_value_compatible(&a, &b, -1, -1));
    g_assert_false(fc_value_compatible(&a, &b, INFINITY, 0));
    g_assert_true(fc_value_compatible(&a, &b, 0.1, 0));
    g_assert_true(fc_value_compatible(&a, &cap, 0, 0));
}

/* ---- Formatting and points ----------------------------------------------- */

static void
test_format_money(void)
{
    check_format_money("$10bn", "$10bn");
    check_format_money("$450 million", "$450m");
    check_format_money("$1.25bn", "$1.25bn");
    check_format_money("$500,000", "$500k");
    check_format_money("$100", "$100");
    check_format_money("€500m", "€500m");
    check_format_money("£1.2bn", "£1.2bn");
    check_format_money("$2 trillion", "$2tn");
    check_format_money("up to $4 billion", "up to $4bn");
    check_format_money("more than $11 billion", "more than $11bn");
    check_format_money("between $10bn and $15bn", "$10bn–$15bn");
    check_format_money("around $350bn", "about $350bn");
    check_format_money("up to about $5bn", "up to about $5bn");
    FcValue v = {999999999.9, 999999999.9, FC_UNIT_USD, FALSE};
    check_format(&v, "$1bn");
}

static void
test_format_other_units(void)
{
    FcValue pct = {11, 11, FC_UNIT_PERCENT, FALSE};
    check_format(&pct, "11%");
    FcValue about = {27, 27, FC_UNIT_PERCENT, TRUE};
    check_format(&about, "about 27%");
    FcValue range = {10, 15, FC_UNIT_PERCENT, FALSE};
    check_format(&range, "10%–15%");
    FcValue count = {1200, 1200, FC_UNIT_COUNT, FALSE};
    check_format(&count, "1,200");
    FcValue big = {2500000, 2500000, FC_UNIT_COUNT, FALSE};
    check_format(&big, "2,500,000");
    FcValue years = {2021, 2023, FC_UNIT_YEAR, FALSE};
    check_format(&years, "2021–2023");
    FcValue open = {-INFINITY, INFINITY, FC_UNIT_COUNT, FALSE};
    check_format(&open, "any");
}

static void
test_value_point(void)
{
    FcValue range = money("between $10bn and $15bn");
    assert_close(fc_value_point(&range), 1.25e10);
    FcValue cap = money("up to $4bn");
    assert_close(fc_value_point(&cap), 4e9);
    FcValue floor_ = money("more than $11bn");
    assert_close(fc_value_point(&floor_), 1.1e10);
    FcValue exact = money("$7bn");
    assert_close(fc_value_point(&exact), 7e9);
    FcValue open = {-INFINITY, INFINITY, FC_UNIT_USD, FALSE};
    assert_close(fc_value_point(&open), 0);
}

/* ---- Patterns ------------------------------------------------------------ */

static void
test_pattern_money_article(void)
{
    fc_test_check_scan(
        fc_value_money_pattern(),
        "Anthropic has closed a funding round of between $10bn and $15bn at a valuation "
        "of around $350bn",
        "between $10bn and $15bn | around $350bn");
    fc_test_check_scan(fc_value_money_pattern(),
                       "The startup was valued at about $5 billion in May this year",
                       "about $5 billion");
    fc_test_check_scan(fc_value_money_pattern(),
                       "Amodei said earlier this month that Anthropic generated close to $10bn in "
                       "revenue last year",
                       "close to $10bn");
}

static void
test_pattern_money_forms(void)
{
    fc_test_check_scan(
        fc_value_money_pattern(),
        "US$2 billion, €500m, £1.2bn, a billion dollars, $1.25bn and $450 million",
        "US$2 billion | €500m | £1.2bn | a billion dollars | $1.25bn | $450 million");
    fc_test_check_scan(fc_value_money_pattern(), "It costs $500,000 or $100/second.",
                       "$500,000 | $100");
    fc_test_check_scan(fc_value_money_pattern(), "Ranges: $1.5B-$2B, $300B–$400B, $10-15bn.",
                       "$1.5B-$2B | $300B–$400B | $10-15bn");
    fc_test_check_scan(fc_value_money_pattern(), "some 10 billion dollars and 10-15 billion euros",
                       "some 10 billion dollars | 10-15 billion euros");
    fc_test_check_scan(fc_value_money_pattern(), "valued at $5\u00a0billion", "$5\u00a0billion");
    fc_test_check_scan(fc_value_money_pattern(), "USD 5bn or 5bn USD", "USD 5bn | 5bn USD");
}

/* Forms seen in real coverage: hyphenated magnitudes, "half a billion",
 * floors written "-plus" or "+", "U.S. dollars". */
static void
test_money_news_forms(void)
{
    check_money("$1.5-billion", 1.5e9, 1.5e9, FC_UNIT_USD, FALSE);
    check_money("half a billion dollars", 5e8, 5e8, FC_UNIT_USD, FALSE);
    check_money("$10bn-plus", 1e10, INFINITY, FC_UNIT_USD, FALSE);
    check_money("$1B+", 1e9, INFINITY, FC_UNIT_USD, FALSE);
    check_money("400 million U.S. dollars", 4e8, 4e8, FC_UNIT_USD, FALSE);
    fc_test_check_scan(fc_value_money_pattern(),
                       "It raised $1.5-billion, half a billion dollars, a $1B+ round and "
                       "400 million U.S. dollars.",
                       "$1.5-billion | half a billion dollars | $1B+ | 400 million U.S. dollars");
}

static void
test_money_local_currencies(void)
{
    check_money("\xE2\x82\xB9"
                "1,250 crore",
                1.25e10, 1.25e10, FC_UNIT_INR, FALSE);
    check_money("Rs 40 crore", 4e8, 4e8, FC_UNIT_INR, FALSE);
    check_money("Rs. 5 lakh", 5e5, 5e5, FC_UNIT_INR, FALSE);
    check_money("INR 8 Cr", 8e7, 8e7, FC_UNIT_INR, FALSE);
    check_money("254 crore rupees", 2.54e9, 2.54e9, FC_UNIT_INR, FALSE);
    check_money("A$30 million", 3e7, 3e7, FC_UNIT_AUD, FALSE);
    check_money("C$12m", 1.2e7, 1.2e7, FC_UNIT_CAD, FALSE);
    check_money("S$5 million", 5e6, 5e6, FC_UNIT_SGD, FALSE);
    check_money("CHF 20 million", 2e7, 2e7, FC_UNIT_CHF, FALSE);
    check_money("US$20 million", 2e7, 2e7, FC_UNIT_USD, FALSE);
    /* Magnitudes of translated releases. */
    check_money("CHF 15 Mio", 1.5e7, 1.5e7, FC_UNIT_CHF, FALSE);
    check_money("EUR 2 Mrd", 2e9, 2e9, FC_UNIT_EUR, FALSE);
    check_money("R$ 50 milh\xC3\xB5"
                "es",
                5e7, 5e7, FC_UNIT_BRL, FALSE);
    check_money("R$ 1.2 bilh\xC3\xB5"
                "es",
                1.2e9, 1.2e9, FC_UNIT_BRL, FALSE);
    fc_test_check_scan(fc_value_money_pattern(),
                       "It raised Rs 40 crore, INR 8 Cr, A$30 million and CHF 20 million; "
                       "Mrs 40 and cr 5 are no money.",
                       "Rs 40 crore | INR 8 Cr | A$30 million | CHF 20 million");
}

static void
test_pattern_money_bounds(void)
{
    fc_test_check_scan(
        fc_value_money_pattern(),
        "up to $4 billion; as much as $11 billion, more than $11 billion, exceeding $11 "
        "billion, at least $1bn",
        "up to $4 billion | as much as $11 billion | more than $11 billion | exceeding "
        "$11 billion | at least $1bn");
    fc_test_check_scan(
        fc_value_money_pattern(),
        "nearly $2bn, close to $10bn, about $5 billion, around $350bn, roughly $830bn",
        "nearly $2bn | close to $10bn | about $5 billion | around $350bn | roughly "
        "$830bn");
    fc_test_check_scan(fc_value_money_pattern(), "Up To $4 Billion", "Up To $4 Billion");
}

static void
test_pattern_money_changes_are_two_mentions(void)
{
    fc_test_check_scan(fc_value_money_pattern(), "revenue rose from $5bn to $10bn", "$5bn | $10bn");
    fc_test_check_scan(fc_value_money_pattern(), "valued at $10bn to $15bn", "$10bn to $15bn");
    fc_test_check_scan(fc_value_money_pattern(), "$5bn and $10bn", "$5bn | $10bn");
}

static void
test_pattern_money_word_bounds(void)
{
    fc_test_check_scan(fc_value_money_pattern(), "x$10bnx A$10bn HK$5bn XK$5bn $5mb 10bn $5 many",
                       "A$10bn | HK$5bn | $5");
    fc_test_check_scan(fc_value_money_pattern(), "overall $5bn; someone $2bn", "$5bn | $2bn");
    fc_test_check_scan(fc_value_money_pattern(), "in 2021, 500 employees, 11%", "");
}

static void
test_pattern_percent(void)
{
    fc_test_check_scan(
        fc_value_percent_pattern(),
        "11%, 11 per cent, 11 percent, about 27 percent, up to 20%, 11\u00a0per cent",
        "11% | 11 per cent | 11 percent | about 27 percent | up to 20% | 11\u00a0per cent");
    fc_test_check_scan(fc_value_percent_pattern(),
                       "between 10 and 15 per cent, 10-15%, rose from 10% to 15%",
                       "between 10 and 15 per cent | 10-15% | 10% | 15%");
    fc_test_check_scan(fc_value_percent_pattern(), "$5% 3 percentage points 1.2.5% $10bn", "");
}

static void
test_pattern_count(void)
{
    fc_test_check_scan(
        fc_value_count_pattern(),
        "500 employees, 1,200 staff, 2.5 million users, more than 300 people, between "
        "500 and 1,000 engineers, 10-15 engines",
        "500 | 1,200 | 2.5 million | more than 300 | between 500 and 1,000 | 10-15");
    fc_test_check_scan(
        fc_value_count_pattern(),
        "in 2021, $500, €5m, 10 billion dollars, 11%, 11 per cent, COVID-19, Q1, 1,2345", "");
}

static void
test_pattern_matches_parse(void)
{
    const char *const texts[] = {
        "between $10bn and $15bn at around $350bn; up to $4 billion, as much as $11 billion",
        "US$2 billion, €500m, £1.2bn, a billion dollars, $1.5B-$2B, $300B–$400B, $10-15bn",
        "about\u00a0$5\u00a0billion, 10 to 15 billion dollars, between 10 and 15 billion euros",
        "between $500,000 and $2m; $10bn to 15bn; approx. $3bn; just shy of $2bn; USD5bn",
        "11%, 11 per cent, between 10 and 15 percent, 10%–15%, up to 20 pct, about 27 %",
        "500 people, 1,200, 2.5 million users, more than 300, between 500 and 1,000, 10k",
        NULL,
    };
    check_all_parse(fc_value_money_pattern(), fc_value_parse_money, texts);
    check_all_parse(fc_value_percent_pattern(), fc_value_parse_percent, texts);
    check_all_parse(fc_value_count_pattern(), fc_value_parse_count, texts);
}

/* Every way fc-currency says a currency is written is found whole by the
 * money pattern, parsed into its unit, and holds one of the literals
 * fc-mention looks for before it runs the pattern. */
static void
check_currency_form(const FcCurrencyForm *f, gboolean before)
{
    g_autofree char *written = before ? g_strconcat(f->text, "20 million", NULL)
                                      : g_strconcat("20 million ", f->text, NULL);
    g_autofree char *text = g_strconcat("It raised ", written, " last year.", NULL);
    g_autoptr(FcRegex) re = fc_regex_new(fc_value_money_pattern(), FC_REGEX_DEFAULT, NULL);
    g_autoptr(FcMatch) m = fc_match_new();
    gsize start, end;
    g_assert_cmpint(fc_regex_match(re, text, strlen(text), 0, m), ==, FC_REGEX_MATCHED);
    g_assert_true(fc_match_group(m, 0, &start, &end));
    g_autofree char *found = g_strndup(text + start, end - start);
    g_assert_cmpstr(found, ==, written);
    FcValue v;
    g_assert_true(fc_value_parse_money(text + start, end - start, &v));
    g_assert_cmpint(v.unit, ==, f->unit);
    assert_close(v.low, 20e6);
    gboolean held = FALSE;
    for (const char *const *atom = fc_currency_atoms(); *atom != NULL; atom++)
        held |= strstr(text, *atom) != NULL;
    g_assert_true(held);
}

static void
test_currency_forms(void)
{
    for (const FcCurrencyForm *f = fc_currency_before(); f->text != NULL; f++)
        check_currency_form(f, TRUE);
    for (const FcCurrencyForm *f = fc_currency_after(); f->text != NULL; f++)
        check_currency_form(f, FALSE);
    g_assert_cmpstr(fc_unit_name(FC_UNIT_CHF), ==, "CHF");
    g_assert_true(fc_currency_is_written("yuan", 4));
    g_assert_true(fc_currency_is_written("US$", 3));
    g_assert_false(fc_currency_is_written("r", 1));
    g_assert_cmpuint(fc_currency_sign_len("\xE2\x82\xA6"
                                          "45",
                                          5),
                     ==, 3);
    g_assert_cmpuint(fc_currency_sign_len("Rs40", 4), ==, 2);
}

/* Long hostile lines must end without hitting the match limits. */
static void
test_pattern_hostile_input(void)
{
    const char *const units[] = {"1",  "1,",    "$1", "$",  "between $1 and ", "up to ", "1.",
                                 "1-", "$1bn-", "a ", "9 ", "\u00a0",          "1 per ", NULL};
    const char *const patterns[] = {fc_value_money_pattern(), fc_value_percent_pattern(),
                                    fc_value_count_pattern(), NULL};
    for (gsize p = 0; patterns[p] != NULL; p++) {
        for (gsize u = 0; units[u] != NULL; u++) {
            GString *line = g_string_new(NULL);
            while (line->len < 6000)
                g_string_append(line, units[u]);
            g_autofree char *text = g_string_free(line, FALSE);
            g_autofree char *found = fc_test_scan(patterns[p], FC_REGEX_DEFAULT, text);
            g_assert_nonnull(found);
        }
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/value/unit/names", test_unit_names);
    g_test_add_func("/value/year", test_value_year);
    g_test_add_func("/value/money/magnitudes", test_money_magnitudes);
    g_test_add_func("/value/money/plain-numbers", test_money_plain_numbers);
    g_test_add_func("/value/money/currencies", test_money_currencies);
    g_test_add_func("/value/money/currency-words", test_money_currency_words);
    g_test_add_func("/value/money/unicode-spaces", test_money_unicode_spaces);
    g_test_add_func("/value/money/ranges", test_money_ranges);
    g_test_add_func("/value/money/range-shared-parts", test_money_range_shared_parts);
    g_test_add_func("/value/money/upper-bounds", test_money_upper_bounds);
    g_test_add_func("/value/money/lower-bounds", test_money_lower_bounds);
    g_test_add_func("/value/money/approximations", test_money_approximations);
    g_test_add_func("/value/money/bound-and-approximation", test_money_bound_and_approximation);
    g_test_add_func("/value/money/bound-by-verb", test_money_bound_by_verb);
    g_test_add_func("/value/money/length-is-respected", test_money_length_is_respected);
    g_test_add_func("/value/money/rejects", test_money_rejects);
    g_test_add_func("/value/money/news-forms", test_money_news_forms);
    g_test_add_func("/value/money/local-currencies", test_money_local_currencies);
    g_test_add_func("/value/money/rejects-bad-arguments", test_money_rejects_bad_arguments);
    g_test_add_func("/value/money/overflow-limit", test_money_overflow_limit);
    g_test_add_func("/value/absurd-numbers", test_absurd_numbers);
    g_test_add_func("/value/pattern/negative", test_pattern_negative);
    g_test_add_func("/value/format/edges", test_format_edges);
    g_test_add_func("/value/percent/forms", test_percent_forms);
    g_test_add_func("/value/percent/ranges", test_percent_ranges);
    g_test_add_func("/value/percent/rejects", test_percent_rejects);
    g_test_add_func("/value/count/forms", test_count_forms);
    g_test_add_func("/value/count/rejects", test_count_rejects);
    g_test_add_func("/value/compatible/exact-in-bound", test_compatible_exact_in_bound);
    g_test_add_func("/value/compatible/exact-in-range", test_compatible_exact_in_range);
    g_test_add_func("/value/compatible/exact-figures", test_compatible_exact_figures);
    g_test_add_func("/value/compatible/approximation", test_compatible_approximation);
    g_test_add_func("/value/compatible/caps", test_compatible_caps);
    g_test_add_func("/value/compatible/units", test_compatible_units);
    g_test_add_func("/value/compatible/odd-tolerances", test_compatible_odd_tolerances);
    g_test_add_func("/value/format/money", test_format_money);
    g_test_add_func("/value/format/other-units", test_format_other_units);
    g_test_add_func("/value/point", test_value_point);
    g_test_add_func("/value/pattern/money-article", test_pattern_money_article);
    g_test_add_func("/value/pattern/money-forms", test_pattern_money_forms);
    g_test_add_func("/value/pattern/money-bounds", test_pattern_money_bounds);
    g_test_add_func("/value/pattern/money-changes-are-two-mentions",
                    test_pattern_money_changes_are_two_mentions);
    g_test_add_func("/value/pattern/money-word-bounds", test_pattern_money_word_bounds);
    g_test_add_func("/value/pattern/percent", test_pattern_percent);
    g_test_add_func("/value/pattern/count", test_pattern_count);
    g_test_add_func("/value/pattern/matches-parse", test_pattern_matches_parse);
    g_test_add_func("/value/pattern/hostile-input", test_pattern_hostile_input);
    g_test_add_func("/value/currency/forms", test_currency_forms);
    return g_test_run();
}
