#include "fc-report.h"

char *
fc_report_claim_time(const FcClaim *c)
{
    if (!fc_time_is_known(&c->time))
        return g_strdup("undated");
    return fc_time_format(&c->time);
}

void
fc_report_count(const FcReport *report, guint counts[3])
{
    counts[0] = counts[1] = counts[2] = 0;
    for (guint i = 0; i < report->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(report->findings, i);
        counts[f->rule->severity]++;
    }
}
