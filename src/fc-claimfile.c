#include "fc-claimfile.h"

#include "fc-claim.h"
#include "fc-corpus.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- writing ------------------------------------------------------------ */

static cJSON *
fc_cf_string(const char *s)
{
    return s != NULL ? cJSON_CreateString(s) : cJSON_CreateNull();
}

/* Open bounds are written as "-inf"/"inf": JSON has no infinity. */
static cJSON *
fc_cf_bound(double x)
{
    if (isfinite(x))
        return cJSON_CreateNumber(x);
    return cJSON_CreateString(x < 0 ? "-inf" : "inf");
}

static void
fc_cf_add_time(cJSON *o, const char *key, const FcTime *t)
{
    cJSON *a = cJSON_AddArrayToObject(o, key);
    cJSON_AddItemToArray(a, cJSON_CreateNumber(t->lo));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(t->hi));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(t->rel_months));
}

static cJSON *
fc_cf_document(const FcDocument *d)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "type", "document");
    cJSON_AddStringToObject(o, "path", d->path);
    cJSON_AddItemToObject(o, "title", fc_cf_string(d->title));
    cJSON_AddItemToObject(o, "date", fc_cf_string(d->date_text));
    cJSON_AddItemToObject(o, "source", fc_cf_string(d->source));
    cJSON_AddItemToObject(o, "url", fc_cf_string(d->url));
    fc_cf_add_time(o, "when", &d->date);
    cJSON_AddNumberToObject(o, "repaired", d->repaired);
    cJSON *dirs = cJSON_AddArrayToObject(o, "directives");
    for (guint i = 0; d->directives != NULL && i < d->directives->len; i++) {
        const FcDirective *dir = g_ptr_array_index(d->directives, i);
        cJSON *x = cJSON_CreateObject();
        cJSON_AddNumberToObject(x, "kind", dir->kind);
        cJSON_AddNumberToObject(x, "line", dir->line);
        cJSON_AddNumberToObject(x, "end_line", dir->end_line);
        cJSON_AddItemToObject(x, "rule", fc_cf_string(dir->rule));
        cJSON_AddItemToArray(dirs, x);
    }
    return o;
}

static cJSON *
fc_cf_claim(const FcClaim *c)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "type", "claim");
    cJSON_AddStringToObject(o, "document", c->document);
    cJSON_AddNumberToObject(o, "line", c->line);
    cJSON_AddNumberToObject(o, "column", c->column);
    cJSON_AddNumberToObject(o, "offset", (double)c->offset);
    cJSON_AddNumberToObject(o, "sentence", c->sentence);
    cJSON_AddItemToObject(o, "quote", fc_cf_string(c->quote));
    cJSON_AddStringToObject(o, "entity", c->entity);
    cJSON_AddStringToObject(o, "attribute", c->attribute);
    cJSON_AddItemToObject(o, "counterpart", fc_cf_string(c->counterpart));
    cJSON *v = cJSON_AddObjectToObject(o, "value");
    cJSON_AddItemToObject(v, "text", fc_cf_string(c->value_text));
    cJSON_AddItemToObject(v, "entity", fc_cf_string(c->value_entity));
    cJSON_AddItemToObject(v, "low", fc_cf_bound(c->value.low));
    cJSON_AddItemToObject(v, "high", fc_cf_bound(c->value.high));
    cJSON_AddItemToObject(v, "unit", fc_cf_string(fc_unit_name(c->value.unit)));
    cJSON_AddBoolToObject(v, "approx", c->value.approx);
    fc_cf_add_time(o, "time", &c->time);
    cJSON_AddStringToObject(o, "status", fc_status_name(c->status));
    cJSON_AddItemToObject(o, "event", fc_cf_string(c->event));
    cJSON_AddNumberToObject(o, "flags", c->flags);
    cJSON_AddStringToObject(o, "rule", c->rule);
    return o;
}

static void
fc_cf_print(GString *out, cJSON *o)
{
    char *text = cJSON_PrintUnformatted(o);
    g_string_append(out, text);
    g_string_append_c(out, '\n');
    cJSON_free(text);
    cJSON_Delete(o);
}

