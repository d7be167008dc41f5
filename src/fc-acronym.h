/* fc-acronym: whether a short capitalised word is the initials of a
 * name, as in "the International Finance Corporation (IFC)". */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @acronym (@an bytes: two to eight capital letters) spells the
 * initials of the capitalised words of @name (@n bytes) in order, the
 * small words between them ("of", "for", "and", "the", "de") skipped:
 * "IFC" and "International Finance Corporation", "ADIA" and "Abu Dhabi
 * Investment Authority". */
gboolean fc_acronym_spells(const char *acronym, gsize an, const char *name, gsize n);

G_END_DECLS
