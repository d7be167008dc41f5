/* The pre-publish gate as CI meets it: --draft (files and standard input),
 * exit statuses in draft mode, baselines (round trip, stale entries,
 * malformed files), inline factcheck-disable comments, and the sarif and
 * github formats.  Runs the real binary ($FC_BINARY) in a scratch folder:
 * an archive with a Cohere valuation and a conflict of its own (Mistral AI,
 * never the draft's business), and drafts written by each test. */
#include "fc-test.h"

#include <cjson/cJSON.h>
#include <glib.h>

#include <string.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC(cJSON, cJSON_Delete)

#define FC_HEAD "---\ndate: 2025-09\n---\n"
/* Contradicts archive/a.md ($5.5bn). */
#define FC_DRAFT FC_HEAD "The deal values Cohere at $7 billion, the company said.\n"
/* Agrees with it. */
#define FC_DRAFT_OK FC_HEAD "The deal values Cohere at $5.5 billion, the company said.\n"

typedef struct {
    char *dir;
} FcGateTest;

static void
gate_setup(FcGateTest *f, gconstpointer data)
{
    (void)data;
    f->dir = fc_test_make_dir("fc-gate-XXXXXX");
    fc_test_write_file(f->dir, "archive/a.md",
                       "---\ntitle: Cohere round\ndate: 2025-09\n---\n"
                       "The round values Cohere at $5.5 billion.\n");
    fc_test_write_file(f->dir, "archive/m1.md",
                       FC_HEAD "The round values Mistral AI at $6 billion.\n");
    fc_test_write_file(f->dir, "archive/m2.md",
                       FC_HEAD "The deal values Mistral AI at $8 billion.\n");
}

static void
gate_teardown(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_remove_tree(f->dir);
    g_free(f->dir);
}

static void
fc_assert_contains(const char *text, const char *part)
{
    if (strstr(text, part) == NULL)
        g_error("expected \"%s\" in \"%s\"", part, text);
}

/* Runs the binary through sh with @file as standard input (fc_test_spawn()
 * has no stdin). */
static void
fc_gate_spawn_stdin(FcTestRun *r, const char *dir, const char *file, const char *args)
{
    g_autofree char *cmd = g_strdup_printf("exec \"$FC_BINARY\" %s < %s", args, file);
    const char *argv[] = {"/bin/sh", "-c", cmd, NULL};
    g_autoptr(GError) error = NULL;
    int wait_status = 0;
    g_spawn_sync(dir, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &r->out, &r->err,
                 &wait_status, &error);
    g_assert_no_error(error);
    r->status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
}

/* ---- draft mode and exit statuses ------------------------------------- */

static void
test_draft_statuses(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "draft.md", FC_DRAFT);
    fc_test_write_file(f->dir, "ok.md", FC_DRAFT_OK);
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "archive", NULL);
        g_assert_cmpint(r.status, ==, 1);
        /* Shown at the draft's line; the archive's own conflict is left out. */
        fc_assert_contains(r.out, "draft.md:4:27: error: [valuation-conflict]");
        g_assert_null(strstr(r.out, "Mistral"));
    }
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "ok.md", "archive", NULL);
        g_assert_cmpint(r.status, ==, 0);
        fc_assert_contains(r.out, "0 errors");
    }
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "--fail-on=never", "archive", NULL);
        g_assert_cmpint(r.status, ==, 0);
    }
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "missing.md", "archive", NULL);
        g_assert_cmpint(r.status, ==, 2);
        g_assert_cmpstr(r.err, ==,
                        "factcheck: cannot read 'missing.md': No such file or directory\n");
    }
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "--format=xml", "archive", NULL);
        g_assert_cmpint(r.status, ==, 2);
    }
}

/* Both drafts are checked; a draft that is also inside the archive folder
 * is read once, not compared with itself. */
static void
test_draft_repeat_and_inside(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "archive/new.md", FC_DRAFT);
    fc_test_write_file(f->dir, "ok.md", FC_DRAFT_OK);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--draft", "ok.md", "--draft", "archive/new.md", "archive", NULL);
    g_assert_cmpint(r.status, ==, 1);
    fc_assert_contains(r.out, "archive/new.md:4:27: error");
    fc_assert_contains(r.out, "5 documents");
}

