#include "fc-html.h"

#include "fc-boilerplate.h"
#include "fc-superseded.h"
#include "fc-time.h"

#include <cjson/cJSON.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <string.h>

/* U+2029 PARAGRAPH SEPARATOR: ends a block that shares its source line with
 * the next one, where a newline would shift every line after it. */
#define FC_HTML_PARAGRAPH "\xE2\x80\xA9"
/* JSON-LD is searched this deep for datePublished and friends; real
 * pages nest two or three levels (@graph, then the article). */
#define FC_HTML_JSONLD_DEPTH 6

GQuark
fc_html_error_quark(void)
{
    return g_quark_from_static_string("fc-html-error-quark");
}

/* ---- what is the article ----------------------------------------------- */

/* Elements that never hold article text, wherever they are. */
static const char *const fc_html_skip_tags[] = {
    "script", "style",    "noscript", "template", "iframe", "svg",    "math",
    "nav",    "header",   "footer",   "aside",    "form",   "button", "select",
    "input",  "textarea", "object",   "embed",    "canvas", "dialog", "head",
};

static const char *const fc_html_skip_roles[] = {
    "navigation", "banner",      "contentinfo", "complementary", "search",  "dialog",
    "alert",      "alertdialog", "menu",        "menubar",       "toolbar", "status",
};

/* Words of class and id values ("c-cookie-banner", "share_tools") that
 * name site chrome rather than the story. */
static const char *const fc_html_chrome_words[] = {
    "cookie", "cookies",     "consent",  "gdpr",     "newsletter", "subscribe",   "related",
    "share",  "sharing",     "social",   "comment",  "comments",   "ad",          "ads",
    "advert", "advertising", "promo",    "sidebar",  "breadcrumb", "breadcrumbs", "nav",
    "navbar", "navigation",  "menu",     "footer",   "paywall",    "popup",       "modal",
    "banner", "recommended", "trending", "outbrain", "taboola",
};

/* Elements after which a sentence ends. */
static const char *const fc_html_block_tags[] = {
    "address", "article", "blockquote", "body",    "br",    "caption",  "center",
    "dd",      "details", "div",        "dl",      "dt",    "fieldset", "figcaption",
    "figure",  "h1",      "h2",         "h3",      "h4",    "h5",       "h6",
    "hgroup",  "hr",      "html",       "li",      "main",  "ol",       "option",
    "p",       "pre",     "section",    "summary", "table", "tbody",    "td",
    "tfoot",   "th",      "thead",      "title",   "tr",    "ul",
};

static gboolean
fc_html_in(const char *word, const char *const *list, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (g_ascii_strcasecmp(word, list[i]) == 0)
            return TRUE;
    return FALSE;
}

#define FC_HTML_IN(word, list) fc_html_in((word), (list), G_N_ELEMENTS(list))

/* The lists above in one table, looked up for every element and every
 * class word: lower-case word → FcHtmlWord bits.  Built once, then only
 * read. */
typedef enum {
    FC_WORD_SKIP_TAG = 1 << 0,
    FC_WORD_BLOCK_TAG = 1 << 1,
    FC_WORD_SKIP_ROLE = 1 << 2,
    FC_WORD_CHROME = 1 << 3,
} FcHtmlWord;

static GHashTable *fc_html_words;

static void
fc_html_add_words(const char *const *list, gsize n, FcHtmlWord bit)
{
    for (gsize i = 0; i < n; i++) {
        guint bits = GPOINTER_TO_UINT(g_hash_table_lookup(fc_html_words, list[i]));
        g_hash_table_insert(fc_html_words, (gpointer)list[i], GUINT_TO_POINTER(bits | bit));
    }
}

#define FC_HTML_ADD_WORDS(list, bit) fc_html_add_words((list), G_N_ELEMENTS(list), (bit))

