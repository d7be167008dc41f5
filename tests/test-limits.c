/* Pathological input through the real pipeline, in process: corpus parse,
 * segmentation, mentions and every shipped extraction rule.
 *
 * Each case must simply finish: there are no timing assertions, the meson
 * timeout catches a hang.  What is checked is what the issue promises: a
 * sentence abandoned at a regex limit is reported in a note that names the
 * document, the line and (for an extraction rule) the rule; every claim
 * points inside its document and carries a value a report can print.
 *
 * The absurd numbers of fc-value are also run through the factcheck binary,
 * so that what reaches JSON is checked rather than assumed. */
#include "fc-claim.h"
#include "fc-corpus.h"
#include "fc-test.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

static FcRuleSet *rules;

/* GLib never frees interned strings and drops its table of them each time
 * it grows past a multiple of 2,048 (gquark.c).  200 kB of random bytes
 * hold thousands of would-be names, which fc-mention interns, so under
 * LeakSanitizer the dropped tables would fail this program.  Its leak
 * check therefore unwinds malloc fully (GLib keeps no frame pointers) and
 * skips blocks allocated by the interning functions and by GLib's start-up
 * (the first table).  The sanitizers call these hooks; other builds never
 * do. */
const char *__asan_default_options(void);
const char *__lsan_default_suppressions(void);

const char *
__asan_default_options(void)
{
    return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions(void)
{
    return "leak:g_intern_string\nleak:g_intern_static_string\nleak:g_quark_from_string\n"
           "leak:g_quark_from_static_string\nleak:call_init\n";
}

/* Asserts the promises of one extraction and returns the number of notes
 * about sentences abandoned at a limit. */
static guint
check_extraction(const FcTestExtraction *x, const char *path, const FcRuleSet *set)
{
    g_autofree char *prefix = g_strdup_printf("%s:", path);
    for (guint i = 0; i < x->notes->len; i++) {
        const char *note = g_ptr_array_index(x->notes, i);
        g_test_message("note: %s", note);
        /* "path:line: ..." */
        g_assert_true(g_str_has_prefix(note, prefix));
        const char *p = note + strlen(prefix);
        g_assert_true(g_ascii_isdigit(*p));
        while (g_ascii_isdigit(*p))
            p++;
        g_assert_cmpint(*p, ==, ':');
        /* A note about an extraction rule names one the rule set has. */
        const char *r = strstr(note, "rule '");
        if (r != NULL) {
            r += strlen("rule '");
            g_autofree char *id = g_strndup(r, strcspn(r, "'"));
            gboolean known = FALSE;
            for (guint j = 0; j < set->extract->len; j++)
                known |= strcmp(((const FcExtractRule *)g_ptr_array_index(set->extract, j))->id,
                                id) == 0;
            g_assert_true(known);
        } else {
            g_assert_nonnull(strstr(note, "mention pattern"));
        }
    }
    for (guint i = 0; i < x->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(x->claims, i);
        g_assert_cmpuint(c->offset, <=, x->doc->len);
        g_assert_cmpuint(c->line, >=, 1);
        g_assert_cmpuint(c->line, <=, x->doc->line_starts->len);
        g_assert_false(isnan(c->value.low) || isnan(c->value.high));
        g_assert_cmpfloat(c->value.low, <=, c->value.high);
        g_assert_true(g_utf8_validate(c->value_text, -1, NULL));
    }
    g_test_message("%s: %u bytes, %u claims, %u notes", path, (guint)x->doc->len, x->claims->len,
                   x->notes->len);
    return x->notes->len;
}

static guint
run_body(const char *path, const char *body)
{
    g_auto(FcTestExtraction) x = {0};
    fc_test_extract(&x, rules, path, "2025-11-20", body, 0, NULL);
    return check_extraction(&x, path, rules);
}

static char *
repeat(const char *unit, gsize bytes)
{
    GString *s = g_string_sized_new(bytes + strlen(unit));
    while (s->len < bytes)
        g_string_append(s, unit);
    return g_string_free(s, FALSE);
}

/* ---- the pathological inputs -------------------------------------------- */

/* One megabyte of words, names and figures without a full stop: one
 * sentence that every cued rule is tried on. */
static void
test_long_sentence(void)
{
    g_autofree char *body =
        repeat("Perplexity raised $500 million from Nvidia and SoftBank at a valuation of "
               "about $9 billion while Databricks was valued at $62 billion and ",
               1 << 20);
    run_body("news/long.md", body);
}

static void
test_dollar_signs(void)
{
    g_autofree char *dollars = g_strnfill(100000, '$');
    g_autofree char *body = g_strdup_printf("Perplexity raised %s500 million %s.", dollars, dollars);
    run_body("news/dollars.md", body);
}

/* 10,000 open brackets of each kind around a sentence, then as many
 * closing ones: segmentation keeps brackets that run on together. */
static void
test_nested_brackets(void)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < 10000; i++)
        g_string_append_c(s, "([{\""[i % 4]);
    g_string_append(s, "Perplexity raised $500 million. Databricks was valued at $62 billion.");
    for (guint i = 0; i < 10000; i++)
        g_string_append_c(s, "\"}])"[i % 4]);
    g_autofree char *body = g_string_free(s, FALSE);
    run_body("news/brackets.md", body);
}

