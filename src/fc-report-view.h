/* fc-report-view: what the reviewer-facing renderers (Markdown, HTML)
 * derive from a report before they write a byte: findings grouped by
 * entity and numbered in display order, a fact sheet per entity, the money
 * figures to draw on a timeline, counts per document, and anchors.
 *
 * Anchors are stable across runs and small edits: findings are named by
 * their fingerprint ("f-<id>"), entities and documents by a slug of their
 * name or path ("e-mistral-ai", "d-articles-a-wire-md"), sentences by
 * their document and number ("d-articles-a-wire-md-s3").
 *
 * Ownership: an FcReportView owns its arrays, strings and tables; it
 * borrows the report and everything in it, which must outlive it.
 */
#pragma once

#include "fc-report.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    const char *entity;  /* interned */
    GPtrArray *findings; /* const FcFinding*, in display order */
} FcViewGroup;

/* One row of a fact sheet: every claim that gives an entity's attribute
 * the same value (and counterpart), merged. */
typedef struct {
    const char *attribute;   /* interned */
    const char *counterpart; /* interned, or NULL */
    char *label;             /* fc_claim_value_label() of the first claim */
    GPtrArray *claims;       /* const FcClaim*, the sources, claim order */
    GPtrArray *findings;     /* const FcFinding* involving any of them, display order */
} FcViewFact;

typedef struct {
    const char *entity; /* interned */
    char *anchor;       /* "e-…" */
    GPtrArray *facts;   /* FcViewFact*, by attribute (money first), counterpart, value */
    GPtrArray *money;   /* const FcClaim*: dated money figures, by time then value */
    guint undated_money;
} FcViewEntity;

typedef struct {
    const FcReport *report;
    GPtrArray *groups;          /* FcViewGroup*, most severe group first */
    GPtrArray *findings;        /* const FcFinding*, display order: F1, F2, … */
    GPtrArray *entities;        /* FcViewEntity*, sorted by name */
    GPtrArray *doc_anchors;     /* char*: "d-…", one per document */
    GArray *doc_claims;         /* guint per document */
    GArray *doc_findings;       /* guint per document */
    GHashTable *numbers;        /* const FcFinding* → GUINT_TO_POINTER(1-based number) */
    GHashTable *claim_findings; /* const FcClaim* → GPtrArray of const FcFinding*, display order */
    GHashTable *entity_index;   /* interned entity → FcViewEntity* */
} FcReportView;

FcReportView *fc_report_view_new(const FcReport *report);
void fc_report_view_free(FcReportView *view);

/* 1-based number of a finding in display order. */
guint fc_report_view_number(const FcReportView *view, const FcFinding *f);

/* The entity's section, or NULL when it has no claims. */
const FcViewEntity *fc_report_view_entity(const FcReportView *view, const char *entity);

/* The most severe finding that cites @claim, or NULL. */
const FcFinding *fc_report_view_flag(const FcReportView *view, const FcClaim *claim);

/* "f-<fingerprint>".  Newly allocated. */
char *fc_report_view_finding_anchor(const FcFinding *f);

/* "d-…-s<n>": the anchor of sentence @sentence of document @doc_index. */
char *fc_report_view_sentence_anchor(const FcReportView *view, guint doc_index, guint sentence);

/* "2025-03, 2025-10": the distinct times of @claims, in order.  Newly
 * allocated. */
char *fc_report_view_times(const GPtrArray *claims);

/* "reported, planned": the distinct statuses of @claims.  Newly allocated. */
char *fc_report_view_statuses(const GPtrArray *claims);

/* The attributes drawn on a money timeline. */
gboolean fc_report_view_is_money_attribute(const char *attribute);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcReportView, fc_report_view_free)

G_END_DECLS
