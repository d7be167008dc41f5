#include "fc-html.h"
#include "fc-segment.h"

#include <string.h>

typedef struct {
    GPtrArray *docs;
    GPtrArray *warnings;
    FcDocument *doc; /* docs[0] */
} Page;

static void
page_clear(Page *p)
{
    g_clear_pointer(&p->docs, g_ptr_array_unref);
    g_clear_pointer(&p->warnings, g_ptr_array_unref);
    p->doc = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Page, page_clear)

static void
read_bytes(Page *p, const char *bytes, gsize len)
{
    p->docs = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    p->warnings = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GError) error = NULL;
    g_assert_true(fc_html_read("page.html", bytes, len, p->docs, p->warnings, &error));
    g_assert_no_error(error);
    g_assert_cmpuint(p->docs->len, ==, 1);
    p->doc = g_ptr_array_index(p->docs, 0);
    g_assert_cmpstr(p->doc->path, ==, "page.html");
    g_assert_true(g_utf8_validate(p->doc->text, (gssize)p->doc->len, NULL));
    g_assert_cmpuint(strlen(p->doc->text), ==, p->doc->len);
}

static void
read_page(Page *p, const char *html)
{
    read_bytes(p, html, strlen(html));
}

/* Every sentence as "line:column text", one per line. */
static char *
sentences_of(const FcDocument *doc)
{
    g_autoptr(GArray) spans = fc_segment_sentences(doc);
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < spans->len; i++) {
        FcSpan span = g_array_index(spans, FcSpan, i);
        guint line = 0, column = 0;
        fc_document_locate(doc, span.start, &line, &column);
        g_autofree char *quote = fc_document_quote(doc, span);
        g_string_append_printf(out, "%u:%u %s\n", line, column, quote);
    }
    return g_string_free(out, FALSE);
}

static void
assert_sentences(const char *html, const char *want)
{
    g_auto(Page) p = {0};
    read_page(&p, html);
    g_autofree char *got = sentences_of(p.doc);
    g_assert_cmpstr(got, ==, want);
}

/* A news page as sites serve it: the story, and around it everything
 * that is not the story. */
static const char fc_test_page[] =
    "<!DOCTYPE html>\n"                                                                 /* 1 */
    "<html lang=\"en\">\n"                                                              /* 2 */
    "<head>\n"                                                                          /* 3 */
    "  <meta charset=\"utf-8\">\n"                                                      /* 4 */
    "  <title>Acme raises $5 million | Example Wire</title>\n"                          /* 5 */
    "  <meta property=\"og:title\" content=\"Acme raises $5 million\">\n"               /* 6 */
    "  <meta property=\"og:site_name\" content=\"Example Wire\">\n"                     /* 7 */
    "  <meta property=\"og:url\" content=\"https://wire.example/acme\">\n"              /* 8 */
    "  <meta property=\"article:published_time\" content=\"2025-06-12T08:30:00Z\">\n"   /* 9 */
    "  <style>p::after { content: \"Style text.\"; }</style>\n"                         /* 10 */
    "  <script>var s = \"<p>Script text.</p>\";</script>\n"                             /* 11 */
    "</head>\n"                                                                         /* 12 */
    "<body>\n"                                                                          /* 13 */
    "  <nav><a href=\"/\">Home</a> | <a href=\"/tech\">Tech</a></nav>\n"                /* 14 */
    "  <div class=\"cookie-banner\">We use cookies to improve the site.</div>\n"        /* 15 */
    "  <article>\n"                                                                     /* 16 */
    "    <header><h1>Acme raises $5 million</h1>\n"                                     /* 17 */
    "      <time datetime=\"2025-06-11\">June 11</time></header>\n"                     /* 18 */
    "    <p>Acme has raised $5 million in a seed round,\n"                              /* 19 */
    "    the company said.</p>\n"                                                       /* 20 */
    "    <!-- Comment text. -->\n"                                                      /* 21 */
    "    <p>The round values Acme at $40 million &amp; more.</p>\n"                     /* 22 */
    "    <aside><h2>Related</h2><p>Aside text.</p></aside>\n"                           /* 23 */
    "    <p hidden>Hidden text.</p><p style=\"display: none\">None text.</p>\n"         /* 24 */
    "    <div aria-hidden=\"true\">Aria text.</div>\n"                                  /* 25 */
    "    <p>Investors include <b>Example Ventures</b> and\n"                            /* 26 */
    "    others.</p>\n"                                                                 /* 27 */
    "    <form><label>Email</label><input name=\"e\"><button>Sign up</button></form>\n" /* 28 */
    "  </article>\n"                                                                    /* 29 */
    "  <footer><p>Footer text.</p></footer>\n"                                          /* 30 */
    "</body>\n"                                                                         /* 31 */
    "</html>\n";                                                                        /* 32 */

