#include "fc-words.h"

#include "fc-currency.h"
#include "fc-strtab.h"

#include <string.h>

/* Closed-class English words the heuristics lean on. */

static const char *const fc_prepositions[] = {
    "in",      "into",    "from",    "of",        "for",    "to",         "with",
    "by",      "on",      "at",      "as",        "like",   "than",       "about",
    "against", "between", "among",   "including", "via",    "over",       "under",
    "after",   "before",  "behind",  "alongside", "unlike", "despite",    "beyond",
    "toward",  "towards", "backer",  "investor",  "rival",  "competitor", "former",
    "ex",      "near",    "outside", "across",    "within", "through",    "around",
};

// clang-format off
static const char *const fc_verbs[] = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "said", "says", "say", "announced", "announces", "reported",
    "reports", "raised", "raises", "closed", "closes", "secured", "agreed", "plans", "planned",
    "owns", "holds", "held", "invested", "invests", "led", "leads", "generated", "launched",
    "received", "receives", "signed", "counts", "became", "remains", "told", "confirmed",
    "expects", "hopes", "wants", "needs", "took", "takes", "made", "makes", "added", "noted",
    "believes", "joined", "joins", "completed", "acquired", "bought", "sold", "filed", "released",
    "unveiled", "began", "continues", "continued", "does", "did", "included", "include",
    "includes", "gets", "got", "wrote", "writes", "serves", "served", "spent", "employs",
    "employed", "hired", "declined", "operates", "secures", "completes", "lands", "nabs", "wins",
    "attracts", "launches", "unveils", "acquires", "buys", "hires", "appoints", "expands",
    "debuts", "reaches", "doubles", "triples", "snags", "scores",
    /* Reactions and reports: "Investors pushed back after Penumbra's
     * figures showed ..." has no organisation for a subject. */
    "pushed", "showed", "shows", "suggested", "suggests", "questioned", "balked", "argued",
    "argues", "warned", "warns", "worried", "feared", "welcomed", "criticised", "criticized",
    "praised", "described", "describes", "insisted", "insists", "cautioned", "complained", "put",
    "puts",
    /* Money given: "Aldercrest contributed $600 million". */
    "contributed", "contributes", "committed", "commits", "pledged", "pledges", "injected",
    "injects", "poured", "pours",
    /* A whole told by its parts: "The round comprises $22m of equity and
     * $5m in debt from lender Lendrock" has no organisation for a
     * subject. */
    "comprises", "comprised", "consists", "consisted",
};
// clang-format on

/* Capitalised words that start sentences, name roles or are common
 * acronyms, editors' labels and imperatives that open a sentence before a
 * name ("Correction, June 21:", "Consider Harrow Robotics."), and units
 * ("a 40 MWh system"), and the words that open a speaker's turn in a
 * transcript ("Thanks, Sophie."): never an organisation or person by
 * themselves. */
