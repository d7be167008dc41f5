/* fc-store: claims grouped by entity, then attribute.
 *
 * GHashTable entity → GHashTable attribute → GPtrArray of claims, keys
 * interned.  The store borrows the claims (the run owns them) and keeps
 * each group in fc_claim_compare() order, so checks can sort and sweep
 * without ever comparing across the whole corpus.
 */
#pragma once

#include "fc-claim.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcStore FcStore;

/* Groups @claims (borrowed; must outlive the store).  Claims computed
 * from them (derived facts) are added with fc_store_add_all() and owned by
 * the store. */
FcStore *fc_store_new(const GPtrArray *claims);
void fc_store_free(FcStore *store);

/* Entity names that have claims, sorted; the array is new, the strings
 * interned. */
GPtrArray *fc_store_entities(const FcStore *store);

/* The claims about @entity's @attribute, or NULL. Borrowed. */
const GPtrArray *fc_store_group(const FcStore *store, const char *entity, const char *attribute);

/* The claims of document @doc_index in @group, a group or the whole list
 * of this store (document order): @group[*first .. *end), found by binary
 * search. */
void fc_store_group_document(const GPtrArray *group, guint doc_index, guint *first, guint *end);

/* Every claim, in fc_claim_compare() order.  Borrowed. */
const GPtrArray *fc_store_claims(const FcStore *store);

/* Adds each of @claims, taking ownership, to its group and to the whole
 * list, both kept in order as if the claims had been inserted one by one;
 * a claim is freed instead when the store already holds one that says the
 * same (fc_claim_same()), an earlier one of @claims included.  Empties
 * @claims; returns how many were added.  The whole list is merged once:
 * inserting derived facts one by one into a million claims moved the
 * list once each. */
guint fc_store_add_all(FcStore *store, GPtrArray *claims);

/* Have the derived facts been computed (fc_engine_derive())? */
gboolean fc_store_derived(const FcStore *store);
void fc_store_set_derived(FcStore *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcStore, fc_store_free)

G_END_DECLS
