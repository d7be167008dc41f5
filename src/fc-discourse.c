#define _GNU_SOURCE /* memmem */
#include "fc-discourse.h"
#include "fc-acronym.h"

#include "fc-context.h"

#include "fc-person-name.h"
#include "fc-speakers.h"

#include "fc-words.h"

#include <string.h>

#define FC_REFERENTS_MAX 32
/* A named lab stays the natural antecedent of "the startup" for a few
 * sentences; after that the article has usually moved on. */
#define FC_LAB_REACH 6

typedef struct {
    const char *name;
    FcEntityKind kind;
    guint sentence;
    gboolean subject;
    gboolean label; /* a bullet's label ("- Cohere: ..."): referred to, never salient */
} FcReferent;

struct _FcDiscourse {
    const FcLexicon *lex;
    GArray *referents;     /* FcReferent, oldest first */
    GPtrArray *long_names; /* interned names of several words met so far */
    GHashTable *alone;     /* interned one-word name -> times met alone */
    GHashTable *media;     /* names of publications: the document's source, reporters */
    gsize caption_start;   /* the line last checked for a photo credit */
    gsize caption_end;     /* ... (empty before the first) */
    gboolean caption;      /* ... and whether it has one */
    GHashTable *persons;   /* interned unknown names shown to be people's, and their surnames */
    FcStrTab *speakers; /* the document's quoted surnames (fc-speakers), from its first sentence */
    FcStrTab *known;    /* one-word names and first words of names used so far */
    GHashTable *products; /* interned names the document has called a company's product */
    GHashTable *backers;  /* interned unknown names the document has shown to be investors */
    GHashTable *acronyms; /* interned "IFC" -> FcMention of the name it abbreviates */
    GHashTable *aliases;  /* interned legal name -> interned name it defines ("Yunrui") */
    GHashTable *distinct; /* interned one-word names set apart from longer ones alike */
    const char *topic;
    const char *lone_person; /* interned: the one person the sentence before named */
    guint sentence;
};

FcDiscourse *
fc_discourse_new(const FcLexicon *lex)
{
    FcDiscourse *d = g_new0(FcDiscourse, 1);
    d->lex = lex;
    d->referents = g_array_new(FALSE, FALSE, sizeof(FcReferent));
    d->long_names = g_ptr_array_new();
    d->alone = g_hash_table_new(g_str_hash, g_str_equal);
    d->media = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    d->persons = g_hash_table_new(NULL, NULL);
    d->known = fc_strtab_new(FALSE);
    d->products = g_hash_table_new(NULL, NULL);
    d->backers = g_hash_table_new(NULL, NULL);
    d->acronyms = g_hash_table_new_full(NULL, NULL, NULL, g_free);
    d->aliases = g_hash_table_new(NULL, NULL);
    d->distinct = g_hash_table_new(NULL, NULL);
    return d;
}

void
fc_discourse_free(FcDiscourse *d)
{
    if (d == NULL)
        return;
    g_array_unref(d->referents);
    g_ptr_array_unref(d->long_names);
    g_hash_table_unref(d->alone);
    g_hash_table_unref(d->media);
    g_hash_table_unref(d->persons);
    if (d->speakers != NULL)
        fc_strtab_free(d->speakers);
    fc_strtab_free(d->known);
    g_hash_table_unref(d->products);
    g_hash_table_unref(d->backers);
    g_hash_table_unref(d->acronyms);
    g_hash_table_unref(d->aliases);
    g_hash_table_unref(d->distinct);
    g_free(d);
}

gboolean
fc_mention_is_orgish(const FcMention *m)
{
    if (m->type == FC_MENTION_NAME)
        return !m->person;
    if (m->type == FC_MENTION_COREF)
        return TRUE;
    if (m->type != FC_MENTION_ENTITY)
        return FALSE;
    FcEntityKind k = m->entity->kind;
    return k != FC_KIND_PERSON && k != FC_KIND_PLACE && k != FC_KIND_MEDIA;
}

/* "Halberd Capital", "Lattice Seed Fund": an unknown name that ends the
 * way investment firms' names do is taken for one, so that "the company"
 * after "Halberd Capital also participated" does not mean the firm. */
static gboolean
fc_name_sounds_like_investor(const char *name)
{
    static const char *const endings[] = {
        "Capital",   "Ventures", "Partners", "Fund",       "Funds",    "Investments",
        "Investors", "Equity",   "Kapital",  "Management", "Advisors", "VC",
        "Holdings",  "Growth",   "Angels",   "Syndicate",
    };
    const char *last = strrchr(name, ' ');
    if (last == NULL)
        return FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(endings); i++)
        if (strcmp(last + 1, endings[i]) == 0)
            return TRUE;
    return FALSE;
}

/* "HLC-101", "ABX-2203": capitals, a hyphen and a number name a drug
 * candidate or a model, never the company that "the company" means. */
static gboolean
fc_name_is_code(const char *name)
{
    gsize caps = 0;
    while (g_ascii_isupper(name[caps]))
        caps++;
    if (caps < 2 || caps > 5 || name[caps] != '-')
        return FALSE;
    gsize digits = 0;
    while (g_ascii_isdigit(name[caps + 1 + digits]))
        digits++;
    return digits >= 2 && digits <= 5 && name[caps + 1 + digits] == '\0';
}

/* "Carrow Institute of Technology", "University of Leeds", "Pacifica
 * University": a university, institute or hospital is no company "the
 * company" can mean, though its people found companies and its
 * endowment invests: a public body's kind. */
static gboolean
fc_name_sounds_like_institution(const char *name)
{
    static const char *const endings[] = {" University", " College", " Institute", " Hospital",
                                          " Polytechnic"};
    static const char *const starts[] = {"University of ", "Institute of ", "College of "};
    for (guint i = 0; i < G_N_ELEMENTS(endings); i++)
        if (g_str_has_suffix(name, endings[i]))
            return TRUE;
    for (guint i = 0; i < G_N_ELEMENTS(starts); i++)
        if (g_str_has_prefix(name, starts[i]))
            return TRUE;
    return strstr(name, " Institute of ") != NULL || strstr(name, " University of ") != NULL;
}

FcEntityKind
fc_discourse_name_kind(const FcLexicon *lex, const char *name)
{
    if (name == NULL)
        return FC_KIND_UNKNOWN;
    const FcEntity *e = fc_lexicon_lookup(lex, name);
    if (e != NULL)
        return e->kind;
    if (fc_name_is_code(name))
        return FC_KIND_PRODUCT;
    if (fc_name_sounds_like_institution(name))
        return FC_KIND_GOVERNMENT;
    return fc_name_sounds_like_investor(name) ? FC_KIND_INVESTOR : FC_KIND_UNKNOWN;
}

gboolean
fc_kind_is_backer(FcEntityKind k)
{
    return k == FC_KIND_INVESTOR || k == FC_KIND_FUND || k == FC_KIND_BANK;
}

static FcEntityKind
fc_discourse_kind(const FcDiscourse *d, const char *name)
{
    if (name == NULL)
        return FC_KIND_UNKNOWN;
    FcEntityKind k = fc_discourse_name_kind(d->lex, name);
    if (k == FC_KIND_UNKNOWN && g_hash_table_contains(d->media, name))
        return FC_KIND_MEDIA;
    return k == FC_KIND_UNKNOWN && g_hash_table_contains(d->backers, name) ? FC_KIND_INVESTOR : k;
}

gboolean
fc_discourse_is_backer(const FcDiscourse *d, const char *name)
{
    return fc_kind_is_backer(fc_discourse_kind(d, name));
}

static const FcReferent *
fc_discourse_latest(const FcDiscourse *d, gboolean subject_only, const FcEntityKind *kinds,
                    guint n_kinds, guint reach)
{
    for (guint i = d->referents->len; i-- > 0;) {
        const FcReferent *r = &g_array_index(d->referents, FcReferent, i);
        if (d->sentence - r->sentence > reach)
            break;
        if ((subject_only && !r->subject) || (r->label && n_kinds == 0))
            continue;
        for (guint k = 0; k < n_kinds || n_kinds == 0; k++)
            if (n_kinds == 0 || kinds[k] == r->kind)
                return r;
    }
    return NULL;
}

const char *
fc_discourse_salient(const FcDiscourse *d)
{
    const FcReferent *r = fc_discourse_latest(d, TRUE, NULL, 0, G_MAXUINT);
    return r != NULL ? r->name : d->topic;
}

/* The latest subject a company noun can mean: not an investment firm,
 * which articles call "the firm" or "the fund", not "the company", nor
 * another company's product ("Gemini's recent controversies ...") unless
 * the article is about that product. */