// clang-format off
static const char *const fc_name_stopwords[] = {
    "A",          "About",     "According",
    "Across",     "After",     "Again",
    "Against",    "Ahead",     "All",
    "Also",       "Although",  "Amid",
    "An",         "And",       "Another",
    "Any",        "As",        "At",
    "Because",    "Before",    "Being",
    "Both",       "But",       "By",
    "Can",        "Chief",     "Co-founder",
    "Cofounder",  "Could",     "Despite",
    "During",     "Each",      "Earlier",
    "Either",     "Even",      "Every",
    "Executive",  "Finally",   "First",
    "For",        "Founder",   "From",
    /* Participles opening a fact box's line ("About Quillmoor: Founded in
     * 2017, ..."). */
    "Founded",    "Headquartered", "Established",
    "Incorporated",
    "Further",    "He",        "Her",
    "Here",       "His",       "However",
    "I",          "If",        "In",
    "Including",  "Instead",   "Into",
    "It",         "Its",       "Just",
    "Last",       "Later",     "Let",       "Like",
    "Many",       "Meanwhile", "More",
    "Most",       "Mr",        "Mr.",
    "Mrs",        "Mrs.",      "Ms",
    "Ms.",        "Dr",        "Dr.",
    "Ph.D.",      "Ph.D",      "PhD",
    "M.D.",       "MBA",       "Jr.",
    "Sr.",        "My",        "New",
    "Next",       "No",        "Not",
    "Now",        "Of",        "On",
    "One",        "Only",      "Or",
    "Other",      "Our",       "Over",
    "Per",        "President", "Chairman",
    "Chairwoman", "Chair",     "Partner",
    "Managing",   "Director",  "Officer",
    "Head",       "Senior",    "Vice",
    "Founding",   "General",   "Principal",
    "Interim",    "Acting",    "Former",
    "Incoming",   "Outgoing",  "Deputy",
    "Previously", "Read",      "Related",
    /* Market reports: "Shares of Norvane rose 4%"; filings: "Filings
     * made at Companies House show ...". */
    "Shares",     "Filings",
    "Since",      "So",        "Some",
    "Still",      "Such",      "That",
    "The",        "Their",     "Then",
    "There",      "These",     "They",
    "This",       "Those",     "Though",
    "Through",    "Thus",      "To",
    "Today",      "Together",  "Under",
    "Unlike",     "Until",     "Update",
    "Us",         "We",        "What",
    "When",       "Where",     "Whether",
    "Which",      "While",     "Who",
    "Why",        "With",      "Within",
    "Without",    "Yet",       "You",
    "Your",       "Yes",       "Will",
    "Would",      "Should",    "Can",
    "Did",        "Does",      "Do",
    "Is",         "Are",       "Was",
    "Were",       "Has",       "Have",
    "Had",        "Must",      "Might",
    "Separately", "Additionally", "Moreover",
    "Furthermore", "Similarly", "Likewise",
    "Elsewhere",  "Notably",   "Overall",
    "Ultimately", "Currently", "Recently",
    "Nonetheless", "Nevertheless", "Indeed",
    "Specifically", "Importantly", "Crucially",
    "Interestingly", "Initially", "Originally",
    "Eventually", "Subsequently", "Alternatively",
    "Consequently", "Accordingly", "Historically",
    "Honestly", "Frankly", "Clearly", "Obviously", "Basically", "Essentially",
    "Actually", "Certainly", "Personally", "Generally", "Fortunately", "Unfortunately",
    "Typically", "Usually", "Firstly", "Admittedly", "Surprisingly", "Ironically",
    "Increasingly", "Realistically", "Technically", "Arguably", "Apparently",
    "Reportedly", "Allegedly", "Hopefully", "Ideally", "Naturally", "Seriously",
    "Truly", "Really", "Definitely", "Literally", "Sadly", "Luckily", "Thankfully",
    "Understandably", "Predictably", "Unsurprisingly", "Curiously", "Strikingly",
    "Tellingly", "Critically", "Anyway", "Otherwise", "Regardless", "Particularly",
    "Especially", "Primarily", "Mostly", "Largely", "Partly",
    "Yesterday",  "Tomorrow",  "Tonight",
    "Nobody",     "Everybody", "Somebody",
    "Anybody",    "Everyone",  "Someone",
    "Anyone",     "Nothing",   "Everything",
    "Something",  "Anything",
    "Inside",     "Outside",   "Behind",
    "Beyond",     "Among",     "Around",
    "Throughout", "Toward",    "Towards",
    "Onto",       "Upon",      "Along",
    "Via",
    "Rival",      "Rivals",    "Competitor",
    "Competitors",
    "May",        "Expert",    "Experts",
    "Analysts",   "AI",        "AGI",
    "API",        "APIs",      "CEO",
    "CFO",        "COO",       "CTO",
    "VP",         "SVP",       "EVP",
    "Cr",         "Crore",     "Lakh",
    "AM",         "PM",        "IST",
    "EDT",        "EST",       "PDT",
    "PST",        "GMT",       "BST",
    "CET",        "CEST",      "UTC",
    "CEOs",       "GPU",       "GPUs",
    "TPU",        "TPUs",      "IPO",
    "LLM",        "LLMs",      "VC",
    "VCs",        "B2B",       "SaaS",
    "B2C",        "D2C",       "DTC",
    "SME",        "SMEs",      "SMB",
    "SMBs",       "MSME",      "MSMEs",
    "BNPL",       "NBFC",      "NBFCs",
    "IoT",        "CRM",       "ERP",
    "PR",         "HR",        "IT",
    "R&D",        "Q&A",       "FAQ",
    "OK",         "ARR",       "MRR",
    "GMV",        "EBITDA",    "ESOP",
    "ESOPs",      "PPA",       "PPAs",
    "CPT",        "ASC",       "ASCs",
    "KPI",        "KPIs",      "ROI",
    "SPAC",       "SPACs",     "IPOs",
    "SAFE",       "SAFEs",     "PIPE",
    "PIPEs",
    "FDA",        "EV",        "EVs",
    "KYC",        "AML",       "UPI",
    "QR",         "S-1",       "F-1",
    "10-K",       "10-Q",      "8-K",
    "Inc",
    "Inc.",       "Corp",      "Corp.",
    "Ltd",        "Ltd.",      "LLC",
    "Co.",        "Premium",   "Advertisement",
    "Image",      "Images",    "Photo",
    "Data",       "Source",    "Sources",
    "Story",      "Continues", "Below",
    "Latest",     "Comment",   "Comments",
    "Post",       "Leave",     "Reply",
    "Share",      "Subscribe", "Sign",
    "Click",      "Archive",   "Further",
    "Reading",    "Key",       "Verdict",
    "Monday",     "Tuesday",   "Wednesday",
    "Thursday",   "Friday",    "Saturday",
    "Sunday",     "January",   "February",
    "March",      "April",     "May",
    "June",       "July",      "August",
    "September",  "October",   "November",
    "December",   "Jan.",      "Feb.",
    "Mar.",       "Apr.",      "Jun.",
    "Jul.",       "Aug.",      "Sep.",
    "Sept.",      "Oct.",      "Nov.",
    "Dec.",       "Series",    "Round",
    "Billion",    "Million",   "Trillion",
    "Correction", "Clarification", "Editor",
    "Consider",   "Imagine",    "Remember",
    "Recall",     "Note",       "MW",
    "GW",         "MWh",        "GWh",
    "kWh",        "TWh",        "kW",
    "Celsius",    "Fahrenheit",
    "Professor",  "Prof.",      "Prof",
    "Thanks",     "Thank",      "Hello",
    "Hi",         "Well",       "Okay",
    "Sure",       "Absolutely", "Exactly",
    "Welcome",    "Indeed",     "Yeah",
    "Lastly",     "Secondly",   "Thirdly",
    "She",        "Him",        "Them",
    "Me",         "My",         "Your",
};
// clang-format on