static void
test_draft_stdin(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "draft.md", FC_DRAFT "<!-- a comment, blanked as Markdown -->\n");
    {
        g_auto(FcTestRun) r = {0};
        fc_gate_spawn_stdin(&r, f->dir, "draft.md", "--draft - archive");
        g_assert_cmpint(r.status, ==, 1);
        fc_assert_contains(r.out, "<stdin>:4:27: error: [valuation-conflict]");
    }
    {
        g_auto(FcTestRun) r = {0};
        fc_gate_spawn_stdin(&r, f->dir, "draft.md",
                            "--draft - --stdin-name posts/new.md --format=github archive");
        g_assert_cmpint(r.status, ==, 1);
        fc_assert_contains(r.out, "::error file=posts/new.md,line=4,col=27,");
    }
}

/* ---- baselines -------------------------------------------------------- */

static void
test_baseline_round_trip(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "draft.md", FC_DRAFT);
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "--write-baseline", "base.json", "archive",
                      NULL);
        g_assert_cmpint(r.status, ==, 0);
        fc_assert_contains(r.err, "wrote 1 finding to the baseline 'base.json'");
        g_autofree char *base = fc_test_read_file(f->dir, "base.json");
        fc_assert_contains(base, "\"rule\":\t\"valuation-conflict\"");
    }
    /* Lines inserted above the claims in both articles: still accepted. */
    fc_test_write_file(f->dir, "draft.md",
                       FC_HEAD "# Cohere\n\nA new first paragraph.\n\n"
                               "The deal values Cohere at $7 billion, the company said.\n");
    fc_test_write_file(f->dir, "archive/a.md",
                       "---\ntitle: Cohere round\ndate: 2025-09\n---\nIntro.\n\n"
                       "The round values Cohere at $5.5 billion.\n");
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "--baseline", "base.json", "archive",
                      NULL);
        g_assert_cmpint(r.status, ==, 0);
        fc_assert_contains(r.err, "baseline 'base.json' suppressed 1 finding\n");
        g_assert_null(strstr(r.err, "stale"));
    }
    /* A changed value is a new finding; the old entry is stale. */
    fc_test_write_file(f->dir, "draft.md",
                       FC_HEAD "The deal values Cohere at $8 billion, the company said.\n");
    {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "--baseline", "base.json", "archive",
                      NULL);
        g_assert_cmpint(r.status, ==, 1);
        fc_assert_contains(r.out, "draft.md:4:27: error: [valuation-conflict]");
        fc_assert_contains(r.err, "suppressed 0 findings");
        fc_assert_contains(r.err, "stale entry ");
        fc_assert_contains(r.err, "[valuation-conflict] Cohere's valuation is given as");
    }
}

/* Written twice from the same findings, byte for byte the same, sorted. */
static void
test_baseline_deterministic(FcGateTest *f, gconstpointer data)
{
    (void)data;
    for (guint i = 0; i < 2; i++) {
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--write-baseline", i ? "b2.json" : "b1.json", "archive", NULL);
        g_assert_cmpint(r.status, ==, 0);
    }
    g_autofree char *a = fc_test_read_file(f->dir, "b1.json");
    g_autofree char *b = fc_test_read_file(f->dir, "b2.json");
    g_assert_cmpstr(a, ==, b);
    g_autoptr(cJSON) root = cJSON_Parse(a);
    g_assert_nonnull(root);
    g_assert_cmpint(cJSON_GetArraySize(cJSON_GetObjectItem(root, "findings")), ==, 1);
}

static void
test_baseline_malformed(FcGateTest *f, gconstpointer data)
{
    (void)data;
    static const struct {
        const char *text;
        const char *err;
    } cases[] = {
        {"{not json", "factcheck: 'bad.json' is not a factcheck baseline: invalid JSON\n"},
        {"{\"version\": 1}", "factcheck: 'bad.json' is not a factcheck baseline: no "
                             "\"findings\" array\n"},
        {"{\"version\": 1, \"findings\": [{}]}",
         "factcheck: 'bad.json' is not a factcheck baseline: a finding without an \"id\"\n"},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        fc_test_write_file(f->dir, "bad.json", cases[i].text);
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--baseline", "bad.json", "archive", NULL);
        g_assert_cmpint(r.status, ==, 2);
        g_assert_cmpstr(r.err, ==, cases[i].err);
    }
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--baseline", "none.json", "archive", NULL);
    g_assert_cmpint(r.status, ==, 2);
    g_assert_cmpstr(r.err, ==,
                    "factcheck: cannot read baseline 'none.json': No such file or directory\n");
}