static const FcReferent *
fc_discourse_latest_company(const FcDiscourse *d, gboolean labels)
{
    for (guint i = d->referents->len; i-- > 0;) {
        const FcReferent *r = &g_array_index(d->referents, FcReferent, i);
        if (r->subject && (labels || !r->label) && !fc_kind_is_backer(r->kind) &&
            r->kind != FC_KIND_GOVERNMENT && (r->kind != FC_KIND_PRODUCT || r->name == d->topic))
            return r;
    }
    return NULL;
}

const char *
fc_discourse_topic(const FcDiscourse *d)
{
    if (d->topic == NULL || fc_kind_is_backer(fc_discourse_kind(d, d->topic)))
        return NULL;
    return d->topic;
}

const char *
fc_discourse_salient_company(const FcDiscourse *d)
{
    const FcReferent *r = fc_discourse_latest_company(d, FALSE);
    return r != NULL ? r->name : fc_discourse_salient(d);
}

static const char *
fc_discourse_resolve_kind(const FcDiscourse *d, FcEntityKind wanted)
{
    static const FcEntityKind labs[] = {FC_KIND_LAB};
    static const FcEntityKind young[] = {FC_KIND_UNKNOWN, FC_KIND_PRODUCT, FC_KIND_LAB};
    static const FcEntityKind money[] = {FC_KIND_INVESTOR, FC_KIND_FUND, FC_KIND_BANK};
    const FcReferent *r = NULL;
    if (wanted == FC_KIND_LAB) {
        r = fc_discourse_latest(d, FALSE, labs, 1, FC_LAB_REACH);
        /* "From DeepMind to a Mission Street loft ... Halcyon was founded
         * ... The lab moved": a company the text has since been about
         * comes before a known lab named earlier. */
        const FcReferent *company = fc_discourse_latest(d, TRUE, young, 1, G_MAXUINT);
        if (r == NULL || (company != NULL && company > r))
            r = company != NULL ? company : fc_discourse_latest(d, TRUE, young, 3, G_MAXUINT);
    } else if (wanted == FC_KIND_INVESTOR) {
        r = fc_discourse_latest(d, FALSE, money, 3, FC_LAB_REACH);
    } else if (wanted == FC_KIND_COMPANY) {
        r = fc_discourse_latest_company(d, TRUE);
    }
    if (r != NULL)
        return r->name;
    return fc_discourse_salient(d);
}

static gboolean
fc_kind_fits(FcEntityKind wanted, FcEntityKind k)
{
    if (wanted == FC_KIND_LAB)
        return k == FC_KIND_LAB || k == FC_KIND_UNKNOWN || k == FC_KIND_PRODUCT;
    if (wanted == FC_KIND_INVESTOR)
        return fc_kind_is_backer(k);
    if (wanted == FC_KIND_COMPANY)
        return !fc_kind_is_backer(k) && k != FC_KIND_GOVERNMENT;
    return TRUE;
}

/* "Mira Solberg, who was a researcher at MIT, founded ...": is mention @i
 * inside the description of a person before it? */
static gboolean
fc_in_person_apposition(const char *text, GArray *mentions, guint i)
{
    static const char *const openers[] = {", a ",        ", an ",         ", the ", ", who ",
                                          ", formerly ", ", previously ", ", once "};
    const FcMention *p = &g_array_index(mentions, FcMention, i);
    for (guint k = i; k-- > 0;) {
        const FcMention *q = &g_array_index(mentions, FcMention, k);
        if (q->type != FC_MENTION_NAME || !q->person)
            continue;
        const char *gap = text + q->end;
        gsize n = p->start - q->end;
        if (memchr(gap + 1, ',', n > 1 ? n - 1 : 0) != NULL)
            return FALSE;
        for (guint o = 0; o < G_N_ELEMENTS(openers); o++)
            if (n >= strlen(openers[o]) && g_str_has_prefix(gap, openers[o]))
                return TRUE;
        return FALSE;
    }
    return FALSE;
}

/* The length of the "'s " (straight or curly) that makes the name before
 * @t a possessive, else 0. */
static gsize
fc_possessive_len(const char *t)
{
    if (g_str_has_prefix(t, "'s "))
        return 3;
    return g_str_has_prefix(t, "\xE2\x80\x99s ") ? 5 : 0;
}

/* "Its first-generation device, Veyra, is sold in Germany, and the
 * company booked ...": a name right after a kind of product is that
 * product, which "the company" does not mean. */
static gboolean
fc_named_as_product(const char *text, FcSpan span, const FcMention *m)
{
    static const char *const nouns[] = {"device", "drug",  "therapy", "implant", "platform",
                                        "chip",   "robot", "vehicle", "app",     "product",
                                        "model",  "game",  "chatbot", "software"};
    gsize at = m->start;
    while (at > span.start && text[at - 1] == ' ')
        at--;
    if (at > span.start && text[at - 1] == ',')
        at--;
    gsize len = 0;
    const char *w = fc_discourse_word_before(text, span.start, at, &len);
    return w != NULL && fc_words_follow(text, (gsize)(w - text), (gsize)(w - text) + len, nouns,
                                        G_N_ELEMENTS(nouns));
}

/* "... into Anthropic, while Nvidia will invest $10bn into the startup":
 * the nearest fitting name earlier in the same sentence comes first; not
 * a person's employer ("Mira Solberg, a former MIT chemist, founded the
 * company"). */
static const char *
fc_discourse_in_sentence(const FcDiscourse *d, const char *text, FcSpan span, GArray *mentions,
                         guint upto, FcEntityKind wanted)
{
    gsize at = g_array_index(mentions, FcMention, upto).start;
    for (guint i = upto; i-- > 0;) {
        const FcMention *p = &g_array_index(mentions, FcMention, i);
        /* "Asha Rao, who has been Quillbox's chief executive since she
         * co-founded the company": the company whose post a person holds,
         * in the clause of the reference, is the one it means; not a
         * former employer ("a former Google engineer who founded the
         * company"). */
        gsize own = fc_possessive_len(text + p->end);
        gboolean clause = own > 0 && at - p->end <= 80 &&
                          memchr(text + p->end, ',', at - p->end) == NULL &&
                          !g_str_has_prefix(text + p->end + own, "former ");
        if (p->type == FC_MENTION_COREF || !fc_mention_is_orgish(p) || p->name == NULL ||
            (!clause && (fc_discourse_names_role(text, span, p, FALSE) ||
                         fc_in_person_apposition(text, mentions, i))) ||
            fc_named_as_product(text, span, p))
            continue;
        if (fc_kind_fits(wanted, fc_discourse_kind(d, p->name)))
            return p->name;
    }
    return NULL;
}

static void
fc_discourse_resolve(const FcDiscourse *d, FcMention *m, const FcMention *subject)
{
    if (m->coref_maker && m->entity != NULL) {
        const FcEntity *maker = m->entity->product_of;
        m->name = maker != NULL ? g_intern_string(maker->name) : NULL;
        return;
    }
    FcEntityKind kind = m->coref_any ? FC_KIND_UNKNOWN : m->coref_kind;
    if (kind == FC_KIND_UNKNOWN && subject != NULL) {
        m->name = subject->name;
        return;
    }
    m->name = fc_discourse_resolve_kind(d, kind);
}

/* ---- subjects ---------------------------------------------------------- */

const char *
fc_discourse_word_before(const char *text, gsize from, gsize pos, gsize *len)
{
    gsize e = pos;
    while (e > from && text[e - 1] == ' ')
        e--;
    gsize s = e;
    while (s > from && g_ascii_isalpha(text[s - 1]))
        s--;
    *len = e - s;
    return e > s ? text + s : NULL;
}

static gboolean
fc_has_verb(const char *text, gsize s, gsize e)
{
    gsize i = s;
    while (i < e) {
        while (i < e && !g_ascii_isalpha(text[i]))
            i++;
        gsize j = i;
        while (j < e && g_ascii_isalpha(text[j]))
            j++;
        /* Verbs are lower case mid-sentence; "In May, ..." is a month. */
        if (j > i && !g_ascii_isupper(text[i]) && fc_words_is_verb(text + i, j - i))
            return TRUE;
        i = j;
    }
    return FALSE;
}

/* "Founded in 2021 by former OpenAI researchers, Anthropic ...": a leading
 * participle clause is not where the subject is. */
