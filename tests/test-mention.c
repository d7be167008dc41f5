/* fc-mention through its header, with the scanner of the rule set in
 * $FC_RULES_DIR: the typed spans of sample sentences, priorities between
 * overlapping kinds, and the referring expressions that are not
 * references. */
#include "fc-corpus.h"
#include "fc-mention.h"
#include "fc-person-name.h"
#include "fc-ruleset.h"
#include "fc-test.h"

#include <math.h>
#include <string.h>

static FcRuleSet *rules;

static const char *const type_names[] = {"MONEY", "PERCENT", "DATE", "ROUND",
                                         "COREF", "ENTITY",  "NAME", "NUMBER"};

/* Scans @text as one sentence of a document dated @date (NULL: undated). */
static GArray *
scan_dated(const char *text, const char *date, FcDocument **doc_out)
{
    FcDocument *doc = fc_test_document("t.md", date, text);
    FcSpan span = {doc->body_start, doc->len};
    GArray *out = g_array_new(FALSE, FALSE, sizeof(FcMention));
    g_autoptr(FcMatch) m = fc_match_new();
    g_assert_cmpuint(fc_mention_scan(rules->scanner, doc, span, m, out), ==, 0);
    *doc_out = doc;
    return out;
}

/* "TYPE 'surface'" for every mention, space separated. */
static char *
describe(const FcDocument *doc, GArray *mentions)
{
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        g_string_append_printf(s, "%s%s '%.*s'", i ? " " : "", type_names[m->type],
                               (int)(m->end - m->start), doc->text + m->start);
    }
    return g_string_free(s, FALSE);
}

/* Mentions come sorted and never overlap, whatever the sentence. */
static void
assert_well_formed(GArray *mentions, FcSpan span)
{
    gsize prev_end = span.start;
    for (guint i = 0; i < mentions->len; i++) {
        const FcMention *m = &g_array_index(mentions, FcMention, i);
        g_assert_cmpuint(m->start, >=, prev_end);
        g_assert_cmpuint(m->end, >, m->start);
        g_assert_cmpuint(m->end, <=, span.end);
        prev_end = m->end;
    }
}

static void
check_dated(const char *text, const char *date, const char *want)
{
    g_autoptr(FcDocument) doc = NULL;
    g_autoptr(GArray) ms = scan_dated(text, date, &doc);
    assert_well_formed(ms, (FcSpan){doc->body_start, doc->len});
    g_autofree char *got = describe(doc, ms);
    if (g_strcmp0(got, want) != 0)
        g_error("\"%s\"\n  got:  %s\n  want: %s", text, got, want);
}

static void
check(const char *text, const char *want)
{
    check_dated(text, "2025-11-20", want);
}

/* The single mention of @type in @text. */
static FcMention
only(const char *text, FcMentionType type)
{
    g_autoptr(FcDocument) doc = NULL;
    g_autoptr(GArray) ms = scan_dated(text, "2025-11-20", &doc);
    const FcMention *found = NULL;
    for (guint i = 0; i < ms->len; i++) {
        const FcMention *m = &g_array_index(ms, FcMention, i);
        if (m->type != type)
            continue;
        g_assert_null(found);
        found = m;
    }
    if (found == NULL)
        g_error("no %s mention in \"%s\"", type_names[type], text);
    return *found;
}

/* ---- typed values ------------------------------------------------------- */

static void
test_money(void)
{
    check("Anthropic raised $13 billion.", "ENTITY 'Anthropic' MONEY '$13 billion'");
    check("Mistral AI raised €600 million.", "ENTITY 'Mistral AI' MONEY '€600 million'");
    FcMention m = only("It could reach up to $4bn soon.", FC_MENTION_MONEY);
    g_assert_true(isinf(m.value.low) && m.value.low < 0);
    g_assert_cmpfloat(m.value.high, ==, 4e9);
    g_assert_cmpint(m.value.unit, ==, FC_UNIT_USD);
    m = only("It raised between $10bn and $15bn.", FC_MENTION_MONEY);
    g_assert_cmpfloat(m.value.low, ==, 1e10);
    g_assert_cmpfloat(m.value.high, ==, 1.5e10);
}

