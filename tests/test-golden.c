/* Golden reports (DESIGN.md §6): every fixtures/<case>/ folder holds
 * articles written for the case and the outputs a reviewer accepted.  Each
 * case runs the real binary ($FC_BINARY) in the case folder on the relative
 * path "articles", so that the reports contain "articles/x.md" wherever the
 * source tree lives, and compares byte for byte:
 *
 *     expected.json          factcheck --format=json articles
 *     expected.txt           factcheck articles
 *     expected-claims.json   factcheck claims --format=json articles (optional)
 *     expected.status        exit status of the two reports ("1")
 *     expected.stderr        what every run prints on stderr (absent: nothing)
 *
 * Every command runs twice: the output must not depend on the run.  With
 * FC_UPDATE_GOLDEN=1 the expected files are rewritten instead of compared;
 * review the diff before keeping it.
 */
#include <glib.h>
#include <glib/gstdio.h>

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

typedef struct {
    char *out;
    char *err;
    int status; /* exit status; -1 when the child did not exit normally */
} FcRun;

static void
fc_run_clear(FcRun *r)
{
    g_free(r->out);
    g_free(r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcRun, fc_run_clear)

typedef struct {
    const char *file;        /* expected output, in the case folder */
    const char *const *args; /* between the binary and "articles" */
    gboolean optional;       /* checked only where the file exists */
    gboolean findings;       /* exit status is expected.status (else 0) */
} FcGolden;

static const char *const fc_json_args[] = {"--format=json", NULL};
static const char *const fc_text_args[] = {NULL};
static const char *const fc_claims_args[] = {"claims", "--format=json", NULL};

static const FcGolden fc_goldens[] = {
    {"expected.json", fc_json_args, FALSE, TRUE},
    {"expected.txt", fc_text_args, FALSE, TRUE},
    {"expected-claims.json", fc_claims_args, TRUE, FALSE},
};

static const char *fc_binary;
static gboolean fc_update;
static char **fc_env;

/* The child's environment: the caller's, minus the debugging switch that
 * writes to stderr, and in the C locale so that system messages
 * (strerror) do not depend on who runs the tests. */
static char **
fc_child_environment(void)
{
    char **env = g_get_environ();
    env = g_environ_unsetenv(env, "FACTCHECK_DEBUG_TOKENS");
    env = g_environ_setenv(env, "LC_ALL", "C", TRUE);
    return env;
}

static void
fc_spawn(const char *dir, const char *const *args, FcRun *run)
{
    g_autoptr(GPtrArray) argv = g_ptr_array_new();
    g_ptr_array_add(argv, (gpointer)fc_binary);
    for (guint i = 0; args[i] != NULL; i++)
        g_ptr_array_add(argv, (gpointer)args[i]);
    g_ptr_array_add(argv, (gpointer) "articles");
    g_ptr_array_add(argv, NULL);
    g_autoptr(GError) error = NULL;
    int wait_status = 0;
    g_spawn_sync(dir, (char **)argv->pdata, fc_env, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                 &run->err, &wait_status, &error);
    g_assert_no_error(error);
    run->status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
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
fc_write(const char *path, const char *text)
{
    g_autoptr(GError) error = NULL;
    g_file_set_contents(path, text, -1, &error);
    g_assert_no_error(error);
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
            fc_write(path, actual);
        return;
    }
    g_autofree char *expected = fc_read_or_empty(path);
    if (strcmp(expected, actual) != 0)
        fc_report_mismatch(path, expected, actual);
}

static int
fc_expected_status(const char *case_dir)
{
    g_autofree char *path = g_build_filename(case_dir, "expected.status", NULL);
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_file_get_contents(path, &text, NULL, &error);
    g_assert_no_error(error);
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
        g_autofree char *path = g_build_filename(case_dir, "expected.status", NULL);
        g_autofree char *text = g_strdup_printf("%d\n", status);
        fc_write(path, text);
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
    g_auto(FcRun) first = {0};
    g_auto(FcRun) second = {0};
    fc_spawn(work_dir, g->args, &first);
    fc_spawn(work_dir, g->args, &second);
    if (strcmp(first.out, second.out) != 0 || strcmp(first.err, second.err) != 0 ||
        first.status != second.status)
        g_test_fail_printf("%s: two runs of the same command differ", path);
    fc_check_text(case_dir, g->file, first.out);
    fc_check_text(case_dir, "expected.stderr", first.err);
    fc_check_status(case_dir, g, first.status);
}

/* The README says in one line what the case proves. */
static void
fc_check_readme(const char *case_dir)
{
    g_autofree char *path = g_build_filename(case_dir, "README", NULL);
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_file_get_contents(path, &text, NULL, &error);
    g_assert_no_error(error);
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
    g_autoptr(GError) error = NULL;
    char *tmp = g_dir_make_tmp("fc-golden-XXXXXX", &error);
    g_assert_no_error(error);
    g_autofree char *empty = g_build_filename(tmp, "articles", NULL);
    g_assert_cmpint(g_mkdir(empty, 0700), ==, 0);
    return tmp;
}

static void
fc_remove_work_dir(const char *tmp)
{
    g_autofree char *empty = g_build_filename(tmp, "articles", NULL);
    g_rmdir(empty);
    g_rmdir(tmp);
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
        fc_remove_work_dir(scratch);
}

static int
fc_compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The case folders, sorted so that the TAP output has a stable order. */
static GPtrArray *
fc_list_cases(const char *fixtures)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GDir) dir = g_dir_open(fixtures, 0, &error);
    g_assert_no_error(error);
    GPtrArray *cases = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(dir)) != NULL) {
        g_autofree char *path = g_build_filename(fixtures, name, NULL);
        if (name[0] != '.' && g_file_test(path, G_FILE_TEST_IS_DIR))
            g_ptr_array_add(cases, g_strdup(name));
    }
    g_ptr_array_sort(cases, fc_compare_names);
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
    fc_binary = g_getenv("FC_BINARY");
    if (root == NULL || fc_binary == NULL) {
        g_printerr("FC_SOURCE_ROOT and FC_BINARY must be set (meson test sets them)\n");
        return 1;
    }
    fc_update = g_strcmp0(g_getenv("FC_UPDATE_GOLDEN"), "1") == 0;
    fc_env = fc_child_environment();
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
    int rc = g_test_run();
    g_strfreev(fc_env);
    return rc;
}
