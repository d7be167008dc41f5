/* fc-engine: runs every check rule of a rule set over a store.
 *
 * The engine never prints and never touches files; findings are data.
 * Each check kind lives in its own fc-check-<kind>.c behind the FcCheckFn
 * signature below.  Derived facts come first: the "derived" rules add the
 * claims they compute to the store (owned by it), so that every other
 * check sees them like any claim the text states.
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
void fc_check_knowledge(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                        GPtrArray *out);
void fc_check_entity_type(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                          GPtrArray *out);
void fc_check_tenure(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                     GPtrArray *out);
void fc_check_total(const FcCheckRule *rule, const FcRuleSet *rules, const FcStore *store,
                    GPtrArray *out);

/* The claims of one entity under one attribute, for a check that judges
 * each such group on its own; @data is the check's. */
typedef void (*FcGroupFn)(const char *entity, const char *attribute, const GPtrArray *group,
                          gpointer data);

/* Calls @fn on every group of @store under each of @rule's attributes,
 * entities in the store's order. */
void fc_engine_each_group(const FcCheckRule *rule, const FcStore *store, FcGroupFn fn,
                          gpointer data);

/* Completes a finding whose claims are in place: its event, told from the
 * rounds of its entity in @store, and its message from its rule's
 * template with @pairs, NULL-terminated name and value strings ("sum",
 * "$115m", ...) for the template's {name}. */
void fc_engine_finish_finding(FcFinding *f, const FcRuleSet *rules, const FcStore *store,
                              const char *const *pairs);

/* Adds the claims one "derived" rule computes from the claims in @store
 * to @store; returns how many. */
guint fc_check_derived(const FcCheckRule *rule, const FcRuleSet *rules, FcStore *store);

/* Runs every "derived" rule once (later calls do nothing: derived claims
 * are never derived again).  fc_engine_run() calls it; call it yourself to
 * list derived claims without checking. */
void fc_engine_derive(const FcRuleSet *rules, FcStore *store);

/* All findings, sealed, de-duplicated by fingerprint and sorted with
 * fc_finding_compare(). New array that owns its findings. */
GPtrArray *fc_engine_run(const FcRuleSet *rules, FcStore *store);

/* The same, the check rules run on up to @jobs threads (0: one per core);
 * the result does not depend on @jobs. */
GPtrArray *fc_engine_run_jobs(const FcRuleSet *rules, FcStore *store, guint jobs);

G_END_DECLS
