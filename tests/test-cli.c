/* The command line as users and scripts meet it: options, messages on
 * stderr, exit status (0 nothing at or above --fail-on, 1 findings, 2 usage,
 * rule or I/O error), -o, claims --format=jsonl, and that inputs are only
 * ever read.  Runs the real binary ($FC_BINARY) in a scratch folder with
 * small articles written by each test's setup. */
#include "config.h"
#include "fc-test.h"

#include <cjson/cJSON.h>
#include <glib.h>
#include <glib/gstdio.h>

#include <string.h>
#include <sys/wait.h>
#include <utime.h>

/* Two articles that disagree on a valuation (an error) and one investor
 * backing two companies the text calls rivals (a warning only). */
static const struct {
    const char *path;
    const char *text;
} fc_articles[] = {
    {"errors/a.md", "---\ntitle: Cohere round\ndate: 2025-09\n---\n"
                    "The round values Cohere at $5.5 billion.\n"},
    {"errors/b.md", "---\ntitle: Cohere deal\ndate: 2025-09\n---\n"
                    "The deal values Cohere at $7 billion.\n"},
    {"warnings/ties.md", "---\ndate: 2025-04\n---\nNvidia is an investor in Cohere.\n\n"
                         "Nvidia is also an investor in AI21 Labs, a rival to Cohere.\n"},
};

typedef struct {
    char *dir; /* scratch folder; the children's working directory */
} FcCli;

/* ---- helpers ----------------------------------------------------------- */

static void
fc_assert_prefix(const char *text, const char *prefix)
{
    if (!g_str_has_prefix(text, prefix))
        g_error("expected text starting with \"%s\", got \"%s\"", prefix, text);
}

/* Names in a folder, sorted, joined with spaces. */
static char *
fc_listing(const char *path)
{
    g_autoptr(GPtrArray) names = fc_test_list_dir(path);
    g_ptr_array_add(names, NULL);
    return g_strjoinv(" ", (char **)names->pdata);
}

static void
cli_setup(FcCli *f, gconstpointer data)
{
    (void)data;
    f->dir = fc_test_make_dir("fc-cli-XXXXXX");
    for (guint i = 0; i < G_N_ELEMENTS(fc_articles); i++)
        fc_test_write_file(f->dir, fc_articles[i].path, fc_articles[i].text);
}

static void
cli_teardown(FcCli *f, gconstpointer data)
{
    (void)data;
    fc_test_remove_tree(f->dir);
    g_free(f->dir);
}

/* ---- options and usage errors ------------------------------------------ */

static void
test_help(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--help", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_nonnull(strstr(r.out, "claims"));
    g_assert_nonnull(strstr(r.out, "--fail-on"));
    g_assert_cmpstr(r.err, ==, "");
}

static void
test_version(FcCli *f, gconstpointer data)
{
    (void)data;
    const char *const spellings[] = {"--version", "-V"};
    for (guint i = 0; i < G_N_ELEMENTS(spellings); i++) {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, spellings[i], NULL);
        g_assert_cmpint(r.status, ==, 0);
        g_assert_cmpstr(r.out, ==, "factcheck " FC_VERSION "\n");
        g_assert_cmpstr(r.err, ==, "");
    }
}

static void
test_unknown_option(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--bogus", "errors", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.out, ==, "");
    fc_assert_prefix(r.err, "factcheck: ");
    g_assert_nonnull(strstr(r.err, "--bogus"));
}

static void
test_no_path(FcCli *f, gconstpointer data)
{
    (void)data;
    const char *const modes[] = {"--format=json", "claims"};
    for (guint i = 0; i < G_N_ELEMENTS(modes); i++) {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, modes[i], NULL);
        g_assert_cmpint(r.status, ==, 2);
        g_assert_cmpstr(r.out, ==, "");
        g_assert_cmpstr(r.err, ==, "factcheck: no PATH given (try --help)\n");
    }
}

