/* fuzz-extract: a whole article through the shipped rules: corpus parse,
 * segmentation, mentions, discourse, every extraction rule.
 *
 * The rules are loaded once, from $FC_RULES_DIR when set (meson test sets
 * it) or else from the source tree's rules/.  Every claim must point inside
 * its document and carry a value fit for a report; every note about a
 * sentence abandoned at a regex limit names the document. */
#include "fuzz.h"

#include "config.h"
#include "fc-claim.h"
#include "fc-corpus.h"
#include "fc-extract.h"
#include "fc-ruleset.h"

#include <math.h>
#include <string.h>

static FcExtractor *
extractor(void)
{
    static FcRuleSet *rules;
    static FcExtractor *ex;
    if (ex != NULL)
        return ex;
    const char *dir = g_getenv("FC_RULES_DIR");
    const char *dirs[] = {dir != NULL ? dir : FC_SOURCE_RULES_DIR, NULL};
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    rules = fc_ruleset_load(dirs, errors);
    for (guint i = 0; i < errors->len; i++)
        fprintf(stderr, "%s\n", (char *)g_ptr_array_index(errors, i));
    FUZZ_CHECK(rules != NULL);
    ex = fc_extractor_new(rules);
    return ex;
}

static void
check_claim(const FcClaim *c, const FcDocument *doc)
{
    FUZZ_CHECK(c->entity != NULL && c->attribute != NULL && c->value_text != NULL);
    FUZZ_CHECK(g_utf8_validate(c->entity, -1, NULL));
    FUZZ_CHECK(g_utf8_validate(c->value_text, -1, NULL));
    FUZZ_CHECK(c->quote == NULL || g_utf8_validate(c->quote, -1, NULL));
    FUZZ_CHECK(c->offset <= doc->len);
    FUZZ_CHECK(c->line >= 1 && c->line <= doc->line_starts->len);
    FUZZ_CHECK(c->doc_index == 7);
    FUZZ_CHECK(!isnan(c->value.low) && !isnan(c->value.high));
    FUZZ_CHECK(c->value.low <= c->value.high);
    if (c->time.lo != 0)
        FUZZ_CHECK(c->time.lo <= c->time.hi);
    g_autofree char *label = fc_claim_value_label(c);
    FUZZ_CHECK(label != NULL && g_utf8_validate(label, -1, NULL));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FcExtractor *ex = extractor();
    g_autoptr(FcDocument) doc = fc_corpus_parse("news/a.md", (const char *)data, size);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    fc_extract_document(ex, doc, 7, claims, notes);
    for (guint i = 0; i < claims->len; i++)
        check_claim(g_ptr_array_index(claims, i), doc);
    for (guint i = 0; i < notes->len; i++)
        FUZZ_CHECK(g_str_has_prefix(g_ptr_array_index(notes, i), "news/a.md:"));
    return 0;
}