/* The money and percent patterns run only where a currency or a percent
 * sign or word occurs: each spelling must still get through. */
static void
test_value_gates(void)
{
    const char *money[] = {"It raised a billion dollars.", "It raised GBP 40m.",
                           "It raised 5bn USD.",           "It raised £30m.",
                           "It raised 3 billion euros.",   "It raised 2 million pounds.",
                           "It raised US$2 billion."};
    for (guint i = 0; i < G_N_ELEMENTS(money); i++)
        only(money[i], FC_MENTION_MONEY);
    const char *percent[] = {"It holds 12 pct.", "It holds 5%.", "It holds 7 percent.",
                             "It holds 9 PER CENT."};
    for (guint i = 0; i < G_N_ELEMENTS(percent); i++)
        only(percent[i], FC_MENTION_PERCENT);
    check("It raised 5 million.", "COREF 'It' NUMBER '5 million'");
    /* Dates without a digit: each word the date gate looks for. */
    const char *dates[] = {"It grew last year.",     "It grew in the first half.",
                           "It grew last week.",     "It grew the previous quarter and this month.",
                           "It closed yesterday.",   "It closed on Monday.",
                           "It closed in September."};
    for (guint i = 0; i < G_N_ELEMENTS(dates); i++)
        only(dates[i], FC_MENTION_DATE);
}

static void
test_percent_and_number(void)
{
    check("Sales rose 11% to 500 units.", "PERCENT '11%' NUMBER '500'");
    FcMention m = only("Microsoft holds about 27 per cent.", FC_MENTION_PERCENT);
    g_assert_cmpfloat(m.value.low, ==, 27);
    g_assert_true(m.value.approx);
    g_assert_cmpint(m.value.unit, ==, FC_UNIT_PERCENT);
    m = only("The firm employs 1,200 people.", FC_MENTION_NUMBER);
    g_assert_cmpfloat(m.value.low, ==, 1200);
    g_assert_cmpint(m.value.unit, ==, FC_UNIT_COUNT);
}

static void
test_dates(void)
{
    check("In September 2025, revenue fell.", "DATE 'September 2025'");
    FcMention m = only("Revenue fell last month.", FC_MENTION_DATE);
    g_autofree char *last_month = fc_time_format(&m.time);
    g_assert_cmpstr(last_month, ==, "2025-10");
    m = only("Revenue fell in Q1 2025.", FC_MENTION_DATE);
    g_autofree char *q1 = fc_time_format(&m.time);
    g_assert_cmpstr(q1, ==, "2025-Q1");
}

static void
test_undated_relative_date(void)
{
    /* An undated document cannot place "last month" but keeps it, so
     * claims of that document can still be told apart. */
    g_autoptr(FcDocument) doc = NULL;
    g_autoptr(GArray) ms = scan_dated("Revenue fell last month.", NULL, &doc);
    g_assert_cmpuint(ms->len, ==, 1);
    const FcMention *m = &g_array_index(ms, FcMention, 0);
    g_assert_cmpint(m->type, ==, FC_MENTION_DATE);
    g_assert_false(fc_time_is_known(&m->time));
    g_assert_cmpint(m->time.rel_months, ==, -1);
}

static void
test_rounds(void)
{
    check("It closed a Series F round.", "COREF 'It' ROUND 'Series F'");
    g_assert_cmpstr(only("A series F extension closed.", FC_MENTION_ROUND).name, ==,
                    "Series F extension");
    g_assert_cmpstr(only("It raised a seed round.", FC_MENTION_ROUND).name, ==, "seed");
    /* "seed" alone is not a round: it must be followed by round words. */
    check_dated("Seed funds grew.", NULL, "");
    /* A figure's seed or bridge is one, whatever follows. */
    check("It raises $4 million bridge ahead of Series A.",
          "COREF 'It' MONEY '$4 million' ROUND 'bridge' ROUND 'Series A'");
    check("The bridge held.", "");
}

/* ---- names -------------------------------------------------------------- */

