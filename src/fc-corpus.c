#include "fc-corpus.h"

#include "fc-boilerplate.h"
#include "fc-byline-date.h"
#include "fc-frontmatter.h"
#include "fc-gzip.h"
#include "fc-html.h"
#include "fc-markdown.h"
#include "fc-superseded.h"
#include "fc-unwrap.h"
#include "fc-records.h"
#include "fc-walk.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
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

/* Whether the first @n bytes of @name end with @suffix, ignoring case. */
static gboolean
fc_corpus_has_suffix(const char *name, gsize n, const char *suffix)
{
    gsize s = strlen(suffix);
    return n > s && g_ascii_strncasecmp(name + n - s, suffix, s) == 0;
}

typedef enum {
    FC_FORMAT_NONE,
    FC_FORMAT_TEXT,    /* .md, .markdown, .txt */
    FC_FORMAT_HTML,    /* .html, .htm (fc-html) */
    FC_FORMAT_RECORDS, /* .json, .jsonl, .ndjson (fc-records) */
} FcFormat;

/* The format the name says, after an optional ".gz" (*gz set). */
static FcFormat
fc_corpus_format(const char *path, gboolean *gz)
{
    static const struct {
        const char *suffix;
        FcFormat format;
    } formats[] = {
        {".md", FC_FORMAT_TEXT},       {".markdown", FC_FORMAT_TEXT},  {".txt", FC_FORMAT_TEXT},
        {".html", FC_FORMAT_HTML},     {".htm", FC_FORMAT_HTML},       {".json", FC_FORMAT_RECORDS},
        {".jsonl", FC_FORMAT_RECORDS}, {".ndjson", FC_FORMAT_RECORDS},
    };
    gsize n = strlen(path);
    *gz = fc_corpus_has_suffix(path, n, ".gz");
    if (*gz)
        n -= 3;
    for (gsize i = 0; i < G_N_ELEMENTS(formats); i++)
        if (fc_corpus_has_suffix(path, n, formats[i].suffix))
            return formats[i].format;
    return FC_FORMAT_NONE;
}

gboolean
fc_corpus_is_input_name(const char *path)
{
    gboolean gz;
    return fc_corpus_format(path, &gz) != FC_FORMAT_NONE;
}

/* Real .txt scrapes carry Markdown too, so all three kinds are cleaned.
 * Records (fc-records) parse their texts under "x.jsonl#3" names, which
 * are not cleaned. */
static gboolean
fc_corpus_is_text_name(const char *name)
{
    gboolean gz;
    return fc_corpus_format(name, &gz) == FC_FORMAT_TEXT && !gz;
}

/* ---- text encodings ------------------------------------------------------ */

typedef enum {
    FC_ENCODING_UTF8,
    FC_ENCODING_UTF16LE,
    FC_ENCODING_UTF16BE,
} FcEncoding;

/* What reading a file's text found, for the one-line notes. */
typedef struct {
    FcEncoding encoding;
    gboolean bom;    /* a UTF-16 byte-order mark said so */
    guint bad_units; /* unpaired UTF-16 surrogates and a stray odd byte */
    guint nuls;      /* NUL bytes read as spaces */
} FcTextNotes;

/* How much of a file the sniffing looks at: enough for any header, little
 * enough to cost nothing on a big file (git and file(1) do the same). */
#define FC_SNIFF_BYTES 8192

/* UTF-16 without a byte-order mark is recognised by the NULs of ASCII text:
 * in little-endian every odd byte is NUL and almost no even one is.  Text
 * in other scripts is not recognised; without a mark nothing says it is
 * UTF-16 rather than bytes. */
static FcEncoding
fc_corpus_sniff_encoding(const guchar *b, gsize len, gboolean *bom)
{
    *bom = len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
    if (*bom)
        return b[0] == 0xFF ? FC_ENCODING_UTF16LE : FC_ENCODING_UTF16BE;
    gsize pairs = MIN(len, FC_SNIFF_BYTES) / 2;
    if (pairs < 2)
        return FC_ENCODING_UTF8;
    /* Most files hold no NUL at all: memchr says so at memory speed. */
    if (memchr(b, 0, 2 * pairs) == NULL)
        return FC_ENCODING_UTF8;
    gsize zero_even = 0, zero_odd = 0;
    for (gsize i = 0; i < pairs; i++) {
        zero_even += b[2 * i] == 0;
        zero_odd += b[2 * i + 1] == 0;
    }
    if (zero_odd * 10 >= pairs * 7 && zero_even * 10 <= pairs)
        return FC_ENCODING_UTF16LE;
    if (zero_even * 10 >= pairs * 7 && zero_odd * 10 <= pairs)
        return FC_ENCODING_UTF16BE;
    return FC_ENCODING_UTF8;
}

