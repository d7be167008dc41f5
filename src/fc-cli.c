#include "fc-cli.h"

#include "config.h"
#include "fc-baseline.h"
#include "fc-corpus.h"
#include "fc-engine.h"
#include "fc-claim.h"
#include "fc-claimfile.h"
#include "fc-pipeline.h"
#include "fc-progress.h"
#include "fc-report.h"
#include "fc-rulecheck.h"
#include "fc-ruleset.h"
#include "fc-store.h"
#include "fc-variant.h"
#include "fc-suppress.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    gboolean claims_mode;
    char *format;
    char *output;
    char *fail_on;
    char **rules;
    gboolean version;
    char **paths;
    char **drafts;        /* --draft: files, "-" for standard input */
    char *stdin_name;     /* the path standard input is shown as */
    char *baseline;       /* --baseline: accepted findings to leave out */
    char *write_baseline; /* --write-baseline: record the findings there */
    char **claim_files;   /* --claims: claim files to check (the reduce) */
    gint jobs;            /* --jobs: worker threads, 0 one per core */
    gboolean quiet;       /* --quiet: no progress line */
} FcOptions;

static void
fc_options_clear(FcOptions *o)
{
    g_free(o->format);
    g_free(o->output);
    g_free(o->fail_on);
    g_strfreev(o->rules);
    g_strfreev(o->paths);
    g_strfreev(o->drafts);
    g_strfreev(o->claim_files);
    g_free(o->stdin_name);
    g_free(o->baseline);
    g_free(o->write_baseline);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcOptions, fc_options_clear)

static void G_GNUC_PRINTF(1, 2) fc_cli_error(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    g_autofree char *msg = g_strdup_vprintf(format, ap);
    va_end(ap);
    fprintf(stderr, "factcheck: %s\n", msg);
}

static GOptionContext *
fc_cli_context(FcOptions *o)
{
    GOptionEntry entries[] = {
        {"format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
         "Output format: text, json, md, html, sarif or github (claims: text, json or jsonl)",
         "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
         "Write the report to FILE (atomically) instead of standard output", "FILE"},
        {"fail-on", 0, 0, G_OPTION_ARG_STRING, &o->fail_on,
         "Exit 1 when a finding reaches error, warning or info; never: always 0 "
         "(default: error)",
         "LEVEL"},
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &o->rules,
         "Rules folder; the first replaces the default, more add to it", "DIR"},
        {"draft", 'd', 0, G_OPTION_ARG_FILENAME_ARRAY, &o->drafts,
         "Check FILE against the PATHs and report only findings that involve it; repeatable; "
         "- reads standard input",
         "FILE"},
        {"stdin-name", 0, 0, G_OPTION_ARG_FILENAME, &o->stdin_name,
         "Show a draft read from standard input as NAME (default: <stdin>)", "NAME"},
        {"baseline", 'b', 0, G_OPTION_ARG_FILENAME, &o->baseline,
         "Leave out the findings recorded in FILE (see --write-baseline)", "FILE"},
        {"write-baseline", 0, 0, G_OPTION_ARG_FILENAME, &o->write_baseline,
         "Record the findings reported in FILE, to accept them; exit status 0", "FILE"},
        {"claims", 'c', 0, G_OPTION_ARG_FILENAME_ARRAY, &o->claim_files,
         "Check the claims in FILE, written by 'claims --format=jsonl' (shards of a run), "
         "with or instead of PATHs; repeatable",
         "FILE"},
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &o->jobs,
         "Read and extract on N threads (default: one per core)", "N"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet,
         "No progress line (it is only ever shown on a terminal)", NULL},
        {"version", 'V', 0, G_OPTION_ARG_NONE, &o->version, "Print the version and exit", NULL},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->paths, NULL, "PATH…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL}};
    GOptionContext *ctx = g_option_context_new("[claims] PATH… — cross-check claims in articles");
    g_option_context_set_summary(
        ctx, "Reads articles (files or folders: .md, .markdown, .txt, HTML pages, JSON and\n"
             "JSON Lines records, any of them gzipped), extracts funding claims,\n"
             "groups them by entity and attribute and reports what does not hold together.\n"
             "With 'claims' it lists every extracted claim instead.");
    g_option_context_set_description(
        ctx, "Exit status: 0 no finding at or above --fail-on, 1 at least one, 2 usage,\n"
             "rule or I/O error.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    return ctx;
}

