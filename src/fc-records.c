#include "fc-records.h"

#include "fc-boilerplate.h"
#include "fc-corpus.h"
#include "fc-superseded.h"
#include "fc-time.h"

#include <cjson/cJSON.h>
#include <string.h>

/* Warnings shown per file; a dump with a million bad lines gets one line
 * saying how many more there were, not a million. */
#define FC_RECORDS_WARN_MAX 10

static const char *const fc_records_text_keys[] = {
    "text", "body", "content", "maintext", "article", "articleBody", "content_text", NULL,
};
static const char *const fc_records_title_keys[] = {"title", "headline", NULL};
static const char *const fc_records_date_keys[] = {
    "date",         "published",   "date_publish",   "datePublished", "publish_date",
    "published_at", "publishedAt", "date_published", "pubDate",       NULL,
};
static const char *const fc_records_url_keys[] = {"url", "link", NULL};
static const char *const fc_records_source_keys[] = {
    "source", "source_domain", "site_name", "publisher", "domain", NULL,
};

GQuark
fc_records_error_quark(void)
{
    return g_quark_from_static_string("fc-records-error-quark");
}

typedef struct {
    const char *path;
    GPtrArray *docs;
    GPtrArray *warnings;
    gboolean lines; /* records named "path:N" (a line) rather than "path#N" */
    guint warned;
} FcRecords;

static gboolean
fc_records_has_suffix(const char *name, gsize n, const char *suffix)
{
    gsize s = strlen(suffix);
    return n > s && g_ascii_strncasecmp(name + n - s, suffix, s) == 0;
}

gboolean
fc_records_is_lines_name(const char *path)
{
    gsize n = strlen(path);
    if (fc_records_has_suffix(path, n, ".gz"))
        n -= 3;
    return fc_records_has_suffix(path, n, ".jsonl") || fc_records_has_suffix(path, n, ".ndjson");
}

static void G_GNUC_PRINTF(3, 4) fc_records_warn(FcRecords *r, guint number, const char *format, ...)
{
    if (r->warned++ >= FC_RECORDS_WARN_MAX)
        return;
    va_list args;
    va_start(args, format);
    g_autofree char *message = g_strdup_vprintf(format, args);
    va_end(args);
    g_ptr_array_add(r->warnings, g_strdup_printf("factcheck: '%s%c%u': %s", r->path,
                                                 r->lines ? ':' : '#', number, message));
}

static void
fc_records_finish(FcRecords *r)
{
    if (r->warned > FC_RECORDS_WARN_MAX)
        g_ptr_array_add(r->warnings, g_strdup_printf("factcheck: '%s': %u more warnings not shown",
                                                     r->path, r->warned - FC_RECORDS_WARN_MAX));
}

/* ---- fields ------------------------------------------------------------ */

static const cJSON *
fc_records_field(const cJSON *rec, const char *const *keys, cJSON_bool (*is)(const cJSON *))
{
    for (gsize i = 0; keys[i] != NULL; i++) {
        const cJSON *item = cJSON_GetObjectItem(rec, keys[i]);
        if (item != NULL && is(item))
            return item;
    }
    return NULL;
}

static gboolean
fc_records_is_blank(const char *s)
{
    for (; *s != '\0'; s++)
        if (!g_ascii_isspace(*s))
            return FALSE;
    return TRUE;
}

static char *
fc_records_string(const cJSON *rec, const char *const *keys)
{
    const cJSON *item = fc_records_field(rec, keys, cJSON_IsString);
    if (item == NULL || fc_records_is_blank(item->valuestring))
        return NULL;
    return g_strstrip(g_strdup(item->valuestring));
}

/* An array of strings is a list of paragraphs: a blank line between them
 * ends each one's last sentence. */
static cJSON_bool
fc_records_is_text(const cJSON *item)
{
    if (cJSON_IsString(item))
        return !fc_records_is_blank(item->valuestring);
    if (!cJSON_IsArray(item) || item->child == NULL)
        return FALSE;
    for (const cJSON *p = item->child; p != NULL; p = p->next)
        if (!cJSON_IsString(p))
            return FALSE;
    return TRUE;
}

static char *
fc_records_text(const cJSON *rec)
{
    const cJSON *item = fc_records_field(rec, fc_records_text_keys, fc_records_is_text);
    if (item == NULL)
        return NULL;
    if (cJSON_IsString(item))
        return g_strdup(item->valuestring);
    GString *text = g_string_new(NULL);
    for (const cJSON *p = item->child; p != NULL; p = p->next) {
        if (text->len > 0)
            g_string_append(text, "\n\n");
        g_string_append(text, p->valuestring);
    }
    if (fc_records_is_blank(text->str)) {
        g_string_free(text, TRUE);
        return NULL;
    }
    return g_string_free(text, FALSE);
}

