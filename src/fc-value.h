/* fc-value: quantities as intervals.
 *
 * Every quantity the extractor reads ("$10bn", "up to $4 billion",
 * "between $10bn and $15bn", "about 11 per cent", "2021") becomes an FcValue:
 * a closed interval [low, high] in base units (dollars, not billions), with
 * -INFINITY / INFINITY for open ends and an approx flag for hedged figures.
 * Comparison honours open ends and approximation; see fc_value_compatible().
 *
 * FcValue is a plain value type: copy it freely, nothing to free.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
    FC_UNIT_NONE = 0, /* not a quantity (a person, an organisation) */
    FC_UNIT_USD,
    FC_UNIT_EUR,
    FC_UNIT_GBP,
    FC_UNIT_INR,     /* "₹1,250 crore", "Rs 40 crore", "INR 8 Cr" */
    FC_UNIT_AUD,     /* "A$30 million" */
    FC_UNIT_CAD,     /* "C$12 million" */
    FC_UNIT_SGD,     /* "S$5 million" */
    FC_UNIT_CHF,     /* "CHF 20 million" */
    FC_UNIT_JPY,     /* "¥5 billion", "5 billion yen" */
    FC_UNIT_CNY,     /* "RMB 300 million", "800 million yuan" */
    FC_UNIT_KRW,     /* "₩120 billion", "1.2 trillion won" */
    FC_UNIT_HKD,     /* "HK$500 million" */
    FC_UNIT_TWD,     /* "NT$1 billion" */
    FC_UNIT_IDR,     /* "Rp1.5 trillion", "500 billion rupiah" */
    FC_UNIT_BRL,     /* "R$250 million", "250 million reais" */
    FC_UNIT_SEK,     /* "SEK 400m", "400 million kronor" */
    FC_UNIT_NOK,     /* "NOK 200m" */
    FC_UNIT_DKK,     /* "DKK 150m" */
    FC_UNIT_PLN,     /* "60 million zlotys" */
    FC_UNIT_ZAR,     /* "ZAR 150 million", "150 million rand" */
    FC_UNIT_NGN,     /* "₦27 billion", "27 billion naira" */
    FC_UNIT_KES,     /* "KSh 1.5 billion", "KES 1.5bn" */
    FC_UNIT_AED,     /* "AED 117.5 million", "dirhams" */
    FC_UNIT_SAR,     /* "SAR 280 million", "Saudi riyals" */
    FC_UNIT_VND,     /* "VND 310 billion", "310 billion dong" */
    FC_UNIT_PHP,     /* "₱2.5 billion", "PHP 2.5 billion" */
    FC_UNIT_MYR,     /* "RM50 million", "50 million ringgit" */
    FC_UNIT_THB,     /* "THB 1.2 billion", "1.2 billion baht" */
    FC_UNIT_QAR,     /* "QAR365 million", "QR50 million", "Qatari riyals" */
    FC_UNIT_PERCENT, /* 11 means 11 % (and every unit before it is a currency) */
    FC_UNIT_YEAR,
    FC_UNIT_COUNT,
} FcUnit;

typedef struct {
    double low;  /* -INFINITY when open below ("up to $4bn") */
    double high; /* INFINITY when open above ("more than $11bn") */
    FcUnit unit;
    gboolean approx; /* "about", "around", "roughly", "nearly", "close to" */
} FcValue;

/* A currency's ISO code ("USD", "EUR", ...), "percent", "year", "count", or
 * NULL for FC_UNIT_NONE. */
const char *fc_unit_name(FcUnit unit);
gboolean fc_unit_is_money(FcUnit unit);

/* Parses one money expression, as found by fc_value_money_pattern(), from
 * text[0..len): currency ($, US$, USD, €, EUR, £, GBP, "dollars", "euros",
 * "pounds"; ₹, Rs, INR, "rupees"; A$, AUD; C$, CAD; S$, SGD; CHF),
 * magnitude (k, m, mn, million, bn, b, billion, tn, trillion, lakh, crore,
 * Cr, "a billion dollars"), ranges ("between $10bn and $15bn", "$1.5B-$2B",
 * "$300B–$400B", "$10bn to $15bn"), bounds ("up to", "as much as",
 * "more than", "over", "exceeding", "at least", "less than", "under") and
 * approximations ("nearly", "close to", "about", "around", "roughly",
 * "approximately", "some", "almost").  Returns FALSE when the text is not
 * money. */
gboolean fc_value_parse_money(const char *text, gsize len, FcValue *out);

/* "11%", "11 per cent", "about 27 percent", "up to 20%" → unit percent. */
gboolean fc_value_parse_percent(const char *text, gsize len, FcValue *out);

/* "500", "1,200", "2.5 million" (bounds and approximations as for money)
 * → unit count. */
gboolean fc_value_parse_count(const char *text, gsize len, FcValue *out);

/* A year as a value (founding years): [y, y], unit year. */
FcValue fc_value_year(int year);

/* PCRE2 source (UTF, caseless-safe: it uses explicit case classes) of a
 * money expression including its leading bound/approximation words and
 * ranges, so that one match is one mention.  Used by fc-mention. */
const char *fc_value_money_pattern(void);
const char *fc_value_percent_pattern(void);
const char *fc_value_count_pattern(void);

/* Every match of those three patterns holds a figure: an ASCII digit, or a
 * magnitude word ("thousand", "...illion") in "a billion dollars".  Before
 * the word holding its first one comes nothing but words of bound and
 * approximation phrases ("no more than", "just shy of"), "between", a
 * currency ("US $", "USD") and "half a".  Is @word[0..len), lower-cased,
 * one of them?  fc-figure starts the searches there. */
gboolean fc_value_is_lead_word(const char *word, gsize len);

/* Is @word[0..len) (as written, ASCII case folded) one of the one-word
 * approximations fc_value_parse_money() reads ("about", "around",
 * "roughly", ...)? */
gboolean fc_value_is_approx_word(const char *word, gsize len);

/* A verb of passing a mark bounds the exact figure written right after it:
 * revenue that "topped $20m" was more than $20m, one that "neared $20m"
 * about $20m.  @v is left as it is for any other verb, and when it is
 * already a range, a bound or an approximation. */
void fc_value_bound_by_verb(FcValue *v, const char *verb, gsize len);

/* Two values can both be true of one quantity.  @tolerance is the relative
 * slack applied to exact figures (0.01 = 1 %), @approx_tolerance the slack
 * applied to a value flagged approx.  Different units are never compatible
 * (no currency conversion here).  Two upper bounds with different caps are
 * incompatible ("up to $5bn" vs "up to $8bn"), as are disjoint intervals. */
gboolean fc_value_compatible(const FcValue *a, const FcValue *b, double tolerance,
                             double approx_tolerance);

/* Human text: "$10bn", "up to $4bn", "$10bn–$15bn", "about $350bn",
 * "more than $11bn", "11%", "2021", "1,200".  Newly allocated. */
char *fc_value_format(const FcValue *v);

/* A representative point: the midpoint, or the finite end of a half-open
 * interval.  For sorting and sums. */
double fc_value_point(const FcValue *v);

G_END_DECLS
