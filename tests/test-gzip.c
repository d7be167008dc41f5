#include "fc-gzip.h"

#include <gio/gio.h>
#include <string.h>

/* Test data is compressed here rather than stored, so that every case
 * says what it holds. */
static GByteArray *
gzip_of(const char *data, gsize len)
{
    g_autoptr(GZlibCompressor) z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
    GByteArray *out = g_byte_array_new();
    gsize in = 0;
    for (;;) {
        guint8 buf[4096];
        gsize read = 0, written = 0;
        g_autoptr(GError) error = NULL;
        GConverterResult r =
            g_converter_convert(G_CONVERTER(z), data + in, len - in, buf, sizeof buf,
                                G_CONVERTER_INPUT_AT_END, &read, &written, &error);
        g_assert_no_error(error);
        in += read;
        g_byte_array_append(out, buf, (guint)written);
        if (r == G_CONVERTER_FINISHED)
            return out;
    }
}

static GBytes *
inflate(const GByteArray *gz, gsize limit, GError **error)
{
    return fc_gzip_inflate((const char *)gz->data, gz->len, limit, error);
}

static void
assert_inflates_to(const GByteArray *gz, const char *want, gsize want_len)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) out = inflate(gz, 1 << 20, &error);
    g_assert_no_error(error);
    gsize n = 0;
    const char *p = g_bytes_get_data(out, &n);
    g_assert_cmpmem(p, n, want, want_len);
}

static void
test_round_trip(void)
{
    const char *text = "---\ntitle: A\n---\nCohere raised $500 million.\n";
    g_autoptr(GByteArray) gz = gzip_of(text, strlen(text));
    g_assert_true(fc_gzip_is_gzip((const char *)gz->data, gz->len));
    assert_inflates_to(gz, text, strlen(text));
}

static void
test_empty_member(void)
{
    g_autoptr(GByteArray) gz = gzip_of("", 0);
    assert_inflates_to(gz, "", 0);
}

static void
test_binary_content(void)
{
    static const char data[] = {'a', '\0', 'b', '\xff', '\n'};
    g_autoptr(GByteArray) gz = gzip_of(data, sizeof data);
    assert_inflates_to(gz, data, sizeof data);
}

/* "cat a.gz b.gz > c.gz" is valid gzip: gzip -d prints both. */
static void
test_concatenated_members(void)
{
    g_autoptr(GByteArray) gz = gzip_of("one\n", 4);
    g_autoptr(GByteArray) second = gzip_of("two\n", 4);
    g_byte_array_append(gz, second->data, second->len);
    assert_inflates_to(gz, "one\ntwo\n", 8);
}

static void
test_trailing_padding_ignored(void)
{
    g_autoptr(GByteArray) gz = gzip_of("one\n", 4);
    static const guint8 zeros[512] = {0};
    g_byte_array_append(gz, zeros, sizeof zeros);
    assert_inflates_to(gz, "one\n", 4);
}

static void
assert_fails(const char *bytes, gsize len, gsize limit, FcGzipError code)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) out = fc_gzip_inflate(bytes, len, limit, &error);
    g_assert_null(out);
    g_assert_error(error, FC_GZIP_ERROR, (gint)code);
    g_assert_nonnull(error->message);
}

static void
test_truncated(void)
{
    g_autofree char *text = g_strnfill(5000, 'x');
    g_autoptr(GByteArray) gz = gzip_of(text, 5000);
    /* Without its trailer, in the middle of the deflate stream, in the
     * header, and nothing at all. */
    for (gsize cut = 1; cut <= 8; cut++)
        assert_fails((const char *)gz->data, gz->len - cut, 1 << 20, FC_GZIP_ERROR_TRUNCATED);
    assert_fails((const char *)gz->data, gz->len / 2, 1 << 20, FC_GZIP_ERROR_TRUNCATED);
    assert_fails((const char *)gz->data, 5, 1 << 20, FC_GZIP_ERROR_TRUNCATED);
    assert_fails((const char *)gz->data, 1, 1 << 20, FC_GZIP_ERROR_TRUNCATED);
    assert_fails("", 0, 1 << 20, FC_GZIP_ERROR_TRUNCATED);
}

static void
test_corrupt(void)
{
    const char *text = "Cohere raised $500 million at a $5.5 billion valuation.\n";
    g_autoptr(GByteArray) gz = gzip_of(text, strlen(text));
    /* The CRC in the trailer no longer matches. */
    gz->data[gz->len - 6] ^= 0x55;
    assert_fails((const char *)gz->data, gz->len, 1 << 20, FC_GZIP_ERROR_INVALID);
    /* Plain text named .gz. */
    assert_fails(text, strlen(text), 1 << 20, FC_GZIP_ERROR_INVALID);
    /* The magic number, then nonsense. */
    static const char junk[] = "\x1f\x8b\x08\x00\xff\xff\xff\xff\x00\x03garbage, not deflate";
    assert_fails(junk, sizeof junk - 1, 1 << 20, FC_GZIP_ERROR_INVALID);
}

/* Ten megabytes of zeros compress to about ten kilobytes. */
static void
test_bomb(void)
{
    gsize n = 10 * 1024 * 1024;
    g_autofree char *zeros = g_malloc0(n);
    g_autoptr(GByteArray) gz = gzip_of(zeros, n);
    g_assert_cmpuint(gz->len, <, 64 * 1024);
    assert_fails((const char *)gz->data, gz->len, 1024 * 1024, FC_GZIP_ERROR_TOO_LARGE);
    /* The limit itself is allowed; one byte less is not. */
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) out = inflate(gz, n, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(g_bytes_get_size(out), ==, n);
    assert_fails((const char *)gz->data, gz->len, n - 1, FC_GZIP_ERROR_TOO_LARGE);
}

static void
test_no_limit_overflow(void)
{
    g_autoptr(GByteArray) gz = gzip_of("abc", 3);
    assert_inflates_to(gz, "abc", 3);
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) out = inflate(gz, G_MAXSIZE, &error);
    g_assert_no_error(error);
    g_assert_cmpuint(g_bytes_get_size(out), ==, 3);
    assert_fails((const char *)gz->data, gz->len, 0, FC_GZIP_ERROR_TOO_LARGE);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/gzip/round-trip", test_round_trip);
    g_test_add_func("/gzip/empty-member", test_empty_member);
    g_test_add_func("/gzip/binary-content", test_binary_content);
    g_test_add_func("/gzip/concatenated-members", test_concatenated_members);
    g_test_add_func("/gzip/trailing-padding-ignored", test_trailing_padding_ignored);
    g_test_add_func("/gzip/truncated", test_truncated);
    g_test_add_func("/gzip/corrupt", test_corrupt);
    g_test_add_func("/gzip/bomb", test_bomb);
    g_test_add_func("/gzip/no-limit-overflow", test_no_limit_overflow);
    return g_test_run();
}
