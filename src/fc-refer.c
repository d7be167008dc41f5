#include "fc-refer.h"

#include "fc-charclass.h"

#include <string.h>

#define FC_REFER_NOUNS                                                                             \
    FC_REFER_DESCRIPTOR_NOUNS "|laboratory|group|giant|owner|creator|parent|business"              \
                              "|chipmaker|conglomerate|outfit|newcomer|upstart|challenger"         \
                              "|investor|backer|fund|retailer|fintech|insurtech|healthtech"        \
                              "|biotech|medtech|edtech|proptech|agtech|regtech|cleantech"          \
                              "|neobank|scale-up|scaleup|studio|marketplace|lender|insurer"        \
                              "|manufacturer|supplier|spinout|automaker|carmaker"
/* Words that end the description before a noun: "the company said". */
#define FC_REFER_STOPS                                                                             \
    "said|says|and|or|of|in|for|with|which|that|would|will|could|can|may|might|to|is|was"          \
    "|has|have|had|must|should|the|an|its|their|this"
#define FC_REFER_LINKS "backed|based|owned|funded|headquartered"

/* "it's" is "it is" and never possessive. */
static const char fc_refer_source[] =
    "\\b(?:(?:[Tt]he|[Tt]heir|[Hh]er|[Hh]is)\\s+"
    "(?:(?:\\p{Lu}[\\p{L}\\p{N}.&-]*\\s+)?[\\p{L}\\p{N}.&-]+-(?:" FC_REFER_LINKS ")\\s+)?"
    "(?:(?!(?:" FC_REFER_STOPS ")\\b)[\\p{L}\\p{N}.-]+\\s+){0,2}?"
    "(?<noun>" FC_REFER_NOUNS ")(?!-[\\p{L}\\p{N}])"
    "|(?<it>[Ii]ts|[Ii]t(?!['’]s\\b)))\\b";

const char *
fc_refer_pattern(void)
{
    return fc_refer_source;
}

/* A word list of the regex, split once for the hand matcher, with the
 * first bytes of its words: most positions start none. */
typedef struct {
    GStrv words;
    gsize *lens;
    gboolean first[256];
} FcReferList;

typedef struct {
    FcReferList nouns, stops, links;
} FcReferWords;

/* Every word has two bytes at least: fc_ref_list_at() compares the
 * second before the rest. */
static void
fc_refer_list_init(FcReferList *l, const char *alternation)
{
    l->words = g_strsplit(alternation, "|", -1);
    l->lens = g_new(gsize, g_strv_length(l->words));
    for (guint w = 0; l->words[w] != NULL; w++) {
        l->lens[w] = strlen(l->words[w]);
        g_assert(l->lens[w] >= 2);
        l->first[(guchar)l->words[w][0]] = TRUE;
    }
}

/* They live as long as the process. */
static const FcReferWords *
fc_refer_words(void)
{
    static FcReferWords words;
    static gsize built;
    if (g_once_init_enter(&built)) {
        fc_refer_list_init(&words.nouns, FC_REFER_NOUNS);
        fc_refer_list_init(&words.stops, FC_REFER_STOPS);
        fc_refer_list_init(&words.links, FC_REFER_LINKS);
        g_once_init_leave(&built, 1);
    }
    return &words;
}

/* \b right after a word that ends in a letter at @i. */
static FcAnswer
fc_ref_boundary(const char *t, gsize len, gsize i)
{
    return fc_charclass_test(t, len, i, fc_charclass_is_not_word, FC_ANSWER_YES);
}

/* The first of the words of @l at @i followed by \b, its length in *n:
 * (?:a|b|...)\b, alternatives in order. */
static FcAnswer
fc_ref_list_at(const FcReferList *l, const char *t, gsize len, gsize i, gsize *n)
{
    if (i >= len || !l->first[(guchar)t[i]])
        return FC_ANSWER_NO;
    for (guint w = 0; l->words[w] != NULL; w++) {
        gsize k = l->lens[w];
        if (len - i < k || t[i + 1] != l->words[w][1] || memcmp(t + i, l->words[w], k) != 0)
            continue;
        FcAnswer a = fc_ref_boundary(t, len, i + k);
        if (a != FC_ANSWER_NO) {
            *n = k;
            return a;
        }
    }
    return FC_ANSWER_NO;
}

/* The end of a run of [\p{L}\p{N}.-] (with @ampersand also '&') from @i,
 * in *end; ASK when an unknown character is met. */