static void
test_million_digits(void)
{
    g_autofree char *digits = g_strnfill(1000000, '9');
    g_autofree char *body = g_strdup_printf(
        "Perplexity raised $%s billion. Perplexity was valued at %s.%s per cent of $%s.", digits,
        digits, digits, digits);
    run_body("news/digits.md", body);
}

/* 200 kB of random bytes, from a fixed seed so that a failure repeats. */
static void
test_random_bytes(void)
{
    g_autoptr(GRand) rand = g_rand_new_with_seed(20251120);
    gsize len = 200 * 1024;
    g_autofree char *bytes = g_malloc(len);
    for (gsize i = 0; i < len; i++)
        bytes[i] = (char)g_rand_int_range(rand, 0, 256);
    g_auto(FcTestExtraction) x = {0};
    x.doc = fc_corpus_parse("news/random.md", bytes, len);
    x.claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    x.notes = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcExtractor) ex = fc_extractor_new(rules);
    fc_extract_document(ex, x.doc, 0, x.claims, x.notes);
    check_extraction(&x, "news/random.md", rules);
}

/* A backer list of 100,000 names in one sentence.  The names repeat after
 * 676: every name found is interned, and GLib drops (never frees) its
 * table of interned strings each time it passes a multiple of 2,048,
 * which LeakSanitizer would report against this test in the ASan build. */
static void
test_long_name_list(void)
{
    GString *s = g_string_new("Perplexity raised $500 million from ");
    for (guint i = 0; i < 100000; i++)
        g_string_append_printf(s, "%s%c%c Capital", i ? ", " : "", 'A' + i % 26,
                               'a' + i / 26 % 26);
    g_string_append(s, " and Nvidia.");
    g_autofree char *body = g_string_free(s, FALSE);
    run_body("news/names.md", body);
}

/* ---- a rule that does hit the limit ------------------------------------ */

/* The shipped rules are written not to backtrack, so the inputs above may
 * never reach a limit.  A rule that backtracks catastrophically shows that
 * a sentence abandoned at the limit is reported with the rule and the line,
 * and that the sentences around it are still read. */