/* "-j2", "-fjson", "-oreport.md": GOption reads a short option's value only
 * from the next word, and would take "-j2" for "-j" then "-2".  Those who
 * type make's and grep's spelling get what they meant.  Returns a new
 * vector. */
static GStrv
fc_cli_split_attached(int argc, char **argv)
{
    static const char *const valued[] = {
        "--format",     "--output",   "--fail-on",        "--rules",  "--draft",
        "--stdin-name", "--baseline", "--write-baseline", "--claims", "--jobs"};
    GPtrArray *args = g_ptr_array_sized_new((guint)argc * 2 + 1);
    gboolean options = TRUE, value = FALSE; /* value: this word is an option's value */
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0)
            options = FALSE;
        gboolean attached = i > 0 && options && !value && a[0] == '-' && a[1] != '\0' &&
                            strchr("fordbcj", a[1]) != NULL && a[2] != '\0';
        value = a[0] == '-' && a[1] != '\0' && a[1] != '-' && a[2] == '\0' &&
                strchr("fordbcj", a[1]) != NULL;
        for (guint k = 0; k < G_N_ELEMENTS(valued) && !value; k++)
            value = strcmp(a, valued[k]) == 0;
        if (attached) {
            g_ptr_array_add(args, g_strndup(a, 2));
            g_ptr_array_add(args, g_strdup(a + 2));
        } else {
            g_ptr_array_add(args, g_strdup(a));
        }
    }
    g_ptr_array_add(args, NULL);
    return (GStrv)g_ptr_array_free(args, FALSE);
}

static gboolean
fc_cli_parse(int argc, char **argv, FcOptions *o)
{
    g_autoptr(GOptionContext) ctx = fc_cli_context(o);
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) args = fc_cli_split_attached(argc, argv);
    if (!g_option_context_parse_strv(ctx, &args, &error)) {
        fc_cli_error("%s (try --help)", error->message);
        return FALSE;
    }
    /* The command is the first word that is not an option, wherever the
     * options are: "factcheck --format=json claims corpus/". */
    if (o->paths != NULL && g_strcmp0(o->paths[0], "claims") == 0) {
        guint n = g_strv_length(o->paths); /* the NULL end moves too */
        o->claims_mode = TRUE;
        g_free(o->paths[0]);
        memmove(o->paths, o->paths + 1, n * sizeof(char *));
    }
    return TRUE;
}

/* The report formats; `claims` has its own. */
static const char *const fc_cli_formats[] = {"text", "json", "md", "html", "sarif", "github", NULL};
static const char *const fc_cli_claims_formats[] = {"text", "json", "jsonl", NULL};

static gboolean
fc_cli_validate(FcOptions *o)
{
    if (o->format == NULL)
        o->format = g_strdup("text");
    if (o->fail_on == NULL)
        o->fail_on = g_strdup("error");
    const char *const *formats = o->claims_mode ? fc_cli_claims_formats : fc_cli_formats;
    if (!g_strv_contains(formats, o->format)) {
        g_autofree char *list = g_strjoinv(", ", (char **)formats);
        fc_cli_error("unknown format '%s'%s (%s)", o->format, o->claims_mode ? " for claims" : "",
                     list);
        return FALSE;
    }
    if (o->jobs < 0 || o->jobs > 1024) {
        fc_cli_error("--jobs must be between 1 and 1024 (0: one per core)");
        return FALSE;
    }
    FcSeverity s;
    if (strcmp(o->fail_on, "never") != 0 && !fc_severity_parse(o->fail_on, &s)) {
        fc_cli_error("unknown --fail-on level '%s' (error, warning, info or never)", o->fail_on);
        return FALSE;
    }
    if ((o->paths == NULL || o->paths[0] == NULL) && o->drafts == NULL && o->claim_files == NULL) {
        fc_cli_error("no PATH given (try --help)");
        return FALSE;
    }
    if (o->claims_mode && (o->drafts || o->baseline || o->write_baseline)) {
        fc_cli_error("--draft, --baseline and --write-baseline check findings; 'claims' has none");
        return FALSE;
    }
    if (o->stdin_name == NULL)
        o->stdin_name = g_strdup("<stdin>");
    return TRUE;
}

/* The rules next to the binary when it runs from the build tree, the
 * installed rules otherwise. */
