/* fc-charclass: what the hand-written matchers (fc-capitals, fc-refer)
 * know about a character without Unicode tables.
 *
 * They stand in for regexes compiled with Unicode properties, so they may
 * only decide where every property those regexes test is certain: ASCII,
 * and a few marks that run through news text and are neither letters,
 * digits nor space in any Unicode version (curly quotes, dashes, the
 * ellipsis, the middle dot, ©, € and £).  Any other character is
 * FC_CP_UNKNOWN, and the matcher leaves the decision to the regex.
 *
 * Ownership: stateless.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FC_CP_NONE (-2)    /* before the start or past the end of the text */
#define FC_CP_UNKNOWN (-1) /* a character whose properties are not known here */

gint32 fc_charclass_decode(const char *t, gsize len, gsize i, gsize *n);
gint32 fc_charclass_decode_before(const char *t, gsize p);

/* The character at @t[i] (i < len) as a code point when it is known,
 * else FC_CP_UNKNOWN; its length in bytes in *n.  Inline for ASCII: the
 * matchers ask at every candidate. */
static inline gint32
fc_charclass_at(const char *t, gsize len, gsize i, gsize *n)
{
    if ((guchar)t[i] < 0x80) {
        *n = 1;
        return (guchar)t[i];
    }
    return fc_charclass_decode(t, len, i, n);
}

/* The character that ends right before @t[p], as fc_charclass_at() gives
 * it; FC_CP_NONE at the start. */
static inline gint32
fc_charclass_before(const char *t, gsize p)
{
    if (p > 0 && (guchar)t[p - 1] < 0x80)
        return (guchar)t[p - 1];
    return fc_charclass_decode_before(t, p);
}

/* What a hand matcher knows at a position: the regex matches there, it
 * does not, or an unknown character decides and the regex must be asked. */
typedef enum { FC_ANSWER_NO, FC_ANSWER_YES, FC_ANSWER_ASK } FcAnswer;

/* \s+ from *i, which it moves past the run: YES past one space or more,
 * NO before none, ASK when an unknown character ends the run. */
FcAnswer fc_charclass_spaces(const char *t, gsize len, gsize *i);

/* ASCII letter or digit: for a known character, \p{L} or \p{N}. */
static inline gboolean
fc_charclass_is_alnum(gint32 c)
{
    return c >= 0 && c < 0x80 && g_ascii_isalnum(c);
}

/* \w of a regex compiled with Unicode properties, for a known character. */
static inline gboolean
fc_charclass_is_word(gint32 c)
{
    return fc_charclass_is_alnum(c) || c == '_';
}

/* \s for a known character. */
static inline gboolean
fc_charclass_is_space(gint32 c)
{
    return c >= 0 && c < 0x80 && (g_ascii_isspace(c) || c == '\v');
}

/* \p{Lu} for a known character. */
static inline gboolean
fc_charclass_is_upper(gint32 c)
{
    return c >= 0 && c < 0x80 && g_ascii_isupper(c);
}

/* \W for a known character: what ends a word at a \b. */
static inline gboolean
fc_charclass_is_not_word(gint32 c)
{
    return !fc_charclass_is_word(c);
}

/* Does the character at @i have the property @is?  @past_end at the end
 * of the text, ASK for an unknown character. */
static inline FcAnswer
fc_charclass_test(const char *t, gsize len, gsize i, gboolean (*is)(gint32), FcAnswer past_end)
{
    if (i >= len)
        return past_end;
    gsize n;
    gint32 c = fc_charclass_at(t, len, i, &n);
    if (c == FC_CP_UNKNOWN)
        return FC_ANSWER_ASK;
    return is(c) ? FC_ANSWER_YES : FC_ANSWER_NO;
}

G_END_DECLS
