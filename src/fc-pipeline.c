#include "fc-pipeline.h"

#include "fc-claim.h"
#include "fc-extract.h"

/* What one source gave, kept until the merge puts it in source order. */
typedef struct {
    GPtrArray *docs;     /* FcDocument* */
    GPtrArray *claims;   /* FcClaim*; doc_index counts within docs */
    GPtrArray *warnings; /* char* */
    GPtrArray *notes;    /* char* */
    GError *error;       /* the source could not be read */
} FcSlot;

typedef struct {
    const FcRuleSet *rules;
    const FcCorpus *corpus;
    guint first, count;
    gboolean keep_text;
    FcSlot *slots;
    gint next; /* atomic: the next source to take, from 0 */
    GMutex lock;
    GCond changed;
    guint files_done; /* under lock */
    guint64 bytes_done;
} FcRun;

static void
fc_slot_clear(FcSlot *slot)
{
    g_clear_pointer(&slot->docs, g_ptr_array_unref);
    g_clear_pointer(&slot->claims, g_ptr_array_unref);
    g_clear_pointer(&slot->warnings, g_ptr_array_unref);
    g_clear_pointer(&slot->notes, g_ptr_array_unref);
    g_clear_error(&slot->error);
}

static void
fc_pipeline_extract(FcExtractor *ex, GPtrArray *docs, guint first, gboolean keep_text,
                    GPtrArray *claims, GPtrArray *notes)
{
    for (guint i = first; i < docs->len; i++) {
        FcDocument *doc = g_ptr_array_index(docs, i);
        fc_extract_document(ex, doc, i, claims, notes);
        if (!keep_text)
            fc_document_release_text(doc);
    }
}

static void
fc_pipeline_process(FcRun *run, FcExtractor *ex, guint i)
{
    const FcSource *src = g_ptr_array_index(run->corpus->sources, run->first + i);
    FcSlot *slot = &run->slots[i];
    slot->docs = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    slot->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    slot->warnings = g_ptr_array_new_with_free_func(g_free);
    slot->notes = g_ptr_array_new_with_free_func(g_free);
    if (fc_corpus_load(src, slot->docs, slot->warnings, &slot->error))
        fc_pipeline_extract(ex, slot->docs, 0, run->keep_text, slot->claims, slot->notes);
    g_mutex_lock(&run->lock);
    run->files_done++;
    run->bytes_done += src->size;
    /* The waiter looks at the counts every 200 ms anyway; waking it for
     * every one of a million small files costs a system call each. */
    if (run->files_done == run->count)
        g_cond_signal(&run->changed);
    g_mutex_unlock(&run->lock);
}

static gpointer
fc_pipeline_worker(gpointer data)
{
    FcRun *run = data;
    g_autoptr(FcExtractor) ex = fc_extractor_new(run->rules);
    for (;;) {
        guint i = (guint)g_atomic_int_add(&run->next, 1);
        if (i >= run->count)
            return NULL;
        fc_pipeline_process(run, ex, i);
    }
}

static void
fc_pipeline_wait(FcRun *run, const FcPipelineOptions *o)
{
    guint64 total = 0;
    for (guint i = 0; i < run->count; i++)
        total += ((const FcSource *)g_ptr_array_index(run->corpus->sources, run->first + i))->size;
    g_mutex_lock(&run->lock);
    while (run->files_done < run->count) {
        gint64 until = g_get_monotonic_time() + 200 * G_TIME_SPAN_MILLISECOND;
        if (g_cond_wait_until(&run->changed, &run->lock, until) || o->progress == NULL)
            continue;
        guint files = run->files_done;
        guint64 bytes = run->bytes_done;
        g_mutex_unlock(&run->lock);
        o->progress(files, run->count, bytes, total, FALSE, o->progress_data);
        g_mutex_lock(&run->lock);
    }
    g_mutex_unlock(&run->lock);
    if (o->progress != NULL)
        o->progress(run->count, run->count, total, total, TRUE, o->progress_data);
}

/* Moves one slot's results into the corpus and the caller's arrays. */
static gboolean
fc_pipeline_merge(FcRun *run, guint i, FcCorpus *corpus, GPtrArray *claims, GPtrArray *notes,
                  GError **error)
{
    FcSlot *slot = &run->slots[i];
    const FcSource *src = g_ptr_array_index(corpus->sources, run->first + i);
    guint base = corpus->documents->len;
    for (guint k = 0; k < slot->claims->len; k++)
        ((FcClaim *)g_ptr_array_index(slot->claims, k))->doc_index += base;
    g_ptr_array_extend_and_steal(corpus->documents, g_steal_pointer(&slot->docs));
    g_ptr_array_extend_and_steal(claims, g_steal_pointer(&slot->claims));
    g_ptr_array_extend_and_steal(corpus->warnings, g_steal_pointer(&slot->warnings));
    g_ptr_array_extend_and_steal(notes, g_steal_pointer(&slot->notes));
    if (slot->error == NULL)
        return TRUE;
    if (src->named && error != NULL && *error == NULL) {
        g_propagate_error(error, g_steal_pointer(&slot->error));
        return FALSE;
    }
    if (!src->named) {
        g_ptr_array_add(corpus->warnings, g_strdup_printf("factcheck: %s", slot->error->message));
        corpus->failed++;
    }
    return !src->named;
}

gboolean
fc_pipeline_run(const FcRuleSet *rules, FcCorpus *corpus, guint first,
                const FcPipelineOptions *options, GPtrArray *claims, GPtrArray *notes,
                GError **error)
{
    if (first >= corpus->sources->len)
        return TRUE;
    FcRun run = {.rules = rules,
                 .corpus = corpus,
                 .first = first,
                 .count = corpus->sources->len - first,
                 .keep_text = options->keep_text};
    run.slots = g_new0(FcSlot, run.count);
    g_mutex_init(&run.lock);
    g_cond_init(&run.changed);
    guint jobs = options->jobs > 0 ? options->jobs : (guint)g_get_num_processors();
    jobs = CLAMP(jobs, 1, run.count);
    g_autoptr(GPtrArray) threads = g_ptr_array_new();
    for (guint t = 0; t < jobs; t++)
        g_ptr_array_add(threads, g_thread_new("factcheck-worker", fc_pipeline_worker, &run));
    fc_pipeline_wait(&run, options);
    for (guint t = 0; t < threads->len; t++)
        g_thread_join(g_ptr_array_index(threads, t));
    gboolean ok = TRUE;
    for (guint i = 0; i < run.count; i++) {
        ok = fc_pipeline_merge(&run, i, corpus, claims, notes, error) && ok;
        fc_slot_clear(&run.slots[i]);
    }
    g_free(run.slots);
    g_mutex_clear(&run.lock);
    g_cond_clear(&run.changed);
    return ok;
}

void
fc_pipeline_extract_added(const FcRuleSet *rules, FcCorpus *corpus, guint first,
                          gboolean keep_text, GPtrArray *claims, GPtrArray *notes)
{
    g_autoptr(FcExtractor) ex = fc_extractor_new(rules);
    fc_pipeline_extract(ex, corpus->documents, first, keep_text, claims, notes);
}