static char *
fc_cli_default_rules(void)
{
    g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
    g_autofree char *dir = exe != NULL ? g_path_get_dirname(exe) : NULL;
    if (dir != NULL && g_str_has_prefix(dir, FC_BUILD_ROOT) &&
        g_file_test(FC_SOURCE_RULES_DIR, G_FILE_TEST_IS_DIR))
        return g_strdup(FC_SOURCE_RULES_DIR);
    if (dir != NULL) {
        g_autofree char *rel = g_build_filename(dir, "..", FC_RELATIVE_RULES_DIR, NULL);
        if (g_file_test(rel, G_FILE_TEST_IS_DIR))
            return g_canonicalize_filename(rel, NULL);
    }
    if (g_file_test(FC_INSTALLED_RULES_DIR, G_FILE_TEST_IS_DIR))
        return g_strdup(FC_INSTALLED_RULES_DIR);
    return g_strdup(FC_SOURCE_RULES_DIR);
}

static FcRuleSet *
fc_cli_load_rules(const FcOptions *o)
{
    g_autofree char *fallback = NULL;
    const char *defaults[] = {NULL, NULL};
    const char *const *dirs = (const char *const *)o->rules;
    if (dirs == NULL) {
        defaults[0] = fallback = fc_cli_default_rules();
        dirs = defaults;
    }
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    FcRuleSet *rules = fc_ruleset_load(dirs, errors);
    /* A rule that fails its own examples would quietly miss or invent
     * claims: refuse it as the loader refuses a pattern that does not
     * compile. */
    if (rules != NULL && fc_rulecheck_all(rules, errors) > 0)
        g_clear_pointer(&rules, fc_ruleset_free);
    for (guint i = 0; i < errors->len; i++)
        fprintf(stderr, "%s\n", (const char *)g_ptr_array_index(errors, i));
    if (rules == NULL)
        fc_cli_error("%u problem%s in the rules; nothing checked", errors->len,
                     errors->len == 1 ? "" : "s");
    return rules;
}

/* Standard input as a draft, read as Markdown whatever --stdin-name says:
 * the name is only what reports call it. */
static FcDocument *
fc_cli_read_stdin(const FcOptions *o)
{
    g_autoptr(GByteArray) bytes = g_byte_array_new();
    guint8 buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
        g_byte_array_append(bytes, buf, (guint)n);
    if (ferror(stdin)) {
        fc_cli_error("cannot read standard input: %s", g_strerror(errno));
        return NULL;
    }
    FcDocument *doc = fc_corpus_parse("stdin.md", (const char *)bytes->data, bytes->len);
    g_free(doc->path);
    doc->path = g_strdup(o->stdin_name);
    return doc;
}

/* A draft that is also in the archive (a changed file of the checked-out
 * repository) is read once and marked, not compared with itself. */
static FcDocument *
fc_cli_find_document(const FcCorpus *corpus, const char *path)
{
    g_autofree char *want = g_canonicalize_filename(path, NULL);
    for (guint i = 0; i < corpus->documents->len; i++) {
        FcDocument *doc = g_ptr_array_index(corpus->documents, i);
        g_autofree char *have = g_canonicalize_filename(doc->path, NULL);
        if (strcmp(want, have) == 0)
            return doc;
    }
    return NULL;
}

/* Texts are released once their claims are taken (memory grows with
 * claims, not text), except for HTML, which shows every document. */
static gboolean
fc_cli_keeps_text(const FcOptions *o)
{
    return !o->claims_mode && strcmp(o->format, "html") == 0;
}

static char *
fc_cli_map_source(const GPtrArray *docs, const GPtrArray *claims, gpointer data)
{
    (void)data;
    return fc_claimfile_format(docs, claims);
}

static gboolean
fc_cli_emit(const char *text, gpointer data)
{
    return fc_output_write(data, text, strlen(text));
}

/* Loads and extracts corpus->sources[@first..] on the thread pool.  With
 * @stream, each source's claim lines go there instead of to @claims. */
static gboolean
fc_cli_pipeline(const FcOptions *o, const FcRuleSet *rules, FcCorpus *corpus, guint first,
                FcOutput *stream, GPtrArray *claims, GPtrArray *notes, GError **error)
{
    FcProgress progress;
    fc_progress_init(&progress, stderr, o->quiet);
    FcPipelineOptions po = {.jobs = (guint)o->jobs,
                            .keep_text = fc_cli_keeps_text(o),
                            .progress = fc_progress_update,
                            .progress_data = &progress,
                            .map = stream != NULL ? fc_cli_map_source : NULL,
                            .emit = fc_cli_emit,
                            .map_data = stream};
    return fc_pipeline_run(rules, corpus, first, &po, claims, notes, error);
}