static void
test_unknown_format(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) xml = {0};
    fc_test_spawn(&xml, f->dir, "--format=xml", "errors", NULL);
    g_assert_cmpint(xml.status, ==, 2);
    g_assert_cmpstr(xml.out, ==, "");
    fc_assert_prefix(xml.err, "factcheck: unknown format 'xml'");
    /* JSON lines are for claims only: a report is one document. */
    g_auto(FcTestRun) jsonl = {0};
    fc_test_spawn(&jsonl, f->dir, "--format=jsonl", "errors", NULL);
    g_assert_cmpint(jsonl.status, ==, 2);
    fc_assert_prefix(jsonl.err, "factcheck: unknown format 'jsonl'");
}

static void
test_unknown_fail_on(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--fail-on=fatal", "errors", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.out, ==, "");
    fc_assert_prefix(r.err, "factcheck: unknown --fail-on level 'fatal'");
}

static void
test_nonexistent_path(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "nope.md", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.out, ==, "");
    g_assert_cmpstr(r.err, ==, "factcheck: cannot read 'nope.md': No such file or directory\n");
}

/* ---- rules ------------------------------------------------------------- */

/* Three independent mistakes; all must be reported in one run. */
static const char fc_bad_rules[] = "[extract-broken-pattern]\n"                        /* 1 */
                                   "attribute = valuation\n"                           /* 2 */
                                   "pattern = {entity:ORG} valued at ({value:MONEY}\n" /* 3 */
                                   "example = Cohere was valued at $5 billion.\n"      /* 4 */
                                   "expect = Cohere | valuation | $5 billion\n"        /* 5 */
                                   "counter = Cohere raised $5 billion.\n"             /* 6 */
                                   "\n"                                                /* 7 */
                                   "[extract-worth]\n"                                 /* 8 */
                                   "attribute = valuation\n"                           /* 9 */
                                   "colour = blue\n"                                   /* 10 */
                                   "pattern = {entity:ORG} is worth {value:MONEY}\n"   /* 11 */
                                   "example = Cohere is worth $5 billion.\n"           /* 12 */
                                   "expect = Cohere | valuation | $5 billion\n"        /* 13 */
                                   "counter = Cohere raised $5 billion.\n"             /* 14 */
                                   "\n"                                                /* 15 */
                                   "[extract-worth]\n"                                 /* 16 */
                                   "attribute = valuation\n"
                                   "pattern = {entity:ORG} priced at {value:MONEY}\n"
                                   "example = Cohere priced at $5 billion.\n"
                                   "expect = Cohere | valuation | $5 billion\n"
                                   "counter = Cohere raised $5 billion.\n";

static void
test_broken_rules(FcCli *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "rules/extract/bad.rules", fc_bad_rules);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--rules=rules", "errors", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.out, ==, "");
    g_auto(GStrv) lines = g_strsplit(r.err, "\n", -1);
    guint n = g_strv_length(lines);
    /* The problems, then the summary, then the empty string after the
     * final newline. */
    g_assert_cmpuint(n, >=, 5);
    g_assert_cmpstr(lines[n - 1], ==, "");
    g_autofree char *summary =
        g_strdup_printf("factcheck: %u problems in the rules; nothing checked", n - 2);
    g_assert_cmpstr(lines[n - 2], ==, summary);
    for (guint i = 0; i + 2 < n; i++)
        g_assert_true(
            g_regex_match_simple("^rules/extract/bad\\.rules:[0-9]+: \\S", lines[i], 0, 0));
    g_assert_nonnull(strstr(r.err, "rules/extract/bad.rules:3: pattern does not compile"));
    g_assert_nonnull(strstr(r.err, "rules/extract/bad.rules:10: unknown key 'colour'"));
    g_assert_nonnull(strstr(r.err, "rules/extract/bad.rules:16: rule id 'extract-worth' already "
                                   "defined at rules/extract/bad.rules:8"));
}

