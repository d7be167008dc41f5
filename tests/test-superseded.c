/* fc-superseded: the text an article takes back. */
#include "fc-corpus.h"
#include "fc-superseded.h"

#include <string.h>

/* Parses @body as an article and checks that the text it takes back is
 * exactly the pieces of @want, joined by '|' ("" for none). */
static void
check(const char *body, const char *want)
{
    g_autofree char *text = g_strconcat("---\ntitle: t\ndate: 2024-03-04\n---\n", body, NULL);
    FcDocument *doc = fc_corpus_parse("a.md", text, strlen(text));
    GString *got = g_string_new(NULL);
    for (guint i = 0; doc->superseded != NULL && i < doc->superseded->len; i++) {
        const FcSpan *s = &g_array_index(doc->superseded, FcSpan, i);
        g_autofree char *piece = g_strndup(text + s->start, s->end - s->start);
        g_string_append_printf(got, "%s%s", i ? "|" : "", g_strstrip(piece));
        g_assert_true(fc_document_superseded(doc, s->start));
        g_assert_false(fc_document_superseded(doc, s->end));
    }
    g_assert_cmpstr(got->str, ==, want);
    g_string_free(got, TRUE);
    fc_document_free(doc);
}

static void
test_version_note(void)
{
    check("*Correction, March 5: An earlier version of this article said Halvane was founded in "
          "2016. The company was founded in 2017.*\n",
          "An earlier version of this article said Halvane was founded in 2016.");
    check("Correction: A previous version of this story misstated the size of the round; it was "
          "$30 million.\n",
          "A previous version of this story misstated the size of the round;");
    /* A version of something else, or no earlier one. */
    check("The first version of this software shipped in 2019. A new version of this story "
          "will follow.\n",
          "");
}

static void
test_wrongly_told(void)
{
    check("The round values Halvane at $150 million. That valuation was incorrectly reported "
          "as $190 million last week.\n",
          "That valuation was incorrectly reported as $190 million last week.");
    check("Several outlets mistakenly said it had raised $50 million.\n",
          "Several outlets mistakenly said it had raised $50 million.");
    /* Two cues in one sentence take it back once. */
    check("An earlier version of this story wrongly said it raised $5 million. It raised $6 "
          "million.\n",
          "An earlier version of this story wrongly said it raised $5 million.");
    /* An adverb before another verb, or inside a word. */
    check("The model wrongly flags 3% of invoices. Halvane's Incorrectly app raised $5m.\n", "");
}

static void
test_earlier_edition(void)
{
    /* A newsletter correcting its last issue; not an issue that tells
     * what happened. */
    check("Last week's edition said Mavuno was founded in 2016. It was founded in 2017.\n",
          "Last week's edition said Mavuno was founded in 2016.");
    check("Tuesday’s issue reported a $9 million round. It was $8 million.\n",
          "Tuesday’s issue reported a $9 million round.");
    check("Last week's edition covered Mavuno's $9 million round.\n", "");
    check("This week's edition said Mavuno raised $9 million.\n", "");
}

static void
test_version_section(void)
{
    check("Halvane raised $30 million.\n\n**Earlier version (February 29)**\n\nHalvane signed a "
          "term sheet for $25 million.\n\n**Background**\n\nHalvane was founded in 2017.\n",
          "**Earlier version (February 29)**\n\nHalvane signed a term sheet for $25 million.");
    check("Halvane raised $30 million.\n\n## Original version\n\nIt sought $25 million.\n",
          "## Original version\n\nIt sought $25 million.");
    /* A heading that only starts like one, and prose that mentions one. */
    check("## Earlier versions of the app\n\nIt shipped in 2019.\n\nAn earlier version shipped "
          "in 2018.\n\n## Earlier version of the app\n\nIt shipped in 2018.\n",
          "");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/superseded/version-note", test_version_note);
    g_test_add_func("/superseded/wrongly-told", test_wrongly_told);
    g_test_add_func("/superseded/version-section", test_version_section);
    g_test_add_func("/superseded/earlier-edition", test_earlier_edition);
    return g_test_run();
}