static void
fc_html_init_words(void)
{
    fc_html_words = g_hash_table_new(g_str_hash, g_str_equal);
    FC_HTML_ADD_WORDS(fc_html_skip_tags, FC_WORD_SKIP_TAG);
    FC_HTML_ADD_WORDS(fc_html_block_tags, FC_WORD_BLOCK_TAG);
    FC_HTML_ADD_WORDS(fc_html_skip_roles, FC_WORD_SKIP_ROLE);
    FC_HTML_ADD_WORDS(fc_html_chrome_words, FC_WORD_CHROME);
}

/* The bits of the @n bytes at @s, case-insensitively. */
static guint
fc_html_word(const char *s, gsize n)
{
    char lower[32];
    if (n == 0 || n >= sizeof lower)
        return 0;
    for (gsize i = 0; i < n; i++)
        lower[i] = g_ascii_tolower(s[i]);
    lower[n] = '\0';
    return GPOINTER_TO_UINT(g_hash_table_lookup(fc_html_words, lower));
}

static guint
fc_html_word_of(const char *s)
{
    return s != NULL ? fc_html_word(s, strlen(s)) : 0;
}

/* The HTML parser lower-cases element and attribute names. */
static gboolean
fc_html_is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* An attribute's value without copying it; NULL when absent. */
static const char *
fc_html_attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a != NULL; a = a->next) {
        if (strcmp((const char *)a->name, name) != 0)
            continue;
        const xmlNode *v = a->children;
        return v != NULL && v->type == XML_TEXT_NODE && v->content != NULL
                   ? (const char *)v->content
                   : "";
    }
    return NULL;
}

/* Does @value, split at any of @separators, hold a part for which @match
 * holds? */
static gboolean
fc_html_any_part(const char *value, const char *separators,
                 gboolean (*match)(const char *part, gsize n, gconstpointer data),
                 gconstpointer data)
{
    if (value == NULL)
        return FALSE;
    for (const char *p = value; *p != '\0';) {
        gsize n = strcspn(p, separators);
        if (n > 0 && match(p, n, data))
            return TRUE;
        p += n + (p[n] != '\0');
    }
    return FALSE;
}

static gboolean
fc_html_part_is(const char *part, gsize n, gconstpointer word)
{
    return n == strlen(word) && g_ascii_strncasecmp(part, word, n) == 0;
}

static gboolean
fc_html_part_is_chrome(const char *part, gsize n, gconstpointer unused)
{
    (void)unused;
    return (fc_html_word(part, n) & FC_WORD_CHROME) != 0;
}

/* Does the space-separated @value hold @word (case-insensitive)? */
static gboolean
fc_html_has_token(const char *value, const char *word)
{
    return fc_html_any_part(value, " \t\r\n\f", fc_html_part_is, word);
}

/* Class and id words ("c-cookie-banner", "share_tools") naming chrome. */
static gboolean
fc_html_names_chrome(const char *value)
{
    return fc_html_any_part(value, " \t\r\n\f-_", fc_html_part_is_chrome, NULL);
}

static gboolean
fc_html_is_hidden(const xmlNode *n)
{
    if (fc_html_attr(n, "hidden") != NULL)
        return TRUE;
    const char *aria = fc_html_attr(n, "aria-hidden");
    if (aria != NULL && g_ascii_strcasecmp(aria, "true") == 0)
        return TRUE;
    const char *style = fc_html_attr(n, "style");
    if (style == NULL)
        return FALSE;
    g_autofree char *squeezed = g_ascii_strdown(style, -1);
    char *w = squeezed;
    for (const char *p = squeezed; *p != '\0'; p++)
        if (!g_ascii_isspace(*p))
            *w++ = *p;
    *w = '\0';
    return strstr(squeezed, "display:none") != NULL ||
           strstr(squeezed, "visibility:hidden") != NULL;
}

/* Left out by its kind, whatever its size. */
static gboolean
fc_html_is_skipped(const xmlNode *n)
{
    if ((fc_html_word_of((const char *)n->name) & FC_WORD_SKIP_TAG) || fc_html_is_hidden(n))
        return TRUE;
    return (fc_html_word_of(fc_html_attr(n, "role")) & FC_WORD_SKIP_ROLE) != 0;
}

