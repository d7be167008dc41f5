/* Every kind of bad file an archive holds (issue 6): what the corpus API
 * makes of it, and what the binary prints and exits with.  Each test
 * builds its files in a scratch folder at run time, since permissions,
 * links, FIFOs, vanishing files and odd names cannot live in git.
 *
 * Permission tests run the binary as "nobody" through setpriv(1) when the
 * tests run as root (as CI does), since root reads everything; they are
 * skipped only when neither works. */
#include "fc-corpus.h"
#include "fc-test.h"
#include "fc-walk.h"

#include <glib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FC_ARTICLE "---\ndate: 2025-03\n---\nCohere raised $500 million.\n"

/* ---- helpers ----------------------------------------------------------- */

/* A scratch folder others may enter, so that "nobody" can read it too. */
static char *
bad_make_dir(void)
{
    char *dir = fc_test_make_dir("fc-bad-XXXXXX");
    g_assert_cmpint(g_chmod(dir, 0755), ==, 0);
    return dir;
}

/* @len bytes (-1: up to the NUL) to @relative under @dir, folders made on
 * the way, everything readable by all. */
static char *
bad_write(const char *dir, const char *relative, const char *bytes, gssize len)
{
    char *path = g_build_filename(dir, relative, NULL);
    g_autofree char *parent = g_path_get_dirname(path);
    g_assert_cmpint(g_mkdir_with_parents(parent, 0755), ==, 0);
    g_autoptr(GError) error = NULL;
    g_file_set_contents_full(path, bytes, len, G_FILE_SET_CONTENTS_NONE, 0644, &error);
    g_assert_no_error(error);
    return path;
}

static void
bad_put(const char *dir, const char *relative, const char *bytes, gssize len)
{
    g_free(bad_write(dir, relative, bytes, len));
}

/* @text as UTF-16 (ASCII only), with a byte-order mark when @bom. */
static GByteArray *
bad_utf16(const char *text, gboolean big_endian, gboolean bom)
{
    GByteArray *out = g_byte_array_new();
    if (bom)
        g_byte_array_append(out, (const guint8 *)(big_endian ? "\xFE\xFF" : "\xFF\xFE"), 2);
    for (const char *p = text; *p != '\0'; p++) {
        guint8 unit[2] = {big_endian ? 0 : (guint8)*p, big_endian ? (guint8)*p : 0};
        g_byte_array_append(out, unit, 2);
    }
    return out;
}

/* Loads the single file @path through the API. */
typedef struct {
    FcCorpus *corpus;
    gboolean ok;
    GError *error;
} BadLoad;