/* Adjectives of origin: a descriptor before a name ("German payroll
 * startup Lohnwerk"), part of it between two of its words ("Atlas Nordic
 * Ventures").  Also name stop words. */
static const char *const fc_origins[] = {
    "European",     "American",   "Chinese",   "French",     "German",    "British",
    "Japanese",     "Korean",     "Indian",    "Canadian",   "Israeli",   "Emirati",
    "Saudi",        "Asian",      "African",   "Western",    "Eastern",   "Italian",
    "Spanish",      "Swiss",      "Dutch",     "Swedish",    "Russian",   "Arab",
    "Gulf",         "Nordic",     "Brazilian", "Australian", "Irish",     "Indonesian",
    "Singaporean",  "Vietnamese", "Thai",      "Malaysian",  "Filipino",  "Nigerian",
    "Kenyan",       "Egyptian",   "Mexican",   "Argentine",  "Chilean",   "Colombian",
    "Polish",       "Finnish",    "Norwegian", "Danish",     "Austrian",  "Belgian",
    "Portuguese",   "Turkish",    "Greek",     "Czech",      "Ukrainian", "Estonian",
    "Scandinavian", "Latin",      "Taiwanese", "Qatari",     "Pakistani", "Bavarian",
};

/* The lists are looked up for every capitalised word of the corpus, so
 * each is turned into a table once (caseless where the list is); the
 * tables live as long as the process. */