/* A document's line and its claims' (const FcClaim*, sorted). */
static void
fc_cf_print_document(GString *out, const FcDocument *doc, const GPtrArray *claims)
{
    fc_cf_print(out, fc_cf_document(doc));
    for (guint i = 0; claims != NULL && i < claims->len; i++)
        fc_cf_print(out, fc_cf_claim(g_ptr_array_index(claims, i)));
}

/* @claims' extracted ones (not derived) per document of @docs, each
 * document's in the order of @claims; NULL for a document without. */
static GPtrArray **
fc_cf_by_document(const GPtrArray *docs, const GPtrArray *claims)
{
    GPtrArray **by_doc = g_new0(GPtrArray *, docs->len + 1);
    for (guint i = 0; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        if ((c->flags & FC_CLAIM_DERIVED) || c->doc_index >= docs->len)
            continue;
        if (by_doc[c->doc_index] == NULL)
            by_doc[c->doc_index] = g_ptr_array_new();
        g_ptr_array_add(by_doc[c->doc_index], (gpointer)c);
    }
    return by_doc;
}

char *
fc_claimfile_format(const GPtrArray *docs, const GPtrArray *claims)
{
    GString *out = g_string_new(NULL);
    g_autofree GPtrArray **by_doc = fc_cf_by_document(docs, claims);
    for (guint d = 0; d < docs->len; d++) {
        /* Stable, as the store's sort is: equal claims keep their order. */
        if (by_doc[d] != NULL)
            g_ptr_array_sort(by_doc[d], fc_claim_ptr_compare);
        fc_cf_print_document(out, g_ptr_array_index(docs, d), by_doc[d]);
        g_clear_pointer(&by_doc[d], g_ptr_array_unref);
    }
    return g_string_free(out, FALSE);
}

gboolean
fc_claimfile_write(const FcCorpus *corpus, const GPtrArray *claims, FcOutput *out)
{
    g_autofree GPtrArray **by_doc = fc_cf_by_document(corpus->documents, claims);
    g_autoptr(GString) text = g_string_new(NULL);
    gboolean ok = TRUE;
    for (guint d = 0; d < corpus->documents->len; d++) {
        g_string_truncate(text, 0);
        fc_cf_print_document(text, g_ptr_array_index(corpus->documents, d), by_doc[d]);
        ok = ok && fc_output_write(out, text->str, text->len);
        g_clear_pointer(&by_doc[d], g_ptr_array_unref);
    }
    return ok;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct {
    const char *file;
    guint line;
    GError **error;
} FcCfPlace;

static gboolean
fc_cf_fail(const FcCfPlace *at, const char *what)
{
    g_autofree char *name = g_filename_display_name(at->file);
    g_set_error(at->error, FC_CORPUS_ERROR, 0, "'%s:%u': %s", name, at->line, what);
    return FALSE;
}

static const char *
fc_cf_get_string(const cJSON *o, const char *key)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(x) ? x->valuestring : NULL;
}

static double
fc_cf_get_number(const cJSON *o, const char *key)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(x) ? x->valuedouble : 0;
}

/* Whole numbers in range only: a claim file is data from elsewhere. */
static guint
fc_cf_get_uint(const cJSON *o, const char *key)
{
    double x = fc_cf_get_number(o, key);
    return x >= 0 && x <= G_MAXUINT ? (guint)x : 0;
}

static char *
fc_cf_dup(const cJSON *o, const char *key)
{
    return g_strdup(fc_cf_get_string(o, key));
}

static const char *
fc_cf_intern(const cJSON *o, const char *key)
{
    const char *s = fc_cf_get_string(o, key);
    return s != NULL ? g_intern_string(s) : NULL;
}

static double
fc_cf_get_bound(const cJSON *o, const char *key)
{
    const char *s = fc_cf_get_string(o, key);
    if (s != NULL)
        return strcmp(s, "-inf") == 0 ? -INFINITY : INFINITY;
    double x = fc_cf_get_number(o, key);
    return isfinite(x) ? x : 0;
}