static void
bad_load_clear(BadLoad *l)
{
    g_clear_pointer(&l->corpus, fc_corpus_free);
    g_clear_error(&l->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(BadLoad, bad_load_clear)

static void
bad_load(BadLoad *l, const char *path)
{
    l->corpus = fc_corpus_new();
    l->ok =
        fc_corpus_add_path(l->corpus, path, &l->error) && fc_corpus_load_all(l->corpus, &l->error);
}

static const char *
bad_warning(const BadLoad *l, guint i)
{
    g_assert_cmpuint(i, <, l->corpus->warnings->len);
    return g_ptr_array_index(l->corpus->warnings, i);
}

static void
bad_assert_warning(const BadLoad *l, guint i, const char *path, const char *what)
{
    g_autofree char *want = g_strdup_printf("factcheck: '%s': %s", path, what);
    g_assert_cmpstr(bad_warning(l, i), ==, want);
}

static const FcDocument *
bad_doc(const BadLoad *l, guint i)
{
    g_assert_cmpuint(i, <, l->corpus->documents->len);
    return g_ptr_array_index(l->corpus->documents, i);
}

/* Root reads every file whatever its mode; a permission test then runs
 * the binary as nobody.  NULL: run as we are. */
static gboolean
bad_can_deny(const char **runner)
{
    *runner = NULL;
    if (geteuid() != 0)
        return TRUE;
    g_autofree char *setpriv = g_find_program_in_path("setpriv");
    if (setpriv == NULL)
        return FALSE;
    static char *found;
    if (found == NULL)
        found = g_steal_pointer(&setpriv);
    *runner = found;
    return TRUE;
}

/* fc_test_spawnv(), but as nobody when @runner is setpriv. */
static void
bad_spawn(FcTestRun *run, const char *runner, const char *dir, const char *const *args)
{
    if (runner == NULL) {
        fc_test_spawnv(run, dir, args);
        return;
    }
    g_autoptr(GPtrArray) argv = g_ptr_array_new();
    const char *prefix[] = {runner, "--reuid=65534",      "--regid=65534", "--clear-groups",
                            "--",   g_getenv("FC_BINARY")};
    for (guint i = 0; i < G_N_ELEMENTS(prefix); i++)
        g_ptr_array_add(argv, (gpointer)prefix[i]);
    for (guint i = 0; args[i] != NULL; i++)
        g_ptr_array_add(argv, (gpointer)args[i]);
    g_ptr_array_add(argv, NULL);
    g_auto(GStrv) env = g_get_environ();
    env = g_environ_setenv(env, "LC_ALL", "C", TRUE);
    env = g_environ_unsetenv(env, "FACTCHECK_DEBUG_TOKENS");
    g_autoptr(GError) error = NULL;
    int wait_status = 0;
    g_spawn_sync(dir, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err,
                 &wait_status, &error);
    g_assert_no_error(error);
    run->status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
}

/* A file of @size bytes that takes no disk: a hole. */
static char *
bad_sparse(const char *dir, const char *name, goffset size)
{
    char *path = g_build_filename(dir, name, NULL);
    g_autofree char *parent = g_path_get_dirname(path);
    g_assert_cmpint(g_mkdir_with_parents(parent, 0755), ==, 0);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    g_assert_cmpint(fd, >=, 0);
    g_assert_cmpint(ftruncate(fd, size), ==, 0);
    close(fd);
    return path;
}

static void
bad_remove(const char *dir)
{
    /* rm(1) also removes trees deeper than PATH_MAX, which
     * fc_test_remove_tree() reaches by path and cannot. */
    const char *argv[] = {"rm", "-rf", dir, NULL};
    int status = 0;
    g_spawn_sync(NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                 NULL);
    g_assert_false(g_file_test(dir, G_FILE_TEST_EXISTS));
}

/* ---- encodings ----------------------------------------------------------- */

static void
test_utf16_bom(void)
{
    g_autofree char *dir = bad_make_dir();
    for (guint be = 0; be < 2; be++) {
        g_autoptr(GByteArray) bytes = bad_utf16(FC_ARTICLE, be, TRUE);
        g_autofree char *path =
            bad_write(dir, be ? "be.md" : "le.md", (const char *)bytes->data, bytes->len);
        g_auto(BadLoad) l = {0};
        bad_load(&l, path);
        g_assert_true(l.ok);
        const FcDocument *doc = bad_doc(&l, 0);
        /* Front matter read, line structure kept, the mark dropped. */
        g_assert_cmpstr(doc->date_text, ==, "2025-03");
        g_assert_cmpuint(doc->line_starts->len, ==, 5);
        g_assert_nonnull(strstr(doc->text, "Cohere raised $500 million.\n"));
        g_assert_cmpuint(doc->len, ==, strlen(FC_ARTICLE));
        bad_assert_warning(&l, 0, path,
                           be ? "read as UTF-16BE (byte-order mark)"
                              : "read as UTF-16LE (byte-order mark)");
        g_assert_cmpuint(l.corpus->warnings->len, ==, 1);
    }
    fc_test_remove_tree(dir);
}

static void
test_utf16_no_bom(void)
{
    g_autofree char *dir = bad_make_dir();
    for (guint be = 0; be < 2; be++) {
        g_autoptr(GByteArray) bytes = bad_utf16(FC_ARTICLE, be, FALSE);
        g_autofree char *path = bad_write(dir, "a.txt", (const char *)bytes->data, bytes->len);
        g_auto(BadLoad) l = {0};
        bad_load(&l, path);
        g_assert_true(l.ok);
        g_assert_cmpstr(bad_doc(&l, 0)->date_text, ==, "2025-03");
        g_autofree char *want = g_strdup_printf(
            "read as UTF-16%s (no byte-order mark; guessed from its NULs)", be ? "BE" : "LE");
        bad_assert_warning(&l, 0, path, want);
    }
    fc_test_remove_tree(dir);
}

static void
test_utf16_damaged(void)
{
    g_autofree char *dir = bad_make_dir();
    g_autoptr(GByteArray) bytes = bad_utf16("Hi there, ", FALSE, TRUE);
    /* An unpaired high surrogate, a real pair (U+1F600), an odd last byte. */
    g_byte_array_append(bytes,
                        (const guint8 *)"\x3D\xD8"
                                        "A\0"
                                        "\x3D\xD8\x00\xDE"
                                        "!",
                        9);
    g_autofree char *path = bad_write(dir, "d.md", (const char *)bytes->data, bytes->len);
    g_auto(BadLoad) l = {0};
    bad_load(&l, path);
    g_assert_cmpstr(bad_doc(&l, 0)->text, ==, "Hi there, ?A\xF0\x9F\x98\x80?");
    bad_assert_warning(&l, 0, path, "read as UTF-16LE (byte-order mark)");
    bad_assert_warning(&l, 1, path, "invalid UTF-16 repaired (2 units)");
    g_assert_cmpuint(bad_doc(&l, 0)->repaired, ==, 2);
    fc_test_remove_tree(dir);
}

static void
test_invalid_utf8(void)
{
    g_autofree char *dir = bad_make_dir();
    g_autofree char *path = bad_write(dir, "x.md", "caf\xE9 \xFF\xFE ok", -1);
    g_auto(BadLoad) l = {0};
    bad_load(&l, path);
    g_assert_cmpstr(bad_doc(&l, 0)->text, ==, "caf? ?? ok");
    bad_assert_warning(&l, 0, path, "invalid UTF-8 repaired (2 sequences)");
    fc_test_remove_tree(dir);
}

static void
test_nul_bytes(void)
{
    g_autofree char *dir = bad_make_dir();
    static const char text[] = "Cohere\0raised $500\0million.\n";
    g_autofree char *path = bad_write(dir, "n.md", text, sizeof text - 1);
    g_auto(BadLoad) l = {0};
    bad_load(&l, path);
    g_assert_cmpstr(bad_doc(&l, 0)->text, ==, "Cohere raised $500 million.\n");
    bad_assert_warning(&l, 0, path, "2 NUL bytes read as spaces");
    g_assert_cmpuint(l.corpus->warnings->len, ==, 1);
    fc_test_remove_tree(dir);
}

/* A half-written file: text, then the zeros of a crash. Still text. */
static void
test_nul_tail(void)
{
    g_autofree char *dir = bad_make_dir();
    char bytes[20000] = {0};
    memcpy(bytes, FC_ARTICLE, strlen(FC_ARTICLE));
    g_autofree char *path = bad_write(dir, "t.md", bytes, sizeof bytes);
    g_auto(BadLoad) l = {0};
    bad_load(&l, path);
    g_assert_cmpuint(l.corpus->documents->len, ==, 1);
    g_autofree char *what =
        g_strdup_printf("%zu NUL bytes read as spaces", sizeof bytes - strlen(FC_ARTICLE));
    bad_assert_warning(&l, 0, path, what);
    fc_test_remove_tree(dir);
}

/* ---- binary, empty, too large -------------------------------------------- */

static void
test_binary(void)
{
    g_autofree char *dir = bad_make_dir();
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR";
    g_autofree char *a = bad_write(dir, "a.md", png, sizeof png - 1);
    /* No known header: control bytes give it away. */
    char noise[4096];
    for (guint i = 0; i < sizeof noise; i++)
        noise[i] = (char)((i * 7919u) % 251u);
    g_autofree char *b = bad_write(dir, "b.txt", noise, sizeof noise);
    bad_put(dir, "c.md", FC_ARTICLE, -1);
    g_auto(BadLoad) l = {0};
    bad_load(&l, dir);
    g_assert_true(l.ok);
    g_assert_cmpuint(l.corpus->documents->len, ==, 1);
    g_assert_cmpuint(l.corpus->failed, ==, 0);
    bad_assert_warning(&l, 0, a, "looks like a binary file; skipped");
    bad_assert_warning(&l, 1, b, "looks like a binary file; skipped");
    g_assert_cmpuint(l.corpus->warnings->len, ==, 2);
    fc_test_remove_tree(dir);
}

static void
test_empty(void)
{
    g_autofree char *dir = bad_make_dir();
    g_autofree char *path = bad_write(dir, "e.md", "", 0);
    g_auto(BadLoad) l = {0};
    bad_load(&l, path);
    g_assert_true(l.ok);
    g_assert_cmpuint(l.corpus->documents->len, ==, 1);
    g_assert_cmpuint(bad_doc(&l, 0)->len, ==, 0);
    bad_assert_warning(&l, 0, path, "empty file");
    fc_test_remove_tree(dir);
}

/* Past FC_CORPUS_MAX_FILE_SIZE a file is not read: a warning in a folder,
 * an error when named.  Sparse, so the test costs no disk and no time. */
static void
test_too_large(void)
{
    g_autofree char *dir = bad_make_dir();
    g_autofree char *big = bad_sparse(dir, "big.md", (goffset)1 << 30);
    bad_put(dir, "ok.md", FC_ARTICLE, -1);
    g_autofree char *want = g_strdup_printf(
        "cannot read '%s': too large (1024 MiB; the limit is 256 MiB per file)", big);

    g_auto(BadLoad) folder = {0};
    bad_load(&folder, dir);
    g_assert_true(folder.ok);
    g_assert_cmpuint(folder.corpus->documents->len, ==, 1);
    g_assert_cmpuint(folder.corpus->failed, ==, 1);
    g_autofree char *warning = g_strdup_printf("factcheck: %s", want);
    g_assert_cmpstr(bad_warning(&folder, 0), ==, warning);

    g_auto(BadLoad) named = {0};
    bad_load(&named, big);
    g_assert_false(named.ok);
    g_assert_error(named.error, FC_CORPUS_ERROR, 0);
    g_assert_cmpstr(named.error->message, ==, want);
    fc_test_remove_tree(dir);
}

/* ---- files that change between walk and load -------------------------- */

static void
test_vanished(void)
{
    g_autofree char *dir = bad_make_dir();
    g_autofree char *gone = bad_write(dir, "a.md", FC_ARTICLE, -1);
    g_autofree char *fifo = bad_write(dir, "b.md", FC_ARTICLE, -1);
    bad_put(dir, "c.md", FC_ARTICLE, -1);
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_assert_true(fc_corpus_add_path(corpus, dir, NULL));
    g_assert_cmpuint(corpus->sources->len, ==, 3);
    g_assert_cmpint(g_unlink(gone), ==, 0);
    /* Swapped for a FIFO: opening it must not wait for a writer. */
    g_assert_cmpint(g_unlink(fifo), ==, 0);
    g_assert_cmpint(mkfifo(fifo, 0644), ==, 0);
    g_assert_true(fc_corpus_load_all(corpus, NULL));
    g_assert_cmpuint(corpus->documents->len, ==, 1);
    g_assert_cmpuint(corpus->failed, ==, 2);
    g_autofree char *w0 =
        g_strdup_printf("factcheck: cannot read '%s': No such file or directory", gone);
    g_autofree char *w1 = g_strdup_printf("factcheck: cannot read '%s': not a regular file", fifo);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 0), ==, w0);
    g_assert_cmpstr(g_ptr_array_index(corpus->warnings, 1), ==, w1);

    /* A named file that went away is an error. */
    g_autoptr(FcCorpus) named = fc_corpus_new();
    g_autofree char *c = g_build_filename(dir, "c.md", NULL);
    g_assert_true(fc_corpus_add_path(named, c, NULL));
    g_assert_cmpint(g_unlink(c), ==, 0);
    g_autoptr(GError) error = NULL;
    g_assert_false(fc_corpus_load_all(named, &error));
    g_autofree char *want = g_strdup_printf("cannot read '%s': No such file or directory", c);
    g_assert_cmpstr(error->message, ==, want);
    fc_test_remove_tree(dir);
}

