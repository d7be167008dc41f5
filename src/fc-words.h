/* fc-words: closed-class English words — prepositions, the verbs that
 * end a subject, and capitalised words that are never names. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @w[0..n) compared case-insensitively. */
gboolean fc_words_is_preposition(const char *w, gsize n);
gboolean fc_words_is_verb(const char *w, gsize n);

/* Case-sensitive: "May" is a stop word, "may" never reaches the check. */
gboolean fc_words_is_name_stopword(const char *w, gsize n);
/* "German", "Nordic": adjectives of origin (name stop words too). */
gboolean fc_words_is_origin(const char *w, gsize n);

G_END_DECLS
