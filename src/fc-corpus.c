#include "fc-corpus.h"

#include "fc-boilerplate.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

/* Bounds on how far a Markdown construct may reach.  They keep cleaning
 * linear on hostile input (a megabyte of "[" must not be rescanned per
 * bracket) and are far beyond what real link text or URLs need. */
#define FC_LINK_TEXT_MAX 1000
#define FC_LINK_DEST_MAX 2000
#define FC_TAG_MAX 1000

GQuark
fc_corpus_error_quark(void)
{
    return g_quark_from_static_string("fc-corpus-error-quark");
}

FcCorpus *
fc_corpus_new(void)
{
    FcCorpus *corpus = g_new0(FcCorpus, 1);
    corpus->documents = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    corpus->warnings = g_ptr_array_new_with_free_func(g_free);
    return corpus;
}

void
fc_corpus_free(FcCorpus *corpus)
{
    if (corpus == NULL)
        return;
    g_ptr_array_unref(corpus->documents);
    g_ptr_array_unref(corpus->warnings);
    g_free(corpus);
}

/* ---- small byte helpers ------------------------------------------------ */

static gboolean
fc_corpus_is_blank_char(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Overwrites [from, to) with white space but keeps line ends, so that
 * offsets, line numbers and CRLF pairs survive.  A multi-byte character
 * becomes one space character of the same length (U+00A0, U+2002), so that
 * columns counted in characters still match the file; a 4-byte one has no
 * such twin and becomes two U+00A0. */
static void
fc_corpus_blank(char *t, gsize from, gsize to)
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

static gsize
fc_corpus_line_end(const char *t, gsize len, gsize pos)
{
    const char *nl = memchr(t + pos, '\n', len - pos);
    return nl == NULL ? len : (gsize)(nl - t);
}

static gsize
fc_corpus_skip_blanks(const char *t, gsize pos, gsize end)
{
    while (pos < end && fc_corpus_is_blank_char(t[pos]))
        pos++;
    return pos;
}

static gsize
fc_corpus_trim_end(const char *t, gsize start, gsize end)
{
    while (end > start && fc_corpus_is_blank_char(t[end - 1]))
        end--;
    return end;
}

static gboolean
fc_corpus_has_suffix(const char *name, const char *suffix)
{
    gsize n = strlen(name), s = strlen(suffix);
    return n > s && g_ascii_strcasecmp(name + n - s, suffix) == 0;
}

/* Real .txt scrapes carry Markdown too, so all three kinds are cleaned. */
static gboolean
fc_corpus_is_article_name(const char *path)
{
    return fc_corpus_has_suffix(path, ".md") || fc_corpus_has_suffix(path, ".markdown") ||
           fc_corpus_has_suffix(path, ".txt");
}

/* ---- UTF-8 repair ------------------------------------------------------ */

/* Returns the number of invalid sequences, a run of adjacent bad bytes
 * counting once, which is what a reader of "3 sequences" expects. */
static guint
fc_corpus_repair_utf8(char *t, gsize len)
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

/* ---- front matter ------------------------------------------------------ */

static gboolean
fc_corpus_line_is(const char *t, gsize start, gsize end, const char *word)
{
    start = fc_corpus_skip_blanks(t, start, end);
    end = fc_corpus_trim_end(t, start, end);
    gsize n = strlen(word);
    return end - start == n && memcmp(t + start, word, n) == 0;
}

/* YAML scalars as front matter writes them: "double" (with \" and \\),
 * 'single' (with ''), or plain with an optional trailing # comment. */
static char *
fc_corpus_unquote(const char *v, gsize n)
{
    if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
        GString *s = g_string_sized_new(n);
        for (gsize i = 1; i + 1 < n; i++) {
            if (v[0] == '"' && v[i] == '\\' && i + 2 < n)
                i++;
            else if (v[0] == '\'' && v[i] == '\'' && v[i + 1] == '\'' && i + 2 < n)
                i++;
            g_string_append_c(s, v[i]);
        }
        return g_string_free(s, FALSE);
    }
    for (gsize i = 1; i < n; i++) {
        if (v[i] == '#' && fc_corpus_is_blank_char(v[i - 1])) {
            n = i;
            break;
        }
    }
    while (n > 0 && fc_corpus_is_blank_char(v[n - 1]))
        n--;
    return g_strndup(v, n);
}

