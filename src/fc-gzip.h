/* fc-gzip: gzip-compressed articles (.md.gz, .html.gz, .jsonl.gz).
 *
 * Inflation goes through GIO's GZlibDecompressor, which checks the CRC and
 * length trailer, so a damaged archive is an error rather than silently
 * wrong text.  Concatenated members ("cat a.gz b.gz", pigz, bgzip) are read
 * as one stream, as gzip(1) does; trailing bytes after the last member are
 * ignored, as gzip(1) does with tar padding.
 *
 * Output is bounded: a gzip bomb (a few kilobytes that inflate to
 * gigabytes) fails with FC_GZIP_ERROR_TOO_LARGE once @limit is passed,
 * having allocated at most @limit bytes and a chunk.
 *
 * Thread-safe: no shared state.  Never prints.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FC_GZIP_ERROR (fc_gzip_error_quark())
GQuark fc_gzip_error_quark(void);

typedef enum {
    FC_GZIP_ERROR_INVALID,   /* not gzip, or corrupt (bad header, CRC, length) */
    FC_GZIP_ERROR_TRUNCATED, /* the stream ends before its trailer */
    FC_GZIP_ERROR_TOO_LARGE, /* inflates to more than the limit */
} FcGzipError;

/* The inflated bytes of the gzip data @bytes (@len bytes), at most @limit
 * bytes long.  Returns a new GBytes (g_bytes_unref()), or NULL with @error
 * set; messages name no file ("truncated gzip data"), the caller adds it. */
GBytes *fc_gzip_inflate(const char *bytes, gsize len, gsize limit, GError **error);

/* TRUE when @bytes start with the gzip magic number (1f 8b). */
gboolean fc_gzip_is_gzip(const char *bytes, gsize len);

G_END_DECLS
