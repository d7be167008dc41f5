/* fc-test: the helpers the test programs share; see fc-test.h. */
#include "fc-test.h"

#include "fc-claim.h"
#include "fc-corpus.h"

#include <glib/gstdio.h>

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

/* ---- rules ------------------------------------------------------------- */

FcRuleSet *
fc_test_load_rules_from(const char *dir)
{
    const char *dirs[] = {dir, NULL};
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    FcRuleSet *rules = fc_ruleset_load(dirs, errors);
    for (guint i = 0; i < errors->len; i++)
        g_printerr("%s\n", (char *)g_ptr_array_index(errors, i));
    return rules;
}

FcRuleSet *
fc_test_load_rules(void)
{
    const char *dir = g_getenv("FC_RULES_DIR");
    FcRuleSet *rules = fc_test_load_rules_from(dir != NULL ? dir : "rules");
    g_assert_nonnull(rules);
    return rules;
}

/* ---- documents and claims ---------------------------------------------- */

FcDocument *
fc_test_document(const char *path, const char *date, const char *body)
{
    g_autofree char *text =
        date != NULL ? g_strdup_printf("---\ndate: %s\n---\n%s", date, body) : g_strdup(body);
    return fc_corpus_parse(path, text, strlen(text));
}

void
fc_test_extract(FcTestExtraction *x, const FcRuleSet *rules, const char *path, const char *date,
                const char *body, guint doc_index, const FcExtractRule *only)
{
    x->doc = fc_test_document(path, date, body);
    x->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    x->notes = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcExtractor) ex = fc_extractor_new(rules);
    fc_extractor_only(ex, only);
    fc_extract_document(ex, x->doc, doc_index, x->claims, x->notes);
}

void
fc_test_extraction_clear(FcTestExtraction *x)
{
    g_clear_pointer(&x->doc, fc_document_free);
    g_clear_pointer(&x->claims, g_ptr_array_unref);
    g_clear_pointer(&x->notes, g_ptr_array_unref);
}

/* ---- regex scans ------------------------------------------------------- */

char *
fc_test_scan(const char *pattern, FcRegexFlags flags, const char *text)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(FcRegex) re = fc_regex_new(pattern, flags, &error);
    g_assert_no_error(error);
    g_assert_nonnull(re);
    g_autoptr(FcMatch) m = fc_match_new();
    GString *out = g_string_new(NULL);
    gsize len = strlen(text), pos = 0;
    FcRegexResult r;
    while (pos <= len && (r = fc_regex_match(re, text, len, pos, m)) == FC_REGEX_MATCHED) {
        gsize start, end;
        g_assert_true(fc_match_group(m, 0, &start, &end));
        if (out->len > 0)
            g_string_append(out, " | ");
        g_string_append_len(out, text + start, (gssize)(end - start));
        /* Step past an empty match, or the loop would find it forever. */
        pos = end > start ? end : end + 1;
    }
    g_assert_cmpint(r, !=, FC_REGEX_LIMIT);
    return g_string_free(out, FALSE);
}

void
fc_test_check_scan(const char *pattern, const char *text, const char *want)
{
    g_autofree char *plain = fc_test_scan(pattern, FC_REGEX_DEFAULT, text);
    g_autofree char *caseless = fc_test_scan(pattern, FC_REGEX_CASELESS, text);
    g_assert_cmpstr(plain, ==, want);
    g_assert_cmpstr(caseless, ==, want);
}

/* ---- the factcheck binary ---------------------------------------------- */

/* Built again for every child rather than kept in a global: it costs
 * nothing next to a process start, and no test program has to free it. */
static char **
fc_test_child_environ(void)
{
    char **env = g_get_environ();
    env = g_environ_unsetenv(env, "FACTCHECK_DEBUG_TOKENS");
    env = g_environ_setenv(env, "LC_ALL", "C", TRUE);
    return env;
}

void
fc_test_spawnv(FcTestRun *run, const char *dir, const char *const *args)
{
    g_autoptr(GPtrArray) argv = g_ptr_array_new();
    g_ptr_array_add(argv, (gpointer)g_getenv("FC_BINARY"));
    for (guint i = 0; args[i] != NULL; i++)
        g_ptr_array_add(argv, (gpointer)args[i]);
    g_ptr_array_add(argv, NULL);
    g_auto(GStrv) env = fc_test_child_environ();
    g_autoptr(GError) error = NULL;
    int wait_status = 0;
    g_spawn_sync(dir, (char **)argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err,
                 &wait_status, &error);
    g_assert_no_error(error);
    run->status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
}

void
fc_test_spawn(FcTestRun *run, const char *dir, ...)
{
    g_autoptr(GPtrArray) args = g_ptr_array_new();
    va_list ap;
    va_start(ap, dir);
    const char *arg;
    while ((arg = va_arg(ap, const char *)) != NULL)
        g_ptr_array_add(args, (gpointer)arg);
    va_end(ap);
    g_ptr_array_add(args, NULL);
    fc_test_spawnv(run, dir, (const char *const *)args->pdata);
}

