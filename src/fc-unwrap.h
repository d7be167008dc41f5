/* fc-unwrap: joins the lines of prose wrapped at a fixed width.
 *
 * Text files and Markdown are often wrapped at 72 or 80 columns, and a
 * line may then end inside a name ("co-founded by Imogen\nHart") or a
 * phrase ("led\nby").  Where the text is wrapped, each line break inside
 * a paragraph is made a space, in place: byte offsets are kept, and the
 * document's line index, built before, still gives every offset its line
 * in the file.  Paragraph breaks (blank lines), list items, indented
 * lines and the lines before them are left alone.
 *
 * Whether a text is wrapped is told from the text itself: where lines end
 * without punctuation and a paragraph goes on, wrapped prose goes on with
 * a lower-case word more often than not; text whose lines are paragraphs
 * has few such lines, headlines and list items, and a capital follows.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Is @text[from, len) prose wrapped at a fixed width? */
gboolean fc_unwrap_is_wrapped(const char *text, gsize from, gsize len);

/* Joins the wrapped lines of @text[from, len) when it is wrapped; returns
 * the number of line breaks made spaces. */
guint fc_unwrap_lines(char *text, gsize from, gsize len);

G_END_DECLS
