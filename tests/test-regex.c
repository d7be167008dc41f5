/* fc-regex through its header: compile errors, named groups, UTF/UCP,
 * match limits, the interpreter and sharing a compiled regex between
 * threads (whose first matches race to JIT-compile it). */
#include "fc-regex.h"

#include <string.h>

static FcRegex *
compile(const char *pattern, FcRegexFlags flags)
{
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(pattern, flags, &error);
    g_assert_no_error(error);
    g_assert_nonnull(re);
    return re;
}

static FcRegexResult
match_at(const FcRegex *re, const char *subject, gsize start, FcMatch *m)
{
    return fc_regex_match(re, subject, strlen(subject), start, m);
}

static void
assert_group(const FcMatch *m, int n, gsize start, gsize end)
{
    gsize s = 0, e = 0;
    g_assert_true(fc_match_group(m, n, &s, &e));
    g_assert_cmpuint(s, ==, start);
    g_assert_cmpuint(e, ==, end);
}

/* ---- compile ------------------------------------------------------------ */

static void
test_compile_error_offset(void)
{
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new("ab(cd", FC_REGEX_DEFAULT, &error);
    g_assert_null(re);
    g_assert_error(error, FC_REGEX_ERROR, 1);
    /* Rule authors are pointed at the byte where PCRE2 gave up. */
    g_assert_true(g_str_has_prefix(error->message, "offset 5: "));
    g_assert_cmpuint(strlen(error->message), >, strlen("offset 5: "));
}

static void
test_compile_error_mid_pattern(void)
{
    g_autoptr(GError) error = NULL;
    g_assert_null(fc_regex_new("abc)def", FC_REGEX_DEFAULT, &error));
    g_assert_error(error, FC_REGEX_ERROR, 1);
    g_assert_true(g_str_has_prefix(error->message, "offset 3: "));
    g_assert_nonnull(strstr(error->message, "parenthesis"));
}

static void
test_compile_error_null_gerror(void)
{
    /* A caller that does not care why must still get NULL, not a crash. */
    g_assert_null(fc_regex_new("(?<x>a)(?<x>b)", FC_REGEX_DEFAULT, NULL));
}

static void
test_pattern_kept(void)
{
    g_autoptr(FcRegex) re = compile("\\bfoo\\d+", FC_REGEX_DEFAULT);
    g_assert_cmpstr(fc_regex_pattern(re), ==, "\\bfoo\\d+");
}

/* ---- groups ------------------------------------------------------------- */

