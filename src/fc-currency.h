/* fc-currency: the currencies factcheck reads, in one table.
 *
 * A currency with a unit (and rates in rules/rates) is written with a sign
 * or code before the figure ("€5m", "US$2bn", "CHF 20 million") or a word
 * after it ("5 million euros").  Those forms make the money pattern and
 * the parser's tables (fc-value), and the literals fc-mention looks for
 * before it runs the pattern at all; written once here, they cannot drift
 * apart.
 *
 * Other currencies ("1 billion yuan", "₦45 billion") have no unit: an
 * amount in one is read only through the dollar conversion after it
 * (fc-mention), and for that fc_currency_is_written() knows them too.
 *
 * Ownership: everything returned is static and lives for the process;
 * nothing to free but what fc_currency_alternation() returns.
 */
#pragma once

#include "fc-value.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    const char *text; /* lower-case; a space stands for one or more spaces */
    FcUnit unit;
} FcCurrencyForm;

/* "EUR" for FC_UNIT_EUR, NULL when @unit is no currency. */
const char *fc_currency_code(FcUnit unit);

/* How reports write the unit before a figure: "€", "A$", "CHF ". */
const char *fc_currency_sign(FcUnit unit);

/* Forms written before a figure ("us$", "€", "chf") and after it
 * ("euros", "swiss francs"), longest first, so that the first form that
 * matches is the whole one; each ends with {NULL, FC_UNIT_NONE}. */
const FcCurrencyForm *fc_currency_before(void);
const FcCurrencyForm *fc_currency_after(void);

/* A PCRE2 alternation of @forms: metacharacters escaped, each space as
 * "\s+".  With @fixed, the branches of a lookbehind for "a form and a
 * space", each of one length: each space as "\s", and "\s" after each
 * form.  Newly allocated. */
char *fc_currency_alternation(const FcCurrencyForm *forms, gboolean fixed);

/* The one-character signs written before a figure ("$€£₹"), to put in
 * a PCRE2 character class. */
const char *fc_currency_sign_class(void);

/* Literals, lower-case, one of which every form holds where it starts a
 * word: a text without any holds no money.  NULL-terminated.  A form of
 * one or two letters ("rs") is looked for with the space before it, so
 * that "years" is not taken for rupees. */
const char *const *fc_currency_atoms(void);

/* Is @w[0..n) a currency as written before or after an amount, in any
 * currency ("Rs", "yuan", "dirhams", "₦", "US$")?  Words without a unit
 * are matched as written ("R" is the rand; "r" is nothing). */
gboolean fc_currency_is_written(const char *w, gsize n);

/* Length of the sign that opens @w[0..n) attached to a number ("₦45",
 * "S$40", "R500"), or 0. */
gsize fc_currency_sign_len(const char *w, gsize n);

G_END_DECLS