static char **
fc_corpus_front_matter_field(FcDocument *doc, const char *key, gsize key_len)
{
    static const struct {
        const char *name;
        gsize offset;
    } fields[] = {
        {"title", G_STRUCT_OFFSET(FcDocument, title)},
        {"date", G_STRUCT_OFFSET(FcDocument, date_text)},
        {"source", G_STRUCT_OFFSET(FcDocument, source)},
        {"url", G_STRUCT_OFFSET(FcDocument, url)},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(fields); i++) {
        if (strlen(fields[i].name) == key_len &&
            g_ascii_strncasecmp(fields[i].name, key, key_len) == 0)
            return G_STRUCT_MEMBER_P(doc, fields[i].offset);
    }
    return NULL;
}

static void
fc_corpus_read_field(FcDocument *doc, gsize start, gsize end)
{
    const char *t = doc->text;
    start = fc_corpus_skip_blanks(t, start, end);
    end = fc_corpus_trim_end(t, start, end);
    const char *colon = memchr(t + start, ':', end - start);
    if (colon == NULL || t[start] == '#')
        return;
    gsize key_end = fc_corpus_trim_end(t, start, (gsize)(colon - t));
    char **field = fc_corpus_front_matter_field(doc, t + start, key_end - start);
    gsize value = fc_corpus_skip_blanks(t, (gsize)(colon - t) + 1, end);
    if (field == NULL || value == end)
        return;
    g_autofree char *text = fc_corpus_unquote(t + value, end - value);
    if (*text == '\0')
        return;
    /* Duplicate keys: the last one wins, as with common YAML loaders. */
    g_free(*field);
    *field = g_steal_pointer(&text);
}

/* Offset of the line that closes the block opened at @from, or len. */
static gsize
fc_corpus_find_front_matter_end(const char *t, gsize len, gsize from)
{
    for (gsize line = from; line < len;) {
        gsize end = fc_corpus_line_end(t, len, line);
        if (fc_corpus_line_is(t, line, end, "---") || fc_corpus_line_is(t, line, end, "..."))
            return line;
        line = end + 1;
    }
    return len;
}

static void
fc_corpus_read_front_matter(FcDocument *doc)
{
    const char *t = doc->text;
    gsize first_end = fc_corpus_line_end(t, doc->len, 0);
    /* The first line may hold a blanked BOM before the fence. */
    if (!fc_corpus_line_is(t, 0, first_end, "---") || first_end == doc->len)
        return;
    gsize close = fc_corpus_find_front_matter_end(t, doc->len, first_end + 1);
    if (close == doc->len)
        return;
    for (gsize line = first_end + 1; line < close;) {
        gsize end = fc_corpus_line_end(t, doc->len, line);
        fc_corpus_read_field(doc, line, end);
        line = end + 1;
    }
    if (doc->date_text != NULL && !fc_time_parse_iso(doc->date_text, &doc->date))
        memset(&doc->date, 0, sizeof doc->date);
    gsize close_end = fc_corpus_line_end(t, doc->len, close);
    fc_corpus_blank(doc->text, 0, close_end);
    doc->body_start = MIN(close_end + 1, doc->len);
}

/* ---- Markdown: line starts ---------------------------------------------- */

/* Thematic breaks ("---", "* * *"), setext underlines ("===") and table
 * delimiter rows ("|---|:--|") carry no words. */
