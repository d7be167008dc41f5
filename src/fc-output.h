/* fc-output: where a report goes — standard output, or a file replaced
 * atomically.  A file report is written to a temporary file in the target
 * folder and renamed over the target only once complete, so an
 * interrupted or failed run never leaves half a report over a good one.
 * Large outputs (a claim listing of a whole archive) are streamed rather
 * than built in memory. */
#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct _FcOutput FcOutput;

/* Opens standard output (@path NULL) or a temporary file beside @path.
 * NULL with @error set (G_FILE_ERROR) when the folder cannot take it. */
FcOutput *fc_output_open(const char *path, GError **error);

/* Appends @len bytes.  FALSE once a write has failed; the failure is
 * kept and reported by fc_output_commit(). */
gboolean fc_output_write(FcOutput *out, const char *data, gsize len);

/* Flushes, and for a file syncs and renames it into place.  Frees @out
 * in every case; on failure the temporary file is removed and @error
 * says why (G_FILE_ERROR). */
gboolean fc_output_commit(FcOutput *out, GError **error);

/* Gives up a run's output: a file's temporary is removed and the target
 * left as it was; standard output is flushed (what was streamed there is
 * out already).  Frees @out. */
void fc_output_discard(FcOutput *out);

G_END_DECLS