/* ---- permissions ----------------------------------------------------------- */

static void
test_permission_denied(void)
{
    const char *runner = NULL;
    if (!bad_can_deny(&runner)) {
        g_test_skip("running as root without setpriv(1): root reads everything");
        return;
    }
    g_autofree char *dir = bad_make_dir();
    bad_put(dir, "in/ok.md", FC_ARTICLE, -1);
    g_autofree char *file = bad_write(dir, "in/secret.md", FC_ARTICLE, -1);
    g_autofree char *sub = g_build_filename(dir, "in", "locked", NULL);
    g_free(bad_write(dir, "in/locked/x.md", FC_ARTICLE, -1));
    g_assert_cmpint(g_chmod(file, 0), ==, 0);
    g_assert_cmpint(g_chmod(sub, 0), ==, 0);

    /* Inside a folder: warnings, the rest checked, exit status from the
     * findings (none here). */
    g_auto(FcTestRun) folder = {0};
    const char *folder_args[] = {"in", NULL};
    bad_spawn(&folder, runner, dir, folder_args);
    g_assert_cmpint(folder.status, ==, 0);
    g_assert_cmpstr(folder.err, ==,
                    "factcheck: cannot read 'in/locked': Permission denied\n"
                    "factcheck: cannot read 'in/secret.md': Permission denied\n");
    g_assert_true(g_str_has_prefix(folder.out, "1 document, 1 claim"));

    /* Named: exit status 2, nothing checked. */
    const char *const named[][3] = {{"in/secret.md", NULL}, {"in/ok.md", "in/locked"}};
    const char *const errs[] = {"factcheck: cannot read 'in/secret.md': Permission denied\n",
                                "factcheck: cannot read 'in/locked': Permission denied\n"};
    for (guint i = 0; i < G_N_ELEMENTS(named); i++) {
        g_auto(FcTestRun) r = {0};
        bad_spawn(&r, runner, dir, named[i]);
        g_assert_cmpint(r.status, ==, 2);
        g_assert_cmpstr(r.out, ==, "");
        g_assert_cmpstr(r.err, ==, errs[i]);
    }

    /* Nothing readable at all: exit status 2. */
    g_autofree char *ok = g_build_filename(dir, "in", "ok.md", NULL);
    g_assert_cmpint(g_chmod(ok, 0), ==, 0);
    g_auto(FcTestRun) none = {0};
    bad_spawn(&none, runner, dir, folder_args);
    g_assert_cmpint(none.status, ==, 2);
    g_assert_true(
        g_str_has_suffix(none.err, "factcheck: nothing could be read (3 files failed)\n"));
    g_assert_cmpint(g_chmod(sub, 0755), ==, 0);
    fc_test_remove_tree(dir);
}

