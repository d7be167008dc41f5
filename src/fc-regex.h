/* fc-regex: the only wrapper around PCRE2.
 *
 * Every pattern is compiled UTF + UCP when built, and JIT-compiled (when
 * the platform allows it) the first time it is matched.  Matching runs
 * with match and depth limits so that no input can make a pattern run
 * away; hitting a limit is reported, never a hang.
 *
 * Ownership: an FcRegex is immutable once built, but for its JIT code,
 * which the first match adds under a once-flag; it may be shared between
 * threads.  An FcMatch holds per-thread scratch space (match data, match
 * context, JIT stack) and must not be shared.
 */
#pragma once

#include "fc-bigrams.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcRegex FcRegex;
typedef struct _FcMatch FcMatch;

typedef enum {
    FC_REGEX_DEFAULT = 0,
    FC_REGEX_CASELESS = 1 << 0,
    FC_REGEX_ANCHORED =
        1 << 1, /* matches only at the start offset (JIT refuses it at match time) */
    FC_REGEX_START_LIMIT = 1 << 2, /* may be matched by fc_regex_match_within() */
} FcRegexFlags;

typedef enum {
    FC_REGEX_NO_MATCH = 0,
    FC_REGEX_MATCHED = 1,
    FC_REGEX_LIMIT = 2, /* a match or depth limit was hit: treat as no match, report */
} FcRegexResult;

#define FC_REGEX_ERROR (fc_regex_error_quark())
GQuark fc_regex_error_quark(void);

/* Returns a new regex or NULL with @error set ("offset N: message"). */
FcRegex *fc_regex_new(const char *pattern, FcRegexFlags flags, GError **error);
void fc_regex_free(FcRegex *re);
const char *fc_regex_pattern(const FcRegex *re);

/* FALSE when no match can lie in @subject[0..len): it lacks a literal that
 * every match holds (fc-atoms).  @folded is @subject ASCII-lower-cased, or
 * NULL when fc_atoms_exotic_case() says folding is not enough; @pairs are
 * the byte pairs of the text holding the subject, or NULL. */
gboolean fc_regex_may_match(const FcRegex *re, const char *subject, gsize len, const char *folded,
                            const FcBigrams *pairs);

/* Number of the named group, or -1 when the pattern has no such name. */
int fc_regex_group_index(const FcRegex *re, const char *name);

FcMatch *fc_match_new(void);
void fc_match_free(FcMatch *m);

/* Matches through @m run PCRE2's interpreter and never JIT-compile: for a
 * few matches on short texts (a rule's own examples), which cost less than
 * compiling the patterns would.  The results are the same. */
void fc_match_interpret(FcMatch *m);

/* Matches @re against @subject[0..len) starting at byte @start. */
FcRegexResult fc_regex_match(const FcRegex *re, const char *subject, gsize len, gsize start,
                             FcMatch *m);

/* As fc_regex_match(), but a match must start at or before byte
 * @last_start: the search gives up there instead of trying every later
 * position.  @re must be built with FC_REGEX_START_LIMIT. */
FcRegexResult fc_regex_match_within(const FcRegex *re, const char *subject, gsize len, gsize start,
                                    gsize last_start, FcMatch *m);

/* Forgets the last match: fc_match_group() fails until the next one. */
void fc_match_clear(FcMatch *m);

/* Byte offsets of group @n of the last successful match; FALSE when the
 * group did not take part. Group 0 is the whole match. */
gboolean fc_match_group(const FcMatch *m, int n, gsize *start, gsize *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcRegex, fc_regex_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcMatch, fc_match_free)

G_END_DECLS
