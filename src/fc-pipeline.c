#include "fc-pipeline.h"

#include "fc-claim.h"
#include "fc-extract.h"

/* What one source gave, kept until the merge puts it in source order. */
typedef struct {
    GPtrArray *docs;     /* FcDocument* */
    GPtrArray *claims;   /* FcClaim*; doc_index counts within docs */
    GPtrArray *warnings; /* char* */
    GPtrArray *notes;    /* char* */
    char *mapped;        /* what options->map made of it */
    GError *error;       /* the source could not be read */
    gboolean done;       /* under FcRun.lock */
} FcSlot;

typedef struct {
    const FcRuleSet *rules;
    const FcPipelineOptions *options;
    FcCorpus *corpus; /* sources read by the workers, the rest by the merge */
    GPtrArray *claims, *notes;
    guint first, count;
    FcSlot *slots;
    gint next;    /* atomic: the next source to take, from 0 */
    gint stopped; /* atomic: sources taken from now on are not read */
    guint ahead;  /* a mapped run: how far past the merge workers may go */
    GMutex lock;
    GCond changed;    /* a source finished, or a worker waits for room */
    GCond room;       /* the merge moved on */
    guint files_done; /* under lock */
    guint64 bytes_done;
    guint merged;  /* under lock: the sources before it are merged */
    guint waiting; /* under lock: workers waiting for room */
} FcRun;

static void
fc_slot_clear(FcSlot *slot)
{
    g_clear_pointer(&slot->docs, g_ptr_array_unref);
    g_clear_pointer(&slot->claims, g_ptr_array_unref);
    g_clear_pointer(&slot->warnings, g_ptr_array_unref);
    g_clear_pointer(&slot->notes, g_ptr_array_unref);
    g_clear_pointer(&slot->mapped, g_free);
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
    const FcPipelineOptions *o = run->options;
    const FcSource *src = g_ptr_array_index(run->corpus->sources, run->first + i);
    FcSlot *slot = &run->slots[i];
    slot->docs = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    slot->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    slot->warnings = g_ptr_array_new_with_free_func(g_free);
    slot->notes = g_ptr_array_new_with_free_func(g_free);
    if (!g_atomic_int_get(&run->stopped) &&
        fc_corpus_load(src, slot->docs, slot->warnings, &slot->error)) {
        fc_pipeline_extract(ex, slot->docs, 0, o->keep_text, slot->claims, slot->notes);
        if (o->map != NULL) {
            slot->mapped = o->map(slot->docs, slot->claims, o->map_data);
            g_ptr_array_set_size(slot->claims, 0);
        }
    }
    g_mutex_lock(&run->lock);
    slot->done = TRUE;
    run->files_done++;
    run->bytes_done += src->size;
    /* The merge looks for finished sources every 200 ms anyway; waking it
     * for every one of a million small files costs a system call each.
     * Workers held back for room are another matter. */
    if (run->files_done == run->count || (run->waiting > 0 && i == run->merged))
        g_cond_signal(&run->changed);
    g_mutex_unlock(&run->lock);
}

/* Holds a worker of a mapped run back until source @i is close enough
 * to the merge. */
static void
fc_pipeline_wait_room(FcRun *run, guint i)
{
    if (run->options->map == NULL)
        return;
    g_mutex_lock(&run->lock);
    while (i >= run->merged + run->ahead) {
        run->waiting++;
        g_cond_signal(&run->changed); /* the merge may be asleep */
        g_cond_wait(&run->room, &run->lock);
        run->waiting--;
    }
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
        fc_pipeline_wait_room(run, i);
        fc_pipeline_process(run, ex, i);
    }
}

/* Moves one slot's results into the corpus and the run's arrays.  FALSE
 * when a source named on the command line could not be read; the first
 * such error goes to @error. */
static gboolean
fc_pipeline_merge(FcRun *run, guint i, GError **error)
{
    FcSlot *slot = &run->slots[i];
    FcCorpus *corpus = run->corpus;
    const FcSource *src = g_ptr_array_index(corpus->sources, run->first + i);
    guint base = corpus->documents->len;
    for (guint k = 0; k < slot->claims->len; k++)
        ((FcClaim *)g_ptr_array_index(slot->claims, k))->doc_index += base;
    g_ptr_array_extend_and_steal(corpus->documents, g_steal_pointer(&slot->docs));
    g_ptr_array_extend_and_steal(run->claims, g_steal_pointer(&slot->claims));
    g_ptr_array_extend_and_steal(corpus->warnings, g_steal_pointer(&slot->warnings));
    g_ptr_array_extend_and_steal(run->notes, g_steal_pointer(&slot->notes));
    if (slot->error == NULL)
        return TRUE;
    if (src->named) {
        if (error != NULL && *error == NULL)
            g_propagate_error(error, g_steal_pointer(&slot->error));
        return FALSE;
    }
    g_ptr_array_add(corpus->warnings, g_strdup_printf("factcheck: %s", slot->error->message));
    corpus->failed++;
    return TRUE;
}

