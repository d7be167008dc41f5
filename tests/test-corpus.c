#include "fc-corpus.h"
#include "fc-test.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

static FcDocument *
parse(const char *path, const char *text)
{
    gsize len = strlen(text);
    FcDocument *doc = fc_corpus_parse(path, text, len);
    /* The one invariant everything else rests on. */
    g_assert_cmpuint(doc->len, ==, len);
    g_assert_cmpuint(strlen(doc->text), ==, len);
    for (gsize i = 0; i < len; i++)
        g_assert_true((text[i] == '\n') == (doc->text[i] == '\n'));
    return doc;
}

/* The cleaned text of @text read as a Markdown file. */
static char *
clean(const char *text)
{
    g_autoptr(FcDocument) doc = parse("t.md", text);
    return g_strdup(doc->text);
}

#define assert_clean(in, out)                                                                      \
    do {                                                                                           \
        g_autofree char *got_ = clean(in);                                                         \
        g_assert_cmpstr(got_, ==, out);                                                            \
    } while (0)

/* ---- parse: plain and front matter -------------------------------------- */

static void
test_plain_text(void)
{
    g_autoptr(FcDocument) doc = parse("a.txt", "Anthropic raised $4bn.\nMore.\n");
    g_assert_cmpstr(doc->text, ==, "Anthropic raised $4bn.\nMore.\n");
    g_assert_cmpstr(doc->path, ==, "a.txt");
    g_assert_null(doc->title);
    g_assert_null(doc->date_text);
    g_assert_cmpuint(doc->date.lo, ==, 0);
    g_assert_cmpuint(doc->body_start, ==, 0);
    g_assert_cmpuint(doc->repaired, ==, 0);
    g_assert_cmpuint(doc->line_starts->len, ==, 3);
}

static void
test_empty_file(void)
{
    g_autoptr(FcDocument) doc = fc_corpus_parse("e.md", NULL, 0);
    g_assert_cmpuint(doc->len, ==, 0);
    g_assert_cmpstr(doc->text, ==, "");
    g_assert_cmpuint(doc->body_start, ==, 0);
}

static void
test_front_matter(void)
{
    const char *text = "---\ntitle: Amazon to invest\ndate: 2023-09\nsource: TechCrunch\n"
                       "url: https://x.test/a?b=1\n---\nBody here.\n";
    g_autoptr(FcDocument) doc = parse("a.txt", text);
    g_assert_cmpstr(doc->title, ==, "Amazon to invest");
    g_assert_cmpstr(doc->date_text, ==, "2023-09");
    g_assert_cmpstr(doc->source, ==, "TechCrunch");
    g_assert_cmpstr(doc->url, ==, "https://x.test/a?b=1");
    g_assert_cmpuint(doc->date.lo, !=, 0);
    gsize body = (gsize)(strstr(text, "Body") - text);
    g_assert_cmpuint(doc->body_start, ==, body);
    g_assert_cmpstr(doc->text + body, ==, "Body here.\n");
    for (gsize i = 0; i < body; i++)
        g_assert_true(doc->text[i] == ' ' || doc->text[i] == '\n');
    guint line, col;
    fc_document_locate(doc, body, &line, &col);
    g_assert_cmpuint(line, ==, 7);
    g_assert_cmpuint(col, ==, 1);
}

static void
test_front_matter_quoted(void)
{
    g_autoptr(FcDocument) doc =
        parse("a.md", "---\ntitle: \"Say \\\"hi\\\": a test\"\nsource: 'O''Reilly'\n"
                      "date: '2025-11-20'\nurl: \"\"\n---\nx\n");
    g_assert_cmpstr(doc->title, ==, "Say \"hi\": a test");
    g_assert_cmpstr(doc->source, ==, "O'Reilly");
    g_assert_cmpstr(doc->date_text, ==, "2025-11-20");
    g_assert_cmpuint(doc->date.lo, !=, 0);
    g_assert_cmpuint(doc->date.lo, ==, doc->date.hi);
    g_assert_null(doc->url); /* empty values are no values */
}

static void
test_front_matter_unknown_keys_and_comments(void)
{
    g_autoptr(FcDocument) doc = parse("a.md", "---\n# a comment\nauthor: Someone\ntags: [a, b]\n"
                                              "Title: Mixed Case Key  # trailing note\n"
                                              "title_extra: no\n---\nx\n");
    g_assert_cmpstr(doc->title, ==, "Mixed Case Key");
    g_assert_null(doc->source);
    g_assert_null(doc->date_text);
}

