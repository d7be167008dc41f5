/* fc-baseline: findings already accepted, by fingerprint (FcFinding.id).
 *
 * The file is JSON, written sorted by id so that it diffs cleanly:
 *
 *   {"tool": "factcheck", "version": 1, "findings": [
 *     {"id": "3f2a…", "rule": "valuation-conflict", "entity": "Cohere",
 *      "message": "…", "documents": ["a.md", "b.md"]}, …]}
 *
 * Only "id" is matched; the rest tells a reviewer what was accepted and
 * names the stale entries.  Ids hold no line numbers, so moving text does
 * not unsettle a baseline; changing a value or a document's path does.
 *
 * Ownership: an FcBaseline owns its entries.
 */
#pragma once

#include "fc-finding.h"

#include <glib.h>

G_BEGIN_DECLS

#define FC_BASELINE_ERROR (fc_baseline_error_quark())
GQuark fc_baseline_error_quark(void);

typedef struct {
    char *path;
    GHashTable *entries; /* id → char* "[rule] message" (for stale listings) */
    GHashTable *matched; /* id → id: entries some finding matched */
} FcBaseline;

/* Reads @path; NULL with @error ("cannot read 'b.json': …", "'b.json' is
 * not a factcheck baseline: …") when it cannot be read or is malformed. */
FcBaseline *fc_baseline_load(const char *path, GError **error);
void fc_baseline_free(FcBaseline *b);

/* TRUE when @f is in the baseline; remembers the match for
 * fc_baseline_stale(). */
gboolean fc_baseline_match(FcBaseline *b, const FcFinding *f);

/* Entries no finding matched, as "id [rule] message", sorted.  A new array
 * of owned strings. */
GPtrArray *fc_baseline_stale(const FcBaseline *b);

/* The baseline file for @findings (const FcFinding*).  Newly allocated. */
char *fc_baseline_write(const GPtrArray *findings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcBaseline, fc_baseline_free)

G_END_DECLS