static FcAnswer
fc_ref_run(const char *t, gsize len, gsize i, gboolean ampersand, gsize *end)
{
    for (; i < len; i++) {
        gsize n;
        gint32 c = fc_charclass_at(t, len, i, &n);
        if (c == FC_CP_UNKNOWN)
            return FC_ANSWER_ASK;
        if (!fc_charclass_is_alnum(c) && c != '.' && c != '-' && !(ampersand && c == '&'))
            break;
    }
    *end = i;
    return FC_ANSWER_YES;
}

/* [\p{L}\p{N}.&-]+-(?:backed|...)\s+ at *q: the link word must end the
 * run, since the run holds no space and stops at one. */
static FcAnswer
fc_ref_linked(const FcReferWords *w, const char *t, gsize len, gsize *q)
{
    gsize r;
    if (fc_ref_run(t, len, *q, TRUE, &r) == FC_ANSWER_ASK)
        return FC_ANSWER_ASK;
    for (guint i = 0; w->links.words[i] != NULL; i++) {
        gsize k = w->links.lens[i];
        if (r - *q < k + 2 || t[r - k - 1] != '-' || memcmp(t + r - k, w->links.words[i], k) != 0)
            continue;
        FcAnswer a = fc_charclass_spaces(t, len, &r);
        if (a == FC_ANSWER_YES)
            *q = r;
        return a;
    }
    return FC_ANSWER_NO;
}

/* \p{Lu}[\p{L}\p{N}.&-]*\s+ at *q: "San" of "the San Francisco-based
 * lab". */
static FcAnswer
fc_ref_capital_word(const char *t, gsize len, gsize *q)
{
    gsize n, r;
    gint32 c = *q < len ? fc_charclass_at(t, len, *q, &n) : FC_CP_NONE;
    if (c == FC_CP_UNKNOWN)
        return FC_ANSWER_ASK;
    if (!fc_charclass_is_upper(c))
        return FC_ANSWER_NO;
    if (fc_ref_run(t, len, *q, TRUE, &r) == FC_ANSWER_ASK)
        return FC_ANSWER_ASK;
    FcAnswer a = fc_charclass_spaces(t, len, &r);
    if (a == FC_ANSWER_YES)
        *q = r;
    return a;
}

/* (?:(?!stop\b)[\p{L}\p{N}.-]+\s+){0,2}?(?<noun>...) at @q, then \b. */
static FcAnswer
fc_ref_described_noun(const FcReferWords *w, const char *t, gsize len, gsize q, FcReference *ref)
{
    for (guint words = 0;; words++) {
        gsize n = 0;
        FcAnswer a = fc_ref_list_at(&w->nouns, t, len, q, &n);
        /* "the developer-tools company": a noun going on after a hyphen
         * only describes the next. */
        if (a == FC_ANSWER_YES && q + n + 1 < len && t[q + n] == '-') {
            if ((guchar)t[q + n + 1] >= 0x80)
                return FC_ANSWER_ASK;
            if (g_ascii_isalnum(t[q + n + 1]))
                a = FC_ANSWER_NO;
        }
        if (a == FC_ANSWER_YES) {
            ref->noun_start = q;
            ref->noun_end = ref->end = q + n;
        }
        if (a != FC_ANSWER_NO || words == 2)
            return a;
        a = fc_ref_list_at(&w->stops, t, len, q, &n);
        if (a != FC_ANSWER_NO)
            return a == FC_ANSWER_YES ? FC_ANSWER_NO : a;
        gsize e;
        if (fc_ref_run(t, len, q, FALSE, &e) == FC_ANSWER_ASK)
            return FC_ANSWER_ASK;
        if (e == q)
            return FC_ANSWER_NO;
        a = fc_charclass_spaces(t, len, &e);
        if (a != FC_ANSWER_YES)
            return a;
        q = e;
    }
}

/* Bytes of "the", "their", "her" or "his" at @p, else 0: "her company"
 * is the company a person's sentence is about, as "the company" is. */
static gsize
fc_ref_determiner_len(const char *t, gsize len, gsize p)
{
    static const char *const words[] = {"their", "the", "her", "his"};
    for (guint i = 0; i < G_N_ELEMENTS(words); i++) {
        gsize n = strlen(words[i]);
        if (len - p >= n && g_ascii_tolower(t[p]) == words[i][0] &&
            memcmp(t + p + 1, words[i] + 1, n - 1) == 0)
            return n;
    }
    return 0;
}

