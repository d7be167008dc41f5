#include "fc-value.h"

#include "fc-currency.h"

#include <math.h>
#include <string.h>

/* Mentions are short; anything longer is not one mention and is refused
 * before any work is done on it. */
#define FC_VALUE_MAX_TEXT 256
#define FC_VALUE_MAX_DIGITS 32
/* Nothing on earth is worth more than this; larger figures are misreads. */
#define FC_VALUE_MAX_AMOUNT 1e16
/* Stakes are at most 100 %; growth figures run past that, but a
 * percentage beyond 1,000 % ("10,000 %") is far likelier a typo or a
 * garbled table than a fact anyone should compare. */
#define FC_VALUE_MAX_PERCENT 1000
/* As many as the patterns read (FC_V_NUM): a figure with more is not one
 * this parser was meant to see ("0.0000001%"). */
#define FC_VALUE_MAX_DECIMALS 6

/* ---- Patterns ------------------------------------------------------------
 *
 * Each pattern names its pieces in a (?(DEFINE)...) block and calls them, so
 * the source stays short and each piece is written once.  Group names carry
 * a per-pattern prefix (fcm_, fcp_, fcc_) so that patterns can be combined
 * into one alternation without duplicate names.  Case is fixed with (?i)
 * inside the pattern, so compiling with or without PCRE2_CASELESS gives the
 * same matches.
 *
 * Every repetition is bounded or atomic and no quantified group contains
 * another unbounded quantifier, so the work per start position is bounded
 * and a long line of digits cannot make a pattern backtrack
 * catastrophically.  Digits are [0-9], not \d: under UCP \d also matches
 * digits g_ascii_strtod() cannot read. */

/* "1,200,000.5" or "1200.5", never the head of a longer number ("1,2345"). */
#define FC_V_NUM                                                                                   \
    "(?>[0-9]{1,3}(?:,[0-9]{3}){1,5}(?:\\.[0-9]{1,6})?|[0-9]{1,15}(?:\\.[0-9]{1,6})?)"             \
    "(?![0-9]|[.,][0-9])"
#define FC_V_NOT_AFTER "(?<![\\p{L}\\p{N}_@SIGNS@.,])"
#define FC_V_WORD_END "(?![\\p{L}\\p{N}_])"
#define FC_V_DASH "\\s*[-‐‑‒–—−]\\s*"

/* FC_V_BOUND, FC_V_TALLY and FC_V_APPROX hold words, "\s+" and "\.?" and nothing else:
 * fc_value_is_lead_word() reads them (and stops the program otherwise). */
#define FC_V_BOUND                                                                                 \
    "up\\s+to|as\\s+much\\s+as|as\\s+high\\s+as|as\\s+many\\s+as|less\\s+than|fewer\\s+than|"      \
    "under|below|at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than|a\\s+maximum\\s+of|"            \
    "more\\s+than|over|exceeding|above|at\\s+least|in\\s+excess\\s+of|upwards\\s+of|"              \
    "no\\s+less\\s+than|not\\s+less\\s+than|a\\s+minimum\\s+of|north\\s+of"
#define FC_V_APPROX                                                                                \
    "nearly|close\\s+to|about|around|roughly|approximately|approx\\.?|some|almost|"                \
    "an\\s+estimated|estimated|circa|just\\s+over|just\\s+under|just\\s+shy\\s+of"
/* "up to a combined $15bn", "more than a total of 4,000": words that sum
 * or add to a figure, read only between a bound and the figure (alone,
 * rules read them around the figure). */
#define FC_V_TALLY "a\\s+combined|a\\s+total\\s+of|an\\s+additional|a\\s+further|another"
/* A minus sign starting a word ("-$5m", "(−3%)") or the word "minus" makes
 * the figure negative: no funding, valuation or stake is, so such a figure
 * is not read at all rather than read without its sign.  A dash inside a
 * range ("$1.5B-$2B") belongs to the range's match, and a spaced or doubled
 * dash ("the deal -- $5bn", "2019 - $5m") is punctuation. */
#define FC_V_NOT_NEGATIVE "(?<!^[-−])(?<![\\s(\\[][-−])(?<!\\bminus\\s)(?<!\\bnegative\\s)"
/* A figure, a currency sign or code, "between" and the words before a
 * figure all start a word.  Saying so first rejects a position inside a
 * word at once, where PCRE2 would otherwise try the lookbehinds and each
 * bound and approximation word (the patterns run at every position). */
#define FC_V_PREFIX                                                                                \
    "(?<![\\p{L}\\p{N}_])" FC_V_NOT_NEGATIVE "(?:\\b(?:" FC_V_BOUND ")\\s+(?:(?:" FC_V_TALLY       \
    ")\\s+)?)?"                                                                                    \
    "(?:\\b(?:" FC_V_APPROX ")\\s+|[~≈]\\s?)?"