/* ---- links, depth, names, descriptors ------------------------------------ */

static void
test_symlinks(void)
{
    g_autofree char *dir = bad_make_dir();
    bad_put(dir, "in/a.md", FC_ARTICLE, -1);
    bad_put(dir, "elsewhere/b.md", FC_ARTICLE, -1);
    g_autofree char *loop = g_build_filename(dir, "in", "loop", NULL);
    g_autofree char *away = g_build_filename(dir, "in", "away", NULL);
    g_autofree char *file = g_build_filename(dir, "in", "c.md", NULL);
    g_autofree char *self = g_build_filename(dir, "in", "self.md", NULL);
    g_assert_cmpint(symlink(".", loop), ==, 0);            /* a folder loop */
    g_assert_cmpint(symlink("../elsewhere", away), ==, 0); /* followed */
    g_assert_cmpint(symlink("a.md", file), ==, 0);         /* followed */
    g_assert_cmpint(symlink("self.md", self), ==, 0);      /* a file loop */
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, dir, "claims", "in", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_cmpstr(r.err, ==,
                    "factcheck: 'in/loop': a link back to 'in'; not followed\n"
                    "factcheck: cannot read 'in/self.md': Too many levels of symbolic links\n");
    g_assert_true(g_str_has_suffix(r.out, "3 claims in 3 documents\n"));
    fc_test_remove_tree(dir);
}