static void
test_front_matter_bad_date(void)
{
    g_autoptr(FcDocument) doc = parse("a.md", "---\ndate: next Tuesday\n---\nx\n");
    g_assert_cmpstr(doc->date_text, ==, "next Tuesday");
    g_assert_cmpuint(doc->date.lo, ==, 0);
    g_assert_cmpuint(doc->date.hi, ==, 0);
}

static void
test_front_matter_unclosed(void)
{
    const char *text = "---\ntitle: Never closed\nBody.\n";
    g_autoptr(FcDocument) doc = parse("a.md", text);
    g_assert_null(doc->title);
    g_assert_cmpuint(doc->body_start, ==, 0);
    /* Not front matter: the opening line is an ordinary thematic break. */
    g_assert_cmpstr(doc->text, ==, "   \ntitle: Never closed\nBody.\n");
}

static void
test_front_matter_not_first_line(void)
{
    g_autoptr(FcDocument) doc = parse("a.md", "\n---\ntitle: X\n---\n");
    g_assert_null(doc->title);
    g_assert_cmpuint(doc->body_start, ==, 0);
}

static void
test_front_matter_crlf(void)
{
    const char *text = "---\r\ntitle: T\r\ndate: 2025\r\n---\r\nBody\r\n";
    g_autoptr(FcDocument) doc = parse("a.md", text);
    g_assert_cmpstr(doc->title, ==, "T");
    g_assert_cmpstr(doc->date_text, ==, "2025");
    g_assert_cmpuint(doc->body_start, ==, (gsize)(strstr(text, "Body") - text));
    g_assert_cmpstr(doc->text, ==, "   \r\n        \r\n          \r\n   \r\nBody\r\n");
}

static void
test_front_matter_after_bom(void)
{
    g_autoptr(FcDocument) doc = parse("a.md", "\xEF\xBB\xBF---\ntitle: T\n---\nBody\n");
    g_assert_cmpstr(doc->title, ==, "T");
    g_assert_cmpuint(doc->repaired, ==, 0);
    g_assert_cmpstr(doc->text + doc->body_start, ==, "Body\n");
}

static void
test_front_matter_dots_close(void)
{
    g_autoptr(FcDocument) doc = parse("a.md", "---\ntitle: T\n...\nBody\n");
    g_assert_cmpstr(doc->title, ==, "T");
    g_assert_cmpstr(doc->text + doc->body_start, ==, "Body\n");
}

static void
test_front_matter_only(void)
{
    g_autoptr(FcDocument) doc = parse("a.md", "---\ntitle: T\n---");
    g_assert_cmpstr(doc->title, ==, "T");
    g_assert_cmpuint(doc->body_start, ==, doc->len);
}

/* ---- UTF-8 repair ------------------------------------------------------ */

static void
test_utf8_invalid_byte(void)
{
    g_autoptr(FcDocument) doc = parse("a.txt", "caf\xE9 and na\xEFve \xE2\x80\x99ok");
    g_assert_cmpstr(doc->text, ==, "caf? and na?ve \xE2\x80\x99ok");
    g_assert_cmpuint(doc->repaired, ==, 2);
    g_assert_true(g_utf8_validate(doc->text, -1, NULL));
}

static void
test_utf8_run_counts_once(void)
{
    /* A truncated 3-byte sequence and two stray bytes in a row. */
    g_autoptr(FcDocument) doc = parse("a.txt", "a\xE2\x80"
                                               "b\xFF\xFE"
                                               "c");
    g_assert_cmpstr(doc->text, ==, "a??b??c");
    g_assert_cmpuint(doc->repaired, ==, 2);
}

static void
test_utf8_overlong_and_surrogate(void)
{
    g_autoptr(FcDocument) doc = parse("a.txt", "\xC0\xAF|\xED\xA0\x80|");
    g_assert_true(g_utf8_validate(doc->text, -1, NULL));
    g_assert_cmpuint(doc->repaired, ==, 2);
}

static void
test_nul_bytes(void)
{
    const char bytes[] = "ab\0cd\0\0e";
    g_autoptr(FcDocument) doc = fc_corpus_parse("a.txt", bytes, sizeof bytes - 1);
    g_assert_cmpuint(doc->len, ==, 8);
    g_assert_cmpstr(doc->text, ==, "ab cd  e");
    g_assert_cmpuint(doc->repaired, ==, 0);
}

