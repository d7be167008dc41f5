/* fc-atoms: the literals a pattern's matches must hold.  The filter may
 * let a subject through in vain, never hold back one the pattern matches:
 * every case below is checked against PCRE2 itself. */
#include "fc-atoms.h"
#include "fc-regex.h"

#include <string.h>

typedef struct {
    const char *pattern;
    gboolean caseless;
    const char *subject; /* matched by the pattern */
} Case;

/* Syntax the reader must not mistake for literal text. */
static const Case matching[] = {
    {"colou?red", FALSE, "colored"},
    {"ab{2}cdef", FALSE, "abbcdef"},
    {"abc(?:def)?ghi", FALSE, "abcghi"},
    {"abc(?:def)*ghi", FALSE, "abcghi"},
    {"abc(?:def){0,2}ghi", FALSE, "abcghi"},
    {"abc(?:xyz|def)+ghi", FALSE, "abcdefghi"},
    {"(?i)FOUNDED BY", FALSE, "founded by"},
    {"FOUNDED (?i)BY now", FALSE, "FOUNDED by NOW"},
    {"(?i:raised) funds", FALSE, "RAISED funds"},
    {"(?-i:January) report", TRUE, "January REPORT"},
    {"stake in", TRUE, "STAKE IN"},
    {"kelvin", TRUE,
     "\xE2\x84\xAA"
     "elvin"},
    {"mass", TRUE, "ma\xC5\xBF\xC5\xBF"},
    {"abc(?=defg)", FALSE, "abcdefg"},
    {"abc(?!xyz)def", FALSE, "abcdef"},
    {"(?<!xyz)abcdef", FALSE, "abcdef"},
    {"\\Qa.b\\Ecdef", FALSE, "a.bcdef"},
    {"\\Qa.b", FALSE, "a.b"},
    {"(?<n>abc)\\k<n>zzz", FALSE, "abcabczzz"},
    {"(?P<n>abc)(?P=n)zzz", FALSE, "abcabczzz"},
    {"(abc)\\g{1}zzz", FALSE, "abcabczzz"},
    {"\\x41BCD", FALSE, "ABCD"},
    {"\\x{41}BCD", FALSE, "ABCD"},
    {"\\101BCD", FALSE, "ABCD"},
    {"\\p{Lu}bcd", FALSE, "Xbcd"},
    {"\\pLbcd", FALSE, "Xbcd"},
    {"\\cJabc", FALSE, "\nabc"},
    {"ab(?#a comment ( with a bracket)cdef", FALSE, "abcdef"},
    {"abc(*ACCEPT)def", FALSE, "abc"},
    {"foo[abc]+bar", FALSE, "fooaabar"},
    {"foo[]x]bar", FALSE, "foo]bar"},
    {"foo[^]x]bar", FALSE, "fooybar"},
    {"foo[[:digit:]]bar", FALSE, "foo1bar"},
    {"foo\\.bar", FALSE, "foo.bar"},
    {"ab\\d{2,3}cde", FALSE, "ab12cde"},
    {"abc{1,2}de", FALSE, "abccde"},
    {"ab{x}cd", FALSE, "ab{x}cd"},
    {"(?x) a b c d", FALSE, "abcd"},
    {"(?(DEFINE)(?<w>xyz))abc(?&w)", FALSE, "abcxyz"},
    {"(?:(?i)abc|def)", FALSE, "ABC"},
    {"(?|abc|abd)", FALSE, "abd"},
    {"(?>abc)+def", FALSE, "abcabcdef"},
    {"\xE2\x9F\xA6ORG:\\d+\xE2\x9F\xA7 raised", TRUE, "\xE2\x9F\xA6ORG:1\xE2\x9F\xA7 Raised"},
    {"caf\xC3\xA9 latte", TRUE, "CAF\xC3\x89 LATTE"},
    {"abc\\Kdef", FALSE, "abcdef"},
    {"ab(?R)?cd", FALSE, "abcd"},
    {"(?C1)abcd", FALSE, "abcd"},
    {"x(?C\"a)bcd\")yz", FALSE, "xyz"},
};

static void
test_never_drops_a_match(void)
{
    for (guint i = 0; i < G_N_ELEMENTS(matching); i++) {
        const Case *c = &matching[i];
        g_autoptr(GError) error = NULL;
        g_autoptr(FcRegex) re =
            fc_regex_new(c->pattern, c->caseless ? FC_REGEX_CASELESS : FC_REGEX_DEFAULT, &error);
        g_assert_no_error(error);
        g_autoptr(FcMatch) m = fc_match_new();
        gsize len = strlen(c->subject);
        if (fc_regex_match(re, c->subject, len, 0, m) != FC_REGEX_MATCHED)
            g_error("case %u: /%s/ does not match '%s'", i, c->pattern, c->subject);
        g_autofree char *folded = g_ascii_strdown(c->subject, (gssize)len);
        const char *f = fc_atoms_exotic_case(c->subject, len, NULL) ? NULL : folded;
        g_autoptr(FcAtoms) atoms = fc_atoms_new(c->pattern, c->caseless);
        FcBigrams pairs;
        fc_bigrams_fill(&pairs, c->subject, len);
        if (!fc_atoms_may_match(atoms, c->subject, len, f, NULL) ||
            !fc_atoms_may_match(atoms, c->subject, len, f, &pairs))
            g_error("case %u: the atoms of /%s/ rule out '%s'", i, c->pattern, c->subject);
        g_assert_true(fc_regex_may_match(re, c->subject, len, f, &pairs));
    }
}

