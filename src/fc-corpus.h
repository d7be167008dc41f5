/* fc-corpus: from command-line paths to documents.
 *
 * Paths are files or folders; folders are walked recursively and their
 * entries sorted bytewise so that output never depends on the file system's
 * order.  .md, .markdown and .txt files are read; other files are skipped
 * and counted.  Hidden files and folders (".git") are not entered.
 *
 * Ownership: FcCorpus owns its documents and diagnostics.
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

#define FC_CORPUS_ERROR (fc_corpus_error_quark())
GQuark fc_corpus_error_quark(void);

typedef struct {
    GPtrArray *documents; /* FcDocument*, in path order */
    GPtrArray *warnings;  /* char*: "factcheck: 'x.md': invalid UTF-8 repaired (3 sequences)" */
    guint skipped;        /* files of other kinds */
    guint failed;         /* files that could not be read (each also has a warning) */
} FcCorpus;

FcCorpus *fc_corpus_new(void);
void fc_corpus_free(FcCorpus *corpus);

/* Adds a file or folder.  An explicitly named path that does not exist or
 * cannot be read is an error (GError, "cannot read 'x.md': No such file or
 * directory"); problems with files found inside a folder become warnings and
 * the walk goes on. */
gboolean fc_corpus_add_path(FcCorpus *corpus, const char *path, GError **error);

/* Builds a document from bytes as if read from @path: front matter,
 * Markdown cleaning (for .md/.markdown), UTF-8 repair.  Never fails;
 * repairs are counted in doc->repaired.  @bytes need not be NUL-terminated
 * and may contain NULs. */
FcDocument *fc_corpus_parse(const char *path, const char *bytes, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcCorpus, fc_corpus_free)

G_END_DECLS
