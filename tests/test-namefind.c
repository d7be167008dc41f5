/* fc-namefind against the alias regex it replaces: the same matches, on
 * made-up cases and on every fixture article with the shipped lexicon. */
#include "fc-namefind.h"
#include "fc-regex.h"
#include "fc-test.h"

#include <string.h>

/* Every match in @text as "start:surface;", by the regex (@finder NULL)
 * or by the finder. */
static char *
matches(const FcRegex *re, const FcNameFinder *finder, const char *text)
{
    g_autoptr(FcMatch) m = fc_match_new();
    GString *out = g_string_new(NULL);
    gsize pos = 0, len = strlen(text), s, e;
    for (;;) {
        gboolean found = finder != NULL
                             ? fc_name_finder_next(finder, text, pos, len, &s, &e)
                             : fc_regex_match(re, text, len, pos, m) == FC_REGEX_MATCHED &&
                                   fc_match_group(m, 0, &s, &e);
        if (!found)
            break;
        g_string_append_printf(out, "%zu:%.*s;", s, (int)(e - s), text + s);
        pos = e > s ? e : s + 1;
    }
    return g_string_free(out, FALSE);
}

static void
assert_same(const FcLexicon *lex, const FcNameFinder *finder, const char *text)
{
    g_autofree char *want = matches(fc_lexicon_matcher(lex), NULL, text);
    g_autofree char *got = matches(NULL, finder, text);
    g_assert_cmpstr(got, ==, want);
}

static FcNameFinder *
finder_for(const FcLexicon *lex)
{
    g_autoptr(GPtrArray) aliases = fc_lexicon_aliases(lex);
    return fc_name_finder_new(aliases);
}

static void
test_cases(void)
{
    g_autoptr(FcRuleSet) rules = fc_test_load_rules();
    g_autoptr(FcNameFinder) f = finder_for(rules->lexicon);
    static const char *const texts[] = {
        "Anthropic and OpenAI",
        "Anthropic's model, then Google DeepMind said",
        "(Microsoft) and Microsoft_x and 2Microsoft and Microsofts",
        "AnthropicMicrosoft said; photo creditMicrosoft; XMicrosoft",
        "Google\n  DeepMind, Google   DeepMind and Google",
        "claude, Claude, CLAUDE",
        "Ünïcödé names, naïve Éclair, 東京 and Nvidia’s chips",
        "",
        "A",
        "a16z and Andreessen Horowitz backed xAI",
    };
    for (guint i = 0; i < G_N_ELEMENTS(texts); i++)
        assert_same(rules->lexicon, f, texts[i]);
    g_autofree char *got = matches(NULL, f, "Google DeepMind said");
    g_assert_cmpstr(got, ==, "0:Google DeepMind;");
}

/* Aliases of several words, with letters beyond ASCII, and aliases that
 * start others: the longest wins, and the search for longer ones stops
 * only where no alias goes on. */
static void
test_longest_alias(void)
{
    static const char *const aliases[] = {
        "Société Générale",
        "Société",
        "Bank",
        "Bank of America",
        "Bank of America Merrill Lynch",
        "Ünïcödé Labs",
        "Wells Fargo & Co",
    };
    g_autoptr(GPtrArray) names = g_ptr_array_new();
    for (guint i = 0; i < G_N_ELEMENTS(aliases); i++)
        g_ptr_array_add(names, (gpointer)aliases[i]);
    g_autoptr(FcNameFinder) f = fc_name_finder_new(names);
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"Société Générale said", "0:Société Générale;"},
        {"Société Génér", "0:Société;"},
        {"Bank of America Merrill said", "0:Bank of America;"},
        {"Bank of America Merrill Lynch", "0:Bank of America Merrill Lynch;"},
        {"Bank of Canada", "0:Bank;"},
        {"the Ünïcödé Labs team", "4:Ünïcödé Labs;"},
        {"Wells Fargo & Co. and Wells Fargo", "0:Wells Fargo & Co;"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = matches(NULL, f, cases[i].text);
        g_assert_cmpstr(got, ==, cases[i].want);
    }
}

typedef struct {
    const FcLexicon *lex;
    const FcNameFinder *finder;
} NameCheck;

static void
same_names_in(const char *text, gpointer data)
{
    const NameCheck *check = data;
    assert_same(check->lex, check->finder, text);
}

static void
test_fixture_articles(void)
{
    g_autoptr(FcRuleSet) rules = fc_test_load_rules();
    g_autoptr(FcNameFinder) f = finder_for(rules->lexicon);
    NameCheck check = {rules->lexicon, f};
    g_assert_cmpuint(fc_test_each_fixture_article(same_names_in, &check), >, 20);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/namefind/cases", test_cases);
    g_test_add_func("/namefind/longest-alias", test_longest_alias);
    g_test_add_func("/namefind/fixture-articles", test_fixture_articles);
    return g_test_run();
}
