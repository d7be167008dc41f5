/* Sharded runs against direct runs, on every fixture case: each article
 * mapped alone with `claims --format=jsonl`, the claim files reduced with
 * `--claims`; the findings must be the same byte for byte.  Also -j 1
 * against -j 2 on the direct run. */
#include "fc-test.h"

#include <string.h>

static const char *const formats[] = {"--format=json", "--format=text"};

/* Maps every article of @articles to its own claim file in @scratch and
 * returns the reduce's arguments: "--claims", FILE, ... */
static GPtrArray *
map_articles(const char *root, const char *articles, const char *scratch)
{
    GPtrArray *args = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) names = fc_test_list_dir(articles);
    for (guint i = 0; i < names->len; i++) {
        g_autofree char *article =
            g_build_filename(articles + strlen(root) + 1, g_ptr_array_index(names, i), NULL);
        g_auto(FcTestRun) map = {0};
        fc_test_spawn(&map, root, "claims", "--format=jsonl", article, NULL);
        g_assert_cmpint(map.status, ==, 0);
        g_autofree char *name = g_strdup_printf("shard-%u.jsonl", i);
        fc_test_write_file(scratch, name, map.out);
        g_ptr_array_add(args, g_strdup("--claims"));
        g_ptr_array_add(args, g_build_filename(scratch, name, NULL));
    }
    return args;
}

static void
check_case(const char *root, const char *name, const char *scratch)
{
    g_autofree char *articles = g_build_filename(root, "fixtures", name, "articles", NULL);
    if (!g_file_test(articles, G_FILE_TEST_IS_DIR))
        return;
    g_autofree char *relative = g_build_filename("fixtures", name, "articles", NULL);
    g_autoptr(GPtrArray) reduce = map_articles(root, articles, scratch);
    for (guint f = 0; f < G_N_ELEMENTS(formats); f++) {
        g_auto(FcTestRun) direct = {0};
        fc_test_spawn(&direct, root, formats[f], "--fail-on=never", relative, NULL);
        g_autoptr(GPtrArray) args = g_ptr_array_new();
        g_ptr_array_add(args, (gpointer)formats[f]);
        g_ptr_array_add(args, "--fail-on=never");
        for (guint i = 0; i < reduce->len; i++)
            g_ptr_array_add(args, g_ptr_array_index(reduce, i));
        g_ptr_array_add(args, NULL);
        g_auto(FcTestRun) sharded = {0};
        fc_test_spawnv(&sharded, root, (const char *const *)args->pdata);
        g_assert_cmpint(sharded.status, ==, direct.status);
        if (g_strcmp0(sharded.out, direct.out) != 0)
            g_test_fail_printf("%s %s: the sharded run differs from the direct run", name,
                               formats[f]);
    }
}

static void
test_sharded_equals_direct(void)
{
    const char *root = g_getenv("FC_SOURCE_ROOT");
    g_assert_nonnull(g_getenv("FC_BINARY"));
    g_assert_nonnull(root);
    g_autofree char *scratch = fc_test_make_dir("fc-shard-XXXXXX");
    g_autofree char *fixtures = g_build_filename(root, "fixtures", NULL);
    g_autoptr(GPtrArray) cases = fc_test_list_dir(fixtures);
    for (guint i = 0; i < cases->len; i++)
        check_case(root, g_ptr_array_index(cases, i), scratch);
    fc_test_remove_tree(scratch);
}

static void
test_jobs_same_output(void)
{
    const char *root = g_getenv("FC_SOURCE_ROOT");
    g_assert_nonnull(root);
    g_auto(FcTestRun) one = {0};
    fc_test_spawn(&one, root, "--format=json", "-j", "1", "fixtures", NULL);
    g_auto(FcTestRun) two = {0};
    fc_test_spawn(&two, root, "--format=json", "-j", "2", "fixtures", NULL);
    g_auto(FcTestRun) many = {0};
    fc_test_spawn(&many, root, "--format=json", "-j", "7", "fixtures", NULL);
    g_assert_cmpint(one.status, ==, 1);
    g_assert_cmpstr(one.out, ==, two.out);
    g_assert_cmpstr(one.out, ==, many.out);
    g_assert_cmpstr(one.err, ==, two.err);
}

static void
test_bad_claim_file(void)
{
    const char *root = g_getenv("FC_SOURCE_ROOT");
    g_autofree char *scratch = fc_test_make_dir("fc-shard-bad-XXXXXX");
    fc_test_write_file(scratch, "bad.jsonl", "{\"type\":\"document\",\"path\":\"a.md\"}\nnot json\n");
    fc_test_write_file(scratch, "orphan.jsonl", "{\"type\":\"claim\",\"document\":\"b.md\","
                                                "\"entity\":\"X\",\"attribute\":\"valuation\","
                                                "\"rule\":\"r\",\"value\":{}}\n");
    g_autofree char *bad = g_build_filename(scratch, "bad.jsonl", NULL);
    g_autofree char *orphan = g_build_filename(scratch, "orphan.jsonl", NULL);
    g_autofree char *missing = g_build_filename(scratch, "missing.jsonl", NULL);
    g_auto(FcTestRun) r1 = {0};
    fc_test_spawn(&r1, root, "--claims", bad, NULL);
    g_assert_cmpint(r1.status, ==, 2);
    g_assert_nonnull(strstr(r1.err, "bad.jsonl:2': not a claim file line"));
    g_auto(FcTestRun) r2 = {0};
    fc_test_spawn(&r2, root, "--claims", orphan, NULL);
    g_assert_cmpint(r2.status, ==, 2);
    g_assert_nonnull(strstr(r2.err, "orphan.jsonl:1': claim before its document line"));
    g_auto(FcTestRun) r3 = {0};
    fc_test_spawn(&r3, root, "--claims", missing, NULL);
    g_assert_cmpint(r3.status, ==, 2);
    g_assert_nonnull(strstr(r3.err, "missing.jsonl': No such file or directory"));
    fc_test_remove_tree(scratch);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/shard/sharded-equals-direct", test_sharded_equals_direct);
    g_test_add_func("/shard/jobs-same-output", test_jobs_same_output);
    g_test_add_func("/shard/bad-claim-file", test_bad_claim_file);
    return g_test_run();
}
