#include "fc-document.h"

#include <string.h>

static FcDocument *
doc_of(const char *text)
{
    return fc_document_new("t.md", g_strdup(text), strlen(text));
}

static void
test_line_index(void)
{
    g_autoptr(FcDocument) doc = doc_of("one\ntwo\n\nfour\n");
    g_assert_cmpuint(doc->line_starts->len, ==, 5);
    g_assert_cmpuint(g_array_index(doc->line_starts, gsize, 0), ==, 0);
    g_assert_cmpuint(g_array_index(doc->line_starts, gsize, 1), ==, 4);
    g_assert_cmpuint(g_array_index(doc->line_starts, gsize, 2), ==, 8);
    g_assert_cmpuint(g_array_index(doc->line_starts, gsize, 3), ==, 9);
    g_assert_cmpuint(g_array_index(doc->line_starts, gsize, 4), ==, 14);
    g_assert_cmpstr(doc->path, ==, "t.md");
    g_assert_null(doc->title);
    g_assert_cmpuint(doc->body_start, ==, 0);
}

static void
test_empty(void)
{
    g_autoptr(FcDocument) doc = doc_of("");
    g_assert_cmpuint(doc->len, ==, 0);
    g_assert_cmpuint(doc->line_starts->len, ==, 1);
    guint line = 0, col = 0;
    fc_document_locate(doc, 0, &line, &col);
    g_assert_cmpuint(line, ==, 1);
    g_assert_cmpuint(col, ==, 1);
    g_autofree char *q = fc_document_quote(doc, (FcSpan){0, 0});
    g_assert_cmpstr(q, ==, "");
}

static void
test_locate_ascii(void)
{
    g_autoptr(FcDocument) doc = doc_of("abc\ndef\n");
    guint line, col;
    fc_document_locate(doc, 0, &line, &col);
    g_assert_cmpuint(line, ==, 1);
    g_assert_cmpuint(col, ==, 1);
    fc_document_locate(doc, 3, &line, &col); /* the newline itself */
    g_assert_cmpuint(line, ==, 1);
    g_assert_cmpuint(col, ==, 4);
    fc_document_locate(doc, 5, &line, &col);
    g_assert_cmpuint(line, ==, 2);
    g_assert_cmpuint(col, ==, 2);
    fc_document_locate(doc, 8, &line, &col); /* end: the empty last line */
    g_assert_cmpuint(line, ==, 3);
    g_assert_cmpuint(col, ==, 1);
}

static void
test_locate_utf8_columns(void)
{
    /* "Nvidia’s" has a 3-byte apostrophe; "é" is 2 bytes. */
    const char *text = "x\ncafé Nvidia’s Anthropic";
    g_autoptr(FcDocument) doc = doc_of(text);
    guint line, col;
    gsize offset = (gsize)(strstr(text, "Anthropic") - text);
    fc_document_locate(doc, offset, &line, &col);
    g_assert_cmpuint(line, ==, 2);
    g_assert_cmpuint(col, ==, 15);
}

static void
test_locate_inside_character(void)
{
    g_autoptr(FcDocument) doc = doc_of("aé");
    guint line, col;
    fc_document_locate(doc, 2, &line, &col); /* second byte of é */
    g_assert_cmpuint(col, ==, 2);
    fc_document_locate(doc, 3, &line, &col);
    g_assert_cmpuint(col, ==, 3);
}

static void
test_locate_clamps(void)
{
    g_autoptr(FcDocument) doc = doc_of("ab\ncd");
    guint line, col;
    fc_document_locate(doc, 999, &line, &col);
    g_assert_cmpuint(line, ==, 2);
    g_assert_cmpuint(col, ==, 3);
    fc_document_locate(doc, 1, NULL, NULL); /* both outputs optional */
}

