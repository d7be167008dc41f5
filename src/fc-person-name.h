/* fc-person-name: does an unknown capitalised name look like a person's?
 * "Maya Okafor" (a common given name first, two or three words, no
 * organisation word last) does; "Maya Robotics" and "Stackmoor" do not.
 * Tables are built once, on first use, and shared by all threads. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @w[0..n): a common given name, case-sensitive ("Maya", not "maya"). */
gboolean fc_person_name_is_given(const char *w, gsize n);

/* @name[0..n): words separated by single spaces, as fc-mention
 * normalises names. */
gboolean fc_person_name_likely(const char *name, gsize n);

/* Two or three words that may each be part of a person's name, no
 * organisation word last: "Bisola Ogundipe", whatever the given name. */
gboolean fc_person_name_shaped(const char *name, gsize n);

/* Are @a and @b one person as articles name them: equal, or a surname or
 * given name alone and a full name that ends or starts with it? */
gboolean fc_person_name_same(const char *a, const char *b);

G_END_DECLS