static void
test_bom_blanked(void)
{
    g_autoptr(FcDocument) doc = parse("a.txt", "\xEF\xBB\xBFHello");
    g_assert_cmpstr(doc->text, ==, "   Hello");
    g_assert_cmpuint(doc->repaired, ==, 0);
}

static void
test_bytes_not_terminated(void)
{
    const char bytes[] = {'a', 'b', 'c'};
    g_autoptr(FcDocument) doc = fc_corpus_parse("a.txt", bytes, 2);
    g_assert_cmpstr(doc->text, ==, "ab");
}

/* ---- Markdown ---------------------------------------------------------- */

static void
test_md_strong_offsets(void)
{
    const char *text = "Funding for **Anthropic** grew.\n";
    g_autoptr(FcDocument) doc = parse("a.md", text);
    g_assert_cmpstr(doc->text, ==, "Funding for   Anthropic   grew.\n");
    gsize at = (gsize)(strstr(doc->text, "Anthropic") - doc->text);
    g_assert_cmpuint(at, ==, (gsize)(strstr(text, "Anthropic") - text));
    guint line, col;
    fc_document_locate(doc, at, &line, &col);
    g_assert_cmpuint(line, ==, 1);
    g_assert_cmpuint(col, ==, 15);
}

static void
test_md_strong_utf8_column(void)
{
    const char *text = "x\n– **Nvidia’s** **Anthropic**\n";
    g_autoptr(FcDocument) doc = parse("a.txt", text);
    /* The en dash becomes U+2002, one character of the same byte length. */
    g_assert_cmpstr(doc->text, ==, "x\n\xE2\x80\x82   Nvidia’s     Anthropic  \n");
    gsize at = (gsize)(strstr(doc->text, "Anthropic") - doc->text);
    guint line, col;
    fc_document_locate(doc, at, &line, &col);
    g_assert_cmpuint(line, ==, 2);
    g_assert_cmpuint(col, ==, 18);
}

static void
test_md_emphasis_single(void)
{
    assert_clean("told *ArtificialDaily*: and _this_ one",
                 "told  ArtificialDaily : and  this  one");
    assert_clean("> *”Quote.”*", "   ”Quote.” ");
    assert_clean("***both***", "   both   ");
    assert_clean("__strong__ text", "  strong   text");
}

static void
test_md_emphasis_kept(void)
{
    assert_clean("snake_case_name and a_b", "snake_case_name and a_b");
    assert_clean("3 * 4 = 12", "3 * 4 = 12");
    assert_clean("2*3 and x*y", "2*3 and x*y");
    assert_clean("must pay $500,000+/month", "must pay $500,000+/month");
    assert_clean("about ~$5bn, ~10%", "about ~$5bn, ~10%");
    assert_clean("marked *", "marked *");
}

static void
test_md_emphasis_unpaired(void)
{
    /* Seed 000: "**this would require **massive ... talent**—two". */
    assert_clean("But **this would require **massive talent**—two",
                 "But   this would require   massive talent  —two");
}

static void
test_md_strikethrough(void)
{
    assert_clean("~~$10bn~~ $13bn", "  $10bn   $13bn");
}

static void
test_md_headings(void)
{
    assert_clean("# Title\n## Sub ##\n####### seven\n#hashtag\n#\n",
                 "  Title\n   Sub   \n####### seven\n#hashtag\n \n");
}

static void
test_md_bullets(void)
{
    assert_clean("- one\n* two\n+ three\n  - nested\n– dash\n• dot\n",
                 "  one\n  two\n  three\n    nested\n\xE2\x80\x82 dash\n\xE2\x80\x82 dot\n");
}

static void
test_md_task_list(void)
{
    assert_clean("- [x] done\n- [ ] todo\n", "      done\n      todo\n");
}

static void
test_md_ordered_lists(void)
{
    assert_clean("Intro:\n1. one\n2. two\n10) ten\n", "Intro:\n   one\n   two\n    ten\n");
    /* A wrapped line that begins with a number is not a list. */
    assert_clean("It was founded in\n2021. It grew.\n", "It was founded in\n2021. It grew.\n");
    /* After a blank line a list may start at any number. */
    assert_clean("Text.\n\n3. three\n", "Text.\n\n   three\n");
    /* Years never qualify: at most three digits. */
    assert_clean("\n2024. A year.\n", "\n2024. A year.\n");
}

static void
test_md_blockquote(void)
{
    assert_clean("> quoted\n> > nested\n>no space\n", "  quoted\n    nested\n no space\n");
}