typedef struct {
    const char *const *list;
    guint len;
    gboolean caseless;
    FcStrTab *table;
} FcWordSet;

static const FcStrTab *
fc_words_table(FcWordSet *ws)
{
    if (g_once_init_enter(&ws->table)) {
        FcStrTab *table = fc_strtab_new(ws->caseless);
        for (guint i = 0; i < ws->len; i++)
            fc_strtab_add(table, ws->list[i], strlen(ws->list[i]));
        g_once_init_leave(&ws->table, table);
    }
    return ws->table;
}

static gboolean
fc_words_in(FcWordSet *ws, const char *w, gsize n)
{
    return fc_strtab_contains(fc_words_table(ws), w, n);
}

static FcWordSet fc_preposition_set = {fc_prepositions, G_N_ELEMENTS(fc_prepositions), TRUE, NULL};
static FcWordSet fc_verb_set = {fc_verbs, G_N_ELEMENTS(fc_verbs), TRUE, NULL};

/* One-word section headings of articles and newsletters. */
static const char *const fc_sections[] = {
    "Overview",    "Summary",     "Background",   "Introduction",  "Conclusion", "Analysis",
    "Context",     "Funding",     "Investors",    "Investment",    "Valuation",  "Revenue",
    "Outlook",     "Risks",       "Takeaways",    "Highlights",    "Deals",      "Methodology",
    "Update",      "Updates",     "Related",      "Advertisement", "Premium",    "Contents",
    "Timeline",    "Verdict",     "Competition",  "Leadership",    "History",    "Products",
    "Customers",   "Market",      "Markets",      "Technology",    "Team",       "Founders",
    "Financials",  "Partners",    "Partnerships", "Notes",         "Sources",    "References",
    "Comments",    "Share",       "Tags",         "Topics",        "Trending",   "Newsletter",
    "Subscribe",   "Corrections", "Correction",   "Disclosure",    "Editorial",  "Opinion",
    "Europe",      "Asia",        "Africa",       "Americas",      "Elsewhere",  "Also",
    "Fintech",     "Healthtech",  "Climate",      "Robotics",      "Startups",   "Acquisitions",
    "Exits",       "People",      "Hires",        "Layoffs",       "Regulation", "Policy",
    "Research",    "Data",        "Sponsored",    "Podcast",       "Video",      "Photos",
    "Synopsis",    "Abstract",    "Preview",      "Recap",         "Brief",      "Briefing",
    "Explainer",   "Takeaway",    "Insight",      "Insights",      "Details",    "Terms",
    "Quotes",      "Disclaimer",  "Note",         "Results",       "Earnings",   "Finances",
    "Performance", "Growth",      "Strategy",     "Operations",    "Profile",    "Money",
    "Numbers",     "Figures",     "Metrics",      "Ownership",     "Governance", "Litigation",
    "Lawsuit",     "Ruling",      "Dispute",      "Deal",          "Bankruptcy", "Restructuring",
    "Demand",      "Supply",      "Sales",        "Pricing",       "Prices",     "Inflation",
    "Traffic",     "Usage",       "Adoption",     "Profit",        "Profits",    "Margins",
    "Momentum",    "Spending",    "Hiring",       "Churn",         "Retention",  "Headcount"};

