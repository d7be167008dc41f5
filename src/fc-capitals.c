#include "fc-capitals.h"

#include "fc-charclass.h"

#include <string.h>

/* Lower-case words inside names: "Bank of America", "Jan van der Berg",
 * "Omar bin Rashid", "José Luis de la Garza"; fc_cap_connective() reads
 * the same list.  "al-" and "el-" join the next word: "Omar al-Harbi". */
#define FC_CAP_CONNECTIVES                                                                         \
    "of|de\\s+la|de\\s+las|de\\s+los|de|da|das|di|do|dos|du|del|della|dela|van\\s+der|van\\s+den|" \
    "van\\s+de|van|von\\s+der|von|der|bin|binti|ibn|&"

/* Runs of capitalised words; split at stop words afterwards (fc-mention).
 * A '?' between letters is a repaired byte ("Timoth?e"), still part of
 * the name. */
static const char fc_capitals_source[] =
    /* A name starts with a digit or a capital: a range test rejects most
     * positions before the lookbehinds and properties below are tried. */
    "(?=[0-9A-Z\\x{80}-\\x{10FFFF}])"
    /* "1789 Capital", "500 Global": a number names a firm only before an
     * organisation word. */
    "(?:(?<![\\p{L}\\p{N}_@./$€£-])|(?<=--))"
    "[0-9]{1,4}(?=[ \\t]+(?:Capital|Ventures|Partners|Global|Fund)\\b)"
    "(?:[ \\t]+\\p{Lu}[\\p{L}\\p{N}&.-]*)+|"
    /* After a hyphen a capital goes on a word ("Franco-German"); after two
     * it starts one: "--" is the typewriter's dash, as in Business Wire's
     * "NEW YORK--(BUSINESS WIRE)--Acme Corp. today announced". */
    "(?:(?<![\\p{L}\\p{N}_@./-])|(?<=--))\\p{Lu}(?:[\\p{L}\\p{N}&.-]|\\?(?=\\p{Ll}))*"
    "(?:(?:[ \\t]*\\n[ \\t]*|[ \\t]+|\\s+(?:" FC_CAP_CONNECTIVES ")\\s+|\\s+(?:al|el)-|-)"
    "\\p{Lu}(?:[\\p{L}\\p{N}&.-]|\\?(?=\\p{Ll}))*)*";

const char *
fc_capitals_pattern(void)
{
    return fc_capitals_source;
}

/* [\p{L}\p{N}&.-] for a known character. */
static gboolean
fc_cap_is_word(gint32 c)
{
    return fc_charclass_is_alnum(c) || c == '&' || c == '.' || c == '-';
}

static gsize
fc_cap_skip_blanks(const char *t, gsize len, gsize i)
{
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    return i;
}

/* \p{Lu} at @i. */
static FcAnswer
fc_cap_upper_at(const char *t, gsize len, gsize i)
{
    return fc_charclass_test(t, len, i, fc_charclass_is_upper, FC_ANSWER_NO);
}

/* The rest of a word from *i: [\p{L}\p{N}&.-]*, and with @repaired also
 * \?(?=\p{Ll}). */
static FcAnswer
fc_cap_word(const char *t, gsize len, gsize *i, gboolean repaired)
{
    while (*i < len) {
        gsize n;
        gint32 c = fc_charclass_at(t, len, *i, &n);
        if (c == FC_CP_UNKNOWN)
            return FC_ANSWER_ASK;
        if (fc_cap_is_word(c)) {
            *i += 1;
            continue;
        }
        if (!repaired || c != '?' || *i + 1 >= len)
            break;
        gint32 d = fc_charclass_at(t, len, *i + 1, &n);
        if (d == FC_CP_UNKNOWN)
            return FC_ANSWER_ASK;
        if (d >= 0x80 || !g_ascii_islower(d))
            break;
        *i += 1;
    }
    return FC_ANSWER_YES;
}

/* Built once for the life of the process, like the pattern. */
static gpointer
fc_cap_connective_words_new(gpointer data)
{
    (void)data;
    g_auto(GStrv) alternatives = g_strsplit(FC_CAP_CONNECTIVES, "|", -1);
    guint n = g_strv_length(alternatives);
    GStrv *out = g_new0(GStrv, n + 1);
    for (guint i = 0; i < n; i++)
        out[i] = g_strsplit(alternatives[i], "\\s+", -1);
    return out;
}