static gboolean
fc_cf_get_time(const cJSON *o, const char *key, FcTime *t)
{
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsArray(a) || cJSON_GetArraySize(a) != 3)
        return FALSE;
    double lo = cJSON_GetArrayItem(a, 0)->valuedouble, hi = cJSON_GetArrayItem(a, 1)->valuedouble;
    double rel = cJSON_GetArrayItem(a, 2)->valuedouble;
    if (!(lo >= 0 && lo <= G_MAXUINT32 && hi >= 0 && hi <= G_MAXUINT32 && fabs(rel) < 1e6))
        return FALSE;
    t->lo = (guint32)lo;
    t->hi = (guint32)hi;
    t->rel_months = (gint32)rel;
    return TRUE;
}

static FcUnit
fc_cf_unit(const char *name)
{
    for (int u = 1; name != NULL && fc_unit_name((FcUnit)u) != NULL; u++)
        if (strcmp(fc_unit_name((FcUnit)u), name) == 0)
            return (FcUnit)u;
    return FC_UNIT_NONE;
}

static FcStatus
fc_cf_status(const char *name)
{
    for (int s = FC_STATUS_REPORTED; name != NULL && s <= FC_STATUS_PROJECTED; s++)
        if (strcmp(fc_status_name((FcStatus)s), name) == 0)
            return (FcStatus)s;
    return FC_STATUS_REPORTED;
}

static FcDocument *
fc_cf_read_document(const cJSON *o, const FcCfPlace *at)
{
    const char *path = fc_cf_get_string(o, "path");
    if (path == NULL) {
        fc_cf_fail(at, "document without a path");
        return NULL;
    }
    FcDocument *d = fc_document_new(path, g_strdup(""), 0);
    d->title = fc_cf_dup(o, "title");
    d->date_text = fc_cf_dup(o, "date");
    d->source = fc_cf_dup(o, "source");
    d->url = fc_cf_dup(o, "url");
    fc_cf_get_time(o, "when", &d->date);
    d->repaired = fc_cf_get_uint(o, "repaired");
    const cJSON *dirs = cJSON_GetObjectItemCaseSensitive(o, "directives");
    const cJSON *x;
    cJSON_ArrayForEach(x, dirs)
    {
        FcDirective *dir = g_new0(FcDirective, 1);
        guint kind = fc_cf_get_uint(x, "kind");
        dir->kind = kind <= FC_DIRECTIVE_UNKNOWN ? (FcDirectiveKind)kind : FC_DIRECTIVE_UNKNOWN;
        dir->line = fc_cf_get_uint(x, "line");
        dir->end_line = fc_cf_get_uint(x, "end_line");
        dir->rule = fc_cf_dup(x, "rule");
        if (d->directives == NULL)
            d->directives = g_ptr_array_new_with_free_func((GDestroyNotify)fc_directive_free);
        g_ptr_array_add(d->directives, dir);
    }
    return d;
}

static FcClaim *
fc_cf_read_claim(const cJSON *o, const FcCfPlace *at)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "value");
    if (fc_cf_get_string(o, "document") == NULL || fc_cf_get_string(o, "entity") == NULL ||
        fc_cf_get_string(o, "attribute") == NULL || fc_cf_get_string(o, "rule") == NULL ||
        !cJSON_IsObject(v)) {
        fc_cf_fail(at, "claim without document, entity, attribute, value or rule");
        return NULL;
    }
    FcClaim *c = fc_claim_new();
    c->document = fc_cf_intern(o, "document");
    c->line = fc_cf_get_uint(o, "line");
    c->column = fc_cf_get_uint(o, "column");
    c->offset = fc_cf_get_uint(o, "offset");
    c->sentence = fc_cf_get_uint(o, "sentence");
    c->quote = fc_cf_dup(o, "quote");
    c->entity = fc_cf_intern(o, "entity");
    c->attribute = fc_cf_intern(o, "attribute");
    c->counterpart = fc_cf_intern(o, "counterpart");
    c->value_text = fc_cf_dup(v, "text");
    c->value_entity = fc_cf_intern(v, "entity");
    c->value.low = fc_cf_get_bound(v, "low");
    c->value.high = fc_cf_get_bound(v, "high");
    c->value.unit = fc_cf_unit(fc_cf_get_string(v, "unit"));
    c->value.approx = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(v, "approx"));
    fc_cf_get_time(o, "time", &c->time);
    c->status = fc_cf_status(fc_cf_get_string(o, "status"));
    c->event = fc_cf_intern(o, "event");
    c->flags = fc_cf_get_uint(o, "flags") & ~(guint)FC_CLAIM_DERIVED;
    c->rule = fc_cf_intern(o, "rule");
    return c;
}

