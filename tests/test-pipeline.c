/* fc-pipeline: mapped runs (the map step of a sharded run).  What they
 * emit must equal the claim listing of an unmapped run, whatever the
 * number of threads, and nothing may be emitted after a failure. */
#include "fc-test.h"

#include "fc-claim.h"
#include "fc-claimfile.h"
#include "fc-pipeline.h"
#include "fc-store.h"

#include <glib/gstdio.h>

typedef struct {
    GString *text;
    guint calls;
    guint stop_after; /* emit says stop on this call; 0: never */
    gulong delay;     /* microseconds each emit takes: a slow reader */
    gint mapped;      /* atomic: sources mapped so far */
    gint emitted;     /* atomic: calls, for the workers to read */
    gint most_ahead;  /* atomic: the most sources ever mapped and not emitted */
} Sink;

static char *
map_source(const GPtrArray *docs, const GPtrArray *claims, gpointer data)
{
    Sink *sink = data;
    gint ahead = g_atomic_int_add(&sink->mapped, 1) + 1 - g_atomic_int_get(&sink->emitted);
    for (gint most = g_atomic_int_get(&sink->most_ahead); ahead > most;
         most = g_atomic_int_get(&sink->most_ahead))
        if (g_atomic_int_compare_and_exchange(&sink->most_ahead, most, ahead))
            break;
    return fc_claimfile_format(docs, claims);
}

static gboolean
sink_emit(const char *text, gpointer data)
{
    Sink *sink = data;
    if (sink->delay > 0)
        g_usleep(sink->delay);
    g_string_append(sink->text, text);
    sink->calls++;
    g_atomic_int_inc(&sink->emitted);
    return sink->calls != sink->stop_after;
}

static char *
fixtures_path(void)
{
    const char *root = g_getenv("FC_SOURCE_ROOT");
    return g_build_filename(root != NULL ? root : ".", "fixtures", NULL);
}

static FcCorpus *
corpus_of(const char *const *paths)
{
    FcCorpus *corpus = fc_corpus_new();
    for (guint i = 0; paths[i] != NULL; i++) {
        g_autoptr(GError) error = NULL;
        g_assert_true(fc_corpus_add_path(corpus, paths[i], &error));
        g_assert_no_error(error);
    }
    return corpus;
}

/* The listing of an unmapped run: claims through the store, then
 * fc_claimfile_write(), as `claims --format=jsonl --claims` writes it. */
static char *
listing_direct(const FcRuleSet *rules, const char *const *paths, guint jobs)
{
    g_autoptr(FcCorpus) corpus = corpus_of(paths);
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    FcPipelineOptions po = {.jobs = jobs};
    g_autoptr(GError) error = NULL;
    g_assert_true(fc_pipeline_run(rules, corpus, 0, &po, claims, notes, &error));
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_autofree char *dir = fc_test_make_dir("fc-pipeline-XXXXXX");
    g_autofree char *path = g_build_filename(dir, "listing.jsonl", NULL);
    FcOutput *out = fc_output_open(path, &error);
    g_assert_nonnull(out);
    g_assert_true(fc_claimfile_write(corpus, fc_store_claims(store), out));
    g_assert_true(fc_output_commit(out, &error));
    char *text = fc_test_read_file(dir, "listing.jsonl");
    fc_test_remove_tree(dir);
    return text;
}

/* A mapped run into @sink, at most @ahead sources ahead (0: the default);
 * its result, with @error. */
static gboolean
run_mapped_ahead(const FcRuleSet *rules, FcCorpus *corpus, guint jobs, guint ahead, Sink *sink,
                 GError **error)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    FcPipelineOptions po = {
        .jobs = jobs, .map = map_source, .emit = sink_emit, .map_data = sink, .map_ahead = ahead};
    gboolean ok = fc_pipeline_run(rules, corpus, 0, &po, claims, notes, error);
    g_assert_cmpuint(claims->len, ==, 0); /* mapped claims are dropped */
    return ok;
}

static gboolean
run_mapped(const FcRuleSet *rules, FcCorpus *corpus, guint jobs, Sink *sink, GError **error)
{
    return run_mapped_ahead(rules, corpus, jobs, 0, sink, error);
}

static char *
listing_mapped(const FcRuleSet *rules, const char *const *paths, guint jobs)
{
    g_autoptr(FcCorpus) corpus = corpus_of(paths);
    Sink sink = {.text = g_string_new(NULL)};
    g_autoptr(GError) error = NULL;
    g_assert_true(run_mapped(rules, corpus, jobs, &sink, &error));
    g_assert_no_error(error);
    g_assert_cmpuint(sink.calls, ==, corpus->sources->len);
    return g_string_free(sink.text, FALSE);
}

