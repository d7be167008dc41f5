#include "fc-progress.h"

#include <unistd.h>

void
fc_progress_init(FcProgress *p, FILE *out, gboolean quiet)
{
    p->out = !quiet && out != NULL && isatty(fileno(out)) ? out : NULL;
    p->started = g_get_monotonic_time();
    p->shown = FALSE;
}

char *
fc_progress_line(guint files_done, guint files_total, guint64 bytes_done, guint64 bytes_total,
                 gint64 elapsed)
{
    double mb = (double)bytes_done / 1e6, total = (double)bytes_total / 1e6;
    double seconds = MAX((double)elapsed / 1e6, 1e-3);
    double rate = mb / seconds;
    GString *line = g_string_new(NULL);
    g_string_printf(line, "factcheck: %u/%u files, %.1f/%.1f MB, %.1f MB/s", files_done,
                    files_total, mb, total, rate);
    if (rate > 0 && bytes_done < bytes_total) {
        guint64 eta = (guint64)((total - mb) / rate + 0.5);
        g_string_append_printf(line, ", ETA %" G_GUINT64_FORMAT ":%02u", eta / 60,
                               (guint)(eta % 60));
    }
    return g_string_free(line, FALSE);
}

void
fc_progress_update(guint files_done, guint files_total, guint64 bytes_done, guint64 bytes_total,
                   gboolean done, gpointer data)
{
    FcProgress *p = data;
    if (p->out == NULL)
        return;
    if (done) {
        /* The report comes next: leave no half line in front of it. */
        if (p->shown)
            fputs("\r\033[K", p->out);
        p->shown = FALSE;
        fflush(p->out);
        return;
    }
    gint64 elapsed = g_get_monotonic_time() - p->started;
    if (elapsed < G_USEC_PER_SEC)
        return;
    g_autofree char *line =
        fc_progress_line(files_done, files_total, bytes_done, bytes_total, elapsed);
    fprintf(p->out, "\r\033[K%s", line);
    fflush(p->out);
    p->shown = TRUE;
}
