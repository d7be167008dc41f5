/* fc-corpus: from command-line paths to documents, in two steps.
 *
 * 1. fc_corpus_add_path() walks files and folders (fc-walk) into a list
 *    of sources without reading a byte of their contents.  Folders are
 *    walked recursively and their entries sorted bytewise, so that output
 *    never depends on the file system's order.  Articles (.md, .markdown,
 *    .txt), HTML pages (.html, .htm) and article records (.json, .jsonl,
 *    .ndjson), each optionally gzip-compressed (.gz), are kept; other files
 *    are skipped and counted.  Hidden files and folders (".git") are not
 *    entered.
 * 2. fc_corpus_load() reads one source into documents, by its name's
 *    format: a .gz is inflated first (fc-gzip), then HTML goes to fc-html,
 *    records to fc-records, articles to fc_corpus_parse() after their
 *    encoding is checked (UTF-16 decoded, binary files skipped).  It
 *    touches no shared state, so a pipeline may load sources on many
 *    threads; fc_corpus_load_all() is the serial loop for tests and small
 *    runs.
 *
 * Document paths and messages show a file's name with control bytes and
 * invalid UTF-8 escaped (fc_walk_display_name()); FcSource.path keeps the
 * bytes.
 *
 * Ownership: FcCorpus owns its sources, documents and warnings.
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

#define FC_CORPUS_ERROR (fc_corpus_error_quark())

/* Bytes read from one file at most (also after inflating a .gz).  A news
 * article is kilobytes and an archive file rarely passes tens of
 * megabytes; past the limit a file is not read ("too large"), so that one
 * stray dump cannot take the memory of a whole run.  A parsed file holds
 * its text and a line index, about 1.2 times its size. */
#define FC_CORPUS_MAX_FILE_SIZE (256 << 20)
GQuark fc_corpus_error_quark(void);

typedef struct {
    char *path;     /* as reached from the command line, e.g. "corpus/a.md" */
    guint64 size;   /* bytes, from the walk's stat */
    gboolean named; /* named on the command line: failing to read it is an error */
} FcSource;

void fc_source_free(FcSource *src);

typedef struct {
    GPtrArray *sources;   /* FcSource*, in walk (sorted) order; filled by fc_corpus_add_path */
    GPtrArray *documents; /* FcDocument*; filled by fc_corpus_load_all or by the pipeline */
    GPtrArray *warnings;  /* char*, one line each, "factcheck: 'x.md': ..." */
    guint skipped;        /* files of other kinds */
    guint failed;         /* files that could not be read (each also has a warning) */
} FcCorpus;

FcCorpus *fc_corpus_new(void);
void fc_corpus_free(FcCorpus *corpus);

/* Walks a file or folder and appends sources; reads no file contents.  An
 * explicitly named path that does not exist or cannot be read is an error
 * (GError "cannot read 'x.md': No such file or directory"); problems inside
 * a folder become warnings (and count in corpus->failed) and the walk goes
 * on. */
gboolean fc_corpus_add_path(FcCorpus *corpus, const char *path, GError **error);

/* Reads and parses ONE source into 0..n documents appended to @docs;
 * warnings ("factcheck: 'x.md': ...") appended to @warnings.  Thread-safe:
 * no shared state, never prints.  FALSE with @error ("cannot read 'x.md':
 * Permission denied") when the file could not be read at all; the caller
 * decides whether that is fatal (src->named) or a warning. */
gboolean fc_corpus_load(const FcSource *src, GPtrArray *docs, GPtrArray *warnings, GError **error);

/* Serial convenience for tests and small runs: loads every source, in
 * order, into corpus->documents.  A folder member that cannot be read
 * becomes a warning and counts in corpus->failed; a named source that
 * cannot be read stops the loop and returns FALSE with @error. */
gboolean fc_corpus_load_all(FcCorpus *corpus, GError **error);

/* Builds a document from bytes as if read from @path: front matter,
 * Markdown cleaning (for .md/.markdown/.txt), UTF-8 repair.  Never fails;
 * repairs are counted in doc->repaired.  @bytes need not be NUL-terminated
 * and may contain NULs. */
FcDocument *fc_corpus_parse(const char *path, const char *bytes, gsize len);

/* TRUE for the names a folder walk keeps (by extension, case-insensitive). */
gboolean fc_corpus_is_input_name(const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcCorpus, fc_corpus_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcSource, fc_source_free)

G_END_DECLS
