/* fc-escape: HTML and Markdown escaping of hostile text, and anchor slugs.
 * Besides the cases, every escaper runs over random bytes and must give
 * valid UTF-8 in which no markup can start. */
#include "fc-escape.h"

#include <string.h>

static void
check_html(const char *in, gssize len, const char *want)
{
    GString *out = g_string_new(NULL);
    fc_escape_html_append(out, in, len);
    g_assert_cmpstr(out->str, ==, want);
    g_string_free(out, TRUE);
}

static void
check_md(const char *in, const char *want)
{
    g_autofree char *out = fc_escape_md(in);
    g_assert_cmpstr(out, ==, want);
}

static void
test_html_markup(void)
{
    check_html("<script>alert(\"x\")</script>", -1,
               "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    check_html("\"><img src=x onerror=alert(1)>", -1,
               "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    check_html("</textarea>", -1, "&lt;/textarea&gt;");
    check_html("it's A&B", -1, "it&#39;s A&amp;B");
    check_html("plain € text", -1, "plain € text");
    check_html("tab\tline\nend\r", -1, "tab\tline\nend\r");
}

static void
test_html_bytes(void)
{
    /* A NUL inside the given length, invalid and truncated sequences, a
     * lone continuation byte, an overlong encoding, a surrogate. */
    check_html("a\0b", 3,
               "a\xEF\xBF\xBD"
               "b");
    check_html("\xFF\xFE", -1, "\xEF\xBF\xBD\xEF\xBF\xBD");
    check_html("\xC3\x28", -1, "\xEF\xBF\xBD(");
    check_html("x\xE2\x82", -1, "x\xEF\xBF\xBD\xEF\xBF\xBD");
    check_html("\x80", -1, "\xEF\xBF\xBD");
    check_html("\xC0\xBC", -1, "\xEF\xBF\xBD\xEF\xBF\xBD");
    check_html("\xED\xA0\x80", -1, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    /* Controls and non-characters. */
    check_html("\x1B[31m\x7F\xC2\x85", -1, "\xEF\xBF\xBD[31m\xEF\xBF\xBD\xEF\xBF\xBD");
    check_html("\xEF\xBF\xBE", -1, "\xEF\xBF\xBD");
}

static void
test_html_bidi(void)
{
    check_html("a\xE2\x80\xAE"
               "b",
               -1, "a⟨U+202E⟩b");
    check_html("\xE2\x81\xA6x\xE2\x81\xA9", -1, "⟨U+2066⟩x⟨U+2069⟩");
    /* Right-to-left letters and combining marks are text, kept as is. */
    check_html("מיסטרל Z\xCC\xB7", -1, "מיסטרל Z\xCC\xB7");
}

static void
test_md_inline(void)
{
    check_md("a|b", "a\\|b");
    check_md("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`");
    check_md("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>");
    check_md("[link](javascript:x)", "\\[link\\](javascript:x)");
    check_md("back\\slash ~strike~ A&B", "back\\\\slash \\~strike\\~ A\\&B");
    check_md("$5bn and $6bn", "\\$5bn and \\$6bn");
    check_md("one\ntwo\r\nthree\tfour", "one two  three four");
    check_md("a # b", "a \\# b");
}

static void
test_md_line_start(void)
{
    check_md("# Heading", "\\# Heading");
    check_md("- item", "\\- item");
    check_md("+ item", "\\+ item");
    check_md("=====", "\\=====");
    check_md("2025. A year", "2025\\. A year");
    check_md("3) three", "3\\) three");
    check_md("> quote", "\\> quote");
    /* Only at the start. */
    check_md("a - b 3. c", "a - b 3. c");
}

static void
test_md_autolink(void)
{
    check_md("see https://example.com", "see https\\://example.com");
    check_md("www.example.com", "www\\.example.com");
    check_md("me@example.com", "me\\@example.com");
    check_md("time: 10:30", "time: 10:30");
}

static void
test_md_bytes(void)
{
    check_md("\xFF ok \x01", "\xEF\xBF\xBD ok \xEF\xBF\xBD");
    check_md("\xE2\x80\xAE", "⟨U+202E⟩");
    GString *out = g_string_new(NULL);
    fc_escape_md_append(out, "a\0|", 3);
    g_assert_cmpstr(out->str, ==, "a\xEF\xBF\xBD\\|");
    g_string_free(out, TRUE);
}

/* No raw '<', '>', '"' or '\'' and every '&' opens one of our references. */
static void
assert_inert_html(const char *s)
{
    static const char *const refs[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    g_assert_true(g_utf8_validate(s, -1, NULL));
    g_assert_null(strpbrk(s, "<>\"'"));
    for (const char *p = strchr(s, '&'); p != NULL; p = strchr(p + 1, '&')) {
        gboolean known = FALSE;
        for (guint i = 0; i < G_N_ELEMENTS(refs); i++)
            known = known || g_str_has_prefix(p, refs[i]);
        g_assert_true(known);
    }
}

/* Valid UTF-8, one line, and every markup character escaped. */
static void
assert_inert_md(const char *s)
{
    g_assert_true(g_utf8_validate(s, -1, NULL));
    g_assert_null(strpbrk(s, "\n\r"));
    for (const char *p = s; *p != '\0'; p++) {
        if (*p == '\\') {
            p++;
            g_assert_true(*p != '\0' && g_ascii_ispunct(*p));
            continue;
        }
        g_assert_null(strchr("`*_[]<>|~&$", *p));
    }
}

static void
test_random_bytes(void)
{
    GRand *rand = g_rand_new_with_seed(20251122);
    for (guint round = 0; round < 2000; round++) {
        char buf[64];
        gsize len = (gsize)g_rand_int_range(rand, 0, sizeof buf);
        for (gsize i = 0; i < len; i++)
            buf[i] = (char)g_rand_int_range(rand, 0, 256);
        GString *html = g_string_new(NULL), *md = g_string_new(NULL);
        fc_escape_html_append(html, buf, (gssize)len);
        fc_escape_md_append(md, buf, (gssize)len);
        assert_inert_html(html->str);
        assert_inert_md(md->str);
        g_string_free(html, TRUE);
        g_string_free(md, TRUE);
    }
    g_rand_free(rand);
}

static void
test_slug(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Mistral AI", "mistral-ai"},
        {"articles/it's & co #1.md", "articles-it-s-co-1-md"},
        {"--a--", "a"},
        {"", "x"},
        {"智谱", "x"},
        {"Zhipu 智谱 AI", "zhipu-ai"},
        {"\"><img src=x>", "img-src-x"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autofree char *slug = fc_escape_slug(cases[i].in);
        g_assert_cmpstr(slug, ==, cases[i].want);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/escape/html/markup", test_html_markup);
    g_test_add_func("/escape/html/bytes", test_html_bytes);
    g_test_add_func("/escape/html/bidi", test_html_bidi);
    g_test_add_func("/escape/md/inline", test_md_inline);
    g_test_add_func("/escape/md/line-start", test_md_line_start);
    g_test_add_func("/escape/md/autolink", test_md_autolink);
    g_test_add_func("/escape/md/bytes", test_md_bytes);
    g_test_add_func("/escape/random-bytes", test_random_bytes);
    g_test_add_func("/escape/slug", test_slug);
    return g_test_run();
}
