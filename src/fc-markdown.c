#include "fc-markdown.h"

#include <string.h>

/* Bounds on how far a Markdown construct may reach.  They keep cleaning
 * linear on hostile input (a megabyte of "[" must not be rescanned per
 * bracket) and are far beyond what real link text or URLs need. */
#define FC_LINK_TEXT_MAX 1000
#define FC_LINK_DEST_MAX 2000
#define FC_TAG_MAX 1000

/* ---- small byte helpers ------------------------------------------------ */

/* Overwrites [from, to) with white space but keeps line ends, so that
 * offsets, line numbers and CRLF pairs survive.  A multi-byte character
 * becomes one space character of the same length (U+00A0, U+2002), so that
 * columns counted in characters still match the file; a 4-byte one has no
 * such twin and becomes two U+00A0. */
void
fc_markdown_blank(char *t, gsize from, gsize to)
{
    for (gsize i = from; i < to;) {
        guchar c = (guchar)t[i];
        gsize n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (n > to - i)
            n = 1;
        if (n == 3)
            memcpy(t + i, "\xE2\x80\x82", 3);
        else if (n == 2 || n == 4)
            memcpy(t + i, "\xC2\xA0\xC2\xA0", n);
        else if (c != '\n' && c != '\r')
            t[i] = ' ';
        i += n;
    }
}

gsize
fc_markdown_line_end(const char *t, gsize len, gsize pos)
{
    const char *nl = memchr(t + pos, '\n', len - pos);
    return nl == NULL ? len : (gsize)(nl - t);
}

gsize
fc_markdown_skip_blanks(const char *t, gsize pos, gsize end)
{
    while (pos < end && fc_markdown_is_blank_char(t[pos]))
        pos++;
    return pos;
}

gsize
fc_markdown_trim_end(const char *t, gsize start, gsize end)
{
    while (end > start && fc_markdown_is_blank_char(t[end - 1]))
        end--;
    return end;
}

/* ---- Markdown: line starts ---------------------------------------------- */

/* Thematic breaks ("---", "* * *"), setext underlines ("===") and table
 * delimiter rows ("|---|:--|") carry no words. */
static gboolean
fc_markdown_is_rule_line(const char *t, gsize p, gsize end)
{
    char c = t[p];
    guint marks = 0, pipes = 0, dashes = 0;
    gboolean same = (c == '-' || c == '*' || c == '_' || c == '='), table = TRUE;
    for (gsize i = p; i < end && (same || table); i++) {
        if (fc_markdown_is_blank_char(t[i]))
            continue;
        marks += t[i] == c;
        same = same && t[i] == c;
        pipes += t[i] == '|';
        dashes += t[i] == '-';
        table = table && (t[i] == '|' || t[i] == '-' || t[i] == ':');
    }
    return (same && marks >= 3) || (table && pipes > 0 && dashes > 0);
}

static gboolean
fc_markdown_blank_heading(char *t, gsize p, gsize end)
{
    gsize q = p;
    while (q < end && t[q] == '#' && q - p < 7)
        q++;
    if (q == p || q - p > 6 || (q < end && !fc_markdown_is_blank_char(t[q])))
        return FALSE;
    fc_markdown_blank(t, p, q);
    /* Optional closing sequence: "## Title ##". */
    gsize e = fc_markdown_trim_end(t, q, end), s = e;
    while (s > q && t[s - 1] == '#')
        s--;
    if (s < e && s > q && fc_markdown_is_blank_char(t[s - 1]))
        fc_markdown_blank(t, s, e);
    return TRUE;
}

/* "[label]: url" defines a link target and has no prose; a footnote
 * "[^1]: text" has, so only its marker goes. */
static gboolean
fc_markdown_blank_definition(char *t, gsize p, gsize end)
{
    if (t[p] != '[')
        return FALSE;
    gsize q = p + 1;
    while (q < end && t[q] != ']' && t[q] != '[')
        q++;
    if (q + 1 >= end || t[q] != ']' || t[q + 1] != ':' || q == p + 1)
        return FALSE;
    fc_markdown_blank(t, p, t[p + 1] == '^' ? q + 2 : end);
    return TRUE;
}

static gboolean
fc_markdown_starts_with(const char *t, gsize p, gsize end, const char *s)
{
    gsize n = strlen(s);
    return end - p >= n && memcmp(t + p, s, n) == 0;
}

