/* fc-atoms: literal strings that every match of a pattern must contain.
 *
 * yara's atoms and RE2's prefilter, for the subset of PCRE2 syntax the
 * rules use: the literal runs of the concatenations a match must go
 * through (the pattern, groups that are not optional, lookaheads), and
 * for an alternation one clause naming one atom per branch.  A sentence
 * that lacks a clause cannot match, so the pattern is not run on it.
 * Whatever the reader does not understand (named-group calls, extended
 * mode, (*ACCEPT)) gives fewer atoms, never a wrong one: the filter may
 * let a sentence through in vain, it never drops one the pattern would
 * match.  Every atom of a match lies at or after the position where the
 * search for it started (lookbehinds give no atoms), so a caller may test
 * just the part of the subject a search can reach.
 *
 * Ownership: an FcAtoms is immutable once built; fc_atoms_free() frees it.
 */
#pragma once

#include "fc-bigrams.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcAtoms FcAtoms;

/* The atoms of @pattern compiled with (@caseless) or without PCRE2_CASELESS
 * and with PCRE2_UTF | PCRE2_UCP; NULL when it has none worth testing. */
FcAtoms *fc_atoms_new(const char *pattern, gboolean caseless);
void fc_atoms_free(FcAtoms *atoms);

/* Number of clauses (each holds when one of its atoms occurs), for tests. */
guint fc_atoms_count(const FcAtoms *atoms);

/* Can a match lie in @subject[0..len)?  @folded is the subject with ASCII
 * letters lower-cased (same length), or NULL when the subject holds
 * characters that fold onto ASCII letters under Unicode caseless matching
 * (U+212A KELVIN SIGN, U+017F LONG S): then caseless atoms are not
 * tested.  @pairs, when not NULL, are the byte pairs of a text holding
 * the subject (the whole sentence of a part of it): atoms whose pairs are
 * missing there are not searched for.  TRUE when @atoms is NULL. */
gboolean fc_atoms_may_match(const FcAtoms *atoms, const char *subject, gsize len,
                            const char *folded, const FcBigrams *pairs);

/* Does @s[0..len) hold a character whose caseless match reaches an ASCII
 * letter from outside ASCII?  @pairs, the byte pairs of @s or NULL, spare
 * the search in most texts. */
gboolean fc_atoms_exotic_case(const char *s, gsize len, const FcBigrams *pairs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcAtoms, fc_atoms_free)

G_END_DECLS
