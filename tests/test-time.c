#include "fc-regex.h"
#include "fc-test.h"
#include "fc-time.h"

#include <string.h>

/* ---- Helpers ------------------------------------------------------------- */

static FcTime
iso(const char *text)
{
    FcTime t = {0, 0, 0};
    if (!fc_time_parse_iso(text, &t))
        g_error("not an ISO date: \"%s\"", text);
    return t;
}

static guint32
day(int year, int month, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, d, month, year);
    return g_date_get_julian(&date);
}

static char *
format(const FcTime *t)
{
    return fc_time_format(t);
}

/* Resolves @text against the document date @doc_iso ("" for undated) and
 * compares the formatted result. */
static void
check_resolve(const char *text, const char *doc_iso, const char *want)
{
    FcTime doc = {0, 0, 0}, out;
    if (*doc_iso != '\0')
        doc = iso(doc_iso);
    if (!fc_time_resolve(text, strlen(text), &doc, &out))
        g_error("not resolved: \"%s\" (document %s)", text, doc_iso);
    g_autofree char *got = format(&out);
    if (g_strcmp0(got, want) != 0)
        g_error("\"%s\" (document %s): got %s, want %s", text, doc_iso, got, want);
    g_assert_cmpint(out.rel_months, ==, 0);
}

static void
check_undated(const char *text, gint32 rel_months)
{
    FcTime doc = {0, 0, 0}, out = {1, 1, 99};
    /* Nothing resolved, but the offset is kept. */
    if (fc_time_resolve(text, strlen(text), &doc, &out))
        g_error("resolved without a document date: \"%s\"", text);
    g_assert_false(fc_time_is_known(&out));
    g_assert_cmpuint(out.lo, ==, 0);
    g_assert_cmpuint(out.hi, ==, 0);
    if (out.rel_months != rel_months)
        g_error("\"%s\": rel_months %d, want %d", text, out.rel_months, rel_months);
}

static void
check_unresolved(const char *text, const char *doc_iso)
{
    FcTime doc = {0, 0, 0}, out = {1, 1, 99};
    if (*doc_iso != '\0')
        doc = iso(doc_iso);
    if (fc_time_resolve(text, strlen(text), &doc, &out))
        g_error("should not resolve: \"%s\"", text);
    /* Written even on failure: unknown, no offset. */
    g_assert_false(fc_time_is_known(&out));
    g_assert_cmpint(out.rel_months, ==, 0);
}

/* The mentions of the time pattern in @text, with and without
 * PCRE2_CASELESS: the pattern fixes case itself. */
static void
check_scan(const char *text, const char *want)
{
    fc_test_check_scan(fc_time_pattern(), text, want);
}

/* ---- Basics -------------------------------------------------------------- */

static void
test_time_known_width_overlap(void)
{
    FcTime unknown = {0, 0, -1};
    FcTime a = {day(2025, 1, 1), day(2025, 1, 31), 0};
    FcTime b = {day(2025, 1, 31), day(2025, 2, 10), 0};
    FcTime c = {day(2025, 2, 1), day(2025, 2, 10), 0};
    g_assert_false(fc_time_is_known(&unknown));
    g_assert_false(fc_time_is_known(NULL));
    g_assert_true(fc_time_is_known(&a));
    g_assert_cmpuint(fc_time_width(&a), ==, 31);
    g_assert_cmpuint(fc_time_width(&unknown), ==, 0);
    g_assert_true(fc_time_overlaps(&a, &b));
    g_assert_true(fc_time_overlaps(&b, &a));
    g_assert_false(fc_time_overlaps(&a, &c));
    g_assert_false(fc_time_overlaps(&a, &unknown));
    g_assert_false(fc_time_overlaps(&unknown, &unknown));
}

static void
test_time_parse_iso(void)
{
    FcTime t = iso("2025");
    g_assert_cmpuint(t.lo, ==, day(2025, 1, 1));
    g_assert_cmpuint(t.hi, ==, day(2025, 12, 31));
    g_assert_cmpint(t.rel_months, ==, 0);
    t = iso("2025-11");
    g_assert_cmpuint(t.lo, ==, day(2025, 11, 1));
    g_assert_cmpuint(t.hi, ==, day(2025, 11, 30));
    t = iso("2024-02");
    g_assert_cmpuint(t.hi, ==, day(2024, 2, 29));
    t = iso("2025-11-20");
    g_assert_cmpuint(t.lo, ==, day(2025, 11, 20));
    g_assert_cmpuint(t.hi, ==, t.lo);
    t = iso("2025-11-20T10:00:00Z");
    g_assert_cmpuint(t.lo, ==, day(2025, 11, 20));
    g_assert_cmpuint(t.hi, ==, t.lo);
}