/* One draft named by path: a document the PATHs already hold, or the file
 * read now.  NULL after an error message. */
static FcDocument *
fc_cli_draft_file(const FcOptions *o, const FcRuleSet *rules, FcCorpus *corpus, const char *path,
                  GPtrArray *claims, GPtrArray *notes)
{
    FcDocument *doc = fc_cli_find_document(corpus, path);
    if (doc != NULL)
        return doc;
    guint before = corpus->documents->len, first = corpus->sources->len;
    g_autoptr(GError) error = NULL;
    if (!fc_corpus_add_path(corpus, path, &error) ||
        !fc_cli_pipeline(o, rules, corpus, first, NULL, claims, notes, &error)) {
        fc_cli_error("%s", error->message);
        return NULL;
    }
    if (corpus->documents->len == before) {
        fc_cli_error("draft '%s' is not an article factcheck reads (see --help)", path);
        return NULL;
    }
    return g_ptr_array_index(corpus->documents, corpus->documents->len - 1);
}

/* Adds the drafts to @corpus, their claims to @claims and their paths
 * (interned, as claims carry them) to @drafts. */
static gboolean
fc_cli_read_drafts(const FcOptions *o, const FcRuleSet *rules, FcCorpus *corpus, GHashTable *drafts,
                   GPtrArray *claims, GPtrArray *notes)
{
    for (guint i = 0; o->drafts != NULL && o->drafts[i] != NULL; i++) {
        const char *path = o->drafts[i];
        FcDocument *doc;
        if (strcmp(path, "-") == 0) {
            doc = fc_cli_read_stdin(o);
            if (doc == NULL)
                return FALSE;
            g_ptr_array_add(corpus->documents, doc);
            fc_pipeline_extract_added(rules, corpus, corpus->documents->len - 1,
                                      fc_cli_keeps_text(o), claims, notes);
        } else if ((doc = fc_cli_draft_file(o, rules, corpus, path, claims, notes)) == NULL) {
            return FALSE;
        }
        g_hash_table_add(drafts, (gpointer)g_intern_string(doc->path));
    }
    return TRUE;
}

/* Walks the PATHs, then reads and extracts every document, the drafts
 * last.  Claims go to @claims, or their lines to @stream; NULL after an
 * error message. */
static FcCorpus *
fc_cli_read(const FcOptions *o, const FcRuleSet *rules, GHashTable *drafts, FcOutput *stream,
            GPtrArray *claims)
{
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GError) error = NULL;
    if (o->claim_files != NULL)
        fc_claimfile_read(o->claim_files, corpus, claims, &error);
    for (guint i = 0; o->paths != NULL && o->paths[i] != NULL && error == NULL; i++)
        fc_corpus_add_path(corpus, o->paths[i], &error);
    /* A named file that cannot be read stops the run (exit status 2);
     * folder members that cannot be read are warnings. */
    gboolean ok =
        error == NULL && fc_cli_pipeline(o, rules, corpus, 0, stream, claims, notes, &error);
    ok = ok && fc_cli_read_drafts(o, rules, corpus, drafts, claims, notes);
    for (guint i = 0; i < corpus->warnings->len; i++)
        fprintf(stderr, "%s\n", (const char *)g_ptr_array_index(corpus->warnings, i));
    for (guint i = 0; i < notes->len; i++)
        fprintf(stderr, "%s\n", (const char *)g_ptr_array_index(notes, i));
    if (error != NULL)
        fc_cli_error("%s", error->message);
    if (!ok)
        return NULL;
    if (corpus->documents->len == 0 && corpus->failed > 0) {
        fc_cli_error("nothing could be read (%u file%s failed)", corpus->failed,
                     corpus->failed == 1 ? "" : "s");
        return NULL;
    }
    if (corpus->documents->len == 0)
        fc_cli_error("no articles found (.md, .markdown, .txt, .html, .htm, .json, .jsonl, "
                     ".ndjson, or any of them .gz)");
    return g_steal_pointer(&corpus);
}

/* Reports a failed write the way every output does: the file by name, or
 * "the report" for standard output. */