static void
test_named_groups(void)
{
    g_autoptr(FcRegex) re =
        compile("(?<year>\\d{4})-(?<month>\\d\\d)(?:-(?<day>\\d\\d))?", FC_REGEX_DEFAULT);
    g_assert_cmpint(fc_regex_group_index(re, "year"), ==, 1);
    g_assert_cmpint(fc_regex_group_index(re, "month"), ==, 2);
    g_assert_cmpint(fc_regex_group_index(re, "day"), ==, 3);
    g_assert_cmpint(fc_regex_group_index(re, "hour"), ==, -1);
    g_autoptr(FcMatch) m = fc_match_new();
    g_assert_cmpint(match_at(re, "on 2025-11 only", 0, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 3, 10);
    assert_group(m, fc_regex_group_index(re, "year"), 3, 7);
    assert_group(m, fc_regex_group_index(re, "month"), 8, 10);
    gsize s, e;
    /* An optional group that did not take part is absent, not empty. */
    g_assert_false(fc_match_group(m, fc_regex_group_index(re, "day"), &s, &e));
    g_assert_false(fc_match_group(m, -1, &s, &e));
    g_assert_false(fc_match_group(m, 500, &s, &e));
}

static void
test_groups_after_failed_match(void)
{
    g_autoptr(FcRegex) re = compile("(?<w>b+)", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    gsize s, e;
    g_assert_false(fc_match_group(m, 0, &s, &e)); /* nothing matched yet */
    g_assert_cmpint(match_at(re, "abba", 0, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 1, 1, 3);
    /* A later miss must not leave the earlier offsets readable. */
    g_assert_cmpint(match_at(re, "aaaa", 0, m), ==, FC_REGEX_NO_MATCH);
    g_assert_false(fc_match_group(m, 0, &s, &e));
    g_assert_false(fc_match_group(m, 1, &s, &e));
}

static void
test_start_offset(void)
{
    g_autoptr(FcRegex) re = compile("\\bab", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    const char *subject = "ab xab ab";
    g_assert_cmpint(match_at(re, subject, 1, m), ==, FC_REGEX_MATCHED);
    /* "xab" is skipped: \b looks behind the start offset. */
    assert_group(m, 0, 7, 9);
    g_assert_cmpint(match_at(re, subject, 8, m), ==, FC_REGEX_NO_MATCH);
}

static void
test_length_bounds_subject(void)
{
    g_autoptr(FcRegex) re = compile("cd", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    /* Only [0, len) is the subject; the rest of the buffer is not read. */
    g_assert_cmpint(fc_regex_match(re, "abcd", 3, 0, m), ==, FC_REGEX_NO_MATCH);
    g_assert_cmpint(fc_regex_match(re, "abcd", 4, 0, m), ==, FC_REGEX_MATCHED);
}

/* ---- flags, UTF, UCP ---------------------------------------------------- */

static void
test_caseless(void)
{
    g_autoptr(FcRegex) exact = compile("series f", FC_REGEX_DEFAULT);
    g_autoptr(FcRegex) caseless = compile("series f", FC_REGEX_CASELESS);
    g_autoptr(FcMatch) m = fc_match_new();
    g_assert_cmpint(match_at(exact, "a Series F round", 0, m), ==, FC_REGEX_NO_MATCH);
    g_assert_cmpint(match_at(caseless, "a Series F round", 0, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 2, 10);
}

static void
test_utf_dot_is_one_character(void)
{
    g_autoptr(FcRegex) re = compile("^.€$", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    /* "é" is two bytes and "€" three: UTF mode reads characters. */
    g_assert_cmpint(match_at(re, "é€", 0, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 0, 5);
}

static void
test_ucp_word_classes(void)
{
    g_autoptr(FcRegex) word = compile("^\\w+$", FC_REGEX_DEFAULT);
    g_autoptr(FcRegex) boundary = compile("\\bZürich\\b", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    /* Without UCP \w is ASCII and names like these would split. */
    g_assert_cmpint(match_at(word, "Société", 0, m), ==, FC_REGEX_MATCHED);
    g_assert_cmpint(match_at(boundary, "in Zürich today", 0, m), ==, FC_REGEX_MATCHED);
    g_assert_cmpint(match_at(boundary, "inZürich", 0, m), ==, FC_REGEX_NO_MATCH);
}

static void
test_caseless_non_ascii(void)
{
    g_autoptr(FcRegex) re = compile("société", FC_REGEX_CASELESS);
    g_autoptr(FcMatch) m = fc_match_new();
    g_assert_cmpint(match_at(re, "SOCIÉTÉ GÉNÉRALE", 0, m), ==, FC_REGEX_MATCHED);
}

/* ---- limits ------------------------------------------------------------- */

static char *
catastrophic_subject(void)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < 30; i++)
        g_string_append_c(s, 'a');
    g_string_append_c(s, 'b');
    return g_string_free(s, FALSE);
}

static void
test_match_limit(void)
{
    /* Exponential backtracking: without a limit this takes minutes. With
     * one it must be abandoned and reported (meson's timeout guards the
     * "quickly"; no timed assertion here). */
    g_autoptr(FcRegex) re = compile("(a+)+$", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    g_autofree char *subject = catastrophic_subject();
    g_assert_cmpint(match_at(re, subject, 0, m), ==, FC_REGEX_LIMIT);
    gsize s, e;
    g_assert_false(fc_match_group(m, 0, &s, &e));
}

static void
test_match_after_limit(void)
{
    g_autoptr(FcRegex) bad = compile("(a+)+$", FC_REGEX_DEFAULT);
    g_autoptr(FcRegex) good = compile("a+b", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    g_autofree char *subject = catastrophic_subject();
    g_assert_cmpint(match_at(bad, subject, 0, m), ==, FC_REGEX_LIMIT);
    /* The scratch space stays usable after a limit. */
    g_assert_cmpint(match_at(good, subject, 0, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 0, 31);
    g_assert_cmpint(match_at(bad, "aaaa", 0, m), ==, FC_REGEX_MATCHED);
}

static void
test_catastrophic_nested_alternation(void)
{
    g_autoptr(FcRegex) re = compile("^(?:a|aa)+$", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    g_autofree char *subject =
        g_strconcat("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "b", NULL);
    g_assert_cmpint(match_at(re, subject, 0, m), ==, FC_REGEX_LIMIT);
}

/* ---- start limit --------------------------------------------------------- */

/* A search gives up after its last start; the match data stays usable by
 * patterns built without the option. */
static void
test_start_limit(void)
{
    g_autoptr(FcRegex) re = compile("\\$[0-9]+bn", FC_REGEX_START_LIMIT);
    g_autoptr(FcRegex) plain = compile("b+", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    const char *text = "raised $5bn and $7bn";
    gsize len = strlen(text);
    g_assert_cmpint(fc_regex_match_within(re, text, len, 0, 6, m), ==, FC_REGEX_NO_MATCH);
    g_assert_cmpint(fc_regex_match_within(re, text, len, 0, 7, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 7, 11);
    g_assert_cmpint(fc_regex_match_within(re, text, len, 8, 15, m), ==, FC_REGEX_NO_MATCH);
    g_assert_cmpint(fc_regex_match_within(re, text, len, 8, 16, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 16, 20);
    g_assert_cmpint(match_at(re, text, 8, m), ==, FC_REGEX_MATCHED);
    g_assert_cmpint(match_at(plain, text, 0, m), ==, FC_REGEX_MATCHED);
    assert_group(m, 0, 9, 10);
    fc_match_clear(m);
    gsize s, e;
    g_assert_false(fc_match_group(m, 0, &s, &e));
}

/* ---- interpreter --------------------------------------------------------- */

/* Every match reports the same groups whether JIT code or the interpreter
 * runs it, in either order of first use (JIT code is compiled lazily). */
static void
test_interpret_same_groups(void)
{
    const char *subjects[] = {"Acme raised $12bn at a €3.5 billion valuation", "no figure here",
                              "ÉTOILE raised $7bn", "x$1bn$2bn"};
    g_autoptr(FcRegex) re =
        compile("(?<![\\p{L}])(?<who>\\p{Lu}\\w+)?\\s*raised \\$(?<n>\\d+)bn|\\$(?<m>\\d)bn$",
                FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) slow = fc_match_new();
    g_autoptr(FcMatch) fast = fc_match_new();
    fc_match_interpret(slow);
    for (guint i = 0; i < G_N_ELEMENTS(subjects); i++) {
        gsize len = strlen(subjects[i]);
        FcRegexResult a = fc_regex_match(re, subjects[i], len, 0, slow);
        FcRegexResult b = fc_regex_match(re, subjects[i], len, 0, fast);
        g_assert_cmpint(a, ==, b);
        for (int g = 0; g <= 3; g++) {
            gsize s1 = 0, e1 = 0, s2 = 0, e2 = 0;
            g_assert_cmpint(fc_match_group(slow, g, &s1, &e1), ==,
                            fc_match_group(fast, g, &s2, &e2));
            g_assert_cmpuint(s1, ==, s2);
            g_assert_cmpuint(e1, ==, e2);
        }
    }
}

/* The interpreter is held to the same limits. */
static void
test_interpret_limit(void)
{
    g_autoptr(FcRegex) re = compile("(a+)+$", FC_REGEX_DEFAULT);
    g_autoptr(FcMatch) m = fc_match_new();
    fc_match_interpret(m);
    g_autofree char *subject = catastrophic_subject();
    g_assert_cmpint(match_at(re, subject, 0, m), ==, FC_REGEX_LIMIT);
    g_assert_cmpint(match_at(re, "aaaa", 0, m), ==, FC_REGEX_MATCHED);
}

/* ---- threads ------------------------------------------------------------ */

typedef struct {
    const FcRegex *re;
    guint hits;
} FcThreadJob;

static gpointer
thread_main(gpointer data)
{
    FcThreadJob *job = data;
    g_autoptr(FcMatch) m = fc_match_new();
    for (guint i = 0; i < 2000; i++) {
        g_autofree char *subject = g_strdup_printf("round %u of $%ubn", i, i % 97);
        if (match_at(job->re, subject, 0, m) != FC_REGEX_MATCHED)
            continue;
        gsize s, e;
        int g = fc_regex_group_index(job->re, "n");
        g_autofree char *digits = g_strdup_printf("%u", i % 97);
        if (fc_match_group(m, g, &s, &e) && e - s == strlen(digits) &&
            memcmp(subject + s, digits, e - s) == 0)
            job->hits++;
    }
    return NULL;
}

static void
test_shared_between_threads(void)
{
    g_autoptr(FcRegex) re = compile("\\$(?<n>\\d+)bn", FC_REGEX_DEFAULT);
    FcThreadJob jobs[4];
    GThread *threads[4];
    for (guint i = 0; i < G_N_ELEMENTS(threads); i++) {
        jobs[i] = (FcThreadJob){re, 0};
        threads[i] = g_thread_new("match", thread_main, &jobs[i]);
    }
    for (guint i = 0; i < G_N_ELEMENTS(threads); i++) {
        g_thread_join(threads[i]);
        g_assert_cmpuint(jobs[i].hits, ==, 2000);
    }
}

/* An anchored regex matches at the start offset or not at all, and
 * still looks behind it. */
static void
test_anchored(void)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(FcRegex) re = fc_regex_new("(?<![a-z])[0-9]+", FC_REGEX_ANCHORED, &error);
    g_assert_no_error(error);
    g_autoptr(FcMatch) m = fc_match_new();
    const char *text = "ab 12 x34";
    gsize len = strlen(text), s, e;
    g_assert_cmpint(fc_regex_match(re, text, len, 0, m), ==, FC_REGEX_NO_MATCH);
    g_assert_cmpint(fc_regex_match(re, text, len, 3, m), ==, FC_REGEX_MATCHED);
    g_assert_true(fc_match_group(m, 0, &s, &e));
    g_assert_cmpuint(s, ==, 3);
    g_assert_cmpuint(e, ==, 5);
    g_assert_cmpint(fc_regex_match(re, text, len, 7, m), ==, FC_REGEX_NO_MATCH);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/regex/compile/error-offset", test_compile_error_offset);
    g_test_add_func("/regex/compile/error-mid-pattern", test_compile_error_mid_pattern);
    g_test_add_func("/regex/compile/error-null-gerror", test_compile_error_null_gerror);
    g_test_add_func("/regex/compile/pattern-kept", test_pattern_kept);
    g_test_add_func("/regex/groups/named", test_named_groups);
    g_test_add_func("/regex/match/anchored", test_anchored);
    g_test_add_func("/regex/groups/after-failed-match", test_groups_after_failed_match);
    g_test_add_func("/regex/match/start-offset", test_start_offset);
    g_test_add_func("/regex/match/length-bounds-subject", test_length_bounds_subject);
    g_test_add_func("/regex/flags/caseless", test_caseless);
    g_test_add_func("/regex/flags/caseless-non-ascii", test_caseless_non_ascii);
    g_test_add_func("/regex/utf/dot-is-one-character", test_utf_dot_is_one_character);
    g_test_add_func("/regex/utf/ucp-word-classes", test_ucp_word_classes);
    g_test_add_func("/regex/limit/catastrophic", test_match_limit);
    g_test_add_func("/regex/limit/match-after-limit", test_match_after_limit);
    g_test_add_func("/regex/limit/nested-alternation", test_catastrophic_nested_alternation);
    g_test_add_func("/regex/threads/shared-regex", test_shared_between_threads);
    g_test_add_func("/regex/match/start-limit", test_start_limit);
    g_test_add_func("/regex/interpret/same-groups", test_interpret_same_groups);
    g_test_add_func("/regex/interpret/limit", test_interpret_limit);
    return g_test_run();
}