/* Named as chrome by its class or id; left out only when small, since a
 * page wrapper may well be called "has-sidebar". */
static gboolean
fc_html_is_chrome_named(const xmlNode *n)
{
    if (fc_html_is(n, "html") || fc_html_is(n, "body") || fc_html_is(n, "article") ||
        fc_html_is(n, "main"))
        return FALSE;
    return fc_html_names_chrome(fc_html_attr(n, "class")) ||
           fc_html_names_chrome(fc_html_attr(n, "id"));
}

/* ---- metadata ---------------------------------------------------------- */

enum { FC_TITLE_OG, FC_TITLE_TWITTER, FC_TITLE_LD, FC_TITLE_TAG, FC_TITLE_H1, FC_TITLE_N };
enum { FC_DATE_META, FC_DATE_LD, FC_DATE_ITEMPROP, FC_DATE_TIME, FC_DATE_OTHER, FC_DATE_N };
enum { FC_SOURCE_OG, FC_SOURCE_LD, FC_SOURCE_N };
enum { FC_URL_OG, FC_URL_CANONICAL, FC_URL_N };

typedef struct {
    char *title[FC_TITLE_N];
    char *date[FC_DATE_N];
    char *source[FC_SOURCE_N];
    char *url[FC_URL_N];
} FcHtmlMeta;

static void
fc_html_meta_clear(FcHtmlMeta *m)
{
    char **all = (char **)(gpointer)m;
    for (gsize i = 0; i < sizeof *m / sizeof(char *); i++)
        g_free(all[i]);
}

/* Runs of white space become one space; NULL when nothing is left. */
static char *
fc_html_squeeze(const char *s)
{
    if (s == NULL)
        return NULL;
    GString *out = g_string_new(NULL);
    gboolean space = FALSE;
    for (const char *p = s; *p != '\0'; p++) {
        if (g_ascii_isspace(*p)) {
            space = out->len > 0;
            continue;
        }
        if (space)
            g_string_append_c(out, ' ');
        space = FALSE;
        g_string_append_c(out, *p);
    }
    if (out->len == 0) {
        g_string_free(out, TRUE);
        return NULL;
    }
    return g_string_free(out, FALSE);
}

/* The first value found for a slot wins. */
static void
fc_html_take(char **slot, const char *value)
{
    if (*slot == NULL)
        *slot = fc_html_squeeze(value);
}

static void
fc_html_take_text(char **slot, const xmlNode *n)
{
    if (*slot != NULL)
        return;
    xmlChar *text = xmlNodeGetContent(n);
    *slot = fc_html_squeeze((const char *)text);
    xmlFree(text);
}

static const char *const fc_html_other_date_names[] = {
    "date",          "pubdate",           "publishdate",       "publish-date",   "publish_date",
    "dc.date",       "dc.date.issued",    "dcterms.date",      "dcterms.issued", "parsely-pub-date",
    "sailthru.date", "og:published_time", "article.published",
};

static void
fc_html_read_meta(FcHtmlMeta *m, const xmlNode *n)
{
    const char *content = fc_html_attr(n, "content");
    const char *key = fc_html_attr(n, "property");
    if (key == NULL)
        key = fc_html_attr(n, "name");
    if (content == NULL || key == NULL)
        return;
    if (g_ascii_strcasecmp(key, "og:title") == 0)
        fc_html_take(&m->title[FC_TITLE_OG], content);
    else if (g_ascii_strcasecmp(key, "twitter:title") == 0)
        fc_html_take(&m->title[FC_TITLE_TWITTER], content);
    else if (g_ascii_strcasecmp(key, "article:published_time") == 0)
        fc_html_take(&m->date[FC_DATE_META], content);
    else if (g_ascii_strcasecmp(key, "og:site_name") == 0)
        fc_html_take(&m->source[FC_SOURCE_OG], content);
    else if (g_ascii_strcasecmp(key, "og:url") == 0)
        fc_html_take(&m->url[FC_URL_OG], content);
    else if (FC_HTML_IN(key, fc_html_other_date_names))
        fc_html_take(&m->date[FC_DATE_OTHER], content);
}