/* "from $5bn to $10bn" is a change, not a range: the "to" form of a range
 * must not follow "from". */
#define FC_V_NOT_FROM "(?<!from\\s)"

static const char fc_value_money_re[] =
    "(?i)(?(DEFINE)"
    "(?<fcm_num>" FC_V_NUM ")"
    /* Single letters only when attached ("$5m"), so "$5 to" is not trillions. */
    "(?<fcm_mag>(?:[\\s-]?(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|crores?|lakhs?"
    /* Translated releases: "CHF 15 Mio.", "EUR 2 Mrd.", "R$ 50 milhões". */
    "|cr|mio|mrd|milh(?:õ|o)es|milhão|millones|bilh(?:õ|o)es)|[kmbt]"
    ")" FC_V_WORD_END ")"
    /* "$10bn-plus", "$1B+": a floor */
    "(?<fcm_plus>(?:-?plus\\b|\\+(?![0-9])))"
    /* "an $8 million naira-denominated loan": the word describes, the
     * sign is the unit */
    "(?<fcm_curword>\\s+(?:@AFTER@)(?!\\s?[0-9])\\b(?!-(?:denominated|linked|based)\\b))"
    /* $10bn, US$2 billion, €500m, USD 5bn */
    "(?<fcm_cur>(?<![\\p{L}\\p{N}_@SIGNS@])(?:@BEFORE@)\\s?"
    "(?&fcm_num)(?&fcm_mag)?(?&fcm_plus)?(?&fcm_curword)?(?:" FC_V_WORD_END "|(?<=\\+)))"
    /* 10 billion dollars, a billion dollars */
    "(?<fcm_word>(?:" FC_V_NOT_AFTER "(?&fcm_num)(?&fcm_mag)?"
    "|\\b(?:half\\s+)?(?:a|an|one)\\s+(?:thousand|million|billion|trillion))(?&fcm_curword))"
    "(?<fcm_bare>" FC_V_NOT_AFTER "(?&fcm_num)(?&fcm_mag)?" FC_V_WORD_END ")"
    "(?<fcm_baremag>" FC_V_NOT_AFTER "(?&fcm_num)(?&fcm_mag))"
    "(?<fcm_money>(?&fcm_cur)|(?&fcm_word))"
    ")" FC_V_PREFIX "(?:"
    /* between $10bn and $15bn, between 10 and 15 billion dollars */
    "between\\s+(?:(?&fcm_cur)(?:\\s+and\\s+|" FC_V_DASH ")(?:(?&fcm_money)|(?&fcm_bare))"
    "|(?&fcm_bare)\\s+and\\s+(?&fcm_money))"
    /* $10bn to $15bn */
    "|" FC_V_NOT_FROM "(?&fcm_cur)\\s+to\\s+(?:(?&fcm_money)|(?&fcm_baremag))"
    /* $1.5B-$2B, $10-15bn, $10bn */
    "|(?&fcm_cur)(?:" FC_V_DASH "(?:(?&fcm_money)|(?&fcm_bare)))?"
    /* 10-15 billion dollars, 10 to 15 billion dollars; a currency sign
     * after the dash starts a figure of its own ("in 2019 - $5m") */
    "|(?&fcm_bare)" FC_V_DASH "(?&fcm_word)"
    "|" FC_V_NOT_FROM "(?&fcm_bare)\\s+to\\s+(?&fcm_money)"
    "|(?&fcm_word))";

static const char fc_value_percent_re[] =
    "(?i)(?(DEFINE)"
    "(?<fcp_num>" FC_V_NOT_AFTER FC_V_NUM ")"
    "(?<fcp_pct>\\s{0,2}%|\\s{0,2}(?:per\\s?cent|percent|pct)\\b)"
    ")" FC_V_PREFIX "(?:"
    "between\\s+(?&fcp_num)(?&fcp_pct)?\\s+and\\s+(?&fcp_num)(?&fcp_pct)"
    "|(?&fcp_num)(?&fcp_pct)?" FC_V_DASH "(?&fcp_num)(?&fcp_pct)"
    "|" FC_V_NOT_FROM "(?&fcp_num)(?&fcp_pct)?\\s+to\\s+(?&fcp_num)(?&fcp_pct)"
    "|(?&fcp_num)(?&fcp_pct))";