static gboolean
fc_corpus_is_rule_line(const char *t, gsize p, gsize end)
{
    char c = t[p];
    guint marks = 0, pipes = 0, dashes = 0;
    gboolean same = (c == '-' || c == '*' || c == '_' || c == '='), table = TRUE;
    for (gsize i = p; i < end; i++) {
        if (fc_corpus_is_blank_char(t[i]))
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
fc_corpus_blank_heading(char *t, gsize p, gsize end)
{
    gsize q = p;
    while (q < end && t[q] == '#' && q - p < 7)
        q++;
    if (q == p || q - p > 6 || (q < end && !fc_corpus_is_blank_char(t[q])))
        return FALSE;
    fc_corpus_blank(t, p, q);
    /* Optional closing sequence: "## Title ##". */
    gsize e = fc_corpus_trim_end(t, q, end), s = e;
    while (s > q && t[s - 1] == '#')
        s--;
    if (s < e && s > q && fc_corpus_is_blank_char(t[s - 1]))
        fc_corpus_blank(t, s, e);
    return TRUE;
}

/* "[label]: url" defines a link target and has no prose; a footnote
 * "[^1]: text" has, so only its marker goes. */
static gboolean
fc_corpus_blank_definition(char *t, gsize p, gsize end)
{
    if (t[p] != '[')
        return FALSE;
    gsize q = p + 1;
    while (q < end && t[q] != ']' && t[q] != '[')
        q++;
    if (q + 1 >= end || t[q] != ']' || t[q + 1] != ':' || q == p + 1)
        return FALSE;
    fc_corpus_blank(t, p, t[p + 1] == '^' ? q + 2 : end);
    return TRUE;
}

static gboolean
fc_corpus_starts_with(const char *t, gsize p, gsize end, const char *s)
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
fc_corpus_bullet_len(const char *t, gsize p, gsize end, gboolean list_may_start)
{
    if (strchr("-*+", t[p]) != NULL && p + 1 < end && fc_corpus_is_blank_char(t[p + 1]))
        return 2;
    static const char *const dashes[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (gsize i = 0; i < G_N_ELEMENTS(dashes); i++) {
        if (fc_corpus_starts_with(t, p, end, dashes[i]) && p + 3 < end &&
            fc_corpus_is_blank_char(t[p + 3]))
            return 4;
    }
    gsize q = p;
    while (q < end && g_ascii_isdigit(t[q]) && q - p < 4)
        q++;
    if (q == p || q - p > 3 || q + 1 >= end || (t[q] != '.' && t[q] != ')') ||
        !fc_corpus_is_blank_char(t[q + 1]))
        return 0;
    gboolean is_one = (q - p == 1 && t[p] == '1') || (q - p == 2 && t[p] == '0' && t[p + 1] == '1');
    return list_may_start || is_one ? q - p + 2 : 0;
}

/* Returns TRUE when the line is a list item. */
static gboolean
fc_corpus_clean_line(char *t, gsize start, gsize end, gboolean list_may_start)
{
    gsize p = fc_corpus_skip_blanks(t, start, end);
    while (p < end && t[p] == '>') {
        t[p] = ' ';
        p = fc_corpus_skip_blanks(t, p + 1, end);
    }
    if (p == end)
        return FALSE;
    if (fc_corpus_is_rule_line(t, p, end)) {
        fc_corpus_blank(t, p, end);
        return FALSE;
    }
    if (fc_corpus_blank_heading(t, p, end) || fc_corpus_blank_definition(t, p, end))
        return FALSE;
    gsize bullet = fc_corpus_bullet_len(t, p, end, list_may_start);
    if (bullet == 0)
        return FALSE;
    fc_corpus_blank(t, p, p + bullet);
    p = fc_corpus_skip_blanks(t, p + bullet, end);
    /* Task list boxes: "- [ ] item", "- [x] item". */
    if (end - p >= 3 && t[p] == '[' && strchr(" xX", t[p + 1]) != NULL && t[p + 2] == ']')
        fc_corpus_blank(t, p, p + 3);
    return TRUE;
}

static void
fc_corpus_clean_lines(char *t, gsize len, gsize from)
{
    gboolean prev_blank = TRUE, in_list = FALSE;
    for (gsize line = from; line < len;) {
        gsize end = fc_corpus_line_end(t, len, line);
        gboolean blank = fc_corpus_skip_blanks(t, line, end) == end;
        if (!blank) {
            gboolean item = fc_corpus_clean_line(t, line, end, prev_blank || in_list);
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
fc_corpus_classify(gunichar c)
{
    if (c == 0 || g_unichar_isspace(c))
        return FC_CHAR_SPACE;
    if (g_unichar_ispunct(c))
        return FC_CHAR_PUNCT;
    return FC_CHAR_WORD;
}

static FcCharClass
fc_corpus_class_before(const FcMarkdown *md, gsize i)
{
    if (i == 0)
        return FC_CHAR_SPACE;
    gsize p = i - 1;
    while (p > 0 && i - p < 4 && ((guchar)md->t[p] & 0xC0) == 0x80)
        p--;
    gunichar c = g_utf8_get_char_validated(md->t + p, i - p);
    return c >= 0x110000 ? FC_CHAR_PUNCT : fc_corpus_classify(c);
}

static FcCharClass
fc_corpus_class_at(const FcMarkdown *md, gsize i)
{
    if (i >= md->len)
        return FC_CHAR_SPACE;
    gunichar c = g_utf8_get_char_validated(md->t + i, md->len - i);
    return c >= 0x110000 ? FC_CHAR_PUNCT : fc_corpus_classify(c);
}

/* CommonMark's flanking rules decide whether a run of '*', '_' or '~' is a
 * delimiter.  Stricter than CommonMark: a single '*' or any '_' inside a
 * word stays (snake_case, "F*ck"), a lone '~' is "about" and stays, and a
 * run with space on both sides is a multiplication sign or stray mark. */
static gsize
fc_corpus_clean_emphasis(FcMarkdown *md, gsize i)
{
    char c = md->t[i];
    gsize j = i;
    while (j < md->len && md->t[j] == c)
        j++;
    FcCharClass before = fc_corpus_class_before(md, i), after = fc_corpus_class_at(md, j);
    gboolean left = after != FC_CHAR_SPACE && (after != FC_CHAR_PUNCT || before != FC_CHAR_WORD);
    gboolean right = before != FC_CHAR_SPACE && (before != FC_CHAR_PUNCT || after != FC_CHAR_WORD);
    gboolean intraword = before == FC_CHAR_WORD && after == FC_CHAR_WORD;
    gboolean delimiter = left || right;
    if (c == '~')
        delimiter = delimiter && j - i == 2;
    else if (intraword)
        delimiter = c == '*' && j - i >= 2;
    if (delimiter)
        fc_corpus_blank(md->t, i, j);
    return j;
}

static gsize
fc_corpus_clean_backticks(FcMarkdown *md, gsize i)
{
    gsize j = i;
    while (j < md->len && md->t[j] == '`')
        j++;
    fc_corpus_blank(md->t, i, j);
    return j;
}

/* Finds the ']' closing link text opened at @open.  Gives up at another '['
 * (so scans never overlap) and at a blank line (link text stays within a
 * paragraph). */
static gsize
fc_corpus_find_text_end(const FcMarkdown *md, gsize open)
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
        else if (!fc_corpus_is_blank_char(c))
            line_empty = FALSE;
    }
    return 0;
}

static gsize
fc_corpus_skip_title(const FcMarkdown *md, gsize q, gsize limit)
{
    char open = md->t[q];
    char close = open == '(' ? ')' : open;
    if (open != '"' && open != '\'' && open != '(')
        return q;
    for (gsize r = q + 1; r < limit; r++) {
        if (md->t[r] == close)
            return fc_corpus_skip_blanks(md->t, r + 1, limit);
        if (md->t[r] == '[' || md->t[r] == '\n')
            return 0;
    }
    return 0;
}

/* "(url)" or "(url "title")" starting at @open; returns the offset after
 * ')' or 0.  A destination stops at white space and never contains '[' or
 * '<', so failed scans do not overlap later ones. */
static gsize
fc_corpus_find_dest_end(const FcMarkdown *md, gsize open)
{
    gsize limit = MIN(md->len, open + FC_LINK_DEST_MAX);
    gsize q = fc_corpus_skip_blanks(md->t, open + 1, limit);
    guint depth = 0;
    for (; q < limit; q++) {
        char c = md->t[q];
        if (c == ')' && depth == 0)
            return q + 1;
        if (c == '[' || c == ']' || c == '<' || c == '\n')
            return 0;
        if (fc_corpus_is_blank_char(c))
            break;
        depth += c == '(';
        depth -= c == ')';
    }
    q = fc_corpus_skip_blanks(md->t, q, limit);
    if (q < limit && md->t[q] != ')')
        q = fc_corpus_skip_title(md, q, limit);
    return q > 0 && q < limit && md->t[q] == ')' ? q + 1 : 0;
}

static gsize
fc_corpus_find_label_end(const FcMarkdown *md, gsize open)
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
fc_corpus_match_link(const FcMarkdown *md, gsize open, gsize *text_end)
{
    gsize close = fc_corpus_find_text_end(md, open);
    if (close == 0 || close + 1 >= md->len)
        return 0;
    *text_end = close;
    if (md->t[close + 1] == '(')
        return fc_corpus_find_dest_end(md, close + 1);
    if (md->t[close + 1] == '[')
        return fc_corpus_find_label_end(md, close + 1);
    return 0;
}

static gsize
fc_corpus_clean_link(FcMarkdown *md, gsize i)
{
    gsize text_end = 0;
    gsize end = fc_corpus_match_link(md, i, &text_end);
    if (end == 0)
        return i + 1;
    md->t[i] = ' ';
    fc_corpus_blank(md->t, text_end, end);
    /* The link text itself is cleaned by the main scan. */
    return i + 1;
}

/* Images carry no prose for the article's claims: alt text goes too. */
static gsize
fc_corpus_clean_image(FcMarkdown *md, gsize i)
{
    gsize text_end = 0;
    gsize end = i + 1 < md->len ? fc_corpus_match_link(md, i + 1, &text_end) : 0;
    if (end == 0)
        return i + 1;
    fc_corpus_blank(md->t, i, end);
    return end;
}

/* ---- Markdown: suppression directives in comments ------------------------ */

static const struct {
    const char *word;
    FcDirectiveKind kind;
} fc_corpus_directive_words[] = {
    {"factcheck-disable-next-line", FC_DIRECTIVE_DISABLE_NEXT_LINE},
    {"factcheck-disable", FC_DIRECTIVE_DISABLE},
    {"factcheck-enable", FC_DIRECTIVE_ENABLE},
};

static void
fc_corpus_add_directive(FcMarkdown *md, FcDirectiveKind kind, gsize start, gsize end,
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
fc_corpus_record_directives(FcMarkdown *md, gsize start, gsize end)
{
    g_autofree char *body = g_strndup(md->t + start + 4, end - start - 7);
    g_auto(GStrv) words = g_strsplit_set(g_strstrip(body), " \t\r\n,", -1);
    if (words[0] == NULL || !g_str_has_prefix(words[0], "factcheck-"))
        return;
    FcDirectiveKind kind = FC_DIRECTIVE_UNKNOWN;
    for (gsize i = 0; i < G_N_ELEMENTS(fc_corpus_directive_words); i++)
        if (strcmp(words[0], fc_corpus_directive_words[i].word) == 0)
            kind = fc_corpus_directive_words[i].kind;
    if (kind == FC_DIRECTIVE_UNKNOWN) {
        fc_corpus_add_directive(md, kind, start, end, words[0]);
        return;
    }
    gboolean named = FALSE;
    for (guint i = 1; words[i] != NULL; i++) {
        if (words[i][0] == '\0')
            continue;
        fc_corpus_add_directive(md, kind, start, end, words[i]);
        named = TRUE;
    }
    if (!named)
        fc_corpus_add_directive(md, kind, start, end, NULL);
}

static gsize
fc_corpus_clean_comment(FcMarkdown *md, gsize i)
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
    fc_corpus_record_directives(md, i, end);
    fc_corpus_blank(md->t, i, end);
    return end;
}

static gboolean
fc_corpus_is_html_tag_name(const char *name, gsize n)
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
fc_corpus_find_tag_end(const FcMarkdown *md, gsize i, gboolean *autolink)
{
    const char *t = md->t;
    gsize limit = MIN(md->len, i + FC_TAG_MAX);
    *autolink = fc_corpus_starts_with(t, i + 1, limit, "http://") ||
                fc_corpus_starts_with(t, i + 1, limit, "https://") ||
                fc_corpus_starts_with(t, i + 1, limit, "mailto:");
    gsize q = i + 1;
    if (!*autolink) {
        q += q < limit && t[q] == '/';
        gsize name = q;
        while (q < limit && g_ascii_isalnum(t[q]))
            q++;
        if (!fc_corpus_is_html_tag_name(t + name, q - name) ||
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
fc_corpus_clean_angle(FcMarkdown *md, gsize i)
{
    if (fc_corpus_starts_with(md->t, i, md->len, "<!--"))
        return fc_corpus_clean_comment(md, i);
    gboolean autolink = FALSE;
    gsize end = fc_corpus_find_tag_end(md, i, &autolink);
    if (end == 0)
        return i + 1;
    if (autolink) {
        md->t[i] = ' ';
        md->t[end - 1] = ' ';
    } else {
        fc_corpus_blank(md->t, i, end);
    }
    return end;
}

static gsize
fc_corpus_clean_at(FcMarkdown *md, gsize i)
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
        return fc_corpus_clean_angle(md, i);
    case '!':
        return i + 1 < md->len && t[i + 1] == '[' ? fc_corpus_clean_image(md, i) : i + 1;
    case '[':
        return fc_corpus_clean_link(md, i);
    case '`':
        return fc_corpus_clean_backticks(md, i);
    case '*':
    case '_':
    case '~':
        return fc_corpus_clean_emphasis(md, i);
    default:
        return i + 1;
    }
}

static void
fc_corpus_clean_markdown(FcDocument *doc)
{
    char *t = doc->text;
    gsize len = doc->len, from = doc->body_start;
    fc_corpus_clean_lines(t, len, from);
    FcMarkdown md = {t, len, FALSE, doc};
    for (gsize i = from; i < len;)
        i = fc_corpus_clean_at(&md, i);
}

/* ---- parse ------------------------------------------------------------- */

FcDocument *
fc_corpus_parse(const char *path, const char *bytes, gsize len)
{
    char *text = g_malloc(len + 1);
    if (len > 0)
        memcpy(text, bytes, len);
    text[len] = '\0';
    guint repaired = fc_corpus_repair_utf8(text, len);
    FcDocument *doc = fc_document_new(path, text, len);
    doc->repaired = repaired;
    fc_corpus_read_front_matter(doc);
    if (fc_corpus_is_article_name(path)) {
        fc_boilerplate_blank(doc->text, doc->len, doc->body_start);
        fc_corpus_clean_markdown(doc);
    }
    return doc;
}

/* ---- reading and walking ---------------------------------------------- */

/* GLib reports file errors as GFileError; the user wants the system's own
 * words ("Permission denied"), so map back to errno for g_strerror(). */
static int
fc_corpus_errno_from_file_error(gint code)
{
    static const int map[][2] = {
        {G_FILE_ERROR_EXIST, EEXIST}, {G_FILE_ERROR_ISDIR, EISDIR},
        {G_FILE_ERROR_ACCES, EACCES}, {G_FILE_ERROR_NAMETOOLONG, ENAMETOOLONG},
        {G_FILE_ERROR_NOENT, ENOENT}, {G_FILE_ERROR_NOTDIR, ENOTDIR},
        {G_FILE_ERROR_NXIO, ENXIO},   {G_FILE_ERROR_NODEV, ENODEV},
        {G_FILE_ERROR_ROFS, EROFS},   {G_FILE_ERROR_TXTBSY, ETXTBSY},
        {G_FILE_ERROR_FAULT, EFAULT}, {G_FILE_ERROR_LOOP, ELOOP},
        {G_FILE_ERROR_NOSPC, ENOSPC}, {G_FILE_ERROR_NOMEM, ENOMEM},
        {G_FILE_ERROR_MFILE, EMFILE}, {G_FILE_ERROR_NFILE, ENFILE},
        {G_FILE_ERROR_BADF, EBADF},   {G_FILE_ERROR_INVAL, EINVAL},
        {G_FILE_ERROR_PIPE, EPIPE},   {G_FILE_ERROR_AGAIN, EAGAIN},
        {G_FILE_ERROR_INTR, EINTR},   {G_FILE_ERROR_IO, EIO},
        {G_FILE_ERROR_PERM, EPERM},   {G_FILE_ERROR_NOSYS, ENOSYS},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(map); i++) {
        if (map[i][0] == code)
            return map[i][1];
    }
    return 0;
}

static void
fc_corpus_set_read_error(GError **error, const char *path, const GError *cause)
{
    int err = cause->domain == G_FILE_ERROR ? fc_corpus_errno_from_file_error(cause->code) : 0;
    const char *reason = err != 0 ? g_strerror(err) : cause->message;
    g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, reason);
}

static void
fc_corpus_warn_document(FcCorpus *corpus, const FcDocument *doc)
{
    if (doc->repaired > 0)
        g_ptr_array_add(corpus->warnings,
                        g_strdup_printf("factcheck: '%s': invalid UTF-8 repaired (%u sequence%s)",
                                        doc->path, doc->repaired, doc->repaired == 1 ? "" : "s"));
    /* FcTime is all zero when unknown; see fc-time.h. */
    if (doc->date_text != NULL && doc->date.lo == 0)
        g_ptr_array_add(corpus->warnings,
                        g_strdup_printf("factcheck: '%s': front-matter date '%s' not understood",
                                        doc->path, doc->date_text));
}

static gboolean
fc_corpus_load(FcCorpus *corpus, const char *path, GError **error)
{
    g_autofree char *bytes = NULL;
    gsize len = 0;
    g_autoptr(GError) cause = NULL;
    if (!g_file_get_contents(path, &bytes, &len, &cause)) {
        fc_corpus_set_read_error(error, path, cause);
        return FALSE;
    }
    FcDocument *doc = fc_corpus_parse(path, bytes, len);
    fc_corpus_warn_document(corpus, doc);
    g_ptr_array_add(corpus->documents, doc);
    return TRUE;
}

/* Per-call walk state: folders already entered, by device and inode, so a
 * symlink back up the tree is not followed round and round. */
typedef struct {
    FcCorpus *corpus;
    GHashTable *visited;
} FcWalk;

static void
fc_corpus_warn_failure(FcCorpus *corpus, const GError *error)
{
    g_ptr_array_add(corpus->warnings, g_strdup_printf("factcheck: %s", error->message));
    corpus->failed++;
}

static gboolean fc_corpus_walk_dir(FcWalk *walk, const char *path, const GStatBuf *st,
                                   GError **error);

static gint
fc_corpus_compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
fc_corpus_visit_entry(FcWalk *walk, const char *path)
{
    GStatBuf st;
    g_autoptr(GError) error = NULL;
    if (g_stat(path, &st) != 0) {
        int err = errno;
        if (!fc_corpus_is_article_name(path)) {
            walk->corpus->skipped++;
            return;
        }
        g_set_error(&error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, g_strerror(err));
    } else if (S_ISDIR(st.st_mode)) {
        fc_corpus_walk_dir(walk, path, &st, &error);
    } else if (!S_ISREG(st.st_mode) || !fc_corpus_is_article_name(path)) {
        /* FIFOs and devices are never opened: reading one could block. */
        walk->corpus->skipped++;
    } else {
        fc_corpus_load(walk->corpus, path, &error);
    }
    if (error != NULL)
        fc_corpus_warn_failure(walk->corpus, error);
}

static GPtrArray *
fc_corpus_list_dir(const char *path, GError **error)
{
    g_autoptr(GError) cause = NULL;
    g_autoptr(GDir) dir = g_dir_open(path, 0, &cause);
    if (dir == NULL) {
        fc_corpus_set_read_error(error, path, cause);
        return NULL;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(dir)) != NULL) {
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    }
    g_ptr_array_sort(names, fc_corpus_compare_names);
    return names;
}

static gboolean
fc_corpus_walk_dir(FcWalk *walk, const char *path, const GStatBuf *st, GError **error)
{
    char *key = g_strdup_printf("%ju:%ju", (uintmax_t)st->st_dev, (uintmax_t)st->st_ino);
    if (!g_hash_table_add(walk->visited, key))
        return TRUE;
    g_autoptr(GPtrArray) names = fc_corpus_list_dir(path, error);
    if (names == NULL)
        return FALSE;
    for (guint i = 0; i < names->len; i++) {
        g_autofree char *child = g_build_filename(path, g_ptr_array_index(names, i), NULL);
        fc_corpus_visit_entry(walk, child);
    }
    return TRUE;
}

gboolean
fc_corpus_add_path(FcCorpus *corpus, const char *path, GError **error)
{
    g_return_val_if_fail(corpus != NULL && path != NULL, FALSE);
    GStatBuf st;
    if (g_stat(path, &st) != 0) {
        int err = errno;
        g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, g_strerror(err));
        return FALSE;
    }
    if (S_ISDIR(st.st_mode)) {
        g_autoptr(GHashTable) visited =
            g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        FcWalk walk = {corpus, visited};
        return fc_corpus_walk_dir(&walk, path, &st, error);
    }
    /* The header's rule holds for named files too: other kinds are counted,
     * not guessed at, so that "factcheck page.html" reports one skip. */
    if (!fc_corpus_is_article_name(path)) {
        corpus->skipped++;
        return TRUE;
    }
    return fc_corpus_load(corpus, path, error);
}
