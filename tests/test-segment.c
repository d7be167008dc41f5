#include "fc-corpus.h"
#include "fc-segment.h"

#include <string.h>

/* Sentences of @doc as quoted strings, NULL-terminated, checking on the way
 * that no span carries white space at either end. */
static char **
quotes_of(const FcDocument *doc)
{
    g_autoptr(GArray) spans = fc_segment_sentences(doc);
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < spans->len; i++) {
        FcSpan span = g_array_index(spans, FcSpan, i);
        g_assert_cmpuint(span.start, <, span.end);
        g_assert_cmpuint(span.end, <=, doc->len);
        g_assert_false(g_ascii_isspace(doc->text[span.start]));
        g_assert_false(g_ascii_isspace(doc->text[span.end - 1]));
        if (i > 0)
            g_assert_cmpuint(span.start, >=, g_array_index(spans, FcSpan, i - 1).end);
        g_ptr_array_add(out, fc_document_quote(doc, span));
    }
    g_ptr_array_add(out, NULL);
    return (char **)g_ptr_array_free(out, FALSE);
}

static char **
sentences_of(const char *path, const char *text)
{
    g_autoptr(FcDocument) doc = fc_corpus_parse(path, text, strlen(text));
    return quotes_of(doc);
}

#define assert_sentences(text, ...)                                                                \
    do {                                                                                           \
        g_auto(GStrv) got_ = sentences_of("t.md", text);                                           \
        const char *const want_[] = {__VA_ARGS__, NULL};                                           \
        g_assert_cmpstrv(got_, want_);                                                             \
    } while (0)

static void
test_basic(void)
{
    assert_sentences("Anthropic raised $4bn. Amazon led it! Why? Nobody knows.",
                     "Anthropic raised $4bn.", "Amazon led it!", "Why?", "Nobody knows.");
}

static void
test_empty(void)
{
    assert_sentences("", NULL);
    g_auto(GStrv) blank = sentences_of("t.md", "  \n\n \t\n");
    g_assert_cmpuint(g_strv_length(blank), ==, 0);
}

static void
test_punctuation_only_dropped(void)
{
    g_auto(GStrv) got = sentences_of("t.txt", "...\n\n—\n\nReal one.");
    const char *const want[] = {"Real one.", NULL};
    g_assert_cmpstrv(got, want);
}

static void
test_us_abbreviation(void)
{
    assert_sentences("It hedges against U.S. model monopolies. Next one.",
                     "It hedges against U.S. model monopolies.", "Next one.");
}

static void
test_us_at_sentence_end(void)
{
    assert_sentences("It is based in the U.S. The company grew.", "It is based in the U.S.",
                     "The company grew.");
}

static void
test_inc(void)
{
    assert_sentences("Amazon.com Inc. Chief Andy Jassy spoke. Alphabet Inc. The parent agreed.",
                     "Amazon.com Inc. Chief Andy Jassy spoke.", "Alphabet Inc.",
                     "The parent agreed.");
}

static void
test_decimal(void)
{
    assert_sentences("It will invest $1.25 billion. Then 3.5 more.",
                     "It will invest $1.25 billion.", "Then 3.5 more.");
}

static void
test_titles(void)
{
    assert_sentences("Mr. Smith and Dr. Jones met Ms. Lee. St. Louis too. No. 1 is here.",
                     "Mr. Smith and Dr. Jones met Ms. Lee.", "St. Louis too.", "No. 1 is here.");
}

static void
test_eg_ie(void)
{
    assert_sentences("Rivals, e.g. OpenAI, and labs, i.e. Anthropic, grew. Done.",
                     "Rivals, e.g. OpenAI, and labs, i.e. Anthropic, grew.", "Done.");
}

static void
test_initials(void)
{
    assert_sentences("John D. Smith said so. J. R. R. Tolkien agreed.", "John D. Smith said so.",
                     "J. R. R. Tolkien agreed.");
    /* A round's or a share class's letter is no initial. */
    assert_sentences("It closed a $28m Series A. Brightfield led it. Class B. Shares rose.",
                     "It closed a $28m Series A.", "Brightfield led it.", "Class B.",
                     "Shares rose.");
}

static void
test_months_and_vs(void)
{
    assert_sentences("On Jan. 5 Claude vs. GPT was close. Approx. 5 labs.",
                     "On Jan. 5 Claude vs. GPT was close.", "Approx. 5 labs.");
}

static void
test_plain_word_before_period(void)
{
    assert_sentences("despite being a backer of rival OpenAI. The round closed.",
                     "despite being a backer of rival OpenAI.", "The round closed.");
}