static void
test_md_rules_and_tables(void)
{
    assert_clean("a\n\n---\n* * *\n___\nb\n===\n", "a\n\n   \n     \n   \nb\n   \n");
    assert_clean("| A | B |\n|---|:--:|\n| 1 | 2 |\n", "| A | B |\n          \n| 1 | 2 |\n");
    assert_clean("-- two dashes\n", "-- two dashes\n");
}

static void
test_md_links(void)
{
    assert_clean("See [Anthropic](https://anthropic.com) now",
                 "See  Anthropic                         now");
    assert_clean("[a](http://x.test/a_(b)) end", " a                       end");
    assert_clean("[t](u \"Title\") z", " t             z");
    assert_clean("[ref link][r1] z", " ref link      z");
    assert_clean("[**bold**](u)", "   bold      ");
    assert_clean("[not a link] and [x] (y)", "[not a link] and [x] (y)");
}

static void
test_md_images(void)
{
    assert_clean("A ![chart of *funding*](img/a.png) B", "A                                  B");
    assert_clean("[![badge](b.svg)](u) x", "[               ](u) x");
}

static void
test_md_reference_definitions(void)
{
    assert_clean("text\n[r1]: https://x.test \"T\"\n[^1]: A note.\n",
                 "text\n                        \n      A note.\n");
}

static void
test_md_html_comments(void)
{
    assert_clean("a <!-- factcheck: ignore\nrule --> b", "a                       \n         b");
    /* Comments do not nest: the first "-->" closes. */
    assert_clean("<!-- a <!-- b --> c", "                  c");
    /* An unclosed comment is left as text rather than hiding the rest. */
    assert_clean("a <!-- never closed\nb <!-- x", "a <!-- never closed\nb <!-- x");
}

static void
test_md_html_tags(void)
{
    assert_clean("<b>Bold</b> x<sup>2</sup><br/>", "   Bold     x     2           ");
    assert_clean("<a href=\"u\">link</a>", "            link    ");
    assert_clean("if a<b and c>d, <5% and <Anthropic>", "if a<b and c>d, <5% and <Anthropic>");
    assert_clean("see <https://x.test/a> now", "see  https://x.test/a  now");
}

static void
test_md_code_and_escapes(void)
{
    assert_clean("use `fc_time` and ```\nblock\n```", "use  fc_time  and    \nblock\n   ");
    assert_clean("a \\*literal\\* star", "a  *literal * star");
}

static void
test_txt_cleaned_too(void)
{
    g_autoptr(FcDocument) doc = parse("seed.txt", "# **Head**\n");
    g_assert_cmpstr(doc->text, ==, "    Head  \n");
    g_autoptr(FcDocument) up = parse("SEED.MARKDOWN", "**x**");
    g_assert_cmpstr(up->text, ==, "  x  ");
}

static void
test_other_kinds_not_cleaned(void)
{
    g_autoptr(FcDocument) doc = parse("data.json", "---\ntitle: T\n---\n**x**");
    g_assert_cmpstr(doc->title, ==, "T");
    g_assert_cmpstr(doc->text + doc->body_start, ==, "**x**");
}

static void
test_md_body_only(void)
{
    /* Front matter values are not Markdown-cleaned: they are blanked whole. */
    g_autoptr(FcDocument) doc = parse("a.md", "---\ntitle: \"**T**\"\n---\n# H\n");
    g_assert_cmpstr(doc->title, ==, "**T**");
    g_assert_cmpstr(doc->text + doc->body_start, ==, "  H\n");
}

static void
test_md_crlf(void)
{
    assert_clean("# Head\r\n- item\r\n**b**\r\n", "  Head\r\n  item\r\n  b  \r\n");
}

/* ---- walking ----------------------------------------------------------- */

static char *
make_tree(void)
{
    char *root = fc_test_make_dir("fc-corpus-XXXXXX");
    fc_test_write_file(root, "b.md", "B\n");
    fc_test_write_file(root, "a.txt", "A\n");
    fc_test_write_file(root, "C.markdown", "C\n");
    fc_test_write_file(root, "img.png", "png");
    fc_test_write_file(root, "notes", "no extension");
    fc_test_write_file(root, ".hidden.md", "hidden\n");
    fc_test_write_file(root, ".git/x.md", "git\n");
    fc_test_write_file(root, "sub/d.md", "D\n");
    fc_test_write_file(root, "sub/E.MD", "E\n");
    fc_test_write_file(root, "sub-z.md", "Z\n");
    return root;
}

