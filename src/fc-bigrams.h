/* fc-bigrams: the byte pairs a text holds, as a bit set.
 *
 * A literal can only occur in a text that holds each of its byte pairs,
 * so one pass over a sentence lets every later literal test (fc-atoms,
 * rule cue words) rule most literals out with a few bit tests instead of
 * a substring search.  Pairs are hashed into FC_BIGRAM_BITS bits after
 * ASCII lower-casing: the set answers for caseless and exact literals
 * alike, and may answer "maybe" in vain, never "no" in vain.
 *
 * Ownership: an FcBigrams is a plain value, filled in place.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FC_BIGRAM_BITS 4096u

typedef struct {
    guint64 bits[FC_BIGRAM_BITS / 64u];
} FcBigrams;

/* The pairs of @s[0..len). */
void fc_bigrams_fill(FcBigrams *set, const char *s, gsize len);

/* The same, and @s ASCII-lower-cased into @lower[0..len) in the same
 * pass (not terminated): every sentence is read both ways. */
void fc_bigrams_fill_lower(FcBigrams *set, const char *s, gsize len, char *lower);

/* Inline: they run for every byte read and every literal tested. */
static inline guint
fc_bigrams_fold(guchar c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The bit of the pair @a @b (either case). */
static inline guint
fc_bigrams_hash(guchar a, guchar b)
{
    return (fc_bigrams_fold(a) * 31u + fc_bigrams_fold(b) * 131u) % FC_BIGRAM_BITS;
}

static inline gboolean
fc_bigrams_has(const FcBigrams *set, guint hash)
{
    return (set->bits[hash / 64u] >> (hash % 64u)) & 1u;
}

/* FALSE when @word[0..n) cannot occur in the text of @set, ignoring
 * ASCII case; TRUE for words shorter than two bytes. */
gboolean fc_bigrams_may_contain(const FcBigrams *set, const char *word, gsize n);

/* A word's first and last pairs and two between, hashed once: for a word
 * tested against every sentence, a few spread-out pairs rule out nearly
 * as much as all of them, at a fixed cost. */
#define FC_BIGRAM_KEY_PAIRS 4u

typedef struct {
    guint16 bits[FC_BIGRAM_KEY_PAIRS];
    guint n; /* 0 for words shorter than two bytes */
} FcBigramKey;

void fc_bigrams_key(FcBigramKey *key, const char *word, gsize n);

/* fc_bigrams_may_contain() for a word through its key. */
static inline gboolean
fc_bigrams_has_key(const FcBigrams *set, const FcBigramKey *key)
{
    for (guint i = 0; i < key->n; i++)
        if (!fc_bigrams_has(set, key->bits[i]))
            return FALSE;
    return TRUE;
}

G_END_DECLS