/* UTF-16 to UTF-8 by hand rather than with g_convert(): iconv gives up on
 * the first unpaired surrogate, and a damaged file must still be read.
 * Bad units become '?' like invalid UTF-8; line ends map one to one, so
 * line numbers match the file.  A leading byte-order mark is dropped. */
static char *
fc_corpus_utf16_to_utf8(const guchar *b, gsize len, gboolean big_endian, gsize *out_len,
                        guint *bad_units)
{
    /* A unit gives at most 3 bytes, a surrogate pair (2 units) 4. */
    char *out = g_malloc(len / 2 * 3 + 2);
    gsize n = 0, i = 0, units = len / 2;
    *bad_units = 0;
#define FC_UNIT(k)                                                                                 \
    (big_endian ? (guint)b[2 * (k)] << 8 | b[2 * (k) + 1] : (guint)b[2 * (k) + 1] << 8 | b[2 * (k)])
    if (units > 0 && FC_UNIT(0) == 0xFEFF)
        i = 1;
    for (; i < units; i++) {
        gunichar c = FC_UNIT(i);
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < units && FC_UNIT(i + 1) >= 0xDC00 &&
            FC_UNIT(i + 1) < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (FC_UNIT(i + 1) - 0xDC00);
            i++;
        } else if (c >= 0xD800 && c < 0xE000) {
            out[n++] = '?';
            (*bad_units)++;
            continue;
        }
        n += (gsize)g_unichar_to_utf8(c, out + n);
    }
#undef FC_UNIT
    if (len % 2 != 0) {
        out[n++] = '?';
        (*bad_units)++;
    }
    out[n] = '\0';
    *out_len = n;
    return out;
}

/* Returns the number of invalid sequences, a run of adjacent bad bytes
 * counting once, which is what a reader of "3 sequences" expects.  NUL
 * bytes become spaces, counted in *nuls. */
static guint
fc_corpus_repair_utf8(char *t, gsize len, guint *nuls)
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
            (*nuls)++;
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

/* Binary data under a text name (a picture saved as .md, a PDF as .txt):
 * a known header, or a start that text never has: more than 5% control
 * bytes other than NUL (random data has 10%), or more than 30% NULs.  NULs
 * are judged apart because text does carry a few, and those at the end
 * are left out: a file another tool half-wrote is often text followed by
 * zeros, and is still read. */
static gboolean
fc_corpus_looks_binary(const guchar *b, gsize len)
{
    static const struct {
        const char *magic;
        gsize len;
    } headers[] = {
        {"%PDF-", 5},
        {"\x89PNG", 4},
        {"GIF8", 4},
        {"\xFF\xD8\xFF", 3},
        {"PK\x03\x04", 4},
        {"\177ELF", 4},
        {"\x1F\x8B", 2},
        {"BZh", 3},
        {"\3757zXZ", 5},
        {"7z\xBC\xAF", 4},
        {"\x28\xB5\x2F\xFD", 4},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(headers); i++)
        if (len >= headers[i].len && memcmp(b, headers[i].magic, headers[i].len) == 0)
            return TRUE;
    while (len > 0 && b[len - 1] == 0)
        len--;
    /* The control characters text holds (tab, line ends, form feed,
     * escape), and NUL, counted apart: one bit each, no call per byte. */
    const guint32 text_controls =
        1u << 0 | 1u << '\t' | 1u << '\n' | 1u << '\v' | 1u << '\f' | 1u << '\r' | 1u << 0x1B;
    gsize n = MIN(len, FC_SNIFF_BYTES), controls = 0, nuls = 0;
    for (gsize i = 0; i < n; i++) {
        nuls += b[i] == 0;
        controls += b[i] < 0x20 && ((text_controls >> b[i]) & 1u) == 0;
    }
    return controls * 20 > n || nuls * 10 > n * 3;
}

/* ---- parse ------------------------------------------------------------- */

/* fc_corpus_parse() on a buffer it takes: @text is @len bytes plus a NUL,
 * from g_malloc(), which saves a copy of every file read.  @kind is the
 * name whose extension says how to clean ("a.md" for "a.md.gz"). */
