/* fc-bigrams: a set that may say "maybe" in vain, never "no" in vain. */
#include "fc-bigrams.h"

#include <string.h>

/* Every substring of a text, in either case, passes its text's set. */
static void
test_substrings_pass(void)
{
    static const char *const texts[] = {
        "Acme raised $20 million in a Series B led by Sequoia.",
        "\xE2\x9F\xA6ORG:0\xE2\x9F\xA7 is valued at \xE2\x9F\xA6MONEY:1\xE2\x9F\xA7",
        "caf\xC3\xA9 au LAIT",
        "ab",
    };
    for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
        const char *text = texts[t];
        gsize len = strlen(text);
        FcBigrams set;
        fc_bigrams_fill(&set, text, len);
        g_autofree char *upper = g_ascii_strup(text, (gssize)len);
        for (gsize s = 0; s < len; s++)
            for (gsize n = 0; s + n <= len; n++) {
                g_assert_true(fc_bigrams_may_contain(&set, text + s, n));
                g_assert_true(fc_bigrams_may_contain(&set, upper + s, n));
                FcBigramKey key, upper_key;
                fc_bigrams_key(&key, text + s, n);
                fc_bigrams_key(&upper_key, upper + s, n);
                g_assert_true(fc_bigrams_has_key(&set, &key));
                g_assert_true(fc_bigrams_has_key(&set, &upper_key));
            }
    }
}

static void
test_rules_out(void)
{
    FcBigrams set;
    const char *text = "the round was led by Accel";
    fc_bigrams_fill(&set, text, strlen(text));
    g_assert_false(fc_bigrams_may_contain(&set, "valued", 6));
    /* A single byte has no pair to rule it out. */
    g_assert_true(fc_bigrams_may_contain(&set, "$", 1));
    g_assert_false(fc_bigrams_may_contain(&set, "xq", 2));
    /* Only the first @len bytes count. */
    fc_bigrams_fill(&set, text, 3);
    g_assert_true(fc_bigrams_may_contain(&set, "TH", 2));
    g_assert_false(fc_bigrams_may_contain(&set, "ro", 2));
    fc_bigrams_fill(&set, "", 0);
    g_assert_false(fc_bigrams_may_contain(&set, "th", 2));
    g_assert_true(fc_bigrams_may_contain(&set, "t", 1));
    /* A key rules a word out too: its sampled pairs are spread over it. */
    fc_bigrams_fill(&set, text, strlen(text));
    FcBigramKey key;
    fc_bigrams_key(&key, "valued", 6);
    g_assert_false(fc_bigrams_has_key(&set, &key));
    fc_bigrams_key(&key, "led byx", 7); /* only the last pair is missing */
    g_assert_false(fc_bigrams_has_key(&set, &key));
    fc_bigrams_key(&key, "$", 1);
    g_assert_true(fc_bigrams_has_key(&set, &key));
}

/* Filling while lower-casing gives the same set, and the lower-cased text. */
static void
test_fill_lower(void)
{
    static const char *const texts[] = {"Acme RAISED $20M", "caf\xC3\xA9 \xC3\x89T\xC3\x89", "A",
                                        ""};
    for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
        gsize len = strlen(texts[t]);
        FcBigrams want, got;
        fc_bigrams_fill(&want, texts[t], len);
        g_autofree char *lower = g_malloc0(len + 1);
        memset(&got, 0xFF, sizeof got);
        fc_bigrams_fill_lower(&got, texts[t], len, lower);
        g_assert_cmpmem(&got, sizeof got, &want, sizeof want);
        g_autofree char *down = g_ascii_strdown(texts[t], (gssize)len);
        g_assert_cmpstr(lower, ==, down);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/bigrams/substrings-pass", test_substrings_pass);
    g_test_add_func("/bigrams/rules-out", test_rules_out);
    g_test_add_func("/bigrams/fill-lower", test_fill_lower);
    return g_test_run();
}