static cJSON_bool
fc_records_is_source(const cJSON *item)
{
    if (cJSON_IsString(item))
        return TRUE;
    return cJSON_IsObject(item) && cJSON_IsString(cJSON_GetObjectItem(item, "name"));
}

/* "publisher": "Example Wire" or {"name": "Example Wire", "url": ...}. */
static char *
fc_records_source(const cJSON *rec)
{
    const cJSON *item = fc_records_field(rec, fc_records_source_keys, fc_records_is_source);
    if (item != NULL && cJSON_IsObject(item))
        item = cJSON_GetObjectItem(item, "name");
    if (item == NULL || fc_records_is_blank(item->valuestring))
        return NULL;
    return g_strstrip(g_strdup(item->valuestring));
}

static cJSON_bool
fc_records_is_date(const cJSON *item)
{
    return cJSON_IsString(item) || cJSON_IsNumber(item);
}

/* Dates as text are kept as written; a number is Unix time, in seconds or,
 * past 1e11 (the year 5138 in seconds), milliseconds, as JavaScript
 * exports write it. */
static char *
fc_records_date(const cJSON *rec)
{
    const cJSON *item = fc_records_field(rec, fc_records_date_keys, fc_records_is_date);
    if (item == NULL)
        return NULL;
    if (cJSON_IsString(item))
        return fc_records_is_blank(item->valuestring) ? NULL
                                                      : g_strstrip(g_strdup(item->valuestring));
    double seconds = item->valuedouble > 1e11 ? item->valuedouble / 1000 : item->valuedouble;
    if (!(seconds >= 0 && seconds < 253402300800.0)) /* NaN, or past 9999 */
        return g_strdup_printf("%.17g", item->valuedouble);
    g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc((gint64)seconds);
    return t != NULL ? g_date_time_format(t, "%Y-%m-%d") : NULL;
}

static void
fc_records_set(char **field, char *value)
{
    if (value == NULL)
        return;
    g_free(*field);
    *field = value;
}

/* ---- records ----------------------------------------------------------- */

static void
fc_records_add(FcRecords *r, const cJSON *rec, guint number)
{
    if (!cJSON_IsObject(rec)) {
        fc_records_warn(r, number, "record is not a JSON object, skipped");
        return;
    }
    g_autofree char *text = fc_records_text(rec);
    if (text == NULL) {
        fc_records_warn(r, number,
                        "record has no text (text, body, content, maintext or article), skipped");
        return;
    }
    g_autofree char *path = g_strdup_printf("%s#%u", r->path, number);
    FcDocument *doc = fc_corpus_parse(path, text, strlen(text));
    fc_boilerplate_blank(doc->text, doc->len, doc->body_start);
    fc_superseded_find(doc);
    fc_records_set(&doc->title, fc_records_string(rec, fc_records_title_keys));
    fc_records_set(&doc->url, fc_records_string(rec, fc_records_url_keys));
    fc_records_set(&doc->source, fc_records_source(rec));
    char *date = fc_records_date(rec);
    if (date != NULL) {
        fc_records_set(&doc->date_text, date);
        memset(&doc->date, 0, sizeof doc->date);
        if (!fc_time_parse_iso(doc->date_text, &doc->date))
            memset(&doc->date, 0, sizeof doc->date);
    }
    if (doc->repaired > 0)
        fc_records_warn(r, number, "invalid UTF-8 repaired (%u sequence%s)", doc->repaired,
                        doc->repaired == 1 ? "" : "s");
    if (doc->date_text != NULL && !fc_time_is_known(&doc->date))
        fc_records_warn(r, number, "date '%s' not understood", doc->date_text);
    g_ptr_array_add(r->docs, doc);
}

static guint
fc_records_line_of(const char *bytes, gsize offset)
{
    guint line = 1;
    for (const char *p = bytes; (p = memchr(p, '\n', offset - (gsize)(p - bytes))) != NULL; p++)
        line++;
    return line;
}

static gsize
fc_records_skip_space(const char *bytes, gsize pos, gsize end)
{
    while (pos < end && g_ascii_isspace(bytes[pos]))
        pos++;
    return pos;
}

