#include "fc-sentence.h"

#include "fc-atoms.h"
#include "fc-words.h"

#include <string.h>

#define FC_QUOTE_MAX 480

static gboolean
fc_is_space_char(gunichar c)
{
    return g_unichar_isspace(c) || c == 0x00A0 || c == 0x2009 || c == 0x202F || c == 0x200B;
}

/* Copies doc text into the tokenised sentence with white space collapsed
 * and typographic quotes and dashes folded, so patterns stay simple. */
static void
fc_sentence_copy(FcSentence *st, gsize from, gsize to)
{
    const char *p = st->doc->text + from, *end = st->doc->text + to;
    GString *t = st->tok;
    while (p < end) {
        /* Most bytes are ASCII letters and digits: copied without
         * decoding (the tests below decide nothing else for them). */
        if (g_ascii_isalnum(*p)) {
            g_string_append_c(t, *p++);
            continue;
        }
        gunichar c = g_utf8_get_char(p);
        p = g_utf8_next_char(p);
        if (fc_is_space_char(c)) {
            if (t->len > 0 && t->str[t->len - 1] != ' ')
                g_string_append_c(t, ' ');
        } else if ((c == '.' || c == ',' || c == ';' || c == ':') && t->len > 0 &&
                   t->str[t->len - 1] == ' ') {
            /* Blanked markup ("[Name](url).") leaves a gap patterns do not
             * expect before punctuation. */
            t->str[t->len - 1] = (char)c;
        } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032) {
            g_string_append_c(t, '\'');
        } else if (c == 0x201C || c == 0x201D || c == 0x201E) {
            g_string_append_c(t, '"');
        } else if (c == 0x2013 || c == 0x2014 || c == 0x2012) {
            if (t->len > 0 && t->str[t->len - 1] != ' ')
                g_string_append_c(t, ' ');
            g_string_append(t, "- ");
        } else {
            g_string_append_unichar(t, c);
        }
    }
}

/* "Databricks' chief executive": a possessive written with the apostrophe
 * alone reads like any other, so patterns need only "'s".  The apostrophe
 * itself is then skipped by the caller. */
static gboolean
fc_sentence_bare_apostrophe(const FcSentence *st, const FcMention *m)
{
    const char *t = st->doc->text;
    if (m->end >= st->span.end || m->end == 0 || t[m->end - 1] != 's')
        return FALSE;
    const char *p = t + m->end;
    gsize n = *p == '\'' ? 1 : strncmp(p, "’", strlen("’")) == 0 ? strlen("’") : 0;
    return n > 0 && m->end + n < st->span.end && g_ascii_isspace(p[n]);
}

void
fc_sentence_init(FcSentence *st, FcExtractor *ex, const FcDocument *doc, guint doc_index,
                 GPtrArray *claims, FcLocator *locator)
{
    memset(st, 0, sizeof *st);
    st->ex = ex;
    st->doc = doc;
    st->doc_index = doc_index;
    st->claims = claims;
    st->locator = locator;
    st->mentions = g_array_new(FALSE, FALSE, sizeof(FcMention));
    st->tokpos = g_array_new(FALSE, FALSE, sizeof(FcTokenPos));
    st->focus = g_array_new(FALSE, FALSE, sizeof(FcFocus));
    st->tok = g_string_new(NULL);
    st->lower = g_string_new(NULL);
    st->raw_lower = g_string_new(NULL);
}

void
fc_sentence_reset(FcSentence *st, guint number, FcSpan span)
{
    st->number = number;
    st->span = span;
    g_array_set_size(st->mentions, 0);
    g_array_set_size(st->tokpos, 0);
    g_array_set_size(st->focus, 0);
    g_string_truncate(st->tok, 0);
    st->tokenised = FALSE;
    st->folded = NULL;
    st->subject = 0;
    st->subject_backer = FALSE;
    st->salient = NULL;
    st->slots_known = FALSE;
    st->slots_present = 0;
    g_clear_pointer(&st->used, g_free);
    g_clear_pointer(&st->used_at, g_free);
    g_clear_pointer(&st->quote, g_free);
    st->first_claim = st->claims->len;
    /* g_ascii_strdown() would allocate per sentence and call per byte. */
    g_string_set_size(st->raw_lower, span.end - span.start);
    fc_bigrams_fill_lower(&st->raw_pairs, st->doc->text + span.start, span.end - span.start,
                          st->raw_lower->str);
}

