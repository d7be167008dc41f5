/* fuzz-rulefile: rule files, first as syntax (fc_rulefile_parse on the
 * bytes), then as a whole rule set: the bytes are written as the one file
 * of a scratch rules folder, under entities/, extract/ or checks/ as the
 * first byte says, and loaded with fc_ruleset_load().
 *
 * Every problem must come back as "path:line: message" and a rule set must
 * either load or come with at least one problem.  A loaded rule set is
 * run over one fixed sentence, so that fuzzed patterns are also matched. */
#include "fuzz.h"

#include "fc-claim.h"
#include "fc-corpus.h"
#include "fc-extract.h"
#include "fc-rulefile.h"
#include "fc-ruleset.h"

#include <glib/gstdio.h>
#include <string.h>

static const char *const subdirs[] = {"entities", "extract", "checks"};

static char *scratch;

static void
remove_scratch(void)
{
    for (gsize i = 0; i < G_N_ELEMENTS(subdirs); i++) {
        g_autofree char *file = g_build_filename(scratch, subdirs[i], "fuzz.rules", NULL);
        g_autofree char *dir = g_build_filename(scratch, subdirs[i], NULL);
        g_unlink(file);
        g_rmdir(dir);
    }
    g_rmdir(scratch);
    g_free(scratch);
}

static void
make_scratch(void)
{
    scratch = g_dir_make_tmp("fc-fuzz-rules-XXXXXX", NULL);
    FUZZ_CHECK(scratch != NULL);
    for (gsize i = 0; i < G_N_ELEMENTS(subdirs); i++) {
        g_autofree char *dir = g_build_filename(scratch, subdirs[i], NULL);
        FUZZ_CHECK(g_mkdir(dir, 0700) == 0);
    }
    atexit(remove_scratch);
}

static void
check_errors(GPtrArray *errors, const char *path)
{
    /* "file:line: message": every problem names its file. */
    for (guint i = 0; i < errors->len; i++) {
        const char *e = g_ptr_array_index(errors, i);
        FUZZ_CHECK(g_str_has_prefix(e, path));
    }
}

static void
run_rules(const FcRuleSet *rules)
{
    static const char text[] = "---\ndate: 2025-11-20\n---\n"
                               "Acme AI raised $100 million at a $2 billion valuation, led by "
                               "Example Ventures, the company said on Tuesday.\n";
    g_autoptr(FcDocument) doc = fc_corpus_parse("news/a.md", text, sizeof text - 1);
    g_autoptr(FcExtractor) ex = fc_extractor_new(rules);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    fc_extract_document(ex, doc, 0, claims, notes);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (scratch == NULL)
        make_scratch();
    if (size == 0)
        return 0;
    const char *text = (const char *)data + 1;
    gsize len = size - 1;

    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcRuleFile) file = fc_rulefile_parse("r/x.rules", text, len, errors);
    FUZZ_CHECK(file != NULL);
    for (guint i = 0; i < errors->len; i++)
        FUZZ_CHECK(g_str_has_prefix(g_ptr_array_index(errors, i), "r/x.rules:"));
    for (guint i = 0; i < file->sections->len; i++) {
        const FcRuleSection *s = g_ptr_array_index(file->sections, i);
        FUZZ_CHECK(s->name != NULL && s->line >= 1);
        for (guint j = 0; j < s->entries->len; j++) {
            const FcRuleEntry *e = g_ptr_array_index(s->entries, j);
            FUZZ_CHECK(e->key != NULL && e->value != NULL && e->line >= s->line);
        }
    }

    const char *sub = subdirs[data[0] % G_N_ELEMENTS(subdirs)];
    for (gsize i = 0; i < G_N_ELEMENTS(subdirs); i++) {
        g_autofree char *old = g_build_filename(scratch, subdirs[i], "fuzz.rules", NULL);
        g_unlink(old);
    }
    g_autofree char *path = g_build_filename(scratch, sub, "fuzz.rules", NULL);
    FUZZ_CHECK(g_file_set_contents(path, text, (gssize)len, NULL));
    const char *dirs[] = {scratch, NULL};
    g_autoptr(GPtrArray) load_errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcRuleSet) rules = fc_ruleset_load(dirs, load_errors);
    FUZZ_CHECK((rules == NULL) == (load_errors->len > 0));
    check_errors(load_errors, scratch);
    if (rules != NULL)
        run_rules(rules);
    return 0;
}
