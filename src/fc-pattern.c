#include "fc-pattern.h"

#include "fc-wordalt.h"

#include <string.h>

#define FC_TOK(types) "⟦(?:" types "):\\d+⟧"
#define FC_ORGISH "ORG|PRODUCT|NAME"

/* A descriptor word in front of a name ("AI startup", "sovereign wealth
 * fund"): any word but the function words that would let a slot reach
 * across a clause. */
#define FC_STOP_WORDS                                                                              \
    "in|into|from|of|for|to|with|by|on|at|as|and|or|but|that|which|who|is|are"                     \
    "|was|were|be|been|has|have|had|will|would|could|can|may|might|said|says|than|after"           \
    "|before|while|including|led|also|not|its|their|amid|despite|via|per|where|when|since|whose"   \
    "|because|although|though|if|replacing|replaced|succeeding|succeeded|named|appointed"          \
    "|became|becomes|become|remains|remained|joined|joins|left|raised|raises|told|tells|asked"
/* Roles describe people, never organisations: "co-founder Jane Doe" must
 * not pass for an investor in a list of backers. */
#define FC_ROLE_WORDS                                                                              \
    "|co-founder|co-founders|founder|founders|cofounder|cofounders|ceo|chief|executive|president|" \
    "chairman|chairwoman"                                                                          \
    "|spokesperson|spokesman|spokeswoman|analyst|told|says"
/* "Anthropic (Claude)", and a roundup's "Brindle Labs (London)". */
/* ... and a newsletter's "(Stockholm, gaming)", "(Denver, SaaS)". */
#define FC_APPOS                                                                                   \
    "(?: \\((?:" FC_TOK(FC_ORGISH) "|" FC_TOK("PLACE") "(?:, (?:" FC_TOK(                          \
        "PLACE") "|[\\w&/ -]{1,30}))?)\\))?"
/* "by Mara Lindqvist, a former researcher at Quill Labs, and Tobias Wren":
 * a description of one person of a list, when another follows it (names
 * inside it are no items: fc_sentence_slot_items()). */
#define FC_PERSON_APPOS                                                                            \
    "(?:, (?:a|an|the|his|her|their|its|who) [^,;⟦]{1,60}(?:⟦[A-Z]+:\\d+⟧[^,;⟦]{0,30})?"   \
    "(?=,? and (?:(?-i:[a-z][a-z-]*) ){0,3}⟦(?:PERSON|NAME)|, ⟦(?:PERSON|NAME)))?"
/* Words that put a person of a list in another role than the list's. */
#define FC_NOT_TITLE_WORDS                                                                         \
    "and|or|hired|hires|named|names|appointed|recruited|tapped|brought|joined|later|then|now|also" \
    "|with"                                                                                        \
    "|by|from|to|of|in|at|for|as|is|was|said|says|told|backed|led|investors?|advisers?|advisors?"
/* A title or role before a later person of a list: "by Marisol Achebe and
 * CEO Owen Tierney", "Dr. Ana Lima and Professor Rui Costa", "and MIT
 * bioengineering professor Oluwaseun Adeyemi", "and former investment
 * banker Mariana Lopes" (a few lower-case words before a person, but not
 * a verb's: "and later hired Rui Costa"). */
#define FC_PERSON_TITLE                                                                            \
    "(?:(?:Dr\\.?|Professor|Prof\\.?|CEO|CTO|COO|CFO|chief executive|chief technology officer"     \
    "|president|chairman|chairwoman|chief scientist|co-founder|cofounder|fellow co-founder) "      \
    "|⟦(?:ORG|NAME):\\d+⟧ (?:[a-z][a-z-]* ){1,3}(?=⟦PERSON:)"                                \
    "|(?:(?!(?:" FC_NOT_TITLE_WORDS ")\\b)(?-i:[a-z][a-z-]*) ){1,3}(?=⟦PERSON:))?"
/* A comma before a participle ends the list: "led by Accel, valuing the
 * company at $60m".  After "and" a bare comma ends it too: in "by Ana Lima
 * and Rafael Costa, ProntoPix processes ..." ProntoPix is no founder. */
#define FC_LIST_COMMA ", (?![a-z]+ing )"
#define FC_LIST_AND "(?:,? and | as well as | & |,? plus |, along with )"

/* The pieces of a slot that hold a word list: built once, with the lists
 * factored by prefix (fc-wordalt), since every descriptor word of every
 * candidate name is checked against them.  They live as long as the
 * process. */
typedef struct {
    char *word;        /* a descriptor word: not a stop or role word */
    char *org_desc;    /* "the AI startup", "Google's AI arm" before a name */
    char *list_core;   /* one name of a list, bracketed, without its descriptors */
    char *list_item;   /* one name of a list, possibly described and bracketed */
    char *person_desc; /* words and names before a person */
} FcPieces;

