/* fc-datefind: the same dates as the date pattern run at every position,
 * on date forms, random text and every fixture article. */
#include "fc-atoms.h"
#include "fc-datefind.h"
#include "fc-test.h"
#include "fc-time.h"

#include <string.h>

/* Every date from @from as "start-end;", by the finder (@re NULL) or by
 * the regex. */
static char *
all_dates(const FcDateFinder *f, const FcRegex *re, const char *text, gsize from)
{
    FcMatch *m = fc_test_thread_match();
    GString *out = g_string_new(NULL);
    gsize len = strlen(text), pos = from, s = 0, e = 0;
    while (pos < len) {
        FcRegexResult r = re == NULL ? fc_date_finder_next(f, text, len, pos, m, &s, &e)
                                     : fc_regex_match(re, text, len, pos, m);
        if (r != FC_REGEX_MATCHED || (re != NULL && !fc_match_group(m, 0, &s, &e)))
            break;
        g_string_append_printf(out, "%zu-%zu;", s, e);
        pos = e > s ? e : s + 1;
    }
    return g_string_free(out, FALSE);
}

typedef struct {
    FcDateFinder *finder;
    FcRegex *re;
} Fixture;

static void
fixture_set_up(Fixture *fx, gconstpointer data)
{
    (void)data;
    g_autoptr(GError) error = NULL;
    fx->finder = fc_date_finder_new(&error);
    g_assert_no_error(error);
    fx->re = fc_regex_new(fc_time_pattern(), FC_REGEX_DEFAULT, &error);
    g_assert_no_error(error);
}

static void
fixture_tear_down(Fixture *fx, gconstpointer data)
{
    (void)data;
    fc_date_finder_free(fx->finder);
    fc_regex_free(fx->re);
}

static void
assert_same(const Fixture *fx, const char *text, gsize from)
{
    g_autofree char *got = all_dates(fx->finder, NULL, text, from);
    g_autofree char *want = all_dates(NULL, fx->re, text, from);
    fc_test_assert_same_matches(text, from, got, want);
}

static void
test_forms(Fixture *fx, gconstpointer data)
{
    (void)data;
    static const char *const texts[] = {
        "on 2024-03-01 and 5 March 2024, then March 5, 2024 and Mar. 2024",
        "in March last year, early 2024, mid-2023, late March, Mid–March",
        "at the end of 2023, the start of last year, the end of the year, End of 2024",
        "Q3 2024, H1-2025, q4 of 2023, in the first quarter, the 2nd half of 2024",
        "earlier this month, later this year, last week, this quarter, next year",
        "yesterday, today, last March, this June, next May, last Monday, Friday",
        "in May, by May, May raised; August Capital; Sunday Times; as of June 2024",
        "As Of 2024, AS OF march, as well as 2021, $2021, 2,021, 1.2021, 2021%",
        "THE END OF 2024, The First Quarter, the ending of 2024, the firstly",
        "the\u00a0end of 2024, this\u2003year, the\tend\nof 2024",
        "x2024 _2024 é2024 2024é, theyear, the year, midday, mid 2024",
        "January February March April May June July August September October November December",
        "in Jan., Feb 3, Apr 2024, Jun 5, Jul 2020, Aug 1, Sep 9, Sept 2021, Oct 2, Nov 4, Dec 25",
        "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, last Sunday",
        "the third quarter, the fourth quarter of 2023, the 3rd quarter, the 4th quarter",
        "\u201cmid-2024\u201d, (early 2024), \u2014late 2023",
        "later that year, that same spring, the following month, at the time, at that time",
        "two years later, the same year, At the time of writing, that year's, the following",
        "By then, until then, at that point, at that point in, and then, by\nthen, BY THEN",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
        assert_same(fx, texts[i], 0);
        g_autofree char *got = all_dates(fx->finder, NULL, texts[i], 0);
        g_assert_cmpstr(got, !=, "");
    }
}

/* Random text from date words, their neighbours and the characters the
 * finder decides on. */
static void
test_random_text(Fixture *fx, gconstpointer data)
{
    (void)data;
    static const char *const pieces[] = {
        "the",    "The",       "THE",   "end",     "start",   "of",       "as",     "As",
        "first",  "quarter",   "half",  "this",    "last",    "next",     "year",   "month",
        "week",   "early",     "mid",   "late",    "earlier", "later",    "today",  "yesterday",
        "May",    "March",     "Mar",   "Sept",    "Monday",  "Fri",      "Q",      "H",
        "q",      "1",         "3",     "5",       "12",      "2024",     "1999",   "2021-03-04",
        "1st",    "2nd",       " ",     "  ",      "\n",      "\t",       "\u00a0", "-",
        "\u2013", ",",         ".",     "$",       "%",       "per cent", "x",      "_",
        "é",      "in",        "by",    "Capital", "Times",   "/",        "\u2019", "that",
        "same",   "following", "time",  "at",      "At",      "later",    "years",  "then",
        "By",     "until",     "point",
    };
    guint rounds = g_test_thorough() ? 500000 : 30000;
    for (guint r = 0; r < rounds; r++) {
        gsize from = 0;
        g_autofree char *text = fc_test_random_text(pieces, G_N_ELEMENTS(pieces), 9, TRUE, &from);
        assert_same(fx, text, 0);
        assert_same(fx, text, from);
    }
}

static void
same_dates_in(const char *text, gpointer fx)
{
    if (!fc_atoms_exotic_case(text, strlen(text), NULL))
        assert_same(fx, text, 0);
}

static void
test_fixture_articles(Fixture *fx, gconstpointer data)
{
    (void)data;
    g_assert_cmpuint(fc_test_each_fixture_article(same_dates_in, fx), >, 20);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add("/datefind/forms", Fixture, NULL, fixture_set_up, test_forms, fixture_tear_down);
    g_test_add("/datefind/random-text", Fixture, NULL, fixture_set_up, test_random_text,
               fixture_tear_down);
    g_test_add("/datefind/fixture-articles", Fixture, NULL, fixture_set_up, test_fixture_articles,
               fixture_tear_down);
    return g_test_run();
}