static FcWordSet fc_section_set = {fc_sections, G_N_ELEMENTS(fc_sections), FALSE, NULL};

/* What a person is at a company: "Emberline founder Karl Haugen",
 * "Ann Lee, a senior analyst at Bernstein", "OpenAI's former chief
 * technology officer". */
static const char *const fc_roles[] = {
    "ceo",         "co-ceo",      "executive",  "executives", "founder",      "founders",
    "co-founder",  "co-founders", "cofounder",  "cofounders", "president",    "chairman",
    "chairwoman",  "chair",       "co-chair",   "officer",    "cto",          "cfo",
    "coo",         "scientist",   "scientists", "analyst",    "spokesperson", "spokesman",
    "spokeswoman", "director",    "partner",    "economist",  "professor",    "researcher",
    "researchers", "engineer",    "engineers",  "head",       "co-head",      "vice",
    "chief",       "co-chief",    "dropout",    "dropouts",   "billionaire",  "entrepreneur",
    "boss",        "employee",    "employees",  "alumni",     "alumnus",      "veteran",
    "veterans",    "staffer",     "staffers",   "chemist",    "chemists",     "biologist",
    "physicist",   "banker",      "bankers",    "lawyer",     "attorney",     "programmer",
    "physician",   "surgeon",     "postdoc",    "student",    "students",     "graduate",
    "intern",
};

static FcWordSet fc_role_set = {fc_roles, G_N_ELEMENTS(fc_roles), TRUE, NULL};

gboolean
fc_words_is_role(const char *w, gsize n)
{
    return fc_words_in(&fc_role_set, w, n);
}

gsize
fc_words_next(const char *t, gsize *i, gsize end)
{
    gsize b = *i;
    while (*i < end && (g_ascii_isalpha(t[*i]) || t[*i] == '-'))
        (*i)++;
    gsize n = *i - b;
    while (*i < end && t[*i] == ' ')
        (*i)++;
    return n;
}

gboolean
fc_words_follow(const char *t, gsize at, gsize end, const char *const *words, guint n)
{
    for (guint k = 0; k < n; k++) {
        gsize len = strlen(words[k]);
        if (at + len <= end && memcmp(t + at, words[k], len) == 0 &&
            (at + len == end || !g_ascii_isalpha(t[at + len])))
            return TRUE;
    }
    return FALSE;
}

gboolean
fc_words_speech_follows(const char *t, gsize at, gsize end)
{
    static const char *const verbs[] = {" said",      " says",   " told",  " added", " announced",
                                        " confirmed", " stated", " noted", " wrote"};
    return fc_words_follow(t, at, end, verbs, G_N_ELEMENTS(verbs));
}

gboolean
fc_words_is_section(const char *w, gsize n)
{
    return fc_words_in(&fc_section_set, w, n);
}

gboolean
fc_words_is_preposition(const char *w, gsize n)
{
    return fc_words_in(&fc_preposition_set, w, n);
}

gboolean
fc_words_is_verb(const char *w, gsize n)
{
    return fc_words_in(&fc_verb_set, w, n);
}

/* Capitalised words by what they do to a name, in one table: most
 * capitalised words are in none of the lists, and each word of every
 * capitalised run is looked up.  Verbs are entered capitalised, for
 * title-case headlines ("Paysetu Raises $30M"). */
/* A currency written in letters before a figure is no name: "SEK",
 * "Rs", "RMB". */
static void
fc_words_add_currencies(FcStrTab *t)
{
    for (const FcCurrencyForm *f = fc_currency_before(); f->text != NULL; f++) {
        gsize n = strlen(f->text);
        if (f->text[strspn(f->text, "abcdefghijklmnopqrstuvwxyz")] != '\0')
            continue;
        g_autofree char *upper = g_ascii_strup(f->text, -1);
        g_autofree char *capital = g_strdup(f->text);
        capital[0] = g_ascii_toupper(capital[0]);
        fc_strtab_set(t, upper, n, FC_NAME_WORD_STOP);
        fc_strtab_set(t, capital, n, FC_NAME_WORD_STOP);
    }
}

