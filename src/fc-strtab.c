#include "fc-strtab.h"

#include <string.h>

typedef struct {
    char *key; /* NULL: empty; folded when the table is caseless */
    guint32 hash;
    guint32 len;
    guint value;
} FcStrSlot;

struct _FcStrTab {
    FcStrSlot *slots;
    guint mask; /* slots - 1, a power of two less one */
    guint used;
    gsize longest; /* no longer lookup can be in */
    gboolean caseless;
};

static inline guchar
fc_strtab_fold(const FcStrTab *t, guchar c)
{
    return t->caseless && c >= 'A' && c <= 'Z' ? (guchar)(c + ('a' - 'A')) : c;
}

/* FNV-1a over the folded bytes. */
static guint32
fc_strtab_hash(const FcStrTab *t, const char *w, gsize n)
{
    guint32 h = 2166136261u;
    for (gsize i = 0; i < n; i++)
        h = (h ^ fc_strtab_fold(t, (guchar)w[i])) * 16777619u;
    return h;
}

static gboolean
fc_strtab_same(const FcStrTab *t, const FcStrSlot *s, const char *w, gsize n)
{
    if (!t->caseless)
        return memcmp(s->key, w, n) == 0;
    for (gsize i = 0; i < n; i++)
        if ((guchar)s->key[i] != fc_strtab_fold(t, (guchar)w[i]))
            return FALSE;
    return TRUE;
}

/* The slot of @w, or the empty slot where it would go. */
static FcStrSlot *
fc_strtab_find(const FcStrTab *t, const char *w, gsize n, guint32 hash)
{
    for (guint i = hash & t->mask;; i = (i + 1) & t->mask) {
        FcStrSlot *s = &t->slots[i];
        if (s->key == NULL || (s->hash == hash && s->len == n && fc_strtab_same(t, s, w, n)))
            return s;
    }
}

FcStrTab *
fc_strtab_new(gboolean caseless)
{
    FcStrTab *t = g_new0(FcStrTab, 1);
    t->caseless = caseless;
    t->mask = 15;
    t->slots = g_new0(FcStrSlot, t->mask + 1);
    return t;
}

void
fc_strtab_free(FcStrTab *t)
{
    if (t == NULL)
        return;
    for (guint i = 0; i <= t->mask; i++)
        g_free(t->slots[i].key);
    g_free(t->slots);
    g_free(t);
}

/* Doubles the slots, keeping the table at most half full. */
static void
fc_strtab_grow(FcStrTab *t)
{
    FcStrSlot *old = t->slots;
    guint old_size = t->mask + 1;
    t->mask = old_size * 2 - 1;
    t->slots = g_new0(FcStrSlot, t->mask + 1);
    for (guint i = 0; i < old_size; i++) {
        if (old[i].key == NULL)
            continue;
        guint j = old[i].hash & t->mask;
        while (t->slots[j].key != NULL)
            j = (j + 1) & t->mask;
        t->slots[j] = old[i];
    }
    g_free(old);
}

void
fc_strtab_set(FcStrTab *t, const char *w, gsize n, guint value)
{
    g_return_if_fail(value != 0 && n <= G_MAXUINT32);
    guint32 hash = fc_strtab_hash(t, w, n);
    FcStrSlot *s = fc_strtab_find(t, w, n, hash);
    if (s->key == NULL) {
        if (2 * (t->used + 1) > t->mask + 1) {
            fc_strtab_grow(t);
            s = fc_strtab_find(t, w, n, hash);
        }
        s->key = g_malloc(n + 1);
        for (gsize i = 0; i < n; i++)
            s->key[i] = (char)fc_strtab_fold(t, (guchar)w[i]);
        s->key[n] = '\0';
        s->hash = hash;
        s->len = (guint32)n;
        t->used++;
        t->longest = MAX(t->longest, n);
    }
    s->value = value;
}

guint
fc_strtab_get(const FcStrTab *t, const char *w, gsize n)
{
    if (n > t->longest)
        return 0;
    const FcStrSlot *s = fc_strtab_find(t, w, n, fc_strtab_hash(t, w, n));
    return s->key != NULL ? s->value : 0;
}

void
fc_strtab_add(FcStrTab *t, const char *w, gsize n)
{
    fc_strtab_set(t, w, n, 1);
}

gboolean
fc_strtab_contains(const FcStrTab *t, const char *w, gsize n)
{
    return fc_strtab_get(t, w, n) != 0;
}

guint
fc_strtab_size(const FcStrTab *t)
{
    return t->used;
}
