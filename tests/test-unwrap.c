/* fc-unwrap: which texts count as wrapped, and which line breaks become
 * spaces (the bytes around them, and the length, never change). */
#include "fc-unwrap.h"

#include <string.h>

static const char wrapped[] = "Kelvia, which makes sensors for wind turbines, has raised $12\n"
                              "million in a Series A round, the company said on Friday. It was\n"
                              "co-founded in 2021 by Imogen\n"
                              "Hart and Kwame Asante, who met while studying engineering, and it\n"
                              "now sells to three operators.\n"
                              "\n"
                              "The round was led by Sequoia\n"
                              "Capital, with two angel investors.\n";

/* Unwraps a copy of @text; returns it. */
static char *
unwrap(const char *text, guint *joined)
{
    char *copy = g_strdup(text);
    *joined = fc_unwrap_lines(copy, 0, strlen(copy));
    g_assert_cmpuint(strlen(copy), ==, strlen(text));
    return copy;
}

static void
test_wrapped_prose_joins(void)
{
    guint joined;
    g_autofree char *got = unwrap(wrapped, &joined);
    g_assert_true(fc_unwrap_is_wrapped(wrapped, 0, strlen(wrapped)));
    g_assert_cmpuint(joined, ==, 5);
    g_assert_nonnull(strstr(got, "Imogen Hart"));
    g_assert_nonnull(strstr(got, "Sequoia Capital"));
    /* The paragraph break and the text's last line break stay. */
    g_assert_nonnull(strstr(got, "operators.\n\nThe round"));
    g_assert_true(g_str_has_suffix(got, "investors.\n"));
}

static void
test_paragraph_lines_stay(void)
{
    /* Lines that are paragraphs: the only unpunctuated ends are a headline
     * and list items, and a capital follows them. */
    const char *text = "Deals of the week\n"
                       "Kelvia raised $12 million in a Series A round led by Sequoia Capital.\n"
                       "Brindle raised 12 million pounds in a seed round\n"
                       "Atlas Partners led it.\n";
    guint joined;
    g_autofree char *got = unwrap(text, &joined);
    g_assert_false(fc_unwrap_is_wrapped(text, 0, strlen(text)));
    g_assert_cmpuint(joined, ==, 0);
    g_assert_cmpstr(got, ==, text);
}

static void
test_blocks_stay(void)
{
    /* Lists, headings, quotes, tables and indented lines start blocks even
     * in wrapped text; a line break before a carriage return goes too. */
    const char *text = "The company said it would hire more\r\n"
                       "engineers and open an office in\r\n"
                       "Madrid next year, and it listed\r\n"
                       "its plans:\n"
                       "- hire forty engineers\n"
                       "1. open the office\n"
                       "# Background\n"
                       "> a quote\n"
                       "| a | table |\n"
                       "   an indented line\n";
    guint joined;
    g_autofree char *got = unwrap(text, &joined);
    g_assert_cmpuint(joined, ==, 3);
    g_assert_true(g_str_has_prefix(got,
                                   "The company said it would hire more  engineers and open an "
                                   "office in  Madrid next year, and it listed  its plans:\n"));
    g_assert_nonnull(strstr(got, "plans:\n- hire forty engineers\n1. open the office\n# "
                                 "Background\n> a quote\n| a | table |\n   an indented"));
}

static void
test_from_and_edges(void)
{
    guint joined;
    /* Text before @from (front matter) is never touched. */
    g_autofree char *copy = g_strdup(wrapped);
    gsize from = strlen("Kelvia, which makes sensors for wind turbines, has raised $12\n");
    joined = fc_unwrap_lines(copy, from, strlen(copy));
    g_assert_cmpuint(joined, ==, 4);
    g_assert_true(g_str_has_prefix(copy, "Kelvia, which makes sensors for wind turbines, has "
                                         "raised $12\nmillion"));
    g_assert_false(fc_unwrap_is_wrapped("", 0, 0));
    g_assert_false(fc_unwrap_is_wrapped("\n\n\n", 0, 3));
    g_autofree char *one = unwrap("no line break at all", &joined);
    g_assert_cmpuint(joined, ==, 0);
    g_assert_cmpstr(one, ==, "no line break at all");
    g_autofree char *ends = unwrap("a line\nand\nmore\nthen", &joined);
    g_assert_cmpstr(ends, ==, "a line and more then");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/unwrap/wrapped-prose", test_wrapped_prose_joins);
    g_test_add_func("/unwrap/paragraph-lines", test_paragraph_lines_stay);
    g_test_add_func("/unwrap/blocks", test_blocks_stay);
    g_test_add_func("/unwrap/from-and-edges", test_from_and_edges);
    return g_test_run();
}
