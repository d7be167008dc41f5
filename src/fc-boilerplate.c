#include "fc-boilerplate.h"

#include <string.h>

/* Headers that introduce other stories' headlines. */
static const char *const fc_related_headers[] = {
    "read more",           "related",           "related articles",
    "related stories",     "related topics",    "related content",
    "related posts",       "more from",         "more on this",
    "more stories",        "further reading",   "recommended",
    "recommended for you", "you may also like", "you might also like",
    "also read",           "see also",          "most read",
    "most popular",        "latest news",       "trending",
    "top stories",         "popular stories",   "more news",
    "related reading",     "read next",         "keep reading",
};

/* Prompts to share or follow, which name networks ("Share this article:
 * X LinkedIn Email") that would otherwise pass for companies. */
static const char *const fc_share_prompts[] = {
    "share this article", "share this story", "share this:",  "share:",
    "share on ",          "follow us",        "follow us on",
};

typedef struct {
    gsize start, end; /* end excludes the newline */
} FcLine;

/* Longer lines are prose: neither chrome nor a header. */
#define FC_CHROME_MAX 240
#define FC_HEADER_MAX 40

/* What the tests read of a short line, built once in place: its key (see
 * fc_line_text()) and its text lower-cased from the first character that
 * is not white space or a Markdown mark. */
typedef struct {
    char key[FC_CHROME_MAX + 1];
    char lower[FC_CHROME_MAX + 1];
    const char *raw; /* into lower */
} FcLineText;

static FcLine
fc_line_at(const char *t, gsize len, gsize pos)
{
    const char *nl = memchr(t + pos, '\n', len - pos);
    FcLine l = {pos, nl != NULL ? (gsize)(nl - t) : len};
    return l;
}

static void
fc_line_blank(char *t, FcLine l)
{
    for (gsize i = l.start; i < l.end; i++)
        if (t[i] != '\r')
            t[i] = ' ';
}

static char
fc_ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* The line's key is its text without surrounding white space, Markdown
 * heading and emphasis marks and colons, lower-cased.  Every short line of
 * every document is read: no allocation, no call per byte.  @l is at most
 * FC_CHROME_MAX bytes. */
static void
fc_line_text(FcLineText *lt, const char *t, FcLine l)
{
    char *k = lt->key, *w = lt->lower;
    for (gsize i = l.start; i < l.end && t[i] != '\0'; i++) {
        char c = t[i];
        *w++ = fc_ascii_lower(c);
        if (c == '#' || c == '*' || c == '_' || c == ':' || c == '>')
            continue;
        *k++ = fc_ascii_lower(c);
    }
    *k = '\0';
    *w = '\0';
    g_strstrip(lt->key);
    lt->raw = lt->lower + strspn(lt->lower, " \t*_#>");
}

static gboolean
fc_line_is_blank(const char *t, FcLine l)
{
    for (gsize i = l.start; i < l.end; i++)
        if (!g_ascii_isspace(t[i]))
            return FALSE;
    return TRUE;
}

static gboolean
fc_line_is_list_item(const char *t, FcLine l)
{
    gsize i = l.start;
    while (i < l.end && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i + 1 < l.end && strchr("-*+", t[i]) != NULL && t[i + 1] == ' ')
        return TRUE;
    if (i + 3 < l.end && (guchar)t[i] == 0xE2 && (guchar)t[i + 1] == 0x80 &&
        ((guchar)t[i + 2] == 0xA2 || (guchar)t[i + 2] == 0x93)) /* • – */
        return TRUE;
    while (i < l.end && g_ascii_isdigit(t[i]))
        i++;
    return i > l.start && i + 1 < l.end && t[i] == '.' && t[i + 1] == ' ';
}

static gboolean
fc_line_is_related_header(FcLine l, const char *key)
{
    if (l.end - l.start > FC_HEADER_MAX)
        return FALSE;
    if (g_str_has_prefix(key, "more from ") || g_str_has_prefix(key, "more on "))
        return TRUE;
    for (guint i = 0; i < G_N_ELEMENTS(fc_related_headers); i++)
        if (strcmp(key, fc_related_headers[i]) == 0)
            return TRUE;
    return FALSE;
}

static gboolean
fc_line_is_share_prompt(const char *raw)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_share_prompts); i++)
        if (g_str_has_prefix(raw, fc_share_prompts[i]))
            return TRUE;
    return FALSE;
}

/* "By Jane Doe, Senior Writer": a short line of "By" and a capitalised
 * name with no figure and no full stop is a byline, whose role words
 * ("Writer", "Editor") would otherwise pass for a company; "By 2025, the
 * company expects..." has a figure and a full stop. */
