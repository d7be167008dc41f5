/* fuzz-corpus: bytes read as one article (front matter, Markdown cleaning,
 * UTF-8 repair) through fc_corpus_parse(), the one public way in.
 *
 * The first byte picks the file name, so that every kind of file the
 * corpus reader knows is reached; the rest is the file's content. */
#include "fuzz.h"

#include "fc-corpus.h"

#include <string.h>

static const char *const paths[] = {
    "news/a.md", "news/a.txt", "news/a.markdown", "news/a.html", "news/a.htm", "news/a",
};

static void
check_text(const char *s)
{
    if (s != NULL)
        FUZZ_CHECK(g_utf8_validate(s, -1, NULL));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *path = paths[data[0] % G_N_ELEMENTS(paths)];
    g_autoptr(FcDocument) doc = fc_corpus_parse(path, (const char *)data + 1, size - 1);
    FUZZ_CHECK(doc != NULL);
    /* The promises of fc-document.h: valid UTF-8 text without NULs, a line
     * index that starts at 0 and only goes forward. */
    FUZZ_CHECK(doc->text != NULL && doc->text[doc->len] == '\0');
    FUZZ_CHECK(strlen(doc->text) == doc->len);
    FUZZ_CHECK(g_utf8_validate(doc->text, (gssize)doc->len, NULL));
    FUZZ_CHECK(doc->body_start <= doc->len);
    FUZZ_CHECK(doc->line_starts != NULL && doc->line_starts->len > 0);
    FUZZ_CHECK(g_array_index(doc->line_starts, gsize, 0) == 0);
    for (guint i = 1; i < doc->line_starts->len; i++) {
        gsize at = g_array_index(doc->line_starts, gsize, i);
        FUZZ_CHECK(at > g_array_index(doc->line_starts, gsize, i - 1) && at <= doc->len);
    }
    check_text(doc->title);
    check_text(doc->date_text);
    check_text(doc->source);
    check_text(doc->url);
    if (fc_time_is_known(&doc->date))
        FUZZ_CHECK(doc->date.lo <= doc->date.hi);
    /* Every offset maps to a line of the document. */
    guint line, column;
    fc_document_locate(doc, doc->len, &line, &column);
    FUZZ_CHECK(line >= 1 && line <= doc->line_starts->len);
    fc_document_locate(doc, doc->len / 2, &line, &column);
    FUZZ_CHECK(line >= 1 && line <= doc->line_starts->len);
    return 0;
}
