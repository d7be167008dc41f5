/* fc-frontmatter: the YAML front matter block at the top of an article.
 *
 * Only the flat keys factcheck uses are read (title, date, source, url;
 * case-insensitive, the last duplicate wins); the rest of YAML is ignored
 * rather than parsed, since a malformed block must never stop an article
 * from being checked.  The block, fences included, is blanked so that its
 * words are not read as prose.
 *
 * Ownership: fills the document's metadata fields, which it owns.
 */
#pragma once

#include "fc-document.h"

G_BEGIN_DECLS

/* Reads and blanks a block opened by "---" on the first line and closed by
 * "---" or "..."; sets doc->body_start after it.  Does nothing when the
 * text has no closed block.  A date that is not ISO 8601 keeps its text in
 * doc->date_text and leaves doc->date unknown. */
void fc_frontmatter_read(FcDocument *doc);

G_END_DECLS