static void
test_article_page(void)
{
    g_auto(Page) p = {0};
    read_page(&p, fc_test_page);
    g_assert_cmpuint(p.warnings->len, ==, 0);
    g_assert_cmpstr(p.doc->title, ==, "Acme raises $5 million");
    g_assert_cmpstr(p.doc->source, ==, "Example Wire");
    g_assert_cmpstr(p.doc->url, ==, "https://wire.example/acme");
    g_assert_cmpstr(p.doc->date_text, ==, "2025-06-12T08:30:00Z");
    g_autofree char *day = fc_time_format(&p.doc->date);
    g_assert_cmpstr(day, ==, "2025-06-12");
    /* Lines and columns are the file's. */
    g_autofree char *got = sentences_of(p.doc);
    g_assert_cmpstr(got, ==,
                    "19:8 Acme has raised $5 million in a seed round, the company said.\n"
                    "22:8 The round values Acme at $40 million & more.\n"
                    "26:8 Investors include Example Ventures and others.\n");
    const char *const never[] = {"Style",   "Script", "Home",   "cookies", "Comment",
                                 "Aside",   "Hidden", "None",   "Aria",    "Email",
                                 "Sign up", "Footer", "June 11"};
    for (gsize i = 0; i < G_N_ELEMENTS(never); i++)
        g_assert_null(strstr(p.doc->text, never[i]));
    g_assert_cmpuint(p.doc->line_starts->len, <=, 32);
}

static void
test_prefers_article_body(void)
{
    assert_sentences(
        "<html><body>\n<p>Outside text.</p>\n<article>\n<p>Article text.</p>\n"
        "<div itemprop=\"articleBody\">\n<p>Body text, which is most of the page's text.</p>\n"
        "</div>\n</article>\n"
        "</body></html>",
        "6:4 Body text, which is most of the page's text.\n");
    assert_sentences("<html><body>\n<p>Outside text.</p>\n<main>\n<p>Main text.</p>\n</main>\n"
                     "</body></html>",
                     "4:4 Main text.\n");
}

/* A teaser card is an <article> too; it is not the story when it holds
 * little of the page's text. */
static void
test_teaser_is_not_the_story(void)
{
    assert_sentences(
        "<html><body>\n"
        "<p>Acme has raised $5 million in a seed round led by Example Ventures, the company "
        "said on Tuesday, and plans to hire forty engineers this year.</p>\n"
        "<article><p>Other story.</p></article>\n"
        "</body></html>",
        "2:4 Acme has raised $5 million in a seed round led by Example Ventures, the company "
        "said on Tuesday, and plans to hire forty engineers this year.\n"
        "3:13 Other story.\n");
}

/* A class that names chrome removes a box, not the page around it. */
static void
test_chrome_names(void)
{
    assert_sentences("<html><body><div class=\"page has-sidebar\">\n"
                     "<p>The story goes on for a good while here, long enough to be most of the "
                     "page.</p>\n"
                     "<div class=\"sidebar\"><p>Sidebar text.</p></div>\n"
                     "<div id=\"share-tools\">Share this</div>\n"
                     "<div class=\"newsletter_signup\">Newsletter text.</div>\n"
                     "</div></body></html>",
                     "2:4 The story goes on for a good while here, long enough to be most of "
                     "the page.\n");
}

/* Minified pages put every block on one line; blocks still end
 * sentences, and columns still point at the text. */