static gsize
fc_skip_participle(const char *text, FcSpan span)
{
    gsize i = span.start;
    while (i < span.end && g_ascii_isalpha(text[i]))
        i++;
    gsize n = i - span.start;
    /* "With the Series C closed, Verdant Ledger has raised ...": so is an
     * absolute phrase. */
    gboolean absolute = (n == 4 && strncmp(text + span.start, "With", 4) == 0) ||
                        (n == 6 && strncmp(text + span.start, "Having", 6) == 0);
    gboolean participle = absolute || (n > 3 && strncmp(text + i - 2, "ed", 2) == 0) ||
                          (n == 3 && strncmp(text + span.start, "Led", 3) == 0);
    if (!participle)
        return span.start;
    const char *comma = memchr(text + i, ',', span.end - i);
    if (comma == NULL)
        return span.start;
    /* An absolute phrase is short and ends at its comma: "With a valuation
     * now exceeding $11bn—doubling ...—Claude is ..." has no comma of its
     * own. */
    gsize at = (gsize)(comma - text);
    if (absolute &&
        (at - span.start > 80 || g_strstr_len(text + i, (gssize)(at - i), "\xE2\x80") != NULL))
        return span.start;
    return at + 1;
}

/* "Founded in 2017 above a Plateau Mont-Royal bakery, the studio ...",
 * "Acquired by Oracle in 2019, the company ...": the reference opening
 * the main clause is what the participle describes, never a name the
 * participle's phrase governs. */
static gboolean
fc_follows_participle(const char *text, FcSpan span, const FcMention *m)
{
    gsize at = fc_skip_participle(text, span);
    while (at > span.start && at < span.end && text[at] == ' ')
        at++;
    return at > span.start && at == m->start;
}

/* "from AWS, Google Cloud and Nvidia": a name continuing a list that a
 * preposition governs is governed too. */
static gboolean
fc_continues_list(const char *text, gsize prev_end, gsize start, gboolean *closed)
{
    if (prev_end == 0 || start < prev_end)
        return FALSE;
    g_autofree char *gap = g_strstrip(g_strndup(text + prev_end, start - prev_end));
    /* "Alongside Amazon and Google, Nvidia ...": after "and" closed the
     * list, a comma ends the phrase. */
    if (strcmp(gap, ",") == 0)
        return !*closed;
    *closed = TRUE;
    return strcmp(gap, "and") == 0 || strcmp(gap, ", and") == 0 || strcmp(gap, "or") == 0;
}

static gboolean
fc_is_article(const char *w, gsize n)
{
    return (n == 3 && g_ascii_strncasecmp(w, "the", 3) == 0) ||
           (n == 1 && (*w == 'a' || *w == 'A')) || (n == 2 && g_ascii_strncasecmp(w, "an", 2) == 0);
}

/* "Headquarters: Sacramento, California", "Lead investors: Larchmont
 * Ventures": a fact box's line, a label of a capitalised word and a few
 * lower-case ones (or a bracket) before a colon.  Its values are no
 * subject, except under the labels that name the box's company ("Key
 * facts: Verdant Loop"). */
static gboolean
fc_opens_with_label(const char *t, FcSpan span)
{
    static const char *const naming[] = {"Key ", "Company", "At a glance", "Profile", "Startup"};
    gsize i = span.start, end = MIN(span.end, span.start + 48);
    if (i >= end || !g_ascii_isupper(t[i]))
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(naming); k++)
        if (g_str_has_prefix(t + i, naming[k]))
            return FALSE;
    while (i < end && (g_ascii_isalpha(t[i]) || t[i] == '-'))
        i++;
    /* Lower-case words, or a round's letter ("Series B (August 2023):"). */
    for (guint words = 0;
         words < 4 && i + 1 < end && t[i] == ' ' &&
         (g_ascii_islower(t[i + 1]) ||
          (g_ascii_isupper(t[i + 1]) && (i + 2 >= end || !g_ascii_isalpha(t[i + 2]))));
         words++)
        for (i++; i < end && (g_ascii_isalpha(t[i]) || t[i] == '-');)
            i++;
    if (i + 1 < end && t[i] == ' ' && t[i + 1] == '(') {
        const char *close = memchr(t + i, ')', end - i);
        i = close != NULL ? (gsize)(close - t) + 1 : end;
    }
    return i < end && t[i] == ':';
}

/* "But if NVIDIA or other chip suppliers face shortages, Anthropic's
 * training schedule could slip", "Unlike OpenAI, Anthropic ...": the
 * subject of a leading conditional or concessive clause, or the name a
 * leading comparison sets apart, is not the sentence's.  Where the clause
 * ends, or span.start. */
static gsize
fc_skip_subordinate(const char *text, FcSpan span, const GArray *mentions)
{
    static const char *const openers[] = {
        "If ",         "When ",          "While ",
        "Although ",   "Though ",        "Because ",
        "Unless ",     "Once ",          "Whereas ",
        "Whether ",    "Even if ",       "Unlike ",
        "Like ",       "Compared with ", "Compared to ",
        "Apart from ", "Besides ",       "Not to be confused with "};
    static const char *const conjunctions[] = {"But ", "And ", "Yet "};
    gsize i = span.start;
    for (guint k = 0; k < G_N_ELEMENTS(conjunctions); k++)
        if (span.end - span.start > 4 && g_str_has_prefix(text + i, conjunctions[k])) {
            i += 4;
            break;
        }
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++) {
        /* After "But", the opener is lower case. */
        gsize n = strlen(openers[k]);
        if (n > span.end - i || g_ascii_toupper(text[i]) != openers[k][0] ||
            memcmp(text + i + 1, openers[k] + 1, n - 1) != 0)
            continue;
        const char *comma = memchr(text + i, ',', span.end - i);
        if (comma == NULL)
            return span.start;
        /* "When Corvane raised its Series B, it was valued at $900m": a
         * main clause opening with a reference continues the clause's
         * subject. */
        gsize at = (gsize)(comma - text) + 1;
        while (at < span.end && text[at] == ' ')
            at++;
        for (guint m = 0; m < mentions->len; m++) {
            const FcMention *r = &g_array_index(mentions, FcMention, m);
            if (r->start == at && r->type == FC_MENTION_COREF)
                return span.start;
        }
        return at;
    }
    return span.start;
}

/* "Risks, Limitations & Open Questions", "Key Players & Case Studies":
 * a section heading of capitalised words listing topics, no verb.  Its
 * first name is no subject for later sentences to refer to. */
static gboolean
fc_is_topic_heading(const char *t, FcSpan span)
{
    gsize end = span.end;
    while (end > span.start && g_ascii_isspace(t[end - 1]))
        end--;
    if (end - span.start > 100 || end == span.start || strchr(".?!", t[end - 1]) != NULL)
        return FALSE;
    gboolean listed = FALSE;
    for (gsize i = span.start; i < end;) {
        if (t[i] == ' ' || t[i] == ',' || t[i] == '&' || t[i] == ':') {
            listed |= t[i] == ',' || t[i] == '&';
            i++;
            continue;
        }
        gsize w = i;
        while (w < end && !strchr(" ,&:", t[w]))
            w++;
        if (w - i == 3 && memcmp(t + i, "and", 3) == 0)
            listed = TRUE;
        else if (!g_ascii_isupper(t[i]) || fc_words_is_verb(t + i, w - i) ||
                 fc_words_name_class(t + i, w - i) == FC_NAME_WORD_VERB)
            return FALSE;
        i = w;
    }
    return listed;
}

/* "Cursor maker Anysphere raised ...", "ChatGPT owner OpenAI": the
 * product names the company that follows, which is the subject. */