/* ---- inline suppressions ---------------------------------------------- */

typedef struct {
    const char *body; /* after the front matter, whose 3 lines come first */
    int status;       /* with --fail-on=warning */
    const char *err;  /* expected in stderr, or NULL */
} FcSuppressCase;

static const FcSuppressCase fc_suppress_cases[] = {
    /* Each form suppresses the draft's finding and leaves nothing to warn. */
    {"<!-- factcheck-disable-next-line valuation-conflict -->\n"
     "The deal values Cohere at $7 billion, the company said.\n",
     0, "1 finding suppressed"},
    {"<!-- factcheck-disable-next-line -->\n"
     "The deal values Cohere at $7 billion, the company said.\n",
     0, "1 finding suppressed"},
    {"<!-- factcheck-disable valuation-conflict -->\nIntro.\n\n"
     "The deal values Cohere at $7 billion, the company said.\n"
     "<!-- factcheck-enable valuation-conflict -->\n",
     0, "1 finding suppressed"},
    {"<!-- factcheck-disable -->\nThe deal values Cohere at $7 billion, the company said.\n", 0,
     "1 finding suppressed"},
    /* A region that ended before the claim suppresses nothing: both the
     * finding and the unused comment are reported. */
    {"<!-- factcheck-disable -->\nIntro.\n<!-- factcheck-enable -->\n"
     "The deal values Cohere at $7 billion, the company said.\n",
     1,
     "draft.md:4: warning: [unused-suppression] factcheck-disable (all rules) matches no "
     "finding"},
    /* Another rule's name does not suppress this one. */
    {"<!-- factcheck-disable-next-line round-size-conflict -->\n"
     "The deal values Cohere at $7 billion, the company said.\n",
     1, "[unused-suppression] factcheck-disable-next-line round-size-conflict"},
    {"<!-- factcheck-disable-next-line valuation-conflit -->\n"
     "The deal values Cohere at $7 billion, the company said.\n",
     1, "draft.md:4: warning: [bad-suppression] unknown rule 'valuation-conflit'"},
    {"<!-- factcheck-ignore -->\nThe deal values Cohere at $5.5 billion.\n", 1,
     "[bad-suppression] unknown directive 'factcheck-ignore'"},
    {"<!-- factcheck-enable -->\nThe deal values Cohere at $5.5 billion.\n", 1,
     "[bad-suppression] factcheck-enable  without a factcheck-disable"},
    /* Ordinary comments are prose. */
    {"<!-- TODO: factcheck-disable -->\nThe deal values Cohere at $5.5 billion.\n", 0, NULL},
};

static void
test_suppressions(FcGateTest *f, gconstpointer data)
{
    (void)data;
    for (gsize i = 0; i < G_N_ELEMENTS(fc_suppress_cases); i++) {
        const FcSuppressCase *c = &fc_suppress_cases[i];
        g_autofree char *text = g_strconcat(FC_HEAD, c->body, NULL);
        fc_test_write_file(f->dir, "draft.md", text);
        g_auto(FcTestRun) r = {0};
        fc_test_spawn(&r, f->dir, "--draft", "draft.md", "--fail-on=warning", "archive", NULL);
        if (r.status != c->status)
            g_error("case %zu: status %d, expected %d; stderr: %s", i, r.status, c->status, r.err);
        if (c->err != NULL)
            fc_assert_contains(r.err, c->err);
        else
            g_assert_cmpstr(r.err, ==, "");
    }
}

/* Unused suppressions in the archive are not the draft's business. */
static void
test_suppression_foreign(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "archive/old.md",
                       FC_HEAD "<!-- factcheck-disable-next-line -->\nNothing.\n");
    fc_test_write_file(f->dir, "ok.md", FC_DRAFT_OK);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--draft", "ok.md", "--fail-on=warning", "archive", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_cmpstr(r.err, ==, "");
    g_auto(FcTestRun) all = {0};
    fc_test_spawn(&all, f->dir, "--fail-on=warning", "archive", NULL);
    g_assert_cmpint(all.status, ==, 1);
    fc_assert_contains(all.err, "archive/old.md:4: warning: [unused-suppression]");
}

/* ---- sarif ------------------------------------------------------------- */

static const cJSON *
fc_json_get(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (v == NULL)
        g_error("no \"%s\" in %s", key, cJSON_PrintUnformatted(o));
    return v;
}

