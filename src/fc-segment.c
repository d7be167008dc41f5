#include "fc-segment.h"

#include <string.h>

/* Past this a sentence is cut at the next comma, semicolon or space, and
 * past twice this anywhere, so that later stages do bounded work per
 * sentence whatever the input. */
#define FC_SENTENCE_SOFT_MAX 2000
#define FC_SENTENCE_HARD_MAX 4000
/* An open bracket or quote holds sentences together only this far: a stray
 * "(" must not glue a whole article into one sentence. */
#define FC_BRACKET_REACH 300
#define FC_QUOTE_REACH 400
#define FC_TOKEN_MAX 32
#define FC_CLOSERS_MAX 16

typedef struct {
    const char *t;
    gsize len;
    GArray *out;
    gsize start; /* where the current sentence began */
    guint depth; /* open brackets */
    gsize bracket_at;
    gboolean quoted; /* inside a double quote */
    gsize quote_at;
} FcSegmenter;

typedef enum {
    FC_ABBREV_NONE,
    FC_ABBREV_INNER,    /* never ends a sentence: "Mr.", "e.g.", a list number */
    FC_ABBREV_TERMINAL, /* may end one: "Inc.", "U.S.", an initial */
} FcAbbrev;

/* ---- characters -------------------------------------------------------- */

static gboolean
fc_segment_is_continuation(char c)
{
    return ((guchar)c & 0xC0) == 0x80;
}

static gboolean
fc_segment_has_at(const char *t, gsize i, gsize len, const char *s)
{
    gsize n = strlen(s);
    return len - i >= n && memcmp(t + i, s, n) == 0;
}

static gunichar
fc_segment_char_at(const char *t, gsize i, gsize len)
{
    if (i >= len)
        return 0;
    if ((guchar)t[i] < 0x80)
        return (guchar)t[i];
    gunichar c = g_utf8_get_char_validated(t + i, len - i);
    return c >= 0x110000 ? 0xFFFD : c;
}

/* Byte length of the white space at @i (U+00A0 and other Unicode spaces
 * included, as scraped pages are full of them), or 0. */
static gsize
fc_segment_space_len(const char *t, gsize i, gsize len)
{
    if (i >= len)
        return 0;
    if (g_ascii_isspace(t[i]))
        return 1;
    if ((guchar)t[i] < 0x80)
        return 0;
    gunichar c = fc_segment_char_at(t, i, len);
    return g_unichar_isspace(c) ? (gsize)(g_utf8_next_char(t + i) - (t + i)) : 0;
}

/* Byte length of the white space ending at @end, not reaching below @lo. */
static gsize
fc_segment_space_len_before(const char *t, gsize lo, gsize end)
{
    gsize p = end - 1;
    while (p > lo && end - p < 4 && fc_segment_is_continuation(t[p]))
        p--;
    gsize n = fc_segment_space_len(t, p, end);
    return p + n == end ? n : 0;
}

static gboolean
fc_segment_is_blank(const char *t, gsize i, gsize len)
{
    return t[i] != '\n' && fc_segment_space_len(t, i, len) > 0;
}

static gsize
fc_segment_final_len(const char *t, gsize i, gsize len)
{
    if (t[i] == '.' || t[i] == '!' || t[i] == '?')
        return 1;
    return fc_segment_has_at(t, i, len, "\xE2\x80\xA6") ? 3 : 0; /* … */
}

static gsize
fc_segment_closer_len(const char *t, gsize i, gsize len)
{
    if (strchr("\"')]}*_", t[i]) != NULL && t[i] != '\0')
        return 1;
    if (fc_segment_has_at(t, i, len, "\xE2\x80\x9D") ||
        fc_segment_has_at(t, i, len, "\xE2\x80\x99"))
        return 3;                                            /* ” ’ */
    return fc_segment_has_at(t, i, len, "\xC2\xBB") ? 2 : 0; /* » */
}

static gboolean
fc_segment_is_opener(gunichar c)
{
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
           c == 0xAB || c == '$' || c == 0x20AC || c == 0xA3 || c == 0xA5;
}

