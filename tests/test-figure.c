/* fc-figure: searching fc-value's patterns around figures finds what
 * searching them everywhere finds, from any position. */
#include "fc-atoms.h"
#include "fc-figure.h"
#include "fc-test.h"
#include "fc-value.h"

#include <string.h>

static FcRegex *
compile_value(const char *pattern)
{
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(pattern, FC_REGEX_START_LIMIT, &error);
    g_assert_no_error(error);
    return re;
}

/* Every match from @from as "start-end;", around figures or everywhere. */
static char *
all_matches(const FcRegex *re, const char *text, gsize from, gboolean around_figures)
{
    FcMatch *m = fc_test_thread_match();
    gsize len = strlen(text), pos = from, s, e;
    g_autofree char *lower = g_ascii_strdown(text, (gssize)len);
    const char *folded = fc_atoms_exotic_case(text, len, NULL) ? NULL : lower;
    GString *out = g_string_new(NULL);
    while (pos < len) {
        FcRegexResult r = around_figures ? fc_figure_match(re, text, len, pos, folded, 0, m)
                                         : fc_regex_match(re, text, len, pos, m);
        g_assert_cmpint(r, !=, FC_REGEX_LIMIT);
        if (r != FC_REGEX_MATCHED) {
            g_assert_false(fc_match_group(m, 0, &s, &e));
            break;
        }
        g_assert_true(fc_match_group(m, 0, &s, &e));
        g_string_append_printf(out, "%zu-%zu;", s, e);
        pos = e > s ? e : s + 1;
    }
    return g_string_free(out, FALSE);
}

static void
test_known_figures(void)
{
    g_autoptr(FcRegex) money = compile_value(fc_value_money_pattern());
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"It raised $5bn in 2019.", "10-14;"},
        {"It raised (about $5bn) then.", "11-21;"},
        {"no more than just shy of $5bn", "0-29;"},
        {"as much\u00a0as $5bn", "0-16;"},
        {"X, as much as\u2009$5bn", "3-20;"},
        {"between US $10bn and $15bn", "0-26;"},
        {"between USD 10bn and EUR 15bn, not £3", "0-29;35-38;"},
        {"half a billion dollars and 2 million euros", "0-22;27-42;"},
        {"from $5bn to $10bn", "5-9;13-18;"},
        {"Apple raised a billion dollars", "13-30;"},
        {"one billion dollars, an thousand euros", "0-19;21-38;"},
        {"nothing to see", ""},
        {"ABOUT $5BN", "0-10;"},
        {"approx. $5bn", "0-12;"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = all_matches(money, cases[i].text, 0, TRUE);
        g_assert_cmpstr(got, ==, cases[i].want);
        fc_test_assert_lister_agrees(all_matches, money, cases[i].text, 0);
    }
}

static void
test_lead_words(void)
{
    static const char *const lead[] = {"up",     "to",      "no",  "more",      "than",
                                       "approx", "approx.", "shy", "estimated", "between",
                                       "half",   "a",       "us$", "usd"};
    for (gsize i = 0; i < G_N_ELEMENTS(lead); i++)
        g_assert_true(fc_value_is_lead_word(lead[i], strlen(lead[i])));
    static const char *const other[] = {"the", "approx\\", "Between", "dollars", "", "up to"};
    for (gsize i = 0; i < G_N_ELEMENTS(other); i++)
        g_assert_false(fc_value_is_lead_word(other[i], strlen(other[i])));
}

/* Random text from figures, lead words and what lies between them. */
static void
test_random_text_agrees(void)
{
    static const char *const pieces[] = {
        "about",      "up",          "to",         "as",         "much",    "no",      "more",
        "than",       "just",        "shy",        "of",         "approx",  "approx.", "between",
        "and",        "half",        "a",          "an",         "one",     "US",      "USD",
        "EUR",        "$",           "€",          "£",          "5",       "10",      "2019",
        "1,200",      "2.5",         "bn",         "m",          "billion", "million", "thousand",
        "trillion",   "dollars",     "euros",      "%",          "percent", "from",    "minus",
        "the",        "round",       "raised",     "x",          "(",       ")",       "-",
        "–",          ",",           ".",          "+",          "plus",    " ",       " ",
        "\u00a0",     "\u2009",      "\n",         "é",          "ſ",       "\u212a",  "About",
        "BN",         "one billion", "a thousand", "an million", "half a",  "US $",    "no more",
        "as much as",
    };
    const char *patterns[] = {fc_value_money_pattern(), fc_value_percent_pattern(),
                              fc_value_count_pattern()};
    guint rounds = g_test_thorough() ? 2000000 : 100000;
    for (guint p = 0; p < G_N_ELEMENTS(patterns); p++) {
        g_autoptr(FcRegex) re = compile_value(patterns[p]);
        for (guint r = 0; r < rounds; r++) {
            gsize from = 0;
            g_autofree char *text =
                fc_test_random_text(pieces, G_N_ELEMENTS(pieces), 14, TRUE, &from);
            fc_test_assert_lister_agrees(all_matches, re, text, 0);
            fc_test_assert_lister_agrees(all_matches, re, text, from);
        }
    }
}

static void
fixture_agrees(const char *text, gpointer data)
{
    const FcRegex *const *res = data;
    for (guint p = 0; p < 3; p++)
        fc_test_assert_lister_agrees(all_matches, res[p], text, 0);
}

static void
test_fixtures_agree(void)
{
    g_autoptr(FcRegex) money = compile_value(fc_value_money_pattern());
    g_autoptr(FcRegex) percent = compile_value(fc_value_percent_pattern());
    g_autoptr(FcRegex) count = compile_value(fc_value_count_pattern());
    const FcRegex *res[] = {money, percent, count};
    g_assert_cmpuint(fc_test_each_fixture_article(fixture_agrees, res), >, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/figure/known-figures", test_known_figures);
    g_test_add_func("/figure/lead-words", test_lead_words);
    g_test_add_func("/figure/random-text-agrees", test_random_text_agrees);
    g_test_add_func("/figure/fixtures-agree", test_fixtures_agree);
    return g_test_run();
}
