#include "fc-gzip.h"

#include <gio/gio.h>
#include <string.h>

/* Output is produced in steps of this size, so that a bomb is stopped
 * before more than the limit and one step is allocated. */
#define FC_GZIP_STEP (256 * 1024)

GQuark
fc_gzip_error_quark(void)
{
    return g_quark_from_static_string("fc-gzip-error-quark");
}

gboolean
fc_gzip_is_gzip(const char *bytes, gsize len)
{
    return len >= 2 && (guchar)bytes[0] == 0x1f && (guchar)bytes[1] == 0x8b;
}

static void
fc_gzip_set_error(GError **error, const GError *cause)
{
    /* GZlibDecompressor asks for more input when the stream stops short,
     * although it was told the input is at its end. */
    if (g_error_matches(cause, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
        g_set_error_literal(error, FC_GZIP_ERROR, FC_GZIP_ERROR_TRUNCATED, "truncated gzip data");
    else
        g_set_error(error, FC_GZIP_ERROR, FC_GZIP_ERROR_INVALID, "corrupt gzip data (%s)",
                    cause->message);
}

/* After a member's trailer: TRUE when another member follows. */
static gboolean
fc_gzip_next_member(GConverter *converter, const char *bytes, gsize len, gsize pos)
{
    if (!fc_gzip_is_gzip(bytes + pos, len - pos))
        return FALSE;
    g_converter_reset(converter);
    return TRUE;
}

GBytes *
fc_gzip_inflate(const char *bytes, gsize len, gsize limit, GError **error)
{
    g_return_val_if_fail(bytes != NULL || len == 0, NULL);
    if (!fc_gzip_is_gzip(bytes, len)) {
        g_set_error_literal(error, FC_GZIP_ERROR,
                            len < 2 ? FC_GZIP_ERROR_TRUNCATED : FC_GZIP_ERROR_INVALID,
                            len < 2 ? "truncated gzip data" : "not gzip data");
        return NULL;
    }
    g_autoptr(GZlibDecompressor) z = g_zlib_decompressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP);
    GConverter *converter = G_CONVERTER(z);
    g_autofree char *out = NULL;
    gsize in = 0, used = 0, size = 0;
    for (;;) {
        /* One byte past the limit is room enough to tell that it is passed. */
        gsize left = limit - used;
        gsize room = left >= FC_GZIP_STEP ? FC_GZIP_STEP : left + 1;
        if (used + room > size) {
            size = MAX(used + room, MIN(size * 2, used + left));
            out = g_realloc(out, size);
        }
        gsize read = 0, written = 0;
        g_autoptr(GError) cause = NULL;
        GConverterResult r = g_converter_convert(converter, bytes + in, len - in, out + used, room,
                                                 G_CONVERTER_INPUT_AT_END, &read, &written, &cause);
        if (r == G_CONVERTER_ERROR) {
            fc_gzip_set_error(error, cause);
            return NULL;
        }
        in += read;
        used += written;
        if (used > limit) {
            g_autofree char *shown = g_format_size(limit);
            g_set_error(error, FC_GZIP_ERROR, FC_GZIP_ERROR_TOO_LARGE,
                        "gzip data inflates to more than %s", shown);
            return NULL;
        }
        if (r == G_CONVERTER_FINISHED && !fc_gzip_next_member(converter, bytes, len, in))
            break;
    }
    return g_bytes_new_take(g_realloc(g_steal_pointer(&out), MAX(used, 1)), used);
}
