/* fc-strtab: a table of short strings looked up by pointer and length.
 *
 * The word lists (stop words, verbs, surnames, the first words of known
 * names) are asked about nearly every word of a corpus, straight from the
 * text.  A GHashTable needs a NUL-terminated key: a copy per lookup (often
 * a g_strndup), then g_str_hash and strcmp over it.  This table hashes the
 * bytes in place, folding ASCII case on the way when it is caseless, and
 * compares lengths before bytes.  Open addressing, filled once and then
 * read-only: lookups from any number of threads need no lock.
 *
 * Ownership: the table copies its keys; free it with fc_strtab_free().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FcStrTab FcStrTab;

/* @caseless: keys and lookups compare with ASCII letters folded. */
FcStrTab *fc_strtab_new(gboolean caseless);
void fc_strtab_free(FcStrTab *t);

/* Maps @w[0..n) to @value (not 0); a key added again takes the new value.
 * Not to be called once lookups may run on other threads. */
void fc_strtab_set(FcStrTab *t, const char *w, gsize n, guint value);

/* The value of @w[0..n), 0 when it is not in the table. */
guint fc_strtab_get(const FcStrTab *t, const char *w, gsize n);

/* fc_strtab_set() with value 1, and whether a key is in at all. */
void fc_strtab_add(FcStrTab *t, const char *w, gsize n);
gboolean fc_strtab_contains(const FcStrTab *t, const char *w, gsize n);

guint fc_strtab_size(const FcStrTab *t);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcStrTab, fc_strtab_free)

G_END_DECLS