static gboolean
fc_names_maker(const char *text, const FcMention *m, const FcMention *next)
{
    static const char *const nouns[] = {" maker ",   " owner ",  " developer ",
                                        " creator ", " parent ", " operator "};
    if (next == NULL || !fc_mention_is_orgish(next))
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(nouns); k++) {
        gsize n = strlen(nouns[k]);
        if (next->start == m->end + n && strncmp(text + m->end, nouns[k], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* "The Lakeshore Bakehouse acquisition closed", "The Lakeshore Bakehouse
 * deal, worth roughly $40m, gives Mapleford a plant": a name before a
 * takeover's noun is what was bought, and the sentence is about the deal.
 * "deal" alone is also a funding round's ("The Circlet deal was led by
 * ..."): it is a takeover only when another company is named after it. */
static gboolean
fc_names_deal(const char *text, const GArray *mentions, guint i, gsize end)
{
    static const char *const takeovers[] = {" acquisition", " purchase", " takeover", " buyout",
                                            " merger"};
    static const char *const deals[] = {" deal", " transaction"};
    const FcMention *m = &g_array_index(mentions, FcMention, i);
    if (fc_words_follow(text, m->end, end, takeovers, G_N_ELEMENTS(takeovers)))
        return TRUE;
    if (!fc_words_follow(text, m->end, end, deals, G_N_ELEMENTS(deals)))
        return FALSE;
    for (guint j = i + 1; j < mentions->len; j++) {
        const FcMention *o = &g_array_index(mentions, FcMention, j);
        if (o->type != FC_MENTION_COREF && fc_mention_is_orgish(o) && !o->person)
            return TRUE;
    }
    return FALSE;
}

/* "Sablewood's most direct competitor, the US company Glean, raised
 * ...": the rival in the apposition is the subject, not the company
 * whose rival it is. */
static gboolean
fc_names_rival_apposition(const char *text, const FcMention *m, gsize end)
{
    static const char *const nouns[] = {"competitor,", "rival,", "peer,", "challenger,"};
    gsize i = m->end + fc_possessive_len(text + m->end);
    if (i == m->end)
        return FALSE;
    for (guint words = 0; words < 4 && i < end; words++) {
        for (guint k = 0; k < G_N_ELEMENTS(nouns); k++)
            if (g_str_has_prefix(text + i, nouns[k]))
                return TRUE;
        if (!g_ascii_islower(text[i]))
            return FALSE;
        while (i < end && (g_ascii_isalpha(text[i]) || text[i] == '-'))
            i++;
        if (i >= end || text[i] != ' ')
            return FALSE;
        i++;
    }
    return FALSE;
}

static gboolean
fc_is_past_marker(const char *w, gsize n)
{
    static const char *const words[] = {"former", "Former", "onetime", "one-time", "ex"};
    for (guint k = 0; k < G_N_ELEMENTS(words); k++)
        if (strlen(words[k]) == n && strncmp(w, words[k], n) == 0)
            return TRUE;
    return FALSE;
}

/* "a former chief operating officer at Westmere Health": an employer
 * after a role and "at" or "of", with "former" among the few words
 * before.  Current roles ("chief executive of Tessellate") name the
 * company the text may well be about, and do not count. */
static gboolean
fc_names_past_employer(const char *text, FcSpan span, const FcMention *m)
{
    gsize n;
    const char *w = fc_discourse_word_before(text, span.start, m->start, &n);
    if (w == NULL || n != 2 || (strncmp(w, "at", 2) != 0 && strncmp(w, "of", 2) != 0))
        return FALSE;
    const char *role = fc_discourse_word_before(text, span.start, (gsize)(w - text), &n);
    if (role == NULL || !fc_words_is_role(role, n))
        return FALSE;
    for (guint k = 0; k < 4 && role != NULL; k++) {
        role = fc_discourse_word_before(text, span.start, (gsize)(role - text), &n);
        if (role != NULL && fc_is_past_marker(role, n))
            return TRUE;
    }
    return FALSE;
}

gboolean
fc_discourse_names_role(const char *text, FcSpan span, const FcMention *m, gboolean past)
{
    if (fc_names_past_employer(text, span, m))
        return TRUE;
    gsize n;
    const char *w = fc_discourse_word_before(text, span.start, m->start, &n);
    gboolean former = (w != NULL && fc_is_past_marker(w, n)) ||
                      (m->start >= span.start + 3 && strncmp(text + m->start - 3, "ex-", 3) == 0);
    gsize i = m->end + fc_possessive_len(text + m->end);
    if (i == m->end && text[i] == ' ')
        i++;
    else if (i == m->end)
        return FALSE;
    w = text + i;
    n = fc_words_next(text, &i, span.end);
    if (n > 0 && fc_words_is_role(w, n))
        return !past || former;
    if (n == 0 || g_ascii_isupper(w[0]))
        return FALSE;
    former |= fc_is_past_marker(w, n);
    w = text + i;
    n = fc_words_next(text, &i, span.end);
    return n > 0 && fc_words_is_role(w, n) && (!past || former);
}

/* "Inc42 had reported last year that the startup raised ...", "ET
 * reported in January that ...": the source of a report is no subject;
 * what it reports is about whoever its clause names.  Where that clause
 * starts, or 0.  Companies "say that"; publications report. */
static gsize
fc_names_reporter(const char *text, const FcMention *m, gsize end)
{
    static const char *const verbs[] = {"reported ", "wrote ", "revealed ", "first reported "};
    gsize i = m->end;
    while (i < end && text[i] == ' ')
        i++;
    if (g_str_has_prefix(text + i, "had ") || g_str_has_prefix(text + i, "has "))
        i += 4;
    for (guint k = 0; k < G_N_ELEMENTS(verbs); k++) {
        if (!g_str_has_prefix(text + i, verbs[k]))
            continue;
        gsize from = i + strlen(verbs[k]), to = MIN(end, from + 40);
        const char *that =
            from < to ? g_strstr_len(text + from - 1, (gssize)(to - from + 1), " that ") : NULL;
        return that != NULL ? (gsize)(that - text) + 6 : 0;
    }
    return 0;
}

/* "- OpenAI: ChatGPT search is the most direct threat, riding on the
 * company's distribution and its $500bn valuation": a bullet labelled
 * with a company is about it, so its references mean it.  The label is
 * no subject for later sentences, which go back to what the list is
 * about.  The label's mention, or NULL. */
static const FcMention *
fc_label_company(const FcDiscourse *d, const char *text, FcSpan span, const GArray *mentions)
{
    if (mentions->len == 0 || !fc_opens_with_label(text, span))
        return NULL;
    const FcMention *m = &g_array_index(mentions, FcMention, 0);
    gsize i = span.start;
    while (i < m->start && (text[i] == ' ' || text[i] == '*'))
        i++;
    if (i != m->start || m->name == NULL || !fc_mention_is_orgish(m) ||
        m->type == FC_MENTION_COREF || text[m->end] != ':')
        return NULL;
    FcEntityKind k = fc_discourse_kind(d, m->name);
    return k == FC_KIND_PRODUCT || k == FC_KIND_PLACE || k == FC_KIND_PERSON ? NULL : m;
}

/* The length of " is " or " was " ending at @at (not before @from), 0
 * when neither does: the copula of a sentence that says who something is. */
static gsize
fc_copula_before(const char *text, gsize from, gsize at)
{
    static const char *const copulas[] = {" is ", " was "};
    for (guint k = 0; k < G_N_ELEMENTS(copulas); k++) {
        gsize n = strlen(copulas[k]);
        if (at >= from + n && memcmp(text + at - n, copulas[k], n) == 0)
            return n;
    }
    return 0;
}

/* A name the sentence says someone is must not be an owner: "The company
 * is Tandapay's rival". */
static gboolean
fc_name_is_possessive(const char *text, const FcMention *m)
{
    return g_str_has_prefix(text + m->end, "'s") || g_str_has_prefix(text + m->end, "\u2019s");
}

/* "The app is Tandapay, a startup that ...", "The company behind it was
 * Rasid": a sentence that says who "the app" is, is about the name. */
static gboolean
fc_opens_identity(const char *text, gsize from, const FcMention *m)
{
    if (!g_str_has_prefix(text + from, "The ") || fc_name_is_possessive(text, m))
        return FALSE;
    gsize n = fc_copula_before(text, from + 4, m->start);
    if (n == 0)
        return FALSE;
    /* At most three words between: "The app", "The company behind it". */
    guint words = 0;
    for (gsize i = from + 4; i < m->start - n; i++) {
        if (text[i] == ' ')
            words++;
        else if (!g_ascii_isalpha(text[i]) && text[i] != '-')
            return FALSE;
    }
    return words < 3;
}

/* "The company is Tandapay, a startup that ...": a reference that the
 * sentence names is about the name, not about what came before. */
static int
fc_discourse_identified(const char *text, GArray *mentions, guint i)
{
    const FcMention *m = &g_array_index(mentions, FcMention, i);
    if (m->type != FC_MENTION_COREF || m->possessive || i + 1 >= mentions->len)
        return (int)i;
    const FcMention *next = &g_array_index(mentions, FcMention, i + 1);
    if (next->type == FC_MENTION_COREF || !fc_mention_is_orgish(next) ||
        fc_name_is_possessive(text, next))
        return (int)i;
    gsize n = fc_copula_before(text, m->end, next->start);
    return n > 0 && next->start == m->end + n ? (int)i + 1 : (int)i;
}

/* "Shares of Norvane rose 4% after it agreed to buy Helix": a market
 * report opens on the company's shares (after a dateline, perhaps), and
 * the company is what "it" means.  @w is the word before the name (of
 * length @n), past @from. */
static gboolean
fc_names_shares_of(const char *text, gsize from, const char *w, gsize n)
{
    if (!(n == 2 && (memcmp(w, "of", 2) == 0 || memcmp(w, "in", 2) == 0)))
        return FALSE;
    gsize k;
    const char *s = fc_discourse_word_before(text, from, (gsize)(w - text), &k);
    return s != NULL && ((k == 6 && g_ascii_strncasecmp(s, "shares", 6) == 0) ||
                         (k == 5 && g_ascii_strncasecmp(s, "stock", 5) == 0));
}

/* "For Nile Frontier Capital, the deal is one of the largest it has led":
 * the name a sentence opens on with "For" is what it is about, and what
 * its "it" means.  Its index in @mentions, or -1. */
static int
fc_discourse_for_topic(const char *text, FcSpan span, const GArray *mentions)
{
    if (mentions->len == 0 || span.end - span.start < 8 ||
        memcmp(text + span.start, "For ", 4) != 0)
        return -1;
    const FcMention *m = &g_array_index(mentions, FcMention, 0);
    return m->start == span.start + 4 && m->end < span.end && text[m->end] == ',' &&
                   m->type != FC_MENTION_COREF && fc_mention_is_orgish(m)
               ? 0
               : -1;
}

static int
fc_discourse_subject(FcDiscourse *d, const FcDocument *doc, FcSpan span, GArray *mentions)
{
    const char *text = doc->text;
    if (fc_opens_with_label(text, span) || fc_is_topic_heading(text, span))
        return -1;
    int topic = fc_discourse_for_topic(text, span, mentions);
    if (topic >= 0)
        return topic;
    gsize from = MAX(fc_skip_participle(text, span), fc_skip_subordinate(text, span, mentions));
    gsize governed_end = 0;
    gboolean closed = FALSE;
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        if (m->start < from)
            continue;
        if (fc_has_verb(text, from, m->start) &&
            !(fc_mention_is_orgish(m) && fc_opens_identity(text, from, m)))
            return -1;
        if (!fc_mention_is_orgish(m) || m->possessive)
            continue;
        gsize n;
        const char *w = fc_discourse_word_before(text, from, m->start, &n);
        /* "plants in the Mountain West": past the article. */
        if (w != NULL && fc_is_article(w, n))
            w = fc_discourse_word_before(text, from, (gsize)(w - text), &n);
        if (w != NULL && fc_words_is_preposition(w, n) && !fc_names_shares_of(text, from, w, n)) {
            governed_end = m->end;
            closed = FALSE;
            continue;
        }
        if (fc_continues_list(text, governed_end, m->start, &closed)) {
            governed_end = m->end;
            continue;
        }
        /* "Chief executive Elena Voss, who co-founded Tessellate before
         * leaving, started Nimbus": a relative clause's company is its. */
        gsize rs, re;
        gsize report = m->name != NULL ? fc_names_reporter(text, m, span.end) : 0;
        if (report > 0) {
            g_hash_table_add(d->media, g_strdup(m->name));
            from = report;
            governed_end = 0;
            continue;
        }
        if (fc_names_rival_apposition(text, m, span.end) ||
            fc_names_deal(text, mentions, i, span.end) ||
            fc_context_relative_clause(text, span, m->start, m->end, &rs, &re) ||
            fc_discourse_names_role(text, span, m, TRUE) || fc_named_as_product(text, span, m))
            continue;
        if (fc_names_maker(
                text, m, i + 1 < mentions->len ? &g_array_index(mentions, FcMention, i + 1) : NULL))
            continue;
        return fc_discourse_identified(text, mentions, i);
    }
    return -1;
}

/* Newest last; the oldest goes when the window is full. */
static void
fc_discourse_push(FcDiscourse *d, const char *name, guint sentence, gboolean subject)
{
    FcReferent r = {name, fc_discourse_kind(d, name), sentence, subject, FALSE};
    if (d->referents->len == FC_REFERENTS_MAX)
        g_array_remove_index(d->referents, 0);
    g_array_append_val(d->referents, r);
}

static void
fc_discourse_remember(FcDiscourse *d, const FcMention *m, gboolean subject)
{
    if (m->name == NULL)
        return;
    /* "Its main product, Beacon, ... Beacon plugs into ...": a product
     * opening a sentence is not the company "it" and "the company" mean. */
    if (g_hash_table_contains(d->products, m->name))
        subject = FALSE;
    fc_discourse_push(d, m->name, d->sentence, subject);
}

void
fc_discourse_learn_product(FcDiscourse *d, const char *name)
{
    if (name != NULL)
        g_hash_table_add(d->products, (gpointer)name);
}

void
fc_discourse_learn_backer(FcDiscourse *d, const char *name)
{
    if (name != NULL && fc_lexicon_lookup(d->lex, name) == NULL)
        g_hash_table_add(d->backers, (gpointer)name);
}

const FcStrTab *
fc_discourse_known_names(const FcDiscourse *d)
{
    return d->known;
}

/* Names of organisations as a sentence might open with them: the name
 * itself when it is one word, else its first word ("Corvane Robotics":
 * "Corvane now has 450 staff"). */
static void
fc_discourse_learn_names(FcDiscourse *d, const GArray *mentions)
{
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        if (m->type != FC_MENTION_NAME || m->person || m->name == NULL)
            continue;
        const char *space = strchr(m->name, ' ');
        gsize n = space != NULL ? (gsize)(space - m->name) : strlen(m->name);
        if (!fc_strtab_contains(d->known, m->name, n))
            fc_strtab_add(d->known, m->name, n);
    }
}

/* "A Korvath K2 humanoid robot moves totes at the company's test
 * facility. Photographer: Adam Glanzman/Bloomberg": a photo caption, on a
 * line of its own with a credit.  What it names is no subject and no full
 * name for later short ones ("Korvath" is the company, not its robot). */
static gboolean
fc_line_has_credit(const char *line, gsize n)
{
    static const char *const credits[] = {"Photographer:",  "Photo:",        "Photo by",
                                          "(Photo",         "Image:",        "Image Credits",
                                          "Image credit",   "Credit:",       "Getty Images",
                                          "Photo courtesy", "Featured image"};
    /* Every credit holds one of these words, and almost no line holds any:
     * five passes over a paragraph instead of eleven. */
    static const char *const words[] = {"Photo", "Image", "Credit", "Getty", "Featured"};
    gboolean some = FALSE;
    for (guint i = 0; i < G_N_ELEMENTS(words) && !some; i++)
        some = memmem(line, n, words[i], strlen(words[i])) != NULL;
    for (guint i = 0; i < G_N_ELEMENTS(credits) && some; i++)
        if (memmem(line, n, credits[i], strlen(credits[i])) != NULL)
            return TRUE;
    return FALSE;
}

static gboolean
fc_is_caption(FcDiscourse *d, const char *text, gsize len, FcSpan span)
{
    /* A paragraph is one line of many sentences: look at it once. */
    if (span.start >= d->caption_start && span.start < d->caption_end)
        return d->caption;
    gsize s = span.start, e = span.end;
    while (s > 0 && text[s - 1] != '\n')
        s--;
    while (e < len && text[e] != '\n')
        e++;
    d->caption_start = s;
    d->caption_end = e;
    d->caption = fc_line_has_credit(text + s, e - s);
    return d->caption;
}

/* "Wayve Technologies ... Wayve said": after the full name, its first word
 * alone names the same organisation.  Not when the article has already
 * called something by the word alone a few times: "Quillstone raised ...
 * Quillstone ... Quillstone ... ship Quillstone Agents ... About
 * Quillstone" is the company each time, and the longer name its product.
 * A headline's short name once or twice before the full name is not
 * enough ("Quillfeather raises $40m ... Quillfeather Analytics, a Denver
 * ..."). */
#define FC_SHORT_NAME_SETTLED 3

/* "Brindle Labs is not affiliated with Brindle": the sentence sets two
 * names alike apart. */
static gboolean
fc_sets_apart(const char *text, FcSpan span)
{
    static const char *const cues[] = {"not affiliated", "not associated", "not related",
                                       "confused with",  "no relation",    "unrelated to",
                                       "no connection"};
    for (guint i = 0; i < G_N_ELEMENTS(cues); i++)
        if (memmem(text + span.start, span.end - span.start, cues[i], strlen(cues[i])) != NULL)
            return TRUE;
    return FALSE;
}

static void
fc_discourse_link_short_names(FcDiscourse *d, const char *text, FcSpan span, GArray *mentions,
                              gboolean learn)
{
    /* Worked out for the first name only: most sentences name none. */
    int apart = -1;
    for (guint i = 0; i < mentions->len; i++) {
        FcMention *m = &g_array_index(mentions, FcMention, i);
        if (!fc_mention_is_orgish(m) || m->type == FC_MENTION_COREF || m->name == NULL)
            continue;
        const char *space = strchr(m->name, ' ');
        /* A caption's full names (its product "Korvath K2") are not
         * learnt; its short ones are still read. */
        if (space != NULL) {
            if (!learn)
                continue;
            g_autofree char *first = g_strndup(m->name, (gsize)(space - m->name));
            if (GPOINTER_TO_UINT(g_hash_table_lookup(d->alone, first)) < FC_SHORT_NAME_SETTLED &&
                !g_ptr_array_find(d->long_names, m->name, NULL))
                g_ptr_array_add(d->long_names, (gpointer)m->name);
            continue;
        }
        if (m->type != FC_MENTION_NAME)
            continue;
        if (apart < 0)
            apart = fc_sets_apart(text, span);
        if (apart)
            g_hash_table_add(d->distinct, (gpointer)m->name);
        if (g_hash_table_contains(d->distinct, m->name))
            continue;
        gsize n = strlen(m->name);
        gboolean linked = FALSE;
        for (guint j = 0; j < d->long_names->len && !linked; j++) {
            const char *full = g_ptr_array_index(d->long_names, j);
            if (strncmp(full, m->name, n) == 0 && full[n] == ' ') {
                m->name = full;
                linked = TRUE;
            }
        }
        if (!linked)
            g_hash_table_insert(
                d->alone, (gpointer)m->name,
                GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(d->alone, m->name)) + 1));
    }
}