static const char *
doc_path(const FcCorpus *corpus, guint i)
{
    return ((const FcDocument *)g_ptr_array_index(corpus->documents, i))->path;
}

static void
test_walk_sorted(void)
{
    g_autofree char *root = make_tree();
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_autoptr(GError) error = NULL;
    g_assert_true(fc_corpus_add_path(corpus, root, &error));
    g_assert_no_error(error);
    /* The walk reads nothing: sources only, with their sizes. */
    g_assert_cmpuint(corpus->sources->len, ==, 6);
    g_assert_cmpuint(corpus->documents->len, ==, 0);
    const FcSource *first = g_ptr_array_index(corpus->sources, 0);
    g_assert_cmpuint(first->size, ==, 2);
    g_assert_false(first->named);
    g_assert_true(fc_corpus_load_all(corpus, &error));
    g_assert_no_error(error);
    /* Bytewise: upper case first, "sub" before "sub-z.md". */
    const char *expected[] = {"C.markdown", "a.txt", "b.md", "sub/E.MD", "sub/d.md", "sub-z.md"};
    g_assert_cmpuint(corpus->documents->len, ==, G_N_ELEMENTS(expected));
    for (guint i = 0; i < G_N_ELEMENTS(expected); i++) {
        g_autofree char *want = g_build_filename(root, expected[i], NULL);
        g_assert_cmpstr(doc_path(corpus, i), ==, want);
    }
    g_assert_cmpuint(corpus->skipped, ==, 2);
    g_assert_cmpuint(corpus->failed, ==, 0);
    g_assert_cmpuint(corpus->warnings->len, ==, 0);
    fc_test_remove_tree(root);
}

static void
test_walk_relative_paths(void)
{
    g_autofree char *root = make_tree();
    g_autofree char *cwd = g_get_current_dir();
    g_assert_cmpint(g_chdir(root), ==, 0);
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, "sub/", NULL));
    g_assert_true(fc_corpus_add_path(corpus, ".", NULL));
    g_assert_true(fc_corpus_add_path(corpus, "a.txt", NULL));
    g_assert_true(fc_corpus_load_all(corpus, NULL));
    g_assert_cmpstr(doc_path(corpus, 0), ==, "sub/E.MD");
    g_assert_cmpstr(doc_path(corpus, 1), ==, "sub/d.md");
    g_assert_cmpstr(doc_path(corpus, 2), ==, "./C.markdown");
    g_assert_cmpstr(doc_path(corpus, corpus->documents->len - 1), ==, "a.txt");
    g_assert_cmpint(g_chdir(cwd), ==, 0);
    fc_test_remove_tree(root);
}

static void
test_walk_symlink_loop(void)
{
    g_autofree char *root = make_tree();
    g_autofree char *link = g_build_filename(root, "sub", "loop", NULL);
    g_assert_cmpint(symlink("..", link), ==, 0);
    g_autofree char *dangling = g_build_filename(root, "gone.md", NULL);
    g_assert_cmpint(symlink("nowhere.md", dangling), ==, 0);
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, root, NULL));
    g_assert_true(fc_corpus_load_all(corpus, NULL));
    g_assert_cmpuint(corpus->documents->len, ==, 6);
    g_assert_cmpuint(corpus->failed, ==, 1);
    /* Walk order: "gone.md" before "sub/loop". */
    g_assert_cmpuint(corpus->warnings->len, ==, 2);
    g_autofree char *want =
        g_strdup_printf("factcheck: cannot read '%s': No such file or directory", dangling);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 0), ==, want);
    g_autofree char *loop =
        g_strdup_printf("factcheck: '%s': a link back to '%s'; not followed", link, root);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 1), ==, loop);
    fc_test_remove_tree(root);
}

static void
test_missing_path(void)
{
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_autoptr(GError) error = NULL;
    g_assert_false(fc_corpus_add_path(corpus, "no/such/x.md", &error));
    g_assert_error(error, FC_CORPUS_ERROR, 0);
    g_assert_cmpstr(error->message, ==, "cannot read 'no/such/x.md': No such file or directory");
    g_assert_cmpuint(corpus->documents->len, ==, 0);
}

static void
test_named_other_kind_skipped(void)
{
    g_autofree char *root = make_tree();
    g_autofree char *png = g_build_filename(root, "img.png", NULL);
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, png, NULL));
    g_assert_cmpuint(corpus->skipped, ==, 1);
    g_assert_cmpuint(corpus->documents->len, ==, 0);
    fc_test_remove_tree(root);
}