static void
fc_html_jsonld_walk(FcHtmlMeta *m, const cJSON *item, int depth)
{
    if (depth > FC_HTML_JSONLD_DEPTH || !(cJSON_IsObject(item) || cJSON_IsArray(item)))
        return;
    if (cJSON_IsObject(item)) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, "datePublished");
        if (cJSON_IsString(v))
            fc_html_take(&m->date[FC_DATE_LD], v->valuestring);
        v = cJSON_GetObjectItemCaseSensitive(item, "headline");
        if (cJSON_IsString(v))
            fc_html_take(&m->title[FC_TITLE_LD], v->valuestring);
        v = cJSON_GetObjectItemCaseSensitive(item, "publisher");
        if (cJSON_IsObject(v))
            v = cJSON_GetObjectItemCaseSensitive(v, "name");
        if (cJSON_IsString(v))
            fc_html_take(&m->source[FC_SOURCE_LD], v->valuestring);
    }
    for (const cJSON *child = item->child; child != NULL; child = child->next)
        fc_html_jsonld_walk(m, child, depth + 1);
}

static void
fc_html_read_jsonld(FcHtmlMeta *m, const xmlNode *script)
{
    xmlChar *text = xmlNodeGetContent(script);
    if (text == NULL)
        return;
    cJSON *root = cJSON_Parse((const char *)text);
    fc_html_jsonld_walk(m, root, 0);
    cJSON_Delete(root);
    xmlFree(text);
}

/* @chrome: inside something left out other than a <header>, where a
 * <time> or <h1> belongs to another story. */
static void
fc_html_read_element_meta(FcHtmlMeta *m, const xmlNode *n, gboolean chrome)
{
    if (fc_html_is(n, "meta")) {
        fc_html_read_meta(m, n);
        const char *itemprop = fc_html_attr(n, "itemprop");
        if (itemprop != NULL && g_ascii_strcasecmp(itemprop, "datePublished") == 0)
            fc_html_take(&m->date[FC_DATE_ITEMPROP], fc_html_attr(n, "content"));
        return;
    }
    if (fc_html_is(n, "link")) {
        if (fc_html_has_token(fc_html_attr(n, "rel"), "canonical"))
            fc_html_take(&m->url[FC_URL_CANONICAL], fc_html_attr(n, "href"));
        return;
    }
    if (fc_html_is(n, "title") && n->parent != NULL && fc_html_is(n->parent, "head")) {
        fc_html_take_text(&m->title[FC_TITLE_TAG], n);
        return;
    }
    if (fc_html_is(n, "script")) {
        const char *type = fc_html_attr(n, "type");
        if (type != NULL && g_ascii_strcasecmp(type, "application/ld+json") == 0)
            fc_html_read_jsonld(m, n);
        return;
    }
    const char *itemprop = fc_html_attr(n, "itemprop");
    if (itemprop != NULL && g_ascii_strcasecmp(itemprop, "datePublished") == 0) {
        const char *v = fc_html_attr(n, "datetime");
        if (v == NULL)
            v = fc_html_attr(n, "content");
        if (v != NULL)
            fc_html_take(&m->date[FC_DATE_ITEMPROP], v);
        else
            fc_html_take_text(&m->date[FC_DATE_ITEMPROP], n);
    }
    if (chrome)
        return;
    if (fc_html_is(n, "time"))
        fc_html_take(&m->date[FC_DATE_TIME], fc_html_attr(n, "datetime"));
    else if (fc_html_is(n, "h1"))
        fc_html_take_text(&m->title[FC_TITLE_H1], n);
}

static char *
fc_html_first(char **slots, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if (slots[i] != NULL)
            return g_steal_pointer(&slots[i]);
    return NULL;
}

/* ---- measuring: one pass over the tree --------------------------------- */