/* One record per line.  Each line is parsed with its own length, so a
 * broken line can never make the parser run on into the next. */
static gboolean
fc_records_read_lines(FcRecords *r, const char *bytes, gsize len, GError **error)
{
    guint line = 0, lines = 0, malformed = 0;
    guint first_warning = r->warnings->len;
    for (gsize pos = 0; pos < len;) {
        const char *nl = memchr(bytes + pos, '\n', len - pos);
        gsize end = nl != NULL ? (gsize)(nl - bytes) : len;
        gsize start = fc_records_skip_space(bytes, pos, end);
        line++;
        pos = end + 1;
        if (start == end)
            continue;
        lines++;
        const char *stop = NULL;
        cJSON *rec = cJSON_ParseWithLengthOpts(bytes + start, end - start, &stop, FALSE);
        if (rec == NULL || fc_records_skip_space(bytes, (gsize)(stop - bytes), end) != end) {
            fc_records_warn(r, line, "malformed JSON (%s), skipped",
                            rec == NULL ? "syntax error" : "more than one value");
            malformed++;
        } else {
            fc_records_add(r, rec, line);
        }
        cJSON_Delete(rec);
    }
    if (lines > 0 && malformed == lines) {
        /* Not JSON at all: one error says so better than a warning a line. */
        g_ptr_array_remove_range(r->warnings, first_warning, r->warnings->len - first_warning);
        r->warned = 0;
        g_set_error(error, FC_RECORDS_ERROR, 0, "'%s' is not JSON Lines: no line is a JSON value",
                    r->path);
        return FALSE;
    }
    return TRUE;
}

/* The member of @root holding the records: the first array with an
 * object in it ({"status": "ok", "articles": [...]}), or NULL. */
static cJSON *
fc_records_find_array(const cJSON *root)
{
    for (cJSON *member = root->child; member != NULL; member = member->next) {
        if (!cJSON_IsArray(member))
            continue;
        for (const cJSON *p = member->child; p != NULL; p = p->next)
            if (cJSON_IsObject(p))
                return member;
    }
    return NULL;
}

/* Builds each record's document and frees its tree straight away, so
 * that the parsed file and its documents are not all held at once. */
static void
fc_records_add_array(FcRecords *r, cJSON *array)
{
    guint number = 0;
    for (cJSON *item = array->child; item != NULL; item = array->child) {
        fc_records_add(r, item, ++number);
        cJSON_Delete(cJSON_DetachItemViaPointer(array, item));
    }
}

static gboolean
fc_records_read_json(FcRecords *r, const char *bytes, gsize len, GError **error)
{
    const char *stop = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(bytes, len, &stop, FALSE);
    if (root == NULL) {
        gsize at = stop != NULL && stop >= bytes ? MIN((gsize)(stop - bytes), len) : 0;
        g_set_error(error, FC_RECORDS_ERROR, 0, "'%s' is not JSON: syntax error at line %u",
                    r->path, fc_records_line_of(bytes, at));
        return FALSE;
    }
    gsize after = fc_records_skip_space(bytes, (gsize)(stop - bytes), len);
    if (after < len && bytes[after] != '\0') {
        /* Another value follows: JSON Lines under a .json name. */
        cJSON_Delete(root);
        r->lines = TRUE;
        return fc_records_read_lines(r, bytes, len, error);
    }
    cJSON *array = cJSON_IsArray(root) ? root : NULL;
    if (cJSON_IsObject(root) &&
        fc_records_field(root, fc_records_text_keys, fc_records_is_text) == NULL)
        array = fc_records_find_array(root);
    if (array != NULL)
        fc_records_add_array(r, array);
    else
        fc_records_add(r, root, 1);
    cJSON_Delete(root);
    return TRUE;
}

gboolean
fc_records_read(const char *path, const char *bytes, gsize len, GPtrArray *docs,
                GPtrArray *warnings, GError **error)
{
    g_return_val_if_fail(path != NULL && docs != NULL && warnings != NULL, FALSE);
    g_return_val_if_fail(bytes != NULL || len == 0, FALSE);
    FcRecords r = {path, docs, warnings, fc_records_is_lines_name(path), 0};
    /* An empty file holds no records, which is not an error. */
    if (fc_records_skip_space(bytes, 0, len) == len)
        return TRUE;
    gboolean ok = r.lines ? fc_records_read_lines(&r, bytes, len, error)
                          : fc_records_read_json(&r, bytes, len, error);
    fc_records_finish(&r);
    return ok;
}
