#include "fc-bigrams.h"

#include <string.h>

void
fc_bigrams_fill_lower(FcBigrams *set, const char *s, gsize len, char *lower)
{
    memset(set->bits, 0, sizeof set->bits);
    const guchar *p = (const guchar *)s;
    guint prev = 0;
    for (gsize i = 0; i < len; i++) {
        guint f = fc_bigrams_fold(p[i]);
        lower[i] = (char)f;
        guint h = (prev + f * 131u) % FC_BIGRAM_BITS;
        if (i > 0)
            set->bits[h / 64u] |= G_GUINT64_CONSTANT(1) << (h % 64u);
        prev = f * 31u;
    }
}

void
fc_bigrams_fill(FcBigrams *set, const char *s, gsize len)
{
    memset(set->bits, 0, sizeof set->bits);
    if (len < 2)
        return;
    /* fc_bigrams_hash(), each byte folded once. */
    const guchar *p = (const guchar *)s;
    guint prev = fc_bigrams_fold(p[0]) * 31u;
    for (gsize i = 1; i < len; i++) {
        guint f = fc_bigrams_fold(p[i]);
        guint h = (prev + f * 131u) % FC_BIGRAM_BITS;
        set->bits[h / 64u] |= G_GUINT64_CONSTANT(1) << (h % 64u);
        prev = f * 31u;
    }
}

gboolean
fc_bigrams_may_contain(const FcBigrams *set, const char *word, gsize n)
{
    const guchar *w = (const guchar *)word;
    for (gsize i = 0; i + 1 < n; i++)
        if (!fc_bigrams_has(set, fc_bigrams_hash(w[i], w[i + 1])))
            return FALSE;
    return TRUE;
}

void
fc_bigrams_key(FcBigramKey *key, const char *word, gsize n)
{
    key->n = n < 2 ? 0 : FC_BIGRAM_KEY_PAIRS;
    for (guint i = 0; i < key->n; i++) {
        gsize at = (n - 2) * i / (FC_BIGRAM_KEY_PAIRS - 1);
        key->bits[i] = (guint16)fc_bigrams_hash((guchar)word[at], (guchar)word[at + 1]);
    }
}