static const char fc_value_count_re[] =
    "(?i)(?(DEFINE)"
    /* Counts take the big-number words and "k"/"m" only: a bare "5b" is noise. */
    "(?<fcc_mag>(?:\\s?(?:thousand|million|billion|trillion|mln|bln|mn|bn)|[km])" FC_V_WORD_END ")"
    /* A bare 19xx/20xx is a year (fc-time finds it), and a number after a
     * currency sign is money.  Atomic, so "10 billion dollars" cannot give
     * back "billion" and pass as the count 10. */
    "(?<fcc_num>(?!(?:19|20)[0-9]{2}(?![0-9]|[.,][0-9]|(?&fcc_mag)))"
    "(?>" FC_V_NUM "(?&fcc_mag)?))"
    /* Not inside a word, a hyphenated name ("COVID-19") or after money. */
    "(?<fcc_start>(?<![\\p{L}\\p{N}_@SIGNS@.,\\-])(?<!@BEFORE_SPACE@))"
    ")" FC_V_PREFIX "(?:between\\s+(?&fcc_start)(?&fcc_num)\\s+and\\s+(?&fcc_num)"
    "|(?&fcc_start)(?&fcc_num)(?:[-–—](?&fcc_num))?)"
    "(?![\\p{L}\\p{N}_%@SIGNS@]|\\s{0,2}(?:per\\s?cent|percent|pct)\\b"
    "|\\s+(?:@AFTER@|crores?|lakhs?)\\b)";

/* The patterns with the currencies of fc-currency put in. */
static char *
fc_value_pattern_new(const char *source)
{
    g_autofree char *before = fc_currency_alternation(fc_currency_before(), FALSE);
    g_autofree char *before_space = fc_currency_alternation(fc_currency_before(), TRUE);
    g_autofree char *after = fc_currency_alternation(fc_currency_after(), FALSE);
    GString *s = g_string_new(source);
    g_string_replace(s, "@SIGNS@", fc_currency_sign_class(), 0);
    g_string_replace(s, "@BEFORE_SPACE@", before_space, 0);
    g_string_replace(s, "@BEFORE@", before, 0);
    g_string_replace(s, "@AFTER@", after, 0);
    return g_string_free(s, FALSE);
}

static gpointer
fc_value_patterns_new(gpointer data)
{
    (void)data;
    char **patterns = g_new0(char *, 3);
    patterns[0] = fc_value_pattern_new(fc_value_money_re);
    patterns[1] = fc_value_pattern_new(fc_value_percent_re);
    patterns[2] = fc_value_pattern_new(fc_value_count_re);
    return patterns;
}

static const char *
fc_value_pattern(guint which)
{
    static GOnce once = G_ONCE_INIT;
    const char *const *patterns = g_once(&once, fc_value_patterns_new, NULL);
    return patterns[which];
}

const char *
fc_value_money_pattern(void)
{
    return fc_value_pattern(0);
}

const char *
fc_value_percent_pattern(void)
{
    return fc_value_pattern(1);
}

const char *
fc_value_count_pattern(void)
{
    return fc_value_pattern(2);
}

/* The words of an alternation of phrases like FC_V_BOUND, lower-cased:
 * "approx\\.?" gives "approx" and "approx.". */
static void
fc_value_add_phrase_words(GHashTable *set, const char *alternation)
{
    g_auto(GStrv) phrases = g_strsplit(alternation, "|", -1);
    for (guint i = 0; phrases[i] != NULL; i++) {
        g_auto(GStrv) words = g_strsplit(phrases[i], "\\s+", -1);
        for (guint k = 0; words[k] != NULL; k++) {
            char *word = g_ascii_strdown(words[k], -1);
            if (g_str_has_suffix(word, "\\.?")) {
                word[strlen(word) - 3] = '\0';
                g_hash_table_add(set, g_strconcat(word, ".", NULL));
            }
            /* Any other syntax would make a word that never matches, and a
             * window that misses the phrase: a bug in this file. */
            if (word[strspn(word, "abcdefghijklmnopqrstuvwxyz")] != '\0')
                g_error("fc-value: lead word '%s' is not a plain word", word);
            g_hash_table_add(set, word);
        }
    }
}

/* Built on first use and kept for the life of the process, like the
 * patterns themselves. */
static gpointer
fc_value_lead_words_new(gpointer data)
{
    (void)data;
    static const char *const others[] = {"between", "half", "a", "an", "one"};
    GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    fc_value_add_phrase_words(set, FC_V_BOUND);
    fc_value_add_phrase_words(set, FC_V_TALLY);
    fc_value_add_phrase_words(set, FC_V_APPROX);
    for (guint i = 0; i < G_N_ELEMENTS(others); i++)
        g_hash_table_add(set, g_strdup(others[i]));
    /* A currency before the figure, and the first word of one in two
     * words ("us $5bn"). */
    for (const FcCurrencyForm *f = fc_currency_before(); f->text != NULL; f++)
        g_hash_table_add(set, g_strndup(f->text, strcspn(f->text, " ")));
    return set;
}