void
fc_sentence_clear(FcSentence *st)
{
    g_array_unref(st->mentions);
    g_array_unref(st->tokpos);
    g_array_unref(st->focus);
    g_string_free(st->tok, TRUE);
    g_string_free(st->lower, TRUE);
    g_string_free(st->raw_lower, TRUE);
    g_free(st->used);
    g_free(st->used_at);
    g_free(st->quote);
}

/* FC_TOKEN_OPEN "TYPE:index" FC_TOKEN_CLOSE, written without printf: a
 * format string parsed for every mention was a fifth of tokenising. */
static void
fc_sentence_append_token(GString *tok, const char *type, guint index)
{
    char digits[16];
    gsize n = 0;
    do
        digits[n++] = (char)('0' + index % 10);
    while ((index /= 10) > 0);
    g_string_append(tok, FC_TOKEN_OPEN);
    g_string_append(tok, type);
    g_string_append_c(tok, ':');
    while (n > 0)
        g_string_append_c(tok, digits[--n]);
    g_string_append(tok, FC_TOKEN_CLOSE);
}

void
fc_sentence_tokenise(FcSentence *st)
{
    if (st->tokenised)
        return;
    st->tokenised = TRUE;
    gsize at = st->span.start;
    for (guint i = 0; i < st->mentions->len; i++) {
        const FcMention *m = &g_array_index(st->mentions, FcMention, i);
        fc_sentence_copy(st, at, m->start);
        FcTokenPos pos = {st->tok->len, 0};
        fc_sentence_append_token(st->tok, fc_mention_token(m), i);
        pos.end = st->tok->len;
        if (m->possessive || fc_sentence_bare_apostrophe(st, m))
            g_string_append(st->tok, "'s");
        g_array_append_val(st->tokpos, pos);
        at = m->end;
        if (!m->possessive && fc_sentence_bare_apostrophe(st, m))
            at += st->doc->text[at] == '\'' ? 1 : strlen("’");
    }
    fc_sentence_copy(st, at, st->span.end);
    g_string_set_size(st->lower, st->tok->len);
    fc_bigrams_fill_lower(&st->tok_pairs, st->tok->str, st->tok->len, st->lower->str);
    st->folded =
        fc_atoms_exotic_case(st->tok->str, st->tok->len, &st->tok_pairs) ? NULL : st->lower->str;
    st->used = g_new0(const FcExtractRule *, st->mentions->len + 1);
    st->used_at = g_new0(gsize, st->mentions->len + 1);
    if (fc_sentence_debug_tokens())
        g_printerr("%s#%u: %s\n", st->doc->path, st->number, st->tok->str);
}

gboolean
fc_sentence_debug_tokens(void)
{
    /* Rule authors' view of what the patterns see. */
    static gsize debug_tokens;
    if (g_once_init_enter(&debug_tokens))
        g_once_init_leave(&debug_tokens, g_getenv("FACTCHECK_DEBUG_TOKENS") != NULL ? 2 : 1);
    return debug_tokens == 2;
}

int
fc_sentence_token_at(const FcSentence *st, gsize pos)
{
    const char *p = st->tok->str + pos;
    if (strncmp(p, FC_TOKEN_OPEN, strlen(FC_TOKEN_OPEN)) != 0)
        return -1;
    const char *colon = strchr(p, ':');
    if (colon == NULL)
        return -1;
    guint64 idx = g_ascii_strtoull(colon + 1, NULL, 10);
    return idx < st->mentions->len ? (int)idx : -1;
}

