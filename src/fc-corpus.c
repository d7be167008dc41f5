#include "fc-corpus.h"

#include "fc-boilerplate.h"
#include "fc-frontmatter.h"
#include "fc-markdown.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

GQuark
fc_corpus_error_quark(void)
{
    return g_quark_from_static_string("fc-corpus-error-quark");
}

FcCorpus *
fc_corpus_new(void)
{
    FcCorpus *corpus = g_new0(FcCorpus, 1);
    corpus->documents = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    corpus->warnings = g_ptr_array_new_with_free_func(g_free);
    return corpus;
}

void
fc_corpus_free(FcCorpus *corpus)
{
    if (corpus == NULL)
        return;
    g_ptr_array_unref(corpus->documents);
    g_ptr_array_unref(corpus->warnings);
    g_free(corpus);
}

static gboolean
fc_corpus_has_suffix(const char *name, const char *suffix)
{
    gsize n = strlen(name), s = strlen(suffix);
    return n > s && g_ascii_strcasecmp(name + n - s, suffix) == 0;
}

/* Real .txt scrapes carry Markdown too, so all three kinds are cleaned. */
static gboolean
fc_corpus_is_article_name(const char *path)
{
    return fc_corpus_has_suffix(path, ".md") || fc_corpus_has_suffix(path, ".markdown") ||
           fc_corpus_has_suffix(path, ".txt");
}

/* ---- UTF-8 repair ------------------------------------------------------ */

/* Returns the number of invalid sequences, a run of adjacent bad bytes
 * counting once, which is what a reader of "3 sequences" expects. */
static guint
fc_corpus_repair_utf8(char *t, gsize len)
{
    guint repaired = 0;
    gsize i = 0;
    gboolean in_bad_run = FALSE;
    if (len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) {
        memset(t, ' ', 3);
        i = 3;
    }
    while (i < len) {
        const char *valid_end = NULL;
        if (g_utf8_validate_len(t + i, len - i, &valid_end))
            break;
        gsize bad = (gsize)(valid_end - t);
        if (bad > i)
            in_bad_run = FALSE;
        if (t[bad] == '\0') {
            t[bad] = ' ';
            in_bad_run = FALSE;
        } else {
            t[bad] = '?';
            repaired += !in_bad_run;
            in_bad_run = TRUE;
        }
        i = bad + 1;
    }
    return repaired;
}

/* ---- parse ------------------------------------------------------------- */

FcDocument *
fc_corpus_parse(const char *path, const char *bytes, gsize len)
{
    char *text = g_malloc(len + 1);
    if (len > 0)
        memcpy(text, bytes, len);
    text[len] = '\0';
    guint repaired = fc_corpus_repair_utf8(text, len);
    FcDocument *doc = fc_document_new(path, text, len);
    doc->repaired = repaired;
    fc_frontmatter_read(doc);
    if (fc_corpus_is_article_name(path)) {
        fc_boilerplate_blank(doc->text, doc->len, doc->body_start);
        fc_markdown_clean(doc);
    }
    return doc;
}

/* ---- reading and walking ---------------------------------------------- */

/* GLib reports file errors as GFileError; the user wants the system's own
 * words ("Permission denied"), so map back to errno for g_strerror(). */
static int
fc_corpus_errno_from_file_error(gint code)
{
    static const int map[][2] = {
        {G_FILE_ERROR_EXIST, EEXIST}, {G_FILE_ERROR_ISDIR, EISDIR},
        {G_FILE_ERROR_ACCES, EACCES}, {G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG},
        {G_FILE_ERROR_NOENT, ENOENT}, {G_FILE_ERROR_NOTDIR, ENOTDIR},
        {G_FILE_ERROR_NXIO, ENXIO},   {G_FILE_ERROR_NODEV, ENODEV},
        {G_FILE_ERROR_ROFS, EROFS},   {G_FILE_ERROR_TXTBSY, ETXTBSY},
        {G_FILE_ERROR_FAULT, EFAULT}, {G_FILE_ERROR_LOOP, ELOOP},
        {G_FILE_ERROR_NOSPC, ENOSPC}, {G_FILE_ERROR_NOMEM, ENOMEM},
        {G_FILE_ERROR_MFILE, EMFILE}, {G_FILE_ERROR_NFILE, ENFILE},
        {G_FILE_ERROR_BADF, EBADF},   {G_FILE_ERROR_INVAL, EINVAL},
        {G_FILE_ERROR_PIPE, EPIPE},   {G_FILE_ERROR_AGAIN, EAGAIN},
        {G_FILE_ERROR_INTR, EINTR},   {G_FILE_ERROR_IO, EIO},
        {G_FILE_ERROR_PERM, EPERM},   {G_FILE_ERROR_NOSYS, ENOSYS},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(map); i++) {
        if (map[i][0] == code)
            return map[i][1];
    }
    return 0;
}

