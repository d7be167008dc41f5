/* fc-anchor: the last time a text told, against which "later that year",
 * "the following spring", "two years later" and "at the time" are read.
 *
 * A profile's "Back in 2017 ... Two years later, it raised a $20m Series
 * A" dates the round 2019, not the article's day.  The anchor moves with
 * every date the text tells, in reading order, these phrases included.
 *
 * FcAnchor is a plain value: zero-initialise one per document.
 */
#pragma once

#include "fc-document.h"
#include "fc-time.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    FcTime time; /* unknown until the text tells a date */
} FcAnchor;

/* Resolves the anchored dates (FcMention.anchored) of one sentence's
 * @mentions (GArray of FcMention, in text order, over @text[@span]) and
 * removes those it cannot read: told before any date, or landing after
 * the document's date @doc.  Moves @anchor to the sentence's last date
 * that writes its year, else its last date; not to a date inside a quote
 * or a pull quote, which is the speaker's time. */
void fc_anchor_resolve(FcAnchor *anchor, const char *text, FcSpan span, const FcTime *doc,
                       GArray *mentions);

G_END_DECLS
