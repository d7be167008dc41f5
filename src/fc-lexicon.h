/* fc-lexicon: the named entities a newsroom cares about.
 *
 * Loaded from rules/entities/ (*.rules files): one [Canonical Name] section per
 * entity with its kind, aliases and relations (parent, rival, product_of).
 * After fc_lexicon_finish() the lexicon is immutable and shared by all
 * threads; it owns every FcEntity.
 */
#pragma once

#include "fc-regex.h"
#include "fc-rulefile.h"

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    FC_KIND_UNKNOWN = 0,
    FC_KIND_LAB,
    FC_KIND_COMPANY,
    FC_KIND_INVESTOR,
    FC_KIND_FUND,
    FC_KIND_BANK,
    FC_KIND_PERSON,
    FC_KIND_PRODUCT,
    FC_KIND_PLACE,
    FC_KIND_MEDIA,
    FC_KIND_GOVERNMENT,
} FcEntityKind;

typedef struct _FcEntity FcEntity;
struct _FcEntity {
    char *name; /* canonical */
    FcEntityKind kind;
    const FcEntity *parent;     /* owner (AWS → Amazon), or NULL */
    const FcEntity *product_of; /* maker of a product, or NULL */
    GPtrArray *rivals;          /* const FcEntity*, symmetric */
    char *source;               /* where the relations come from, or NULL */
    /* Unresolved names while loading; cleared by fc_lexicon_finish(). */
    GPtrArray *pending;
    const char *file;
    guint line;
};

typedef struct _FcLexicon FcLexicon;

FcLexicon *fc_lexicon_new(void);
void fc_lexicon_free(FcLexicon *lex);

/* Adds the entities of one rule file; problems go to @errors. */
void fc_lexicon_add_file(FcLexicon *lex, const FcRuleFile *file, GPtrArray *errors);

/* Resolves relations and compiles the alias matcher. */
gboolean fc_lexicon_finish(FcLexicon *lex, GPtrArray *errors);

/* By canonical name or alias, exact; NULL when unknown. */
const FcEntity *fc_lexicon_lookup(const FcLexicon *lex, const char *surface);

/* Matches any alias or canonical name as a whole word (also at a
 * lower-to-upper case seam, "AnthropicMicrosoft", which scraped pages
 * produce when they glue a caption to the text). */
const FcRegex *fc_lexicon_matcher(const FcLexicon *lex);

/* Every alias (borrowed strings), sorted; a new array. */
GPtrArray *fc_lexicon_aliases(const FcLexicon *lex);

guint fc_lexicon_size(const FcLexicon *lex);

/* Is @w[0..n) the last name of a person in the lexicon ("Amodei")? */
gboolean fc_lexicon_is_surname(const FcLexicon *lex, const char *w, gsize n);

const char *fc_entity_kind_name(FcEntityKind kind);

/* The top-most owner (Google DeepMind → Alphabet), or the entity itself. */
const FcEntity *fc_entity_root(const FcEntity *e);
/* TRUE when @a and @b are one entity or one lies inside the other by the
 * parent links ("San Francisco" and California). */
gboolean fc_entity_nests(const FcEntity *a, const FcEntity *b);

gboolean fc_entity_is_rival(const FcEntity *a, const FcEntity *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcLexicon, fc_lexicon_free)

G_END_DECLS
