/* fc-wordalt: a factored alternation matches exactly the listed words. */
#include "fc-regex.h"
#include "fc-wordalt.h"

#include <string.h>

static gboolean
matches_whole(const char *alternation, const char *word)
{
    g_autofree char *source = g_strconcat("^", alternation, "$", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(FcRegex) re = fc_regex_new(source, FC_REGEX_DEFAULT, &error);
    g_assert_no_error(error);
    g_autoptr(FcMatch) m = fc_match_new();
    return fc_regex_match(re, word, strlen(word), 0, m) == FC_REGEX_MATCHED;
}

/* Every word, and nothing one edit away that is not a word. */
static void
check_exact(const char *words)
{
    g_autofree char *alt = fc_wordalt_new(words);
    g_auto(GStrv) list = g_strsplit(words, "|", -1);
    for (guint i = 0; list[i] != NULL; i++) {
        const char *w = list[i];
        if (*w == '\0')
            continue;
        g_assert_true(matches_whole(alt, w));
        g_autofree char *longer = g_strconcat(w, "x", NULL);
        g_autofree char *shorter = g_strndup(w, strlen(w) - 1);
        if (!g_strv_contains((const char *const *)list, longer))
            g_assert_false(matches_whole(alt, longer));
        if (*shorter != '\0' && !g_strv_contains((const char *const *)list, shorter))
            g_assert_false(matches_whole(alt, shorter));
    }
}

static void
test_factored(void)
{
    g_autofree char *alt = fc_wordalt_new("is|into|in");
    g_assert_cmpstr(alt, ==, "(?:i(?:n(?:to)?|s))");
    g_autofree char *one = fc_wordalt_new("said|says");
    g_assert_cmpstr(one, ==, "(?:sa(?:id|ys))");
    check_exact("in|into|from|of|for|to|with|by|on|at|as|and|or|but|that|which|who|is|are|was"
                "|were|be|been|has|have|had|will|would|could|can|may|might|said|says|than|co-"
                "founder|founder|cofounder|ceo|chief|told");
}

static void
test_edges(void)
{
    g_autofree char *none = fc_wordalt_new("");
    g_assert_cmpstr(none, ==, "");
    g_autofree char *dup = fc_wordalt_new("a||a");
    g_assert_cmpstr(dup, ==, "(?:a)");
    /* Regex syntax in a word is literal. */
    g_autofree char *meta = fc_wordalt_new("a.b|a+c|(x)");
    g_assert_true(matches_whole(meta, "a.b"));
    g_assert_false(matches_whole(meta, "axb"));
    g_assert_true(matches_whole(meta, "a+c"));
    g_assert_true(matches_whole(meta, "(x)"));
    /* Words are grouped by whole characters: "é" and "ê" share a byte. */
    check_exact("\xC3\xA9t\xC3\xA9|\xC3\xAAta|\xC3\xA9tat");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/wordalt/factored", test_factored);
    g_test_add_func("/wordalt/edges", test_edges);
    return g_test_run();
}
