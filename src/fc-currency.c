#include "fc-currency.h"

#include <string.h>

#define FC_CURRENCY_MAX_FORMS 8

typedef struct {
    FcUnit unit;
    const char *code;
    const char *sign;
    const char *before[FC_CURRENCY_MAX_FORMS];
    const char *after[FC_CURRENCY_MAX_FORMS];
} FcCurrency;

/* Codes are read after a figure too ("20 million CHF").  "Rs" is the
 * rupee only before a figure: after one it is a word's end. */
static const FcCurrency fc_currencies[] = {
    {FC_UNIT_USD,
     "USD",
     "$",
     {"$", "us$", "us $", "usd"},
     {"dollars", "dollar", "us dollars", "us dollar", "u.s. dollars", "u.s. dollar", "usd"}},
    {FC_UNIT_EUR, "EUR", "€", {"€", "eur"}, {"euros", "euro", "eur"}},
    {FC_UNIT_GBP,
     "GBP",
     "£",
     {"£", "gbp"},
     {"pounds", "pound", "pounds sterling", "pound sterling", "gbp"}},
    {FC_UNIT_INR, "INR", "₹", {"₹", "inr", "rs", "rs."}, {"rupees", "rupee", "inr"}},
    {FC_UNIT_AUD,
     "AUD",
     "A$",
     {"a$", "au$", "aud"},
     {"australian dollars", "australian dollar", "aud"}},
    {FC_UNIT_CAD,
     "CAD",
     "C$",
     {"c$", "ca$", "cad"},
     {"canadian dollars", "canadian dollar", "cad"}},
    {FC_UNIT_SGD, "SGD", "S$", {"s$", "sgd"}, {"singapore dollars", "singapore dollar", "sgd"}},
    {FC_UNIT_CHF, "CHF", "CHF ", {"chf"}, {"swiss francs", "swiss franc", "chf"}},
    /* "¥" is the yen: Chinese amounts in English are written in yuan or
     * RMB. */
    {FC_UNIT_JPY, "JPY", "¥", {"¥", "jpy"}, {"yen", "japanese yen", "jpy"}},
    {FC_UNIT_CNY,
     "CNY",
     "CNY ",
     {"rmb", "cny"},
     {"yuan", "renminbi", "yuan renminbi", "rmb", "cny"}},
    {FC_UNIT_KRW, "KRW", "₩", {"₩", "krw"}, {"won", "korean won", "krw"}},
    {FC_UNIT_HKD, "HKD", "HK$", {"hk$", "hkd"}, {"hong kong dollars", "hkd"}},
    {FC_UNIT_TWD, "TWD", "NT$", {"nt$", "twd"}, {"new taiwan dollars", "taiwan dollars", "twd"}},
    {FC_UNIT_IDR, "IDR", "Rp", {"rp", "idr"}, {"rupiah", "idr"}},
    {FC_UNIT_BRL, "BRL", "R$", {"r$", "brl"}, {"reais", "brazilian reais", "brl"}},
    {FC_UNIT_SEK, "SEK", "SEK ", {"sek"}, {"kronor", "swedish kronor", "swedish krona", "sek"}},
    {FC_UNIT_NOK, "NOK", "NOK ", {"nok"}, {"norwegian kroner", "nok"}},
    {FC_UNIT_DKK, "DKK", "DKK ", {"dkk"}, {"danish kroner", "dkk"}},
    {FC_UNIT_PLN, "PLN", "PLN ", {"pln"}, {"zlotys", "zloty", "złotys", "złoty", "pln"}},
    /* The rand's "R" alone is too short to trust ("R1" is a model). */
    {FC_UNIT_ZAR, "ZAR", "ZAR ", {"zar"}, {"rand", "south african rand", "zar"}},
    {FC_UNIT_NGN, "NGN", "₦", {"₦", "ngn"}, {"naira", "ngn"}},
    /* "Sh900 million" is the Kenyan press's own form. */
    {FC_UNIT_KES,
     "KES",
     "KSh ",
     {"ksh", "ksh.", "kshs", "kes", "sh", "sh."},
     {"kenyan shillings", "kes"}},
    {FC_UNIT_AED, "AED", "AED ", {"aed", "dh", "dhs"}, {"dirhams", "dirham", "aed"}},
    /* "SR150 million" is the Saudi press's own form. */
    {FC_UNIT_SAR, "SAR", "SAR ", {"sar", "sr"}, {"saudi riyals", "riyals", "sar"}},
    {FC_UNIT_VND, "VND", "VND ", {"vnd"}, {"vietnamese dong", "dong", "vnd"}},
    {FC_UNIT_PHP,
     "PHP",
     "\xE2\x82\xB1" /* ₱ */,
     {"\xE2\x82\xB1", "php"},
     {"philippine pesos", "php"}},
    {FC_UNIT_MYR, "MYR", "RM", {"rm", "myr"}, {"malaysian ringgit", "ringgit", "myr"}},
    {FC_UNIT_THB, "THB", "THB ", {"thb"}, {"thai baht", "baht", "thb"}},
    {FC_UNIT_QAR, "QAR", "QAR ", {"qar", "qr"}, {"qatari riyals", "qatari riyal", "qar"}},
};