static void
test_blocks_on_one_line(void)
{
    assert_sentences("<html><body><h1>Acme raises money</h1><p>Acme raised $5 million</p>"
                     "<ul><li>one item</li><li>another item</li></ul><p>Last<br>line</p>"
                     "<table><tr><td>Cell one</td><td>Cell two</td></tr></table></body></html>",
                     "1:17 Acme raises money\n"
                     "1:42 Acme raised $5 million\n"
                     "1:76 one item\n"
                     "1:93 another item\n"
                     "1:118 Last\n"
                     "1:126 line\n"
                     "1:149 Cell one\n"
                     "1:166 Cell two\n");
}

static void
test_inline_elements_join(void)
{
    assert_sentences("<p>Acme <b>raised</b> $5<i>m</i> from <a href=\"x\">Example "
                     "Ventures</a>.<span> Then</span>\n<em>it</em> grew.</p>",
                     "1:4 Acme raised $5m from Example Ventures.\n"
                     "1:79 Then it grew.\n");
}

static void
test_entities(void)
{
    g_auto(Page) p = {0};
    read_page(&p, "<p>A&nbsp;B &euro;5 &#8364;6 &#x20AC;7 &lt;tag&gt; &quot;q&quot; &bogus; "
                  "AT&T</p>");
    g_assert_cmpstr(g_strstrip(p.doc->text), ==,
                    "A\xC2\xA0"
                    "B \xE2\x82\xAC"
                    "5 \xE2\x82\xAC"
                    "6 \xE2\x82\xAC"
                    "7 <tag> \"q\" &bogus; AT&T");
}

/* A text broken by entities is delivered in pieces; each piece keeps
 * its line. */
static void
test_lines_around_entities(void)
{
    assert_sentences("<p>\n&amp; one\ntwo &amp;\nthree.</p>\n<p>\n\n&ldquo;Quoted,&rdquo; "
                     "he said.</p>",
                     "2:1 & one two & three.\n"
                     "7:1 \xE2\x80\x9CQuoted,\xE2\x80\x9D he said.\n");
}

/* libxml2 reads text in chunks of about a kilobyte. */
static void
test_long_text_lines(void)
{
    GString *html = g_string_new("<html><body><p>\n");
    for (int i = 2; i < 400; i++)
        g_string_append_printf(html, "Line %d of a long paragraph goes on.\n", i);
    g_string_append(html, "Acme &amp; Co raised $5 million.\n</p></body></html>\n");
    g_auto(Page) p = {0};
    read_bytes(&p, html->str, html->len);
    g_string_free(html, TRUE);
    g_autofree char *got = sentences_of(p.doc);
    g_assert_nonnull(strstr(got, "\n300:1 Line 300 of a long paragraph goes on.\n"));
    g_assert_nonnull(strstr(got, "\n400:1 Acme & Co raised $5 million.\n"));
}

/* A minified page is one long line: columns stay exact along it, and
 * finding them does not recount the line for every text. */
static void
test_long_line_columns(void)
{
    GString *html = g_string_new("<html><body><article>");
    for (int i = 0; i < 5000; i++)
        g_string_append_printf(html,
                               "<div class=\"x\"><p>Paragraph %d of <a href=\"/\">the "
                               "story</a> &amp; more.</p></div>",
                               i);
    g_string_append(html, "</article></body></html>");
    g_auto(Page) p = {0};
    read_bytes(&p, html->str, html->len);
    const char *last = "Paragraph 4999 of";
    gsize want = (gsize)(strstr(html->str, last) - html->str) + 1;
    g_string_free(html, TRUE);
    const char *at = strstr(p.doc->text, last);
    g_assert_nonnull(at);
    guint line = 0, column = 0;
    fc_document_locate(p.doc, (gsize)(at - p.doc->text), &line, &column);
    g_assert_cmpuint(line, ==, 1);
    g_assert_cmpuint(column, ==, want);
}

static void
test_crlf(void)
{
    assert_sentences("<html>\r\n<body>\r\n<p>One.</p>\r\n\r\n<p>Two\r\nlines.</p>\r\n</body>",
                     "3:4 One.\n"
                     "5:4 Two lines.\n");
}

