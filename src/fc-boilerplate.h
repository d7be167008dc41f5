/* fc-boilerplate: site chrome that is not the article.
 *
 * Scraped pages carry navigation bars ("Home | Markets | Tech"), cookie
 * notices, copyright lines, comment prompts and lists of related headlines
 * ("Read more:", "Further Reading").  Headlines of other stories are the
 * dangerous part: "OpenAI closes $40 billion round" under "Read more" is
 * not this article's claim.  fc_boilerplate_blank() overwrites such lines
 * with spaces, keeping byte offsets and newlines, before Markdown cleaning
 * (list markers are still visible then).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void fc_boilerplate_blank(char *text, gsize len, gsize from);

G_END_DECLS
