/* fc-pattern: the small pattern language of rules/extract.
 *
 * A pattern is a PCRE2 regex over a tokenised sentence in which every
 * mention has been replaced by a token such as ⟦MONEY:3⟧ or ⟦ORG:0⟧ (see
 * fc-extract).  Slots name the mentions a claim is built from:
 *
 *     {counterpart:ORG} (?:will )?invest {value:MONEY} in {entity:ORG}
 *
 * Slot types: MONEY, PCT, DATE, NUM, ROUND, PLACE, ORG (organisation,
 * product or unknown name, with an optional descriptor in front: "the AI
 * startup Anthropic", "Singapore's sovereign wealth fund GIC"), PERSON, and
 * the lists ORGS and PERSONS ("A, B and C").  Slot names: entity, value,
 * counterpart, when.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    FC_SLOT_NONE = 0,
    FC_SLOT_MONEY,
    FC_SLOT_PCT,
    FC_SLOT_DATE,
    FC_SLOT_NUM,
    FC_SLOT_ROUND,
    FC_SLOT_PLACE,
    FC_SLOT_ORG,
    FC_SLOT_PERSON,
    FC_SLOT_ORGS,
    FC_SLOT_PERSONS,
    /* A known place, or a name where only a town can stand ("is
     * headquartered in Malmö"): the lexicon cannot know every town. */
    FC_SLOT_TOWN,
    FC_SLOT_LAST = FC_SLOT_TOWN,
} FcSlotType;

typedef struct {
    FcSlotType entity, value, counterpart, when;
} FcSlotTypes;

/* Expands the slots of @pattern into named groups.  Returns the PCRE2
 * source, or NULL with @error_message set (newly allocated) for an unknown
 * slot name or type, or a slot used twice.
 *
 * @gate (nullable) receives, newly allocated, the PCRE2 source of a
 * pattern that matches somewhere in every sentence the whole pattern
 * matches: the pattern from the opening slot's name token on, without the
 * descriptor words in front of it.  A pattern that opens with a name is
 * tried at every word of a sentence, and its descriptor words are what
 * make each try costly; the gate starts with a token's '⟦', which PCRE2
 * finds with memchr, and rules out most sentences at a fraction of the
 * cost.  NULL when the pattern does not open with a described slot (ORG,
 * ORGS, PERSON, PERSONS). */
char *fc_pattern_expand(const char *pattern, FcSlotTypes *types, char **gate, char **error_message);

/* Does a token of @token_type ("ORG", "NAME", ...) fill a slot of @type? */
gboolean fc_slot_accepts(FcSlotType type, const char *token_type);

gboolean fc_slot_is_list(FcSlotType type);

G_END_DECLS