static void
test_named_hidden_file_read(void)
{
    g_autofree char *root = make_tree();
    g_autofree char *hidden = g_build_filename(root, ".hidden.md", NULL);
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, hidden, NULL));
    g_assert_true(((const FcSource *)g_ptr_array_index(corpus->sources, 0))->named);
    g_assert_true(fc_corpus_load_all(corpus, NULL));
    g_assert_cmpuint(corpus->documents->len, ==, 1);
    fc_test_remove_tree(root);
}

static void
test_unreadable_file(void)
{
    if (geteuid() == 0) {
        g_test_skip("root reads everything");
        return;
    }
    g_autofree char *root = make_tree();
    g_autofree char *path = g_build_filename(root, "b.md", NULL);
    g_assert_cmpint(g_chmod(path, 0), ==, 0);

    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_autoptr(GError) error = NULL;
    g_assert_false(fc_corpus_add_path(corpus, path, &error));
    g_autofree char *want = g_strdup_printf("cannot read '%s': Permission denied", path);
    g_assert_cmpstr(error->message, ==, want);

    g_assert_true(fc_corpus_add_path(corpus, root, NULL));
    g_assert_true(fc_corpus_load_all(corpus, NULL));
    g_assert_cmpuint(corpus->failed, ==, 1);
    g_assert_cmpuint(corpus->documents->len, ==, 5);
    g_autofree char *warning = g_strdup_printf("factcheck: %s", want);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 0), ==, warning);
    fc_test_remove_tree(root);
}

static void
test_repair_warning(void)
{
    g_autoptr(GError) error = NULL;
    g_autofree char *root = g_dir_make_tmp("fc-corpus-XXXXXX", &error);
    fc_test_write_file(root, "bad.md", "caf\xE9 and \xFF");
    fc_test_write_file(root, "one.md", "caf\xE9");
    fc_test_write_file(root, "date.md", "---\ndate: soon\n---\nx");
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, root, NULL));
    g_assert_true(fc_corpus_load_all(corpus, NULL));
    g_assert_cmpuint(corpus->warnings->len, ==, 3);
    g_autofree char *bad = g_build_filename(root, "bad.md", NULL);
    g_autofree char *date = g_build_filename(root, "date.md", NULL);
    g_autofree char *one = g_build_filename(root, "one.md", NULL);
    g_autofree char *w0 =
        g_strdup_printf("factcheck: '%s': invalid UTF-8 repaired (2 sequences)", bad);
    g_autofree char *w1 =
        g_strdup_printf("factcheck: '%s': front-matter date 'soon' not understood", date);
    g_autofree char *w2 =
        g_strdup_printf("factcheck: '%s': invalid UTF-8 repaired (1 sequence)", one);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 0), ==, w0);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 1), ==, w1);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 2), ==, w2);
    g_assert_cmpuint(corpus->failed, ==, 0);
    fc_test_remove_tree(root);
}

static void
test_walk_fifo_skipped(void)
{
    g_autoptr(GError) error = NULL;
    g_autofree char *root = g_dir_make_tmp("fc-corpus-XXXXXX", &error);
    g_autofree char *fifo = g_build_filename(root, "pipe.md", NULL);
    g_assert_cmpint(mkfifo(fifo, 0600), ==, 0);
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, root, NULL)); /* must not block */
    g_assert_cmpuint(corpus->skipped, ==, 1);
    fc_test_remove_tree(root);
}

/* @text gzip-compressed, in one call: the input is small. */
static GBytes *
gzip_bytes(const char *text)
{
    g_autoptr(GZlibCompressor) z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
    gsize len = strlen(text), room = len + 1024, read = 0, written = 0;
    char *out = g_malloc(room);
    g_autoptr(GError) error = NULL;
    GConverterResult r = g_converter_convert(G_CONVERTER(z), text, len, out, room,
                                             G_CONVERTER_INPUT_AT_END, &read, &written, &error);
    g_assert_no_error(error);
    g_assert_cmpint(r, ==, G_CONVERTER_FINISHED);
    return g_bytes_new_take(out, written);
}

static void
write_bytes(const char *dir, const char *name, GBytes *bytes)
{
    g_autofree char *path = g_build_filename(dir, name, NULL);
    gsize len = 0;
    const char *data = g_bytes_get_data(bytes, &len);
    g_autoptr(GError) error = NULL;
    g_file_set_contents(path, data, (gssize)len, &error);
    g_assert_no_error(error);
}