static void
fc_corpus_set_read_error(GError **error, const char *path, const GError *cause)
{
    int err = cause->domain == G_FILE_ERROR ? fc_corpus_errno_from_file_error(cause->code) : 0;
    const char *reason = err != 0 ? g_strerror(err) : cause->message;
    g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, reason);
}

static void
fc_corpus_warn_document(FcCorpus *corpus, const FcDocument *doc)
{
    if (doc->repaired > 0)
        g_ptr_array_add(corpus->warnings,
                        g_strdup_printf("factcheck: '%s': invalid UTF-8 repaired (%u sequence%s)",
                                        doc->path, doc->repaired, doc->repaired == 1 ? "" : "s"));
    /* FcTime is all zero when unknown; see fc-time.h. */
    if (doc->date_text != NULL && doc->date.lo == 0)
        g_ptr_array_add(corpus->warnings,
                        g_strdup_printf("factcheck: '%s': front-matter date '%s' not understood",
                                        doc->path, doc->date_text));
}

static gboolean
fc_corpus_load(FcCorpus *corpus, const char *path, GError **error)
{
    g_autofree char *bytes = NULL;
    gsize len = 0;
    g_autoptr(GError) cause = NULL;
    if (!g_file_get_contents(path, &bytes, &len, &cause)) {
        fc_corpus_set_read_error(error, path, cause);
        return FALSE;
    }
    FcDocument *doc = fc_corpus_parse(path, bytes, len);
    fc_corpus_warn_document(corpus, doc);
    g_ptr_array_add(corpus->documents, doc);
    return TRUE;
}

/* Per-call walk state: folders already entered, by device and inode, so a
 * symlink back up the tree is not followed round and round. */
typedef struct {
    FcCorpus *corpus;
    GHashTable *visited;
} FcWalk;

static void
fc_corpus_warn_failure(FcCorpus *corpus, const GError *error)
{
    g_ptr_array_add(corpus->warnings, g_strdup_printf("factcheck: %s", error->message));
    corpus->failed++;
}

static gboolean fc_corpus_walk_dir(FcWalk *walk, const char *path, const GStatBuf *st,
                                   GError **error);

static gint
fc_corpus_compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
fc_corpus_visit_entry(FcWalk *walk, const char *path)
{
    GStatBuf st;
    g_autoptr(GError) error = NULL;
    if (g_stat(path, &st) != 0) {
        int err = errno;
        if (!fc_corpus_is_article_name(path)) {
            walk->corpus->skipped++;
            return;
        }
        g_set_error(&error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, g_strerror(err));
    } else if (S_ISDIR(st.st_mode)) {
        fc_corpus_walk_dir(walk, path, &st, &error);
    } else if (!S_ISREG(st.st_mode) || !fc_corpus_is_article_name(path)) {
        /* FIFOs and devices are never opened: reading one could block. */
        walk->corpus->skipped++;
    } else {
        fc_corpus_load(walk->corpus, path, &error);
    }
    if (error != NULL)
        fc_corpus_warn_failure(walk->corpus, error);
}

static GPtrArray *
fc_corpus_list_dir(const char *path, GError **error)
{
    g_autoptr(GError) cause = NULL;
    g_autoptr(GDir) dir = g_dir_open(path, 0, &cause);
    if (dir == NULL) {
        fc_corpus_set_read_error(error, path, cause);
        return NULL;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(dir)) != NULL) {
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    }
    g_ptr_array_sort(names, fc_corpus_compare_names);
    return names;
}

static gboolean
fc_corpus_walk_dir(FcWalk *walk, const char *path, const GStatBuf *st, GError **error)
{
    char *key = g_strdup_printf("%ju:%ju", (uintmax_t)st->st_dev, (uintmax_t)st->st_ino);
    if (!g_hash_table_add(walk->visited, key))
        return TRUE;
    g_autoptr(GPtrArray) names = fc_corpus_list_dir(path, error);
    if (names == NULL)
        return FALSE;
    for (guint i = 0; i < names->len; i++) {
        g_autofree char *child = g_build_filename(path, g_ptr_array_index(names, i), NULL);
        fc_corpus_visit_entry(walk, child);
    }
    return TRUE;
}

gboolean
fc_corpus_add_path(FcCorpus *corpus, const char *path, GError **error)
{
    g_return_val_if_fail(corpus != NULL && path != NULL, FALSE);
    GStatBuf st;
    if (g_stat(path, &st) != 0) {
        int err = errno;
        g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, g_strerror(err));
        return FALSE;
    }
    if (S_ISDIR(st.st_mode)) {
        g_autoptr(GHashTable) visited =
            g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        FcWalk walk = {corpus, visited};
        return fc_corpus_walk_dir(&walk, path, &st, error);
    }
    /* The header's rule holds for named files too: other kinds are counted,
     * not guessed at, so that "factcheck page.html" reports one skip. */
    if (!fc_corpus_is_article_name(path)) {
        corpus->skipped++;
        return TRUE;
    }
    return fc_corpus_load(corpus, path, error);
}