/* What has been read so far, before it is sorted into the corpus. */
typedef struct {
    GPtrArray *docs;   /* FcDocument* */
    GPtrArray *claims; /* FcClaim*, doc_index into docs */
    GHashTable *seen;  /* document path → index + 1 */
} FcCfRead;

static gboolean
fc_cf_read_line(FcCfRead *r, const char *text, gsize len, const FcCfPlace *at)
{
    g_autofree char *line = g_strndup(text, len);
    cJSON *o = cJSON_Parse(line);
    const char *type = o != NULL ? fc_cf_get_string(o, "type") : NULL;
    gboolean ok = FALSE;
    if (type != NULL && strcmp(type, "document") == 0) {
        FcDocument *d = fc_cf_read_document(o, at);
        if (d != NULL && g_hash_table_contains(r->seen, d->path)) {
            fc_cf_fail(at, "document listed twice (in two claim files?)");
            fc_document_free(d);
        } else if (d != NULL) {
            g_ptr_array_add(r->docs, d);
            g_hash_table_insert(r->seen, d->path, GUINT_TO_POINTER(r->docs->len));
            ok = TRUE;
        }
    } else if (type != NULL && strcmp(type, "claim") == 0) {
        FcClaim *c = fc_cf_read_claim(o, at);
        guint index = c != NULL ? GPOINTER_TO_UINT(g_hash_table_lookup(r->seen, c->document)) : 0;
        if (c != NULL && index == 0)
            fc_cf_fail(at, "claim before its document line");
        if (c != NULL && index > 0) {
            c->doc_index = index - 1;
            c->published = ((const FcDocument *)g_ptr_array_index(r->docs, c->doc_index))->date;
            g_ptr_array_add(r->claims, c);
            ok = TRUE;
        } else {
            fc_claim_free(c);
        }
    } else {
        fc_cf_fail(at, "not a claim file line (written by 'factcheck claims --format=jsonl')");
    }
    cJSON_Delete(o);
    return ok;
}

/* The strerror() text of a file error, as every other message says it. */
static const char *
fc_cf_reason(const GError *e)
{
    static const struct {
        GFileError code;
        int errnum;
    } map[] = {
        {G_FILE_ERROR_NOENT, ENOENT}, {G_FILE_ERROR_ACCES, EACCES}, {G_FILE_ERROR_ISDIR, EISDIR},
        {G_FILE_ERROR_NOMEM, ENOMEM}, {G_FILE_ERROR_IO, EIO},       {G_FILE_ERROR_LOOP, ELOOP},
    };
    for (guint i = 0; i < G_N_ELEMENTS(map); i++)
        if (e->domain == G_FILE_ERROR && e->code == (gint)map[i].code)
            return g_strerror(map[i].errnum);
    return e->message;
}

static gboolean
fc_cf_read_file(FcCfRead *r, const char *path, GError **error)
{
    g_autofree char *text = NULL;
    gsize len = 0;
    g_autoptr(GError) cause = NULL;
    if (!g_file_get_contents(path, &text, &len, &cause)) {
        g_autofree char *name = g_filename_display_name(path);
        g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", name, fc_cf_reason(cause));
        return FALSE;
    }
    FcCfPlace at = {path, 0, error};
    for (gsize start = 0; start < len;) {
        const char *nl = memchr(text + start, '\n', len - start);
        gsize end = nl != NULL ? (gsize)(nl - text) : len;
        at.line++;
        if (end > start && !fc_cf_read_line(r, text + start, end - start, &at))
            return FALSE;
        start = end + 1;
    }
    return TRUE;
}

