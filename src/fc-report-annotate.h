/* fc-report-annotate: a document's text as HTML for reviewers — its
 * sentences as anchored spans ("s-<doc>-<n>", the targets of evidence
 * links), the values that claims were read from marked, the marks of
 * claims a finding cites in its severity's colour.
 *
 * White space is collapsed the way quotes collapse it (runs become one
 * space; the gap blanked markup leaves before punctuation goes), a blank
 * line starts a paragraph and a single line end between sentences (a
 * headline, a list item) stays a line break.  All text is escaped.
 */
#pragma once

#include "fc-report-view.h"

#include <glib.h>

G_BEGIN_DECLS

/* Appends the paragraphs of document @doc_index, whose text must be kept;
 * @sentences is fc_segment_sentences() of it. */
void fc_report_annotate(GString *out, const FcReportView *view, guint doc_index,
                        const GArray *sentences);

G_END_DECLS
