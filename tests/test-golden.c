/* Golden reports (DESIGN.md §6): every fixtures/<case>/ folder holds
 * articles written for the case and the outputs a reviewer accepted.  Each
 * case runs the real binary ($FC_BINARY) in the case folder on the relative
 * path "articles", so that the reports contain "articles/x.md" wherever the
 * source tree lives, and compares byte for byte:
 *
 *     expected.json          factcheck --format=json articles
 *     expected.txt           factcheck articles
 *     expected-claims.json   factcheck claims --format=json articles (optional)
 *     expected-report.md     factcheck --format=md articles
 *     expected-report.html   factcheck --format=html articles
 *     expected.status        exit status of the two reports ("1")
 *     expected.stderr        what every run prints on stderr (absent: nothing)
 *
 * The Markdown and HTML reports name the rules folder, which is the source
 * tree's own: it is stored as "@RULES@" so that the files do not depend on
 * where the tree is checked out.
 *
 * Every command runs twice: the output must not depend on the run.  With
 * FC_UPDATE_GOLDEN=1 the expected files are rewritten instead of compared;
 * review the diff before keeping it.
 */
#include "fc-escape.h"
#include "fc-test.h"

#include <glib.h>
#include <glib/gstdio.h>

#include <locale.h>
#include <string.h>

typedef struct {
    const char *file;        /* expected output, in the case folder */
    const char *const *args; /* after the binary */
    gboolean optional;       /* checked only where the file exists */
    gboolean findings;       /* exit status is expected.status (else 0) */
} FcGolden;

static const char *const fc_json_args[] = {"--format=json", "articles", NULL};
static const char *const fc_text_args[] = {"articles", NULL};
static const char *const fc_claims_args[] = {"claims", "--format=json", "articles", NULL};
static const char *const fc_md_args[] = {"--format=md", "articles", NULL};
static const char *const fc_html_args[] = {"--format=html", "articles", NULL};

static const FcGolden fc_goldens[] = {
    {"expected.json", fc_json_args, FALSE, TRUE},
    {"expected.txt", fc_text_args, FALSE, TRUE},
    {"expected-claims.json", fc_claims_args, TRUE, FALSE},
    {"expected-report.md", fc_md_args, FALSE, TRUE},
    {"expected-report.html", fc_html_args, FALSE, TRUE},
};

static gboolean fc_update;
static char *fc_rules_dir; /* the default rules folder, as the binary names it */

/* @text with every occurrence of @from replaced by @to.  Newly allocated. */
static char *
fc_replace(const char *text, const char *from, const char *to)
{
    g_auto(GStrv) parts = g_strsplit(text, from, -1);
    return g_strjoinv(to, parts);
}

/* The reports with the rules folder, raw or escaped, as "@RULES@". */
static char *
fc_normalise(const char *text)
{
    g_autofree char *md = fc_escape_md(fc_rules_dir);
    g_autofree char *html = fc_escape_html(fc_rules_dir);
    g_autofree char *a = fc_replace(text, md, "@RULES@");
    g_autofree char *b = fc_replace(a, html, "@RULES@");
    return fc_replace(b, fc_rules_dir, "@RULES@");
}

/* Line @n (1-based) of @text without its newline, or NULL past the end. */
static char *
fc_line(const char *text, guint n)
{
    const char *p = text;
    for (guint i = 1; i < n; i++) {
        p = strchr(p, '\n');
        if (p == NULL || *++p == '\0')
            return NULL;
    }
    if (*p == '\0')
        return NULL;
    const char *end = strchr(p, '\n');
    return end != NULL ? g_strndup(p, (gsize)(end - p)) : g_strdup(p);
}

/* Where two texts first differ, as a line number (1-based). */
static guint
fc_first_difference(const char *a, const char *b)
{
    guint line = 1;
    for (; *a != '\0' && *a == *b; a++, b++)
        if (*a == '\n')
            line++;
    return line;
}

/* A short diff-like account: the first differing line of each side. */
static void
fc_report_mismatch(const char *what, const char *expected, const char *actual)
{
    guint n = fc_first_difference(expected, actual);
    g_autofree char *want = fc_line(expected, n);
    g_autofree char *got = fc_line(actual, n);
    g_test_message("%s differs from line %u on:", what, n);
    g_test_message("-%s", want != NULL ? want : "(end of file)");
    g_test_message("+%s", got != NULL ? got : "(end of file)");
    g_test_fail_printf("%s: output differs (line %u); FC_UPDATE_GOLDEN=1 rewrites it", what, n);
}

static char *
fc_read_or_empty(const char *path)
{
    char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, NULL))
        return g_strdup("");
    return text;
}

static void
fc_check_text(const char *case_dir, const char *file, const char *actual)
{
    g_autofree char *path = g_build_filename(case_dir, file, NULL);
    if (fc_update) {
        /* An empty stderr is stored as no file at all. */
        if (*actual == '\0' && g_str_has_suffix(file, ".stderr"))
            g_remove(path);
        else
            fc_test_write_file(case_dir, file, actual);
        return;
    }
    g_autofree char *expected = fc_read_or_empty(path);
    if (strcmp(expected, actual) != 0)
        fc_report_mismatch(path, expected, actual);
}