static void
fc_cli_write_failed(const FcOptions *o, const GError *error)
{
    if (o->output != NULL)
        fc_cli_error("cannot write '%s': %s", o->output, error->message);
    else
        fc_cli_error("cannot write the report: %s", error->message);
}

/* @text, or with @text NULL the claim listing streamed from @report. */
static gboolean
fc_cli_write(const FcOptions *o, const char *text, const FcReport *report)
{
    g_autoptr(GError) error = NULL;
    FcOutput *out = fc_output_open(o->output, &error);
    if (out == NULL) {
        fc_cli_write_failed(o, error);
        return FALSE;
    }
    if (text != NULL)
        fc_output_write(out, text, strlen(text));
    else
        fc_claimfile_write(report->corpus, report->claims, out);
    if (!fc_output_commit(out, &error)) {
        fc_cli_write_failed(o, error);
        return FALSE;
    }
    return TRUE;
}

/* What the gate decides about the engine's findings: which are reported,
 * which were accepted (by a comment or the baseline), and the warnings
 * about suppressions themselves. */
typedef struct {
    GHashTable *drafts;    /* interned paths of the drafts; empty: no draft mode */
    GPtrArray *reported;   /* const FcFinding*, borrowed */
    GPtrArray *suppressed; /* FcSuppressed*, owned */
    GPtrArray *notices;    /* FcNotice*, owned */
    GPtrArray *accepted;   /* const FcFinding*: what --write-baseline records */
    guint baselined;       /* findings the baseline left out */
} FcGate;

static void
fc_gate_clear(FcGate *g)
{
    g_clear_pointer(&g->drafts, g_hash_table_unref);
    g_clear_pointer(&g->reported, g_ptr_array_unref);
    g_clear_pointer(&g->suppressed, g_ptr_array_unref);
    g_clear_pointer(&g->notices, g_ptr_array_unref);
    g_clear_pointer(&g->accepted, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcGate, fc_gate_clear)

static gboolean
fc_gate_in_draft(const FcGate *g, const FcFinding *f)
{
    if (g_hash_table_size(g->drafts) == 0)
        return TRUE;
    for (guint i = 0; i < f->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(f->claims, i);
        if (g_hash_table_contains(g->drafts, c->document))
            return TRUE;
    }
    return FALSE;
}

/* In draft mode a finding is shown at the draft's claim: that is the line
 * the editor can change, and where a CI annotation has to land. */
static void
fc_gate_draft_first(const FcGate *g, FcFinding *f)
{
    for (guint i = 0; i < f->claims->len; i++) {
        gpointer c = g_ptr_array_index(f->claims, i);
        if (i == 0 && g_hash_table_contains(g->drafts, ((const FcClaim *)c)->document))
            return;
        if (g_hash_table_contains(g->drafts, ((const FcClaim *)c)->document)) {
            g_ptr_array_remove_index(f->claims, i);
            g_ptr_array_insert(f->claims, 0, c);
            return;
        }
    }
}

static int
fc_gate_compare(gconstpointer a, gconstpointer b)
{
    return fc_finding_compare(*(const FcFinding *const *)a, *(const FcFinding *const *)b);
}

/* The findings that involve a draft, in report order. */
static GPtrArray *
fc_gate_select(const FcGate *g, GPtrArray *findings)
{
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < findings->len; i++) {
        FcFinding *f = g_ptr_array_index(findings, i);
        if (!fc_gate_in_draft(g, f))
            continue;
        g_ptr_array_add(out, f);
    }
    g_ptr_array_sort(out, fc_gate_compare);
    return out;
}

/* Suppressions and notices about archive articles are not the draft's
 * business. */
static void
fc_gate_drop_foreign(FcGate *g)
{
    if (g_hash_table_size(g->drafts) == 0)
        return;
    for (guint i = g->notices->len; i-- > 0;) {
        const FcNotice *n = g_ptr_array_index(g->notices, i);
        if (!g_hash_table_contains(g->drafts, g_intern_string(n->path)))
            g_ptr_array_remove_index(g->notices, i);
    }
    for (guint i = g->suppressed->len; i-- > 0;) {
        const FcSuppressed *s = g_ptr_array_index(g->suppressed, i);
        if (!fc_gate_in_draft(g, s->finding))
            g_ptr_array_remove_index(g->suppressed, i);
    }
}