static const char fc_failing_examples[] = "[extract-priced]\n"      /* 1 */
                                          "attribute = valuation\n" /* 2 */
                                          "pattern = {entity:ORG} is priced at {value:MONEY}\n"
                                          "example = Cohere is worth $5 billion.\n" /* 4 */
                                          "expect = Cohere | valuation | $5 billion\n"
                                          "counter = Cohere is priced at $5 billion.\n" /* 6 */
                                          "\n"
                                          "[extract-sound]\n"
                                          "attribute = valuation\n"
                                          "pattern = {entity:ORG} was priced at {value:MONEY}\n"
                                          "example = Cohere was priced at $5 billion.\n"
                                          "expect = Cohere | valuation | $5 billion\n"
                                          "counter = Cohere raised $5 billion.\n";

/* A rule whose own examples fail is refused before anything is read. */
static void
test_failing_examples(FcCli *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "rules/extract/priced.rules", fc_failing_examples);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--rules=rules", "errors", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.out, ==, "");
    g_assert_cmpstr(r.err, ==,
                    "rules/extract/priced.rules:5: example of 'extract-priced' misses 'Cohere | "
                    "valuation | $5 billion' (got no claim)\n"
                    "rules/extract/priced.rules:6: counter-example of 'extract-priced' yields "
                    "claims (got: Cohere | valuation | $5bn)\n"
                    "factcheck: 2 problems in the rules; nothing checked\n");
}

/* ---- exit status ------------------------------------------------------- */

typedef struct {
    const char *fail_on; /* NULL: the default */
    const char *folder;
    int status;
} FcFailOn;

static const FcFailOn fc_fail_on_cases[] = {
    {NULL, "errors", 1},
    {NULL, "warnings", 0},
    {"--fail-on=never", "errors", 0},
    {"--fail-on=error", "warnings", 0},
    {"--fail-on=warning", "warnings", 1},
    {"--fail-on=info", "warnings", 1},
    {"--fail-on=warning", "errors", 1},
};

static void
test_fail_on(FcCli *f, gconstpointer data)
{
    const FcFailOn *c = data;
    g_auto(FcTestRun) r = {0};
    if (c->fail_on != NULL)
        fc_test_spawn(&r, f->dir, c->fail_on, c->folder, NULL);
    else
        fc_test_spawn(&r, f->dir, c->folder, NULL);
    g_assert_cmpint(r.status, ==, c->status);
    g_assert_cmpstr(r.err, ==, "");
    g_assert_true(g_str_has_suffix(r.out, " info\n"));
}

static void
test_claims_never_fail(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "claims", "errors", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_true(g_str_has_suffix(r.out, "2 claims in 2 documents\n"));
}

/* 'claims' is the first word that is not an option, also after options. */
static void
test_claims_after_options(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) first = {0};
    fc_test_spawn(&first, f->dir, "claims", "--format=json", "errors", NULL);
    g_auto(FcTestRun) later = {0};
    fc_test_spawn(&later, f->dir, "--format=json", "claims", "errors", NULL);
    g_assert_cmpint(later.status, ==, 0);
    g_assert_cmpstr(later.out, ==, first.out);
    g_assert_nonnull(strstr(later.out, "\"claims\""));
    /* Only the first such word: a second 'claims' is a path. */
    g_auto(FcTestRun) path = {0};
    fc_test_spawn(&path, f->dir, "claims", "claims", NULL);
    g_assert_cmpint(path.status, ==, 2);
    g_assert_nonnull(strstr(path.err, "cannot read 'claims'"));
}

/* Short options with their value attached, as make and grep take them;
 * a word that is an option's value is never split. */
