/* fc-speakers: the surnames a document quotes alone, and the words that
 * look like them but are not. */
#include "fc-speakers.h"

#include <string.h>

/* Scans @text and checks that it yields exactly the words of @want
 * (space-separated, "" for none). */
static void
check(const char *text, const char *want)
{
    g_autoptr(FcStrTab) tab = fc_speakers_scan(text, strlen(text));
    g_auto(GStrv) words = g_strsplit(want, " ", -1);
    guint n = 0;
    for (guint i = 0; words[i] != NULL; i++) {
        if (words[i][0] == '\0')
            continue;
        if (!fc_strtab_contains(tab, words[i], strlen(words[i])))
            g_error("%s: no speaker '%s'", text, words[i]);
        n++;
    }
    if (fc_strtab_size(tab) != n)
        g_error("%s: %u speakers, want %u (%s)", text, fc_strtab_size(tab), n, want);
}

static void
test_before_verb(void)
{
    check("\"Now I see it,\" Ogundipe said.", "Ogundipe");
    check("Ogundipe says the app works. Nwachukwu told TechCabal so.", "Ogundipe Nwachukwu");
    check("\"It works,\" O'Brien-Hale said.", "O'Brien-Hale");
}

static void
test_after_verb(void)
{
    check("\"It works,\" said Okonkwo.", "Okonkwo");
    check("\"It works,\" says Okonkwo, who runs it.", "Okonkwo");
    /* A publication told, not quoted. */
    check("The company told Reuters.", "");
}

static void
test_not_alone(void)
{
    /* Full names and firms' names: their last word is no surname alone. */
    check("Chidi Okonkwo said so. Kora Harbour said no.", "");
    check("\"Yes,\" said Chidi Okonkwo.", "");
    /* Pronouns, a verb's other forms, lower-case words. */
    check("He said so. She says it. They told us.", "");
    check("Ogundipe saids it. Ogundipe sayso.", "");
    check("the founder said so.", "");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/speakers/before-verb", test_before_verb);
    g_test_add_func("/speakers/after-verb", test_after_verb);
    g_test_add_func("/speakers/not-alone", test_not_alone);
    return g_test_run();
}