/* Each format by its name, with or without .gz: the walk keeps them all
 * and fc_corpus_load() hands each to its reader. */
static void
test_load_formats(void)
{
    g_autofree char *root = fc_test_make_dir("fc-corpus-XXXXXX");
    g_autoptr(GBytes) md = gzip_bytes("---\ntitle: Zipped\n---\nCohere raised **$5 million**.\n");
    write_bytes(root, "a.md.gz", md);
    fc_test_write_file(root, "b.html",
                       "<html><head><title>Page</title></head><body><nav>Menu</nav>"
                       "<p>Mistral raised $600 million.</p></body></html>\n");
    fc_test_write_file(root, "c.jsonl",
                       "{\"title\": \"One\", \"text\": \"Cohere raised $5 million.\"}\n"
                       "{\"title\": \"Two\", \"text\": \"Cohere raised $7 million.\"}\n");
    g_autoptr(GBytes) records = gzip_bytes("[{\"text\": \"Three.\"}]");
    write_bytes(root, "d.JSON.GZ", records);
    g_autoptr(GBytes) truncated = g_bytes_new_static("\x1F\x8B\x08\x00", 4);
    write_bytes(root, "e.md.gz", truncated);
    fc_test_write_file(root, "f.gz", "not an article name under the .gz\n");
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, root, NULL));
    g_assert_cmpuint(corpus->sources->len, ==, 5);
    g_assert_cmpuint(corpus->skipped, ==, 1);
    g_assert_true(fc_corpus_load_all(corpus, NULL));

    const char *const paths[] = {"a.md.gz", "b.html", "c.jsonl#1", "c.jsonl#2", "d.JSON.GZ#1"};
    const char *const titles[] = {"Zipped", "Page", "One", "Two", NULL};
    g_assert_cmpuint(corpus->documents->len, ==, G_N_ELEMENTS(paths));
    for (guint i = 0; i < G_N_ELEMENTS(paths); i++) {
        const FcDocument *doc = g_ptr_array_index(corpus->documents, i);
        g_autofree char *want = g_build_filename(root, paths[i], NULL);
        g_assert_cmpstr(doc->path, ==, want);
        g_assert_cmpstr(doc->title, ==, titles[i]);
    }
    /* "a.md.gz" is cleaned as Markdown. */
    const FcDocument *zipped = g_ptr_array_index(corpus->documents, 0);
    g_assert_nonnull(strstr(zipped->text, "Cohere raised   $5 million  ."));
    g_assert_cmpuint(corpus->failed, ==, 1);
    g_autofree char *bad = g_build_filename(root, "e.md.gz", NULL);
    g_autofree char *want =
        g_strdup_printf("factcheck: cannot read '%s': truncated gzip data", bad);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 0), ==, want);
    fc_test_remove_tree(root);
}

