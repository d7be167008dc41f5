#include "fc-charclass.h"

gint32
fc_charclass_decode(const char *t, gsize len, gsize i, gsize *n)
{
    guchar b = (guchar)t[i];
    *n = 1;
    if (b < 0x80)
        return b;
    *n = (gsize)g_utf8_skip[b];
    if ((b & 0xC0) == 0x80 || i + *n > len)
        return FC_CP_UNKNOWN;
    gunichar c = g_utf8_get_char(t + i);
    switch (c) {
    case 0x00A3: /* £ */
    case 0x00A9: /* © */
    case 0x00B7: /* · */
    case 0x2013: /* – */
    case 0x2014: /* — */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x2026: /* … */
    case 0x20AC: /* € */
        return (gint32)c;
    default:
        return FC_CP_UNKNOWN;
    }
}

gint32
fc_charclass_decode_before(const char *t, gsize p)
{
    if (p == 0)
        return FC_CP_NONE;
    gsize i = p - 1;
    while (i > 0 && p - i < 4 && ((guchar)t[i] & 0xC0) == 0x80)
        i--;
    gsize n;
    gint32 c = fc_charclass_decode(t, p, i, &n);
    return i + n == p ? c : FC_CP_UNKNOWN;
}

FcAnswer
fc_charclass_spaces(const char *t, gsize len, gsize *i)
{
    gsize from = *i, n;
    while (*i < len && fc_charclass_is_space((guchar)t[*i]))
        *i += 1;
    if (*i < len && fc_charclass_at(t, len, *i, &n) == FC_CP_UNKNOWN)
        return FC_ANSWER_ASK;
    return *i > from ? FC_ANSWER_YES : FC_ANSWER_NO;
}
