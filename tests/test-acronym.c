/* fc-acronym: initials that spell a name, and near misses that do not. */
#include "fc-acronym.h"

#include <string.h>

static gboolean
spells(const char *acronym, const char *name)
{
    return fc_acronym_spells(acronym, strlen(acronym), name, strlen(name));
}

static void
test_initials(void)
{
    g_assert_true(spells("IFC", "International Finance Corporation"));
    g_assert_true(spells("ADIA", "Abu Dhabi Investment Authority"));
    /* Small words between the capitalised ones are skipped. */
    g_assert_true(spells("EBRD", "European Bank for Reconstruction and Development"));
    g_assert_true(spells("KKR", "Kohlberg Kravis Roberts"));
}

static void
test_near_misses(void)
{
    /* Too few or too many initials, or in another order. */
    g_assert_false(spells("IFC", "International Finance"));
    g_assert_false(spells("IF", "International Finance Corporation"));
    g_assert_false(spells("FIC", "International Finance Corporation"));
    /* A word gives one letter, however many capitals it holds. */
    g_assert_false(spells("OAISF", "OpenAI Startup Fund"));
    /* Not an acronym's shape: one letter, lower case, digits. */
    g_assert_false(spells("I", "Intel"));
    g_assert_false(spells("BofA", "Bank of America"));
    g_assert_false(spells("A16Z", "Andreessen Horowitz"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/acronym/initials", test_initials);
    g_test_add_func("/acronym/near-misses", test_near_misses);
    return g_test_run();
}