static gboolean
may(const char *pattern, gboolean caseless, const char *subject)
{
    g_autoptr(FcAtoms) atoms = fc_atoms_new(pattern, caseless);
    g_autofree char *folded = g_ascii_strdown(subject, -1);
    gsize len = strlen(subject);
    FcBigrams pairs;
    fc_bigrams_fill(&pairs, subject, len);
    /* The byte pairs only spare searches: the answer is the same. */
    gboolean searched = fc_atoms_may_match(atoms, subject, len, folded, NULL);
    g_assert_cmpint(fc_atoms_may_match(atoms, subject, len, folded, &pairs), ==, searched);
    return searched;
}

static void
test_rules_out(void)
{
    /* What the filter is for: sentences without the words a rule needs. */
    g_assert_false(may("valued at (?:a |an )?\xE2\x9F\xA6MONEY:\\d+\xE2\x9F\xA7", TRUE,
                       "\xE2\x9F\xA6ORG:0\xE2\x9F\xA7 raised \xE2\x9F\xA6MONEY:1\xE2\x9F\xA7"));
    g_assert_true(may("valued at (?:a |an )?\xE2\x9F\xA6MONEY:\\d+\xE2\x9F\xA7", TRUE,
                      "it was Valued At \xE2\x9F\xA6money:1\xE2\x9F\xA7"));
    g_assert_false(may("in (?:talks|negotiations)", FALSE, "in a deal"));
    g_assert_true(may("in (?:talks|negotiations)", FALSE, "in negotiations"));
    /* Case-sensitive text is compared as written. */
    g_assert_false(may("(?-i:January) report", TRUE, "january report"));
    /* A subject with a Kelvin sign cannot be folded, and is let through. */
    g_autoptr(FcAtoms) atoms = fc_atoms_new("kelvin", TRUE);
    g_assert_true(fc_atoms_may_match(atoms, "x", 1, NULL, NULL));
    g_assert_false(fc_atoms_may_match(atoms, "x", 1, "x", NULL));
    /* ... even though its byte pairs lack the atom's. */
    FcBigrams pairs;
    fc_bigrams_fill(&pairs, "x", 1);
    g_assert_true(fc_atoms_may_match(atoms, "x", 1, NULL, &pairs));
}

static void
test_exotic_case(void)
{
    static const char *const texts[] = {"plain text", "300 \xE2\x84\xAA", "\xC5\xBFtart", ""};
    static const gboolean exotic[] = {FALSE, TRUE, TRUE, FALSE};
    for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
        gsize len = strlen(texts[i]);
        FcBigrams pairs;
        fc_bigrams_fill(&pairs, texts[i], len);
        g_assert_cmpint(fc_atoms_exotic_case(texts[i], len, NULL), ==, exotic[i]);
        g_assert_cmpint(fc_atoms_exotic_case(texts[i], len, &pairs), ==, exotic[i]);
    }
}

static void
test_counts(void)
{
    g_autoptr(FcAtoms) money =
        fc_atoms_new("raised (?:a )?\xE2\x9F\xA6MONEY:\\d+\xE2\x9F\xA7", TRUE);
    g_assert_cmpuint(fc_atoms_count(money), ==, 3); /* "raised ", "⟦money:", "⟧" */
    g_autoptr(FcAtoms) any = fc_atoms_new("(?:talks|negotiations) over", FALSE);
    g_assert_cmpuint(fc_atoms_count(any), ==, 2);
    /* A lookbehind's text may precede the search start: no atom. */
    g_autoptr(FcAtoms) behind = fc_atoms_new("(?<=abcd)efgh", FALSE);
    g_assert_cmpuint(fc_atoms_count(behind), ==, 1);
    g_assert_true(fc_atoms_may_match(behind, "efgh", 4, "efgh", NULL));
    /* Nothing is required by both sides of a top-level alternation. */
    g_assert_null(fc_atoms_new("abc|d", FALSE));
    g_assert_null(fc_atoms_new("ab", FALSE));
    g_assert_null(fc_atoms_new("(?x)abc def", FALSE));
    g_assert_null(fc_atoms_new("abc(*ACCEPT)def", FALSE));
    g_assert_null(fc_atoms_new("abc)", FALSE));
    g_assert_null(fc_atoms_new("abc(def", FALSE));
    g_assert_null(fc_atoms_new("abc\\", FALSE));
    g_assert_cmpuint(fc_atoms_count(NULL), ==, 0);
    g_assert_true(fc_atoms_may_match(NULL, "", 0, "", NULL));
}

/* A word list of 30 (a status cue) is tested by its words; one of 40 is
 * not worth it, and is left to its regex. */
static void
test_long_alternations(void)
{
    for (guint n = 30; n <= 40; n += 10) {
        g_autoptr(GString) pattern = g_string_new("\\b(?:");
        for (guint i = 0; i < n; i++)
            g_string_append_printf(pattern, "%sword%02u", i > 0 ? "|" : "", i);
        g_string_append(pattern, ")\\b");
        g_autoptr(FcAtoms) atoms = fc_atoms_new(pattern->str, TRUE);
        if (n == 40) {
            g_assert_null(atoms);
            continue;
        }
        g_assert_cmpuint(fc_atoms_count(atoms), ==, 1); /* one clause: any of the words */
        g_assert_false(may(pattern->str, TRUE, "a sentence without any of them"));
        g_assert_true(may(pattern->str, TRUE, "the last one, Word29, is here"));
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/atoms/never-drops-a-match", test_never_drops_a_match);
    g_test_add_func("/atoms/rules-out", test_rules_out);
    g_test_add_func("/atoms/counts", test_counts);
    g_test_add_func("/atoms/long-alternations", test_long_alternations);
    g_test_add_func("/atoms/exotic-case", test_exotic_case);
    return g_test_run();
}