/* The words of FC_CAP_CONNECTIVES, split where the pattern has \s+. */
static GStrv *
fc_cap_connective_words(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, fc_cap_connective_words_new, NULL);
}

/* Steps over one connective's words from @j, each after white space;
 * *k is past the last word. */
static FcAnswer
fc_cap_connective_words_at(const char *t, gsize len, gsize j, GStrv words, gsize *k)
{
    for (guint w = 0; words[w] != NULL; w++) {
        if (w > 0) {
            FcAnswer a = fc_charclass_spaces(t, len, &j);
            if (a != FC_ANSWER_YES)
                return a;
        }
        gsize n = strlen(words[w]);
        if (len - j < n || memcmp(t + j, words[w], n) != 0)
            return FC_ANSWER_NO;
        j += n;
    }
    *k = j;
    return FC_ANSWER_YES;
}

/* \s+(?:FC_CAP_CONNECTIVES)\s+\p{Lu} or \s+(?:al|el)-\p{Lu} from @i;
 * *next is the capital.  Every alternative ends in a capital after
 * lower-case words, so at most one can succeed and their order does not
 * matter. */
static FcAnswer
fc_cap_connective(const char *t, gsize len, gsize i, gsize *next)
{
    gsize j = i;
    FcAnswer a = fc_charclass_spaces(t, len, &j);
    if (a != FC_ANSWER_YES)
        return a;
    /* Most runs end before a word no connective starts with. */
    if (j >= len || t[j] == '\0' || strchr("abdeiov&", t[j]) == NULL)
        return FC_ANSWER_NO;
    if (len - j >= 4 && (memcmp(t + j, "al-", 3) == 0 || memcmp(t + j, "el-", 3) == 0)) {
        a = fc_cap_upper_at(t, len, j + 3);
        if (a != FC_ANSWER_NO) {
            *next = j + 3;
            return a;
        }
    }
    GStrv *connectives = fc_cap_connective_words();
    for (guint c = 0; connectives[c] != NULL; c++) {
        gsize k = j;
        a = fc_cap_connective_words_at(t, len, j, connectives[c], &k);
        if (a == FC_ANSWER_YES)
            a = fc_charclass_spaces(t, len, &k);
        if (a == FC_ANSWER_YES)
            a = fc_cap_upper_at(t, len, k);
        if (a != FC_ANSWER_NO) {
            *next = k;
            return a;
        }
    }
    return FC_ANSWER_NO;
}

/* One separator and the capital after it:
 * (?:[ \t]*\n[ \t]*|[ \t]+|\s+(?:FC_CAP_CONNECTIVES)\s+|\s+(?:al|el)-|-)\p{Lu}, the
 * alternatives in the regex's order; *next is the capital. */
static FcAnswer
fc_cap_separator(const char *t, gsize len, gsize i, gsize *next)
{
    gsize j = fc_cap_skip_blanks(t, len, i);
    FcAnswer a = FC_ANSWER_NO;
    if (j < len && t[j] == '\n') {
        *next = fc_cap_skip_blanks(t, len, j + 1);
        a = fc_cap_upper_at(t, len, *next);
    }
    if (a == FC_ANSWER_NO && j > i) {
        *next = j;
        a = fc_cap_upper_at(t, len, j);
    }
    if (a == FC_ANSWER_NO)
        a = fc_cap_connective(t, len, i, next);
    if (a == FC_ANSWER_NO && i < len && t[i] == '-') {
        *next = i + 1;
        a = fc_cap_upper_at(t, len, i + 1);
    }
    return a;
}

/* Is the '-' before @p the second of "--", a dash rather than a hyphen? */
static gboolean
fc_cap_after_dash(const char *t, gsize p)
{
    return p >= 2 && t[p - 2] == '-';
}

