/* fc-datefind: finds the dates of fc_time_pattern() in a sentence.
 *
 * The date pattern may start at a digit, a month or weekday name, or one
 * of a score of words ("early", "the end of", "last year", "as of", "Q3"),
 * most of them caseless, so the first letters PCRE2 can rule out are few
 * and it tries the pattern at almost every letter of every sentence that
 * holds a digit: the costliest mention pattern of a run.  Here a word
 * start is tried only when the word (and for "the", "this", "last",
 * "next" and "as" the word after it) could open a date, with the pattern
 * compiled anchored; everywhere else no date can start, so the first
 * match is the regex's leftmost match.  The test compares the two.
 *
 * The words are compared in ASCII: text with a Kelvin sign or a long s,
 * which caseless matching takes for k and s, is left to the regex
 * (fc_atoms_exotic_case()).
 *
 * Ownership: immutable once built; may be shared between threads.
 */
#pragma once

#include "fc-regex.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcDateFinder FcDateFinder;

/* NULL with @error set only if the date pattern does not compile (a bug). */
FcDateFinder *fc_date_finder_new(GError **error);
void fc_date_finder_free(FcDateFinder *f);

/* Can a match of the date pattern start at @t[p]?  FALSE only where it
 * cannot. */
gboolean fc_date_may_start(const char *t, gsize len, gsize p);

/* The leftmost date in @text[0..len) at or after @from, as the regex
 * finds it: [*start, *end).  FC_REGEX_LIMIT when a try hit a limit. */
FcRegexResult fc_date_finder_next(const FcDateFinder *f, const char *text, gsize len, gsize from,
                                  FcMatch *m, gsize *start, gsize *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcDateFinder, fc_date_finder_free)

G_END_DECLS
