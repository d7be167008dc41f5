/* fc-segment: sentences as byte spans into a document's text.
 *
 * Splits on sentence-final punctuation followed by space and a capital or a
 * quote, on blank lines, and on line ends that close a headline or list item.
 * Does not split after abbreviations (Inc., Corp., Co., Ltd., U.S., U.K.,
 * Mr., Ms., Dr., St., No., vs., e.g., i.e., approx., Jan., Feb., ...),
 * single-letter initials ("John D. Smith"), inside decimals ($1.25) or
 * inside brackets and quotes that run on.  A headline without a full stop
 * ends at its line end.  When the body starts with the document's title and
 * runs on without a break (scraped pages), the title is its own sentence.
 *
 * Spans never include leading/trailing white space; empty sentences are
 * dropped.  The result is a GArray of FcSpan, owned by the caller.
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

GArray *fc_segment_sentences(const FcDocument *doc);

G_END_DECLS
