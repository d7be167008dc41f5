/* fc-claimfile: claims as JSON Lines that can be checked later, elsewhere.
 *
 * `factcheck claims --format=jsonl` is the map of a sharded run: one line
 * per document ({"type":"document", path, title, date, source, url, date
 * interval, inline directives}) followed by one line per claim of it
 * ({"type":"claim", ...} with the fields of the JSON report plus what the
 * checks need: byte offset, sentence, time interval, flags).  Every line
 * depends on its own document only.  `factcheck --claims FILE…` is the
 * reduce: it reads such files back into documents and claims and runs the
 * checks, with findings identical to a direct run over the same articles.
 * Derived claims are left out of the files: the reduce derives them again
 * from the whole set.
 *
 * Ownership: documents read back own their strings and have no text (the
 * HTML report lists them without a view).
 */
#pragma once

#include "fc-corpus.h"
#include "fc-output.h"

#include <glib.h>

G_BEGIN_DECLS

/* Writes the JSON Lines for @claims (const FcClaim*, in fc_claim_compare
 * order) of the documents of @corpus to @out, a line at a time: an
 * archive's listing is never held in memory.  FALSE when a write failed
 * (fc_output_commit() says why). */
gboolean fc_claimfile_write(const FcCorpus *corpus, const GPtrArray *claims, FcOutput *out);

/* The same lines for one source's @docs (FcDocument*) and @claims
 * (const FcClaim*, doc_index counting within @docs, in any order): the
 * map step of a worker thread.  Each document's claims are sorted stably
 * by fc_claim_compare, so the lines equal fc_claimfile_write()'s.  Newly
 * allocated. */
char *fc_claimfile_format(const GPtrArray *docs, const GPtrArray *claims);

/* Reads every file of @paths (NULL-terminated; "-" is not accepted) and
 * appends their documents to corpus->documents, sorted as a folder walk
 * sorts paths, and their claims (FcClaim*, owned by @claims) with doc_index
 * set accordingly.  FALSE with @error ("cannot read 'x.jsonl': ...",
 * "'x.jsonl:12': not a claim file line") on the first problem; nothing is
 * appended then. */
gboolean fc_claimfile_read(char **paths, FcCorpus *corpus, GPtrArray *claims, GError **error);

G_END_DECLS
