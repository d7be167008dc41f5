/* fc-rates: the exchange-rate table of rules/rates/.
 *
 * Euro and pound figures are compared with dollar figures only through a
 * dated rate kept by the newsroom, never number for number.  One section
 * per currency and period, in the syntax of fc-rulefile:
 *
 *     [eur-2025]
 *     currency = EUR
 *     usd = 1.13                 dollars for one unit of the currency
 *     period = 2025              YYYY[-MM[-DD]], or FROM..UNTIL
 *     tolerance = 0.08           the rate's swing over the period
 *     source = ECB euro reference rates, 2025 average
 *
 * A figure whose time falls in no period of its currency has no rate and is
 * not converted.  Once loaded the table is immutable; FcRates owns every
 * FcRate.
 */
#pragma once

#include "fc-rulefile.h"
#include "fc-time.h"
#include "fc-value.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    FcUnit unit;
    double usd;       /* dollars per unit */
    FcTime period;    /* when the rate holds */
    double tolerance; /* relative slack added to converted figures */
    const char *source; /* interned */
    const char *file;   /* interned */
    guint line;
} FcRate;

typedef struct _FcRates FcRates;

FcRates *fc_rates_new(void);
void fc_rates_free(FcRates *rates);

/* Adds the rates of one file; problems go to @errors as "file:line:
 * message". */
void fc_rates_add_file(FcRates *rates, const FcRuleFile *file, GPtrArray *errors);

/* The rate of @unit for a figure of time @when (the period holding the
 * middle of @when), or NULL.  Dollars have no entry: they need none. */
const FcRate *fc_rates_lookup(const FcRates *rates, FcUnit unit, const FcTime *when);

/* @v in dollars, widened by the rate's tolerance; FALSE (and @out
 * untouched) without a rate.  Dollar figures come back as they are. */
gboolean fc_rates_to_usd(const FcRates *rates, const FcValue *v, const FcTime *when, FcValue *out);

guint fc_rates_size(const FcRates *rates);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcRates, fc_rates_free)

G_END_DECLS