gboolean
fc_value_is_lead_word(const char *word, gsize len)
{
    static GOnce once = G_ONCE_INIT;
    GHashTable *set = g_once(&once, fc_value_lead_words_new, NULL);
    char key[32];
    if (len >= sizeof key)
        return FALSE;
    memcpy(key, word, len);
    key[len] = '\0';
    return g_hash_table_contains(set, key);
}

/* ---- Units --------------------------------------------------------------- */

const char *
fc_unit_name(FcUnit unit)
{
    switch (unit) {
    case FC_UNIT_PERCENT:
        return "percent";
    case FC_UNIT_YEAR:
        return "year";
    case FC_UNIT_COUNT:
        return "count";
    default:
        return fc_currency_code(unit);
    }
}

gboolean
fc_unit_is_money(FcUnit unit)
{
    return unit >= FC_UNIT_USD && unit < FC_UNIT_PERCENT;
}

FcValue
fc_value_year(int year)
{
    FcValue v = {(double)year, (double)year, FC_UNIT_YEAR, FALSE};
    return v;
}

/* ---- Parsing --------------------------------------------------------------
 *
 * The parser reads a normalised copy: ASCII lowercase, every Unicode space a
 * single ' ', every dash '-'.  The tables below mirror the pattern fragments
 * above; a phrase the pattern accepts but the parser does not know makes the
 * parse fail, which the tests catch. */

typedef struct {
    const char *p;
    const char *end;
} FcValueCursor;

typedef enum {
    FC_BOUND_NONE,
    FC_BOUND_UPPER,
    FC_BOUND_LOWER,
} FcValueBound;

typedef struct {
    const char *text;
    double factor;
} FcWordFactor;

typedef struct {
    double number;
    double factor; /* magnitude, 1 when none was written */
    gboolean has_mag;
    FcUnit unit; /* currency or percent written with this amount, else NONE */
} FcValueAmount;

typedef enum {
    FC_VALUE_KIND_MONEY,
    FC_VALUE_KIND_PERCENT,
    FC_VALUE_KIND_COUNT,
} FcValueKind;

static const char *const fc_upper_words[] = {
    "up to", "as much as", "as high as",   "as many as",    "less than",    "fewer than", "under",
    "below", "at most",    "no more than", "not more than", "a maximum of", NULL,
};
static const char *const fc_lower_words[] = {
    "more than",  "over",         "exceeding",     "above",        "at least", "in excess of",
    "upwards of", "no less than", "not less than", "a minimum of", "north of", NULL,
};
static const char *const fc_tally_words[] = {
    "a combined", "a total of", "an additional", "a further", "another", NULL,
};
static const char *const fc_approx_words[] = {
    "nearly",  "close to",  "about",      "around",      "roughly",      "approximately",
    "approx.", "approx",    "some",       "almost",      "an estimated", "estimated",
    "circa",   "just over", "just under", "just shy of", NULL,
};

static gboolean
fc_value_word_in(const char *word, gsize len, const char *const *list)
{
    for (guint i = 0; list[i] != NULL; i++)
        if (strlen(list[i]) == len && g_ascii_strncasecmp(word, list[i], len) == 0)
            return TRUE;
    return FALSE;
}

gboolean
fc_value_is_approx_word(const char *word, gsize len)
{
    return fc_value_word_in(word, len, fc_approx_words);
}

void
fc_value_bound_by_verb(FcValue *v, const char *verb, gsize len)
{
    static const char *const floors[] = {
        "topped",  "tops",     "topping",  "surpassed", "surpasses", "surpassing", "exceeded",
        "exceeds", "crossed",  "crosses",  "crossing",  "passed",    "passes",     "passing",
        "cleared", "eclipsed", "eclipses", "eclipsing", NULL,
    };
    static const char *const nears[] = {
        "neared", "nears", "nearing", "approached", "approaches", "approaching", NULL,
    };
    if (v->low != v->high || v->approx)
        return;
    if (fc_value_word_in(verb, len, floors))
        v->high = INFINITY;
    else if (fc_value_word_in(verb, len, nears))
        v->approx = TRUE;
}

/* Longest first, so that "bn" is not read as "b" followed by junk. */
static const FcWordFactor fc_magnitudes[] = {
    {"milhões", 1e6}, {"milhoes", 1e6},   {"milhão", 1e6}, {"millones", 1e6}, {"bilhões", 1e9},
    {"bilhoes", 1e9}, {"mio", 1e6},       {"mrd", 1e9},    {"crores", 1e7},   {"crore", 1e7},
    {"lakhs", 1e5},   {"lakh", 1e5},      {"cr", 1e7},     {"thousand", 1e3}, {"million", 1e6},
    {"billion", 1e9}, {"trillion", 1e12}, {"mln", 1e6},    {"bln", 1e9},      {"mn", 1e6},
    {"bn", 1e9},      {"tn", 1e12},       {"k", 1e3},      {"m", 1e6},        {"b", 1e9},
    {"t", 1e12},      {NULL, 0},
};

