/* fc-acronym: initials of names. */
#include "fc-acronym.h"

static gboolean
fc_acronym_is_shape(const char *a, gsize n)
{
    if (n < 2 || n > 8)
        return FALSE;
    for (gsize i = 0; i < n; i++)
        if (!g_ascii_isupper(a[i]))
            return FALSE;
    return TRUE;
}

gboolean
fc_acronym_spells(const char *acronym, gsize an, const char *name, gsize n)
{
    if (!fc_acronym_is_shape(acronym, an))
        return FALSE;
    gsize k = 0;
    for (gsize i = 0; i < n; i++) {
        gboolean starts = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-';
        if (!starts || !g_ascii_isupper(name[i]))
            continue;
        /* Initials only: one word gives one letter, however many capitals
         * it holds ("OpenAI Startup Fund" is not "OAISF"). */
        if (k == an || name[i] != acronym[k])
            return FALSE;
        k++;
    }
    return k == an;
}