static void
test_entities(void)
{
    FcMention m = only("Backers include AWS.", FC_MENTION_ENTITY);
    g_assert_cmpstr(m.name, ==, "Amazon Web Services");
    g_assert_nonnull(m.entity);
    g_assert_cmpstr(fc_mention_token(&m), ==, "ORG");
    m = only("Investors like Claude.", FC_MENTION_ENTITY);
    g_assert_cmpstr(fc_mention_token(&m), ==, "PRODUCT");
    m = only("It hired Dario Amodei.", FC_MENTION_ENTITY);
    g_assert_cmpstr(fc_mention_token(&m), ==, "PERSON");
}

/* A wire dateline opens the story and is no mention; anything else at a
 * sentence's start is read as usual. */
static void
test_datelines(void)
{
    check("SAN FRANCISCO, March 3 (Reuters) - Lovable raised $200m.",
          "NAME 'Lovable' MONEY '$200m'");
    check("TORONTO \xE2\x80\x94 Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("NEW YORK, Aug. 24, 2023 /PRNewswire/ -- Lovable raised $200m.",
          "NAME 'Lovable' MONEY '$200m'");
    check("NEW YORK--(BUSINESS WIRE)--Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("  PARIS - Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("\xC3\x89VRY - Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("D.C. - Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("BRISTOL, UK, 6 May 2025 \xE2\x80\x94 Lovable raised $200m.",
          "NAME 'Lovable' MONEY '$200m'");
    check("LONDON, April 13th 2021 \xE2\x80\x94 Lovable raised $200m.",
          "NAME 'Lovable' MONEY '$200m'");
    /* A transcript's speaker opens a turn the same way. */
    check("SOPHIE KAUR, HOST: Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("NADIA FAIRBROOK, CEO, ORRIN GRID: We have.", "");
    check("Thanks, Sophie.", "NAME 'Sophie'");
    /* A fact box's participle is no name. */
    check("About Quillmoor: Founded in 2017, it builds software.", "DATE '2017' COREF 'it'");
    check("Pallets are the unit of work.", "");
    check("Second, software companies grew.", "");
    check("It was led by Fifth Wall.", "COREF 'It' NAME 'Fifth Wall'");
    check("Financing led by Greywillow Capital.", "NAME 'Greywillow Capital'");
    /* Not datelines: a capital and a small letter, one capital, no dash. */
    check("Paris - Lovable raised $200m.", "ENTITY 'Paris' NAME 'Lovable' MONEY '$200m'");
    check("A - Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    check("ACME raised $200m.", "NAME 'ACME' MONEY '$200m'");
}

static void
test_unknown_names(void)
{
    check("Lovable raised $200m.", "NAME 'Lovable' MONEY '$200m'");
    FcMention m = only("It bought Acme Robotics Inc. today.", FC_MENTION_NAME);
    g_assert_cmpstr(m.name, ==, "Acme Robotics");
    g_assert_false(m.person);
    g_assert_cmpstr(fc_mention_token(&m), ==, "NAME");
    m = only("Société Générale invested.", FC_MENTION_NAME);
    g_assert_cmpstr(m.name, ==, "Société Générale");
    /* A legal form is no part of the company's name. */
    static const char *const forms[] = {
        "GmbH", "AG", "SE", "S.A.", "SAS", "N.V.", "Limited", "GmbH & Co. KG", "Co., Ltd."};
    for (guint i = 0; i < G_N_ELEMENTS(forms); i++) {
        g_autofree char *text = g_strdup_printf("It bought Lumora Data %s today.", forms[i]);
        m = only(text, FC_MENTION_NAME);
        g_assert_cmpstr(m.name, ==, "Lumora Data");
    }
}

static void
test_known_surname_makes_person(void)
{
    FcMention m = only("It hired Jane Amodei.", FC_MENTION_NAME);
    g_assert_true(m.person);
    g_assert_cmpstr(fc_mention_token(&m), ==, "PERSON");
    /* So does a common given name; an organisation's word last does not. */
    m = only("It hired Jane Smithers.", FC_MENTION_NAME);
    g_assert_true(m.person);
    m = only("It hired Lumen Smithers.", FC_MENTION_NAME);
    g_assert_false(m.person);
    m = only("It hired Maya Robotics.", FC_MENTION_NAME);
    g_assert_false(m.person);
    g_assert_true(fc_person_name_likely("Imogen Hartley-Shaw", 19));
    g_assert_true(fc_person_name_likely("Thomas H. Lee", 13));
    /* Accented letters are letters of a name. */
    g_assert_true(fc_person_name_likely("Tom\xC3\xA1s Reyes", 12));
    g_assert_true(fc_person_name_likely("Karin S\xC3\xB8rensen", 15));
    g_assert_true(fc_person_name_shaped("Bisola Ogundipe", 15));
    g_assert_false(fc_person_name_likely("Bisola Ogundipe", 15));
    g_assert_false(fc_person_name_shaped("Kora Harbour Capital", 20));
    g_assert_false(fc_person_name_likely("Maya", 4));
    g_assert_false(fc_person_name_likely("Kai Capital Partners", 20));
    g_assert_false(fc_person_name_likely("Bank of Jane", 12));
    g_assert_true(fc_person_name_same("Haugen", "Karl Haugen"));
    g_assert_true(fc_person_name_same("Devin Okafor", "Devin"));
    g_assert_false(fc_person_name_same("Daniela Amodei", "Dario Amodei"));
    /* A Korean given name after the family name is part of the name; an
     * adjective's tail is not. */
    check("He met Lee Sang-min.", "NAME 'Lee Sang-min'");
    check("They met US-based Kim Do-yeon.", "ENTITY 'US' NAME 'Kim Do-yeon'");
    /* A family name first or last is one person. */
    g_assert_true(fc_person_name_same("Zhao Ming", "Ming Zhao"));
    g_assert_true(fc_person_name_same("Sato Haruka", "haruka sato"));
    g_assert_false(fc_person_name_same("Zhao Ming", "Ming Zhaos"));
    g_assert_false(fc_person_name_same("Lee Sang Min", "Min Sang Lee"));
    g_assert_false(fc_person_name_same("Okafor", "Devin"));
    /* A double family name without the given name. */
    g_assert_true(fc_person_name_same("Robles Garza", "Ximena Robles Garza"));
    g_assert_false(fc_person_name_same("Robles Garza", "Ximena Robles"));
    g_assert_false(fc_person_name_same("Ana Garza", "Ximena Robles Garza"));
}

/* A role named in an apposition makes a person; a company's apposition
 * does not. */
static void
test_apposition_role_makes_person(void)
{
    static const struct {
        const char *text;
        gboolean person;
    } cases[] = {
        {"They met Tom Reyes, co-CEO of Nimbus Labs.", TRUE},
        {"They met Tom Reyes, the chief executive.", TRUE},
        {"They met Ann Lee, a senior analyst at Bernstein.", TRUE},
        {"They met Ann Lee, a partner at Accel.", TRUE},
        {"They met Jane Ortiz, who joined in 2021.", TRUE},
        {"They met Jane Ortiz, founder and CEO.", TRUE},
        {"They backed Quill Labs, whose chief executive is Priya Raman.", FALSE},
        {"They backed Quill Labs, a partner of Google.", FALSE},
        {"They backed Quill Labs, a founder friendly fund.", FALSE},
        {"They backed Quill Labs, which makes software.", FALSE},
        /* "who" is the officer's, not the start-up's. */
        {"He was chief operating officer of battery-swap start-up Tessaloop, who had claimed a "
         "stake.",
         FALSE},
    };
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(FcDocument) doc = NULL;
        g_autoptr(GArray) ms = scan_dated(cases[i].text, NULL, &doc);
        const FcMention *name = NULL;
        for (guint k = 0; k < ms->len && name == NULL; k++)
            if (g_array_index(ms, FcMention, k).type == FC_MENTION_NAME)
                name = &g_array_index(ms, FcMention, k);
        g_assert_nonnull(name);
        if (name->person != cases[i].person)
            g_error("\"%s\": %s is %sa person", cases[i].text, name->name,
                    name->person ? "" : "not ");
    }
}

static void
test_sentence_initial_words(void)
{
    /* Grammar, not names. */
    check("Training models is costly.", "");
    check("Expert perspectives differ.", "");
    check("Reportedly the deal closed.", "");
    /* A common noun opening a sentence, even before a verb. */
    check("Demand has surged.", "");
    check("Money came from angels.", "");
    /* A following verb or possessive makes the first word a name. */
    check("Lovable's revenue grew.", "NAME 'Lovable'");
    check("Stripes Group said so.", "NAME 'Stripes Group'");
    /* A comma makes an apposition or a list, unless a phrase follows it;
     * a bracket or a dash opens a roundup's entry. */
    check("Revenue, by her account, doubled.", "");
    check("Kelvia, the sensor maker, grew.", "NAME 'Kelvia'");
    check("Aegirion (Munich) - a Series B.", "NAME 'Aegirion' ENTITY 'Munich' ROUND 'Series B'");
    /* A fact box's labels are no names, whatever verb or bracket follows. */
    check("Total raised: $120 million", "MONEY '$120 million'");
    check("Revenue (2024): $18 million", "DATE '2024' MONEY '$18 million'");
    /* Editors' labels and imperatives are no part of the name after them. */
    check("Consider Harrow Robotics.", "NAME 'Harrow Robotics'");
    /* A known firm's regional fund is one name. */
    check("It was led by Partech Africa.", "COREF 'It' NAME 'Partech Africa'");
    /* ... and so is a company's regional arm, also when it opens the
     * sentence. */
    check("Konvoy Asia has closed a round.", "NAME 'Konvoy Asia'");
    check("Across Asia, startups raised less.", "ENTITY 'Asia'");
    /* A list entry's label is the company it is about; a heading's label,
     * followed by a sentence of its own, is none. */
    check("Lumeris: the lab closed a round at $14bn.",
          "NAME 'Lumeris' COREF 'the lab' MONEY '$14bn'");
    check("Valuation Sustainability: A $900B valuation is steep.", "MONEY '$900B'");
    /* A capitalised season opens a name, not a date. */
    check("Spring Health raised $100 million last spring.",
          "NAME 'Spring Health' MONEY '$100 million' DATE 'last spring'");
}

static void
test_plural_noun_not_name(void)
{
    /* "Investors said ..." opens many news sentences; like "Analysts" it is
     * a common noun, and taking it for a name makes it the subject that
     * "it" then resolves to. */
    g_autoptr(FcDocument) doc = NULL;
    g_autoptr(GArray) ms = scan_dated("Investors said it doubled.", NULL, &doc);
    g_autofree char *got = describe(doc, ms);
    if (strcmp(got, "COREF 'it'") != 0) {
        g_test_message("got: %s", got);
        g_test_fail_printf(
            "%s",
            "regression (fixed bug): fc-mention: a sentence-initial plural noun followed by a verb "
            "(\"Investors said\", \"Employees said\") is read as a NAME");
        return;
    }
}

static void
test_stop_words_split_names(void)
{
    check("Analysts at Morgan Stanley and Acme Labs agree.",
          "ENTITY 'Morgan Stanley' NAME 'Acme Labs'");
    /* A preposition, an indefinite pronoun or a unit opening a sentence
     * or following a number is no name's first word. */
    check("Inside Korvid Energy, engineers agree.", "NAME 'Korvid Energy'");
    /* Market reports and filings open on the company's shares. */
    check("Shares of Korvid Energy rose.", "NAME 'Korvid Energy'");
    check("Filings made at Companies House show it.", "NAME 'Companies House' COREF 'it'");
    check("Nobody buys one pair from Loamwell Labs.", "NAME 'Loamwell Labs'");
    check("Interim CEO Rick Sandoval will return.", "NAME 'Rick Sandoval'");
    check("We met in the company's Kreuzberg office.", "COREF 'the company'");
    check("Halvard Robotics holds minus 20 degrees Celsius.", "NAME 'Halvard Robotics'");
}

static void
test_ai_and_data_end_names(void)
{
    /* Alone they describe; after a name's first word they belong to it. */
    check("Lumora AI raised money.", "NAME 'Lumora AI'");
    check("Kestrel Data and the AI startup Velto AI agree.", "NAME 'Kestrel Data' NAME 'Velto AI'");
}

static void
test_origin_inside_name(void)
{
    /* Between two words of a name an adjective of origin belongs to it;
     * before a name, or at its end, it describes. */
    check("Atlas Nordic Ventures invested.", "NAME 'Atlas Nordic Ventures'");
    check("They met German startup Lohnwerk.", "NAME 'Lohnwerk'");
    check("They met Acme British staff.", "NAME 'Acme'");
    /* A point of the compass before one is part of the adjective. */
    check("Savanna, the South African investor, agreed.", "NAME 'Savanna'");
    check("It hired a North American bank.", "COREF 'It'");
    check("It is in this Lower Bavarian town.", "COREF 'It'");
    check("Southern Cross Ventures invested.", "NAME 'Southern Cross Ventures'");
}

static void
test_local_currency_conversion(void)
{
    /* An amount in a currency without a rate, then its conversion in
     * brackets: one figure, the conversion's. */
    check("It raised Rs 250 crore ($30 million) in June.",
          "COREF 'It' MONEY 'Rs 250 crore ($30 million)' DATE 'June'");
    check("It raised S$40 million (US$30 million).",
          "COREF 'It' MONEY 'S$40 million (US$30 million)'");
    /* A conversion the article hedges is rougher than the amount: the
     * amount stays the figure. */
    check("It is valued at around 1 billion yuan (about $137 million).",
          "COREF 'It' MONEY 'around 1 billion yuan'");
    check("It raised Rs 400 crore (about $48 million).", "COREF 'It' MONEY 'Rs 400 crore'");
    /* Signs apart or attached, and a conversion after ", or". */
    check("It raised R$ 1.2 billion (US$ 240 million).",
          "COREF 'It' MONEY 'R$ 1.2 billion (US$ 240 million)'");
    check("It raised ₦45 billion ($30 million).", "COREF 'It' MONEY '₦45 billion ($30 million)'");
    check("It is valued at AED 3.67 billion, or $1 billion.",
          "COREF 'It' MONEY 'AED 3.67 billion, or $1 billion'");
    /* A second figure after ", or" converts nothing. */
    check("It raised $5 billion, or $1 billion more.",
          "COREF 'It' MONEY '$5 billion' MONEY '$1 billion'");
    /* Euros have a rate: the bracket is a conversion, dropped. */
    check("It raised €30 million ($33 million).", "COREF 'It' MONEY '€30 million'");
    /* A tilde is "about", in the bracket (a hedged conversion, which
     * leaves the amount the figure) and before a figure. */
    check("It raised R$150 million (~US$30 million).", "COREF 'It' MONEY 'R$150 million'");
    check("It raised ~US$30 million.", "COREF 'It' MONEY '~US$30 million'");
    /* The magnitude joined by a hyphen, as South African papers write it. */
    check("It raised R180-million (US$9.6-million).",
          "COREF 'It' MONEY 'R180-million (US$9.6-million)'");
    /* "Sh" is the Kenyan shilling, before a figure only. */
    check("It raised Sh900 million.", "COREF 'It' MONEY 'Sh900 million'");
    /* "naira-denominated" describes the loan; the sign is the unit. */
    check("It took an $8 million naira-denominated loan.", "COREF 'It' MONEY '$8 million'");
    /* No currency word: a bracketed amount after a bare number stays. */
    check("It hired 250 people ($30 million in wages).",
          "COREF 'It' NUMBER '250' MONEY '$30 million'");
}

static void
test_town_before_region(void)
{
    /* A name before "Region-based" is the town, unless it reads as a
     * brand ("PisoLend"). */
    check("It hired a Fresno, Calif.-based maker.", "COREF 'It' ENTITY 'Fresno, Calif.'");
    check("Unlike PisoLend, Cebu-based PisoLink raised money.",
          "NAME 'PisoLend' ENTITY 'Cebu' NAME 'PisoLink'");
    /* "of Town, Region" after a company's name is where it is. */
    check("Its rival is Fieldmark Systems of Lincoln, Nebraska.",
          "COREF 'Its' NAME 'Fieldmark Systems' ENTITY 'Lincoln, Nebraska'");
    /* "in Town, Region" ending its phrase: the town is part of the place. */
    check("On a morning in Ikeja, Lagos, Bisola Ogundipe counts stock.",
          "ENTITY 'Ikeja, Lagos' NAME 'Bisola Ogundipe'");
    check("It opened in Victoria Island, Lagos.", "COREF 'It' ENTITY 'Victoria Island, Lagos'");
    /* Not a company an investment goes into, nor a brand. */
    check("It invested in Paystack, Lagos's biggest.", "COREF 'It' NAME 'Paystack' ENTITY 'Lagos'");
    check("It grew in PisoLend, Lagos.", "COREF 'It' NAME 'PisoLend' ENTITY 'Lagos'");
}

static void
test_title_case_verbs_split(void)
{
    /* A capitalised verb in a title-case headline is no part of a name. */
    check("Paysetu Raises $30 Million In Series B Led By Kaveri Growth Partners",
          "NAME 'Paysetu' MONEY '$30 Million' ROUND 'Series B' NAME 'Kaveri Growth Partners'");
}

/* ---- references --------------------------------------------------------- */

static void
test_coref_nouns(void)
{
    FcMention m = only("The startup said so.", FC_MENTION_COREF);
    g_assert_cmpint(m.coref_kind, ==, FC_KIND_LAB);
    g_assert_false(m.possessive);
    m = only("Shares of the company fell.", FC_MENTION_COREF);
    g_assert_cmpint(m.coref_kind, ==, FC_KIND_COMPANY);
    m = only("Shares of the fund fell.", FC_MENTION_COREF);
    g_assert_cmpint(m.coref_kind, ==, FC_KIND_INVESTOR);
    /* A name is never resolved here: that is fc-discourse's job. */
    g_assert_null(m.name);
}

static void
test_coref_backed(void)
{
    FcMention m = only("The Amazon-backed company said so.", FC_MENTION_COREF);
    g_assert_true(m.coref_backed);
    g_assert_false(m.coref_maker);
    g_assert_nonnull(m.entity);
    g_assert_cmpstr(m.entity->name, ==, "Amazon");
}

static void
test_coref_maker_beats_product(void)
{
    /* Priority: the whole phrase is a reference, not the product in it. */
    check("The ChatGPT owner said so.", "COREF 'The ChatGPT owner'");
    FcMention m = only("The ChatGPT owner said so.", FC_MENTION_COREF);
    g_assert_true(m.coref_maker);
    g_assert_nonnull(m.entity);
    g_assert_cmpstr(m.entity->name, ==, "ChatGPT");
}

static void
test_descriptor_is_not_reference(void)
{
    check("The AI startup Anthropic raised $13bn.", "ENTITY 'Anthropic' MONEY '$13bn'");
    check("It backs the French startup Mistral.", "COREF 'It' ENTITY 'Mistral'");
    check("The startup raised $13bn.", "COREF 'The startup' MONEY '$13bn'");
}

static void
test_it_and_its(void)
{
    FcMention m = only("Its revenue doubled.", FC_MENTION_COREF);
    g_assert_true(m.possessive);
    g_assert_cmpint(m.coref_kind, ==, FC_KIND_UNKNOWN);
    m = only("Investors said it doubled.", FC_MENTION_COREF);
    g_assert_false(m.possessive);
    /* "it's" is "it is": not a reference, straight or curly apostrophe. */
    check("It's clear that revenue doubled.", "");
    check("It’s clear that revenue doubled.", "");
    check("They say it's early.", "");
    /* Not inside words, not the acronym. */
    check("Italy and IT budgets grew.", "ENTITY 'Italy'");
}

/* ---- priorities --------------------------------------------------------- */

static void
test_overlaps_resolved_by_priority(void)
{
    /* Money over number, date over name and number, round over name,
     * percent over number: every byte belongs to one mention. */
    check("Anthropic raised $13 billion in a Series F round in September 2025, an 11% rise.",
          "ENTITY 'Anthropic' MONEY '$13 billion' ROUND 'Series F' DATE 'September 2025' "
          "PERCENT '11%'");
    check("The startup raised $500m in a seed round from 500 investors.",
          "COREF 'The startup' MONEY '$500m' ROUND 'seed' NUMBER '500'");
}

static void
test_hostile_sentence(void)
{
    /* Long runs of capitals, digits and symbols: mentions stay well formed
     * and no pattern hits its limit. */
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < 200; i++)
        g_string_append(s, "A1 $ 9. Series ");
    g_string_append(s, "the the the it its $$$ 1,2,3,4 %%");
    g_autoptr(FcDocument) doc = NULL;
    g_autoptr(GArray) ms = scan_dated(s->str, NULL, &doc);
    assert_well_formed(ms, (FcSpan){0, doc->len});
    g_string_free(s, TRUE);
}

static void
test_span_limits_scan(void)
{
    const char *text = "Anthropic raised $5bn. OpenAI raised $40bn.";
    g_autoptr(FcDocument) doc = fc_corpus_parse("t.txt", text, strlen(text));
    g_autoptr(GArray) ms = g_array_new(FALSE, FALSE, sizeof(FcMention));
    g_autoptr(FcMatch) m = fc_match_new();
    gsize second = (gsize)(strstr(text, "OpenAI") - text);
    fc_mention_scan(rules->scanner, doc, (FcSpan){second, strlen(text)}, m, ms);
    g_autofree char *got = describe(doc, ms);
    g_assert_cmpstr(got, ==, "ENTITY 'OpenAI' MONEY '$40bn'");
    /* Appends: a second scan adds to what is there. */
    fc_mention_scan(rules->scanner, doc, (FcSpan){0, second - 1}, m, ms);
    g_assert_cmpuint(ms->len, ==, 4);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = fc_test_load_rules();
    g_test_add_func("/mention/value/money", test_money);
    g_test_add_func("/mention/value/percent-number", test_percent_and_number);
    g_test_add_func("/mention/value/gates", test_value_gates);
    g_test_add_func("/mention/value/dates", test_dates);
    g_test_add_func("/mention/value/undated-relative", test_undated_relative_date);
    g_test_add_func("/mention/value/rounds", test_rounds);
    g_test_add_func("/mention/name/entities", test_entities);
    g_test_add_func("/mention/name/unknown", test_unknown_names);
    g_test_add_func("/mention/name/surname-person", test_known_surname_makes_person);
    g_test_add_func("/mention/name/sentence-initial", test_sentence_initial_words);
    g_test_add_func("/mention/name/plural-noun", test_plural_noun_not_name);
    g_test_add_func("/mention/name/stop-words-split", test_stop_words_split_names);
    g_test_add_func("/mention/name/ai-and-data-end-names", test_ai_and_data_end_names);
    g_test_add_func("/mention/name/origin-inside", test_origin_inside_name);
    g_test_add_func("/mention/name/title-case-verbs", test_title_case_verbs_split);
    g_test_add_func("/mention/value/local-currency", test_local_currency_conversion);
    g_test_add_func("/mention/name/apposition-person", test_apposition_role_makes_person);
    g_test_add_func("/mention/coref/nouns", test_coref_nouns);
    g_test_add_func("/mention/coref/backed", test_coref_backed);
    g_test_add_func("/mention/coref/maker", test_coref_maker_beats_product);
    g_test_add_func("/mention/coref/descriptor", test_descriptor_is_not_reference);
    g_test_add_func("/mention/coref/it-its", test_it_and_its);
    g_test_add_func("/mention/priority", test_overlaps_resolved_by_priority);
    g_test_add_func("/mention/hostile", test_hostile_sentence);
    g_test_add_func("/mention/span", test_span_limits_scan);
    g_test_add_func("/mention/datelines", test_datelines);
    g_test_add_func("/mention/town-before-region", test_town_before_region);
    int rc = g_test_run();
    fc_ruleset_free(rules);
    return rc;
}