enum { FC_ROOT_ARTICLE_BODY, FC_ROOT_ARTICLE, FC_ROOT_MAIN, FC_ROOT_N };

typedef struct {
    FcHtmlMeta meta;
    GHashTable *chrome; /* chrome-named xmlNode* → text bytes inside */
    xmlNode *body;
    gsize body_len;
    xmlNode *root[FC_ROOT_N]; /* the largest candidate of each kind */
    gsize root_len[FC_ROOT_N];
} FcHtmlScan;

static void
fc_html_candidate(FcHtmlScan *s, int kind, xmlNode *n, gsize len)
{
    if (s->root[kind] == NULL || len > s->root_len[kind]) {
        s->root[kind] = n;
        s->root_len[kind] = len;
    }
}

static gsize
fc_html_text_len(const char *s)
{
    gsize n = 0;
    for (; s != NULL && *s != '\0'; s++)
        n += !g_ascii_isspace(*s);
    return n;
}

/* Returns the bytes of text (white space aside) that would be read under
 * @node; notes metadata, chrome-named elements and candidate roots. */
static gsize
fc_html_measure(FcHtmlScan *s, xmlNode *node, gboolean skipped, gboolean chrome)
{
    gsize total = 0;
    for (xmlNode *n = node->children; n != NULL; n = n->next) {
        if (n->type == XML_TEXT_NODE) {
            total += skipped ? 0 : fc_html_text_len((const char *)n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        fc_html_read_element_meta(&s->meta, n, chrome);
        gboolean skip = fc_html_is_skipped(n);
        gsize len =
            fc_html_measure(s, n, skipped || skip, chrome || (skip && !fc_html_is(n, "header")));
        total += len;
        if (skipped || skip)
            continue;
        if (fc_html_is_chrome_named(n))
            g_hash_table_insert(s->chrome, n, GSIZE_TO_POINTER(len));
        const char *itemprop = fc_html_attr(n, "itemprop");
        const char *role = fc_html_attr(n, "role");
        if (fc_html_has_token(itemprop, "articleBody"))
            fc_html_candidate(s, FC_ROOT_ARTICLE_BODY, n, len);
        else if (fc_html_is(n, "article"))
            fc_html_candidate(s, FC_ROOT_ARTICLE, n, len);
        else if (fc_html_is(n, "main") || (role != NULL && g_ascii_strcasecmp(role, "main") == 0))
            fc_html_candidate(s, FC_ROOT_MAIN, n, len);
        if (fc_html_is(n, "body") && s->body == NULL) {
            s->body = n;
            s->body_len = len;
        }
    }
    return total;
}

/* The most specific candidate holding at least a third of the page's text:
 * a teaser <article> in a list of stories is not the story. */
static xmlNode *
fc_html_content_root(const FcHtmlScan *s, xmlNode *fallback)
{
    for (int kind = 0; kind < FC_ROOT_N; kind++)
        if (s->root[kind] != NULL && s->root_len[kind] * 3 >= s->body_len && s->root_len[kind] > 0)
            return s->root[kind];
    return s->body != NULL ? s->body : fallback;
}

/* ---- parsing, with the line where each text starts --------------------- */

/* Where a text node starts in the file; column 0 when it cannot be told. */
typedef struct {
    guint line, column;
} FcHtmlStart;

typedef struct {
    GHashTable *starts; /* text xmlNode* → FcHtmlStart*, owned */
    charactersSAXFunc characters;
    ignorableWhitespaceSAXFunc whitespace;
} FcHtmlParse;

static guint
fc_html_count_newlines(const char *s, gsize len)
{
    guint n = 0;
    for (const char *p = s; (p = memchr(p, '\n', len - (gsize)(p - s))) != NULL; p++)
        n++;
    return n;
}

/* The column of a chunk the parser has just read, when the input still
 * holds it verbatim (no entity decoded, no CR dropped); else 0.  The
 * parser counts the column it is at; a chunk that spans lines is counted
 * back from its first line's start instead. */
static guint
fc_html_chunk_column(const xmlParserInput *in, const xmlChar *ch, int len)
{
    const xmlChar *cur = in->cur, *base = in->base;
    if (cur == NULL || base == NULL || cur - base < len || memcmp(cur - len, ch, (gsize)len) != 0)
        return 0;
    if (memchr(ch, '\n', (gsize)len) == NULL) {
        glong chars = g_utf8_strlen((const char *)ch, len);
        return in->col > chars ? (guint)(in->col - chars) : 0;
    }
    const xmlChar *start = cur - len, *q = start;
    while (q > base && q[-1] != '\n')
        q--;
    /* The buffer may have dropped what was read long ago. */
    if (q == base && in->consumed > 0)
        return 0;
    return (guint)g_utf8_strlen((const char *)q, start - q) + 1;
}

/* libxml2 numbers a text node with the line where its first chunk ended,
 * and delivers text in chunks (split at entities and every kilobyte or
 * so).  The parser's line right after a chunk, less the chunk's newlines,
 * is where the chunk, and so a new text node, starts.  Called with
 * libxml2's own callback for the chunk, which builds the node. */
static void
fc_html_text_chunk(void *ctx, const xmlChar *ch, int len, charactersSAXFunc build)
{
    htmlParserCtxtPtr ctxt = ctx;
    FcHtmlParse *p = ctxt->_private;
    build(ctx, ch, len);
    xmlNode *text = ctxt->node != NULL ? ctxt->node->last : NULL;
    if (text == NULL || text->type != XML_TEXT_NODE || ctxt->input == NULL ||
        g_hash_table_contains(p->starts, text))
        return;
    FcHtmlStart *start = g_new(FcHtmlStart, 1);
    int line = ctxt->input->line - (int)fc_html_count_newlines((const char *)ch, (gsize)len);
    start->line = (guint)MAX(line, 1);
    start->column = fc_html_chunk_column(ctxt->input, ch, len);
    g_hash_table_insert(p->starts, text, start);
}

static void
fc_html_characters(void *ctx, const xmlChar *ch, int len)
{
    fc_html_text_chunk(ctx, ch, len,
                       ((FcHtmlParse *)((htmlParserCtxtPtr)ctx)->_private)->characters);
}

static void
fc_html_whitespace(void *ctx, const xmlChar *ch, int len)
{
    fc_html_text_chunk(ctx, ch, len,
                       ((FcHtmlParse *)((htmlParserCtxtPtr)ctx)->_private)->whitespace);
}

static void
fc_html_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static gpointer
fc_html_init_once(gpointer data)
{
    (void)data;
    xmlInitParser();
    fc_html_init_words();
    return NULL;
}

static xmlDoc *
fc_html_parse(const char *bytes, gsize len, GHashTable *starts)
{
    /* Per thread in libxml2: out-of-memory and I/O reports that parser
     * options do not reach must not print either. */
    xmlSetGenericErrorFunc(NULL, fc_html_silent);
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(bytes, (int)len);
    if (ctxt == NULL)
        return NULL;
    /* Left to itself the parser reads a page without a charset as Latin-1;
     * UTF-8 is what pages without one are today.  A <meta> charset still
     * switches it, and a UTF-16 byte-order mark is left to be detected. */
    gboolean utf16 = len >= 2 && ((guchar)bytes[0] == 0xFF || (guchar)bytes[0] == 0xFE) &&
                     ((guchar)bytes[1] == 0xFF || (guchar)bytes[1] == 0xFE);
    if (!utf16)
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                 HTML_PARSE_NOWARNING);
    FcHtmlParse p = {starts, ctxt->sax->characters, ctxt->sax->ignorableWhitespace};
    ctxt->_private = &p;
    if (p.characters != NULL)
        ctxt->sax->characters = fc_html_characters;
    if (p.whitespace != NULL)
        ctxt->sax->ignorableWhitespace = fc_html_whitespace;
    htmlParseDocument(ctxt);
    xmlDoc *doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    return doc;
}

/* ---- the text ---------------------------------------------------------- */

typedef struct {
    GString *out;
    guint line;     /* line the end of out is on */
    guint column;   /* column of the next character there */
    gboolean space; /* white space or a left-out element since the last text */
    gboolean block; /* a block began or ended since the last text */
    GHashTable *starts;
    GHashTable *chrome;
    gsize page_len;
} FcHtmlText;

static gboolean
fc_html_ends_in_space(const GString *out)
{
    gsize n = sizeof FC_HTML_PARAGRAPH - 1;
    return out->len == 0 || g_ascii_isspace(out->str[out->len - 1]) ||
           (out->len >= n && memcmp(out->str + out->len - n, FC_HTML_PARAGRAPH, n) == 0);
}

static void
fc_html_emit_text(FcHtmlText *t, const xmlNode *n)
{
    const char *s = (const char *)n->content;
    if (fc_html_text_len(s) == 0) {
        t->space = TRUE;
        return;
    }
    const FcHtmlStart *start = g_hash_table_lookup(t->starts, n);
    guint line = start != NULL ? start->line : t->line;
    guint column = start != NULL ? start->column : 0;
    if (t->out->len > 0 && (t->block || (t->space && line <= t->line))) {
        g_string_append(t->out, t->block ? FC_HTML_PARAGRAPH : " ");
        t->column++;
    }
    if (t->line < line) {
        for (; t->line < line; t->line++)
            g_string_append_c(t->out, '\n');
        t->column = 1;
    }
    /* Spaces stand for the markup before the text, so that its column is
     * the file's too; never inside a word ("$5<i>m</i>"). */
    if (fc_html_ends_in_space(t->out) || g_ascii_isspace(s[0]))
        for (; t->column < column; t->column++)
            g_string_append_c(t->out, ' ');
    gsize len = strlen(s);
    g_string_append_len(t->out, s, (gssize)len);
    guint newlines = fc_html_count_newlines(s, len);
    const char *last = newlines > 0 ? strrchr(s, '\n') + 1 : s;
    t->line += newlines;
    t->column = (newlines > 0 ? 1 : t->column) + (guint)g_utf8_strlen(last, -1);
    t->space = t->block = FALSE;
}

static gboolean
fc_html_left_out(const FcHtmlText *t, const xmlNode *n)
{
    if (fc_html_is_skipped(n))
        return TRUE;
    gpointer len = NULL;
    return g_hash_table_lookup_extended(t->chrome, n, NULL, &len) &&
           GPOINTER_TO_SIZE(len) * 2 < t->page_len;
}

static void
fc_html_emit(FcHtmlText *t, const xmlNode *node)
{
    for (const xmlNode *n = node->children; n != NULL; n = n->next) {
        if (n->type == XML_TEXT_NODE) {
            fc_html_emit_text(t, n);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (fc_html_left_out(t, n)) {
            t->space = TRUE;
            continue;
        }
        gboolean block = (fc_html_word_of((const char *)n->name) & FC_WORD_BLOCK_TAG) != 0;
        t->block = t->block || block;
        fc_html_emit(t, n);
        t->block = t->block || block;
    }
}

/* ---- the document ------------------------------------------------------ */

static void
fc_html_warn(GPtrArray *warnings, const char *path, const char *message, const char *value)
{
    g_ptr_array_add(
        warnings, g_strdup_printf("factcheck: '%s': %s '%s' not understood", path, message, value));
}

static void
fc_html_set_meta(FcDocument *doc, FcHtmlMeta *m, GPtrArray *warnings)
{
    doc->title = fc_html_first(m->title, FC_TITLE_N);
    doc->source = fc_html_first(m->source, FC_SOURCE_N);
    doc->url = fc_html_first(m->url, FC_URL_N);
    doc->date_text = fc_html_first(m->date, FC_DATE_N);
    if (doc->date_text != NULL && !fc_time_parse_iso(doc->date_text, &doc->date)) {
        memset(&doc->date, 0, sizeof doc->date);
        fc_html_warn(warnings, doc->path, "page date", doc->date_text);
    }
}

static gboolean
fc_html_declares_charset(const char *bytes, gsize len)
{
    static const char word[] = "charset";
    for (gsize i = 0; i + sizeof word - 1 <= len; i++)
        if (g_ascii_strncasecmp(bytes + i, word, sizeof word - 1) == 0)
            return TRUE;
    return FALSE;
}

/* A page that declares no charset and is not valid UTF-8 would be read as
 * Latin-1 from the first bad byte on (libxml2's fallback), garbling every
 * later accent; a '?' for each bad byte keeps the rest, and its lines.
 * Returns the repaired copy, or NULL when there is nothing to repair. */
static char *
fc_html_repair(const char *path, const char *bytes, gsize len, GPtrArray *warnings)
{
    if (g_utf8_validate_len(bytes, len, NULL) || fc_html_declares_charset(bytes, MIN(len, 4096)))
        return NULL;
    char *copy = g_memdup2(bytes, len);
    const char *stop = NULL;
    guint bad = 0;
    for (gsize i = 0; !g_utf8_validate_len(copy + i, len - i, &stop); i++) {
        i = (gsize)(stop - copy);
        /* A NUL is left to the parser, which drops it. */
        bad += copy[i] != '\0';
        copy[i] = copy[i] != '\0' ? '?' : '\0';
    }
    if (bad > 0)
        g_ptr_array_add(warnings,
                        g_strdup_printf("factcheck: '%s': invalid UTF-8 repaired (%u byte%s)", path,
                                        bad, bad == 1 ? "" : "s"));
    return copy;
}

gboolean
fc_html_read(const char *path, const char *bytes, gsize len, GPtrArray *docs, GPtrArray *warnings,
             GError **error)
{
    g_return_val_if_fail(path != NULL && docs != NULL && warnings != NULL, FALSE);
    g_return_val_if_fail(bytes != NULL || len == 0, FALSE);
    /* xmlInitParser() is not itself thread-safe; everything after is. */
    static GOnce once = G_ONCE_INIT;
    g_once(&once, fc_html_init_once, NULL);
    if (len > G_MAXINT) {
        g_set_error(error, FC_HTML_ERROR, 0, "'%s' is too large for the HTML parser", path);
        return FALSE;
    }
    g_autofree char *repaired = fc_html_repair(path, bytes, len, warnings);
    if (repaired != NULL)
        bytes = repaired;
    g_autoptr(GHashTable) starts = g_hash_table_new_full(NULL, NULL, NULL, g_free);
    xmlDoc *page = len > 0 ? fc_html_parse(bytes, len, starts) : NULL;
    xmlNode *top = page != NULL ? xmlDocGetRootElement(page) : NULL;

    FcHtmlScan scan = {0};
    scan.chrome = g_hash_table_new(NULL, NULL);
    GString *out = g_string_new(NULL);
    if (top != NULL) {
        /* The root element itself is measured as its parent's child. */
        gsize page_len = fc_html_measure(&scan, (xmlNode *)page, FALSE, FALSE);
        if (scan.body == NULL)
            scan.body_len = page_len;
        FcHtmlText text = {out, 1, 1, FALSE, FALSE, starts, scan.chrome, scan.body_len};
        xmlNode *root = fc_html_content_root(&scan, top);
        if (fc_html_is_skipped(root))
            root = top;
        fc_html_emit(&text, root);
    }
    g_hash_table_unref(scan.chrome);
    xmlFreeDoc(page);

    gsize n = out->len;
    FcDocument *doc = fc_document_new(path, g_string_free(out, FALSE), n);
    fc_boilerplate_blank(doc->text, doc->len, 0);
    fc_superseded_find(doc);
    fc_html_set_meta(doc, &scan.meta, warnings);
    fc_html_meta_clear(&scan.meta);
    g_ptr_array_add(docs, doc);
    return TRUE;
}