/* Currencies without a unit, as written (case matters: "R" is the rand).
 * An amount in one is read only through its dollar conversion. */
// clang-format off
static const char *const fc_other_words[] = {
    "NTD", "pesos", "lira", "TRY",
    "francs", "kroner", "krona", "EGP", "lei", "RON", "UAH", "hryvnias", "COP", "CLP",
    "ARS", "PEN", "soles", "riyal", "dinars", "KWD", "ILS", "NIS", "shekels", "GHS",
    "cedis", "birr", "real", "rubles", "RUB", "tenge", "MXN", NULL,
};
/* Signs attached to the number ("₱45 billion", "R500 million") or not
 * ("E£ 1.2 billion"); longest first. */
static const char *const fc_other_signs[] = {
    "E\xC2\xA3" /* E£ */, "\xE2\x82\xBA" /* ₺ */, "R", NULL,
};
// clang-format on

static const FcCurrency *
fc_currency_find(FcUnit unit)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_currencies); i++)
        if (fc_currencies[i].unit == unit)
            return &fc_currencies[i];
    return NULL;
}

const char *
fc_currency_code(FcUnit unit)
{
    const FcCurrency *c = fc_currency_find(unit);
    return c != NULL ? c->code : NULL;
}

const char *
fc_currency_sign(FcUnit unit)
{
    const FcCurrency *c = fc_currency_find(unit);
    return c != NULL ? c->sign : "$";
}

static int
fc_form_longer_first(gconstpointer a, gconstpointer b)
{
    gsize x = strlen(((const FcCurrencyForm *)a)->text);
    gsize y = strlen(((const FcCurrencyForm *)b)->text);
    return x < y ? 1 : x > y ? -1 : 0;
}

/* All forms of one side, longest first; g_array_sort() is stable, so
 * forms of one length keep the table's order. */
static FcCurrencyForm *
fc_currency_forms_new(gboolean before)
{
    GArray *forms = g_array_new(TRUE, TRUE, sizeof(FcCurrencyForm));
    for (guint i = 0; i < G_N_ELEMENTS(fc_currencies); i++) {
        const FcCurrency *c = &fc_currencies[i];
        const char *const *texts = before ? c->before : c->after;
        for (guint k = 0; k < FC_CURRENCY_MAX_FORMS && texts[k] != NULL; k++) {
            FcCurrencyForm f = {texts[k], c->unit};
            g_array_append_val(forms, f);
        }
    }
    g_array_sort(forms, fc_form_longer_first);
    return (FcCurrencyForm *)(void *)g_array_free(forms, FALSE);
}

static gpointer
fc_currency_before_new(gpointer data)
{
    (void)data;
    return fc_currency_forms_new(TRUE);
}

static gpointer
fc_currency_after_new(gpointer data)
{
    (void)data;
    return fc_currency_forms_new(FALSE);
}

const FcCurrencyForm *
fc_currency_before(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, fc_currency_before_new, NULL);
}

const FcCurrencyForm *
fc_currency_after(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, fc_currency_after_new, NULL);
}