/* Length of a list marker at @p including its space, or 0.  Ordered
 * markers are taken only where a list can start (CommonMark: after a blank
 * line, inside a list, or numbered 1) and with at most three digits, so that
 * a wrapped line beginning "2021. The" keeps its year.  Scraped pages
 * bullet with "•", "–" and "—" as well. */
static gsize
fc_markdown_bullet_len(const char *t, gsize p, gsize end, gboolean list_may_start)
{
    if (strchr("-*+", t[p]) != NULL && p + 1 < end && fc_markdown_is_blank_char(t[p + 1]))
        return 2;
    static const char *const dashes[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (gsize i = 0; i < G_N_ELEMENTS(dashes); i++) {
        if (fc_markdown_starts_with(t, p, end, dashes[i]) && p + 3 < end &&
            fc_markdown_is_blank_char(t[p + 3]))
            return 4;
    }
    gsize q = p;
    while (q < end && g_ascii_isdigit(t[q]) && q - p < 4)
        q++;
    if (q == p || q - p > 3 || q + 1 >= end || (t[q] != '.' && t[q] != ')') ||
        !fc_markdown_is_blank_char(t[q + 1]))
        return 0;
    gboolean is_one = (q - p == 1 && t[p] == '1') || (q - p == 2 && t[p] == '0' && t[p + 1] == '1');
    return list_may_start || is_one ? q - p + 2 : 0;
}

/* Returns TRUE when the line is a list item. */
static gboolean
fc_markdown_clean_line(char *t, gsize start, gsize end, gboolean list_may_start)
{
    gsize p = fc_markdown_skip_blanks(t, start, end);
    while (p < end && t[p] == '>') {
        t[p] = ' ';
        p = fc_markdown_skip_blanks(t, p + 1, end);
    }
    if (p == end)
        return FALSE;
    if (fc_markdown_is_rule_line(t, p, end)) {
        fc_markdown_blank(t, p, end);
        return FALSE;
    }
    if (fc_markdown_blank_heading(t, p, end) || fc_markdown_blank_definition(t, p, end))
        return FALSE;
    gsize bullet = fc_markdown_bullet_len(t, p, end, list_may_start);
    if (bullet == 0)
        return FALSE;
    fc_markdown_blank(t, p, p + bullet);
    p = fc_markdown_skip_blanks(t, p + bullet, end);
    /* Task list boxes: "- [ ] item", "- [x] item". */
    if (end - p >= 3 && t[p] == '[' && strchr(" xX", t[p + 1]) != NULL && t[p + 2] == ']')
        fc_markdown_blank(t, p, p + 3);
    return TRUE;
}

static void
fc_markdown_clean_lines(char *t, gsize len, gsize from)
{
    gboolean prev_blank = TRUE, in_list = FALSE;
    for (gsize line = from; line < len;) {
        gsize end = fc_markdown_line_end(t, len, line);
        gboolean blank = fc_markdown_skip_blanks(t, line, end) == end;
        if (!blank) {
            gboolean item = fc_markdown_clean_line(t, line, end, prev_blank || in_list);
            /* A list runs on until a blank line ends it. */
            in_list = item || in_list;
        } else {
            in_list = FALSE;
        }
        prev_blank = blank;
        line = end + 1;
    }
}

/* ---- Markdown: inline ---------------------------------------------------- */

typedef struct {
    char *t;
    gsize len;
    gboolean comments_unclosed; /* a "<!--" found no "-->": none later will */
    FcDocument *doc;            /* where comment directives are recorded */
} FcMarkdown;

typedef enum { FC_CHAR_SPACE, FC_CHAR_PUNCT, FC_CHAR_WORD } FcCharClass;

static FcCharClass
fc_markdown_classify(gunichar c)
{
    if (c == 0 || g_unichar_isspace(c))
        return FC_CHAR_SPACE;
    if (g_unichar_ispunct(c))
        return FC_CHAR_PUNCT;
    return FC_CHAR_WORD;
}

static FcCharClass
fc_markdown_class_before(const FcMarkdown *md, gsize i)
{
    if (i == 0)
        return FC_CHAR_SPACE;
    gsize p = i - 1;
    while (p > 0 && i - p < 4 && ((guchar)md->t[p] & 0xC0) == 0x80)
        p--;
    gunichar c = g_utf8_get_char_validated(md->t + p, i - p);
    return c >= 0x110000 ? FC_CHAR_PUNCT : fc_markdown_classify(c);
}

static FcCharClass
fc_markdown_class_at(const FcMarkdown *md, gsize i)
{
    if (i >= md->len)
        return FC_CHAR_SPACE;
    gunichar c = g_utf8_get_char_validated(md->t + i, md->len - i);
    return c >= 0x110000 ? FC_CHAR_PUNCT : fc_markdown_classify(c);
}

/* CommonMark's flanking rules decide whether a run of '*', '_' or '~' is a
 * delimiter.  Stricter than CommonMark: a single '*' or any '_' inside a
 * word stays (snake_case, "F*ck"), a lone '~' is "about" and stays, and a
 * run with space on both sides is a multiplication sign or stray mark. */
static gsize
fc_markdown_clean_emphasis(FcMarkdown *md, gsize i)
{
    char c = md->t[i];
    gsize j = i;
    while (j < md->len && md->t[j] == c)
        j++;
    FcCharClass before = fc_markdown_class_before(md, i), after = fc_markdown_class_at(md, j);
    gboolean left = after != FC_CHAR_SPACE && (after != FC_CHAR_PUNCT || before != FC_CHAR_WORD);
    gboolean right = before != FC_CHAR_SPACE && (before != FC_CHAR_PUNCT || after != FC_CHAR_WORD);
    gboolean intraword = before == FC_CHAR_WORD && after == FC_CHAR_WORD;
    gboolean delimiter = left || right;
    if (c == '~')
        delimiter = delimiter && j - i == 2;
    else if (intraword)
        delimiter = c == '*' && j - i >= 2;
    if (delimiter)
        fc_markdown_blank(md->t, i, j);
    return j;
}

static gsize
fc_markdown_clean_backticks(FcMarkdown *md, gsize i)
{
    gsize j = i;
    while (j < md->len && md->t[j] == '`')
        j++;
    fc_markdown_blank(md->t, i, j);
    return j;
}

/* Finds the ']' closing link text opened at @open.  Gives up at another '['
 * (so scans never overlap) and at a blank line (link text stays within a
 * paragraph). */
static gsize
fc_markdown_find_text_end(const FcMarkdown *md, gsize open)
{
    gboolean line_empty = FALSE;
    for (gsize q = open + 1; q < md->len && q - open < FC_LINK_TEXT_MAX; q++) {
        char c = md->t[q];
        if (c == ']')
            return q;
        if (c == '[' || (c == '\n' && line_empty))
            return 0;
        if (c == '\n')
            line_empty = TRUE;
        else if (!fc_markdown_is_blank_char(c))
            line_empty = FALSE;
    }
    return 0;
}

static gsize
fc_markdown_skip_title(const FcMarkdown *md, gsize q, gsize limit)
{
    char open = md->t[q];
    char close = open == '(' ? ')' : open;
    if (open != '"' && open != '\'' && open != '(')
        return q;
    for (gsize r = q + 1; r < limit; r++) {
        if (md->t[r] == close)
            return fc_markdown_skip_blanks(md->t, r + 1, limit);
        if (md->t[r] == '[' || md->t[r] == '\n')
            return 0;
    }
    return 0;
}

/* "(url)" or "(url "title")" starting at @open; returns the offset after
 * ')' or 0.  A destination stops at white space and never contains '[' or
 * '<', so failed scans do not overlap later ones. */
static gsize
fc_markdown_find_dest_end(const FcMarkdown *md, gsize open)
{
    gsize limit = MIN(md->len, open + FC_LINK_DEST_MAX);
    gsize q = fc_markdown_skip_blanks(md->t, open + 1, limit);
    guint depth = 0;
    for (; q < limit; q++) {
        char c = md->t[q];
        if (c == ')' && depth == 0)
            return q + 1;
        if (c == '[' || c == ']' || c == '<' || c == '\n')
            return 0;
        if (fc_markdown_is_blank_char(c))
            break;
        depth += c == '(';
        depth -= c == ')';
    }
    q = fc_markdown_skip_blanks(md->t, q, limit);
    if (q < limit && md->t[q] != ')')
        q = fc_markdown_skip_title(md, q, limit);
    return q > 0 && q < limit && md->t[q] == ')' ? q + 1 : 0;
}

static gsize
fc_markdown_find_label_end(const FcMarkdown *md, gsize open)
{
    for (gsize q = open + 1; q < md->len && q - open < FC_LINK_TEXT_MAX; q++) {
        if (md->t[q] == ']')
            return q + 1;
        if (md->t[q] == '[' || md->t[q] == '\n')
            return 0;
    }
    return 0;
}

/* For "[text](url)" or "[text][ref]" opened at @open: sets *text_end to the
 * ']' and returns the offset after the whole link, or 0. */
static gsize
fc_markdown_match_link(const FcMarkdown *md, gsize open, gsize *text_end)
{
    gsize close = fc_markdown_find_text_end(md, open);
    if (close == 0 || close + 1 >= md->len)
        return 0;
    *text_end = close;
    if (md->t[close + 1] == '(')
        return fc_markdown_find_dest_end(md, close + 1);
    if (md->t[close + 1] == '[')
        return fc_markdown_find_label_end(md, close + 1);
    return 0;
}

static gsize
fc_markdown_clean_link(FcMarkdown *md, gsize i)
{
    gsize text_end = 0;
    gsize end = fc_markdown_match_link(md, i, &text_end);
    if (end == 0)
        return i + 1;
    md->t[i] = ' ';
    fc_markdown_blank(md->t, text_end, end);
    /* The link text itself is cleaned by the main scan. */
    return i + 1;
}

/* Images carry no prose for the article's claims: alt text goes too. */
static gsize
fc_markdown_clean_image(FcMarkdown *md, gsize i)
{
    gsize text_end = 0;
    gsize end = i + 1 < md->len ? fc_markdown_match_link(md, i + 1, &text_end) : 0;
    if (end == 0)
        return i + 1;
    fc_markdown_blank(md->t, i, end);
    return end;
}

/* ---- Markdown: suppression directives in comments ------------------------ */

static const struct {
    const char *word;
    FcDirectiveKind kind;
} fc_markdown_directive_words[] = {
    {"factcheck-disable-next-line", FC_DIRECTIVE_DISABLE_NEXT_LINE},
    {"factcheck-disable", FC_DIRECTIVE_DISABLE},
    {"factcheck-enable", FC_DIRECTIVE_ENABLE},
};

static void
fc_markdown_add_directive(FcMarkdown *md, FcDirectiveKind kind, gsize start, gsize end,
                          const char *rule)
{
    FcDirective *d = g_new0(FcDirective, 1);
    guint column;
    d->kind = kind;
    d->rule = g_strdup(rule);
    fc_document_locate(md->doc, start, &d->line, &column);
    fc_document_locate(md->doc, end - 1, &d->end_line, &column);
    if (md->doc->directives == NULL)
        md->doc->directives = g_ptr_array_new_with_free_func((GDestroyNotify)fc_directive_free);
    g_ptr_array_add(md->doc->directives, d);
}

/* "<!-- factcheck-disable-next-line a, b -->" gives one directive per rule
 * named (none: one for every rule).  Comments that do not start with
 * "factcheck-" are prose and ignored; an unknown "factcheck-" word is kept
 * so that the typo is reported rather than silently not suppressing. */
static void
fc_markdown_record_directives(FcMarkdown *md, gsize start, gsize end)
{
    g_autofree char *body = g_strndup(md->t + start + 4, end - start - 7);
    g_auto(GStrv) words = g_strsplit_set(g_strstrip(body), " \t\r\n,", -1);
    if (words[0] == NULL || !g_str_has_prefix(words[0], "factcheck-"))
        return;
    FcDirectiveKind kind = FC_DIRECTIVE_UNKNOWN;
    for (gsize i = 0; i < G_N_ELEMENTS(fc_markdown_directive_words); i++)
        if (strcmp(words[0], fc_markdown_directive_words[i].word) == 0)
            kind = fc_markdown_directive_words[i].kind;
    if (kind == FC_DIRECTIVE_UNKNOWN) {
        fc_markdown_add_directive(md, kind, start, end, words[0]);
        return;
    }
    gboolean named = FALSE;
    for (guint i = 1; words[i] != NULL; i++) {
        if (words[i][0] == '\0')
            continue;
        fc_markdown_add_directive(md, kind, start, end, words[i]);
        named = TRUE;
    }
    if (!named)
        fc_markdown_add_directive(md, kind, start, end, NULL);
}

static gsize
fc_markdown_clean_comment(FcMarkdown *md, gsize i)
{
    if (md->comments_unclosed)
        return i + 1;
    /* The text is NUL-terminated and NUL-free after repair. */
    const char *close = strstr(md->t + i + 4, "-->");
    if (close == NULL) {
        md->comments_unclosed = TRUE;
        return i + 1;
    }
    gsize end = (gsize)(close - md->t) + 3;
    fc_markdown_record_directives(md, i, end);
    fc_markdown_blank(md->t, i, end);
    return end;
}

static gboolean
fc_markdown_is_html_tag_name(const char *name, gsize n)
{
    static const char *const tags[] = {
        "a",      "abbr",  "b",     "big",    "blockquote", "br",      "caption", "cite",
        "code",   "del",   "div",   "em",     "figcaption", "figure",  "font",    "h1",
        "h2",     "h3",    "h4",    "h5",     "h6",         "hr",      "i",       "iframe",
        "img",    "ins",   "kbd",   "li",     "mark",       "ol",      "p",       "pre",
        "q",      "s",     "small", "span",   "strong",     "sub",     "sup",     "table",
        "tbody",  "td",    "tfoot", "th",     "thead",      "tr",      "u",       "ul",
        "center", "video", "audio", "source", "picture",    "section", "article", "aside",
    };
    for (gsize i = 0; i < G_N_ELEMENTS(tags); i++) {
        if (strlen(tags[i]) == n && g_ascii_strncasecmp(tags[i], name, n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Offset after the '>' of an HTML tag or autolink at @i, or 0. */
static gsize
fc_markdown_find_tag_end(const FcMarkdown *md, gsize i, gboolean *autolink)
{
    const char *t = md->t;
    gsize limit = MIN(md->len, i + FC_TAG_MAX);
    *autolink = fc_markdown_starts_with(t, i + 1, limit, "http://") ||
                fc_markdown_starts_with(t, i + 1, limit, "https://") ||
                fc_markdown_starts_with(t, i + 1, limit, "mailto:");
    gsize q = i + 1;
    if (!*autolink) {
        q += q < limit && t[q] == '/';
        gsize name = q;
        while (q < limit && g_ascii_isalnum(t[q]))
            q++;
        if (!fc_markdown_is_html_tag_name(t + name, q - name) ||
            (q < limit && t[q] != '>' && t[q] != '/' && !g_ascii_isspace(t[q])))
            return 0;
    }
    /* Words after a tag name must be attributes with values: "<b and c>"
     * in prose is not a tag. */
    gboolean words = FALSE, values = FALSE;
    for (; q < limit; q++) {
        if (t[q] == '>')
            return *autolink || !words || values ? q + 1 : 0;
        if (t[q] == '<' || (*autolink && g_ascii_isspace(t[q])))
            return 0;
        words = words || (!g_ascii_isspace(t[q]) && t[q] != '/');
        values = values || t[q] == '=';
    }
    return 0;
}

/* HTML tags go entirely; an autolink "<https://x>" keeps its URL. */
static gsize
fc_markdown_clean_angle(FcMarkdown *md, gsize i)
{
    if (fc_markdown_starts_with(md->t, i, md->len, "<!--"))
        return fc_markdown_clean_comment(md, i);
    gboolean autolink = FALSE;
    gsize end = fc_markdown_find_tag_end(md, i, &autolink);
    if (end == 0)
        return i + 1;
    if (autolink) {
        md->t[i] = ' ';
        md->t[end - 1] = ' ';
    } else {
        fc_markdown_blank(md->t, i, end);
    }
    return end;
}

static gsize
fc_markdown_clean_at(FcMarkdown *md, gsize i)
{
    char *t = md->t;
    switch (t[i]) {
    case '\\':
        /* "\*" is a literal star: drop the backslash, keep the star. */
        if (i + 1 < md->len && g_ascii_ispunct(t[i + 1])) {
            t[i] = ' ';
            return i + 2;
        }
        return i + 1;
    case '<':
        return fc_markdown_clean_angle(md, i);
    case '!':
        return i + 1 < md->len && t[i + 1] == '[' ? fc_markdown_clean_image(md, i) : i + 1;
    case '[':
        return fc_markdown_clean_link(md, i);
    case '`':
        return fc_markdown_clean_backticks(md, i);
    case '*':
    case '_':
    case '~':
        return fc_markdown_clean_emphasis(md, i);
    default:
        return i + 1;
    }
}

/* The bytes fc_markdown_clean_at() acts on; prose is mostly others. */
static const guint8 fc_markdown_inline_special[256] = {
    ['\\'] = 1, ['<'] = 1, ['!'] = 1, ['['] = 1, ['`'] = 1, ['*'] = 1, ['_'] = 1, ['~'] = 1,
};

void
fc_markdown_clean(FcDocument *doc)
{
    char *t = doc->text;
    gsize len = doc->len, from = doc->body_start;
    fc_markdown_clean_lines(t, len, from);
    FcMarkdown md = {t, len, FALSE, doc};
    for (gsize i = from; i < len;) {
        while (i < len && !fc_markdown_inline_special[(guchar)t[i]])
            i++;
        if (i < len)
            i = fc_markdown_clean_at(&md, i);
    }
}