/* Whether mentions @i - 1 and @i of @mentions read "Name (ACRONYM)", the
 * acronym spelling the name's initials. */
static gboolean
fc_discourse_is_acronym_of(const char *text, const GArray *mentions, guint i)
{
    const FcMention *m = &g_array_index(mentions, FcMention, i);
    if (i == 0 || m->person || m->start < 2 || text[m->start - 1] != '(' ||
        text[m->start - 2] != ' ' || text[m->end] != ')')
        return FALSE;
    const FcMention *p = &g_array_index(mentions, FcMention, i - 1);
    if (p->end != m->start - 2 || p->name == NULL || p->person || !fc_mention_is_orgish(p) ||
        p->type == FC_MENTION_COREF)
        return FALSE;
    /* The lexicon may know both ("Abu Dhabi Investment Authority (ADIA)"). */
    if (m->type == FC_MENTION_ENTITY)
        return p->type == FC_MENTION_ENTITY && p->entity == m->entity;
    return m->type == FC_MENTION_NAME && fc_acronym_spells(text + m->start, m->end - m->start,
                                                           text + p->start, p->end - p->start);
}

/* Does mention @i of @mentions define the name before it, as a release's
 * opening does: 'Shenzhen Yunrui Intelligent Technology Co., Ltd.
 * ("Yunrui Robotics" or "the Company")', 'Acme Holdings Inc. (the
 * "Company")'?  The defined name is what the rest of the text, and other
 * articles, call the company. */
