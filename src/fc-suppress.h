/* fc-suppress: inline suppressions (HTML comments in the articles, see
 * FcDirective) applied to findings, and what a gate reports about them.
 *
 *   <!-- factcheck-disable-next-line RULE -->   the line after the comment
 *   <!-- factcheck-disable RULE -->             from here …
 *   <!-- factcheck-enable RULE -->              … to here (or the end)
 *
 * RULE is optional (every rule) and may be a list.  A finding is suppressed
 * when any of its claims lies in a region of its document that names its
 * rule: a contradiction has two ends, and either article may carry the
 * editor's decision.
 *
 * Ownership: the arrays returned hold owned FcSuppressed / FcNotice items
 * (free functions set) that borrow findings, rule ids and paths from the run.
 */
#pragma once

#include "fc-corpus.h"
#include "fc-finding.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

/* A finding left out of the counts, and why. */
typedef struct {
    const FcFinding *finding;
    gboolean in_source; /* inline comment (SARIF "inSource"), else a baseline ("external") */
    char *where;        /* "a.md:3" for a comment, the baseline's path otherwise */
} FcSuppressed;

void fc_suppressed_free(FcSuppressed *s);

/* A problem with a suppression: a warning with a place, never a finding of
 * the corpus (no claims).  rule is "unused-suppression" or "bad-suppression". */
typedef struct {
    const char *path; /* the document's path (borrowed) */
    guint line;
    const char *rule;
    char *message;
} FcNotice;

void fc_notice_free(FcNotice *n);

#define FC_NOTICE_UNUSED "unused-suppression"
#define FC_NOTICE_BAD "bad-suppression"

/* Splits @findings (const FcFinding*) by the directives of @corpus: returns
 * the findings no comment suppresses (borrowed pointers, same order) and
 * appends to @suppressed (FcSuppressed*) and @notices (FcNotice*): unknown
 * rule ids and directives, an enable without its disable, and regions that
 * matched no finding. */
GPtrArray *fc_suppress_apply(const FcCorpus *corpus, const FcRuleSet *rules,
                             const GPtrArray *findings, GPtrArray *suppressed, GPtrArray *notices);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcSuppressed, fc_suppressed_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcNotice, fc_notice_free)

G_END_DECLS
