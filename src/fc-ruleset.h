/* fc-ruleset: the compiled contents of one or more rules folders.
 *
 *     rules/entities/ (*.rules files)   the lexicon (fc-lexicon)
 *     rules/extract/     claim patterns with their examples
 *     rules/checks/      instances of the check kinds
 *     rules/facts/       house facts with their sources (fc-facts)
 *     rules/rates/       dated exchange rates to dollars (fc-rates)
 *
 * Loading validates everything and reports every problem in one pass as
 * "file:line: message"; a rule set with errors is never returned.  Once
 * loaded the rule set is immutable and shared by all threads (the yara
 * shape: compiled rules here, per-run state elsewhere).
 */
#pragma once

#include "fc-claim.h"
#include "fc-facts.h"
#include "fc-lexicon.h"
#include "fc-mention.h"
#include "fc-pattern.h"
#include "fc-rates.h"
#include "fc-regex.h"

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    FC_SEVERITY_INFO = 0,
    FC_SEVERITY_WARNING,
    FC_SEVERITY_ERROR,
} FcSeverity;

const char *fc_severity_name(FcSeverity s);
/* "error", "warning", "info"; FALSE on anything else. */
gboolean fc_severity_parse(const char *text, FcSeverity *out);

typedef struct {
    char *text;
    guint line;
    gboolean counter;     /* must yield no claim from its rule */
    GPtrArray *expect;    /* char*: "entity | attribute | value [| counterpart]" */
    GArray *expect_lines; /* guint per expect */
} FcRuleExample;

/* Slot names a pattern may use: entity, value, counterpart, when. */
typedef struct {
    const char *id; /* interned */
    const char *file;
    guint line;
    const char *attribute; /* interned */
    GPtrArray *patterns;   /* FcRegex* */
    GPtrArray *gates;      /* FcRegex* or NULL, one per pattern (fc_pattern_expand) */
    GStrv cues;            /* lower-case words, one of which must occur; NULL: always try */
    FcBigramKey *cue_keys; /* one per cue */
    gboolean has_status;
    FcStatus status;
    guint flags;         /* FcClaimFlags every claim of the rule carries */
    FcSlotTypes slots;   /* types of the slots, the same in every pattern */
    GPtrArray *examples; /* FcRuleExample* */
} FcExtractRule;

typedef struct {
    const char *id; /* interned */
    const char *file;
    guint line;
    char *kind; /* conflict | sum | ties | derived | knowledge | entity-type | tenure | total */
    GPtrArray *attributes; /* interned attribute names */
    FcSeverity severity;
    double tolerance;         /* relative slack on exact figures */
    double approx_tolerance;  /* relative slack on hedged figures */
    gboolean by_counterpart;  /* conflict: compare per counterpart (investment, stake) */
    gboolean one_counterpart; /* conflict: a claim naming none is the only one named's (a buyer) */
    gboolean single;          /* conflict on people: one holder at a time (ceo) */
    gboolean timeless;        /* conflict: a fact that never changes (founding year) */
    gboolean listed;          /* conflict: names listed in one sentence are the whole set */
    gboolean places;          /* conflict: places, one inside the other agreeing */
    guint reach;              /* conflict: days an article's date reaches (0: the default) */
    const char *moves_with;   /* conflict: interned attribute whose claims change the value
                                 (a total moves with each new round), or NULL */
    char *formula;            /* derived: which arithmetic (see fc-check-derived.c) */
    /* conflict: compare claims of this status (talks, targets) with the
     * reported figures that follow them; FC_STATUS_REPORTED: as usual. */
    FcStatus against;
    char *title;
    char *message;     /* template: {entity} {attribute} {values} {counterpart} ... */
    char *explanation; /* for reviewers: why it matters, what to check */
} FcCheckRule;

typedef struct {
    FcLexicon *lexicon;
    FcFacts *facts; /* rules/facts/: house facts with their sources */
    FcRates *rates; /* rules/rates/: exchange rates for comparing currencies */
    FcMentionScanner *scanner;
    struct _FcContextCues *cues; /* fc-context's patterns */
    GPtrArray *extract;          /* FcExtractRule*, in file then section order */
    GPtrArray *checks;           /* FcCheckRule* */
    GPtrArray *dirs;             /* char*: the folders loaded */
} FcRuleSet;

/* Loads every folder in @dirs (later folders add to earlier ones).  Returns
 * NULL when anything is wrong; @errors then holds every problem. */
FcRuleSet *fc_ruleset_load(const char *const *dirs, GPtrArray *errors);
void fc_ruleset_free(FcRuleSet *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcRuleSet, fc_ruleset_free)

G_END_DECLS
