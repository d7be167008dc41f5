/* fc-claim: one extracted statement, Wikidata style — entity, attribute,
 * value, qualifiers, reference.
 *
 * Strings that repeat across claims (entity and attribute names, paths,
 * rule ids) are interned with g_intern_string(): compared by pointer, never
 * freed.  An FcClaim owns only its value_text and quote.
 */
#pragma once

#include "fc-time.h"
#include "fc-value.h"

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    FC_STATUS_REPORTED = 0,
    FC_STATUS_PLANNED, /* talks, targets, plans, "could value" */
    FC_STATUS_RUMORED, /* "reportedly", "people familiar" */
    FC_STATUS_ESTIMATED,
    FC_STATUS_PROJECTED,
} FcStatus;

typedef enum {
    FC_CLAIM_PRIOR = 1 << 0,      /* an earlier figure: "up from $X", "its previous $X" */
    FC_CLAIM_CUMULATIVE = 1 << 1, /* "in total", "to date", "over the years" */
    FC_CLAIM_REMAINDER = 1 << 2,  /* "the remaining $200m": closes a list of parts */
    FC_CLAIM_DATED = 1 << 3,      /* time comes from the sentence, not the document */
    FC_CLAIM_PRE_MONEY = 1 << 4,  /* a valuation before the new money ("pre-money") */
    FC_CLAIM_DERIVED = 1 << 5,    /* computed from other claims (fc-check-derived) */
    FC_CLAIM_POST_MONEY = 1 << 6, /* labelled post-money: never read as pre-money */
    FC_CLAIM_PARTIAL = 1 << 7,    /* a first close, tranche or stage, not the whole round */
    FC_CLAIM_DEBT = 1 << 8,       /* debt, loans, a credit facility: not equity */
    FC_CLAIM_CREDITS = 1 << 9,    /* cloud or compute credits: not cash */
    FC_CLAIM_SHARED = 1 << 10,    /* a post held jointly: "co-chief executive" */
    FC_CLAIM_SECONDARY = 1 << 11, /* a sale of existing shares: a tender offer, not a round */
    FC_CLAIM_EXTENDED = 1 << 12,  /* a round's size after an extension: "bringing the round to" */
    FC_CLAIM_MARK = 1 << 13,      /* an investor's own mark of its stake: no deal's price */
    FC_CLAIM_SOLE = 1 << 14,      /* the only one: "founded the company alone" */
} FcClaimFlags;

typedef struct {
    const char *entity;       /* interned canonical name */
    const char *attribute;    /* interned */
    const char *counterpart;  /* interned, or NULL */
    FcValue value;            /* unit FC_UNIT_NONE for people and organisations */
    char *value_text;         /* as written: "about $5 billion", "Dario Amodei" */
    const char *value_entity; /* interned canonical name of a person/org value */
    FcTime time;
    FcTime published; /* the document's date, which a claim's own date may differ from */
    FcStatus status;
    const char *event; /* interned round label ("Series F"), or NULL */
    guint flags;       /* FcClaimFlags */
    /* evidence */
    const char *document; /* interned path */
    guint doc_index;      /* position of the document in the corpus */
    guint sentence;       /* sentence number within the document */
    gsize offset;         /* byte offset of the value in the document */
    guint line, column;
    char *quote;
    const char *rule; /* interned id of the extraction rule */
    /* FC_CLAIM_DERIVED: the claims it is computed from (const FcClaim*,
     * borrowed from the run), its evidence chain; NULL otherwise. */
    GPtrArray *derived_from;
} FcClaim;

FcClaim *fc_claim_new(void);
void fc_claim_free(FcClaim *claim);

const char *fc_status_name(FcStatus status);

/* Is a claim of @status a fact as told?  A deal told by "people familiar
 * with the matter" is still the deal; plans, targets, estimates and
 * projections are not facts yet. */
gboolean fc_status_is_told(FcStatus status);

/* The name reports and rules give one qualifier flag ("pre-money"), or
 * NULL for FC_CLAIM_DATED and FC_CLAIM_DERIVED, which are not qualifiers.
 * Reports list a claim's qualifiers in flag order. */
const char *fc_claim_flag_name(guint flag);
/* The qualifier flag called @name, or 0. */
guint fc_claim_flag_parse(const char *name);

/* Total order used everywhere output is produced: document, offset,
 * attribute, entity, value text. */
int fc_claim_compare(const FcClaim *a, const FcClaim *b);

/* fc_claim_compare() for g_ptr_array_sort() over const FcClaim*. */
int fc_claim_ptr_compare(gconstpointer a, gconstpointer b);

/* Two claims say the same thing about the same subject: same entity,
 * attribute, counterpart, value and evidence position. */
gboolean fc_claim_same(const FcClaim *a, const FcClaim *b);

/* "$183bn" or "Dario Amodei": how reports print the value. */
char *fc_claim_value_label(const FcClaim *claim);

/* The days a claim covers for a check: a claim dated by its sentence its
 * own time, one dated by its article alone @reach days either side. */
FcTime fc_claim_window(const FcClaim *claim, guint reach);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcClaim, fc_claim_free)

G_END_DECLS
