/* fc-refer: referring expressions, the mentions that point back at a
 * company named earlier: "the startup", "the AI startup", "the
 * Amazon-backed company", "the ChatGPT owner", "it", "its".
 *
 * The definition is one regex (fc_refer_pattern()).  Its first letters
 * are t and i, which start a word or sit inside one at almost every
 * position of a sentence; fc_refer_find() gives the regex's matches by
 * hand wherever the characters that decide are known to fc-charclass,
 * and asks the regex itself from the first position where another one
 * could change the answer.  The test compares the two on random text.
 *
 * Ownership: stateless; the regex and match data are the caller's.
 */
#pragma once

#include "fc-regex.h"

#include <glib.h>

G_BEGIN_DECLS

/* Nouns for a kind of company that a description of a name ends with
 * ("Fintech startup Rampart"); references use them and a few more ("the
 * startup", "the ChatGPT owner"). */
#define FC_REFER_DESCRIPTOR_NOUNS                                                                  \
    "startup|start-up|company|firm|lab|developer|maker|unicorn|platform|provider"

typedef struct {
    gsize start, end;           /* the whole expression */
    gsize noun_start, noun_end; /* "startup"; both 0 for a pronoun */
    gboolean pronoun;           /* "it" or "its" */
} FcReference;

/* The PCRE2 source (static); its groups are "noun" and "it". */
const char *fc_refer_pattern(void);

/* The leftmost match of @re, which must be compiled from
 * fc_refer_pattern(), in @text[0..len) starting at or after @from, in
 * *ref.  Text before @from is looked at as the regex's \b would.  @text
 * must be valid UTF-8. */
FcRegexResult fc_refer_find(const FcRegex *re, const char *text, gsize len, gsize from, FcMatch *m,
                            FcReference *ref);

G_END_DECLS