static const char *const fc_percent_words[] = {"%", "per cent", "percent", "pct", NULL};

/* Length of the Unicode space or dash at @p that normalises to one ASCII
 * byte, 0 when there is none.  Sets @ascii to the replacement. */
static gsize
fc_value_special_len(const guchar *p, gsize left, char *ascii)
{
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0) {
        *ascii = ' ';
        return 2;
    }
    if (left < 3)
        return 0;
    if (p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] == 0x87 || p[2] == 0x89 || p[2] == 0x8A || p[2] == 0xAF)) {
        *ascii = ' ';
        return 3;
    }
    if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x94) {
        *ascii = '-';
        return 3;
    }
    if (p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92) {
        *ascii = '-';
        return 3;
    }
    return 0;
}

/* Copies text[0..len) into @buf (at least len + 1 bytes) normalised as
 * described above, whitespace collapsed and trimmed. */
static void
fc_value_normalise(const char *text, gsize len, char *buf)
{
    gsize n = 0;
    for (gsize i = 0; i < len;) {
        char c = text[i];
        gsize skip = fc_value_special_len((const guchar *)text + i, len - i, &c);
        i += skip ? skip : 1;
        if (g_ascii_isspace(c))
            c = ' ';
        if (c == ' ' && (n == 0 || buf[n - 1] == ' '))
            continue;
        buf[n++] = g_ascii_tolower(c);
    }
    while (n > 0 && buf[n - 1] == ' ')
        n--;
    buf[n] = '\0';
}

static void
fc_cursor_skip_space(FcValueCursor *c)
{
    while (c->p < c->end && *c->p == ' ')
        c->p++;
}

static gboolean
fc_cursor_at_word_end(const FcValueCursor *c, const char *after)
{
    return after >= c->end || !(g_ascii_isalnum(*after) || *after == '_');
}

/* Consumes @lit when it is next and ends a word (or is punctuation), then
 * any following space. */
static gboolean
fc_cursor_eat(FcValueCursor *c, const char *lit)
{
    gsize n = strlen(lit);
    if ((gsize)(c->end - c->p) < n || memcmp(c->p, lit, n) != 0)
        return FALSE;
    if (g_ascii_isalnum(lit[n - 1]) && !fc_cursor_at_word_end(c, c->p + n))
        return FALSE;
    c->p += n;
    fc_cursor_skip_space(c);
    return TRUE;
}

/* Consumes the first of @words that is next; returns its index or -1. */
static int
fc_cursor_eat_any(FcValueCursor *c, const char *const *words)
{
    for (int i = 0; words[i] != NULL; i++) {
        if (fc_cursor_eat(c, words[i]))
            return i;
    }
    return -1;
}

static void
fc_value_parse_prefix(FcValueCursor *c, FcValueBound *bound, gboolean *approx)
{
    *bound = FC_BOUND_NONE;
    if (fc_cursor_eat_any(c, fc_upper_words) >= 0)
        *bound = FC_BOUND_UPPER;
    else if (fc_cursor_eat_any(c, fc_lower_words) >= 0)
        *bound = FC_BOUND_LOWER;
    if (*bound != FC_BOUND_NONE)
        (void)fc_cursor_eat_any(c, fc_tally_words);
    /* "~US$30 million", "≈ €2m" */
    *approx = fc_cursor_eat_any(c, fc_approx_words) >= 0 || fc_cursor_eat(c, "~") ||
              fc_cursor_eat(c, "\xE2\x89\x88");
}

static gboolean
fc_cursor_is_group(const FcValueCursor *c, const char *p)
{
    /* A thousands separator is a comma followed by exactly three digits. */
    if (c->end - p < 4 || p[0] != ',')
        return FALSE;
    if (!g_ascii_isdigit(p[1]) || !g_ascii_isdigit(p[2]) || !g_ascii_isdigit(p[3]))
        return FALSE;
    return p + 4 >= c->end || !g_ascii_isdigit(p[4]);
}