static void
test_no_space_no_split(void)
{
    assert_sentences("Character.AI and example.com grew.end",
                     "Character.AI and example.com grew.end");
}

static void
test_lowercase_after_period(void)
{
    assert_sentences("It rose 5 p.c. and fell. and then", "It rose 5 p.c. and fell. and then");
}

static void
test_quote_ends_sentence(void)
{
    assert_sentences("“We will partner,” Nadella said. “It is a dream.” Next came Huang.",
                     "“We will partner,” Nadella said.", "“It is a dream.”", "Next came Huang.");
    assert_sentences("He said \"no.\" Then left.", "He said \"no.\"", "Then left.");
}

static void
test_quote_runs_on(void)
{
    assert_sentences("“Training is costly. Amazon helps,” said Anthropic. Fine.",
                     "“Training is costly. Amazon helps,” said Anthropic.", "Fine.");
}

static void
test_bracket_sentence(void)
{
    assert_sentences(
        "It raised more. (Microsoft has invested $11 billion.) In Amazon, it found one.",
        "It raised more.", "(Microsoft has invested $11 billion.)", "In Amazon, it found one.");
}

static void
test_bracket_runs_on(void)
{
    assert_sentences("The lab (founded in 2021. It grew fast) raised $1bn. Next.",
                     "The lab (founded in 2021. It grew fast) raised $1bn.", "Next.");
}

static void
test_unclosed_bracket_bounded(void)
{
    g_autoptr(GString) text = g_string_new("A stray ( opens here. ");
    for (int i = 0; i < 40; i++)
        g_string_append(text, "This is filler text. ");
    g_auto(GStrv) got = sentences_of("t.md", text->str);
    g_assert_cmpuint(g_strv_length(got), >, 20);
}

static void
test_ellipsis(void)
{
    assert_sentences("in the next 2, 3, 4 years… what we see. Then… Later.",
                     "in the next 2, 3, 4 years… what we see.", "Then…", "Later.");
}

static void
test_em_dash_never_splits(void)
{
    assert_sentences(
        "Rounds—OpenAI’s $13 billion—but few. A “frontier model” — tentatively — grew.",
        "Rounds—OpenAI’s $13 billion—but few.", "A “frontier model” — tentatively — grew.");
}

static void
test_headline_line(void)
{
    assert_sentences("Big funding, bigger questions\nBut the frenzy comes with unease.\n",
                     "Big funding, bigger questions", "But the frenzy comes with unease.");
}

static void
test_markdown_heading(void)
{
    assert_sentences("# **Claude Raises $1 Billion**\n\n**The quiet giant**\n\nText here.",
                     "Claude Raises $1 Billion", "The quiet giant", "Text here.");
}

static void
test_list_items(void)
{
    assert_sentences("Here’s the list:\n– **$500 million in equity**\n– $300 million in debt\n"
                     "- OpenAI ($87 billion)\n* Anthropic ($170 billion)\n",
                     "Here’s the list:", "$500 million in equity", "$300 million in debt",
                     "OpenAI ($87 billion)", "Anthropic ($170 billion)");
}

static void
test_ordered_list_items(void)
{
    assert_sentences("Problems:\n1. **Hardware** – GPUs. Costs rise.\n2. Data costs\n",
                     "Problems:", "Hardware – GPUs.", "Costs rise.", "Data costs");
}

static void
test_raw_list_markers(void)
{
    /* Uncleaned text (a document built directly) still splits list items. */
    const char *text = "Intro line\n- first item\n- second item\n1. numbered one\n";
    g_autoptr(FcDocument) doc = fc_document_new("raw", g_strdup(text), strlen(text));
    g_auto(GStrv) got = quotes_of(doc);
    const char *const want[] = {"Intro line", "- first item", "- second item", "1. numbered one",
                                NULL};
    g_assert_cmpstrv(got, want);
}

static void
test_paragraph_break(void)
{
    assert_sentences("First paragraph without stop\n\nsecond paragraph lower\n \t\nthird",
                     "First paragraph without stop", "second paragraph lower", "third");
}

static void
test_wrapped_line_lowercase(void)
{
    assert_sentences("The round was led by Coatue and the\nsovereign fund GIC, with Sequoia\n"
                     "also joining. Next.",
                     "The round was led by Coatue and the sovereign fund GIC, with Sequoia also "
                     "joining.",
                     "Next.");
}

static void
test_wrapped_line_connective(void)
{
    assert_sentences("The round was led by\nCoatue, and backed by GIC,\nSequoia and\nThrive. Next.",
                     "The round was led by Coatue, and backed by GIC, Sequoia and Thrive.",
                     "Next.");
}