static FcDocument *
fc_corpus_parse_owned(const char *path, const char *kind, char *text, gsize len, FcTextNotes *notes)
{
    notes->encoding = fc_corpus_sniff_encoding((const guchar *)text, len, &notes->bom);
    if (notes->encoding != FC_ENCODING_UTF8) {
        gsize n = 0;
        char *utf8 =
            fc_corpus_utf16_to_utf8((const guchar *)text, len,
                                    notes->encoding == FC_ENCODING_UTF16BE, &n, &notes->bad_units);
        g_free(text);
        text = utf8;
        len = n;
    }
    guint repaired = fc_corpus_repair_utf8(text, len, &notes->nuls);
    FcDocument *doc = fc_document_new(path, text, len);
    doc->repaired = repaired + notes->bad_units;
    fc_frontmatter_read(doc);
    if (fc_corpus_is_text_name(kind)) {
        fc_byline_date_read(doc);
        fc_boilerplate_blank(doc->text, doc->len, doc->body_start);
        fc_superseded_find(doc);
        fc_markdown_clean(doc);
        fc_unwrap_lines(doc->text, doc->body_start, doc->len);
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
    FcTextNotes notes = {0};
    return fc_corpus_parse_owned(path, path, text, len, &notes);
}

/* ---- reading ------------------------------------------------------------ */

static const char *const fc_corpus_encoding_names[] = {"UTF-8", "UTF-16LE", "UTF-16BE"};

static void G_GNUC_PRINTF(3, 4)
    fc_corpus_note(GPtrArray *warnings, const char *name, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    g_autofree char *what = g_strdup_vprintf(format, ap);
    va_end(ap);
    g_ptr_array_add(warnings, g_strdup_printf("factcheck: '%s': %s", name, what));
}

static const char *
fc_corpus_plural(guint n)
{
    return n == 1 ? "" : "s";
}

static void
fc_corpus_warn_document(GPtrArray *warnings, const FcDocument *doc, const FcTextNotes *notes)
{
    if (notes->encoding != FC_ENCODING_UTF8)
        fc_corpus_note(
            warnings, doc->path, "read as %s (%s)", fc_corpus_encoding_names[notes->encoding],
            notes->bom ? "byte-order mark" : "no byte-order mark; guessed from its NULs");
    if (notes->bad_units > 0)
        fc_corpus_note(warnings, doc->path, "invalid UTF-16 repaired (%u unit%s)", notes->bad_units,
                       fc_corpus_plural(notes->bad_units));
    guint utf8 = doc->repaired - notes->bad_units;
    if (utf8 > 0)
        fc_corpus_note(warnings, doc->path, "invalid UTF-8 repaired (%u sequence%s)", utf8,
                       fc_corpus_plural(utf8));
    if (notes->nuls > 0)
        fc_corpus_note(warnings, doc->path, "%u NUL byte%s read as space%s", notes->nuls,
                       fc_corpus_plural(notes->nuls), fc_corpus_plural(notes->nuls));
    /* FcTime is all zero when unknown; see fc-time.h. */
    if (doc->date_text != NULL && doc->date.lo == 0)
        fc_corpus_note(warnings, doc->path, "front-matter date '%s' not understood",
                       doc->date_text);
}

static void
fc_corpus_set_errno(GError **error, const char *name, int err)
{
    g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", name, g_strerror(err));
}

static void
fc_corpus_set_too_large(GError **error, const char *name, guint64 size)
{
    /* Whole MiB, rounded up so that a file just past the limit does not
     * read "256 MiB": no locale's decimal point, no g_format_size() NBSP. */
    g_set_error(error, FC_CORPUS_ERROR, 0,
                "cannot read '%s': too large (%" G_GUINT64_FORMAT
                " MiB; the limit is %d MiB per file)",
                name, (size + (1 << 20) - 1) >> 20, FC_CORPUS_MAX_FILE_SIZE >> 20);
}

/* The whole file, NUL-terminated, from g_malloc(); NULL with @error.
 * Read-only and non-blocking: a file swapped for a FIFO since the walk
 * must not hang the run, and an input is never opened for writing.  At
 * most FC_CORPUS_MAX_FILE_SIZE bytes, checked before anything is allocated
 * and again while reading, since the file may grow. */
static char *
fc_corpus_read_file(const char *path, const char *name, gsize *len, GError **error)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        fc_corpus_set_errno(error, name, errno);
        return NULL;
    }
    struct stat st;
    int err = fstat(fd, &st) != 0 ? errno : S_ISREG(st.st_mode) ? 0 : -1;
    if (err != 0) {
        close(fd);
        g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", name,
                    err < 0 ? "not a regular file" : g_strerror(err));
        return NULL;
    }
    if ((guint64)st.st_size > FC_CORPUS_MAX_FILE_SIZE) {
        close(fd);
        fc_corpus_set_too_large(error, name, (guint64)st.st_size);
        return NULL;
    }
    /* The size is a hint: the file may grow or shrink while it is read. */
    gsize cap = (gsize)st.st_size + 1, n = 0;
    char *buf = g_malloc(cap);
    for (;;) {
        if (n + 1 == cap) {
            if (n >= FC_CORPUS_MAX_FILE_SIZE) {
                close(fd);
                g_free(buf);
                fc_corpus_set_too_large(error, name, n + 1);
                return NULL;
            }
            cap = MIN(MAX(cap * 2, 4096), (gsize)FC_CORPUS_MAX_FILE_SIZE + 2);
            buf = g_realloc(buf, cap);
        }
        ssize_t got = read(fd, buf + n, cap - 1 - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            err = errno;
            close(fd);
            g_free(buf);
            fc_corpus_set_errno(error, name, err);
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

/* An article file (.md, .markdown, .txt): one document. */
static void
fc_corpus_load_text(const char *name, const char *kind, char *bytes, gsize len, GPtrArray *docs,
                    GPtrArray *warnings)
{
    if (len == 0)
        fc_corpus_note(warnings, name, "empty file");
    gboolean bom;
    if (fc_corpus_sniff_encoding((const guchar *)bytes, len, &bom) == FC_ENCODING_UTF8 &&
        fc_corpus_looks_binary((const guchar *)bytes, len)) {
        fc_corpus_note(warnings, name, "looks like a binary file; skipped");
        g_free(bytes);
        return;
    }
    FcTextNotes notes = {0};
    FcDocument *doc = fc_corpus_parse_owned(name, kind, bytes, len, &notes);
    fc_corpus_warn_document(warnings, doc, &notes);
    g_ptr_array_add(docs, doc);
}

/* The inflated bytes of a .gz file in a buffer fc_corpus_parse_owned()
 * can take (NUL-terminated, from g_malloc()), or NULL with @error. */
static char *
fc_corpus_inflate(const char *name, const char *bytes, gsize len, gsize *out_len, GError **error)
{
    g_autoptr(GError) cause = NULL;
    g_autoptr(GBytes) inflated = fc_gzip_inflate(bytes, len, FC_CORPUS_MAX_FILE_SIZE, &cause);
    if (inflated == NULL) {
        if (g_error_matches(cause, FC_GZIP_ERROR, FC_GZIP_ERROR_TOO_LARGE))
            g_set_error(error, FC_CORPUS_ERROR, 0,
                        "cannot read '%s': too large once inflated (the limit is %d MiB per file)",
                        name, FC_CORPUS_MAX_FILE_SIZE >> 20);
        else
            g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", name, cause->message);
        return NULL;
    }
    gsize n = 0;
    const char *data = g_bytes_get_data(inflated, &n);
    char *out = g_malloc(n + 1);
    if (n > 0)
        memcpy(out, data, n);
    out[n] = '\0';
    *out_len = n;
    return out;
}

gboolean
fc_corpus_load(const FcSource *src, GPtrArray *docs, GPtrArray *warnings, GError **error)
{
    g_return_val_if_fail(src != NULL && docs != NULL && warnings != NULL, FALSE);
    g_autofree char *name = fc_walk_display_name(src->path);
    gboolean gz = FALSE;
    FcFormat format = fc_corpus_format(src->path, &gz);
    gsize len = 0;
    char *bytes = fc_corpus_read_file(src->path, name, &len, error);
    if (bytes != NULL && gz) {
        gsize inflated_len = 0;
        char *inflated = fc_corpus_inflate(name, bytes, len, &inflated_len, error);
        g_free(bytes);
        bytes = inflated;
        len = inflated_len;
    }
    if (bytes == NULL)
        return FALSE;
    /* A named file of another kind never gets here: the walk counts it. */
    if (format == FC_FORMAT_HTML || format == FC_FORMAT_RECORDS) {
        gboolean ok = format == FC_FORMAT_HTML
                          ? fc_html_read(name, bytes, len, docs, warnings, error)
                          : fc_records_read(name, bytes, len, docs, warnings, error);
        g_free(bytes);
        return ok;
    }
    /* "a.md.gz" is cleaned as "a.md" but keeps its name. */
    g_autofree char *kind = g_strndup(src->path, strlen(src->path) - (gz ? 3 : 0));
    fc_corpus_load_text(name, kind, bytes, len, docs, warnings);
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