void
fc_test_run_clear(FcTestRun *run)
{
    g_free(run->out);
    g_free(run->err);
}

/* ---- scratch files ----------------------------------------------------- */

char *
fc_test_make_dir(const char *tmpl)
{
    g_autoptr(GError) error = NULL;
    char *dir = g_dir_make_tmp(tmpl, &error);
    g_assert_no_error(error);
    return dir;
}

void
fc_test_write_file(const char *dir, const char *relative, const char *text)
{
    g_autofree char *path = g_build_filename(dir, relative, NULL);
    g_autofree char *parent = g_path_get_dirname(path);
    g_assert_cmpint(g_mkdir_with_parents(parent, 0700), ==, 0);
    g_autoptr(GError) error = NULL;
    g_file_set_contents(path, text, -1, &error);
    g_assert_no_error(error);
}

char *
fc_test_read_file(const char *dir, const char *relative)
{
    g_autofree char *path = g_build_filename(dir, relative, NULL);
    char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_file_get_contents(path, &text, NULL, &error);
    g_assert_no_error(error);
    return text;
}

static int
fc_test_compare_names(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

GPtrArray *
fc_test_list_dir(const char *path)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GDir) dir = g_dir_open(path, 0, &error);
    g_assert_no_error(error);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(dir)) != NULL)
        g_ptr_array_add(names, g_strdup(name));
    g_ptr_array_sort(names, fc_test_compare_names);
    return names;
}

void
fc_test_remove_tree(const char *path)
{
    /* lstat: a link to a folder (the corpus tests make loops) is removed
     * as a link, not walked into. */
    GStatBuf st;
    if (g_lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
        const char *name;
        while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
            g_autofree char *child = g_build_filename(path, name, NULL);
            fc_test_remove_tree(child);
        }
        g_rmdir(path);
    } else {
        g_remove(path);
    }
}

/* ---- hand matchers against their regex --------------------------------- */

FcMatch *
fc_test_thread_match(void)
{
    static GPrivate slot = G_PRIVATE_INIT((GDestroyNotify)fc_match_free);
    FcMatch *m = g_private_get(&slot);
    if (m == NULL)
        g_private_set(&slot, m = fc_match_new());
    return m;
}

char *
fc_test_random_text(const char *const *pieces, gsize n_pieces, guint max_pieces, gboolean spaces,
                    gsize *from)
{
    GString *text = g_string_new(NULL);
    guint n = (guint)g_test_rand_int_range(1, (gint32)max_pieces + 1);
    guint chosen = (guint)g_test_rand_int_range(0, (gint32)n);
    for (guint i = 0; i < n; i++) {
        if (i == chosen)
            *from = text->len;
        g_string_append(text, pieces[g_test_rand_int_range(0, (gint32)n_pieces)]);
        if (spaces && g_test_rand_bit())
            g_string_append_c(text, ' ');
    }
    return g_string_free(text, FALSE);
}

guint
fc_test_each_fixture_article(void (*fn)(const char *text, gpointer data), gpointer data)
{
    const char *root = g_getenv("FC_SOURCE_ROOT");
    g_autofree char *fixtures = g_build_filename(root != NULL ? root : ".", "fixtures", NULL);
    g_autoptr(GPtrArray) cases = fc_test_list_dir(fixtures);
    guint files = 0;
    for (guint c = 0; c < cases->len; c++) {
        g_autofree char *articles =
            g_build_filename(fixtures, g_ptr_array_index(cases, c), "articles", NULL);
        if (!g_file_test(articles, G_FILE_TEST_IS_DIR))
            continue;
        g_autoptr(GPtrArray) names = fc_test_list_dir(articles);
        for (guint a = 0; a < names->len; a++) {
            g_autofree char *path = g_build_filename(articles, g_ptr_array_index(names, a), NULL);
            g_autofree char *text = NULL;
            if (!g_file_get_contents(path, &text, NULL, NULL) || !g_utf8_validate(text, -1, NULL))
                continue;
            fn(text, data);
            files++;
        }
    }
    return files;
}

void
fc_test_assert_same_matches(const char *text, gsize from, const char *hand, const char *regex)
{
    if (strcmp(hand, regex) != 0)
        g_error("'%s' from %zu: by hand %s, by the regex %s", text, from, hand, regex);
}

void
fc_test_assert_lister_agrees(FcTestMatchLister list, const FcRegex *re, const char *text,
                             gsize from)
{
    g_autofree char *hand = list(re, text, from, TRUE);
    g_autofree char *regex = list(re, text, from, FALSE);
    fc_test_assert_same_matches(text, from, hand, regex);
}