static void
fc_gate_report_baseline(const FcBaseline *b, guint suppressed)
{
    fprintf(stderr, "factcheck: baseline '%s' suppressed %u finding%s\n", b->path, suppressed,
            suppressed == 1 ? "" : "s");
    g_autoptr(GPtrArray) stale = fc_baseline_stale(b);
    for (guint i = 0; i < stale->len; i++)
        fprintf(stderr,
                "factcheck: baseline '%s': stale entry %s (matches no finding; remove it "
                "or rewrite the baseline)\n",
                b->path, (const char *)g_ptr_array_index(stale, i));
}

/* Leaves out what the baseline accepted.  FALSE when it cannot be read. */
static gboolean
fc_gate_apply_baseline(FcGate *g, const char *path, GPtrArray *findings)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(FcBaseline) b = fc_baseline_load(path, &error);
    if (b == NULL) {
        fc_cli_error("%s", error->message);
        return FALSE;
    }
    g_autoptr(GPtrArray) kept = g_ptr_array_new();
    for (guint i = 0; i < findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(findings, i);
        if (!fc_baseline_match(b, f)) {
            g_ptr_array_add(kept, (gpointer)f);
            continue;
        }
        g->baselined++;
        FcSuppressed *s = g_new0(FcSuppressed, 1);
        s->finding = f;
        s->where = g_strdup(path);
        g_ptr_array_add(g->suppressed, s);
    }
    g_ptr_array_set_size(findings, 0);
    g_ptr_array_extend(findings, kept, NULL, NULL);
    fc_gate_report_baseline(b, g->baselined);
    return TRUE;
}

/* Inline suppressions, then the baseline, over every finding (so that a
 * suppression or baseline entry is only stale when nothing matches it),
 * then the draft's share of what is left. */
static gboolean
fc_gate_run(FcGate *g, const FcOptions *o, const FcCorpus *corpus, const FcRuleSet *rules,
            GPtrArray *findings)
{
    g->suppressed = g_ptr_array_new_with_free_func((GDestroyNotify)fc_suppressed_free);
    g->notices = g_ptr_array_new_with_free_func((GDestroyNotify)fc_notice_free);
    if (o->claims_mode) {
        g->accepted = g_ptr_array_new();
        g->reported = g_ptr_array_new();
        return TRUE;
    }
    for (guint i = 0; g_hash_table_size(g->drafts) > 0 && i < findings->len; i++)
        fc_gate_draft_first(g, g_ptr_array_index(findings, i));
    g_autoptr(GPtrArray) kept =
        fc_suppress_apply(corpus, rules, findings, g->suppressed, g->notices);
    g->accepted = fc_gate_select(g, kept);
    if (o->baseline != NULL && !fc_gate_apply_baseline(g, o->baseline, kept))
        return FALSE;
    g->reported = fc_gate_select(g, kept);
    fc_gate_drop_foreign(g);
    guint inline_count = g->suppressed->len - g->baselined;
    if (inline_count > 0)
        fprintf(stderr, "factcheck: %u finding%s suppressed by factcheck-disable comments\n",
                inline_count, inline_count == 1 ? "" : "s");
    for (guint i = 0; i < g->notices->len; i++) {
        const FcNotice *n = g_ptr_array_index(g->notices, i);
        fprintf(stderr, "factcheck: %s:%u: warning: [%s] %s\n", n->path, n->line, n->rule,
                n->message);
    }
    return TRUE;
}

static gboolean
fc_gate_write_baseline(const FcGate *g, const char *path)
{
    g_autofree char *text = fc_baseline_write(g->accepted);
    g_autoptr(GError) error = NULL;
    if (!g_file_set_contents(path, text, -1, &error)) {
        fc_cli_error("cannot write '%s': %s", path, error->message);
        return FALSE;
    }
    fprintf(stderr, "factcheck: wrote %u finding%s to the baseline '%s'\n", g->accepted->len,
            g->accepted->len == 1 ? "" : "s", path);
    return TRUE;
}

/* Notices about suppressions count as warnings. */
static int
fc_cli_status(const FcOptions *o, const FcGate *g)
{
    FcSeverity threshold;
    if (!fc_severity_parse(o->fail_on, &threshold))
        return FC_EXIT_OK;
    for (guint i = 0; i < g->reported->len; i++) {
        const FcFinding *f = g_ptr_array_index(g->reported, i);
        if (f->rule->severity >= threshold)
            return FC_EXIT_FINDINGS;
    }
    if (g->notices->len > 0 && threshold <= FC_SEVERITY_WARNING)
        return FC_EXIT_FINDINGS;
    return FC_EXIT_OK;
}