/* A word but @words, and a comma after it.  With @colon a lower-case
 * word may end in a colon that introduces a list: "by three
 * researchers: Ana Lima, ..." (not a speaker's "GRID: Thanks, Sophie"). */
static char *
fc_word_except(const char *words, gboolean colon)
{
    g_autofree char *alternation = fc_wordalt_new(words);
    return g_strconcat("(?:(?!", alternation, "\\b)(?:\\p{L}[\\p{L}\\p{N}.-]*,? ",
                       colon ? "|\\p{Ll}[\\p{L}\\p{N}.-]*: " : "", "))", NULL);
}

static void
fc_pieces_build(FcPieces *p)
{
    p->word = fc_word_except(FC_STOP_WORDS FC_ROLE_WORDS, FALSE);
    /* "Japan's Sakura Bridge", "US investor Tidemark Capital", "Boston-based
     * Voltmere". */
    p->org_desc =
        g_strconcat("(?:(?:the |an? )?(?:" FC_TOK(FC_ORGISH "|PLACE|PERSON") "'s |" FC_TOK(
                        "PLACE") "(?:-based|-headquartered)? )?",
                    p->word, "{0,3}?)?", NULL);
    /* "Google's AI arm (Google DeepMind)", "a16z (Andreessen Horowitz)". */
    p->list_core = g_strdup("\\(?" FC_TOK(
        FC_ORGISH
        "|PERSON") "\\)?" FC_APPOS
                   "(?:, (?:the|a|an) [^,;⟦]{0,60}(?:⟦[A-Z]+:\\d+⟧(?:'s)?[^,;⟦]{0,20}){0,3},)?");
    p->list_item = g_strconcat(p->org_desc, p->list_core, NULL);
    g_autofree char *person_word = fc_word_except(FC_STOP_WORDS, TRUE);
    p->person_desc =
        g_strconcat("(?:(?:", person_word, "|" FC_TOK(FC_ORGISH) "(?:'s)? ){0,6}?)?", NULL);
}

static const FcPieces *
fc_pieces(void)
{
    static FcPieces pieces;
    static gsize built;
    if (g_once_init_enter(&built)) {
        fc_pieces_build(&pieces);
        g_once_init_leave(&built, 1);
    }
    return &pieces;
}

static const struct {
    const char *name;
    FcSlotType type;
} fc_slot_types[] = {
    {"MONEY", FC_SLOT_MONEY},     {"PCT", FC_SLOT_PCT},       {"DATE", FC_SLOT_DATE},
    {"NUM", FC_SLOT_NUM},         {"ROUND", FC_SLOT_ROUND},   {"PLACE", FC_SLOT_PLACE},
    {"ORG", FC_SLOT_ORG},         {"PERSON", FC_SLOT_PERSON}, {"ORGS", FC_SLOT_ORGS},
    {"PERSONS", FC_SLOT_PERSONS}, {"TOWN", FC_SLOT_TOWN},
};

static FcSlotType
fc_slot_type_parse(const char *name)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_slot_types); i++)
        if (strcmp(fc_slot_types[i].name, name) == 0)
            return fc_slot_types[i].type;
    return FC_SLOT_NONE;
}

gboolean
fc_slot_is_list(FcSlotType type)
{
    return type == FC_SLOT_ORGS || type == FC_SLOT_PERSONS;
}

gboolean
fc_slot_accepts(FcSlotType type, const char *t)
{
    switch (type) {
    case FC_SLOT_MONEY:
        return strcmp(t, "MONEY") == 0;
    case FC_SLOT_PCT:
        return strcmp(t, "PCT") == 0;
    case FC_SLOT_DATE:
        return strcmp(t, "DATE") == 0;
    case FC_SLOT_NUM:
        return strcmp(t, "NUM") == 0;
    case FC_SLOT_ROUND:
        return strcmp(t, "ROUND") == 0;
    case FC_SLOT_PLACE:
        return strcmp(t, "PLACE") == 0;
    case FC_SLOT_TOWN:
        return strcmp(t, "PLACE") == 0 || strcmp(t, "NAME") == 0;
    case FC_SLOT_ORG:
        return strcmp(t, "ORG") == 0 || strcmp(t, "PRODUCT") == 0 || strcmp(t, "NAME") == 0;
    case FC_SLOT_ORGS:
        /* Backers are listed with people too: "Nvidia and Jeff Bezos". */
        return strcmp(t, "ORG") == 0 || strcmp(t, "PRODUCT") == 0 || strcmp(t, "NAME") == 0 ||
               strcmp(t, "PERSON") == 0;
    case FC_SLOT_PERSON:
    case FC_SLOT_PERSONS:
        return strcmp(t, "PERSON") == 0 || strcmp(t, "NAME") == 0;
    case FC_SLOT_NONE:
        break;
    }
    return FALSE;
}

