/* fc-finding: what a check found — the rule, the subject, a message and
 * the claims that do not hold together.
 *
 * Ownership: a finding owns its message, id and the claims array, but not
 * the claims themselves (borrowed from the run, which outlives findings).
 */
#pragma once

#include "fc-claim.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    const FcCheckRule *rule;
    const char *entity;    /* interned */
    const char *attribute; /* interned, or NULL (ties) */
    char *event;           /* "Series F", "2025-11", "document corpus/a.md" */
    char *message;
    GPtrArray *claims; /* const FcClaim*, main evidence first */
    char *id;          /* stable fingerprint, set by fc_finding_seal() */
} FcFinding;

FcFinding *fc_finding_new(const FcCheckRule *rule, const char *entity, const char *attribute);
void fc_finding_free(FcFinding *f);

/* Computes the fingerprint from rule, entity, attribute, the normalised
 * values and the documents — never line numbers, so it survives edits. */
void fc_finding_seal(FcFinding *f);

/* Most severe first, then entity, rule, first evidence. */
int fc_finding_compare(const FcFinding *a, const FcFinding *b);

/* Expands {entity} {attribute} {counterpart} {values} {event} and any
 * extra "name=value" pairs given in @vars (NULL-terminated). */
char *fc_finding_render(const char *template, const FcFinding *f, const char *const *vars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcFinding, fc_finding_free)

G_END_DECLS
