/* fc-facts: house facts — what the newsroom has verified, with its source.
 *
 * Loaded from rules/facts/ (*.rules files), one [Entity] section per
 * company in the syntax of fc-rulefile:
 *
 *     [Anthropic]
 *     source = https://www.anthropic.com/company (Anthropic, "Company")
 *     founded = 2021
 *     founder = Dario Amodei
 *     founders = complete          the founder lines name every founder
 *     ceo = Dario Amodei | 2021..  a term: [FROM]..[UNTIL], each YYYY[-MM[-DD]]
 *     headquarters = San Francisco
 *
 * Every fact takes the last "source" line above it in its section; a fact
 * without one is an error, as is an entity or a key the loader does not
 * know.  Entity and person names are stored by their canonical lexicon
 * name where the lexicon knows them.  Once loaded the facts are immutable;
 * FcFacts owns every FcFact.
 */
#pragma once

#include "fc-lexicon.h"
#include "fc-rulefile.h"
#include "fc-time.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    const char *entity;       /* interned canonical name */
    const char *attribute;    /* interned: founded, founder, ceo, headquarters */
    char *value;              /* as written in the facts file */
    const char *value_entity; /* interned canonical name of a person or place, or NULL */
    int year;                 /* founded */
    FcTime term;              /* ceo: when the fact holds; unknown = at any time */
    const char *source;       /* interned */
    const char *file;         /* interned */
    guint line;
} FcFact;

typedef struct _FcFacts FcFacts;

FcFacts *fc_facts_new(void);
void fc_facts_free(FcFacts *facts);

/* Adds the facts of one file; names are resolved with @lex (finished).
 * Problems go to @errors as "file:line: message". */
void fc_facts_add_file(FcFacts *facts, const FcLexicon *lex, const FcRuleFile *file,
                       GPtrArray *errors);

/* The facts (const FcFact*) on @entity's @attribute, or NULL.  Borrowed. */
const GPtrArray *fc_facts_lookup(const FcFacts *facts, const char *entity, const char *attribute);

/* Do the facts name every value of @entity's @attribute ("founders =
 * complete")?  Only then is a value they do not list a contradiction. */
gboolean fc_facts_complete(const FcFacts *facts, const char *entity, const char *attribute);

guint fc_facts_size(const FcFacts *facts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcFacts, fc_facts_free)

G_END_DECLS