static gboolean
fc_discourse_is_alias_of(const char *text, const GArray *mentions, guint i)
{
    static const char *const openers[] = {"(\"", "(\xE2\x80\x9C", "(hereinafter \"",
                                          "(hereinafter \xE2\x80\x9C"};
    const FcMention *m = &g_array_index(mentions, FcMention, i);
    if (i == 0 || m->type != FC_MENTION_NAME || m->person || m->name == NULL ||
        !(text[m->end] == '"' || g_str_has_prefix(text + m->end, "\xE2\x80\x9D")))
        return FALSE;
    const FcMention *p = &g_array_index(mentions, FcMention, i - 1);
    if (p->type != FC_MENTION_NAME || p->person || p->name == NULL || p->end >= m->start ||
        m->start - p->end > 24)
        return FALSE;
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++) {
        gsize n = strlen(openers[k]);
        if (m->start >= p->end + n && memcmp(text + m->start - n, openers[k], n) == 0 &&
            text[m->start - n - 1] == ' ')
            return TRUE;
    }
    return FALSE;
}

/* "the European Innovation Council (EIC) Fund": a word after the
 * brackets ends both the name, mention @i of @mentions, and its
 * acronym, which becomes "EIC Fund" in *@acronym. */
static void
fc_discourse_acronym_tail(const char *text, GArray *mentions, guint i, const char **acronym)
{
    FcMention *p = &g_array_index(mentions, FcMention, i);
    if (i + 1 >= mentions->len || p->type != FC_MENTION_NAME)
        return;
    const FcMention *n = &g_array_index(mentions, FcMention, i + 1);
    if (n->type != FC_MENTION_NAME || n->person || n->name == NULL || n->start != p->end + 1 ||
        strchr(n->name, ' ') != NULL || !g_ascii_isupper(text[n->start]))
        return;
    g_autofree char *name = g_strconcat(p->name, " ", n->name, NULL);
    g_autofree char *abbr = g_strconcat(*acronym, " ", n->name, NULL);
    p->name = g_intern_string(name);
    p->end = n->end;
    *acronym = g_intern_string(abbr);
    g_array_remove_index(mentions, i + 1);
}

/* "the International Finance Corporation (IFC) led the round ... The IFC
 * will hold 10%": the acronym in brackets is the name again, not a second
 * organisation, here and in the sentences that follow.  A name a release
 * defines in brackets replaces the legal name, here and after. */
static void
fc_discourse_link_acronyms(FcDiscourse *d, const char *text, GArray *mentions)
{
    for (guint i = 0; i < mentions->len; i++) {
        FcMention *m = &g_array_index(mentions, FcMention, i);
        if (fc_discourse_is_acronym_of(text, mentions, i)) {
            FcMention *p = &g_array_index(mentions, FcMention, i - 1);
            const char *acronym = m->type == FC_MENTION_NAME ? m->name : NULL;
            p->end = m->end + 1;
            g_array_remove_index(mentions, i--);
            if (acronym != NULL)
                fc_discourse_acronym_tail(text, mentions, i, &acronym);
            if (acronym != NULL)
                g_hash_table_replace(d->acronyms, (gpointer)acronym, g_memdup2(p, sizeof *p));
            continue;
        }
        if (m->type != FC_MENTION_NAME || m->name == NULL)
            continue;
        if (fc_discourse_is_alias_of(text, mentions, i)) {
            FcMention *p = &g_array_index(mentions, FcMention, i - 1);
            g_hash_table_replace(d->aliases, (gpointer)p->name, (gpointer)m->name);
            p->name = m->name;
            continue;
        }
        const char *alias = g_hash_table_lookup(d->aliases, m->name);
        if (alias != NULL)
            m->name = alias;
        const FcMention *full = g_hash_table_lookup(d->acronyms, m->name);
        if (full != NULL) {
            m->type = full->type;
            m->entity = full->entity;
            m->name = full->name;
        }
    }
}

/* "Where Did Thelawala Spend?": a section heading asked in title case,
 * where every word is capitalised, names or not. */
static gboolean
fc_is_title_question(const char *t, FcSpan span)
{
    gsize end = span.end;
    while (end > span.start && g_ascii_isspace(t[end - 1]))
        end--;
    if (end == span.start || end - span.start > 100 || t[end - 1] != '?')
        return FALSE;
    guint words = 0;
    for (gsize i = span.start; i < end; i++) {
        gboolean starts = g_ascii_isalpha(t[i]) && (i == span.start || !g_ascii_isalnum(t[i - 1]));
        if (starts && !g_ascii_isupper(t[i]))
            return FALSE;
        words += starts;
    }
    return words >= 3;
}

/* In such a heading, a company's short name the article has used alone
 * runs on into the next capitalised word ("Thelawala Spend"): the name is
 * the short one. */
static void
fc_discourse_trim_heading_names(FcDiscourse *d, const char *text, FcSpan span, GArray *mentions)
{
    if (!fc_is_title_question(text, span))
        return;
    for (guint i = 0; i < mentions->len; i++) {
        FcMention *m = &g_array_index(mentions, FcMention, i);
        const char *space = m->type == FC_MENTION_NAME && m->name != NULL && !m->person
                                ? strchr(m->name, ' ')
                                : NULL;
        if (space == NULL)
            continue;
        g_autofree char *first = g_strndup(m->name, (gsize)(space - m->name));
        const char *word = g_intern_string(first);
        if (g_hash_table_lookup(d->alone, word) == NULL)
            continue;
        m->name = word;
        m->end = m->start + strlen(word);
    }
}