/* A name governed by a preposition is not the subject a pattern starts
 * with: "Groq, a rival to Nvidia, was founded in 2016" is about Groq.  It
 * still is the subject of its relative clause ("led by Radical Ventures,
 * which invested $200 million").  "with" and "as" are left out: they open
 * clauses too ("with Sequoia also joining", "as quickly as Claude's new
 * round").  Both branches are zero-width and capture nothing, so the
 * group is atomic: when the rest of a pattern fails after the first, the
 * second could only lead to the same failure, and its look-ahead of up
 * to 160 characters is not tried in vain (a fifth of a pattern's time). */
#define FC_NOT_GOVERNED                                                                            \
    "(?>(?<!\\bto )(?<!\\bof )(?<!\\bby )(?<!\\bfor )(?<!\\bfrom )(?<!\\bthan )"                   \
    "(?<!\\blike )(?<!\\bagainst )(?<!\\bversus )"                                                 \
    "|(?=[^,;]{0,80}(?:, [^,;]{1,80})?, (?:which|who)\\b))"

/* A pattern that opens with a name is tried at every position of the
 * sentence, and its descriptor words (org_desc: each checked against
 * the stop words) are costly to try.  A match starts a word (or right at
 * a token, for names glued to a heading: "AnthropicMicrosoft will"), and
 * has the name's token within five space-separated pieces of its start
 * ("the", "X's", three words); both are checked cheaply first, so the
 * search skips the inside of words and starts that could never match. */
/* A slot starts a word: "at the Treasury" must not read "t the" as a
 * description of a person. */
#define FC_WORD_START "(?>(?<![\\p{L}\\p{N}])|(?=⟦))"
#define FC_NAME_AHEAD(types) FC_WORD_START "(?=(?:[^ ]++ ){0,5}\\(?⟦(?:" types "):)"

/* Only slots with descriptor words in front of their token have a gate:
 * for the others the gate would be the pattern itself. */
static gboolean
fc_slot_is_described(FcSlotType type)
{
    return type == FC_SLOT_ORG || type == FC_SLOT_ORGS || type == FC_SLOT_PERSON ||
           type == FC_SLOT_PERSONS;
}

/* Appends a slot to @out.  @gate is not NULL for the slot that opens the
 * pattern: a described slot also appends to it what follows its
 * descriptor words. */
static void
fc_pattern_append_slot(GString *out, GString *gate, const char *name, FcSlotType type,
                       gboolean possessive)
{
    const FcPieces *p = fc_pieces();
    g_autofree char *core = NULL;
    switch (type) {
    case FC_SLOT_ORG:
        if (gate != NULL)
            g_string_append(out, FC_NAME_AHEAD(FC_ORGISH) FC_NOT_GOVERNED);
        g_string_append(out, p->org_desc);
        /* The negative look-ahead stops "in Claude's rival Mistral" from
         * binding Claude: a possessive followed by another name describes
         * that name.  A pattern that itself asks for the possessive
         * ("{entity:ORG}'s rival") means the owner. */
        core = g_strdup_printf("(?<%s>" FC_TOK(FC_ORGISH) ")" FC_APPOS "%s%s%s", name,
                               possessive ? "" : "(?!'s ", possessive ? "" : p->word,
                               possessive ? "" : "{0,3}" FC_TOK(FC_ORGISH) ")");
        break;
    case FC_SLOT_ORGS:
        if (gate != NULL)
            g_string_append(out, FC_NAME_AHEAD(FC_ORGISH "|PERSON") FC_NOT_GOVERNED);
        /* The group holds the first name's descriptors, the gate cannot. */
        g_string_append_printf(out, "(?<%s>%s", name, p->org_desc);
        if (gate != NULL)
            g_string_append(gate, "(?:");
        core = g_strconcat(p->list_core, "(?:" FC_LIST_COMMA, p->list_item, ")*(?:" FC_LIST_AND,
                           p->list_item, ")*)", NULL);
        break;
    case FC_SLOT_PERSON:
        g_string_append(out, FC_WORD_START);
        g_string_append(out, p->person_desc);
        core = g_strdup_printf("(?<%s>" FC_TOK("PERSON|NAME") ")", name);
        break;
    case FC_SLOT_PERSONS:
        g_string_append(out, FC_WORD_START);
        g_string_append(out, p->person_desc);
        /* The list must end where the phrase ends: in "by four MIT
         * classmates" MIT is a descriptor, not a founder. */
        core = g_strdup_printf(
            "(?<%s>" FC_TOK("PERSON|NAME") FC_PERSON_APPOS
            "(?:" FC_LIST_COMMA FC_PERSON_TITLE FC_TOK("PERSON|NAME") FC_PERSON_APPOS
            ")*(?:" FC_LIST_AND FC_PERSON_TITLE FC_TOK("PERSON|NAME") FC_PERSON_APPOS
            ")*)"
            "(?! (?:[a-z]+(?:ists|ians)|classmates|graduates|researchers"
            "|scientists|students|engineers|alumni|dropouts"
            "|veterans|executives|employees|colleagues"
            "|roommates|friends)\\b)",
            name);
        break;
    case FC_SLOT_TOWN:
        core = g_strdup_printf("(?<%s>" FC_TOK("PLACE|NAME") ")", name);
        break;
    default:
        for (guint i = 0; i < G_N_ELEMENTS(fc_slot_types); i++)
            if (fc_slot_types[i].type == type)
                core = g_strdup_printf("(?<%s>⟦%s:\\d+⟧)", name, fc_slot_types[i].name);
        break;
    }
    g_string_append(out, core);
    if (gate != NULL && fc_slot_is_described(type))
        g_string_append(gate, core);
}