static const FcStrTab *
fc_words_name_table(void)
{
    static FcStrTab *table;
    if (g_once_init_enter(&table)) {
        FcStrTab *t = fc_strtab_new(FALSE);
        for (guint i = 0; i < G_N_ELEMENTS(fc_verbs); i++) {
            g_autofree char *cap = g_strdup(fc_verbs[i]);
            cap[0] = g_ascii_toupper(cap[0]);
            fc_strtab_set(t, cap, strlen(cap), FC_NAME_WORD_VERB);
        }
        for (guint i = 0; i < G_N_ELEMENTS(fc_origins); i++)
            fc_strtab_set(t, fc_origins[i], strlen(fc_origins[i]), FC_NAME_WORD_ORIGIN);
        for (guint i = 0; i < G_N_ELEMENTS(fc_name_stopwords); i++)
            fc_strtab_set(t, fc_name_stopwords[i], strlen(fc_name_stopwords[i]), FC_NAME_WORD_STOP);
        fc_words_add_currencies(t);
        g_once_init_leave(&table, t);
    }
    return table;
}

FcNameWordClass
fc_words_name_class(const char *w, gsize n)
{
    return (FcNameWordClass)fc_strtab_get(fc_words_name_table(), w, n);
}

gboolean
fc_words_is_name_stopword(const char *w, gsize n)
{
    FcNameWordClass c = fc_words_name_class(w, n);
    return c == FC_NAME_WORD_STOP || c == FC_NAME_WORD_ORIGIN;
}

/* "At the time, the round valued ...": the time of the sentence before. */
static gsize
fc_words_then_opener(const char *text, gsize len)
{
    static const char *const openers[] = {"At the time, ", "At that time, ", "At that point, ",
                                          "By then, ", "Then, "};
    for (guint k = 0; k < G_N_ELEMENTS(openers); k++) {
        gsize n = strlen(openers[k]);
        if (n < len && memcmp(text, openers[k], n) == 0)
            return n;
    }
    return 0;
}

gboolean
fc_words_opens_on_deal(const char *text, gsize len)
{
    static const char *const determiners[] = {"The ", "That ", "This "};
    static const char *const nouns[] = {"round", "deal",       "financing", "funding",
                                        "raise", "investment", "fundraise", "transaction"};
    gsize opener = fc_words_then_opener(text, len), i = 0;
    for (guint k = 0; k < G_N_ELEMENTS(determiners) && i == 0; k++) {
        gsize n = strlen(determiners[k]);
        if (n <= len - opener && g_ascii_strncasecmp(text + opener, determiners[k], n) == 0 &&
            (opener > 0 || text[0] == determiners[k][0]))
            i = opener + n;
    }
    for (guint words = 0; i > 0 && words < 4 && i < len; words++) {
        gsize e = i;
        while (e < len && (g_ascii_isalnum(text[e]) || text[e] == '-'))
            e++;
        for (guint k = 0; k < G_N_ELEMENTS(nouns); k++)
            if (e - i == strlen(nouns[k]) && memcmp(text + i, nouns[k], e - i) == 0)
                return e < len && (text[e] == ' ' || text[e] == ',');
        if (e == i || e >= len || text[e] != ' ')
            return FALSE;
        /* "That Series B, a $100m round, ...": a round's label. */
        if (e - i == 6 && memcmp(text + i, "Series", 6) == 0) {
            gsize f = e + 1;
            while (f < len && g_ascii_isalnum(text[f]))
                f++;
            return f > e + 1 && f - e <= 3 && f < len && (text[f] == ' ' || text[f] == ',');
        }
        i = e + 1;
    }
    return FALSE;
}
