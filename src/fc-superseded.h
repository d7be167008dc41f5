/* fc-superseded: what an article says it no longer says.
 *
 * Newsrooms correct in place and keep the wrong figure in the note:
 * "Correction: An earlier version of this article said Quillmark was
 * founded in 2016. The company was founded in 2017."  Live stories keep
 * the first version under a heading ("**Earlier version (February 29)**").
 * The wrong figure is no claim of the article, and read as one it
 * contradicts the right one a sentence later.
 *
 * fc_superseded_find() records as doc->superseded the text the article
 * takes back, whose claims extraction drops; the text stays, so that the
 * names in it still tell what the next sentence is about ("The round was
 * led by Cobalt Ridge" is Orbisa Health's round):
 *
 *   - a sentence that tells what an earlier version of the article said
 *     ("an earlier/previous/original version of this story ...");
 *   - a sentence that says a figure was wrongly given ("was incorrectly
 *     reported as", "mistakenly said");
 *   - the section under a heading "Earlier version", "Previous version" or
 *     "Original version", up to the next heading.
 *
 * It reads the raw Markdown, before cleaning, so that headings and
 * emphasis are still visible; cleaning keeps the offsets.
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

/* Sets doc->superseded (NULL when the article takes nothing back),
 * replacing what an earlier call set. */
void fc_superseded_find(FcDocument *doc);

G_END_DECLS