static int
fc_expected_status(const char *case_dir)
{
    g_autofree char *text = fc_test_read_file(case_dir, "expected.status");
    return (int)g_ascii_strtoll(text, NULL, 10);
}

static void
fc_check_status(const char *case_dir, const FcGolden *g, int status)
{
    if (!g->findings) {
        g_assert_cmpint(status, ==, 0); /* listing claims never fails */
        return;
    }
    if (fc_update) {
        g_autofree char *text = g_strdup_printf("%d\n", status);
        fc_test_write_file(case_dir, "expected.status", text);
        return;
    }
    int want = fc_expected_status(case_dir);
    if (status != want)
        g_test_fail_printf("%s: %s exits %d, expected %d", case_dir, g->file, status, want);
}

/* Runs one command twice in @work_dir and checks it against the files of
 * @case_dir. */
static void
fc_check_golden(const char *case_dir, const char *work_dir, const FcGolden *g)
{
    g_autofree char *path = g_build_filename(case_dir, g->file, NULL);
    if (g->optional && !g_file_test(path, G_FILE_TEST_EXISTS))
        return;
    g_auto(FcTestRun) first = {0};
    g_auto(FcTestRun) second = {0};
    fc_test_spawnv(&first, work_dir, g->args);
    fc_test_spawnv(&second, work_dir, g->args);
    if (strcmp(first.out, second.out) != 0 || strcmp(first.err, second.err) != 0 ||
        first.status != second.status)
        g_test_fail_printf("%s: two runs of the same command differ", path);
    g_autofree char *out = fc_normalise(first.out);
    fc_check_text(case_dir, g->file, out);
    fc_check_text(case_dir, "expected.stderr", first.err);
    fc_check_status(case_dir, g, first.status);
}

/* The README says in one line what the case proves. */
static void
fc_check_readme(const char *case_dir)
{
    g_autofree char *text = fc_test_read_file(case_dir, "README");
    g_strchomp(text);
    g_assert_cmpstr(text, !=, "");
    g_assert_null(strchr(text, '\n'));
}

/* Git cannot store an empty folder, so a case without articles runs in a
 * scratch folder holding an empty "articles". */
static char *
fc_work_dir(const char *case_dir)
{
    g_autofree char *articles = g_build_filename(case_dir, "articles", NULL);
    if (g_file_test(articles, G_FILE_TEST_IS_DIR))
        return NULL;
    char *tmp = fc_test_make_dir("fc-golden-XXXXXX");
    g_autofree char *empty = g_build_filename(tmp, "articles", NULL);
    g_assert_cmpint(g_mkdir(empty, 0700), ==, 0);
    return tmp;
}

static void
test_case(gconstpointer data)
{
    const char *case_dir = data;
    fc_check_readme(case_dir);
    g_autofree char *scratch = fc_work_dir(case_dir);
    for (guint i = 0; i < G_N_ELEMENTS(fc_goldens); i++)
        fc_check_golden(case_dir, scratch != NULL ? scratch : case_dir, &fc_goldens[i]);
    if (scratch != NULL)
        fc_test_remove_tree(scratch);
}

/* The case folders, sorted so that the TAP output has a stable order. */
static GPtrArray *
fc_list_cases(const char *fixtures)
{
    g_autoptr(GPtrArray) names = fc_test_list_dir(fixtures);
    GPtrArray *cases = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        g_autofree char *path = g_build_filename(fixtures, name, NULL);
        if (name[0] != '.' && g_file_test(path, G_FILE_TEST_IS_DIR))
            g_ptr_array_add(cases, g_strdup(name));
    }
    return cases;
}

int
main(int argc, char **argv)
{
    /* Mismatch messages quote reports ("€14bn"): print them in the
     * terminal's charset rather than as '?'. */
    setlocale(LC_ALL, "");
    g_test_init(&argc, &argv, NULL);
    const char *root = g_getenv("FC_SOURCE_ROOT");
    if (root == NULL || g_getenv("FC_BINARY") == NULL) {
        g_printerr("FC_SOURCE_ROOT and FC_BINARY must be set (meson test sets them)\n");
        return 1;
    }
    fc_update = g_strcmp0(g_getenv("FC_UPDATE_GOLDEN"), "1") == 0;
    fc_rules_dir = g_build_filename(root, "rules", NULL);
    g_autofree char *fixtures = g_build_filename(root, "fixtures", NULL);
    g_autoptr(GPtrArray) cases = fc_list_cases(fixtures);
    g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < cases->len; i++) {
        const char *name = g_ptr_array_index(cases, i);
        char *dir = g_build_filename(fixtures, name, NULL);
        g_ptr_array_add(dirs, dir);
        g_autofree char *test = g_strconcat("/golden/", name, NULL);
        g_test_add_data_func(test, dir, test_case);
    }
    int status = g_test_run();
    g_free(fc_rules_dir);
    return status;
}