static void
test_time_parse_iso_rejects(void)
{
    const char *const bad[] = {"",          "25",          "20250",      "2025-",
                               "2025-1",    "2025-13",     "2025-00",    "2025-02-30",
                               "2025-11-2", "2025-11-20x", "2025-11T10", "2025 ",
                               "0000",      "abcd",        "2025/11/20", NULL};
    FcTime t;
    for (gsize i = 0; bad[i] != NULL; i++) {
        if (fc_time_parse_iso(bad[i], &t))
            g_error("should not parse: \"%s\"", bad[i]);
    }
    g_assert_false(fc_time_parse_iso(NULL, &t));
    g_assert_false(fc_time_parse_iso("2025", NULL));
}

static void
test_time_format(void)
{
    const char *const cases[][2] = {
        {"2025-11-20", "2025-11-20"},
        {"2025-11", "2025-11"},
        {"2025", "2025"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        FcTime t = iso(cases[i][0]);
        g_autofree char *got = format(&t);
        g_assert_cmpstr(got, ==, cases[i][1]);
    }
    FcTime q = {day(2025, 1, 1), day(2025, 3, 31), 0};
    FcTime late = {day(2023, 9, 1), day(2023, 12, 31), 0};
    FcTime days = {day(2025, 11, 13), day(2025, 11, 19), 0};
    FcTime years = {day(2023, 1, 1), day(2024, 12, 31), 0};
    FcTime unknown = {0, 0, -12};
    g_autofree char *fq = format(&q);
    g_autofree char *flate = format(&late);
    g_autofree char *fdays = format(&days);
    g_autofree char *fyears = format(&years);
    g_autofree char *funknown = format(&unknown);
    g_assert_cmpstr(fq, ==, "2025-Q1");
    g_assert_cmpstr(flate, ==, "2023-09/2023-12");
    g_assert_cmpstr(fdays, ==, "2025-11-13/2025-11-19");
    g_assert_cmpstr(fyears, ==, "2023/2024");
    g_assert_cmpstr(funknown, ==, "");
}

/* ---- Absolute expressions ------------------------------------------------ */

static void
test_resolve_years(void)
{
    check_resolve("2021", "2025-11-20", "2021");
    check_resolve("in 2021", "2025-11-20", "2021");
    check_resolve("In 2021", "2025-11-20", "2021");
    check_resolve("since 2021", "2025-11-20", "2021");
    /* Absolute: no document date needed. */
    check_resolve("2023", "", "2023");
}

static void
test_resolve_months_with_year(void)
{
    check_resolve("May 2023", "2025-11-20", "2023-05");
    check_resolve("September 2025", "", "2025-09");
    check_resolve("Sept. 2025", "", "2025-09");
    check_resolve("in May 2023", "", "2023-05");
}

static void
test_resolve_days(void)
{
    check_resolve("May 20, 2023", "", "2023-05-20");
    check_resolve("20 May 2023", "", "2023-05-20");
    check_resolve("May 20th 2023", "", "2023-05-20");
    check_resolve("Jan. 5, 2024", "", "2024-01-05");
    check_resolve("on 5 January", "2025-11-20", "2025-01-05");
    check_resolve("2023-05-20", "", "2023-05-20");
    check_resolve("February 29, 2024", "", "2024-02-29");
}

static void
test_resolve_parts_of_year(void)
{
    check_resolve("late 2023", "", "2023-09/2023-12");
    check_resolve("early 2024", "", "2024-01/2024-04");
    check_resolve("mid-2024", "", "2024-05/2024-08");
    check_resolve("mid 2024", "", "2024-05/2024-08");
    check_resolve("mid–2024", "", "2024-05/2024-08");
    check_resolve("the end of 2023", "", "2023-Q4");
    check_resolve("by the end of 2023", "", "2023-Q4");
    check_resolve("the start of 2024", "", "2024-Q1");
    check_resolve("the beginning of 2024", "", "2024-Q1");
}

static void
test_resolve_quarters_and_halves(void)
{
    check_resolve("Q1 2025", "", "2025-Q1");
    check_resolve("Q4-2024", "", "2024-Q4");
    check_resolve("Q3 of 2024", "", "2024-Q3");
    check_resolve("the first quarter of 2025", "", "2025-Q1");
    check_resolve("the third quarter of 2024", "", "2024-Q3");
    check_resolve("the fourth quarter of last year", "2025-11-20", "2024-Q4");
    check_resolve("first-quarter", "2025-11-20", "2025-Q1");
    check_resolve("H2 2024", "", "2024-07/2024-12");
    check_resolve("the first half of 2025", "", "2025-01/2025-06");
    check_resolve("the second half of last year", "2025-11-20", "2024-07/2024-12");
}

static void
test_resolve_parts_of_month(void)
{
    check_resolve("early May 2024", "", "2024-05-01/2024-05-10");
    check_resolve("mid-May", "2025-11-20", "2025-05-11/2025-05-20");
    check_resolve("late February 2024", "", "2024-02-21/2024-02-29");
}

/* ---- Month without a year ------------------------------------------------ */

static void
test_resolve_month_takes_document_year(void)
{
    check_resolve("May", "2025-11-20", "2025-05");
    check_resolve("in May", "2025-11-20", "2025-05");
    check_resolve("as of September", "2025-11-20", "2025-09");
    check_resolve("in November", "2025-11-20", "2025-11");
}

static void
test_resolve_month_after_document_is_last_year(void)
{
    check_resolve("in November", "2025-03-10", "2024-11");
    check_resolve("December", "2025-03-10", "2024-12");
    check_resolve("in March", "2025-03-10", "2025-03");
    check_resolve("the third quarter", "2025-03-10", "2024-Q3");
}

static void
test_resolve_month_relative_year(void)
{
    check_resolve("May this year", "2025-11-20", "2025-05");
    check_resolve("May last year", "2025-11-20", "2024-05");
    check_resolve("December this year", "2025-03-10", "2025-12");
    check_resolve("last May", "2025-11-20", "2025-05");
    check_resolve("last May", "2025-05-20", "2024-05");
    check_resolve("last December", "2025-03-10", "2024-12");
    check_resolve("next May", "2025-11-20", "2026-05");
    check_resolve("this May", "2025-11-20", "2025-05");
}

/* Spring, summer and autumn are three months; winter is taken as the
 * first quarter of its year. */
static void
test_resolve_seasons(void)
{
    check_resolve("spring 2021", "", "2021-03/2021-05");
    check_resolve("the summer of 2023", "", "2023-06/2023-08");
    check_resolve("fall 2022", "", "2022-09/2022-11");
    check_resolve("winter 2023", "", "2023-Q1");
    check_resolve("last spring", "2024-02-12", "2023-03/2023-05");
    check_resolve("last spring", "2024-07-01", "2024-03/2024-05");
    check_resolve("last spring", "2024-04-15", "2023-03/2023-05");
    check_resolve("this summer", "2024-02-12", "2024-06/2024-08");
    check_resolve("next autumn", "2024-11-20", "2025-09/2025-11");
}

/* "ago" counts back from the article: years to a year, months to a
 * month, weeks to the week around the day. */
static void
test_resolve_ago(void)
{
    check_resolve("two years ago", "2025-01-28", "2023");
    check_resolve("a year ago", "2025-01-28", "2024");
    check_resolve("six months ago", "2025-01-28", "2024-07");
    check_resolve("18 months ago", "2025-01-28", "2023-07");
    check_resolve("three weeks ago", "2025-01-28", "2025-01-04/2025-01-10");
}

/* A fiscal year is the calendar year it ends in. */
static void
test_resolve_fiscal(void)
{
    check_resolve("FY23", "", "2023");
    check_resolve("FY 2024", "", "2024");
    check_resolve("FY2023-24", "", "2024");
    check_resolve("FY'22", "", "2022");
    check_resolve("fiscal 2023", "", "2023");
    check_resolve("fiscal year 2021", "", "2021");
    check_resolve("fiscal year 2023-24", "", "2024");
    check_resolve("financial year 2023-24", "", "2024");
    check_resolve("financial year 2022", "", "2022");
    FcTime out, unknown = {0};
    g_assert_false(fc_time_resolve("FY2023-27", 9, &unknown, &out));
}

/* ---- Relative expressions ------------------------------------------------ */

static void
test_resolve_relative_years(void)
{
    check_resolve("last year", "2025-11-20", "2024");
    check_resolve("this year", "2025-11-20", "2025");
    check_resolve("next year", "2025-11-20", "2026");
    check_resolve("Last Year", "2025-11-20", "2024");
    check_resolve("late last year", "2025-11-20", "2024-09/2024-12");
    check_resolve("early this year", "2025-11-20", "2025-01/2025-04");
    check_resolve("the end of last year", "2025-11-20", "2024-Q4");
    check_resolve("the end of the year", "2025-11-20", "2025-Q4");
    check_resolve("earlier this year", "2025-11-20", "2025-01-01/2025-11-20");
    check_resolve("later this year", "2025-11-20", "2025-11-20/2025-12-31");
}

/* Against the narrative's last date, not the document's; none of these
 * is a date on its own. */
static void
check_anchored(const char *text, const char *anchor_iso, const char *want)
{
    FcTime anchor = iso(anchor_iso), out, doc = iso("2025-11-20");
    g_assert_true(fc_time_is_anchored(text, strlen(text)));
    g_assert_false(fc_time_resolve(text, strlen(text), &doc, &out));
    if (!fc_time_resolve_anchored(text, strlen(text), &anchor, &out))
        g_error("not resolved: \"%s\" (anchor %s)", text, anchor_iso);
    g_autofree char *got = format(&out);
    if (g_strcmp0(got, want) != 0)
        g_error("\"%s\" (anchor %s): got %s, want %s", text, anchor_iso, got, want);
}

static void
test_resolve_anchored(void)
{
    check_anchored("later that year", "2017-03", "2017-03/2017-12");
    check_anchored("Earlier that year", "2017-05-10", "2017-01-01/2017-05-10");
    check_anchored("that same year", "2019", "2019");
    check_anchored("in the same year", "2019-06", "2019");
    check_anchored("that spring", "2019-01", "2019-03/2019-05");
    check_anchored("the following year", "2016-09", "2017");
    check_anchored("the following spring", "2016-09", "2017-03/2017-05");
    check_anchored("the following month", "2016-12", "2017-01");
    check_anchored("that month", "2016-12-04", "2016-12");
    check_anchored("two years later", "2017", "2019");
    check_anchored("A year later", "2017-03", "2018");
    check_anchored("six months later", "2017-03", "2017-09");
    check_anchored("18 months later", "2017-03", "2018-09");
    check_anchored("at the time", "2021-07", "2021-07");
    check_anchored("at that time", "2021", "2021");
    check_anchored("at that point", "2021-03", "2021-03");
    check_anchored("By then", "2022-03", "2022-03");
    check_anchored("until then", "2019", "2019");
    static const char *const others[] = {
        "this year",    "the year",      "two years ago", "later this year", "later that week",
        "that quarter", "the following", "years later",   "the next year",   NULL};
    for (guint i = 0; others[i] != NULL; i++)
        g_assert_false(fc_time_is_anchored(others[i], strlen(others[i])));
    FcTime unknown = {0, 0, 0}, out;
    g_assert_false(fc_time_resolve_anchored("later that year", 15, &unknown, &out));
    g_assert_false(fc_time_is_known(&out));
}

static void
test_resolve_relative_months(void)
{
    check_resolve("last month", "2025-11-20", "2025-10");
    check_resolve("last month", "2025-01-15", "2024-12");
    check_resolve("this month", "2025-11-20", "2025-11");
    check_resolve("next month", "2025-12-20", "2026-01");
    check_resolve("earlier this month", "2025-11-20", "2025-11-01/2025-11-20");
    check_resolve("last quarter", "2025-11-20", "2025-Q3");
    check_resolve("this quarter", "2025-11-20", "2025-Q4");
    check_resolve("last quarter", "2025-02-01", "2024-Q4");
}

static void
test_resolve_relative_days(void)
{
    check_resolve("yesterday", "2025-11-20", "2025-11-19");
    check_resolve("today", "2025-11-20", "2025-11-20");
    check_resolve("last week", "2025-11-20", "2025-11-13/2025-11-19");
    check_resolve("this week", "2025-11-20", "2025-11-14/2025-11-20");
    check_resolve("on Tuesday", "2025-11-20", "2025-11-14/2025-11-20");
    check_resolve("Tuesday", "2025-11-20", "2025-11-14/2025-11-20");
    check_resolve("last Tuesday", "2025-11-20", "2025-11-13/2025-11-19");
    check_resolve("yesterday", "2025-01-01", "2024-12-31");
}

/* A document dated by a whole month or year: every day it could mean. */
static void
test_resolve_against_span_document(void)
{
    check_resolve("earlier this month", "2025-11", "2025-11");
    check_resolve("last month", "2025-11", "2025-10");
    check_resolve("last year", "2025-11", "2024");
    check_resolve("last month", "2025", "2024-12/2025-11");
    check_resolve("yesterday", "2025-11", "2025-10-31/2025-11-29");
}

static void
test_resolve_undated_document(void)
{
    check_undated("last month", -1);
    check_undated("last year", -12);
    check_undated("next year", 12);
    check_undated("this month", 0);
    check_undated("this year", 0);
    check_undated("earlier this month", 0);
    check_undated("earlier this year", 0);
    check_undated("late last year", -12);
    check_undated("May last year", -12);
    check_undated("May this year", 0);
    check_undated("last quarter", -3);
    check_undated("in May", 0);
    check_undated("last week", 0);
    check_undated("on Tuesday", 0);
    check_undated("yesterday", 0);
    check_undated("today", 0);
}

static void
test_resolve_null_document_is_undated(void)
{
    FcTime out;
    g_assert_false(fc_time_resolve("last month", 10, NULL, &out));
    g_assert_false(fc_time_is_known(&out));
    g_assert_cmpint(out.rel_months, ==, -1);
    g_assert_true(fc_time_resolve("2021", 4, NULL, &out));
    g_assert_true(fc_time_is_known(&out));
}

static void
test_resolve_length_is_respected(void)
{
    FcTime doc = iso("2025-11-20"), out;
    const char text[] = "last year and more";
    g_assert_true(fc_time_resolve(text, 9, &doc, &out));
    g_assert_cmpuint(out.lo, ==, day(2024, 1, 1));
    g_assert_false(fc_time_resolve(text, strlen(text), &doc, &out));
}

static void
test_resolve_rejects(void)
{
    check_unresolved("", "2025-11-20");
    check_unresolved("foo", "2025-11-20");
    check_unresolved("in", "2025-11-20");
    check_unresolved("May 32", "2025-11-20");
    check_unresolved("February 30, 2023", "2025-11-20");
    check_unresolved("Q5 2025", "2025-11-20");
    check_unresolved("the third half of 2025", "2025-11-20");
    check_unresolved("late Q1 2025", "2025-11-20");
    check_unresolved("last decade", "2025-11-20");
    check_unresolved("2025-13-01", "2025-11-20");
    FcTime doc = iso("2025-11-20"), out;
    g_assert_false(fc_time_resolve(NULL, 4, &doc, &out));
    g_assert_false(fc_time_resolve("2021", 4, &doc, NULL));
    g_autofree char *huge = g_strnfill(5000, 'a');
    g_assert_false(fc_time_resolve(huge, strlen(huge), &doc, &out));
    const char many[] = "in in in in in in in in in in in in in in in in 2021";
    g_assert_false(fc_time_resolve(many, strlen(many), &doc, &out));
}

/* Nonsense document days must not reach GDate's assertions. */
static void
test_resolve_bad_document(void)
{
    FcTime out;
    FcTime backwards = {day(2025, 2, 1), day(2025, 1, 1), 0};
    g_assert_false(fc_time_resolve("last month", 10, &backwards, &out));
    g_assert_false(fc_time_is_known(&out));
    g_assert_cmpint(out.rel_months, ==, -1);
    FcTime far = {G_MAXUINT32 - 1, G_MAXUINT32, 0};
    g_assert_false(fc_time_resolve("last month", 10, &far, &out));
    g_assert_false(fc_time_is_known(&out));
    FcTime first = {1, 1, 0};
    g_assert_false(fc_time_resolve("last week", 9, &first, &out));
}

/* ---- Pattern ------------------------------------------------------------- */

static void
test_pattern_article_sentences(void)
{
    check_scan("The startup was valued at about $5 billion in May this year", "May this year");
    check_scan("Amodei said earlier this month that Anthropic generated close to $10bn in "
               "revenue last year",
               "earlier this month | last year");
    check_scan("Founded in 2021, the company", "2021");
    check_scan("she may raise more", "");
    check_scan("May I ask?", "");
}

static void
test_pattern_listed_forms(void)
{
    check_scan("In May, May 2023, May 20, 2023, 20 May 2023, September 2025, as of September",
               "May | May 2023 | May 20, 2023 | 20 May 2023 | September 2025 | as of September");
    check_scan("late 2023, early 2024, mid-2024, the end of 2023, Q1 2025, the first quarter of "
               "2025",
               "late 2023 | early 2024 | mid-2024 | the end of 2023 | Q1 2025 | the first "
               "quarter of 2025");
    check_scan("last year, this year, next year, last month, this month, earlier this month, "
               "earlier this year, late last year",
               "last year | this year | next year | last month | this month | earlier this "
               "month | earlier this year | late last year");
    check_scan("May this year, May last year, last week, on Tuesday, yesterday, today",
               "May this year | May last year | last week | Tuesday | yesterday | today");
}

static void
test_pattern_prepositions_stay_outside(void)
{
    check_scan("in 2021", "2021");
    check_scan("since March", "March");
    check_scan("by May", "May");
    check_scan("from May until June", "May | June");
    check_scan("as of May 2024", "as of May 2024");
}

static void
test_pattern_years_inside_numbers(void)
{
    check_scan("$2021 and 2,021 and 1.2021 and 2021% and 1990s and XY2024 and 12021", "");
    /* ... but a fiscal year's is the fiscal year (test_resolve_fiscal). */
    check_scan("in FY2024", "FY2024");
    check_scan("in 2021-22", "2021");
    check_scan("2023/24", "2023");
    check_scan("in 1899 and 2100", "");
}

static void
test_pattern_names_are_not_dates(void)
{
    check_scan("August Capital led; the Sunday Times said", "");
    check_scan("march forward, in august", "");
    check_scan("On Monday, it said", "Monday");
    check_scan("Mayor Jones", "");
    /* After "In", a month is a date even before a name, not a fund's. */
    check_scan("In September Meridian let staff sell shares", "September");
    check_scan("In May Corvane raised $20m", "May");
    check_scan("In August Capital's view", "");
}

static void
test_pattern_unicode(void)
{
    check_scan("in\u00a0May", "May");
    check_scan("May\u00a02023", "May\u00a02023");
    check_scan("mid-2024 and mid–2024", "mid-2024 | mid–2024");
    check_scan("“2021”", "2021");
    /* Caseless 's' is also U+017F: the look-aheads that open the
     * alternatives must let it through. */
    check_scan("by \u017Ftart of 2023", "\u017Ftart of 2023");
    check_scan("in \u017Fecond half of 2024", "\u017Fecond half of 2024");
}

static void
test_pattern_matches_resolve(void)
{
    const char *const texts[] = {
        "In May, May 2023, May 20, 2023, 20 May 2023, September 2025, as of September",
        "late 2023, early 2024, mid-2024, the end of 2023, Q1 2025, the first quarter of 2025",
        "last year, this year, next year, last month, this month, earlier this month",
        "earlier this year, late last year, May this year, May last year, last week, Tuesday",
        "yesterday, today, last May, H2 2024, the second half of last year, first-quarter",
        "Sept. 5, 2024, 2023-05-20, mid-May, the end of the year, later this year, in 2021",
        "last spring, the summer of 2023, fall 2022, this winter, autumn last year",
        "two years ago, a month ago, 18 months ago, three weeks ago, A year ago",
        "FY23, FY 2024, FY2023-24, fiscal 2023, fiscal year 2021, financial year 2023-24",
        "later that year, that same spring, the following month, two years later, at the time",
        "by then, at that point, until then",
        NULL,
    };
    g_autoptr(FcRegex) re = fc_regex_new(fc_time_pattern(), FC_REGEX_DEFAULT, NULL);
    g_autoptr(FcMatch) m = fc_match_new();
    FcTime doc = iso("2025-11-20"), out;
    for (gsize i = 0; texts[i] != NULL; i++) {
        gsize len = strlen(texts[i]), pos = 0, start, end;
        while (fc_regex_match(re, texts[i], len, pos, m) == FC_REGEX_MATCHED) {
            g_assert_true(fc_match_group(m, 0, &start, &end));
            if (!fc_time_resolve(texts[i] + start, end - start, &doc, &out) &&
                !fc_time_resolve_anchored(texts[i] + start, end - start, &doc, &out))
                g_error("match \"%.*s\" does not resolve", (int)(end - start), texts[i] + start);
            if (!fc_time_is_known(&out))
                g_error("match \"%.*s\" does not resolve", (int)(end - start), texts[i] + start);
            pos = end > start ? end : end + 1;
        }
    }
}

static void
test_pattern_hostile_input(void)
{
    const char *const units[] = {
        "2",   "20",      "2021-", "May ",          "in ",    "late ", "the end of ",
        "Q1 ", "20 May ", "last ", "earlier this ", "\u00a0", NULL};
    for (gsize u = 0; units[u] != NULL; u++) {
        GString *line = g_string_new(NULL);
        while (line->len < 6000)
            g_string_append(line, units[u]);
        g_autofree char *text = g_string_free(line, FALSE);
        g_autofree char *found = fc_test_scan(fc_time_pattern(), FC_REGEX_DEFAULT, text);
        g_assert_nonnull(found);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/time/known-width-overlap", test_time_known_width_overlap);
    g_test_add_func("/time/parse-iso", test_time_parse_iso);
    g_test_add_func("/time/parse-iso-rejects", test_time_parse_iso_rejects);
    g_test_add_func("/time/format", test_time_format);
    g_test_add_func("/time/resolve/years", test_resolve_years);
    g_test_add_func("/time/resolve/months-with-year", test_resolve_months_with_year);
    g_test_add_func("/time/resolve/days", test_resolve_days);
    g_test_add_func("/time/resolve/parts-of-year", test_resolve_parts_of_year);
    g_test_add_func("/time/resolve/quarters-and-halves", test_resolve_quarters_and_halves);
    g_test_add_func("/time/resolve/parts-of-month", test_resolve_parts_of_month);
    g_test_add_func("/time/resolve/month-takes-document-year",
                    test_resolve_month_takes_document_year);
    g_test_add_func("/time/resolve/month-after-document-is-last-year",
                    test_resolve_month_after_document_is_last_year);
    g_test_add_func("/time/resolve/month-relative-year", test_resolve_month_relative_year);
    g_test_add_func("/time/resolve/seasons", test_resolve_seasons);
    g_test_add_func("/time/resolve/ago", test_resolve_ago);
    g_test_add_func("/time/resolve/fiscal", test_resolve_fiscal);
    g_test_add_func("/time/resolve/relative-years", test_resolve_relative_years);
    g_test_add_func("/time/resolve/relative-months", test_resolve_relative_months);
    g_test_add_func("/time/resolve/relative-days", test_resolve_relative_days);
    g_test_add_func("/time/resolve/against-span-document", test_resolve_against_span_document);
    g_test_add_func("/time/resolve/undated-document", test_resolve_undated_document);
    g_test_add_func("/time/resolve/null-document-is-undated",
                    test_resolve_null_document_is_undated);
    g_test_add_func("/time/resolve/length-is-respected", test_resolve_length_is_respected);
    g_test_add_func("/time/resolve/rejects", test_resolve_rejects);
    g_test_add_func("/time/resolve/bad-document", test_resolve_bad_document);
    g_test_add_func("/time/pattern/article-sentences", test_pattern_article_sentences);
    g_test_add_func("/time/pattern/listed-forms", test_pattern_listed_forms);
    g_test_add_func("/time/pattern/prepositions-stay-outside",
                    test_pattern_prepositions_stay_outside);
    g_test_add_func("/time/pattern/years-inside-numbers", test_pattern_years_inside_numbers);
    g_test_add_func("/time/pattern/names-are-not-dates", test_pattern_names_are_not_dates);
    g_test_add_func("/time/pattern/unicode", test_pattern_unicode);
    g_test_add_func("/time/pattern/matches-resolve", test_pattern_matches_resolve);
    g_test_add_func("/time/resolve/anchored", test_resolve_anchored);
    g_test_add_func("/time/pattern/hostile-input", test_pattern_hostile_input);
    return g_test_run();
}
