/* fc-progress: the progress line a long run shows on a terminal.
 *
 * "factcheck: 1,204/8,000 files, 15.2/100.0 MB, 37.9 MB/s, ETA 0:02",
 * rewritten in place on stderr.  Only when stderr is a terminal and the
 * run has gone on for a second: never in pipes, files or CI logs, and a
 * quick run prints nothing at all.
 *
 * Ownership: a plain value, set up with fc_progress_init(); nothing to
 * free.
 */
#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

typedef struct {
    FILE *out;       /* NULL: silent */
    gint64 started;  /* monotonic µs */
    gboolean shown;  /* a line is on the screen and must be cleared */
} FcProgress;

/* Silent when @quiet or when @out is not a terminal. */
void fc_progress_init(FcProgress *p, FILE *out, gboolean quiet);

/* An FcProgressFn (fc-pipeline.h); @data is the FcProgress. */
void fc_progress_update(guint files_done, guint files_total, guint64 bytes_done,
                        guint64 bytes_total, gboolean done, gpointer data);

/* The line for the given counts after @elapsed µs; newly allocated. */
char *fc_progress_line(guint files_done, guint files_total, guint64 bytes_done,
                       guint64 bytes_total, gint64 elapsed);

G_END_DECLS
