/* fc-markdown: Markdown markup blanked out of an article's text, and the
 * inline suppression comments recorded on the way.
 *
 * Cleaning never moves a byte: markup (emphasis, heading marks, list
 * bullets, link targets, images, HTML tags and comments) is overwritten
 * with white space of the same length, line ends kept, so that every
 * offset still maps to the file's own line and column (see fc-document.h).
 * Scans are bounded (link text, URLs, tags) so that cleaning stays linear
 * on hostile input.
 *
 * Also the few byte helpers that front matter reading shares.
 *
 * Ownership: the functions work in place on text the caller owns.
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

/* Cleans doc->text from doc->body_start to the end, and records every
 * "<!-- factcheck-… -->" comment in doc->directives. */
void fc_markdown_clean(FcDocument *doc);

/* Overwrites [from, to) of @t with white space of the same byte length and
 * the same number of characters, keeping '\n' and '\r'. */
void fc_markdown_blank(char *t, gsize from, gsize to);

/* Space, tab or carriage return: the blanks within a line.  Inline: it
 * runs on most bytes of every line. */
static inline gboolean
fc_markdown_is_blank_char(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Offset of the '\n' ending the line at @pos, or @len. */
gsize fc_markdown_line_end(const char *t, gsize len, gsize pos);

/* First offset in [pos, end) that is not a blank, or @end. */
gsize fc_markdown_skip_blanks(const char *t, gsize pos, gsize end);

/* @end moved back over blanks, not before @start. */
gsize fc_markdown_trim_end(const char *t, gsize start, gsize end);

G_END_DECLS