static void
test_locate_crlf(void)
{
    g_autoptr(FcDocument) doc = doc_of("ab\r\ncd\r\n");
    guint line, col;
    fc_document_locate(doc, 5, &line, &col);
    g_assert_cmpuint(line, ==, 2);
    g_assert_cmpuint(col, ==, 2);
}

static void
test_quote_collapses(void)
{
    const char *text = "  The\tround\n\n was\xC2\xA0\xC2\xA0 $10bn.  ";
    g_autoptr(FcDocument) doc = doc_of(text);
    g_autofree char *q = fc_document_quote(doc, (FcSpan){0, strlen(text)});
    g_assert_cmpstr(q, ==, "The round was $10bn.");
}

static void
test_quote_unicode_spaces(void)
{
    /* U+2009 thin space and U+202F narrow no-break space. */
    const char *text = "$10\xE2\x80\x89"
                       "bn and\xE2\x80\xAF"
                       "more";
    g_autoptr(FcDocument) doc = doc_of(text);
    g_autofree char *q = fc_document_quote(doc, (FcSpan){0, strlen(text)});
    g_assert_cmpstr(q, ==, "$10 bn and more");
}

static void
test_quote_clamps_span(void)
{
    g_autoptr(FcDocument) doc = doc_of("abc");
    g_autofree char *a = fc_document_quote(doc, (FcSpan){1, 100});
    g_assert_cmpstr(a, ==, "bc");
    g_autofree char *b = fc_document_quote(doc, (FcSpan){5, 2});
    g_assert_cmpstr(b, ==, "");
}

static void
test_quote_never_splits_characters(void)
{
    g_autoptr(FcDocument) doc = doc_of("a’b");
    g_autofree char *a = fc_document_quote(doc, (FcSpan){0, 2}); /* cuts ’ */
    g_assert_cmpstr(a, ==, "a");
    g_autofree char *b = fc_document_quote(doc, (FcSpan){2, 5}); /* starts inside ’ */
    g_assert_cmpstr(b, ==, "b");
    g_assert_true(g_utf8_validate(a, -1, NULL) && g_utf8_validate(b, -1, NULL));
}

static void
test_release_text(void)
{
    g_autoptr(FcDocument) doc = doc_of("ab\ncd");
    fc_document_release_text(doc);
    g_assert_null(doc->text);
    /* The line index goes too: a million documents' indexes outweighed
     * the rest of a run's memory. */
    g_assert_null(doc->line_starts);
    g_assert_nonnull(doc->path);
    /* Locating then is a programming error: said, and never a crash. */
    guint line = 9, col = 9;
    g_test_expect_message(NULL, G_LOG_LEVEL_CRITICAL, "*fc_document_locate*");
    fc_document_locate(doc, 4, &line, &col);
    g_test_assert_expected_messages();
    g_assert_cmpuint(line, ==, 0);
    g_assert_cmpuint(col, ==, 0);
    fc_document_release_text(doc); /* twice is harmless */
}

static void
test_free_null(void)
{
    fc_document_free(NULL);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/document/line-index", test_line_index);
    g_test_add_func("/document/empty", test_empty);
    g_test_add_func("/document/locate/ascii", test_locate_ascii);
    g_test_add_func("/document/locate/utf8-columns", test_locate_utf8_columns);
    g_test_add_func("/document/locate/inside-character", test_locate_inside_character);
    g_test_add_func("/document/locate/clamps", test_locate_clamps);
    g_test_add_func("/document/locate/crlf", test_locate_crlf);
    g_test_add_func("/document/quote/collapses", test_quote_collapses);
    g_test_add_func("/document/quote/unicode-spaces", test_quote_unicode_spaces);
    g_test_add_func("/document/quote/clamps-span", test_quote_clamps_span);
    g_test_add_func("/document/quote/never-splits-characters", test_quote_never_splits_characters);
    g_test_add_func("/document/release-text", test_release_text);
    g_test_add_func("/document/free-null", test_free_null);
    return g_test_run();
}
