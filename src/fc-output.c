#include "fc-output.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

struct _FcOutput {
    FILE *fp;
    char *path; /* the target; NULL for standard output */
    char *tmp;  /* the temporary file beside it */
    int failed; /* errno of the first failed write, or 0 */
};

static void
fc_output_set_errno(GError **error, int code)
{
    g_set_error_literal(error, G_FILE_ERROR, g_file_error_from_errno(code), g_strerror(code));
}

FcOutput *
fc_output_open(const char *path, GError **error)
{
    FcOutput *out = g_new0(FcOutput, 1);
    if (path == NULL) {
        out->fp = stdout;
        return out;
    }
    g_autofree char *dir = g_path_get_dirname(path);
    g_autofree char *base = g_path_get_basename(path);
    g_autofree char *name = g_strdup_printf(".%s.XXXXXX", base);
    out->tmp = g_build_filename(dir, name, NULL);
    int fd = g_mkstemp_full(out->tmp, O_WRONLY, 0644);
    if (fd < 0 || (out->fp = fdopen(fd, "w")) == NULL) {
        int code = errno;
        if (fd >= 0) {
            close(fd);
            g_unlink(out->tmp);
        }
        fc_output_set_errno(error, code);
        g_free(out->tmp);
        g_free(out);
        return NULL;
    }
    out->path = g_strdup(path);
    return out;
}

gboolean
fc_output_write(FcOutput *out, const char *data, gsize len)
{
    if (out->failed == 0 && len > 0 && fwrite(data, 1, len, out->fp) != len)
        out->failed = errno != 0 ? errno : EIO;
    return out->failed == 0;
}

/* errno of the first failure of writes and @ok, or 0. */
static int
fc_output_failure(const FcOutput *out, gboolean ok)
{
    if (out->failed != 0)
        return out->failed;
    return ok ? 0 : (errno != 0 ? errno : EIO);
}

static void
fc_output_free(FcOutput *out)
{
    g_free(out->path);
    g_free(out->tmp);
    g_free(out);
}

gboolean
fc_output_commit(FcOutput *out, GError **error)
{
    int code = 0;
    if (out->path == NULL) {
        code = fc_output_failure(out, fflush(out->fp) == 0);
        fc_output_free(out);
    } else {
        /* fsync before the rename: after a crash the target is the old
         * report or the whole new one, never an empty file. */
        code = fc_output_failure(out, fflush(out->fp) == 0 && fsync(fileno(out->fp)) == 0);
        if (fclose(out->fp) != 0 && code == 0)
            code = errno;
        if (code == 0 && g_rename(out->tmp, out->path) != 0)
            code = errno;
        if (code != 0)
            g_unlink(out->tmp);
        fc_output_free(out);
    }
    if (code != 0)
        fc_output_set_errno(error, code);
    return code == 0;
}

void
fc_output_discard(FcOutput *out)
{
    if (out->path == NULL) {
        fflush(out->fp);
    } else {
        fclose(out->fp);
        g_unlink(out->tmp);
    }
    fc_output_free(out);
}
