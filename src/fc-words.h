/* fc-words: closed-class English words — prepositions, the verbs that
 * end a subject, and capitalised words that are never names. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @w[0..n) compared case-insensitively. */
gboolean fc_words_is_preposition(const char *w, gsize n);
gboolean fc_words_is_verb(const char *w, gsize n);
/* A role of a person at a company: "founder", "CEO", "researchers". */
gboolean fc_words_is_role(const char *w, gsize n);

/* The length of the word (letters and hyphens) of @t at *i, before @end;
 * moves *i past it and the spaces after it. */
gsize fc_words_next(const char *t, gsize *i, gsize end);
/* Does @text[0..len) open on a deal rather than a company: "The round
 * valued ...", "That Series C round, led by ...", "The new funding gives
 * ..." (a determiner, at most three words of the deal's name, the noun),
 * also after "At the time, " and the like? */
gboolean fc_words_opens_on_deal(const char *text, gsize len);
/* Does one of @words (each opening with its space: " office") stand at
 * @t[at..end), as whole words: not followed by a letter?  Exact case. */
gboolean fc_words_follow(const char *t, gsize at, gsize end, const char *const *words, guint n);
/* Does a verb of speech ("said", "told", "announced") stand at
 * @t[at..end), opening with its space? */
gboolean fc_words_speech_follows(const char *t, gsize at, gsize end);
/* "Overview", "Funding", "Synopsis", "Demand": a one-word section heading,
 * a common noun that opens a sentence as one ("Demand has surged");
 * exact case. */
gboolean fc_words_is_section(const char *w, gsize n);

/* What a capitalised word does to a name; case-sensitive: "May" is a
 * stop word, "may" never reaches the check. */
typedef enum {
    FC_NAME_WORD = 0,    /* may be part of a name */
    FC_NAME_WORD_STOP,   /* never part of one: "The", "However", "CEO", "March" */
    FC_NAME_WORD_ORIGIN, /* "German", "Nordic": describes a name, or sits inside one */
    FC_NAME_WORD_VERB,   /* "Raises", "Led": a verb of a title-case headline */
} FcNameWordClass;

FcNameWordClass fc_words_name_class(const char *w, gsize n);
/* Stop words and adjectives of origin. */
gboolean fc_words_is_name_stopword(const char *w, gsize n);

G_END_DECLS