/* Emits what a merged slot mapped.  A mapped run stops at its first
 * failure and emits nothing after it: its output is a stream, and a gap
 * in it would go unnoticed. */
static void
fc_pipeline_emit(FcRun *run, FcSlot *slot, gboolean ok)
{
    const FcPipelineOptions *o = run->options;
    if (o->map == NULL || g_atomic_int_get(&run->stopped))
        return;
    if (!ok || (slot->mapped != NULL && o->emit != NULL && !o->emit(slot->mapped, o->map_data)))
        g_atomic_int_set(&run->stopped, 1);
}

/* Merges every finished source that has no unfinished one before it,
 * from @merged on; returns the first one left.  Called with the lock
 * held; merges without it. */
static guint
fc_pipeline_merge_ready(FcRun *run, guint merged, gboolean *ok, GError **error)
{
    guint ready = merged;
    while (ready < run->count && run->slots[ready].done)
        ready++;
    g_mutex_unlock(&run->lock);
    for (guint i = merged; i < ready; i++) {
        *ok = fc_pipeline_merge(run, i, error) && *ok;
        fc_pipeline_emit(run, &run->slots[i], *ok);
        fc_slot_clear(&run->slots[i]);
    }
    g_mutex_lock(&run->lock);
    run->merged = ready;
    if (run->waiting > 0)
        g_cond_broadcast(&run->room);
    return ready;
}

static guint64
fc_pipeline_total_size(const FcRun *run)
{
    guint64 total = 0;
    for (guint i = 0; i < run->count; i++)
        total += ((const FcSource *)g_ptr_array_index(run->corpus->sources, run->first + i))->size;
    return total;
}

/* Merges the sources as they finish, in order, and reports progress. */
static gboolean
fc_pipeline_collect(FcRun *run, GError **error)
{
    const FcPipelineOptions *o = run->options;
    guint64 total = fc_pipeline_total_size(run);
    gboolean ok = TRUE;
    guint merged = 0;
    g_mutex_lock(&run->lock);
    while ((merged = fc_pipeline_merge_ready(run, merged, &ok, error)) < run->count) {
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
    return ok;
}

gboolean
fc_pipeline_run(const FcRuleSet *rules, FcCorpus *corpus, guint first,
                const FcPipelineOptions *options, GPtrArray *claims, GPtrArray *notes,
                GError **error)
{
    if (first >= corpus->sources->len)
        return TRUE;
    FcRun run = {.rules = rules,
                 .options = options,
                 .corpus = corpus,
                 .claims = claims,
                 .notes = notes,
                 .first = first,
                 .count = corpus->sources->len - first,
                 .ahead = options->map_ahead > 0 ? options->map_ahead : 1024};
    run.slots = g_new0(FcSlot, run.count);
    g_mutex_init(&run.lock);
    g_cond_init(&run.changed);
    g_cond_init(&run.room);
    guint jobs = options->jobs > 0 ? options->jobs : (guint)g_get_num_processors();
    jobs = CLAMP(jobs, 1, run.count);
    g_autoptr(GPtrArray) threads = g_ptr_array_new();
    for (guint t = 0; t < jobs; t++)
        g_ptr_array_add(threads, g_thread_new("factcheck-worker", fc_pipeline_worker, &run));
    gboolean ok = fc_pipeline_collect(&run, error);
    for (guint t = 0; t < threads->len; t++)
        g_thread_join(g_ptr_array_index(threads, t));
    g_free(run.slots);
    g_mutex_clear(&run.lock);
    g_cond_clear(&run.changed);
    g_cond_clear(&run.room);
    return ok;
}

void
fc_pipeline_extract_added(const FcRuleSet *rules, FcCorpus *corpus, guint first, gboolean keep_text,
                          GPtrArray *claims, GPtrArray *notes)
{
    g_autoptr(FcExtractor) ex = fc_extractor_new(rules);
    fc_pipeline_extract(ex, corpus->documents, first, keep_text, claims, notes);
}