/* Reads "1,200.5" into @out through a bounded copy without the commas. */
static gboolean
fc_cursor_eat_number(FcValueCursor *c, double *out)
{
    char digits[FC_VALUE_MAX_DIGITS + 1];
    gsize n = 0, decimals = 0;
    gboolean dot = FALSE;
    const char *p = c->p;
    if (p >= c->end || !g_ascii_isdigit(*p))
        return FALSE;
    while (p < c->end) {
        if (fc_cursor_is_group(c, p)) {
            p++;
            continue;
        }
        gboolean is_dot = *p == '.' && !dot && p + 1 < c->end && g_ascii_isdigit(p[1]);
        if (!g_ascii_isdigit(*p) && !is_dot)
            break;
        if (n == FC_VALUE_MAX_DIGITS)
            return FALSE;
        if (dot && ++decimals > FC_VALUE_MAX_DECIMALS)
            return FALSE;
        dot |= is_dot;
        digits[n++] = *p++;
    }
    digits[n] = '\0';
    char *stop = NULL;
    double v = g_ascii_strtod(digits, &stop);
    if (stop != digits + n || !isfinite(v) || v < 0)
        return FALSE;
    *out = v;
    c->p = p;
    fc_cursor_skip_space(c);
    return TRUE;
}

static gboolean
fc_cursor_eat_magnitude(FcValueCursor *c, double *factor)
{
    /* "$1.5-billion": a hyphen may join a number to a spelled-out word. */
    FcValueCursor save = *c;
    if (c->p < c->end && *c->p == '-' && c->p + 2 < c->end && g_ascii_isalpha(c->p[1]) &&
        g_ascii_isalpha(c->p[2]))
        c->p++;
    for (int i = 0; fc_magnitudes[i].text != NULL; i++) {
        const char *word = fc_magnitudes[i].text;
        /* Single letters must be attached: "$5m", never "$5 m". */
        if (word[1] == '\0' && c->p[-1] == ' ')
            continue;
        if (fc_cursor_eat(c, word)) {
            *factor = fc_magnitudes[i].factor;
            return TRUE;
        }
    }
    *c = save;
    return FALSE;
}

/* @attached: the entry may run straight into what follows ("USD5bn"). */
static FcUnit
fc_cursor_eat_unit(FcValueCursor *c, const FcCurrencyForm *table, gboolean attached)
{
    for (int i = 0; table[i].text != NULL; i++) {
        const char *lit = table[i].text;
        gsize n = strlen(lit);
        if (attached && (gsize)(c->end - c->p) >= n && memcmp(c->p, lit, n) == 0) {
            c->p += n;
            fc_cursor_skip_space(c);
            return table[i].unit;
        }
        if (!attached && fc_cursor_eat(c, lit))
            return table[i].unit;
    }
    return FC_UNIT_NONE;
}

/* "a billion dollars": the article stands for 1 only before a magnitude. */
static gboolean
fc_cursor_eat_article(FcValueCursor *c, double *out)
{
    FcValueCursor save = *c;
    double half = fc_cursor_eat(c, "half") ? 0.5 : 1;
    if (fc_cursor_eat(c, "a") || fc_cursor_eat(c, "an") || fc_cursor_eat(c, "one")) {
        if (c->p < c->end && g_ascii_isalpha(*c->p)) {
            *out = half;
            return TRUE;
        }
    }
    *c = save;
    return FALSE;
}

/* Merges a unit written in two places; FALSE when they disagree. */
static gboolean
fc_unit_merge(FcUnit *into, FcUnit other)
{
    if (other == FC_UNIT_NONE)
        return TRUE;
    if (*into != FC_UNIT_NONE && *into != other)
        return FALSE;
    *into = other;
    return TRUE;
}

static gboolean
fc_value_parse_amount(FcValueCursor *c, FcValueKind kind, FcValueAmount *a)
{
    memset(a, 0, sizeof *a);
    a->factor = 1;
    if (kind == FC_VALUE_KIND_MONEY)
        a->unit = fc_cursor_eat_unit(c, fc_currency_before(), TRUE);
    gboolean article = FALSE;
    if (!fc_cursor_eat_number(c, &a->number)) {
        if (kind == FC_VALUE_KIND_PERCENT || !fc_cursor_eat_article(c, &a->number))
            return FALSE;
        article = TRUE;
    }
    if (kind != FC_VALUE_KIND_PERCENT)
        a->has_mag = fc_cursor_eat_magnitude(c, &a->factor);
    if (article && !a->has_mag)
        return FALSE;
    if (kind == FC_VALUE_KIND_MONEY)
        return fc_unit_merge(&a->unit, fc_cursor_eat_unit(c, fc_currency_after(), FALSE));
    if (kind == FC_VALUE_KIND_PERCENT && fc_cursor_eat_any(c, fc_percent_words) >= 0)
        a->unit = FC_UNIT_PERCENT;
    return TRUE;
}

/* A range writes its shared parts once: "$10-15bn" is $10bn to $15bn and
 * "10 to 15 billion dollars" is in dollars throughout.  The first figure
 * borrows the second's magnitude only when that keeps the range ascending,
 * so "between $500,000 and $2m" stays half a million. */
