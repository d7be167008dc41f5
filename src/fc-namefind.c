#include "fc-namefind.h"

#include "fc-strtab.h"

#include <string.h>

/* Names longer than this are never found (the longest shipped alias is
 * about 90 bytes); it bounds the scratch buffer of a lookup. */
#define FC_NAME_MAX 255

/* What a string is in FcNameFinder.prefixes. */
enum { FC_PREFIX_ONLY = 1, FC_PREFIX_NAME = 2 };

struct _FcNameFinder {
    /* Every alias, and every start of one that ends before a character
     * other than a letter, digit or '_' ("Bank", "Bank of" for "Bank of
     * America"): FC_PREFIX_NAME or FC_PREFIX_ONLY.  A run of
     * text that is none of them starts no longer alias either. */
    FcStrTab *prefixes;
    FcStrTab *firsts; /* the first word of every alias */
    guint8 first_bytes[256 / 8];
    guint64 first_lengths[256]; /* per first byte: bit n for first words of n bytes (63: longer) */
    gsize longest;              /* bytes of the longest alias */
    gsize longest_first;        /* bytes of the longest first word */
};

/* Byte length of the letter, digit or '_' at @i, 0 for anything else or
 * at @to: the regex's [\p{L}\p{N}_]. */
static gsize
fc_word_char_len(const char *t, gsize i, gsize to)
{
    if (i >= to)
        return 0;
    guchar b = (guchar)t[i];
    if (b < 0x80)
        return g_ascii_isalnum(b) || b == '_' ? 1 : 0;
    gunichar c = g_utf8_get_char_validated(t + i, (gssize)(to - i));
    if (c == (gunichar)-1 || c == (gunichar)-2 || !g_unichar_isalnum(c))
        return 0;
    return (gsize)g_utf8_skip[b];
}

/* Bytes of the first word of @name: up to its first character that is not
 * a letter, digit or '_'. */
static gsize
fc_first_word_len(const char *name)
{
    gsize n = strlen(name), i = 0, k;
    while ((k = fc_word_char_len(name, i, n)) > 0)
        i += k;
    return i;
}

static guint64
fc_length_bit(gsize n)
{
    return G_GUINT64_CONSTANT(1) << MIN(n, 63);
}

static void
fc_name_finder_add_prefixes(FcNameFinder *f, const char *name, gsize len)
{
    for (gsize k = 1; k < len; k++) {
        if (fc_word_char_len(name, k, len) > 0 || ((guchar)name[k] & 0xC0) == 0x80)
            continue;
        if (!fc_strtab_contains(f->prefixes, name, k))
            fc_strtab_set(f->prefixes, name, k, FC_PREFIX_ONLY);
    }
}

FcNameFinder *
fc_name_finder_new(GPtrArray *names)
{
    FcNameFinder *f = g_new0(FcNameFinder, 1);
    f->prefixes = fc_strtab_new(FALSE);
    f->firsts = fc_strtab_new(FALSE);
    for (guint i = 0; i < names->len; i++) {
        const char *name = g_ptr_array_index(names, i);
        gsize len = strlen(name), first = fc_first_word_len(name);
        /* A name must start with a word character: the regex's word-start
         * test could never hold before anything else. */
        if (len == 0 || len > FC_NAME_MAX || first == 0)
            continue;
        fc_name_finder_add_prefixes(f, name, len);
        fc_strtab_set(f->prefixes, name, len, FC_PREFIX_NAME);
        fc_strtab_add(f->firsts, name, first);
        f->first_bytes[(guchar)name[0] / 8] |= (guint8)(1u << ((guchar)name[0] % 8));
        f->first_lengths[(guchar)name[0]] |= fc_length_bit(first);
        f->longest = MAX(f->longest, len);
        f->longest_first = MAX(f->longest_first, first);
    }
    return f;
}

void
fc_name_finder_free(FcNameFinder *f)
{
    if (f == NULL)
        return;
    fc_strtab_free(f->prefixes);
    fc_strtab_free(f->firsts);
    g_free(f);
}

/* A name starts after a non-word character or where lower case turns to
 * upper case ("theOpenAI"). */
static gboolean
fc_is_name_start(const char *t, gsize p)
{
    if (p == 0)
        return TRUE;
    guchar b = (guchar)t[p - 1], c = (guchar)t[p];
    if (b < 0x80 && c < 0x80) /* the same tests without decoding */
        return !(g_ascii_isalnum(b) || b == '_') || (g_ascii_islower(b) && g_ascii_isupper(c));
    const char *prev = g_utf8_find_prev_char(t, t + p);
    if (prev == NULL)
        return TRUE;
    gsize at = (gsize)(prev - t);
    if (fc_word_char_len(t, at, p) == 0)
        return TRUE;
    return g_unichar_islower(g_utf8_get_char(prev)) && g_unichar_isupper(g_utf8_get_char(t + p));
}

static gboolean
fc_first_word_known(const FcNameFinder *f, const char *t, gsize p, gsize to)
{
    gsize w = p, k;
    while ((k = fc_word_char_len(t, w, to)) > 0)
        w += k;
    /* Most capitalised words are no alias's first word: their first byte
     * and length say so before a hash lookup. */
    if (w - p > f->longest_first || !(f->first_lengths[(guchar)t[p]] & fc_length_bit(w - p)))
        return FALSE;
    return fc_strtab_contains(f->firsts, t + p, w - p);
}

/* The end of the longest name starting at @p, 0 when none does.  White
 * space runs in the text count as one space, as in the aliases. */
static gsize
fc_longest_at(const FcNameFinder *f, const char *t, gsize p, gsize to)
{
    char buf[FC_NAME_MAX + 2];
    gsize n = 0, best = 0;
    for (gsize q = p; n <= f->longest; q++) {
        /* A name ends where a word does, never inside a character. */
        if (q > p && ((guchar)t[q] & 0xC0) != 0x80 && fc_word_char_len(t, q, to) == 0 && n > 0 &&
            buf[n - 1] != ' ') {
            guint what = fc_strtab_get(f->prefixes, buf, n);
            if (what == FC_PREFIX_NAME)
                best = q;
            else if (what == 0)
                break;
        }
        if (q >= to)
            break;
        if (g_ascii_isspace(t[q])) {
            if (buf[n - 1] != ' ')
                buf[n++] = ' ';
        } else {
            buf[n++] = t[q];
        }
    }
    return best;
}

gboolean
fc_name_finder_next(const FcNameFinder *f, const char *text, gsize from, gsize to, gsize *start,
                    gsize *end)
{
    for (gsize p = from; p < to; p++) {
        guchar b = (guchar)text[p];
        if (!(f->first_bytes[b / 8] & (1u << (b % 8))) || !fc_is_name_start(text, p) ||
            !fc_first_word_known(f, text, p, to))
            continue;
        gsize e = fc_longest_at(f, text, p, to);
        if (e > 0) {
            *start = p;
            *end = e;
            return TRUE;
        }
    }
    return FALSE;
}