static void
test_byline_date(void)
{
    static const struct {
        const char *text, *date;
    } cases[] = {
        {"Pix lifts fintechs\n\nBy Ana Ferraz | May 28, 2025 | Bloomberg\n\nBody.\n", "2025-05-28"},
        {"Headline\n\nPublished: 3 March 2025\n\nBody.\n", "2025-03-03"},
        {"Headline\nAugust 20, 2024 at 6:00 AM EDT\n\nBody.\n", "2024-08-20"},
        {"Headline\n\nMonday, June 3, 2024\n\nBody.\n", "2024-06-03"},
        {"Headline\n\nCascadia Business Daily \u2014 March 12, 2024\n\nBody.\n", "2024-03-12"},
        /* A sentence ending in a date is prose. */
        {"Headline\n\nThe deal closed on Monday. It was announced - March 12, 2024\n", NULL},
        /* A date in the story is no publication date. */
        {"Headline\n\nThe company was founded on May 28, 2019 in Austin.\n", NULL},
        /* Front matter wins. */
        {"---\ndate: 2024-01\n---\nBy Ana Ferraz | May 28, 2025\n", "2024-01"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(FcDocument) doc = fc_corpus_parse("a.md", cases[i].text, strlen(cases[i].text));
        g_autofree char *got = fc_time_is_known(&doc->date) ? fc_time_format(&doc->date) : NULL;
        g_assert_cmpstr(got, ==, cases[i].date);
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/corpus/parse/plain-text", test_plain_text);
    g_test_add_func("/corpus/parse/empty-file", test_empty_file);
    g_test_add_func("/corpus/front-matter/basic", test_front_matter);
    g_test_add_func("/corpus/byline-date", test_byline_date);
    g_test_add_func("/corpus/front-matter/quoted", test_front_matter_quoted);
    g_test_add_func("/corpus/front-matter/unknown-keys",
                    test_front_matter_unknown_keys_and_comments);
    g_test_add_func("/corpus/front-matter/bad-date", test_front_matter_bad_date);
    g_test_add_func("/corpus/front-matter/unclosed", test_front_matter_unclosed);
    g_test_add_func("/corpus/front-matter/not-first-line", test_front_matter_not_first_line);
    g_test_add_func("/corpus/front-matter/crlf", test_front_matter_crlf);
    g_test_add_func("/corpus/front-matter/after-bom", test_front_matter_after_bom);
    g_test_add_func("/corpus/front-matter/dots-close", test_front_matter_dots_close);
    g_test_add_func("/corpus/front-matter/only", test_front_matter_only);
    g_test_add_func("/corpus/utf8/invalid-byte", test_utf8_invalid_byte);
    g_test_add_func("/corpus/utf8/run-counts-once", test_utf8_run_counts_once);
    g_test_add_func("/corpus/utf8/overlong-surrogate", test_utf8_overlong_and_surrogate);
    g_test_add_func("/corpus/utf8/nul-bytes", test_nul_bytes);
    g_test_add_func("/corpus/utf8/bom", test_bom_blanked);
    g_test_add_func("/corpus/utf8/not-terminated", test_bytes_not_terminated);
    g_test_add_func("/corpus/markdown/strong-offsets", test_md_strong_offsets);
    g_test_add_func("/corpus/markdown/strong-utf8-column", test_md_strong_utf8_column);
    g_test_add_func("/corpus/markdown/emphasis-single", test_md_emphasis_single);
    g_test_add_func("/corpus/markdown/emphasis-kept", test_md_emphasis_kept);
    g_test_add_func("/corpus/markdown/emphasis-unpaired", test_md_emphasis_unpaired);
    g_test_add_func("/corpus/markdown/strikethrough", test_md_strikethrough);
    g_test_add_func("/corpus/markdown/headings", test_md_headings);
    g_test_add_func("/corpus/markdown/bullets", test_md_bullets);
    g_test_add_func("/corpus/markdown/task-list", test_md_task_list);
    g_test_add_func("/corpus/markdown/ordered-lists", test_md_ordered_lists);
    g_test_add_func("/corpus/markdown/blockquote", test_md_blockquote);
    g_test_add_func("/corpus/markdown/rules-and-tables", test_md_rules_and_tables);
    g_test_add_func("/corpus/markdown/links", test_md_links);
    g_test_add_func("/corpus/markdown/images", test_md_images);
    g_test_add_func("/corpus/markdown/reference-definitions", test_md_reference_definitions);
    g_test_add_func("/corpus/markdown/html-comments", test_md_html_comments);
    g_test_add_func("/corpus/markdown/html-tags", test_md_html_tags);
    g_test_add_func("/corpus/markdown/code-and-escapes", test_md_code_and_escapes);
    g_test_add_func("/corpus/markdown/txt-too", test_txt_cleaned_too);
    g_test_add_func("/corpus/markdown/other-kinds", test_other_kinds_not_cleaned);
    g_test_add_func("/corpus/markdown/body-only", test_md_body_only);
    g_test_add_func("/corpus/markdown/crlf", test_md_crlf);
    g_test_add_func("/corpus/walk/sorted", test_walk_sorted);
    g_test_add_func("/corpus/walk/relative-paths", test_walk_relative_paths);
    g_test_add_func("/corpus/walk/symlink-loop", test_walk_symlink_loop);
    g_test_add_func("/corpus/walk/missing-path", test_missing_path);
    g_test_add_func("/corpus/walk/named-other-kind", test_named_other_kind_skipped);
    g_test_add_func("/corpus/walk/named-hidden-file", test_named_hidden_file_read);
    g_test_add_func("/corpus/walk/unreadable-file", test_unreadable_file);
    g_test_add_func("/corpus/walk/warnings", test_repair_warning);
    g_test_add_func("/corpus/walk/fifo-skipped", test_walk_fifo_skipped);
    g_test_add_func("/corpus/load/formats", test_load_formats);
    return g_test_run();
}
