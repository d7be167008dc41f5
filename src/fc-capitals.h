/* fc-capitals: runs of capitalised words ("Andreessen Horowitz", "Bank of
 * America", "1789 Capital"), the candidates fc-mention turns into names.
 *
 * The definition is one regex (fc_capitals_pattern()).  Tried at every
 * capital of every sentence, with Unicode properties and lookbehinds, it
 * was the costliest mention pattern of a run; fc_capitals_find() gives
 * the same matches by hand wherever the characters that decide are known
 * to fc-charclass, and asks the regex itself wherever another character
 * decides (a letter with an accent, a non-breaking space).  The
 * test compares the two on random text.
 *
 * Ownership: stateless; the regex and match data are the caller's.
 */
#pragma once

#include "fc-regex.h"

#include <glib.h>

G_BEGIN_DECLS

/* The PCRE2 source of the runs (static). */
const char *fc_capitals_pattern(void);

/* The leftmost match of @re, which must be compiled from
 * fc_capitals_pattern(), in @text[0..len) starting at or after @from; its
 * bytes in [*start, *end).  Text before @from is looked at as the regex's
 * lookbehinds would.  @text must be valid UTF-8. */
FcRegexResult fc_capitals_find(const FcRegex *re, const char *text, gsize len, gsize from,
                               FcMatch *m, gsize *start, gsize *end);

G_END_DECLS