/* Deeper than PATH_MAX (2,048 levels of "d/"), made with mkdirat(), one
 * open folder at a time: the walk goes as deep as paths can reach. */
static void
test_deep_tree(void)
{
    g_autofree char *dir = bad_make_dir();
    const guint depth = 2100;
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    g_assert_cmpint(fd, >=, 0);
    for (guint i = 0; i < depth; i++) {
        if (i == 10) {
            int file = openat(fd, "a.md", O_WRONLY | O_CREAT, 0644);
            g_assert_cmpint(file, >=, 0);
            g_assert_cmpint(write(file, FC_ARTICLE, strlen(FC_ARTICLE)), ==, strlen(FC_ARTICLE));
            close(file);
        }
        g_assert_cmpint(mkdirat(fd, "d", 0755), ==, 0);
        int next = openat(fd, "d", O_RDONLY | O_DIRECTORY);
        g_assert_cmpint(next, >=, 0);
        close(fd);
        fd = next;
    }
    close(fd);
    g_auto(BadLoad) l = {0};
    bad_load(&l, dir);
    g_assert_true(l.ok);
    g_assert_cmpuint(l.corpus->documents->len, ==, 1);
    /* Where paths pass PATH_MAX the system refuses them: one warning for
     * the folder that could not be entered. */
    g_assert_cmpuint(l.corpus->failed, ==, 1);
    g_assert_cmpuint(l.corpus->warnings->len, ==, 1);
    g_assert_true(g_str_has_suffix(bad_warning(&l, 0), "/d': File name too long"));
    bad_remove(dir);
}

