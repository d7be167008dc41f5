#include "fc-escape.h"

#include <string.h>

#define FC_REPLACEMENT 0xFFFD

/* Characters no report should carry as they are: NUL and the controls
 * (they make HTML parse errors and break Markdown tables), and
 * non-characters, which the HTML parser also reports. */
static gboolean
fc_escape_is_unsafe(gunichar c)
{
    if (c < 0x20)
        return c != '\t' && c != '\n' && c != '\r';
    if (c >= 0x7F && c < 0xA0)
        return TRUE;
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

static gboolean
fc_escape_is_bidi_control(gunichar c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* Reads one character at @p (before @end) into @c, U+FFFD for anything
 * unsafe or invalid, and returns the bytes it took: one for a bad byte, so
 * that a broken sequence never swallows the valid text after it. */
static gsize
fc_escape_decode(const char *p, const char *end, gunichar *c)
{
    gunichar u = g_utf8_get_char_validated(p, end - p);
    if (u == (gunichar)-1 || u == (gunichar)-2) {
        *c = FC_REPLACEMENT;
        return 1;
    }
    *c = fc_escape_is_unsafe(u) ? FC_REPLACEMENT : u;
    return (gsize)(g_utf8_next_char(p) - p);
}

static const char *
fc_escape_end(const char *s, gssize len)
{
    return s + (len < 0 ? strlen(s) : (gsize)len);
}

static void
fc_escape_bidi(GString *out, gunichar c)
{
    g_string_append_printf(out, "⟨U+%04X⟩", c);
}

static void
fc_escape_html_char(GString *out, gunichar c)
{
    switch (c) {
    case '&':
        g_string_append(out, "&amp;");
        break;
    case '<':
        g_string_append(out, "&lt;");
        break;
    case '>':
        g_string_append(out, "&gt;");
        break;
    case '"':
        g_string_append(out, "&quot;");
        break;
    case '\'':
        g_string_append(out, "&#39;");
        break;
    default:
        if (fc_escape_is_bidi_control(c))
            fc_escape_bidi(out, c);
        else
            g_string_append_unichar(out, c);
    }
}

void
fc_escape_html_append(GString *out, const char *s, gssize len)
{
    const char *end = fc_escape_end(s, len);
    for (const char *p = s; p < end;) {
        gunichar c;
        p += fc_escape_decode(p, end, &c);
        fc_escape_html_char(out, c);
    }
}

char *
fc_escape_html(const char *s)
{
    GString *out = g_string_new(NULL);
    fc_escape_html_append(out, s, -1);
    return g_string_free(out, FALSE);
}

/* Where a leading ordered-list marker ("2025." or "3)") ends: the offset
 * of its '.' or ')', or -1. */
static gssize
fc_escape_md_list_marker(const char *s, const char *end)
{
    const char *p = s;
    while (p < end && g_ascii_isdigit(*p))
        p++;
    if (p > s && p < end && (*p == '.' || *p == ')'))
        return p - s;
    return -1;
}

/* Punctuation that would autolink: the ':' of "https://", the '.' of
 * "www.". */
static gboolean
fc_escape_md_autolink(const char *s, const char *p, const char *end)
{
    if (*p == ':')
        return end - p >= 3 && p[1] == '/' && p[2] == '/';
    return *p == '.' && p - s >= 3 && g_ascii_strncasecmp(p - 3, "www", 3) == 0;
}

static gboolean
fc_escape_md_needs_backslash(const char *s, const char *p, const char *end, gssize marker)
{
    if (strchr("\\`*_[]<>|~&$#@", *p) != NULL)
        return TRUE;
    if (p == s && strchr("-+=", *p) != NULL)
        return TRUE;
    return p - s == marker || fc_escape_md_autolink(s, p, end);
}

void
fc_escape_md_append(GString *out, const char *s, gssize len)
{
    const char *end = fc_escape_end(s, len);
    gssize marker = fc_escape_md_list_marker(s, end);
    for (const char *p = s; p < end;) {
        if (*p != '\0' && (guchar)*p < 0x80) {
            if (*p == '\n' || *p == '\r' || *p == '\t')
                g_string_append_c(out, ' ');
            else if (fc_escape_md_needs_backslash(s, p, end, marker))
                g_string_append_printf(out, "\\%c", *p);
            else if (fc_escape_is_unsafe((guchar)*p))
                g_string_append_unichar(out, FC_REPLACEMENT);
            else
                g_string_append_c(out, *p);
            p++;
            continue;
        }
        gunichar c;
        p += fc_escape_decode(p, end, &c);
        if (fc_escape_is_bidi_control(c))
            fc_escape_bidi(out, c);
        else
            g_string_append_unichar(out, c);
    }
}

char *
fc_escape_md(const char *s)
{
    GString *out = g_string_new(NULL);
    fc_escape_md_append(out, s, -1);
    return g_string_free(out, FALSE);
}

char *
fc_escape_slug(const char *s)
{
    GString *out = g_string_new(NULL);
    gboolean dash = FALSE;
    for (const char *p = s; *p != '\0'; p++) {
        if (!g_ascii_isalnum(*p)) {
            dash = out->len > 0;
            continue;
        }
        if (dash)
            g_string_append_c(out, '-');
        dash = FALSE;
        g_string_append_c(out, g_ascii_tolower(*p));
    }
    if (out->len == 0)
        g_string_append_c(out, 'x');
    return g_string_free(out, FALSE);
}