/* "the [X-backed ]description noun". */
static FcAnswer
fc_ref_the_at(const char *t, gsize len, gsize p, FcReference *ref)
{
    const FcReferWords *w = fc_refer_words();
    gsize n = fc_ref_determiner_len(t, len, p);
    if (n == 0)
        return FC_ANSWER_NO;
    gsize q = p + n;
    FcAnswer a = fc_charclass_spaces(t, len, &q);
    if (a != FC_ANSWER_YES)
        return a;
    /* With a capitalised word and the linked word ("San Francisco-based"),
     * with the linked word alone, then without it: the regex's order. */
    gsize linked = q;
    a = fc_ref_capital_word(t, len, &linked);
    if (a == FC_ANSWER_YES)
        a = fc_ref_linked(w, t, len, &linked);
    if (a == FC_ANSWER_YES)
        a = fc_ref_described_noun(w, t, len, linked, ref);
    if (a != FC_ANSWER_NO)
        return a;
    linked = q;
    a = fc_ref_linked(w, t, len, &linked);
    if (a == FC_ANSWER_YES)
        a = fc_ref_described_noun(w, t, len, linked, ref);
    if (a != FC_ANSWER_NO)
        return a;
    return fc_ref_described_noun(w, t, len, q, ref);
}

/* [Ii]ts|[Ii]t(?!['’]s\b), then \b. */
static FcAnswer
fc_ref_it_at(const char *t, gsize len, gsize p, FcReference *ref)
{
    if (len - p < 2 || t[p + 1] != 't')
        return FC_ANSWER_NO;
    ref->pronoun = TRUE;
    if (len - p >= 3 && t[p + 2] == 's') {
        FcAnswer a = fc_ref_boundary(t, len, p + 3);
        ref->end = p + 3;
        if (a != FC_ANSWER_NO)
            return a;
    }
    ref->end = p + 2;
    gsize n = 0;
    gint32 c = p + 2 < len ? fc_charclass_at(t, len, p + 2, &n) : FC_CP_NONE;
    if ((c == '\'' || c == 0x2019) && p + 2 + n < len && t[p + 2 + n] == 's') {
        FcAnswer a = fc_ref_boundary(t, len, p + 3 + n);
        if (a != FC_ANSWER_NO) /* "it's": the look-ahead fails, or may */
            return a == FC_ANSWER_YES ? FC_ANSWER_NO : a;
    }
    return fc_ref_boundary(t, len, p + 2);
}

static FcAnswer
fc_ref_at(const char *t, gsize len, gsize p, FcReference *ref)
{
    gint32 b = fc_charclass_before(t, p);
    if (b == FC_CP_UNKNOWN)
        return FC_ANSWER_ASK;
    if (fc_charclass_is_word(b))
        return FC_ANSWER_NO;
    *ref = (FcReference){.start = p};
    return t[p] == 'I' || t[p] == 'i' ? fc_ref_it_at(t, len, p, ref)
                                      : fc_ref_the_at(t, len, p, ref);
}

static FcRegexResult
fc_refer_ask(const FcRegex *re, const char *text, gsize len, gsize from, FcMatch *m,
             FcReference *ref)
{
    FcRegexResult r = fc_regex_match(re, text, len, from, m);
    *ref = (FcReference){0};
    if (r != FC_REGEX_MATCHED || !fc_match_group(m, 0, &ref->start, &ref->end))
        return r == FC_REGEX_MATCHED ? FC_REGEX_NO_MATCH : r;
    gsize s, e;
    ref->pronoun = fc_match_group(m, fc_regex_group_index(re, "it"), &s, &e);
    if (!ref->pronoun)
        fc_match_group(m, fc_regex_group_index(re, "noun"), &ref->noun_start, &ref->noun_end);
    return r;
}

FcRegexResult
fc_refer_find(const FcRegex *re, const char *text, gsize len, gsize from, FcMatch *m,
              FcReference *ref)
{
    for (gsize p = from; p < len; p++) {
        char c = text[p];
        if (c != 't' && c != 'T' && c != 'i' && c != 'I' && c != 'h' && c != 'H')
            continue;
        FcAnswer a = fc_ref_at(text, len, p, ref);
        if (a == FC_ANSWER_YES)
            return FC_REGEX_MATCHED;
        if (a == FC_ANSWER_ASK)
            return fc_refer_ask(re, text, len, p, m, ref);
    }
    return FC_REGEX_NO_MATCH;
}