static void
test_line_ending_period_lowercase_next(void)
{
    assert_sentences("It bought Acme Inc.\nand sold it. Done.", "It bought Acme Inc. and sold it.",
                     "Done.");
}

static void
test_crlf(void)
{
    assert_sentences("Headline here\r\nBody one. Body two.\r\n\r\nNext para.\r\n", "Headline here",
                     "Body one.", "Body two.", "Next para.");
}

static void
test_blockquote(void)
{
    assert_sentences("An exec said:\n> *”Claude is first. Most startups lag.”*\n\nAfter.",
                     "An exec said:", "”Claude is first.", "Most startups lag.”", "After.");
}

static void
test_table_rows(void)
{
    assert_sentences("| Model | MMLU |\n|---|---|\n| Claude 3.5 Sonnet | 88.7% |\n",
                     "| Model | MMLU |", "| Claude 3.5 Sonnet | 88.7% |");
}

static void
test_front_matter_skipped(void)
{
    assert_sentences("---\ntitle: Other words\ndate: 2025\n---\nBody. More.", "Body.", "More.");
}

static void
test_title_runs_into_body(void)
{
    const char *text =
        "---\ntitle: Amazon to invest up to $4 billion in AI startup Anthropic\n---\n"
        "Amazon to invest up to $4 billion in AI startup Anthropic Amazon has agreed "
        "to invest up to $4 billion in the AI startup Anthropic, the two firms said. "
        "The e-commerce group said so.";
    g_auto(GStrv) got = sentences_of("seed.txt", text);
    const char *const want[] = {"Amazon to invest up to $4 billion in AI startup Anthropic",
                                "Amazon has agreed to invest up to $4 billion in the AI startup "
                                "Anthropic, the two firms said.",
                                "The e-commerce group said so.", NULL};
    g_assert_cmpstrv(got, want);
}

static void
test_title_loose_match(void)
{
    /* Front matter writes ' where the page has ’, and spacing differs. */
    const char *text = "---\ntitle: \"Anthropic's  big round\"\n---\n"
                       "  Anthropic’s big round Anthropic raised money. Done.";
    g_auto(GStrv) got = sentences_of("a.md", text);
    const char *const want[] = {"Anthropic’s big round", "Anthropic raised money.", "Done.", NULL};
    g_assert_cmpstrv(got, want);
}

static void
test_title_then_lowercase(void)
{
    /* The body merely begins with the title's words. */
    const char *text = "---\ntitle: Anthropic raises $4bn\n---\n"
                       "Anthropic raises $4bn from Amazon, it said. Done.";
    g_auto(GStrv) got = sentences_of("a.md", text);
    const char *const want[] = {"Anthropic raises $4bn from Amazon, it said.", "Done.", NULL};
    g_assert_cmpstrv(got, want);
}

static void
test_title_on_own_line(void)
{
    const char *text = "---\ntitle: Big news\n---\nBig news\nThe body. More.";
    g_auto(GStrv) got = sentences_of("a.md", text);
    const char *const want[] = {"Big news", "The body.", "More.", NULL};
    g_assert_cmpstrv(got, want);
}

static void
test_long_sentence_cut(void)
{
    g_autoptr(GString) text = g_string_new("");
    for (int i = 0; i < 300; i++)
        g_string_append(text, "word word, ");
    g_string_append(text, "end.");
    g_autoptr(FcDocument) doc = fc_corpus_parse("t.md", text->str, text->len);
    g_autoptr(GArray) spans = fc_segment_sentences(doc);
    g_assert_cmpuint(spans->len, ==, 2);
    FcSpan first = g_array_index(spans, FcSpan, 0);
    g_assert_cmpuint(first.end - first.start, >=, 2000);
    g_assert_cmpuint(first.end - first.start, <, 2020);
    g_assert_cmpint(doc->text[first.end - 1], ==, ',');
}

static void
test_long_token_hard_cut(void)
{
    g_autoptr(GString) text = g_string_new("");
    for (int i = 0; i < 5000; i++)
        g_string_append(text, "é"); /* 10,000 bytes, no break anywhere */
    g_autoptr(FcDocument) doc = fc_corpus_parse("t.md", text->str, text->len);
    g_autoptr(GArray) spans = fc_segment_sentences(doc);
    g_assert_cmpuint(spans->len, ==, 3);
    for (guint i = 0; i < spans->len; i++) {
        FcSpan s = g_array_index(spans, FcSpan, i);
        g_assert_cmpuint(s.end - s.start, <=, 4000);
        g_assert_true(g_utf8_validate(doc->text + s.start, (gssize)(s.end - s.start), NULL));
    }
}

