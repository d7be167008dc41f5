/* fc-capitals: the hand matcher gives the regex's matches, found by hand
 * or by asking the regex. */
#include "fc-capitals.h"
#include "fc-test.h"

#include <string.h>

static FcRegex *
compile_capitals(void)
{
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(fc_capitals_pattern(), FC_REGEX_DEFAULT, &error);
    g_assert_no_error(error);
    return re;
}

/* Every match from @from, as "start-end;" pairs, by @by_hand or by the
 * regex alone. */
static char *
all_matches(const FcRegex *re, const char *text, gsize from, gboolean by_hand)
{
    FcMatch *m = fc_test_thread_match();
    GString *out = g_string_new(NULL);
    gsize len = strlen(text), pos = from, s = 0, e = 0;
    while (pos < len) {
        FcRegexResult r = by_hand ? fc_capitals_find(re, text, len, pos, m, &s, &e)
                                  : fc_regex_match(re, text, len, pos, m);
        if (r != FC_REGEX_MATCHED || (!by_hand && !fc_match_group(m, 0, &s, &e)))
            break;
        g_string_append_printf(out, "%zu-%zu;", s, e);
        pos = e;
    }
    return g_string_free(out, FALSE);
}

/* The matches themselves, for the cases the random test may miss. */
static void
test_known_runs(void)
{
    g_autoptr(FcRegex) re = compile_capitals();
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"led by Andreessen Horowitz and Bank of America.", "7-26;31-47;"},
        {"1789 Capital and 12345 Capital", "0-12;23-30;"},
        {"x.Anthropic, e-Mistral, @Acme", ""},
        {"Timoth?e Lacroix met Timoth?", "0-16;21-27;"},
        {"Acme\nCorp", "0-9;"},
        {"Jean de La Fontaine", "0-19;"},
        {"Johnson & Johnson said", "0-17;"},
        {"Nestlé S.A. and “Acme”", "0-12;20-24;"},
        {"500 Global’s fund", "0-10;"},
        {"Élysée Capital", "0-16;"},
        {"Jan van der Berg and Omar bin Rashid al-Harbi", "0-16;21-45;"},
        {"José Luis de la Garza, Maria dela Cruz", "0-22;24-39;"},
        {"Rafael Tavares da Costa", "0-23;"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = all_matches(re, cases[i].text, 0, TRUE);
        g_assert_cmpstr(got, ==, cases[i].want);
        fc_test_assert_lister_agrees(all_matches, re, cases[i].text, 0);
    }
}

/* Each character the lookbehinds name, and some they do not, before each
 * alternative. */
static void
test_lookbehinds(void)
{
    static const char *const before[] = {"a", "1", "_", "@", ".", "/", "$",        "€",
                                         "£", "-", "’", "(", " ", "é", "\xC2\xA0", ""};
    static const char *const after[] = {"500 Global", "1789 Capital Partners", "Acme Corp",
                                        "Timoth?e"};
    g_autoptr(FcRegex) re = compile_capitals();
    for (gsize b = 0; b < G_N_ELEMENTS(before); b++)
        for (gsize a = 0; a < G_N_ELEMENTS(after); a++) {
            g_autofree char *text = g_strconcat(before[b], after[a], NULL);
            fc_test_assert_lister_agrees(all_matches, re, text, 0);
            fc_test_assert_lister_agrees(all_matches, re, text, strlen(before[b]));
        }
}

/* Random text from the pieces the matcher decides on: capitals, digits,
 * the connectives, every separator, the lookbehind characters, the known
 * marks and characters it must leave to the regex. */
static void
test_random_text_agrees(void)
{
    static const char *const pieces[] = {
        "A",        "Bc",    "Dé",     "É",        "ß",        "Ω",    "x",
        "de",       "der",   "of",     "van",      "von",      "1",    "1789",
        "12345",    " ",     "  ",     "\t",       "\n",       "\r",   "\v",
        "\xC2\xA0", "&",     ".",      "-",        "?",        "_",    "@",
        "/",        "$",     "€",      "£",        "’",        "‘",    "“",
        "”",        "—",     "–",      "…",        "·",        "©",    "Capital",
        "Fund",     "Funds", "Global", "Partners", "Ventures", "Zeta", "\xE2\x80\x83",
        "\xD9\xA3", "Ⅷ",     ",",      "(",        "'",        "q",    "AT&T",
        "--",       "la",    "los",    "bin",      "al-",      "el-",  "da",
        "dela",     "den",   "al",
    };
    g_autoptr(FcRegex) re = compile_capitals();
    guint rounds = g_test_thorough() ? 2000000 : 100000;
    for (guint r = 0; r < rounds; r++) {
        gsize from = 0;
        g_autofree char *text = fc_test_random_text(pieces, G_N_ELEMENTS(pieces), 11, FALSE, &from);
        fc_test_assert_lister_agrees(all_matches, re, text, 0);
        fc_test_assert_lister_agrees(all_matches, re, text, from);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/capitals/known-runs", test_known_runs);
    g_test_add_func("/capitals/lookbehinds", test_lookbehinds);
    g_test_add_func("/capitals/random-text-agrees", test_random_text_agrees);
    return g_test_run();
}