char *
fc_currency_alternation(const FcCurrencyForm *forms, gboolean fixed)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; forms[i].text != NULL; i++) {
        if (i > 0)
            g_string_append_c(s, '|');
        for (const char *p = forms[i].text; *p != '\0'; p++) {
            if (*p == ' ')
                g_string_append(s, fixed ? "\\s" : "\\s+");
            else if (strchr("\\^$.|?*+()[]{}", *p) != NULL)
                g_string_append_printf(s, "\\%c", *p);
            else
                g_string_append_c(s, *p);
        }
        if (fixed)
            g_string_append(s, "\\s");
    }
    return g_string_free(s, FALSE);
}

/* A form that is one character: a UTF-8 lead byte and its continuation
 * bytes, nothing else. */
static gboolean
fc_form_is_sign(const char *text)
{
    return !g_ascii_isalnum(text[0]) && *g_utf8_next_char(text) == '\0';
}

static gpointer
fc_currency_sign_class_new(gpointer data)
{
    (void)data;
    GString *s = g_string_new(NULL);
    for (const FcCurrencyForm *f = fc_currency_before(); f->text != NULL; f++)
        if (fc_form_is_sign(f->text))
            g_string_append(s, f->text);
    return g_string_free(s, FALSE);
}

const char *
fc_currency_sign_class(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, fc_currency_sign_class_new, NULL);
}

static void
fc_atoms_add(GPtrArray *atoms, const char *text)
{
    gsize letters = strspn(text, "abcdefghijklmnopqrstuvwxyz");
    char *atom = letters <= 2 && text[letters + strspn(text + letters, ".")] == '\0'
                     ? g_strconcat(" ", text, NULL)
                     : g_strdup(text);
    for (guint i = 0; i < atoms->len; i++)
        if (strstr(atom, g_ptr_array_index(atoms, i)) != NULL) {
            g_free(atom);
            return;
        }
    g_ptr_array_add(atoms, atom);
}

/* Shortest first, so that a longer form holding a shorter one ("us
 * dollars" holds "dollar") adds no atom of its own. */
static gpointer
fc_currency_atoms_new(gpointer data)
{
    (void)data;
    g_autoptr(GPtrArray) forms = g_ptr_array_new();
    for (const FcCurrencyForm *f = fc_currency_before(); f->text != NULL; f++)
        g_ptr_array_add(forms, (gpointer)f->text);
    for (const FcCurrencyForm *f = fc_currency_after(); f->text != NULL; f++)
        g_ptr_array_add(forms, (gpointer)f->text);
    GPtrArray *atoms = g_ptr_array_new();
    for (guint i = forms->len; i > 0; i--)
        fc_atoms_add(atoms, g_ptr_array_index(forms, i - 1));
    g_ptr_array_add(atoms, NULL);
    return g_ptr_array_free(atoms, FALSE);
}

const char *const *
fc_currency_atoms(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, fc_currency_atoms_new, NULL);
}

static gboolean
fc_form_among(const char *w, gsize n, const FcCurrencyForm *forms)
{
    for (; forms->text != NULL; forms++)
        if (strlen(forms->text) == n && g_ascii_strncasecmp(w, forms->text, n) == 0)
            return TRUE;
    return FALSE;
}

gboolean
fc_currency_is_written(const char *w, gsize n)
{
    if (fc_form_among(w, n, fc_currency_before()) || fc_form_among(w, n, fc_currency_after()))
        return TRUE;
    for (guint i = 0; fc_other_words[i] != NULL; i++)
        if (strlen(fc_other_words[i]) == n && strncmp(w, fc_other_words[i], n) == 0)
            return TRUE;
    for (guint i = 0; fc_other_signs[i] != NULL; i++)
        if (strlen(fc_other_signs[i]) == n && strncmp(w, fc_other_signs[i], n) == 0)
            return TRUE;
    return FALSE;
}

gsize
fc_currency_sign_len(const char *w, gsize n)
{
    for (const FcCurrencyForm *f = fc_currency_before(); f->text != NULL; f++) {
        gsize k = strlen(f->text);
        if (n > k && strchr(f->text, ' ') == NULL && g_ascii_strncasecmp(w, f->text, k) == 0)
            return k;
    }
    for (guint i = 0; fc_other_signs[i] != NULL; i++) {
        gsize k = strlen(fc_other_signs[i]);
        if (n > k && strncmp(w, fc_other_signs[i], k) == 0)
            return k;
    }
    return 0;
}