static char *
fc_cli_render(const FcOptions *o, const FcReport *report, const FcGate *g)
{
    if (o->claims_mode)
        return strcmp(o->format, "text") == 0 ? fc_report_claims_text(report)
                                              : fc_report_claims_json(report, FALSE);
    if (strcmp(o->format, "json") == 0)
        return fc_report_json(report);
    if (strcmp(o->format, "md") == 0)
        return fc_report_md(report);
    if (strcmp(o->format, "html") == 0)
        return fc_report_html(report);
    if (strcmp(o->format, "sarif") == 0)
        return fc_report_sarif(report, g->suppressed, g->notices);
    if (strcmp(o->format, "github") == 0)
        return fc_report_github(report, g->notices);
    return fc_report_text(report);
}

/* `claims --format=jsonl` over articles, the map step of a sharded run:
 * the workers format each source's lines, which are written in source
 * order as they come, so memory does not grow with the archive.  Nothing
 * is derived (the reduce does that). */
static int
fc_cli_map(const FcOptions *o, const FcRuleSet *rules)
{
    g_autoptr(GError) error = NULL;
    FcOutput *out = fc_output_open(o->output, &error);
    if (out == NULL) {
        fc_cli_write_failed(o, error);
        return FC_EXIT_ERROR;
    }
    g_autoptr(GHashTable) drafts = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(FcCorpus) corpus = fc_cli_read(o, rules, drafts, out, claims);
    if (corpus == NULL) {
        fc_output_discard(out);
        return FC_EXIT_ERROR;
    }
    if (!fc_output_commit(out, &error)) {
        fc_cli_write_failed(o, error);
        return FC_EXIT_ERROR;
    }
    return FC_EXIT_OK;
}

static int
fc_cli_main(FcOptions *o)
{
    g_autoptr(FcRuleSet) rules = fc_cli_load_rules(o);
    if (rules == NULL)
        return FC_EXIT_ERROR;
    /* A claim listing in JSON Lines is streamed; listing claim files again
     * needs them all first, to put them in document order. */
    gboolean stream = o->claims_mode && strcmp(o->format, "jsonl") == 0;
    if (stream && o->claim_files == NULL)
        return fc_cli_map(o, rules);
    g_auto(FcGate) gate = {0};
    gate.drafts = g_hash_table_new(g_direct_hash, g_direct_equal);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(FcCorpus) corpus = fc_cli_read(o, rules, gate.drafts, NULL, claims);
    if (corpus == NULL)
        return FC_EXIT_ERROR;
    /* The claim listing shows each article's names; the checks, one
     * company under all of them. */
    if (!o->claims_mode)
        fc_variant_merge(claims, rules->lexicon);
    g_autoptr(FcStore) store = fc_store_new(claims);
    if (!stream)
        fc_engine_derive(rules, store); /* derived claims are listed too */
    g_autoptr(GPtrArray) findings =
        o->claims_mode ? g_ptr_array_new() : fc_engine_run_jobs(rules, store, (guint)o->jobs);
    if (!fc_gate_run(&gate, o, corpus, rules, findings))
        return FC_EXIT_ERROR;
    FcReport report = {corpus, fc_store_claims(store), gate.reported, rules,
                       (const char *const *)(o->paths != NULL ? o->paths : o->claim_files)};
    g_autofree char *text = stream ? NULL : fc_cli_render(o, &report, &gate);
    if (!fc_cli_write(o, text, &report))
        return FC_EXIT_ERROR;
    if (o->write_baseline != NULL)
        return fc_gate_write_baseline(&gate, o->write_baseline) ? FC_EXIT_OK : FC_EXIT_ERROR;
    return o->claims_mode ? FC_EXIT_OK : fc_cli_status(o, &gate);
}

int
fc_cli_run(int argc, char **argv)
{
    g_auto(FcOptions) o = {0};
    if (!fc_cli_parse(argc, argv, &o))
        return FC_EXIT_ERROR;
    if (o.version) {
        printf("factcheck %s\n", FC_VERSION);
        return FC_EXIT_OK;
    }
    if (!fc_cli_validate(&o))
        return FC_EXIT_ERROR;
    return fc_cli_main(&o);
}