static void
test_attached_values(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) apart = {0};
    fc_test_spawn(&apart, f->dir, "-f", "json", "-j", "2", "errors", NULL);
    g_auto(FcTestRun) attached = {0};
    fc_test_spawn(&attached, f->dir, "-fjson", "-j2", "errors", NULL);
    g_assert_cmpint(attached.status, ==, apart.status);
    g_assert_cmpstr(attached.err, ==, "");
    g_assert_cmpstr(attached.out, ==, apart.out);
    g_auto(FcTestRun) named = {0};
    fc_test_spawn(&named, f->dir, "--output", "-j2", "errors", NULL);
    g_assert_cmpstr(named.out, ==, "");
    g_autofree char *written = fc_test_read_file(f->dir, "-j2");
    g_assert_nonnull(strstr(written, "errors/"));
    g_auto(FcTestRun) bad = {0};
    fc_test_spawn(&bad, f->dir, "-jx", "errors", NULL);
    g_assert_cmpint(bad.status, ==, 2);
    g_assert_nonnull(strstr(bad.err, "\u201Cx\u201D"));
}

/* ---- output ------------------------------------------------------------ */

static void
test_output_file(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) to_stdout = {0};
    fc_test_spawn(&to_stdout, f->dir, "--format=json", "errors", NULL);
    g_auto(FcTestRun) to_file = {0};
    fc_test_spawn(&to_file, f->dir, "--format=json", "-o", "report.json", "errors", NULL);
    g_assert_cmpint(to_file.status, ==, to_stdout.status);
    g_assert_cmpstr(to_file.out, ==, "");
    g_assert_cmpstr(to_file.err, ==, "");
    g_autofree char *written = fc_test_read_file(f->dir, "report.json");
    g_assert_cmpstr(written, ==, to_stdout.out);
    /* Written atomically: no temporary file is left next to it. */
    g_autofree char *listing = fc_listing(f->dir);
    g_assert_cmpstr(listing, ==, "errors report.json warnings");
}

static void
test_output_unwritable(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "-o", "missing/report.txt", "errors", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.out, ==, "");
    fc_assert_prefix(r.err, "factcheck: cannot write 'missing/report.txt': ");
}

/* Runs the binary with @args through sh, standard output redirected by
 * @redirect ("> /dev/full", ">&-"): a report that cannot be written is
 * status 2 and a message, whatever the format. */
static void
fc_assert_write_fails(FcCli *f, const char *redirect, const char *args, const char *reason)
{
    g_autofree char *script = g_strdup_printf("exec \"$0\" %s errors %s", args, redirect);
    const char *argv[] = {"/bin/sh", "-c", script, g_getenv("FC_BINARY"), NULL};
    g_autofree char *err = NULL;
    int wait_status = 0;
    g_autoptr(GError) error = NULL;
    g_spawn_sync(f->dir, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                 &wait_status, &error);
    g_assert_no_error(error);
    g_assert_true(WIFEXITED(wait_status));
    g_assert_cmpint(WEXITSTATUS(wait_status), ==, 2);
    g_autofree char *want = g_strdup_printf("factcheck: cannot write the report: %s\n", reason);
    g_assert_cmpstr(err, ==, want);
}

static void
test_output_write_error(FcCli *f, gconstpointer data)
{
    (void)data;
    if (!g_file_test("/dev/full", G_FILE_TEST_EXISTS)) {
        g_test_skip("no /dev/full");
        return;
    }
    /* The claim listing in JSON Lines is streamed, the others rendered
     * first: both paths. */
    const char *formats[] = {"--format=text", "--format=json",  "--format=md",
                             "--format=html", "--format=sarif", "claims --format=jsonl"};
    for (guint i = 0; i < G_N_ELEMENTS(formats); i++) {
        fc_assert_write_fails(f, "> /dev/full", formats[i], "No space left on device");
        fc_assert_write_fails(f, ">&-", formats[i], "Bad file descriptor");
    }
}

static guint
fc_json_claim_count(const char *text)
{
    cJSON *root = cJSON_Parse(text);
    g_assert_nonnull(root);
    const cJSON *claims = cJSON_GetObjectItemCaseSensitive(root, "claims");
    g_assert_true(cJSON_IsArray(claims));
    guint n = (guint)cJSON_GetArraySize(claims);
    cJSON_Delete(root);
    return n;
}