static void
test_odd_names(void)
{
    g_autofree char *dir = bad_make_dir();
    bad_put(dir, "in/with space.md", FC_ARTICLE, -1);
    bad_put(dir, "in/new\nline.md", FC_ARTICLE, -1);
    bad_put(dir, "in/latin\xE9.md", FC_ARTICLE, -1);
    bad_put(dir, "in/esc\x1B[2J\xE2\x80\xAE.md", "\177ELF\2\1\1", 7);
    g_auto(BadLoad) l = {0};
    g_autofree char *in = g_build_filename(dir, "in", NULL);
    bad_load(&l, in);
    g_assert_cmpuint(l.corpus->documents->len, ==, 3);
    /* Sources keep the bytes, to open the files; documents and messages
     * show names that cannot break a line or a terminal. */
    g_autofree char *raw = g_build_filename(in, "new\nline.md", NULL);
    g_assert_cmpstr(((const FcSource *)g_ptr_array_index(l.corpus->sources, 2))->path, ==, raw);
    const char *const want[] = {"esc\\x1B[2J\\u202E.md", "latin\\xE9.md", "new\\nline.md",
                                "with space.md"};
    for (guint i = 1; i < G_N_ELEMENTS(want); i++) {
        g_autofree char *path = g_build_filename(in, want[i], NULL);
        g_assert_cmpstr(bad_doc(&l, i - 1)->path, ==, path);
    }
    g_autofree char *binary = g_build_filename(in, want[0], NULL);
    bad_assert_warning(&l, 0, binary, "looks like a binary file; skipped");

    /* The binary's output: every line valid UTF-8 without controls. */
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, dir, "--format=json", "in", NULL);
    g_assert_cmpint(r.status, ==, 0);
    g_assert_cmpstr(r.err, ==,
                    "factcheck: 'in/esc\\x1B[2J\\u202E.md': looks like a binary file; "
                    "skipped\n");
    g_assert_true(g_utf8_validate(r.out, -1, NULL));
    g_assert_nonnull(strstr(r.out, "\"in/new\\\\nline.md\""));
    g_assert_nonnull(strstr(r.out, "\"in/latin\\\\xE9.md\""));

    /* A display name never opens a file: named by its bytes, it is read. */
    g_auto(BadLoad) named = {0};
    g_autofree char *latin = g_build_filename(in, "latin\xE9.md", NULL);
    bad_load(&named, latin);
    g_assert_true(named.ok);
    g_assert_cmpuint(named.corpus->documents->len, ==, 1);
    fc_test_remove_tree(dir);
}

/* More files than descriptors: the walk holds one folder open and a load
 * one file. */
static void
test_many_files(void)
{
    g_autofree char *dir = bad_make_dir();
    for (guint i = 0; i < 400; i++) {
        g_autofree char *name = g_strdup_printf("f%02u/g%02u/a%03u.md", i % 20, i % 7, i);
        g_free(bad_write(dir, name, FC_ARTICLE, -1));
    }
    struct rlimit old;
    g_assert_cmpint(getrlimit(RLIMIT_NOFILE, &old), ==, 0);
    struct rlimit low = {32, old.rlim_max};
    g_assert_cmpint(setrlimit(RLIMIT_NOFILE, &low), ==, 0);
    g_auto(BadLoad) l = {0};
    bad_load(&l, dir);
    g_assert_cmpint(setrlimit(RLIMIT_NOFILE, &old), ==, 0);
    g_assert_true(l.ok);
    g_assert_cmpuint(l.corpus->documents->len, ==, 400);
    g_assert_cmpuint(l.corpus->warnings->len, ==, 0);
    fc_test_remove_tree(dir);
}

/* ---- the whole run ------------------------------------------------------- */

/* One folder with one file of each kind that can live in a scratch
 * folder as root: good articles are still checked, each bad one has its
 * line, the exit status comes from the findings. */
