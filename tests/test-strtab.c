/* fc-strtab: lookups by pointer and length, with and without ASCII case,
 * against a GHashTable fed the same keys. */
#include "fc-strtab.h"

#include <string.h>

static void
test_basic(void)
{
    g_autoptr(FcStrTab) t = fc_strtab_new(FALSE);
    fc_strtab_add(t, "Series", 6);
    fc_strtab_set(t, "Bank of", 7, 2);
    g_assert_true(fc_strtab_contains(t, "Series", 6));
    g_assert_false(fc_strtab_contains(t, "series", 6));
    /* Looked up in place: the length decides, not a NUL. */
    g_assert_true(fc_strtab_contains(t, "Series B", 6));
    g_assert_false(fc_strtab_contains(t, "Series B", 8));
    g_assert_false(fc_strtab_contains(t, "Serie", 5));
    g_assert_cmpuint(fc_strtab_get(t, "Bank of America", 7), ==, 2);
    fc_strtab_set(t, "Bank of", 7, 3);
    g_assert_cmpuint(fc_strtab_get(t, "Bank of", 7), ==, 3);
    g_assert_cmpuint(fc_strtab_size(t), ==, 2);
    g_assert_false(fc_strtab_contains(t, "", 0));
    fc_strtab_add(t, "", 0);
    g_assert_true(fc_strtab_contains(t, "", 0));
}

static void
test_caseless(void)
{
    g_autoptr(FcStrTab) t = fc_strtab_new(TRUE);
    fc_strtab_add(t, "Including", 9);
    g_assert_true(fc_strtab_contains(t, "including", 9));
    g_assert_true(fc_strtab_contains(t, "INCLUDING", 9));
    g_assert_false(fc_strtab_contains(t, "includin", 8));
    /* ASCII only: bytes above 127 compare as they are. */
    fc_strtab_add(t, "\xC3\x89lan", 5);
    g_assert_true(fc_strtab_contains(t, "\xC3\x89LAN", 5));
    g_assert_false(fc_strtab_contains(t, "\xC3\xA9lan", 5));
    fc_strtab_add(t, "INCLUDING", 9);
    g_assert_cmpuint(fc_strtab_size(t), ==, 2);
}

static char *
random_word(GRand *rand, gsize *n)
{
    static const char letters[] = "aAbBcCdD-. \xC3\xA9";
    *n = (gsize)g_rand_int_range(rand, 0, 12);
    char *w = g_malloc(*n + 1);
    for (gsize i = 0; i < *n; i++)
        w[i] = letters[g_rand_int_range(rand, 0, (gint32)sizeof letters - 1)];
    w[*n] = '\0';
    return w;
}

/* Thousands of keys, many colliding in part, through every growth of the
 * table; lookups of keys in and out of it agree with a GHashTable. */
static void
test_against_hash_table(void)
{
    g_autoptr(GRand) rand = g_rand_new_with_seed(20261202);
    for (int caseless = 0; caseless <= 1; caseless++) {
        g_autoptr(FcStrTab) t = fc_strtab_new(caseless);
        g_autoptr(GHashTable) ref = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        for (guint i = 0; i < 20000; i++) {
            gsize n;
            char *w = random_word(rand, &n);
            if (i % 2 == 0) {
                guint value = i + 1;
                fc_strtab_set(t, w, n, value);
                char *key = caseless ? g_ascii_strdown(w, -1) : g_strdup(w);
                g_hash_table_insert(ref, key, GUINT_TO_POINTER(value));
            }
            char *key = caseless ? g_ascii_strdown(w, -1) : g_strdup(w);
            g_assert_cmpuint(fc_strtab_get(t, w, n), ==,
                             GPOINTER_TO_UINT(g_hash_table_lookup(ref, key)));
            g_free(key);
            g_free(w);
        }
        g_assert_cmpuint(fc_strtab_size(t), ==, g_hash_table_size(ref));
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/strtab/basic", test_basic);
    g_test_add_func("/strtab/caseless", test_caseless);
    g_test_add_func("/strtab/against-hash-table", test_against_hash_table);
    return g_test_run();
}