static gboolean
fc_line_is_byline(const char *t, FcLine l)
{
    gsize i = l.start;
    while (i < l.end && g_ascii_isspace(t[i]))
        i++;
    if (l.end - i < 3 || strncmp(t + i, "By ", 3) != 0)
        return FALSE;
    g_autofree char *raw = g_strstrip(g_strndup(t + l.start, l.end - l.start));
    gsize n = strlen(raw);
    if (n < 5 || n > 100 || strncmp(raw, "By ", 3) != 0 || !g_ascii_isupper(raw[3]) ||
        raw[n - 1] == '.')
        return FALSE;
    for (const char *p = raw; *p != '\0'; p++)
        if (g_ascii_isdigit(*p))
            return FALSE;
    return TRUE;
}

/* "Related: Story A | Story B": what precedes the first colon is a
 * related-stories header (none of them holds a colon). */
static gboolean
fc_line_opens_with_related_header(const char *raw)
{
    const char *colon = strchr(raw, ':');
    if (colon == NULL)
        return FALSE;
    gsize n = (gsize)(colon - raw);
    for (guint i = 0; i < G_N_ELEMENTS(fc_related_headers); i++)
        if (strlen(fc_related_headers[i]) == n && memcmp(raw, fc_related_headers[i], n) == 0)
            return TRUE;
    return FALSE;
}

/* Navigation bars, share prompts, bylines, cookie notices, copyright and
 * comment prompts. */
static gboolean
fc_line_is_chrome(const char *t, FcLine l, const FcLineText *lt)
{
    const char *key = lt->key, *raw = lt->raw;
    guint bars = 0;
    for (const char *p = key; (p = strstr(p, " | ")) != NULL; p += 3)
        bars++;
    /* A Markdown table's row opens with its bar; a menu does not. */
    gsize first = l.start;
    while (first < l.end && (t[first] == ' ' || t[first] == '\t'))
        first++;
    if (first < l.end && t[first] == '|')
        bars = 0;
    /* "Quillstone Blog › Company News", "Home » Tech »": a breadcrumb
     * trail, whose first step would pass for a company; "Posted by Ben
     * Adler · March 18, 2025 · 5 min read": a post's meta line. */
    gsize n = strlen(raw);
    if (n <= 120 && (strstr(raw, " \xE2\x80\xBA ") != NULL || strstr(raw, " \xC2\xBB ") != NULL))
        return TRUE;
    guint dots = 0;
    for (const char *p = raw; (p = strstr(p, " \xC2\xB7 ")) != NULL; p += 4)
        dots++;
    if (n <= 160 && dots >= 2)
        return TRUE;
    /* "Related: Story A | Story B" and "Read more: ..." on one line, also
     * in emphasis or a quote block ("**Read more:** [headline](url)"). */
    return fc_line_opens_with_related_header(raw) || bars >= 2 || fc_line_is_share_prompt(raw) ||
           fc_line_is_byline(t, l) || strstr(key, "all rights reserved") != NULL ||
           strstr(key, "©") != NULL ||
           (strstr(key, "cookie") != NULL &&
            (strstr(key, "accept") != NULL || strstr(key, "consent") != NULL)) ||
           strcmp(key, "leave a reply") == 0 || strcmp(key, "post comment") == 0 ||
           strstr(key, "your email address will not be published") != NULL;
}

/* Blanks the block after a related-stories header: one paragraph, or a
 * list that may have blank lines between its items.  Returns where the
 * block ends. */
static gsize
fc_blank_related_block(char *t, gsize len, gsize pos)
{
    gboolean seen = FALSE, list = FALSE;
    while (pos < len) {
        FcLine l = fc_line_at(t, len, pos);
        if (fc_line_is_blank(t, l)) {
            if (seen && !list)
                return pos;
            pos = l.end + 1;
            continue;
        }
        gboolean item = fc_line_is_list_item(t, l);
        if (!seen)
            list = item;
        else if (list && !item)
            return pos;
        seen = TRUE;
        fc_line_blank(t, l);
        pos = l.end + 1;
    }
    return len;
}

void
fc_boilerplate_blank(char *text, gsize len, gsize from)
{
    FcLineText lt;
    for (gsize pos = from; pos < len;) {
        FcLine l = fc_line_at(text, len, pos);
        pos = l.end + 1;
        if (l.end - l.start > FC_CHROME_MAX || fc_line_is_blank(text, l))
            continue;
        fc_line_text(&lt, text, l);
        if (fc_line_is_related_header(l, lt.key)) {
            fc_line_blank(text, l);
            pos = fc_blank_related_block(text, len, l.end + 1);
        } else if (fc_line_is_chrome(text, l, &lt))
            fc_line_blank(text, l);
    }
}
