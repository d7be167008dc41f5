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
#include "fc-suppress.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    const FcCorpus *corpus;
    const GPtrArray *claims;   /* const FcClaim*, fc_claim_compare() order */
    const GPtrArray *findings; /* const FcFinding*, fc_finding_compare() order */
    const FcRuleSet *rules;    /* may be NULL: no rules folder to name */
    const char *const *paths;  /* the command line's PATHs, NULL-terminated; may be NULL */
} FcReport;

char *fc_report_text(const FcReport *report);
char *fc_report_json(const FcReport *report);
/* GitHub-flavoured Markdown (fc-report-md.c). */
char *fc_report_md(const FcReport *report);
/* One self-contained HTML page (fc-report-html.c).  The annotated document
 * views need each document's text: keep it (no fc_document_release_text())
 * when rendering HTML; a document without text is listed without its view. */
char *fc_report_html(const FcReport *report);

/* SARIF 2.1.0 for code-scanning tools (fc-report-sarif.c): one result per
 * finding of @report, then one per @suppressed (FcSuppressed*, kept with
 * "suppressions" so that tools show them as accepted), then one warning per
 * @notice (FcNotice*).  Either array may be NULL. */
char *fc_report_sarif(const FcReport *report, const GPtrArray *suppressed,
                      const GPtrArray *notices);
/* GitHub Actions workflow commands (fc-report-github.c): one
 * "::error file=…,line=…,col=…,title=…::message" line per finding, one
 * "::warning" per @notice (may be NULL). */
char *fc_report_github(const FcReport *report, const GPtrArray *notices);

/* The `claims` subcommand. */
char *fc_report_claims_text(const FcReport *report);
char *fc_report_claims_json(const FcReport *report, gboolean lines);

/* Shared by renderers: "2025-11" or "undated". Newly allocated. */
char *fc_report_claim_time(const FcClaim *c);

/* Counts of findings by severity (index FcSeverity). */
void fc_report_count(const FcReport *report, guint counts[3]);

/* The normalised value for reviewers: "11,700,000,000 EUR",
 * "[10,000,000,000 … 15,000,000,000] USD", "(−∞ … 4,000,000,000] USD",
 * "≈ 350,000,000,000 USD", "11 percent", "year 2021"; for people and
 * organisations the canonical name.  Newly allocated. */
char *fc_report_value_interval(const FcClaim *c);

/* "prior, pre-money", or NULL without qualifiers.  Newly allocated. */
char *fc_report_claim_qualifiers(const FcClaim *c);

/* Finds the value as written (@value, a claim's value_text) in its quote,
 * ignoring white space on both sides (the quote's runs are collapsed, the
 * value's are not), and stores its byte range in [*start, *end).  @nth
 * picks among several occurrences (0: the first; past the last: the last).
 * FALSE when the value does not occur. */
gboolean fc_report_find_value(const char *quote, const char *value, guint nth, gsize *start,
                              gsize *end);

G_END_DECLS