const FcMention *
fc_sentence_mention(const FcSentence *st, int i)
{
    return &g_array_index(st->mentions, FcMention, (guint)i);
}

static gboolean
fc_sentence_is_determiner(const char *w, gsize n)
{
    static const char *const words[] = {"a", "an", "the", "his", "her", "their", "its"};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++)
        if (strlen(words[i]) == n && strncmp(w, words[i], n) == 0)
            return TRUE;
    return FALSE;
}

static gboolean
fc_sentence_follows_separator(const char *t, gsize s, gsize start, const char *const *separators,
                              guint n_separators)
{
    for (guint k = 0; k < n_separators; k++) {
        gsize n = strlen(separators[k]);
        if (start >= s + n && strncmp(t + start - n, separators[k], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* Does a person of a list start at @start: first in the slot, or after a
 * separator?  "by Priya Raman, a former Stanford researcher, and ...":
 * a name inside a description is no founder. */
static gboolean
fc_sentence_person_item_at(const FcSentence *st, gsize s, gsize start)
{
    static const char *const separators[] = {", ", " and ", " & ", " plus "};
    const char *t = st->tok->str;
    if (start == s ||
        fc_sentence_follows_separator(t, s, start, separators, G_N_ELEMENTS(separators)))
        return TRUE;
    /* The list's pattern allows a title before a later person ("and CEO
     * Owen Tierney", "and Professor Rui Costa"); a preposition or an
     * article there is a description's ("a researcher at Quill Labs"). */
    gsize at = start;
    for (guint words = 0; words < 3 && at > s + 1 && t[at - 1] == ' '; words++) {
        gsize b = at - 1;
        /* "and MIT bioengineering professor Oluwaseun Adeyemi": a name in
         * the title is the person's institution. */
        const char *open = b >= s + 3 && memcmp(t + b - 3, FC_TOKEN_CLOSE, 3) == 0
                               ? g_strrstr_len(t + s, (gssize)(b - s), FC_TOKEN_OPEN)
                               : NULL;
        if (open != NULL)
            b = (gsize)(open - t);
        while (open == NULL && b > s &&
               (g_ascii_isalpha(t[b - 1]) || t[b - 1] == '.' || t[b - 1] == '-'))
            b--;
        /* "and former investment banker Mariana Lopes": "former" is a
         * preposition to names ("a former Google researcher"), not here. */
        gboolean former = at - 1 - b == 6 && memcmp(t + b, "former", 6) == 0;
        if (b == at - 1 || (fc_words_is_preposition(t + b, at - 1 - b) && !former) ||
            fc_sentence_is_determiner(t + b, at - 1 - b))
            return FALSE;
        if (fc_sentence_follows_separator(t, s, b, separators, G_N_ELEMENTS(separators)))
            return TRUE;
        at = b;
    }
    return FALSE;
}

/* "MIT bioengineering professor Oluwaseun Adeyemi": a name before a
 * lower-case title and a person is where the person works. */
static gboolean
fc_sentence_titles_person(const FcSentence *st, int i)
{
    const FcMention *m = fc_sentence_mention(st, i);
    if (strcmp(fc_mention_token(m), "PERSON") == 0)
        return FALSE;
    const char *t = st->tok->str;
    gsize p = g_array_index(st->tokpos, FcTokenPos, (guint)i).end;
    /* Past the slot: it may end before the person it describes. */
    gsize e = st->tok->len;
    for (guint words = 0; words < 3 && p + 1 < e && t[p] == ' ' && g_ascii_islower(t[p + 1]);
         words++) {
        gsize w = ++p;
        while (p < e && (g_ascii_isalpha(t[p]) || t[p] == '-'))
            p++;
        /* "Bastiaan Molenaar and Yusuf Demir": a list goes on. */
        if ((p - w == 3 && (strncmp(t + w, "and", 3) == 0 || strncmp(t + w, "was", 3) == 0)) ||
            (p - w == 2 && strncmp(t + w, "or", 2) == 0))
            return FALSE;
        if (p + 1 < e && t[p] == ' ' && g_str_has_prefix(t + p + 1, FC_TOKEN_OPEN "PERSON:"))
            return TRUE;
    }
    return FALSE;
}

/* Possessive owners are not list items: "Singapore's fund GIC" → GIC. */
GArray *
fc_sentence_slot_items(const FcSentence *st, FcSlotType type, gsize s, gsize e)
{
    GArray *items = g_array_new(FALSE, FALSE, sizeof(int));
    for (gsize p = s; p < e; p++) {
        int i = fc_sentence_token_at(st, p);
        if (i < 0)
            continue;
        const FcTokenPos *tp = &g_array_index(st->tokpos, FcTokenPos, (guint)i);
        gboolean owner = strncmp(st->tok->str + tp->end, "'s", 2) == 0 && tp->end + 2 < e;
        /* "Bezos Expeditions, the family office of Jeff Bezos": the object
         * of a descriptor is not another item. */
        owner =
            owner || (tp->start >= s + 3 && strncmp(st->tok->str + tp->start - 3, "of ", 3) == 0);
        /* "Mara Lindqvist, a former researcher at Quill Labs, and ...": nor
         * is where a person of the list works. */
        owner =
            owner || (tp->start >= s + 3 && strncmp(st->tok->str + tp->start - 3, "at ", 3) == 0);
        if (type == FC_SLOT_PERSONS &&
            (!fc_sentence_person_item_at(st, s, tp->start) || fc_sentence_titles_person(st, i)))
            owner = TRUE;
        if (fc_slot_accepts(type, fc_mention_token(fc_sentence_mention(st, i))) &&
            (!owner || !fc_slot_is_list(type)))
            g_array_append_val(items, i);
        p = tp->end - 1;
    }
    return items;
}

gsize
fc_utf8_floor(const char *s, gsize pos)
{
    while (pos > 0 && (s[pos] & 0xC0) == 0x80)
        pos--;
    return pos;
}

gboolean
fc_mention_is_quantity(const FcMention *m)
{
    return m->type == FC_MENTION_MONEY || m->type == FC_MENTION_PERCENT ||
           m->type == FC_MENTION_NUMBER;
}

gsize
fc_mention_distance(const FcMention *a, const FcMention *b)
{
    return a->end <= b->start ? b->start - a->end : a->start >= b->end ? a->start - b->end : 0;
}

const char *
fc_sentence_quote(FcSentence *st, const FcMention *v)
{
    if (st->quote != NULL)
        return st->quote;
    FcSpan span = st->span;
    gboolean cut_left = FALSE, cut_right = FALSE;
    if (span.end - span.start > FC_QUOTE_MAX) {
        gsize half = FC_QUOTE_MAX / 2;
        gsize s = v->start > span.start + half ? v->start - half : span.start;
        gsize e = MIN(span.end, s + FC_QUOTE_MAX);
        cut_left = s > span.start;
        cut_right = e < span.end;
        span.start = fc_utf8_floor(st->doc->text, s);
        span.end = fc_utf8_floor(st->doc->text, e);
    }
    g_autofree char *q = fc_document_quote(st->doc, span);
    st->quote = g_strconcat(cut_left ? "…" : "", q, cut_right ? "…" : "", NULL);
    return st->quote;
}

gboolean
fc_sentence_in_quote(const char *text, FcSpan span, gsize pos)
{
    gboolean inside = FALSE;
    for (gsize i = span.start; i < pos && i < span.end; i++) {
        if (text[i] == '"')
            inside = !inside;
        else if ((guchar)text[i] == 0xE2 && i + 2 < span.end && (guchar)text[i + 1] == 0x80 &&
                 ((guchar)text[i + 2] == 0x9C || (guchar)text[i + 2] == 0x9D))
            inside = (guchar)text[i + 2] == 0x9C;
    }
    return inside;
}
