/* fc-escape: corpus text made inert in the markup it is pasted into.
 *
 * Articles are hostile input: a title may hold "<script>", a quote
 * "\"><img src=x onerror=…>", a path a '|' that would end a table cell.
 * Every function here is total on any bytes — invalid UTF-8, NULs, control
 * characters — and never returns broken UTF-8:
 *
 *   - invalid UTF-8 sequences, NUL, C0/C1 controls other than tab and line
 *     ends, and Unicode non-characters become U+FFFD;
 *   - the bidi controls that reorder the text after them (U+202A–U+202E,
 *     U+2066–U+2069) become a visible "⟨U+202E⟩": a reviewer must see them,
 *     and they must not turn a quote or the report around them back to
 *     front.
 *
 * Ownership: the char* functions return new strings (g_free); the _append
 * functions append to a GString the caller owns.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* HTML text that is also safe inside a single- or double-quoted attribute
 * value: & < > " ' become character references.  @len -1: up to the NUL. */
void fc_escape_html_append(GString *out, const char *s, gssize len);
char *fc_escape_html(const char *s);

/* Inline Markdown (GitHub-flavoured, CommonMark) that renders as the
 * literal text, also inside a table cell: \ ` * _ [ ] < > | ~ & $ # and
 * '@' are backslash-escaped ('$' because GitHub reads "$…$" as maths, '@'
 * and the ':' of "://" and the '.' of "www." so that no autolink forms),
 * line ends and tabs become spaces, and a leading '-', '+', '=' or
 * "1." / "1)" is escaped so that the text never starts a list, heading or
 * rule.  @len -1: up to the NUL. */
void fc_escape_md_append(GString *out, const char *s, gssize len);
char *fc_escape_md(const char *s);

/* An anchor name: ASCII letters and digits lower-cased, every other run of
 * bytes one '-', no '-' at either end; "x" when nothing is left.  Safe
 * unescaped in HTML ids, URLs and Markdown.  Not unique: callers that
 * need unique anchors add a suffix. */
char *fc_escape_slug(const char *s);

G_END_DECLS
