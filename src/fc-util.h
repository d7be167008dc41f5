/* fc-util: small GLib gaps (the project targets GLib 2.70+, Debian 12
 * ships 2.74). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The keys of @table, sorted as C strings by strcmp.  New array; the keys
 * stay owned by the table. */
GPtrArray *fc_hash_table_sorted_keys(GHashTable *table);

/* strcmp on two `char **`, for g_ptr_array_sort(). */
int fc_strptr_compare(gconstpointer a, gconstpointer b);

G_END_DECLS
