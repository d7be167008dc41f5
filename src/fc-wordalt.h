/* fc-wordalt: a list of words as a PCRE2 alternation factored by prefix.
 *
 * PCRE2 tries the branches of an alternation one by one, so a list of
 * sixty stop words in a negative look-ahead costs sixty tests at every
 * word it guards.  Factored by shared prefixes ("in|into|is" becomes
 * "i(?:n(?:to)?|s)") the same words cost a test per character.  The
 * result matches exactly the listed words: the order of the branches is
 * lost, so it suits places where only whether a word matches counts (a
 * look-ahead followed by \b), not which one.
 *
 * Ownership: the caller frees the returned string.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @words: literal words separated by '|' (no regex syntax; duplicates and
 * empty words allowed).  Returns a group "(?:...)" or "" for no words. */
char *fc_wordalt_new(const char *words);

G_END_DECLS
