/* fc-figure: the money, percent and count patterns, searched only around
 * figures.
 *
 * Tried at every word, those patterns cost more than any other part of
 * reading a sentence with a digit.  But every match holds a figure, and
 * before the word holding its first one there are only lead words
 * (fc_value_is_lead_word(): "about", "up to", "between", "US $"...).  So
 * the first match at or after a position starts at the latest word before
 * the next figure that is not a lead word, or after it, and no later than
 * the end of the figure's word; otherwise it lies beyond.  Words here are
 * runs between ASCII white space; one holding any other byte might hide a
 * Unicode space between lead words, so it does not stop the walk.
 *
 * Ownership: stateless.
 */
#pragma once

#include "fc-regex.h"

#include <glib.h>

G_BEGIN_DECLS

/* What fc_regex_match(@re, @text, @end, @pos, @m) gives, for @re one of
 * fc-value's money, percent and count patterns built with
 * FC_REGEX_START_LIMIT.  @lower is @text[base..end) with ASCII letters
 * lower-cased (base <= pos), or NULL when characters from outside ASCII
 * could match a lead or magnitude word caselessly: then the whole rest is
 * searched at once. */
FcRegexResult fc_figure_match(const FcRegex *re, const char *text, gsize end, gsize pos,
                              const char *lower, gsize base, FcMatch *m);

G_END_DECLS