static FcSlotType *
fc_slot_field(FcSlotTypes *types, const char *name)
{
    if (strcmp(name, "entity") == 0)
        return &types->entity;
    if (strcmp(name, "value") == 0)
        return &types->value;
    if (strcmp(name, "counterpart") == 0)
        return &types->counterpart;
    if (strcmp(name, "when") == 0)
        return &types->when;
    return NULL;
}

/* Parses "{name:TYPE}" at @p; returns the length consumed, 0 when @p does
 * not start a slot (a regex quantifier such as {0,3} is left alone). */
static gsize
fc_pattern_slot(const char *p, GString *out, GString *gate, FcSlotTypes *types,
                char **error_message)
{
    const char *close = strchr(p, '}');
    const char *colon = strchr(p, ':');
    if (close == NULL || !g_ascii_isalpha(p[1]))
        return 0;
    if (colon == NULL || colon > close) {
        /* "{entity}" is a slot without a type, never a regex quantifier. */
        g_autofree char *bare = g_strndup(p + 1, (gsize)(close - p - 1));
        if (fc_slot_field(types, bare) != NULL)
            *error_message = g_strdup_printf("slot '%s' needs a type: {%s:ORG}", bare, bare);
        return 0;
    }
    g_autofree char *name = g_strndup(p + 1, (gsize)(colon - p - 1));
    g_autofree char *type_name = g_strndup(colon + 1, (gsize)(close - colon - 1));
    FcSlotType *field = fc_slot_field(types, name);
    FcSlotType type = fc_slot_type_parse(type_name);
    if (field == NULL)
        *error_message = g_strdup_printf("unknown slot name '%s' (entity, value, "
                                         "counterpart or when)",
                                         name);
    else if (type == FC_SLOT_NONE)
        *error_message = g_strdup_printf("unknown slot type '%s'", type_name);
    else if (*field != FC_SLOT_NONE)
        *error_message = g_strdup_printf("slot '%s' used twice", name);
    if (*error_message != NULL)
        return 0;
    *field = type;
    fc_pattern_append_slot(out, gate, name, type, g_str_has_prefix(close + 1, "'s"));
    return (gsize)(close - p + 1);
}

char *
fc_pattern_expand(const char *pattern, FcSlotTypes *types, char **gate, char **error_message)
{
    GString *out = g_string_new(NULL);
    g_autoptr(GString) gate_core = g_string_new(NULL);
    gsize rest = 0; /* where the opening slot ends in @out */
    *error_message = NULL;
    for (const char *p = pattern; *p != '\0';) {
        if (*p == '\\' && p[1] != '\0') {
            g_string_append_len(out, p, 2);
            p += 2;
            continue;
        }
        gboolean opening = out->len == 0;
        gsize used = *p == '{'
                         ? fc_pattern_slot(p, out, opening ? gate_core : NULL, types, error_message)
                         : 0;
        if (*error_message != NULL) {
            g_string_free(out, TRUE);
            return NULL;
        }
        if (opening && used > 0)
            rest = out->len;
        if (used == 0)
            g_string_append_c(out, *p++);
        else
            p += used;
    }
    if (gate != NULL)
        *gate = gate_core->len > 0 ? g_strconcat(gate_core->str, out->str + rest, NULL) : NULL;
    return g_string_free(out, FALSE);
}