/* "co-chief executive Tom Reyes ... Tom Reyes, who joined in 2021, said":
 * once a sentence shows an unknown name to be a person's, the name stays
 * one for the rest of the document, and so do its last word ("Reyes
 * said"), which would otherwise pass for a company and become what later
 * sentences are about, and its first word when that is a given name. */
void
fc_discourse_learn_persons(FcDiscourse *d, const GArray *mentions)
{
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        if (m->type != FC_MENTION_NAME || !m->person || m->name == NULL)
            continue;
        g_hash_table_add(d->persons, (gpointer)m->name);
        const char *last = strrchr(m->name, ' ');
        if (last != NULL)
            g_hash_table_add(d->persons, (gpointer)g_intern_string(last + 1));
        /* "I'm Sophie Kaur. ... Thanks, Sophie.": a given name alone. */
        const char *space = strchr(m->name, ' ');
        if (space != NULL && fc_person_name_is_given(m->name, (gsize)(space - m->name))) {
            g_autofree char *first = g_strndup(m->name, (gsize)(space - m->name));
            g_hash_table_add(d->persons, (gpointer)g_intern_string(first));
        }
    }
}

/* The one person @mentions name, or NULL for none or several. */
static const char *
fc_mentions_lone_person(const GArray *mentions)
{
    const char *lone = NULL;
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        gboolean person = m->type == FC_MENTION_NAME
                              ? m->person
                              : m->type == FC_MENTION_ENTITY && m->entity->kind == FC_KIND_PERSON;
        if (!person || m->name == NULL || m->name == lone)
            continue;
        if (lone != NULL)
            return NULL;
        lone = m->name;
    }
    return lone;
}

/* "Maria Lopes spent a decade at a seed fund. She founded Loamwise on her
 * own": a sentence opening on "She" or "He" right after one that named
 * one person, and no one else, is about that person.  Anything less
 * certain (two people named, a paragraph of "she" without a name before
 * it) stays unread. */
static void
fc_discourse_person_pronoun(FcDiscourse *d, const char *text, FcSpan span, GArray *mentions)
{
    static const char *const pronouns[] = {"She ", "He "};
    const char *person = d->lone_person;
    d->lone_person = NULL;
    if (person == NULL ||
        (mentions->len > 0 && g_array_index(mentions, FcMention, 0).start == span.start))
        return;
    for (guint i = 0; i < G_N_ELEMENTS(pronouns); i++) {
        gsize n = strlen(pronouns[i]) - 1;
        if (span.end - span.start > n && strncmp(text + span.start, pronouns[i], n + 1) == 0) {
            FcMention m = {.type = FC_MENTION_NAME, .start = span.start, .end = span.start + n};
            m.name = person;
            m.person = m.pronoun = TRUE;
            g_array_prepend_val(mentions, m);
            return;
        }
    }
}

/* "Hoshimi was co-founded in 2015 by Aiko Hoshimi": a company named for
 * its founder, which a passive verb only a company takes shows. */
static gboolean
fc_name_is_founded(const char *text, const FcMention *m)
{
    static const char *const verbs[] = {
        " was founded", " was co-founded", " was started", " was set up",       " was launched",
        " was valued",  " was acquired",   " is valued",   " is headquartered", " is based"};
    for (guint k = 0; k < G_N_ELEMENTS(verbs); k++)
        if (g_str_has_prefix(text + m->end, verbs[k]))
            return TRUE;
    return FALSE;
}

/* "Bisola Ogundipe ... Ogundipe said": a name shaped as a person's whose
 * last word the document quotes alone. */
static gboolean
fc_discourse_is_quoted(const FcDiscourse *d, const char *name)
{
    const char *last = strrchr(name, ' ');
    return last != NULL && fc_strtab_contains(d->speakers, last + 1, strlen(last + 1)) &&
           fc_person_name_shaped(name, strlen(name));
}

/* "Euan Baird, previously Tillpoint's finance director, became ...": a
 * name of two words or more that a company's post describes is a
 * person's, whatever its given name.  A partner may be a company
 * ("Harbor Freight, Tillpoint's logistics partner"). */
static gboolean
fc_name_has_post(const char *text, const FcMention *m, gsize end)
{
    static const char *const past[] = {"previously ", "formerly ", "until recently ", "then "};
    if (memchr(text + m->start, ' ', m->end - m->start) == NULL || m->end + 2 >= end ||
        memcmp(text + m->end, ", ", 2) != 0)
        return FALSE;
    gsize i = m->end + 2;
    for (guint k = 0; k < G_N_ELEMENTS(past); k++)
        if (g_str_has_prefix(text + i, past[k]))
            i += strlen(past[k]);
    /* The company's post: "Tillpoint's", "the company's", "its". */
    gsize w = i, n = g_str_has_prefix(text + i, "its ") ? 4 : 0;
    while (n == 0 && w < end && w < i + 40 && !strchr(",;.", text[w]))
        n = fc_possessive_len(text + ++w);
    if (n == 0)
        return FALSE;
    i = w + n;
    for (guint words = 0; words < 3 && i < end; words++) {
        gsize s = i, len = fc_words_next(text, &i, end);
        if (len == 0)
            return FALSE;
        if (fc_words_is_role(text + s, len) && !(len == 7 && memcmp(text + s, "partner", 7) == 0))
            return TRUE;
    }
    return FALSE;
}

static void
fc_discourse_mark_persons(FcDiscourse *d, const FcDocument *doc, GArray *mentions)
{
    if (d->speakers == NULL)
        d->speakers = fc_speakers_scan(doc->text, doc->len);
    fc_discourse_learn_persons(d, mentions);
    for (guint i = 0; i < mentions->len; i++) {
        FcMention *m = &g_array_index(mentions, FcMention, i);
        if (m->type == FC_MENTION_NAME && !m->person && m->name != NULL &&
            (g_hash_table_contains(d->persons, m->name) || fc_discourse_is_quoted(d, m->name) ||
             fc_name_has_post(doc->text, m, doc->len)) &&
            !fc_name_is_founded(doc->text, m))
            m->person = TRUE;
    }
}

gboolean
fc_discourse_opens_clause(const char *text, gsize at)
{
    static const char *const openers[] = {", and ", "; ", ": ", " while ", " whereas ", ", but "};
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++) {
        gsize n = strlen(openers[k]);
        if (at >= n && strncmp(text + at - n, openers[k], n) == 0)
            return TRUE;
    }
    return FALSE;
}

/* "Anthropic closed a round, and OpenAI is selling shares that would
 * value it at $500bn": a company opening a later clause before @upto is
 * what "it" there means, rather than the sentence's subject. */
static const FcMention *
fc_discourse_clause_subject(const FcDiscourse *d, const FcDocument *doc, GArray *mentions,
                            guint upto, int subject)
{
    for (guint i = upto; i-- > 0 && (int)i > subject;) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        if (fc_mention_is_orgish(m) && m->type != FC_MENTION_COREF && m->name != NULL &&
            !fc_kind_is_backer(fc_discourse_kind(d, m->name)) &&
            fc_discourse_opens_clause(doc->text, m->start))
            return m;
    }
    return NULL;
}

/* "Meta agreed to invest $14.3bn in Scale AI, in a deal that values Scale
 * at $29bn and brings its founder to Meta": a company named as an object
 * after the subject, in the clause of an "its", is what the "its"
 * means. */
static const char *
fc_discourse_clause_owner(const FcDiscourse *d, const char *text, GArray *mentions, guint upto,
                          int subject)
{
    const FcMention *its = &g_array_index(mentions, FcMention, upto);
    for (guint i = upto; i-- > 0 && (int)i > subject;) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        for (gsize k = m->end; k < its->start; k++)
            if (text[k] == ',' || text[k] == ';')
                return NULL;
        if (!fc_mention_is_orgish(m) || m->type == FC_MENTION_COREF || m->name == NULL ||
            m->possessive || fc_kind_is_backer(fc_discourse_kind(d, m->name)))
            continue;
        /* An object ("values Scale at $29bn"), not the subject of a clause
         * of its own ("said Microsoft doubled its stake"). */
        gsize k = m->end;
        while (k < its->start && text[k] == ' ')
            k++;
        gsize e = k;
        while (e < its->start && g_ascii_isalpha(text[e]))
            e++;
        return e > k && fc_words_is_preposition(text + k, e - k) ? m->name : NULL;
    }
    return NULL;
}

/* Is the possessive mention @i followed by a round ("its Series B", "its
 * $45m Series B")? */
