/* fc-engine: runs every check rule of a rule set over a store.
 *
 * The engine never prints and never touches files; findings are data.
 * Each check kind lives in its own fc-check-<kind>.c behind the FcCheckFn
 * signature below.
 */
#pragma once

#include "fc-finding.h"
#include "fc-ruleset.h"
#include "fc-store.h"

#include <glib.h>

G_BEGIN_DECLS

/* Appends findings (FcFinding*, owned by @out) for one check rule. */
typedef void (*FcCheckFn)(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                          GPtrArray *out);

void fc_check_conflict(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                       GPtrArray *out);
void fc_check_sum(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                  GPtrArray *out);
void fc_check_ties(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                   GPtrArray *out);

/* All findings, sealed, de-duplicated by fingerprint and sorted with
 * fc_finding_compare(). New array that owns its findings. */
GPtrArray *fc_engine_run(const FcRuleSet *rules, const FcStore *store);

G_END_DECLS
