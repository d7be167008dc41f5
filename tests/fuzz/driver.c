/* driver: runs one fuzz target over seed corpora without libFuzzer.
 *
 *     fuzz-<target>-seeds FOLDER_OR_FILE...
 *
 * Every regular file named, or found directly in a named folder, is passed
 * to LLVMFuzzerTestOneInput() once, in bytewise name order.  A crash or a
 * failed FUZZ_CHECK aborts the program, so the test fails with the input's
 * name as the last line printed.  A folder without files is an error: a
 * test that silently checks nothing would pass forever. */
#include "fuzz.h"

#include <glib.h>

#include <string.h>

static gboolean
run_file(const char *path, guint *count)
{
    g_autofree char *bytes = NULL;
    gsize len = 0;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(path, &bytes, &len, &error)) {
        g_printerr("%s\n", error->message);
        return FALSE;
    }
    /* Printed before the run, so that a crash names its input. */
    printf("%s\n", path);
    fflush(stdout);
    /* A copy of exactly @len bytes, so that ASan and valgrind see a read
     * past the end as one, as libFuzzer's own buffers would; never NULL,
     * as libFuzzer's never is, even when empty. */
    g_autofree uint8_t *copy = g_malloc(len > 0 ? len : 1);
    memcpy(copy, bytes, len);
    LLVMFuzzerTestOneInput(copy, len);
    (*count)++;
    return TRUE;
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static gboolean
run_folder(const char *dir, guint *count)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GDir) d = g_dir_open(dir, 0, &error);
    if (d == NULL) {
        g_printerr("%s\n", error->message);
        return FALSE;
    }
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL)
        g_ptr_array_add(names, g_build_filename(dir, name, NULL));
    g_ptr_array_sort(names, compare_names);
    guint before = *count;
    for (guint i = 0; i < names->len; i++) {
        const char *path = g_ptr_array_index(names, i);
        if (g_file_test(path, G_FILE_TEST_IS_REGULAR) && !run_file(path, count))
            return FALSE;
    }
    if (*count == before) {
        g_printerr("%s: no seed files\n", dir);
        return FALSE;
    }
    return TRUE;
}

int
main(int argc, char **argv)
{
    guint count = 0;
    for (int i = 1; i < argc; i++) {
        gboolean ok = g_file_test(argv[i], G_FILE_TEST_IS_DIR) ? run_folder(argv[i], &count)
                                                                : run_file(argv[i], &count);
        if (!ok)
            return 1;
    }
    printf("%u inputs\n", count);
    return count > 0 ? 0 : 1;
}
