/* fc-rulecheck: every extraction rule's own examples, run before a rule
 * set is used.  A rule whose example does not yield the claims its
 * "expect" lines name, or whose counter-example yields a claim, is a
 * broken rule like one whose pattern does not compile: factcheck reports
 * it as "file:line: message" and checks nothing. */
#pragma once

#include "fc-claim.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @claim is the one an expect line describes; @fields are its
 * stripped parts: entity, attribute, value, and the counterpart or NULL.
 * Money and percentages compare as figures, years and counts as numbers,
 * names case-insensitively. */
gboolean fc_rulecheck_claim_matches(const FcClaim *claim, char *const *fields);

/* Runs @example with @rule alone and appends a "file:line: message" to
 * @errors (strings, owned by the array) for every expectation it misses,
 * or one for a counter-example that yields a claim.  Returns how many it
 * appended. */
guint fc_rulecheck_example(const FcRuleSet *rules, const FcExtractRule *rule,
                           const FcRuleExample *example, GPtrArray *errors);

/* fc_rulecheck_example() over every example of every extraction rule. */
guint fc_rulecheck_all(const FcRuleSet *rules, GPtrArray *errors);

G_END_DECLS
