/* fc-pipeline: reads and extracts a corpus on a pool of threads.
 *
 * Each worker takes the next source, loads it (fc_corpus_load), extracts
 * the claims of its documents with its own FcExtractor (its own PCRE2
 * match data) and releases their text, so memory grows with claims, not
 * with the corpus.  Results are merged in source order as soon as a source
 * and all before it are done: documents, claims, warnings and notes come
 * out the same whatever the number of threads, and a mapped run (the claim
 * listing of a sharded run) streams its output in constant memory.
 *
 * Ownership: the pipeline borrows the rule set and the corpus; documents
 * go to corpus->documents, claims to the caller's array.
 */
#pragma once

#include "fc-corpus.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

/* Called on the caller's thread about five times a second while the run
 * goes on, and once more with @done TRUE at the end. */
typedef void (*FcProgressFn)(guint files_done, guint files_total, guint64 bytes_done,
                             guint64 bytes_total, gboolean done, gpointer data);

/* A per-source map step, called on a worker thread with one source's
 * documents (FcDocument*, text released unless keep_text) and claims
 * (FcClaim*, doc_index counting within @docs, in extraction order).  It
 * returns what to emit for them (owned by the pipeline from then on); the
 * claims are dropped afterwards, so a mapped run holds no claims. */
typedef char *(*FcMapFn)(const GPtrArray *docs, const GPtrArray *claims, gpointer data);

/* Called on the caller's thread with each source's mapped text, in source
 * order, as soon as that source and all before it are done.  FALSE stops
 * the run: later sources are not read. */
typedef gboolean (*FcEmitFn)(const char *text, gpointer data);

typedef struct {
    guint jobs;         /* worker threads; 0: one per core */
    gboolean keep_text; /* keep document texts (the HTML report shows them) */
    FcProgressFn progress;
    gpointer progress_data;
    FcMapFn map; /* NULL: claims go to the caller's array */
    FcEmitFn emit;
    gpointer map_data; /* for both */
    guint map_ahead;   /* sources mapped and not yet emitted, at most; 0: 1024 */
} FcPipelineOptions;

/* Loads and extracts corpus->sources[@first..]: their documents are
 * appended to corpus->documents (claims' doc_index is their position
 * there), claims (FcClaim*) to @claims, load problems to corpus->warnings
 * (folder members that cannot be read also count in corpus->failed) and
 * regex-limit notes to @notes.  FALSE with @error when a source named on
 * the command line cannot be read; what was read is still merged.  With
 * options->map, claims are mapped and emitted instead of appended, and
 * nothing more is emitted or read after such an error or a FALSE from
 * emit.  Workers wait rather than map more than options->map_ahead sources
 * ahead of what was emitted: a slow reader of the stream holds the run
 * back instead of filling memory. */
gboolean fc_pipeline_run(const FcRuleSet *rules, FcCorpus *corpus, guint first,
                         const FcPipelineOptions *options, GPtrArray *claims, GPtrArray *notes,
                         GError **error);

/* Extracts the documents corpus->documents[@first..] that were added
 * directly (a draft read from stdin), on the caller's thread. */
void fc_pipeline_extract_added(const FcRuleSet *rules, FcCorpus *corpus, guint first,
                               gboolean keep_text, GPtrArray *claims, GPtrArray *notes);

G_END_DECLS