static void
fc_assert_json_string(const cJSON *o, const char *key)
{
    g_assert_true(cJSON_IsString(fc_json_get(o, key)));
}

/* What SARIF 2.1.0's schema requires of a location, and what code scanning
 * needs: a relative uri, a 1-based line. */
static void
fc_assert_sarif_location(const cJSON *loc)
{
    const cJSON *phys = fc_json_get(loc, "physicalLocation");
    fc_assert_json_string(fc_json_get(phys, "artifactLocation"), "uri");
    const cJSON *line = fc_json_get(fc_json_get(phys, "region"), "startLine");
    g_assert_true(cJSON_IsNumber(line) && line->valueint >= 1);
}

static void
fc_assert_sarif_result(const cJSON *res, const cJSON *rules)
{
    const char *rule = fc_json_get(res, "ruleId")->valuestring;
    int index = fc_json_get(res, "ruleIndex")->valueint;
    g_assert_cmpstr(fc_json_get(cJSON_GetArrayItem(rules, index), "id")->valuestring, ==, rule);
    const char *level = fc_json_get(res, "level")->valuestring;
    g_assert_true(g_strv_contains((const char *const[]){"error", "warning", "note", NULL}, level));
    fc_assert_json_string(fc_json_get(res, "message"), "text");
    const cJSON *locs = fc_json_get(res, "locations"), *loc;
    g_assert_cmpint(cJSON_GetArraySize(locs), ==, 1);
    cJSON_ArrayForEach(loc, locs) fc_assert_sarif_location(loc);
    const cJSON *related = cJSON_GetObjectItem(res, "relatedLocations");
    cJSON_ArrayForEach(loc, related) fc_assert_sarif_location(loc);
}

/* The structure SARIF 2.1.0 requires (version, runs, tool.driver.name,
 * each result's message) and what this tool promises on top.  Returns the
 * results. */
static const cJSON *
fc_assert_sarif(const cJSON *root)
{
    g_assert_cmpstr(fc_json_get(root, "version")->valuestring, ==, "2.1.0");
    fc_assert_contains(fc_json_get(root, "$schema")->valuestring, "sarif-schema-2.1.0.json");
    const cJSON *runs = fc_json_get(root, "runs");
    g_assert_cmpint(cJSON_GetArraySize(runs), ==, 1);
    const cJSON *run = cJSON_GetArrayItem(runs, 0);
    const cJSON *driver = fc_json_get(fc_json_get(run, "tool"), "driver");
    g_assert_cmpstr(fc_json_get(driver, "name")->valuestring, ==, "factcheck");
    const cJSON *rules = fc_json_get(driver, "rules"), *rule, *res;
    g_assert_cmpint(cJSON_GetArraySize(rules), >, 2);
    cJSON_ArrayForEach(rule, rules)
    {
        fc_assert_json_string(rule, "id");
        fc_assert_json_string(fc_json_get(rule, "shortDescription"), "text");
        fc_assert_json_string(fc_json_get(rule, "fullDescription"), "text");
        fc_assert_json_string(fc_json_get(rule, "help"), "text");
    }
    const cJSON *results = fc_json_get(run, "results");
    cJSON_ArrayForEach(res, results) fc_assert_sarif_result(res, rules);
    return results;
}

/* Only the results are compared with the golden file: the rules' help text
 * belongs to rules/ and changes with it, and is checked structurally. */
static void
fc_check_golden(const cJSON *results, const char *name)
{
    g_autofree char *have = cJSON_Print(results);
    g_autofree char *path =
        g_build_filename(g_getenv("FC_SOURCE_ROOT"), "tests", "gate", name, NULL);
    if (g_getenv("FC_UPDATE_GOLDEN") != NULL) {
        g_autoptr(GError) error = NULL;
        g_file_set_contents(path, have, -1, &error);
        g_assert_no_error(error);
        return;
    }
    g_autofree char *want = NULL;
    g_autoptr(GError) error = NULL;
    g_file_get_contents(path, &want, NULL, &error);
    g_assert_no_error(error);
    g_assert_cmpstr(have, ==, want);
}

