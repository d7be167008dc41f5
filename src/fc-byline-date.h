/* fc-byline-date: the date of an article without front matter, from its
 * byline or publication line.
 *
 * Pages saved from the web often carry no metadata block, only "By Jane
 * Doe | May 28, 2025 | Bloomberg Línea" or "Published: 3 March 2025"
 * near the top.  Without a date an article's claims are compared with
 * nothing, so that line dates it.  Only a short line in the first few of
 * the body that looks like metadata (a byline, "Published", "Updated",
 * separators, or a date alone) and names a day counts: a date in the
 * story's prose is no publication date.
 *
 * Ownership: sets doc->date and doc->date_text (owned by the document).
 */
#pragma once

#include "fc-document.h"

G_BEGIN_DECLS

/* Dates @doc from its byline when it has no date yet; does nothing else. */
void fc_byline_date_read(FcDocument *doc);

G_END_DECLS