/* "1789 Capital": the first alternative, at a digit. */
static FcAnswer
fc_cap_number_at(const char *t, gsize len, gsize p, gsize *end)
{
    static const char *const firms[] = {"Capital", "Ventures", "Partners", "Global", "Fund"};
    gint32 b = fc_charclass_before(t, p);
    if (b == FC_CP_UNKNOWN)
        return FC_ANSWER_ASK;
    if (fc_charclass_is_alnum(b) || b == '_' || b == '@' || b == '.' || b == '/' || b == '$' ||
        (b == '-' && !fc_cap_after_dash(t, p)) || b == 0x20AC || b == 0x00A3)
        return FC_ANSWER_NO;
    /* [0-9]{1,4} and a blank: a fifth digit is no blank, and fewer
     * digits leave a digit next. */
    gsize i = p;
    while (i < len && i - p < 4 && g_ascii_isdigit(t[i]))
        i++;
    gsize j = fc_cap_skip_blanks(t, len, i);
    if (j == i)
        return FC_ANSWER_NO;
    FcAnswer firm = FC_ANSWER_NO;
    for (guint w = 0; w < G_N_ELEMENTS(firms) && firm == FC_ANSWER_NO; w++) {
        gsize n = strlen(firms[w]), k = j + n;
        if (len - j < n || memcmp(t + j, firms[w], n) != 0)
            continue;
        gint32 c = k < len ? fc_charclass_at(t, len, k, &n) : FC_CP_NONE;
        firm = c == FC_CP_UNKNOWN        ? FC_ANSWER_ASK
               : fc_charclass_is_word(c) ? FC_ANSWER_NO
                                         : FC_ANSWER_YES;
    }
    if (firm != FC_ANSWER_YES)
        return firm;
    /* (?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*)+: the look-ahead saw the first. */
    for (;;) {
        j = fc_cap_skip_blanks(t, len, i);
        FcAnswer a = j > i ? fc_cap_upper_at(t, len, j) : FC_ANSWER_NO;
        if (a == FC_ANSWER_NO)
            break;
        gsize k = j + 1;
        if (a == FC_ANSWER_ASK || fc_cap_word(t, len, &k, FALSE) == FC_ANSWER_ASK)
            return FC_ANSWER_ASK;
        i = k;
    }
    *end = i;
    return FC_ANSWER_YES;
}

/* "Bank of America": the second alternative, at a capital. */
static FcAnswer
fc_cap_run_at(const char *t, gsize len, gsize p, gsize *end)
{
    gint32 b = fc_charclass_before(t, p);
    if (b == FC_CP_UNKNOWN)
        return FC_ANSWER_ASK;
    if (fc_charclass_is_alnum(b) || b == '_' || b == '@' || b == '.' || b == '/' ||
        (b == '-' && !fc_cap_after_dash(t, p)))
        return FC_ANSWER_NO;
    gsize i = p + 1, next = 0;
    for (;;) {
        if (fc_cap_word(t, len, &i, TRUE) == FC_ANSWER_ASK)
            return FC_ANSWER_ASK;
        FcAnswer a = fc_cap_separator(t, len, i, &next);
        if (a == FC_ANSWER_ASK)
            return FC_ANSWER_ASK;
        if (a == FC_ANSWER_NO)
            break;
        i = next + 1;
    }
    *end = i;
    return FC_ANSWER_YES;
}

static FcRegexResult
fc_capitals_ask(const FcRegex *re, const char *text, gsize len, gsize from, FcMatch *m,
                gsize *start, gsize *end)
{
    FcRegexResult r = fc_regex_match(re, text, len, from, m);
    if (r == FC_REGEX_MATCHED && !fc_match_group(m, 0, start, end))
        return FC_REGEX_NO_MATCH;
    return r;
}

FcRegexResult
fc_capitals_find(const FcRegex *re, const char *text, gsize len, gsize from, FcMatch *m,
                 gsize *start, gsize *end)
{
    for (gsize p = from; p < len;) {
        guchar b = (guchar)text[p];
        gsize n = 1;
        FcAnswer a;
        if (g_ascii_isupper(b))
            a = fc_cap_run_at(text, len, p, end);
        else if (g_ascii_isdigit(b))
            a = fc_cap_number_at(text, len, p, end);
        else if (b < 0x80 || (b & 0xC0) == 0x80)
            a = FC_ANSWER_NO;
        else /* The known marks start no name; any other character may. */
            a = fc_charclass_at(text, len, p, &n) == FC_CP_UNKNOWN ? FC_ANSWER_ASK : FC_ANSWER_NO;
        if (a == FC_ANSWER_YES) {
            *start = p;
            return FC_REGEX_MATCHED;
        }
        if (a == FC_ANSWER_ASK)
            return fc_capitals_ask(re, text, len, p, m, start, end);
        p += n;
    }
    return FC_REGEX_NO_MATCH;
}