static gboolean
fc_amount_share(FcValueAmount *a, FcValueAmount *b)
{
    if (!a->has_mag && b->has_mag && a->number <= b->number) {
        a->factor = b->factor;
        a->has_mag = TRUE;
    } else if (a->has_mag && !b->has_mag && b->unit == FC_UNIT_NONE) {
        b->factor = a->factor;
        b->has_mag = TRUE;
    }
    if (!fc_unit_merge(&a->unit, b->unit))
        return FALSE;
    b->unit = a->unit;
    return TRUE;
}

static gboolean
fc_cursor_eat_range_sep(FcValueCursor *c, gboolean between)
{
    if (fc_cursor_eat(c, "-"))
        return TRUE;
    return fc_cursor_eat(c, between ? "and" : "to");
}

static gboolean
fc_value_in_limits(double v, FcValueKind kind)
{
    double max = kind == FC_VALUE_KIND_PERCENT ? FC_VALUE_MAX_PERCENT : FC_VALUE_MAX_AMOUNT;
    return isfinite(v) && v >= 0 && v <= max;
}

static void
fc_value_apply_bound(FcValue *v, FcValueBound bound)
{
    if (bound == FC_BOUND_UPPER)
        v->low = -INFINITY;
    else if (bound == FC_BOUND_LOWER)
        v->high = INFINITY;
}

/* Reads [prefix] amount [sep amount] from a normalised string. */
static gboolean
fc_value_parse_normalised(const char *s, FcValueKind kind, FcValue *out)
{
    FcValueCursor c = {s, s + strlen(s)};
    FcValueBound bound;
    gboolean approx;
    fc_value_parse_prefix(&c, &bound, &approx);
    gboolean between = fc_cursor_eat(&c, "between");
    FcValueAmount a, b;
    if (!fc_value_parse_amount(&c, kind, &a))
        return FALSE;
    /* "$10bn-plus", "$1B+" */
    if (fc_cursor_eat(&c, "+") || fc_cursor_eat(&c, "-plus") || fc_cursor_eat(&c, "plus"))
        bound = FC_BOUND_LOWER;
    gboolean range = fc_cursor_eat_range_sep(&c, between);
    if (range != between && between)
        return FALSE;
    if (range && (!fc_value_parse_amount(&c, kind, &b) || !fc_amount_share(&a, &b)))
        return FALSE;
    if (c.p != c.end)
        return FALSE;
    double lo = a.number * a.factor;
    double hi = range ? b.number * b.factor : lo;
    if (!fc_value_in_limits(lo, kind) || !fc_value_in_limits(hi, kind))
        return FALSE;
    out->low = MIN(lo, hi);
    out->high = MAX(lo, hi);
    out->unit = a.unit;
    out->approx = approx;
    fc_value_apply_bound(out, bound);
    return TRUE;
}

static gboolean
fc_value_parse_kind(const char *text, gsize len, FcValueKind kind, FcValue *out)
{
    if (text == NULL || out == NULL || len == 0 || len > FC_VALUE_MAX_TEXT)
        return FALSE;
    char buf[FC_VALUE_MAX_TEXT + 1];
    fc_value_normalise(text, len, buf);
    FcValue v;
    if (!fc_value_parse_normalised(buf, kind, &v))
        return FALSE;
    if (kind == FC_VALUE_KIND_MONEY && !fc_unit_is_money(v.unit))
        return FALSE;
    if (kind == FC_VALUE_KIND_PERCENT && v.unit != FC_UNIT_PERCENT)
        return FALSE;
    if (kind == FC_VALUE_KIND_COUNT)
        v.unit = FC_UNIT_COUNT;
    *out = v;
    return TRUE;
}

gboolean
fc_value_parse_money(const char *text, gsize len, FcValue *out)
{
    return fc_value_parse_kind(text, len, FC_VALUE_KIND_MONEY, out);
}

gboolean
fc_value_parse_percent(const char *text, gsize len, FcValue *out)
{
    return fc_value_parse_kind(text, len, FC_VALUE_KIND_PERCENT, out);
}

gboolean
fc_value_parse_count(const char *text, gsize len, FcValue *out)
{
    return fc_value_parse_kind(text, len, FC_VALUE_KIND_COUNT, out);
}

/* ---- Comparison ---------------------------------------------------------- */

static double
fc_value_slack(const FcValue *v, double tolerance, double approx_tolerance)
{
    double slack = tolerance;
    if (v->approx && approx_tolerance > slack)
        slack = approx_tolerance;
    /* NaN, infinite or negative tolerances are nonsense; read them as "exact"
     * rather than let inf * 0 turn an end into NaN. */
    return slack > 0 && isfinite(slack) ? slack : 0;
}

