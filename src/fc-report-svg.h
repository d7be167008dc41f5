/* fc-report-svg: the money timeline of one entity as inline SVG, for the
 * HTML report.
 *
 * Time runs along x (a claim's time interval drawn as a bar, its middle as
 * the mark), the value on a log scale along y (a range as a vertical bar,
 * an open end as a dashed line to the edge).  Each attribute has its own
 * shape; a claim that a finding cites is drawn in the conflict colour.
 * Marks are numbered in the order of FcViewEntity.money, which the HTML
 * legend under the chart follows, and each links to its sentence.
 *
 * Styling comes from the page's CSS classes (no style attributes, which the
 * report's Content-Security-Policy would block).
 */
#pragma once

#include "fc-report-view.h"

#include <glib.h>

G_BEGIN_DECLS

/* Appends the chart of @e's dated money figures to @out; nothing when it
 * has fewer than two. */
void fc_report_svg_timeline(GString *out, const FcReportView *view, const FcViewEntity *e);

G_END_DECLS