static void
test_claims_jsonl(FcCli *f, gconstpointer data)
{
    (void)data;
    g_auto(FcTestRun) json = {0};
    fc_test_spawn(&json, f->dir, "claims", "--format=json", "errors", "warnings", NULL);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "claims", "--format=jsonl", "errors", "warnings", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_true(g_str_has_suffix(r.out, "}\n"));
    g_auto(GStrv) lines = g_strsplit(r.out, "\n", -1);
    guint n = g_strv_length(lines) - 1; /* after the final newline */
    g_assert_cmpstr(lines[n], ==, "");
    /* One line per document, then one per claim of it (fc-claimfile.h). */
    guint claims = 0, documents = 0;
    for (guint i = 0; i < n; i++) {
        cJSON *o = cJSON_Parse(lines[i]);
        g_assert_true(cJSON_IsObject(o));
        const char *type = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(o, "type"));
        g_assert_nonnull(type);
        if (strcmp(type, "document") == 0) {
            documents++;
            g_assert_true(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "path")));
        } else {
            g_assert_cmpstr(type, ==, "claim");
            g_assert_cmpuint(documents, >, 0);
            claims++;
            g_assert_true(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "document")));
            g_assert_true(cJSON_IsString(cJSON_GetObjectItemCaseSensitive(o, "attribute")));
        }
        cJSON_Delete(o);
    }
    g_assert_cmpuint(claims, ==, fc_json_claim_count(json.out));
    g_assert_cmpuint(documents, >=, 2);
}

/* The listing is streamed source by source: a named file that cannot be
 * read ends it with status 2, after the lines of the files before it; a
 * file target (-o) is left as it was. */
static void
test_claims_jsonl_read_error(FcCli *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "broken.md.gz", "not gzip data at all");
    g_auto(FcTestRun) good = {0};
    fc_test_spawn(&good, f->dir, "claims", "--format=jsonl", "errors/a.md", NULL);
    g_assert_cmpint(good.status, ==, 0);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "claims", "--format=jsonl", "-j", "2", "errors/a.md", "broken.md.gz",
                  "errors/b.md", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_nonnull(strstr(r.err, "cannot read 'broken.md.gz'"));
    g_assert_cmpstr(r.out, ==, good.out);
    fc_test_write_file(f->dir, "out.jsonl", "old\n");
    g_auto(FcTestRun) o = {0};
    fc_test_spawn(&o, f->dir, "claims", "--format=jsonl", "-o", "out.jsonl", "errors/a.md",
                  "broken.md.gz", NULL);
    g_assert_cmpint(o.status, ==, 2);
    g_autofree char *kept = fc_test_read_file(f->dir, "out.jsonl");
    g_assert_cmpstr(kept, ==, "old\n");
    g_autofree char *names = fc_listing(f->dir);
    g_assert_cmpstr(names, ==, "broken.md.gz errors out.jsonl warnings");
}

/* ---- inputs ------------------------------------------------------------ */

/* Contents and modification time of every article, as one string. */
static char *
fc_snapshot(const char *dir)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < G_N_ELEMENTS(fc_articles); i++) {
        g_autofree char *path = g_build_filename(dir, fc_articles[i].path, NULL);
        g_autofree char *text = fc_test_read_file(dir, fc_articles[i].path);
        GStatBuf st;
        g_assert_cmpint(g_stat(path, &st), ==, 0);
        g_string_append_printf(out, "%s %lld %s\n", fc_articles[i].path, (long long)st.st_mtime,
                               text);
    }
    return g_string_free(out, FALSE);
}

/* Dates the articles back to 2001, so that any rewrite, even one within
 * the same second as the setup, changes their time. */
static void
fc_age_articles(const char *dir)
{
    struct utimbuf old = {1000000000, 1000000000};
    for (guint i = 0; i < G_N_ELEMENTS(fc_articles); i++) {
        g_autofree char *path = g_build_filename(dir, fc_articles[i].path, NULL);
        g_assert_cmpint(g_utime(path, &old), ==, 0);
    }
}

