#define _GNU_SOURCE /* memmem */
#include "fc-speakers.h"

#include "fc-words.h"

#include <string.h>

static gboolean
fc_is_word_byte(char c)
{
    return g_ascii_isalpha(c) || c == '-' || c == '\'';
}

/* The capitalised word ending at @end, when the word before it (past one
 * space) is not capitalised too; its start in *start. */
static gboolean
fc_lone_word_before(const char *t, gsize end, gsize *start)
{
    gsize s = end;
    while (s > 0 && fc_is_word_byte(t[s - 1]))
        s--;
    if (s == end || !g_ascii_isupper(t[s]))
        return FALSE;
    *start = s;
    if (s < 2 || t[s - 1] != ' ')
        return TRUE;
    gsize p = s - 1;
    while (p > 0 && g_ascii_isalpha(t[p - 1]))
        p--;
    return p == s - 1 || !g_ascii_isupper(t[p]);
}

/* The capitalised word starting at @from, ended by ',' '.' or ';'; its end
 * in *end. */
static gboolean
fc_lone_word_after(const char *t, gsize len, gsize from, gsize *end)
{
    if (from >= len || !g_ascii_isupper(t[from]))
        return FALSE;
    gsize e = from;
    while (e < len && fc_is_word_byte(t[e]))
        e++;
    *end = e;
    return e < len && (t[e] == ',' || t[e] == '.' || t[e] == ';');
}

static void
fc_speakers_add(FcStrTab *tab, const char *w, gsize n)
{
    if (n >= 2 && !fc_words_is_name_stopword(w, n))
        fc_strtab_add(tab, w, n);
}

/* Every " <verb>" of @text followed by a non-letter: the word before it,
 * and when @after the word after it ("told Reuters." names no speaker). */
static void
fc_speakers_scan_verb(FcStrTab *tab, const char *text, gsize len, const char *verb, gboolean after)
{
    gsize n = strlen(verb);
    for (const char *p = text; (p = memmem(p, len - (gsize)(p - text), verb, n)) != NULL; p += n) {
        gsize at = (gsize)(p - text);
        if (at + n < len && g_ascii_isalpha(text[at + n]))
            continue;
        gsize s, e;
        if (fc_lone_word_before(text, at, &s))
            fc_speakers_add(tab, text + s, at - s);
        if (after && at + n + 1 < len && text[at + n] == ' ' &&
            fc_lone_word_after(text, len, at + n + 1, &e))
            fc_speakers_add(tab, text + at + n + 1, e - (at + n + 1));
    }
}

FcStrTab *
fc_speakers_scan(const char *text, gsize len)
{
    FcStrTab *tab = fc_strtab_new(FALSE);
    fc_speakers_scan_verb(tab, text, len, " said", TRUE);
    fc_speakers_scan_verb(tab, text, len, " says", TRUE);
    fc_speakers_scan_verb(tab, text, len, " told", FALSE);
    return tab;
}