static void
test_sarif(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "draft.md", FC_DRAFT);
    fc_test_write_file(f->dir, "draft 2.md",
                       FC_HEAD "<!-- factcheck-disable-next-line valuation-conflict -->\n"
                               "The deal values Mistral AI at $9 billion.\n"
                               "<!-- factcheck-disable no-such-rule -->\n");
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--format=sarif", "--draft", "draft.md", "--draft", "draft 2.md",
                  "archive", NULL);
    g_assert_cmpint(r.status, ==, 1);
    g_autoptr(cJSON) root = cJSON_Parse(r.out);
    g_assert_nonnull(root);
    const cJSON *results = fc_assert_sarif(root);
    g_assert_cmpint(cJSON_GetArraySize(results), ==, 3);
    const cJSON *first = cJSON_GetArrayItem(results, 0);
    g_assert_null(cJSON_GetObjectItem(first, "suppressions"));
    fc_assert_json_string(fc_json_get(first, "partialFingerprints"), "factcheck/v1");
    g_assert_cmpint(cJSON_GetArraySize(fc_json_get(first, "relatedLocations")), ==, 1);
    const cJSON *second = cJSON_GetArrayItem(results, 1);
    const cJSON *sup = cJSON_GetArrayItem(fc_json_get(second, "suppressions"), 0);
    g_assert_cmpstr(fc_json_get(sup, "kind")->valuestring, ==, "inSource");
    g_assert_cmpstr(
        fc_json_get(fc_json_get(cJSON_GetArrayItem(results, 2), "locations")->child->child,
                    "artifactLocation")
            ->child->valuestring,
        ==, "draft%202.md");
    fc_check_golden(results, "sarif-results.json");
}

/* A baselined finding stays in SARIF as an "external" suppression. */
static void
test_sarif_baseline(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "draft.md", FC_DRAFT);
    g_auto(FcTestRun) w = {0};
    fc_test_spawn(&w, f->dir, "--draft", "draft.md", "--write-baseline", "b.json", "archive", NULL);
    g_assert_cmpint(w.status, ==, 0);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--format=sarif", "--draft", "draft.md", "--baseline", "b.json",
                  "archive", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_autoptr(cJSON) root = cJSON_Parse(r.out);
    const cJSON *results = fc_assert_sarif(root);
    g_assert_cmpint(cJSON_GetArraySize(results), ==, 1);
    const cJSON *sup = cJSON_GetArrayItem(fc_json_get(results->child, "suppressions"), 0);
    g_assert_cmpstr(fc_json_get(sup, "kind")->valuestring, ==, "external");
}

/* ---- github ------------------------------------------------------------ */

static void
test_github(FcGateTest *f, gconstpointer data)
{
    (void)data;
    fc_test_write_file(f->dir, "a,b: 100%.md", FC_DRAFT "<!-- factcheck-enable -->\n");
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, f->dir, "--format=github", "--draft", "a,b: 100%.md", "archive", NULL);
    g_assert_cmpint(r.status, ==, 1);
    g_auto(GStrv) lines = g_strsplit(r.out, "\n", -1);
    g_assert_cmpint(g_strv_length(lines), ==, 3);
    fc_assert_contains(lines[0], "::error file=a%2Cb%3A 100%25.md,line=4,col=27,"
                                 "title=[valuation-conflict] ");
    fc_assert_contains(lines[0], "::Cohere's valuation is given as");
    fc_assert_contains(lines[0], "%0Aarchive/a.md:5:28: Cohere valuation = $5.5bn%0Awhy: ");
    g_assert_true(g_str_has_prefix(lines[1], "::warning file=a%2Cb%3A 100%25.md,line=5,"
                                             "title=bad-suppression::"));
    g_assert_cmpstr(lines[2], ==, "");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_assert_nonnull(g_getenv("FC_BINARY"));
#define ADD(name, fn) g_test_add(name, FcGateTest, NULL, gate_setup, fn, gate_teardown)
    ADD("/gate/draft/statuses", test_draft_statuses);
    ADD("/gate/draft/repeat-and-inside", test_draft_repeat_and_inside);
    ADD("/gate/draft/stdin", test_draft_stdin);
    ADD("/gate/baseline/round-trip", test_baseline_round_trip);
    ADD("/gate/baseline/deterministic", test_baseline_deterministic);
    ADD("/gate/baseline/malformed", test_baseline_malformed);
    ADD("/gate/suppress/forms", test_suppressions);
    ADD("/gate/suppress/foreign", test_suppression_foreign);
    ADD("/gate/sarif/structure", test_sarif);
    ADD("/gate/sarif/baseline", test_sarif_baseline);
    ADD("/gate/github", test_github);
#undef ADD
    return g_test_run();
}
