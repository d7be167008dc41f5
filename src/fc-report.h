/* fc-report: the report model and its renderers (one fc-report-<format>.c
 * each).  Renderers return the whole text; only fc-cli writes it out.
 *
 * Ownership: an FcReport borrows everything it points to.
 */
#pragma once

#include "fc-claim.h"
#include "fc-corpus.h"
#include "fc-finding.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    const FcCorpus *corpus;
    const GPtrArray *claims;   /* const FcClaim*, fc_claim_compare() order */
    const GPtrArray *findings; /* const FcFinding*, fc_finding_compare() order */
    const FcRuleSet *rules;
} FcReport;

char *fc_report_text(const FcReport *report);
char *fc_report_json(const FcReport *report);

/* The `claims` subcommand. */
char *fc_report_claims_text(const FcReport *report);
char *fc_report_claims_json(const FcReport *report, gboolean lines);

/* Shared by renderers: "2025-11" or "undated". Newly allocated. */
char *fc_report_claim_time(const FcClaim *c);

/* Counts of findings by severity (index FcSeverity). */
void fc_report_count(const FcReport *report, guint counts[3]);

G_END_DECLS