static void
test_mixed_folder(void)
{
    g_autofree char *dir = bad_make_dir();
    bad_put(dir, "in/1-good.md",
            "---\ndate: 2025-03\n---\nThe round values Cohere at $5.5 billion.\n", -1);
    g_autoptr(GByteArray) utf16 =
        bad_utf16("---\ndate: 2025-03\n---\nThe deal values Cohere at $7 billion.\n", FALSE, TRUE);
    bad_put(dir, "in/2-utf16.md", (const char *)utf16->data, utf16->len);
    bad_put(dir, "in/3-empty.md", "", 0);
    bad_put(dir, "in/4-binary.md", "%PDF-1.7\n", -1);
    g_free(bad_sparse(dir, "in/5-huge.txt", (goffset)300 << 20));
    static const char nul[] = "Some\0text.\n";
    bad_put(dir, "in/6-nul.md", nul, sizeof nul - 1);
    g_auto(FcTestRun) r = {0};
    fc_test_spawn(&r, dir, "in", NULL);
    g_assert_cmpint(r.status, ==, 1); /* the valuations disagree */
    g_assert_cmpstr(r.err, ==,
                    "factcheck: 'in/2-utf16.md': read as UTF-16LE (byte-order mark)\n"
                    "factcheck: 'in/3-empty.md': empty file\n"
                    "factcheck: 'in/4-binary.md': looks like a binary file; skipped\n"
                    "factcheck: cannot read 'in/5-huge.txt': too large (300 MiB; the limit is "
                    "256 MiB per file)\n"
                    "factcheck: 'in/6-nul.md': 1 NUL byte read as space\n");
    g_assert_true(
        g_str_has_suffix(r.out, "\n4 documents, 2 claims: 1 error, 0 warnings, 0 info\n"));

    /* Named, the huge file stops the run. */
    g_auto(FcTestRun) named = {0};
    fc_test_spawn(&named, dir, "in/1-good.md", "in/5-huge.txt", NULL);
    g_assert_cmpint(named.status, ==, 2);
    g_assert_cmpstr(named.out, ==, "");
    g_assert_cmpstr(named.err, ==,
                    "factcheck: cannot read 'in/5-huge.txt': too large (300 MiB; the limit is "
                    "256 MiB per file)\n");

    /* A folder where nothing could be read. */
    g_free(bad_sparse(dir, "huge/a.md", (goffset)300 << 20));
    g_free(bad_sparse(dir, "huge/b.md", (goffset)300 << 20));
    g_auto(FcTestRun) none = {0};
    fc_test_spawn(&none, dir, "huge", NULL);
    g_assert_cmpint(none.status, ==, 2);
    g_assert_cmpstr(none.out, ==, "");
    g_assert_true(
        g_str_has_suffix(none.err, "factcheck: nothing could be read (2 files failed)\n"));
    fc_test_remove_tree(dir);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    if (g_getenv("FC_BINARY") == NULL) {
        g_printerr("FC_BINARY must be set (meson test sets it)\n");
        return 1;
    }
    g_test_add_func("/badfiles/encoding/utf16-bom", test_utf16_bom);
    g_test_add_func("/badfiles/encoding/utf16-no-bom", test_utf16_no_bom);
    g_test_add_func("/badfiles/encoding/utf16-damaged", test_utf16_damaged);
    g_test_add_func("/badfiles/encoding/invalid-utf8", test_invalid_utf8);
    g_test_add_func("/badfiles/encoding/nul-bytes", test_nul_bytes);
    g_test_add_func("/badfiles/encoding/nul-tail", test_nul_tail);
    g_test_add_func("/badfiles/kind/binary", test_binary);
    g_test_add_func("/badfiles/kind/empty", test_empty);
    g_test_add_func("/badfiles/kind/too-large", test_too_large);
    g_test_add_func("/badfiles/change/vanished", test_vanished);
    g_test_add_func("/badfiles/permission-denied", test_permission_denied);
    g_test_add_func("/badfiles/walk/symlinks", test_symlinks);
    g_test_add_func("/badfiles/walk/deep-tree", test_deep_tree);
    g_test_add_func("/badfiles/walk/odd-names", test_odd_names);
    g_test_add_func("/badfiles/walk/many-files", test_many_files);
    g_test_add_func("/badfiles/run/mixed-folder", test_mixed_folder);
    return g_test_run();
}