static void
test_inputs_unchanged(FcCli *f, gconstpointer data)
{
    (void)data;
    fc_age_articles(f->dir);
    g_autofree char *before = fc_snapshot(f->dir);
    const char *const runs[][6] = {
        {"errors", "warnings"},
        {"--format=json", "-o", "out.json", "errors", "warnings"},
        {"claims", "--format=jsonl", "errors", "warnings"},
    };
    for (guint i = 0; i < G_N_ELEMENTS(runs); i++) {
        g_auto(FcTestRun) r = {0};
        const char *const *a = runs[i];
        fc_test_spawn(&r, f->dir, a[0], a[1], a[2], a[3], a[4], a[5], NULL);
        g_assert_cmpint(r.status, !=, 2);
    }
    g_autofree char *after = fc_snapshot(f->dir);
    g_assert_cmpstr(after, ==, before);
}

static void
test_other_kinds_skipped(FcCli *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "mixed/a.md", fc_articles[0].text);
    fc_test_write_file(f->dir, "mixed/report.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "mixed", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_cmpstr(r.err, ==, "");
    fc_assert_prefix(r.out, "1 document, ");
    g_assert_true(g_str_has_suffix(r.out, " (1 file of other kinds skipped)\n"));
    g_auto(FcTestRun) json = {0};
    fc_test_spawn(&json, f->dir, "--format=json", "mixed", NULL);
    g_assert_nonnull(strstr(json.out, "\"mixed/a.md\""));
    g_assert_null(strstr(json.out, "report.pdf"));
}

/* ---- main -------------------------------------------------------------- */

#define FC_ADD(path, fn) g_test_add(path, FcCli, NULL, cli_setup, fn, cli_teardown)

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    if (g_getenv("FC_BINARY") == NULL) {
        g_printerr("FC_BINARY must be set (meson test sets it)\n");
        return 1;
    }
    FC_ADD("/cli/help", test_help);
    FC_ADD("/cli/version", test_version);
    FC_ADD("/cli/usage/unknown-option", test_unknown_option);
    FC_ADD("/cli/usage/no-path", test_no_path);
    FC_ADD("/cli/usage/unknown-format", test_unknown_format);
    FC_ADD("/cli/usage/unknown-fail-on", test_unknown_fail_on);
    FC_ADD("/cli/usage/attached-values", test_attached_values);
    FC_ADD("/cli/io/nonexistent-path", test_nonexistent_path);
    FC_ADD("/cli/rules/broken", test_broken_rules);
    FC_ADD("/cli/rules/failing-examples", test_failing_examples);
    for (guint i = 0; i < G_N_ELEMENTS(fc_fail_on_cases); i++) {
        const FcFailOn *c = &fc_fail_on_cases[i];
        g_autofree char *path =
            g_strdup_printf("/cli/status/%s/%s",
                            c->fail_on ? c->fail_on + strlen("--fail-on=") : "default", c->folder);
        g_test_add(path, FcCli, c, cli_setup, test_fail_on, cli_teardown);
    }
    FC_ADD("/cli/status/claims-never-fail", test_claims_never_fail);
    FC_ADD("/cli/usage/claims-after-options", test_claims_after_options);
    FC_ADD("/cli/output/file", test_output_file);
    FC_ADD("/cli/output/unwritable", test_output_unwritable);
    FC_ADD("/cli/output/write-error", test_output_write_error);
    FC_ADD("/cli/output/claims-jsonl", test_claims_jsonl);
    FC_ADD("/cli/output/claims-jsonl-read-error", test_claims_jsonl_read_error);
    FC_ADD("/cli/input/unchanged", test_inputs_unchanged);
    FC_ADD("/cli/input/other-kinds-skipped", test_other_kinds_skipped);
    return g_test_run();
}
