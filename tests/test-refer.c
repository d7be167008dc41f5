/* fc-refer: the hand matcher gives the regex's matches and groups, found
 * by hand or by asking the regex. */
#include "fc-refer.h"
#include "fc-test.h"

#include <string.h>

static FcRegex *
compile_refer(void)
{
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(fc_refer_pattern(), FC_REGEX_DEFAULT, &error);
    g_assert_no_error(error);
    return re;
}

/* Every match from @from as "start-end:noun-start-noun-end;" or
 * "start-end:it;", by hand or by the regex alone. */
static char *
all_matches(const FcRegex *re, const char *text, gsize from, gboolean by_hand)
{
    FcMatch *m = fc_test_thread_match();
    GString *out = g_string_new(NULL);
    gsize len = strlen(text), pos = from;
    while (pos < len) {
        FcReference ref = {0};
        gsize s, e;
        if (by_hand) {
            if (fc_refer_find(re, text, len, pos, m, &ref) != FC_REGEX_MATCHED)
                break;
        } else {
            if (fc_regex_match(re, text, len, pos, m) != FC_REGEX_MATCHED ||
                !fc_match_group(m, 0, &ref.start, &ref.end))
                break;
            ref.pronoun = fc_match_group(m, fc_regex_group_index(re, "it"), &s, &e);
            if (fc_match_group(m, fc_regex_group_index(re, "noun"), &s, &e)) {
                ref.noun_start = s;
                ref.noun_end = e;
            }
        }
        if (ref.pronoun)
            g_string_append_printf(out, "%zu-%zu:it;", ref.start, ref.end);
        else
            g_string_append_printf(out, "%zu-%zu:%zu-%zu;", ref.start, ref.end, ref.noun_start,
                                   ref.noun_end);
        pos = ref.end;
    }
    return g_string_free(out, FALSE);
}

static void
test_known_references(void)
{
    g_autoptr(FcRegex) re = compile_refer();
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"The startup said its model", "0-11:4-11;17-20:it;"},
        {"the Amazon-backed AI company grew", "0-28:21-28;"},
        {"the AT&T-based chip maker", "0-25:20-25;"},
        {"the company said the firm", "0-11:4-11;17-25:21-25;"},
        {"the laboratory and the labs", "0-14:4-14;"},
        {"it's not itself, but it'sx", "21-23:it;"},
        {"it’s its", "7-10:it;"},
        {"then the said company", ""},
        {"the ChatGPT owner", "0-17:12-17;"},
        {"the very big new startup", ""},
        {"the AI chip startup", "0-19:12-19;"},
        {"the Sequoia-backed AI chip startup", "0-34:27-34;"},
        {"the -backed very big startup", ""},
        {"Its", "0-3:it;"},
        {"the\u00a0startup", "0-12:5-12;"},
        {"élan it", "6-8:it;"},
        {"her company and his new startup", "0-11:4-11;16-31:24-31;"},
        {"Their firm, hers, theirs company, the their lab", "0-10:6-10;38-47:44-47;"},
        {"the San Francisco-based AI lab", "0-30:27-30;"},
        {"the Toronto-based AI lab", "0-24:21-24;"},
        {"the Big red-based AI lab", "0-24:21-24;"},
        {"the developer-tools company", "0-27:20-27;"},
        {"the lab-grown meat maker and the lab-é", "0-24:19-24;"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *got = all_matches(re, cases[i].text, 0, TRUE);
        g_assert_cmpstr(got, ==, cases[i].want);
        fc_test_assert_lister_agrees(all_matches, re, cases[i].text, 0);
    }
}

/* Random text from the pieces the matcher decides on. */
static void
test_random_text_agrees(void)
{
    static const char *const pieces[] = {
        "the",       "The",    "he",      "it",       "It",      "its",        "it's", "it’s",
        "'s",        "’s",     "itself",  "s",        " ",       "  ",         "\n",   "\t",
        "\u00a0",    "\u2003", "startup", "start-up", "lab",     "laboratory", "labs", "fund",
        "funds",     "owner",  "maker",   "Amazon",   "-backed", "-based",     "-ish", "AT&T",
        "said",      "says",   "and",     "or",       "is",      "AI",         "chip", "x",
        ".",         "-",      "&",       "_",        ",",       "1",          "é",    "Ω",
        "’",         "'",      "“",       "—",        "T",       "i",          "I",    "th",
        "her",       "His",    "their",   "hers",     "h",       "San",        "Bay",  "Area-based",
        "Francisco", "-tools",
    };
    g_autoptr(FcRegex) re = compile_refer();
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
    g_test_add_func("/refer/known-references", test_known_references);
    g_test_add_func("/refer/random-text-agrees", test_random_text_agrees);
    return g_test_run();
}