static void
test_metadata_fallbacks(void)
{
    g_auto(Page) a = {0};
    read_page(&a, "<html><head><title> Page\n title </title>"
                  "<link rel=\"stylesheet canonical\" href=\"https://x.example/a\">"
                  "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"}, "
                  "{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-02-03\", "
                  "\"publisher\": {\"name\": \"LD Wire\"}}]}</script></head>"
                  "<body><h1>Heading</h1><p>Text.</p></body></html>");
    g_assert_cmpstr(a.doc->title, ==, "Page title");
    g_assert_cmpstr(a.doc->url, ==, "https://x.example/a");
    g_assert_cmpstr(a.doc->source, ==, "LD Wire");
    g_assert_cmpstr(a.doc->date_text, ==, "2024-02-03");

    g_auto(Page) b = {0};
    read_page(&b, "<body><aside><time datetime=\"2020-01-01\">x</time></aside>"
                  "<article><h1>Heading</h1><header><time datetime=\"2024-05-06\">May 6</time>"
                  "</header><p>Text.</p></article></body>");
    g_assert_cmpstr(b.doc->title, ==, "Heading");
    g_assert_cmpstr(b.doc->date_text, ==, "2024-05-06");
    g_assert_null(b.doc->url);
    g_assert_null(b.doc->source);

    g_auto(Page) c = {0};
    read_page(&c, "<body><span itemprop=\"datePublished\" content=\"2023-09\">Sept</span>"
                  "<time datetime=\"2020-01-01\">x</time><p>Text.</p></body>");
    g_assert_cmpstr(c.doc->date_text, ==, "2023-09");
}

static void
test_date_not_understood(void)
{
    g_auto(Page) p = {0};
    read_page(&p, "<head><meta name=\"pubdate\" content=\"Thursday\"></head><p>Text.</p>");
    g_assert_cmpstr(p.doc->date_text, ==, "Thursday");
    g_assert_false(fc_time_is_known(&p.doc->date));
    g_assert_cmpuint(p.warnings->len, ==, 1);
    g_assert_cmpstr(g_ptr_array_index(p.warnings, 0), ==,
                    "factcheck: 'page.html': page date 'Thursday' not understood");
}

static void
test_charsets(void)
{
    g_auto(Page) latin1 = {0};
    read_page(&latin1, "<head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                       "charset=iso-8859-1\"></head><p>caf\xE9</p>");
    g_assert_cmpstr(g_strstrip(latin1.doc->text), ==, "caf\xC3\xA9");
    g_auto(Page) cp1252 = {0};
    read_page(&cp1252, "<meta charset=\"windows-1252\"><p>\x93q\x94 \x80</p>");
    g_assert_cmpstr(g_strstrip(cp1252.doc->text), ==, "\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x82\xAC");
    /* No charset: UTF-8, bad bytes repaired rather than the rest read as
     * Latin-1. */
    g_auto(Page) bad = {0};
    read_page(&bad, "<p>caf\xC3\xA9 bad\xFF here \xC3\xA9</p>");
    g_assert_cmpstr(g_strstrip(bad.doc->text), ==, "caf\xC3\xA9 bad? here \xC3\xA9");
    g_assert_cmpuint(bad.warnings->len, ==, 1);
    g_assert_cmpstr(g_ptr_array_index(bad.warnings, 0), ==,
                    "factcheck: 'page.html': invalid UTF-8 repaired (1 byte)");
}

static void
test_empty_and_garbage(void)
{
    g_auto(Page) empty = {0};
    read_bytes(&empty, "", 0);
    g_assert_cmpuint(empty.doc->len, ==, 0);
    g_assert_null(empty.doc->title);

    static const char binary[] = "\x00\x01\x02<\xFF\xFE>\x00</</<!--<![CDATA[\x7F";
    g_auto(Page) junk = {0};
    read_bytes(&junk, binary, sizeof binary - 1);

    g_auto(Page) text = {0};
    read_page(&text, "Just text, no tags at all.\nSecond line.");
    g_autofree char *got = sentences_of(text.doc);
    g_assert_cmpstr(got, ==, "1:1 Just text, no tags at all.\n2:1 Second line.\n");
}

