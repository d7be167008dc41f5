/* fc-variant: one company under the names different articles give it.
 *
 * One article writes "Ledgerline Technologies", the next only
 * "Ledgerline"; grouped by name, their figures never meet.  fc-discourse
 * links the two forms inside one document; this links them across the
 * corpus, before claims are grouped.  Only a name that adds one
 * descriptor word to another ("Technologies", "Labs", "AI", "Group", or
 * an industry's noun: "Energy", "Games", "Components", ...) is a variant, only when the shorter name has that one longer form in the
 * corpus, and never a name the lexicon knows (its aliases say which names
 * are one).  Investment words ("Capital", "Ventures") join a short name
 * that only ever backs companies to the fund's full name ("Tallow Creek
 * led the round" is Tallow Creek Ventures); a short name with claims of
 * its own stays apart: "Atlas" and "Atlas Capital" are a company and a
 * fund.  Names an article sets apart ("Brindle Labs is not affiliated
 * with Brindle": a distinct_from claim) or headquartered in two places,
 * neither inside the other, are two companies.
 *
 * The merge works on claims alone, so a run from claim files (sharded)
 * merges as a run from articles does.
 *
 * Ownership: stateless.
 */
#pragma once

#include "fc-lexicon.h"

#include <glib.h>

G_BEGIN_DECLS

/* Renames, in each claim of @claims (FcClaim*), an entity, counterpart or
 * organisation value that is the short form of a company's name to the
 * long one.  Returns how many short names were merged. */
guint fc_variant_merge(GPtrArray *claims, const FcLexicon *lex);

G_END_DECLS
