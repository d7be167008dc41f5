#include "fc-corpus.h"

#include "fc-boilerplate.h"
#include "fc-frontmatter.h"
#include "fc-markdown.h"
#include "fc-walk.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

GQuark
fc_corpus_error_quark(void)
{
    return g_quark_from_static_string("fc-corpus-error-quark");
}

void
fc_source_free(FcSource *src)
{
    if (src == NULL)
        return;
    g_free(src->path);
    g_free(src);
}

FcCorpus *
fc_corpus_new(void)
{
    FcCorpus *corpus = g_new0(FcCorpus, 1);
    corpus->sources = g_ptr_array_new_with_free_func((GDestroyNotify)fc_source_free);
    corpus->documents = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    corpus->warnings = g_ptr_array_new_with_free_func(g_free);
    return corpus;
}

void
fc_corpus_free(FcCorpus *corpus)
{
    if (corpus == NULL)
        return;
    g_ptr_array_unref(corpus->sources);
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
gboolean
fc_corpus_is_input_name(const char *path)
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

/* fc_corpus_parse() on a buffer it takes: @text is @len bytes plus a NUL,
 * from g_malloc().  Saves a copy of every file read. */
static FcDocument *
fc_corpus_parse_owned(const char *path, char *text, gsize len)
{
    guint repaired = fc_corpus_repair_utf8(text, len);
    FcDocument *doc = fc_document_new(path, text, len);
    doc->repaired = repaired;
    fc_frontmatter_read(doc);
    if (fc_corpus_is_input_name(path)) {
        fc_boilerplate_blank(doc->text, doc->len, doc->body_start);
        fc_markdown_clean(doc);
    }
    return doc;
}

FcDocument *
fc_corpus_parse(const char *path, const char *bytes, gsize len)
{
    char *text = g_malloc(len + 1);
    if (len > 0)
        memcpy(text, bytes, len);
    text[len] = '\0';
    return fc_corpus_parse_owned(path, text, len);
}

/* ---- reading ------------------------------------------------------------ */

static void
fc_corpus_warn_document(GPtrArray *warnings, const FcDocument *doc)
{
    if (doc->repaired > 0)
        g_ptr_array_add(warnings,
                        g_strdup_printf("factcheck: '%s': invalid UTF-8 repaired (%u sequence%s)",
                                        doc->path, doc->repaired, doc->repaired == 1 ? "" : "s"));
    /* FcTime is all zero when unknown; see fc-time.h. */
    if (doc->date_text != NULL && doc->date.lo == 0)
        g_ptr_array_add(warnings,
                        g_strdup_printf("factcheck: '%s': front-matter date '%s' not understood",
                                        doc->path, doc->date_text));
}

static void
fc_corpus_set_errno(GError **error, const char *path, int err)
{
    g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, g_strerror(err));
}

/* The whole file, NUL-terminated, from g_malloc(); NULL with @error.
 * Read-only and non-blocking: a file swapped for a FIFO since the walk
 * must not hang the run, and an input is never opened for writing. */
static char *
fc_corpus_read_file(const char *path, gsize *len, GError **error)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        fc_corpus_set_errno(error, path, errno);
        return NULL;
    }
    struct stat st;
    int err = fstat(fd, &st) != 0 ? errno : S_ISREG(st.st_mode) ? 0 : -1;
    if (err != 0) {
        close(fd);
        g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path,
                    err < 0 ? "not a regular file" : g_strerror(err));
        return NULL;
    }
    /* The size is a hint: the file may grow or shrink while it is read. */
    gsize cap = (gsize)st.st_size + 1, n = 0;
    char *buf = g_malloc(cap);
    for (;;) {
        if (n + 1 == cap) {
            cap *= 2;
            buf = g_realloc(buf, cap);
        }
        ssize_t got = read(fd, buf + n, cap - 1 - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            err = errno;
            close(fd);
            g_free(buf);
            fc_corpus_set_errno(error, path, err);
            return NULL;
        }
        if (got == 0)
            break;
        n += (gsize)got;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

gboolean
fc_corpus_load(const FcSource *src, GPtrArray *docs, GPtrArray *warnings, GError **error)
{
    g_return_val_if_fail(src != NULL && docs != NULL && warnings != NULL, FALSE);
    gsize len = 0;
    char *bytes = fc_corpus_read_file(src->path, &len, error);
    if (bytes == NULL)
        return FALSE;
    FcDocument *doc = fc_corpus_parse_owned(src->path, bytes, len);
    fc_corpus_warn_document(warnings, doc);
    g_ptr_array_add(docs, doc);
    return TRUE;
}

gboolean
fc_corpus_load_all(FcCorpus *corpus, GError **error)
{
    g_return_val_if_fail(corpus != NULL, FALSE);
    for (guint i = 0; i < corpus->sources->len; i++) {
        const FcSource *src = g_ptr_array_index(corpus->sources, i);
        g_autoptr(GError) failure = NULL;
        if (fc_corpus_load(src, corpus->documents, corpus->warnings, &failure))
            continue;
        if (src->named) {
            g_propagate_error(error, g_steal_pointer(&failure));
            return FALSE;
        }
        g_ptr_array_add(corpus->warnings, g_strdup_printf("factcheck: %s", failure->message));
        corpus->failed++;
    }
    return TRUE;
}

gboolean
fc_corpus_add_path(FcCorpus *corpus, const char *path, GError **error)
{
    g_return_val_if_fail(corpus != NULL && path != NULL, FALSE);
    return fc_walk_path(corpus, path, error);
}