/* Open ends stay open: inf * 0 would be NaN. */
static double
fc_value_widen(double end, double slack, int direction)
{
    if (!isfinite(end))
        return end;
    return end + direction * slack * fabs(end);
}

gboolean
fc_value_compatible(const FcValue *a, const FcValue *b, double tolerance, double approx_tolerance)
{
    if (a == NULL || b == NULL || a->unit != b->unit)
        return FALSE;
    double sa = fc_value_slack(a, tolerance, approx_tolerance);
    double sb = fc_value_slack(b, tolerance, approx_tolerance);
    gboolean caps =
        a->low == -INFINITY && b->low == -INFINITY && isfinite(a->high) && isfinite(b->high);
    if (caps) {
        /* Two stated caps describe one limit: compare the caps themselves. */
        return fc_value_widen(a->high, sa, -1) <= fc_value_widen(b->high, sb, 1) &&
               fc_value_widen(b->high, sb, -1) <= fc_value_widen(a->high, sa, 1);
    }
    double lo = MAX(fc_value_widen(a->low, sa, -1), fc_value_widen(b->low, sb, -1));
    double hi = MIN(fc_value_widen(a->high, sa, 1), fc_value_widen(b->high, sb, 1));
    return lo <= hi;
}

double
fc_value_point(const FcValue *v)
{
    gboolean lo = isfinite(v->low), hi = isfinite(v->high);
    if (lo && hi)
        return v->low + (v->high - v->low) / 2;
    if (lo)
        return v->low;
    if (hi)
        return v->high;
    return 0;
}

/* ---- Formatting ---------------------------------------------------------- */

/* Appends @v with at most three decimals and no trailing zeros; below 1,
 * as many decimals as the parser reads, so that "0.0005%" does not print
 * as "0%". */
static void
fc_format_decimal(GString *s, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(buf, sizeof buf, fabs(v) < 1 ? "%.6f" : "%.3f", v);
    char *dot = strchr(buf, '.');
    if (dot != NULL) {
        char *end = buf + strlen(buf);
        while (end > dot + 1 && end[-1] == '0')
            *--end = '\0';
        if (end == dot + 1)
            *dot = '\0';
    }
    g_string_append(s, buf);
}

/* Appends an integer-valued @v with thousands separators: "1,200". */
static void
fc_format_grouped(GString *s, double v)
{
    char buf[64];
    g_snprintf(buf, sizeof buf, "%.0f", v);
    gsize n = strlen(buf);
    for (gsize i = 0; i < n; i++) {
        g_string_append_c(s, buf[i]);
        if (i + 1 < n && (n - i - 1) % 3 == 0)
            g_string_append_c(s, ',');
    }
}

static void
fc_format_money(GString *s, double v, FcUnit unit)
{
    static const FcWordFactor scales[] = {
        {"tn", 1e12}, {"bn", 1e9}, {"m", 1e6}, {"k", 1e3}, {"", 1}, {NULL, 0},
    };
    g_string_append(s, fc_currency_sign(unit));
    int i = 0;
    /* Scale on the rounded figure so 999,999,999.9 prints as "$1bn". */
    while (scales[i + 1].text != NULL && fabs(v) < scales[i].factor * 0.9995)
        i++;
    fc_format_decimal(s, v / scales[i].factor);
    g_string_append(s, scales[i].text);
}

static void
fc_format_point(GString *s, double v, FcUnit unit)
{
    if (fc_unit_is_money(unit)) {
        fc_format_money(s, v, unit);
    } else if (unit == FC_UNIT_PERCENT) {
        fc_format_decimal(s, v);
        g_string_append_c(s, '%');
    } else if (unit == FC_UNIT_YEAR) {
        g_string_append_printf(s, "%.0f", v);
    } else if (v == floor(v) && fabs(v) < 1e18) {
        fc_format_grouped(s, v);
    } else {
        fc_format_decimal(s, v);
    }
}

char *
fc_value_format(const FcValue *v)
{
    GString *s = g_string_new(NULL);
    gboolean lo = isfinite(v->low), hi = isfinite(v->high);
    if (!lo && hi)
        g_string_append(s, "up to ");
    else if (lo && !hi)
        g_string_append(s, "more than ");
    if (v->approx)
        g_string_append(s, "about ");
    if (!lo && !hi) {
        g_string_append(s, "any");
    } else if (!lo) {
        fc_format_point(s, v->high, v->unit);
    } else if (!hi) {
        fc_format_point(s, v->low, v->unit);
    } else {
        fc_format_point(s, v->low, v->unit);
        if (v->high != v->low) {
            g_string_append(s, "–");
            fc_format_point(s, v->high, v->unit);
        }
    }
    return g_string_free(s, FALSE);
}
