/* fc-extract: sentences → mentions → tokenised sentence → claims.
 *
 * Each sentence is rewritten with its mentions replaced by tokens
 * ("⟦ORG:0⟧ has raised ⟦MONEY:2⟧ at a valuation of ⟦MONEY:3⟧"); the
 * extraction rules of the rule set are regexes over that text whose named
 * slots point back at the mentions.  A rule is only tried on a sentence that
 * contains one of its cue words (yara's atoms idea, cheaply).
 *
 * Ownership: an FcExtractor holds per-thread scratch state; make one per
 * worker.  It borrows the rule set, which must outlive it.
 */
#pragma once

#include "fc-claim.h"
#include "fc-document.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcExtractor FcExtractor;

FcExtractor *fc_extractor_new(const FcRuleSet *rules);
void fc_extractor_free(FcExtractor *ex);

/* Appends the claims of @doc to @claims (FcClaim*, ownership passes to the
 * array, which must free with fc_claim_free) in document order.  Sentences
 * abandoned at a regex limit are reported in @notes as "path:line: ...". */
void fc_extract_document(FcExtractor *ex, const FcDocument *doc, guint doc_index, GPtrArray *claims,
                         GPtrArray *notes);

/* Its matches run without JIT, for a few short texts: see
 * fc_match_interpret(). */
void fc_extractor_interpret(FcExtractor *ex);

/* Restricts extraction to one rule (rule examples are tested this way);
 * NULL tries them all. */
void fc_extractor_only(FcExtractor *ex, const FcExtractRule *rule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcExtractor, fc_extractor_free)

G_END_DECLS
