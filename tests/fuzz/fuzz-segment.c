/* fuzz-segment: sentence spans of any article.  Spans must lie inside the
 * text, in order, without overlap, non-empty and trimmed (fc-segment.h). */
#include "fuzz.h"

#include "fc-corpus.h"
#include "fc-segment.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    g_autoptr(FcDocument) doc = fc_corpus_parse("news/a.md", (const char *)data, size);
    g_autoptr(GArray) spans = fc_segment_sentences(doc);
    FUZZ_CHECK(spans != NULL);
    gsize prev_end = 0;
    for (guint i = 0; i < spans->len; i++) {
        FcSpan s = g_array_index(spans, FcSpan, i);
        FUZZ_CHECK(s.start < s.end && s.end <= doc->len);
        FUZZ_CHECK(s.start >= prev_end);
        FUZZ_CHECK(!g_ascii_isspace(doc->text[s.start]));
        FUZZ_CHECK(!g_ascii_isspace(doc->text[s.end - 1]));
        prev_end = s.end;
    }
    return 0;
}
