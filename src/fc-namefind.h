/* fc-namefind: finds known names (the lexicon's aliases) in text.
 *
 * The same matches as one regex alternation of every alias (each space
 * standing for a run of white space, the name starting at a word start or
 * at a lower→upper case change, and not followed by a letter, digit or
 * '_'; leftmost, then longest), but an alternation of a thousand names is
 * tried at every position of every sentence, which made it one of the two
 * costliest patterns of a run.  Here a name can only start where the word
 * there is the first word of some alias, which one hash lookup per word
 * start decides; only then are the candidate ends looked up, word by
 * word, until the words read so far start no alias.
 *
 * Ownership: immutable once built; may be shared between threads.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcNameFinder FcNameFinder;

/* @names: the aliases (char*, borrowed: copied). */
FcNameFinder *fc_name_finder_new(GPtrArray *names);
void fc_name_finder_free(FcNameFinder *f);

/* Finds the leftmost name that starts at or after @from and ends by @to
 * in @text (which may be looked at before @from for the word-start test).
 * TRUE with the name's bytes [*start, *end). */
gboolean fc_name_finder_next(const FcNameFinder *f, const char *text, gsize from, gsize to,
                             gsize *start, gsize *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcNameFinder, fc_name_finder_free)

G_END_DECLS