/* A capital, a digit, an opening quote or bracket, a currency sign: what a
 * new sentence may begin with.  Scripts without case count as capitals. */
static gboolean
fc_segment_begins_sentence(const char *t, gsize i, gsize len)
{
    gunichar c = fc_segment_char_at(t, i, len);
    if (fc_segment_is_opener(c))
        return TRUE;
    return g_unichar_isalnum(c) && !g_unichar_islower(c);
}

static gboolean
fc_segment_has_word(const char *t, gsize a, gsize b)
{
    for (gsize i = a; i < b; i++) {
        if (g_ascii_isalnum(t[i]) ||
            ((guchar)t[i] >= 0xC0 && g_unichar_isalnum(fc_segment_char_at(t, i, b))))
            return TRUE;
    }
    return FALSE;
}

/* Steps over one character; a stray byte counts as one. */
static gsize
fc_segment_next_char(const char *t, gsize i, gsize len)
{
    for (i++; i < len && fc_segment_is_continuation(t[i]); i++)
        ;
    return i;
}

/* ---- words ------------------------------------------------------------- */

static gboolean
fc_segment_word_in(const char *word, gsize n, const char *const *list)
{
    /* The first byte rules most entries out before a strlen. */
    for (gsize i = 0; n > 0 && list[i] != NULL; i++) {
        if (list[i][0] == word[0] && strlen(list[i]) == n && memcmp(list[i], word, n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Words that begin sentences far more often than they follow "Inc." or
 * "U.S." inside one; they let such an abbreviation end a sentence. */
static gboolean
fc_segment_is_starter_word(const char *t, gsize i, gsize len)
{
    static const char *const words[] = {
        "The",   "This",  "That",   "These", "Those",     "It",        "Its",   "He",
        "She",   "They",  "We",     "I",     "You",       "But",       "And",   "However",
        "In",    "On",    "At",     "A",     "An",        "As",        "If",    "When",
        "While", "After", "Before", "Since", "For",       "Meanwhile", "There", "Our",
        "His",   "Her",   "Their",  "What",  "Why",       "How",       "Now",   "Still",
        "Yet",   "So",    "Also",   "Today", "According", "Last",      "Next",  "Earlier",
        "Later", "Other", "Some",   "Many",  "Most",      "Such",      "Under", NULL,
    };
    gsize j = i;
    while (j < len && j - i <= FC_TOKEN_MAX && g_ascii_isalpha(t[j]))
        j++;
    return fc_segment_word_in(t + i, j - i, words);
}

/* Lower-case words that leave a line unfinished: a line ending in one was
 * wrapped, not a headline. */
static gboolean
fc_segment_ends_with_connective(const char *t, gsize lo, gsize end)
{
    static const char *const words[] = {
        "a",     "an",   "the",   "and",   "or",        "but",   "nor",    "of",
        "to",    "in",   "on",    "at",    "by",        "for",   "with",   "from",
        "as",    "into", "onto",  "than",  "that",      "which", "who",    "whose",
        "whom",  "is",   "are",   "was",   "were",      "be",    "been",   "has",
        "have",  "had",  "will",  "would", "can",       "could", "should", "may",
        "might", "its",  "their", "his",   "her",       "our",   "this",   "these",
        "those", "said", "says",  "about", "including", "over",  "under",  "between",
        "among", "led",  "such",  "via",   "per",       "up",    "if",     NULL,
    };
    gsize s = end;
    while (s > lo && end - s <= FC_TOKEN_MAX && g_ascii_isalpha(t[s - 1]))
        s--;
    if (s > lo && !g_ascii_isspace(t[s - 1]))
        return FALSE;
    return fc_segment_word_in(t + s, end - s, words);
}

/* Lower-case entries match any case ("e.g", "E.g"); capitalised entries
 * match exactly, so "No." before a number is held but "no." is not. */
static gboolean
fc_segment_token_in(const char *tok, gsize n, const char *const *list)
{
    for (gsize i = 0; n > 0 && list[i] != NULL; i++) {
        /* Entries start with a letter: an ASCII case fold of the first
         * byte rules most out before a strlen. */
        if ((list[i][0] | 0x20) != (tok[0] | 0x20) || strlen(list[i]) != n)
            continue;
        gboolean exact = g_ascii_isupper(list[i][0]);
        if (exact ? memcmp(list[i], tok, n) == 0 : g_ascii_strncasecmp(list[i], tok, n) == 0)
            return TRUE;
    }
    return FALSE;
}

static const char *const fc_segment_inner_abbrevs[] = {
    "mr",   "mrs",  "ms",  "dr",  "prof", "sen", "rep", "gov", "gen", "lt",  "col",    "sgt",
    "capt", "rev",  "hon", "mt",  "pres", "vs",  "v",   "e.g", "i.e", "cf",  "approx", "fig",
    "figs", "vol",  "pp",  "p",   "No",   "Nos", "jan", "feb", "apr", "jun", "jul",    "aug",
    "sep",  "sept", "oct", "nov", "dec",  "ca",  "est", "ft",  "Mar", NULL,
};

static const char *const fc_segment_terminal_abbrevs[] = {
    "inc", "corp", "co", "ltd", "llc",  "plc",  "bros", "jr", "sr",
    "etc", "al",   "st", "ave", "dept", "govt", "intl", NULL,
};

/* "U.S", "e.g", "a.m", "Ph.D": letters separated by single dots. */
static gboolean
fc_segment_is_dotted(const char *tok, gsize n)
{
    gboolean dot = FALSE;
    for (gsize i = 0; i < n; i++) {
        if (tok[i] == '.' && (i == 0 || tok[i - 1] == '.'))
            return FALSE;
        if (tok[i] != '.' && !g_ascii_isalpha(tok[i]))
            return FALSE;
        dot = dot || tok[i] == '.';
    }
    return dot && tok[n - 1] != '.';
}

static gboolean
fc_segment_is_line_start(const char *t, gsize lo, gsize i)
{
    while (i > lo && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    return i == lo || t[i - 1] == '\n';
}

/* "closed a $28m Series A. Brightfield led it": a letter naming a round
 * or a class of shares is no initial. */
static gboolean
fc_segment_after_label_word(const char *t, gsize lo, gsize q)
{
    static const char *const words[] = {"series", "class", "phase", NULL};
    if (q < lo + 2 || t[q - 1] != ' ')
        return FALSE;
    gsize w = q - 1;
    while (w > lo && g_ascii_isalpha(t[w - 1]))
        w--;
    return fc_segment_token_in(t + w, q - 1 - w, words);
}

static FcAbbrev
fc_segment_abbrev(const FcSegmenter *s, gsize dot)
{
    const char *t = s->t;
    gsize q = dot;
    while (q > s->start && dot - q <= FC_TOKEN_MAX &&
           (g_ascii_isalnum(t[q - 1]) || t[q - 1] == '.' || t[q - 1] == '&'))
        q--;
    gsize n = dot - q;
    if (n == 0 || n > FC_TOKEN_MAX)
        return FC_ABBREV_NONE;
    const char *tok = t + q;
    if (fc_segment_token_in(tok, n, fc_segment_inner_abbrevs))
        return FC_ABBREV_INNER;
    if (n <= 3 && strspn(tok, "0123456789") >= n && fc_segment_is_line_start(t, s->start, q))
        return FC_ABBREV_INNER;
    if (n == 1 && fc_segment_after_label_word(t, s->start, q))
        return FC_ABBREV_NONE;
    if ((n == 1 && g_ascii_isupper(tok[0])) || fc_segment_is_dotted(tok, n) ||
        fc_segment_token_in(tok, n, fc_segment_terminal_abbrevs))
        return FC_ABBREV_TERMINAL;
    return FC_ABBREV_NONE;
}

/* ---- sentences --------------------------------------------------------- */

static void
fc_segment_emit(FcSegmenter *s, gsize end)
{
    gsize a = s->start, b = end, n;
    while (a < b && (n = fc_segment_space_len(s->t, a, b)) > 0)
        a += n;
    while (b > a && (n = fc_segment_space_len_before(s->t, a, b)) > 0)
        b -= n;
    if (b > a && fc_segment_has_word(s->t, a, b)) {
        FcSpan span = {a, b};
        g_array_append_val(s->out, span);
    }
    s->start = end;
    s->depth = 0;
    s->quoted = FALSE;
}

/* Runs on every bracket and quote of every document: a switch, not string
 * searches. */
static void
fc_segment_track(FcSegmenter *s, gsize i)
{
    const char *t = s->t;
    switch (t[i]) {
    case '(':
    case '[':
    case '{':
        if (s->depth++ == 0)
            s->bracket_at = i;
        break;
    case ')':
    case ']':
    case '}':
        s->depth -= s->depth > 0;
        break;
    case '"':
        /* A straight quote toggles; a curly opening quote always opens. */
        s->quoted = !s->quoted;
        s->quote_at = i;
        break;
    case '\xE2':
        if (fc_segment_has_at(t, i, s->len, "\xE2\x80\x9C")) {
            s->quoted = TRUE;
            s->quote_at = i;
        } else if (fc_segment_has_at(t, i, s->len, "\xE2\x80\x9D")) {
            s->quoted = FALSE;
        }
        break;
    default:
        break;
    }
}

/* Walks the closing quotes and brackets after sentence punctuation,
 * noting whether they close what was open. */
static gsize
fc_segment_skip_closers(const FcSegmenter *s, gsize j, guint *depth, gboolean *quoted)
{
    gsize from = j, n;
    while (j < s->len && j - from < FC_CLOSERS_MAX &&
           (n = fc_segment_closer_len(s->t, j, s->len))) {
        if (strchr(")]}", s->t[j]) != NULL && *depth > 0)
            (*depth)--;
        if (s->t[j] == '"' || (n == 3 && s->t[j + 2] == '\x9D'))
            *quoted = FALSE;
        j += n;
    }
    return j;
}

static gboolean
fc_segment_may_end(const FcSegmenter *s, gsize i, gsize run_end, gsize next, guint depth,
                   gboolean quoted)
{
    if (!fc_segment_begins_sentence(s->t, next, s->len))
        return FALSE;
    if (depth > 0 && i - s->bracket_at < FC_BRACKET_REACH)
        return FALSE;
    if (quoted && i - s->quote_at < FC_QUOTE_REACH)
        return FALSE;
    if (s->t[i] != '.' || run_end != i + 1)
        return TRUE;
    switch (fc_segment_abbrev(s, i)) {
    case FC_ABBREV_INNER:
        return FALSE;
    case FC_ABBREV_TERMINAL:
        return fc_segment_is_starter_word(s->t, next, s->len);
    default:
        return TRUE;
    }
}

/* At sentence punctuation: ends the sentence after any closing quotes when
 * space and a sentence start follow.  Returns where to go on. */
static gsize
fc_segment_final(FcSegmenter *s, gsize i, gsize n)
{
    gsize run_end = i + n;
    while (run_end < s->len && (n = fc_segment_final_len(s->t, run_end, s->len)) > 0)
        run_end += n;
    guint depth = s->depth;
    gboolean quoted = s->quoted;
    gsize j = fc_segment_skip_closers(s, run_end, &depth, &quoted);
    if (j < s->len && fc_segment_space_len(s->t, j, s->len) == 0)
        return run_end; /* "$1.25", "Character.AI" */
    gsize next = j;
    while (next < s->len && (n = fc_segment_space_len(s->t, next, s->len)) > 0)
        next += n;
    if (next < s->len && !fc_segment_may_end(s, i, run_end, next, depth, quoted))
        return run_end;
    fc_segment_emit(s, j);
    return j;
}

static gboolean
fc_segment_is_bullet_at(const char *t, gsize i, gsize len)
{
    static const char *const bullets[] = {
        "- ", "* ", "+ ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", NULL};
    for (gsize b = 0; bullets[b] != NULL; b++) {
        if (fc_segment_has_at(t, i, len, bullets[b]))
            return TRUE;
    }
    gsize q = i;
    while (q < len && g_ascii_isdigit(t[q]) && q - i < 4)
        q++;
    return q > i && q - i <= 3 && q + 1 < len && (t[q] == '.' || t[q] == ')') && t[q + 1] == ' ';
}

static gboolean
fc_segment_ends_final(const char *t, gsize lo, gsize end)
{
    for (guint k = 0; k < FC_CLOSERS_MAX; k++) {
        if (end - lo >= 1 && fc_segment_closer_len(t, end - 1, end) == 1)
            end -= 1;
        else if (end - lo >= 2 && fc_segment_closer_len(t, end - 2, end) == 2)
            end -= 2;
        else if (end - lo >= 3 && fc_segment_closer_len(t, end - 3, end) == 3)
            end -= 3;
        else
            break;
    }
    if (end > lo && strchr(".!?", t[end - 1]) != NULL && t[end - 1] != '\0')
        return TRUE;
    return end - lo >= 3 && fc_segment_final_len(t, end - 3, end) == 3;
}

/* Does the sentence run on from a line ending at @end (no sentence
 * punctuation there) into the line whose text begins at @next? */
static gboolean
fc_segment_runs_on(const FcSegmenter *s, gsize end, gsize next)
{
    const char *t = s->t;
    if (fc_segment_is_bullet_at(t, next, s->len))
        return FALSE;
    if (g_unichar_islower(fc_segment_char_at(t, next, s->len)))
        return TRUE;
    if (strchr(",;(-", t[end - 1]) != NULL)
        return TRUE;
    if (s->depth > 0 && end - s->bracket_at < FC_BRACKET_REACH)
        return TRUE;
    return fc_segment_ends_with_connective(t, s->start, end);
}

static gsize
fc_segment_line_end(FcSegmenter *s, gsize i)
{
    const char *t = s->t;
    gsize next = i + 1, n;
    while (next < s->len && fc_segment_is_blank(t, next, s->len))
        next += fc_segment_space_len(t, next, s->len);
    if (next >= s->len || t[next] == '\n') {
        fc_segment_emit(s, i); /* blank line: paragraph break */
        return i + 1;
    }
    gsize end = i;
    while (end > s->start && (n = fc_segment_space_len_before(t, s->start, end)) > 0)
        end -= n;
    if (end == s->start)
        return i + 1;
    /* A line ending in sentence punctuation was decided by fc_segment_final. */
    if (fc_segment_ends_final(t, s->start, end))
        return i + 1;
    if (!fc_segment_runs_on(s, end, next))
        fc_segment_emit(s, i);
    return i + 1;
}

static gsize
fc_segment_step(FcSegmenter *s, gsize i)
{
    char c = s->t[i];
    gsize length = i - s->start;
    if (length >= FC_SENTENCE_SOFT_MAX && (c == ',' || c == ';' || g_ascii_isspace(c))) {
        fc_segment_emit(s, c == ',' || c == ';' ? i + 1 : i);
        return i + 1;
    }
    if (length >= FC_SENTENCE_HARD_MAX && !fc_segment_is_continuation(c)) {
        fc_segment_emit(s, i);
        return i;
    }
    if (c == '\n')
        return fc_segment_line_end(s, i);
    /* U+2029 PARAGRAPH SEPARATOR: fc-html's block break within a line. */
    if (c == '\xE2' && fc_segment_has_at(s->t, i, s->len, "\xE2\x80\xA9")) {
        fc_segment_emit(s, i);
        return i + 3;
    }
    gsize n = fc_segment_final_len(s->t, i, s->len);
    if (n > 0)
        return fc_segment_final(s, i, n);
    fc_segment_track(s, i);
    return i + 1;
}

/* Bytes fc_segment_step() passes over without a look while a sentence is
 * short: anything but line ends, sentence punctuation, brackets, quotes
 * and the lead byte of '…', '“', '”' and U+2029. */
static const guint8 fc_segment_special[256] = {
    ['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, ['('] = 1, ['['] = 1,
    ['{'] = 1,  [')'] = 1, [']'] = 1, ['}'] = 1, ['"'] = 1, [0xE2] = 1,
};

/* Most bytes are letters and spaces inside a sentence: skips them in a
 * tight loop instead of a step per byte. */
static gsize
fc_segment_skip_plain(const FcSegmenter *s, gsize i)
{
    gsize stop = MIN(s->len, s->start + FC_SENTENCE_SOFT_MAX);
    while (i < stop && !fc_segment_special[(guchar)s->t[i]])
        i++;
    return i;
}

/* ---- title ------------------------------------------------------------- */

static int
fc_segment_fold(gunichar c)
{
    if (c == 0x2018 || c == 0x2019 || c == '`')
        return '\'';
    if (c == 0x201C || c == 0x201D)
        return '"';
    if (c == 0x2013 || c == 0x2014)
        return '-';
    return (int)c;
}

/* Offset after the title if the text at @i spells it (quotes, dashes and
 * runs of blanks compared loosely), else 0. */
static gsize
fc_segment_match_title(const FcSegmenter *s, gsize i, const char *title)
{
    const char *a = title;
    while (*a != '\0') {
        if (g_ascii_isspace(*a)) {
            while (g_ascii_isspace(*a))
                a++;
            if (i >= s->len || !fc_segment_is_blank(s->t, i, s->len))
                return 0;
            while (i < s->len && fc_segment_is_blank(s->t, i, s->len))
                i += fc_segment_space_len(s->t, i, s->len);
            continue;
        }
        if (i >= s->len)
            return 0;
        gunichar ca = g_utf8_get_char(a), cb = fc_segment_char_at(s->t, i, s->len);
        if (fc_segment_fold(ca) != fc_segment_fold(cb))
            return 0;
        a = g_utf8_next_char(a);
        i = fc_segment_next_char(s->t, i, s->len);
    }
    return i;
}

/* Scraped pages run the headline into the first paragraph ("... Anthropic
 * Amazon has agreed ...").  The title ends a sentence there when a capital
 * follows on the same line; a lower-case word means the text merely begins
 * with the title's words. */
static void
fc_segment_split_title(FcSegmenter *s, const char *title)
{
    if (title == NULL || !g_utf8_validate(title, -1, NULL))
        return;
    g_autofree char *trimmed = g_strstrip(g_strdup(title));
    gsize i = s->start, n;
    while (i < s->len && (n = fc_segment_space_len(s->t, i, s->len)) > 0)
        i += n;
    if (*trimmed == '\0')
        return;
    gsize end = fc_segment_match_title(s, i, trimmed);
    if (end == 0 || end >= s->len || !fc_segment_is_blank(s->t, end, s->len))
        return;
    gsize next = end;
    while (next < s->len && fc_segment_is_blank(s->t, next, s->len))
        next += fc_segment_space_len(s->t, next, s->len);
    if (next < s->len && s->t[next] != '\n' && fc_segment_begins_sentence(s->t, next, s->len))
        fc_segment_emit(s, end);
}

GArray *
fc_segment_sentences(const FcDocument *doc)
{
    GArray *out = g_array_new(FALSE, FALSE, sizeof(FcSpan));
    g_return_val_if_fail(doc != NULL, out);
    if (doc->text == NULL)
        return out;
    FcSegmenter s = {.t = doc->text, .len = doc->len, .out = out};
    s.start = MIN(doc->body_start, doc->len);
    fc_segment_split_title(&s, doc->title);
    for (gsize i = s.start; i < s.len;) {
        i = fc_segment_skip_plain(&s, i);
        if (i < s.len)
            i = fc_segment_step(&s, i);
    }
    fc_segment_emit(&s, s.len);
    return out;
}
