/* fuzz-escape: any bytes through the HTML, Markdown and slug escapers,
 * checking the promises of fc-escape.h on the output itself rather than
 * comparing with a second implementation:
 *
 *   - HTML: valid UTF-8, no NUL or control other than tab and line ends,
 *     no bidi control, no raw < > " ', and every & starts one of the five
 *     references the escaper writes;
 *   - Markdown: valid UTF-8, one line, every special character behind a
 *     backslash, no list, heading or rule at the start, no autolink;
 *   - slug: [a-z0-9] runs joined by single '-'.
 */
#include "fuzz.h"

#include "fc-escape.h"

#include <string.h>

static void
check_chars(const char *s, gsize len)
{
    FUZZ_CHECK(strlen(s) == len);
    FUZZ_CHECK(g_utf8_validate(s, (gssize)len, NULL));
    for (const char *p = s; *p != '\0'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        FUZZ_CHECK(c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
        FUZZ_CHECK(c < 0x7F || c >= 0xA0);
        FUZZ_CHECK(!(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069));
    }
}

static void
check_html(const char *s, gsize len)
{
    static const char *const refs[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    check_chars(s, len);
    FUZZ_CHECK(strpbrk(s, "<>\"'") == NULL);
    for (const char *p = strchr(s, '&'); p != NULL; p = strchr(p + 1, '&')) {
        gboolean known = FALSE;
        for (gsize i = 0; i < G_N_ELEMENTS(refs); i++)
            known |= strncmp(p, refs[i], strlen(refs[i])) == 0;
        FUZZ_CHECK(known);
    }
}

static void
check_md(const char *s, gsize len)
{
    check_chars(s, len);
    FUZZ_CHECK(strpbrk(s, "\n\r\t") == NULL);
    FUZZ_CHECK(strchr("-+=", s[0]) == NULL || s[0] == '\0');
    /* An ordered-list marker needs its '.' or ')' raw after the digits. */
    const char *d = s;
    while (g_ascii_isdigit(*d))
        d++;
    FUZZ_CHECK(d == s || (*d != '.' && *d != ')'));
    for (const char *p = s; *p != '\0'; p++) {
        if (*p == '\\') {
            /* An escape takes exactly one ASCII punctuation character. */
            FUZZ_CHECK(g_ascii_ispunct(p[1]));
            p++;
            continue;
        }
        FUZZ_CHECK(strchr("`*_[]<>|~&$#@", *p) == NULL);
    }
    for (const char *p = strstr(s, "://"); p != NULL; p = strstr(p + 1, "://"))
        FUZZ_CHECK(p > s && p[-1] == '\\');
    g_autofree char *lower = g_ascii_strdown(s, -1);
    FUZZ_CHECK(strstr(lower, "www.") == NULL);
}

static void
check_slug(const char *s)
{
    FUZZ_CHECK(s[0] != '\0' && s[0] != '-');
    FUZZ_CHECK(s[strlen(s) - 1] != '-');
    FUZZ_CHECK(strstr(s, "--") == NULL);
    for (const char *p = s; *p != '\0'; p++)
        FUZZ_CHECK(g_ascii_islower(*p) || g_ascii_isdigit(*p) || *p == '-');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = (const char *)data;
    /* With a length: NULs inside are text to escape. */
    g_autoptr(GString) html = g_string_new("x");
    fc_escape_html_append(html, bytes, (gssize)size);
    check_html(html->str + 1, html->len - 1);
    g_autoptr(GString) md = g_string_new(NULL);
    fc_escape_md_append(md, bytes, (gssize)size);
    check_md(md->str, md->len);
    /* NUL-terminated: the string forms stop at the first NUL. */
    g_autofree char *copy = g_strndup(bytes, size);
    g_autofree char *h = fc_escape_html(copy);
    check_html(h, strlen(h));
    g_autofree char *m = fc_escape_md(copy);
    check_md(m, strlen(m));
    g_autofree char *slug = fc_escape_slug(copy);
    check_slug(slug);
    return 0;
}