static void
test_mapped_equals_direct(void)
{
    g_autoptr(FcRuleSet) rules = fc_test_load_rules();
    g_autofree char *fixtures = fixtures_path();
    const char *paths[] = {fixtures, NULL};
    g_autofree char *direct = listing_direct(rules, paths, 1);
    g_assert_nonnull(strstr(direct, "\"type\":\"claim\""));
    const guint jobs[] = {1, 2, 5};
    for (guint i = 0; i < G_N_ELEMENTS(jobs); i++) {
        g_autofree char *mapped = listing_mapped(rules, paths, jobs[i]);
        if (g_strcmp0(mapped, direct) != 0)
            g_test_fail_printf("-j %u: the mapped listing differs from the direct one", jobs[i]);
    }
}

/* Three small articles a.md, b.md, c.md in a new folder @dir, each its own
 * source: their paths. */
static GStrv
three_articles(char **dir)
{
    *dir = fc_test_make_dir("fc-pipeline-XXXXXX");
    const char *names[] = {"a.md", "b.md", "c.md"};
    GStrv paths = g_new0(char *, G_N_ELEMENTS(names) + 1);
    for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
        g_autofree char *text = g_strdup_printf(
            "# Article %u\n\nAcme Robotics raised $%u million in a Series A round in 2024.\n",
            i + 1, 10 * (i + 1));
        fc_test_write_file(*dir, names[i], text);
        paths[i] = g_build_filename(*dir, names[i], NULL);
    }
    return paths;
}

/* The first @n sources' share of @listing: up to the (@n+1)th document line. */
static char *
first_sources(const char *listing, guint n)
{
    const char *p = listing;
    for (guint seen = 0; (p = strstr(p, "{\"type\":\"document\"")) != NULL; p++)
        if (seen++ == n)
            return g_strndup(listing, (gsize)(p - listing));
    return g_strdup(listing);
}

/* A mapped run over @paths (see three_articles()) whose stream is cut:
 * its emit says stop on call @stop_after (0: never), and with @gone the
 * named b.md is removed between the walk and the read.  What it emits must
 * be exactly the first @kept sources' share of the whole listing. */
static void
assert_stream_cut(guint stop_after, gboolean gone, guint kept)
{
    g_autoptr(FcRuleSet) rules = fc_test_load_rules();
    g_autofree char *dir = NULL;
    g_auto(GStrv) paths = three_articles(&dir);
    g_autofree char *all = listing_mapped(rules, (const char *const *)paths, 1);
    g_autofree char *want = first_sources(all, kept);
    const guint jobs[] = {1, 3};
    for (guint i = 0; i < G_N_ELEMENTS(jobs); i++) {
        g_autoptr(FcCorpus) corpus = corpus_of((const char *const *)paths);
        if (gone)
            g_assert_cmpint(g_unlink(paths[1]), ==, 0);
        Sink sink = {.text = g_string_new(NULL), .stop_after = stop_after};
        g_autoptr(GError) error = NULL;
        gboolean ok = run_mapped(rules, corpus, jobs[i], &sink, &error);
        /* A sink that fails is no read error: its owner reports it. */
        g_assert_true(ok == !gone);
        if (gone)
            g_assert_nonnull(strstr(error->message, "b.md"));
        else
            g_assert_no_error(error);
        g_assert_cmpuint(sink.calls, ==, kept);
        g_assert_cmpstr(sink.text->str, ==, want);
        g_string_free(sink.text, TRUE);
        if (gone)
            fc_test_write_file(dir, "b.md", "# Back\n");
    }
    fc_test_remove_tree(dir);
}

static void
test_emit_stops_run(void)
{
    assert_stream_cut(2, FALSE, 2);
}

static void
test_named_error_ends_stream(void)
{
    assert_stream_cut(0, TRUE, 1);
}

/* A reader slower than the workers: they wait for it instead of mapping
 * the whole corpus ahead, and the stream is still complete and in order. */
static void
test_slow_reader_holds_back(void)
{
    g_autoptr(FcRuleSet) rules = fc_test_load_rules();
    g_autofree char *fixtures = fixtures_path();
    const char *paths[] = {fixtures, NULL};
    g_autofree char *want = listing_mapped(rules, paths, 1);
    g_autoptr(FcCorpus) corpus = corpus_of(paths);
    g_assert_cmpuint(corpus->sources->len, >, 20);
    Sink sink = {.text = g_string_new(NULL), .delay = 2000};
    g_autoptr(GError) error = NULL;
    g_assert_true(run_mapped_ahead(rules, corpus, 3, 4, &sink, &error));
    g_assert_cmpuint(sink.calls, ==, corpus->sources->len);
    g_assert_cmpint(sink.most_ahead, >=, 1);
    g_assert_cmpint(sink.most_ahead, <=, 4);
    g_assert_cmpstr(sink.text->str, ==, want);
    g_string_free(sink.text, TRUE);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/pipeline/mapped-equals-direct", test_mapped_equals_direct);
    g_test_add_func("/pipeline/emit-stops-run", test_emit_stops_run);
    g_test_add_func("/pipeline/named-error-ends-stream", test_named_error_ends_stream);
    g_test_add_func("/pipeline/slow-reader-holds-back", test_slow_reader_holds_back);
    return g_test_run();
}