static void
test_limit_note(void)
{
    g_autofree char *dir = fc_test_make_dir("fc-limits-XXXXXX");
    fc_test_write_file(dir, "entities/startups.rules", "[Acme Robotics]\nkind = company\n");
    fc_test_write_file(dir, "extract/backtrack.rules",
                       "[extract-backtrack]\n"
                       "attribute = round_size\n"
                       "cue = raised\n"
                       "pattern = {entity:ORG} raised (?:(?:a|a?)+)+b {value:MONEY}\n"
                       "example = Acme Robotics raised aab $5 million.\n"
                       "expect = Acme Robotics | round_size | $5 million\n"
                       "counter = Acme Robotics raised nothing.\n"
                       "\n"
                       "[extract-plain]\n"
                       "attribute = valuation\n"
                       "cue = valued\n"
                       "pattern = {entity:ORG} was valued at {value:MONEY}\n"
                       "example = Acme Robotics was valued at $5 million.\n"
                       "expect = Acme Robotics | valuation | $5 million\n"
                       "counter = Acme Robotics was valued highly.\n");
    g_autoptr(FcRuleSet) set = fc_test_load_rules_from(dir);
    fc_test_remove_tree(dir);
    g_assert_nonnull(set);
    g_autofree char *as = g_strnfill(40, 'a');
    g_autofree char *body = g_strdup_printf("Acme Robotics was valued at $1 billion.\n\n"
                                            "Acme Robotics raised %s $5 million.\n\n"
                                            "Acme Robotics was valued at $2 billion.\n",
                                            as);
    g_auto(FcTestExtraction) x = {0};
    fc_test_extract(&x, set, "news/limit.md", "2025-11-20", body, 0, NULL);
    check_extraction(&x, "news/limit.md", set);
    g_assert_cmpuint(x.notes->len, ==, 1);
    /* Line 6: three lines of front matter come first. */
    g_assert_cmpstr(g_ptr_array_index(x.notes, 0), ==,
                    "news/limit.md:6: sentence skipped by rule 'extract-backtrack': pattern hit "
                    "the match limit");
    g_assert_cmpuint(x.claims->len, ==, 2);
}

/* ---- absurd numbers through the binary ---------------------------------- */

static void
check_json_numbers(const cJSON *item)
{
    if (cJSON_IsNumber(item))
        g_assert_true(isfinite(item->valuedouble));
    for (const cJSON *c = item->child; c != NULL; c = c->next)
        check_json_numbers(c);
}

static void
test_absurd_numbers_cli(void)
{
    if (g_getenv("FC_BINARY") == NULL) {
        g_test_skip("FC_BINARY not set");
        return;
    }
    g_autofree char *dir = fc_test_make_dir("fc-limits-XXXXXX");
    fc_test_write_file(dir, "news/absurd.md",
                       "---\ndate: 2025-11-20\n---\n"
                       "Perplexity raised $1e308bn.\n\n"
                       "Perplexity raised 999999999999999999 trillion dollars.\n\n"
                       "Perplexity raised $99999999999999999999999.\n\n"
                       "Perplexity was valued at -$5m.\n\n"
                       "Perplexity was valued at minus $3bn.\n\n"
                       "Nvidia owns a 10,000 % stake in Perplexity.\n\n"
                       "Nvidia owns a 0.0000001% stake in Perplexity.\n\n"
                       "Perplexity raised $500 million.\n");
    g_auto(FcTestRun) run = {0};
    fc_test_spawn(&run, dir, "claims", "--format=json", "news", NULL);
    fc_test_remove_tree(dir);
    g_test_message("stderr: %s", run.err);
    g_assert_cmpint(run.status, ==, 0);
    g_autofree char *lower = g_ascii_strdown(run.out, -1);
    g_assert_null(strstr(lower, "nan"));
    g_assert_null(strstr(lower, "inf"));
    cJSON *json = cJSON_Parse(run.out);
    g_assert_nonnull(json);
    check_json_numbers(json);
    cJSON_Delete(json);
    /* The one sane figure is the one claim. */
    g_assert_nonnull(strstr(run.out, "$500 million"));
    g_assert_null(strstr(run.out, "stake"));
    g_assert_null(strstr(run.out, "valuation"));
    g_assert_null(strstr(run.out, "999"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = fc_test_load_rules();
    g_test_add_func("/limits/long-sentence", test_long_sentence);
    g_test_add_func("/limits/dollar-signs", test_dollar_signs);
    g_test_add_func("/limits/nested-brackets", test_nested_brackets);
    g_test_add_func("/limits/million-digits", test_million_digits);
    g_test_add_func("/limits/random-bytes", test_random_bytes);
    g_test_add_func("/limits/long-name-list", test_long_name_list);
    g_test_add_func("/limits/limit-note", test_limit_note);
    g_test_add_func("/limits/absurd-numbers-cli", test_absurd_numbers_cli);
    int status = g_test_run();
    fc_ruleset_free(rules);
    return status;
}