static void
test_hostile(void)
{
    /* Unclosed tags, a comment and a script that never end. */
    assert_sentences("<p>One<p>Two<div><span>Three", "1:4 One\n1:10 Two\n1:24 Three\n");
    g_auto(Page) comment = {0};
    read_page(&comment, "<p>Before.</p><!-- never closed <p>Hidden.</p>");
    g_assert_null(strstr(comment.doc->text, "Hidden"));
    g_auto(Page) script = {0};
    read_page(&script, "<p>Before.</p><script>document.write('<p>Hidden.</p>')");
    g_assert_null(strstr(script.doc->text, "Hidden"));

    /* A 20 MB attribute and 100,000 nested elements. */
    GString *html = g_string_new("<p title=\"");
    for (int i = 0; i < 20 * 1024 * 1024; i += 8)
        g_string_append(html, "aaaaaaaa");
    g_string_append(html, "\">Huge.</p>");
    for (int i = 0; i < 100000; i++)
        g_string_append(html, "<div><b>");
    g_string_append(html, "Deep.");
    g_auto(Page) big = {0};
    read_bytes(&big, html->str, html->len);
    g_string_free(html, TRUE);

    /* Ten thousand entities in a row. */
    GString *many = g_string_new("<p>");
    for (int i = 0; i < 10000; i++)
        g_string_append(many, "&amp;\n");
    g_string_append(many, "End.</p>");
    g_auto(Page) ents = {0};
    read_bytes(&ents, many->str, many->len);
    g_string_free(many, TRUE);
    const char *end = strstr(ents.doc->text, "End.");
    g_assert_nonnull(end);
    guint line = 0, column = 0;
    fc_document_locate(ents.doc, (gsize)(end - ents.doc->text), &line, &column);
    g_assert_cmpuint(line, ==, 10001);
    g_assert_cmpuint(column, ==, 1);
}

typedef struct {
    const char *html;
    char *text;
} Job;

static gpointer
read_in_thread(gpointer data)
{
    Job *job = data;
    for (int i = 0; i < 20; i++) {
        g_auto(Page) p = {0};
        read_page(&p, job->html);
        g_free(job->text);
        job->text = g_strdup(p.doc->text);
    }
    return NULL;
}

static void
test_threads(void)
{
    g_auto(Page) p = {0};
    read_page(&p, fc_test_page);
    Job jobs[4];
    GThread *threads[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (Job){fc_test_page, NULL};
        threads[i] = g_thread_new("html", read_in_thread, &jobs[i]);
    }
    for (int i = 0; i < 4; i++) {
        g_thread_join(threads[i]);
        g_assert_cmpstr(jobs[i].text, ==, p.doc->text);
        g_free(jobs[i].text);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_set_nonfatal_assertions();
    g_test_add_func("/html/article-page", test_article_page);
    g_test_add_func("/html/prefers-article-body", test_prefers_article_body);
    g_test_add_func("/html/teaser-is-not-the-story", test_teaser_is_not_the_story);
    g_test_add_func("/html/chrome-names", test_chrome_names);
    g_test_add_func("/html/blocks-on-one-line", test_blocks_on_one_line);
    g_test_add_func("/html/inline-elements-join", test_inline_elements_join);
    g_test_add_func("/html/entities", test_entities);
    g_test_add_func("/html/lines-around-entities", test_lines_around_entities);
    g_test_add_func("/html/long-text-lines", test_long_text_lines);
    g_test_add_func("/html/long-line-columns", test_long_line_columns);
    g_test_add_func("/html/crlf", test_crlf);
    g_test_add_func("/html/metadata-fallbacks", test_metadata_fallbacks);
    g_test_add_func("/html/date-not-understood", test_date_not_understood);
    g_test_add_func("/html/charsets", test_charsets);
    g_test_add_func("/html/empty-and-garbage", test_empty_and_garbage);
    g_test_add_func("/html/hostile", test_hostile);
    g_test_add_func("/html/threads", test_threads);
    return g_test_run();
}