/* ---- order -------------------------------------------------------------- */

/* "a.jsonl#12" → 12 when @p is at the '#' of a record number. */
static gboolean
fc_cf_record_number(const char *p, guint64 *n)
{
    if (*p != '#' || !g_ascii_isdigit(p[1]))
        return FALSE;
    char *end = NULL;
    *n = g_ascii_strtoull(p + 1, &end, 10);
    return *end == '\0';
}

/* The order of a folder walk: path component by component, bytewise, and
 * the records of one file ("news.jsonl#9", "news.jsonl#10") by number. */
static int
fc_cf_compare_paths(const char *a, const char *b)
{
    for (;;) {
        gsize la = strcspn(a, "/"), lb = strcspn(b, "/");
        int c = memcmp(a, b, MIN(la, lb));
        const char *ha = memchr(a, '#', la), *hb = memchr(b, '#', lb);
        guint64 na, nb;
        if (ha != NULL && hb != NULL && ha - a == hb - b && memcmp(a, b, (gsize)(ha - a)) == 0 &&
            fc_cf_record_number(ha, &na) && fc_cf_record_number(hb, &nb) && a[la] == '\0' &&
            b[lb] == '\0')
            return na < nb ? -1 : na > nb;
        if (c != 0 || la != lb)
            return c != 0 ? c : la < lb ? -1 : 1;
        if (a[la] == '\0' || b[lb] == '\0')
            return a[la] == '\0' ? (b[lb] == '\0' ? 0 : -1) : 1;
        a += la + 1;
        b += lb + 1;
    }
}

static int
fc_cf_compare_docs(gconstpointer a, gconstpointer b)
{
    const FcDocument *x = *(const FcDocument *const *)a, *y = *(const FcDocument *const *)b;
    return fc_cf_compare_paths(x->path, y->path);
}

static void
fc_cf_read_clear(FcCfRead *r)
{
    g_clear_pointer(&r->docs, g_ptr_array_unref);
    g_clear_pointer(&r->claims, g_ptr_array_unref);
    g_clear_pointer(&r->seen, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcCfRead, fc_cf_read_clear)

gboolean
fc_claimfile_read(char **paths, FcCorpus *corpus, GPtrArray *claims, GError **error)
{
    g_auto(FcCfRead) r = {
        g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free),
        g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free),
        g_hash_table_new(g_str_hash, g_str_equal),
    };
    for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
        if (!fc_cf_read_file(&r, paths[i], error))
            return FALSE;
    /* Documents in walk order; claims follow their document's new place. */
    g_autoptr(GPtrArray) sorted = g_ptr_array_copy(r.docs, NULL, NULL);
    g_ptr_array_sort(sorted, fc_cf_compare_docs);
    g_autofree guint *place = g_new0(guint, r.docs->len + 1);
    guint base = corpus->documents->len;
    for (guint i = 0; i < sorted->len; i++) {
        FcDocument *d = g_ptr_array_index(sorted, i);
        place[GPOINTER_TO_UINT(g_hash_table_lookup(r.seen, d->path)) - 1] = base + i;
    }
    for (guint i = 0; i < r.claims->len; i++) {
        FcClaim *c = g_ptr_array_index(r.claims, i);
        c->doc_index = place[c->doc_index];
    }
    g_hash_table_remove_all(r.seen); /* its keys are the documents' paths */
    g_ptr_array_set_free_func(r.docs, NULL);
    g_ptr_array_extend_and_steal(corpus->documents, g_steal_pointer(&sorted));
    g_ptr_array_extend_and_steal(claims, g_steal_pointer(&r.claims));
    return TRUE;
}