static gboolean
fc_discourse_owns_round(GArray *mentions, guint i)
{
    for (guint k = i + 1; k < mentions->len && k <= i + 2; k++) {
        const FcMention *n = &g_array_index(mentions, FcMention, k);
        if (n->type == FC_MENTION_ROUND)
            return TRUE;
        if (n->type != FC_MENTION_MONEY)
            return FALSE;
    }
    return FALSE;
}

static const char *
fc_discourse_object_before(const FcDiscourse *d, const char *text, FcSpan span, GArray *mentions,
                           guint upto)
{
    for (guint i = upto; i-- > 0;) {
        const FcMention *p = &g_array_index(mentions, FcMention, i);
        if (p->type == FC_MENTION_COREF || !fc_mention_is_orgish(p) || p->name == NULL)
            continue;
        gsize n;
        const char *w = fc_discourse_word_before(text, span.start, p->start, &n);
        if ((w != NULL && fc_words_is_preposition(w, n)) ||
            !fc_kind_fits(FC_KIND_COMPANY, fc_discourse_kind(d, p->name)))
            return NULL;
        return p->name;
    }
    return NULL;
}

gboolean
fc_discourse_leads_round(const char *text, gsize at, gsize end)
{
    static const char *const verbs[] = {" led ",      " co-led ",     " also led ", " leads ",
                                        " co-leads ", " is leading ", " has led ",  " will lead "};
    for (guint i = 0; i < G_N_ELEMENTS(verbs); i++) {
        gsize n = strlen(verbs[i]);
        if (at + n <= end && strncmp(text + at, verbs[i], n) == 0)
            return !g_str_has_prefix(text + at + n, "by ");
    }
    return FALSE;
}

/* "... after a loan from Lendrock in March, the company said.": a reference
 * that speaks after a comma is the company the text is about, not the
 * nearest name before it. */
static gboolean
fc_reference_speaks(const char *text, FcSpan span, const FcMention *m)
{
    return m->start >= span.start + 2 && text[m->start - 2] == ',' &&
           fc_words_speech_follows(text, m->end, span.end);
}

int
fc_discourse_sentence(FcDiscourse *d, const FcDocument *doc, FcSpan span, GArray *mentions)
{
    fc_discourse_mark_persons(d, doc, mentions);
    fc_discourse_person_pronoun(d, doc->text, span, mentions);
    d->lone_person = fc_mentions_lone_person(mentions);
    fc_discourse_learn_names(d, mentions);
    fc_discourse_link_acronyms(d, doc->text, mentions);
    fc_discourse_trim_heading_names(d, doc->text, span, mentions);
    gboolean caption = fc_is_caption(d, doc->text, doc->len, span);
    fc_discourse_link_short_names(d, doc->text, span, mentions, !caption);
    /* "source: Inc42": the publication is no company of its own story. */
    if (d->sentence == 0 && doc->source != NULL)
        g_hash_table_add(d->media, g_strdup(doc->source));
    int subject = fc_discourse_subject(d, doc, span, mentions);
    const FcMention *subj =
        subject >= 0 ? &g_array_index(mentions, FcMention, (guint)subject) : NULL;
    const FcMention *anchor = subj != NULL ? subj : fc_label_company(d, doc->text, span, mentions);
    for (guint i = 0; i < mentions->len; i++) {
        FcMention *m = &g_array_index(mentions, FcMention, i);
        if (m->type != FC_MENTION_COREF)
            continue;
        const FcMention *before =
            anchor != NULL && anchor != m && anchor->start < m->start ? anchor : NULL;
        /* "Meridian Fifth led an $85m Series C that valued the company at
         * $600m": the lead is no company the sentence's nouns mean. */
        const char *lead = NULL;
        if (before != NULL && fc_discourse_leads_round(doc->text, before->end, span.end)) {
            lead = before->name;
            before = NULL;
        }
        const FcMention *clause = fc_discourse_clause_subject(d, doc, mentions, i, subject);
        /* Under a company's label, its product opening the text is not
         * what "its" means. */
        gboolean labelled = subj == NULL && anchor != NULL && clause != NULL &&
                            clause->name != NULL &&
                            fc_discourse_kind(d, clause->name) == FC_KIND_PRODUCT;
        if (clause != NULL && !labelled)
            before = clause;
        /* "Oriel Partners, which led its $45m Series B": investors raise no
         * rounds, so "its" before a round is the company's. */
        if (before != NULL && m->possessive && fc_discourse_owns_round(mentions, i) &&
            fc_kind_is_backer(fc_discourse_kind(d, before->name))) {
            before = NULL;
            m->coref_kind = FC_KIND_COMPANY;
        }
        /* "..., valuing the company at $183bn": a noun reference prefers
         * the subject before it, then the nearest fitting name, unless the
         * sentence is about the deal itself ("The round, led by Monte Azul
         * with the IFC, valued the company"): its names are backers. */
        const char *near = NULL;
        if (m->coref_kind != FC_KIND_UNKNOWN && !m->coref_maker && !m->coref_any) {
            if (before != NULL && before->name != NULL &&
                fc_kind_fits(m->coref_kind, fc_discourse_kind(d, before->name)))
                near = before->name;
            else if (!fc_words_opens_on_deal(doc->text + span.start, span.end - span.start) &&
                     !fc_follows_participle(doc->text, span, m) &&
                     !fc_reference_speaks(doc->text, span, m))
                near = fc_discourse_in_sentence(d, doc->text, span, mentions, i, m->coref_kind);
            if (near != NULL && near == lead)
                near = NULL;
        } else if (m->possessive && subj != NULL && before == subj) {
            near = fc_discourse_clause_owner(d, doc->text, mentions, i, subject);
        } else if (m->possessive && before == NULL && subj == NULL) {
            /* "... to keep Emberline independent ... is a question its
             * investors will answer": without a subject, "its" is the
             * company the sentence named, unless a preposition governs it
             * ("In a deal with Oracle, its revenue grew"). */
            near = fc_discourse_object_before(d, doc->text, span, mentions, i);
        }
        if (near != NULL)
            m->name = near;
        else
            fc_discourse_resolve(d, m, before);
    }
    if (caption) {
        d->sentence++;
        return subject;
    }
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        if (fc_mention_is_orgish(m) && (int)i != subject &&
            !fc_discourse_names_role(doc->text, span, m, TRUE))
            fc_discourse_remember(d, m, FALSE);
    }
    if (subj != NULL)
        fc_discourse_remember(d, subj, TRUE);
    /* A new section of the article ("Risks, Limitations & Open Questions")
     * is about what the article is about, not the last item before it. */
    else if (d->topic != NULL && fc_is_topic_heading(doc->text, span))
        fc_discourse_push(d, d->topic, d->sentence, TRUE);
    /* The topic is what the first sentence naming an organisation (the
     * headline, usually) is about: its subject, else its first name. */
    if (d->topic == NULL && d->referents->len > 0)
        d->topic = subj != NULL && subj->name != NULL
                       ? subj->name
                       : g_array_index(d->referents, FcReferent, 0).name;
    d->sentence++;
    /* "- Cohere: Not European. The Toronto company, founded in 2019,
     * ...": the label is what the bullet's claims and references are
     * about, though never what a later bare figure is about. */
    if (subject < 0 && anchor != NULL) {
        fc_discourse_push(d, anchor->name, d->sentence - 1, TRUE);
        g_array_index(d->referents, FcReferent, d->referents->len - 1).label = TRUE;
        return (int)(anchor - &g_array_index(mentions, FcMention, 0));
    }
    return subject;
}

void
fc_discourse_demote_subject(FcDiscourse *d)
{
    for (guint i = d->referents->len; i-- > 0;) {
        FcReferent *r = &g_array_index(d->referents, FcReferent, i);
        if (r->sentence + 1 != d->sentence)
            break;
        if (r->subject) {
            r->subject = FALSE;
            return;
        }
    }
}

void
fc_discourse_assume_subject(FcDiscourse *d, const char *name)
{
    if (d->sentence > 0)
        fc_discourse_push(d, name, d->sentence - 1, TRUE);
}

void
fc_discourse_promote(FcDiscourse *d, const char *name)
{
    for (guint i = d->referents->len; i-- > 0;) {
        FcReferent *r = &g_array_index(d->referents, FcReferent, i);
        if (r->sentence + 1 != d->sentence)
            return;
        if (r->name != name)
            continue;
        /* Newest last: the promoted name is what the sentence was about. */
        FcReferent copy = *r;
        copy.subject = TRUE;
        g_array_remove_index(d->referents, i);
        g_array_append_val(d->referents, copy);
        return;
    }
}
