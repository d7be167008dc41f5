#include "fc-cli.h"

#include "config.h"
#include "fc-corpus.h"
#include "fc-engine.h"
#include "fc-extract.h"
#include "fc-report.h"
#include "fc-ruleset.h"
#include "fc-store.h"

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
} FcOptions;

static void
fc_options_clear(FcOptions *o)
{
    g_free(o->format);
    g_free(o->output);
    g_free(o->fail_on);
    g_strfreev(o->rules);
    g_strfreev(o->paths);
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
         "Output format: text, json, md or html (claims: text, json or jsonl)", "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
         "Write the report to FILE (atomically) instead of standard output", "FILE"},
        {"fail-on", 0, 0, G_OPTION_ARG_STRING, &o->fail_on,
         "Exit 1 when a finding reaches error, warning or info; never: always 0 "
         "(default: error)",
         "LEVEL"},
        {"rules", 'r', 0, G_OPTION_ARG_FILENAME_ARRAY, &o->rules,
         "Rules folder; the first replaces the default, more add to it", "DIR"},
        {"version", 'V', 0, G_OPTION_ARG_NONE, &o->version, "Print the version and exit", NULL},
        {G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->paths, NULL, "PATH…"},
        {NULL, 0, 0, 0, NULL, NULL, NULL}};
    GOptionContext *ctx = g_option_context_new("[claims] PATH… — cross-check claims in articles");
    g_option_context_set_summary(
        ctx, "Reads .md and .txt articles (files or folders), extracts funding claims,\n"
             "groups them by entity and attribute and reports what does not hold together.\n"
             "With 'claims' it lists every extracted claim instead.");
    g_option_context_set_description(
        ctx, "Exit status: 0 no finding at or above --fail-on, 1 at least one, 2 usage,\n"
             "rule or I/O error.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    return ctx;
}

static gboolean
fc_cli_parse(int argc, char **argv, FcOptions *o)
{
    g_autoptr(GOptionContext) ctx = fc_cli_context(o);
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) args = g_new0(char *, (gsize)argc + 1);
    guint n = 0;
    for (int i = 0; i < argc; i++) {
        if (i == 1 && strcmp(argv[i], "claims") == 0) {
            o->claims_mode = TRUE;
            continue;
        }
        args[n++] = g_strdup(argv[i]);
    }
    if (!g_option_context_parse_strv(ctx, &args, &error)) {
        fc_cli_error("%s (try --help)", error->message);
        return FALSE;
    }
    return TRUE;
}

/* The report formats; `claims` has its own. */
static const char *const fc_cli_formats[] = {"text", "json", "md", "html", NULL};
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
    FcSeverity s;
    if (strcmp(o->fail_on, "never") != 0 && !fc_severity_parse(o->fail_on, &s)) {
        fc_cli_error("unknown --fail-on level '%s' (error, warning, info or never)", o->fail_on);
        return FALSE;
    }
    if (o->paths == NULL || o->paths[0] == NULL) {
        fc_cli_error("no PATH given (try --help)");
        return FALSE;
    }
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
    for (guint i = 0; i < errors->len; i++)
        fprintf(stderr, "%s\n", (const char *)g_ptr_array_index(errors, i));
    if (rules == NULL)
        fc_cli_error("%u problem%s in the rules; nothing checked", errors->len,
                     errors->len == 1 ? "" : "s");
    return rules;
}

static FcCorpus *
fc_cli_read(const FcOptions *o)
{
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    for (guint i = 0; o->paths[i] != NULL; i++) {
        g_autoptr(GError) error = NULL;
        if (!fc_corpus_add_path(corpus, o->paths[i], &error)) {
            fc_cli_error("%s", error->message);
            return NULL;
        }
    }
    for (guint i = 0; i < corpus->warnings->len; i++)
        fprintf(stderr, "%s\n", (const char *)g_ptr_array_index(corpus->warnings, i));
    if (corpus->documents->len == 0)
        fc_cli_error("no .md or .txt documents found");
    return g_steal_pointer(&corpus);
}

/* Texts are released once their claims are taken (memory grows with
 * claims, not text), except for HTML, which shows every document. */
static GPtrArray *
fc_cli_extract(const FcRuleSet *rules, FcCorpus *corpus, gboolean keep_text)
{
    GPtrArray *claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcExtractor) ex = fc_extractor_new(rules);
    for (guint i = 0; i < corpus->documents->len; i++) {
        FcDocument *doc = g_ptr_array_index(corpus->documents, i);
        fc_extract_document(ex, doc, i, claims, notes);
        if (!keep_text)
            fc_document_release_text(doc);
    }
    for (guint i = 0; i < notes->len; i++)
        fprintf(stderr, "%s\n", (const char *)g_ptr_array_index(notes, i));
    return claims;
}

static gboolean
fc_cli_write(const FcOptions *o, const char *text)
{
    if (o->output != NULL) {
        g_autoptr(GError) error = NULL;
        if (!g_file_set_contents(o->output, text, -1, &error)) {
            fc_cli_error("cannot write '%s': %s", o->output, error->message);
            return FALSE;
        }
        return TRUE;
    }
    size_t n = strlen(text);
    if (fwrite(text, 1, n, stdout) != n || fflush(stdout) != 0) {
        fc_cli_error("cannot write the report: %s", g_strerror(errno));
        return FALSE;
    }
    return TRUE;
}

static int
fc_cli_status(const FcOptions *o, const GPtrArray *findings)
{
    FcSeverity threshold;
    if (!fc_severity_parse(o->fail_on, &threshold))
        return FC_EXIT_OK;
    for (guint i = 0; i < findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(findings, i);
        if (f->rule->severity >= threshold)
            return FC_EXIT_FINDINGS;
    }
    return FC_EXIT_OK;
}

static char *
fc_cli_render(const FcOptions *o, const FcReport *report)
{
    if (o->claims_mode)
        return strcmp(o->format, "text") == 0
                   ? fc_report_claims_text(report)
                   : fc_report_claims_json(report, strcmp(o->format, "jsonl") == 0);
    if (strcmp(o->format, "json") == 0)
        return fc_report_json(report);
    if (strcmp(o->format, "md") == 0)
        return fc_report_md(report);
    if (strcmp(o->format, "html") == 0)
        return fc_report_html(report);
    return fc_report_text(report);
}

static int
fc_cli_main(FcOptions *o)
{
    g_autoptr(FcRuleSet) rules = fc_cli_load_rules(o);
    if (rules == NULL)
        return FC_EXIT_ERROR;
    g_autoptr(FcCorpus) corpus = fc_cli_read(o);
    if (corpus == NULL)
        return FC_EXIT_ERROR;
    gboolean html = !o->claims_mode && strcmp(o->format, "html") == 0;
    g_autoptr(GPtrArray) claims = fc_cli_extract(rules, corpus, html);
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_autoptr(GPtrArray) findings =
        o->claims_mode ? g_ptr_array_new() : fc_engine_run(rules, store);
    FcReport report = {corpus, fc_store_claims(store), findings, rules,
                       (const char *const *)o->paths};
    g_autofree char *text = fc_cli_render(o, &report);
    if (!fc_cli_write(o, text))
        return FC_EXIT_ERROR;
    return o->claims_mode ? FC_EXIT_OK : fc_cli_status(o, findings);
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