static void
test_released_text(void)
{
    g_autoptr(FcDocument) doc = fc_corpus_parse("t.md", "A. B.", 5);
    fc_document_release_text(doc);
    g_autoptr(GArray) spans = fc_segment_sentences(doc);
    g_assert_cmpuint(spans->len, ==, 0);
}

/* Not a timing assertion: these inputs finish at once when the splitter is
 * linear and would take minutes if it rescanned per character. */
static void
test_pathological_inputs(void)
{
    const char *units[] = {"Mr. ", "(", "“", "a.", ".", "\n", "x\n", "Inc. ", " ", "a.b.c."};
    for (gsize u = 0; u < G_N_ELEMENTS(units); u++) {
        g_autoptr(GString) text = g_string_new("");
        while (text->len < 1000000)
            g_string_append(text, units[u]);
        g_autoptr(FcDocument) doc = fc_corpus_parse("t.md", text->str, text->len);
        g_autoptr(GArray) spans = fc_segment_sentences(doc);
        for (guint i = 0; i < spans->len; i++) {
            FcSpan s = g_array_index(spans, FcSpan, i);
            g_assert_cmpuint(s.end - s.start, <=, 4000);
        }
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/segment/basic", test_basic);
    g_test_add_func("/segment/empty", test_empty);
    g_test_add_func("/segment/punctuation-only-dropped", test_punctuation_only_dropped);
    g_test_add_func("/segment/abbrev/us", test_us_abbreviation);
    g_test_add_func("/segment/abbrev/us-at-end", test_us_at_sentence_end);
    g_test_add_func("/segment/abbrev/inc", test_inc);
    g_test_add_func("/segment/abbrev/titles", test_titles);
    g_test_add_func("/segment/abbrev/eg-ie", test_eg_ie);
    g_test_add_func("/segment/abbrev/initials", test_initials);
    g_test_add_func("/segment/abbrev/months-vs", test_months_and_vs);
    g_test_add_func("/segment/abbrev/plain-word", test_plain_word_before_period);
    g_test_add_func("/segment/decimal", test_decimal);
    g_test_add_func("/segment/no-space-no-split", test_no_space_no_split);
    g_test_add_func("/segment/lowercase-after-period", test_lowercase_after_period);
    g_test_add_func("/segment/quote/ends-sentence", test_quote_ends_sentence);
    g_test_add_func("/segment/quote/runs-on", test_quote_runs_on);
    g_test_add_func("/segment/bracket/sentence", test_bracket_sentence);
    g_test_add_func("/segment/bracket/runs-on", test_bracket_runs_on);
    g_test_add_func("/segment/bracket/unclosed-bounded", test_unclosed_bracket_bounded);
    g_test_add_func("/segment/ellipsis", test_ellipsis);
    g_test_add_func("/segment/em-dash", test_em_dash_never_splits);
    g_test_add_func("/segment/lines/headline", test_headline_line);
    g_test_add_func("/segment/lines/markdown-heading", test_markdown_heading);
    g_test_add_func("/segment/lines/list-items", test_list_items);
    g_test_add_func("/segment/lines/ordered-list-items", test_ordered_list_items);
    g_test_add_func("/segment/lines/raw-list-markers", test_raw_list_markers);
    g_test_add_func("/segment/lines/paragraph-break", test_paragraph_break);
    g_test_add_func("/segment/lines/wrapped-lowercase", test_wrapped_line_lowercase);
    g_test_add_func("/segment/lines/wrapped-connective", test_wrapped_line_connective);
    g_test_add_func("/segment/lines/period-then-lowercase", test_line_ending_period_lowercase_next);
    g_test_add_func("/segment/lines/crlf", test_crlf);
    g_test_add_func("/segment/lines/blockquote", test_blockquote);
    g_test_add_func("/segment/lines/table-rows", test_table_rows);
    g_test_add_func("/segment/front-matter-skipped", test_front_matter_skipped);
    g_test_add_func("/segment/title/runs-into-body", test_title_runs_into_body);
    g_test_add_func("/segment/title/loose-match", test_title_loose_match);
    g_test_add_func("/segment/title/then-lowercase", test_title_then_lowercase);
    g_test_add_func("/segment/title/own-line", test_title_on_own_line);
    g_test_add_func("/segment/long/soft-cut", test_long_sentence_cut);
    g_test_add_func("/segment/long/hard-cut", test_long_token_hard_cut);
    g_test_add_func("/segment/released-text", test_released_text);
    g_test_add_func("/segment/pathological", test_pathological_inputs);
    return g_test_run();
}
