/* fc-speakers: the one-word names a document quotes.
 *
 * Features introduce a person once by full name and then quote them by
 * surname ("Bisola Ogundipe is counting packets of noodles ... ," Ogundipe
 * said.").  When the given name is not one fc-person-name knows, nothing
 * at the first mention says it is a person's, and the name would pass for
 * the company "the company" later means.  A surname standing alone before
 * "said" or after it is what shows it, wherever in the document that is.
 *
 * Ownership: fc_speakers_scan() returns a new table; free it with
 * fc_strtab_free(). */
#pragma once

#include "fc-strtab.h"

#include <glib.h>

G_BEGIN_DECLS

/* The capitalised words of @text[0..len) that stand alone, not after or
 * before another capitalised word, in "Okonkwo said", "Okonkwo says",
 * "Okonkwo told" or "said Okonkwo." (and "says Okonkwo,"); stop words
 * ("He said") left out.  Exact case. */
FcStrTab *fc_speakers_scan(const char *text, gsize len);

G_END_DECLS
