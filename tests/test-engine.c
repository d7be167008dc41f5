/* fc-engine and its check kinds (conflict, sum, ties) on hand-made claims,
 * with a small rule set written to a temporary rules folder, so that the
 * tests do not move when the house rules are tuned. */
#include "fc-engine.h"
#include "fc-test.h"

#include <math.h>
#include <string.h>

static FcRuleSet *rules;

static const char entities_rules[] = "[Amazon]\nkind = company\n\n"
                                     "[Amazon Web Services]\nkind = company\nalias = AWS\n"
                                     "parent = Amazon\n\n"
                                     "[OpenAI]\nkind = lab\nrival = Anthropic\n\n"
                                     "[Anthropic]\nkind = lab\n\n"
                                     "[Mistral AI]\nkind = lab\n\n"
                                     "[Cohere]\nkind = lab\n\n"
                                     "[Microsoft]\nkind = company\n\n"
                                     "[Nvidia]\nkind = company\n";

static const char checks_rules[] =
    "[valuation-conflict]\nkind = conflict\nattribute = valuation\nseverity = error\n"
    "tolerance = 0.02\napprox_tolerance = 0.10\ntitle = t\n"
    "message = {entity}'s valuation is given as {values} ({event})\nexplanation = e\n\n"
    "[investment-conflict]\nkind = conflict\nattribute = investment\nby_counterpart = true\n"
    "severity = error\ntolerance = 0.02\ntitle = t\n"
    "message = {counterpart}'s investment in {entity} is given as {values}\nexplanation = e\n\n"
    "[ceo-conflict]\nkind = conflict\nattribute = ceo\nsingle = true\nseverity = warning\n"
    "title = t\nmessage = {entity}'s chief is {values}\nexplanation = e\n\n"
    "[parts-sum]\nkind = sum\nattribute = tranche\nattribute = round_size\nseverity = error\n"
    "tolerance = 0.02\ntitle = t\n"
    "message = parts add up to {sum} ({parts}), not {total}\nexplanation = e\n\n"
    "[backs-rivals]\nkind = ties\nattribute = investment\nattribute = investor\n"
    "severity = warning\ntitle = t\n"
    "message = {investor} backs both {a} and {b}, and {basis}\nexplanation = e\n";

static const char rates_rules[] = "[cny-2025]\ncurrency = CNY\nusd = 0.14\nperiod = 2025\n"
                                  "tolerance = 0.1\nsource = test\n";

/* ---- the rules folder --------------------------------------------------- */

static FcRuleSet *
load_rules(void)
{
    g_autofree char *dir = fc_test_make_dir("fc-engine-XXXXXX");
    fc_test_write_file(dir, "entities/test.rules", entities_rules);
    fc_test_write_file(dir, "checks/test.rules", checks_rules);
    fc_test_write_file(dir, "rates/test.rules", rates_rules);
    FcRuleSet *set = fc_test_load_rules_from(dir);
    /* Before the assertion, which would end the program and leave the
     * folder behind. */
    fc_test_remove_tree(dir);
    g_assert_nonnull(set);
    return set;
}

/* ---- hand-made claims --------------------------------------------------- */

typedef struct {
    const char *entity, *attribute;
    double low, high; /* high 0: same as low (no test amount is 0) */
    const char *time; /* ISO date or "Q4 2025", or NULL: undated */
    guint doc, sentence;
    guint flags;
    FcStatus status;
    const char *counterpart;
    const char *person; /* a person value instead of an amount */
    gboolean approx;
    const char *event; /* a round label, or NULL */
    FcUnit unit;       /* of an amount: NONE for dollars (percent in a stake) */
} FcSpec;

#define SPEC(...) ((FcSpec){__VA_ARGS__})

static FcClaim *
make_claim(const FcSpec *s)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string(s->entity);
    c->attribute = g_intern_string(s->attribute);
    c->counterpart = s->counterpart ? g_intern_string(s->counterpart) : NULL;
    if (s->person != NULL) {
        c->value_entity = g_intern_string(s->person);
        c->value_text = g_strdup(s->person);
    } else {
        double high = s->high != 0 ? s->high : s->low;
        FcUnit unit = strcmp(s->attribute, "stake") == 0 ? FC_UNIT_PERCENT
                      : s->unit != FC_UNIT_NONE          ? s->unit
                                                         : FC_UNIT_USD;
        c->value = (FcValue){s->low, high, unit, s->approx};
        c->value_text = fc_value_format(&c->value);
    }
    FcTime unknown = {0};
    if (s->time != NULL && !fc_time_parse_iso(s->time, &c->time))
        g_assert_true(fc_time_resolve(s->time, strlen(s->time), &unknown, &c->time));
    c->status = s->status;
    c->flags = s->flags;
    c->event = s->event != NULL ? g_intern_string(s->event) : NULL;
    c->doc_index = s->doc;
    g_autofree char *path = g_strdup_printf("news/%c.md", 'a' + s->doc);
    c->document = g_intern_string(path);
    c->sentence = s->sentence;
    c->offset = 100 * s->sentence + 7;
    c->line = s->sentence + 1;
    c->column = 8;
    c->quote = g_strdup("quoted sentence");
    c->rule = g_intern_string("extract-test");
    return c;
}

typedef struct {
    GPtrArray *claims; /* FcClaim*, owned */
    FcStore *store;
    GPtrArray *findings; /* FcFinding*, owned */
} FcRun;

static void
run_clear(FcRun *r)
{
    g_clear_pointer(&r->findings, g_ptr_array_unref);
    g_clear_pointer(&r->store, fc_store_free);
    g_clear_pointer(&r->claims, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcRun, run_clear)

static void
run_specs(FcRun *r, const FcSpec *specs, guint n)
{
    r->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    for (guint i = 0; i < n; i++)
        g_ptr_array_add(r->claims, make_claim(&specs[i]));
    r->store = fc_store_new(r->claims);
    r->findings = fc_engine_run(rules, r->store);
    for (guint i = 0; i < r->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(r->findings, i);
        g_test_message("finding %s [%s] %s", f->id, f->rule->id, f->message);
    }
}

#define RUN(r, ...)                                                                                \
    do {                                                                                           \
        const FcSpec specs_[] = {__VA_ARGS__};                                                     \
        run_specs(r, specs_, G_N_ELEMENTS(specs_));                                                \
    } while (0)

/* Findings of rule @id. */
static guint
count_rule(const FcRun *r, const char *id)
{
    guint n = 0;
    for (guint i = 0; i < r->findings->len; i++)
        n += strcmp(((const FcFinding *)g_ptr_array_index(r->findings, i))->rule->id, id) == 0;
    return n;
}

static const FcFinding *
only_finding(const FcRun *r)
{
    g_assert_cmpuint(r->findings->len, ==, 1);
    return g_ptr_array_index(r->findings, 0);
}

/* ---- conflict ----------------------------------------------------------- */

/* One labelled round dated "last spring" in one article and by an April
 * article in another: the dates differ in precision, never share a
 * window, and are still compared. */
static void
test_conflict_round_dates_of_other_precision(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Parcelwise", .attribute = "valuation", .low = 1.8e8, .time = "2023-04-11",
             .event = "Series A"),
        SPEC(.entity = "Parcelwise", .attribute = "valuation", .low = 2.8e8, .time = "Q2 2023",
             .flags = FC_CLAIM_DATED, .doc = 1, .event = "Series A"));
    g_assert_cmpstr(only_finding(&r)->rule->id, ==, "valuation-conflict");
}

static void
test_conflict_within_month(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.8e11, .time = "2025-11",
             .doc = 1));
    const FcFinding *f = only_finding(&r);
    g_assert_cmpstr(f->rule->id, ==, "valuation-conflict");
    g_assert_cmpstr(f->entity, ==, "Anthropic");
    g_assert_cmpstr(f->attribute, ==, "valuation");
    g_assert_cmpuint(f->claims->len, ==, 2);
    g_assert_cmpstr(f->event, ==, "2025-11");
    g_assert_cmpstr(f->message, ==,
                    "Anthropic's valuation is given as $350bn and $380bn (2025-11)");
    g_assert_cmpuint(strlen(f->id), ==, 16);
}

static void
test_no_conflict_across_months(void)
{
    g_auto(FcRun) r = {0};
    /* A valuation that rose is a timeline. */
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.83e11, .time = "2025-09"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11",
             .doc = 1),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 6.1e10, .time = "2025-03",
             .doc = 1, .sentence = 2, .flags = FC_CLAIM_DATED));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_no_chain_through_middle_article(void)
{
    g_auto(FcRun) r = {0};
    /* Day-dated articles stand for the weeks around them.  The middle one
     * ("more than $150bn") agrees with both neighbours; the first and the
     * last are five weeks apart and must not be joined through it. */
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.83e11, .time = "2025-10-01"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.5e11, .high = INFINITY,
             .time = "2025-10-14", .doc = 1),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11-05",
             .doc = 2));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_day_dated_articles_compared(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.83e11, .time = "2025-10-01"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-10-09",
             .doc = 1));
    g_assert_cmpuint(r.findings->len, ==, 1);
}

static void
test_tolerance(void)
{
    g_auto(FcRun) close = {0};
    RUN(&close,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.55e11, .time = "2025-11",
             .doc = 1));
    g_assert_cmpuint(close.findings->len, ==, 0);
    g_auto(FcRun) far = {0};
    RUN(&far,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.65e11, .time = "2025-11",
             .doc = 1));
    g_assert_cmpuint(far.findings->len, ==, 1);
    g_auto(FcRun) hedged = {0};
    /* "around $350bn" takes the wider tolerance for hedged figures. */
    RUN(&hedged,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11",
             .approx = TRUE),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.8e11, .time = "2025-11",
             .doc = 1));
    g_assert_cmpuint(hedged.findings->len, ==, 0);
}

static void
test_exact_inside_bound_agrees(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1e10, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = -INFINITY, .high = 1.1e10,
             .time = "2025-11", .doc = 1),
        SPEC(.entity = "OpenAI", .attribute = "valuation", .low = 1.5e10, .time = "2025-11"),
        SPEC(.entity = "OpenAI", .attribute = "valuation", .low = 1e10, .high = 1.5e10,
             .time = "2025-11", .doc = 1));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_exact_outside_bound_conflicts(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.3e10, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = -INFINITY, .high = 1.1e10,
             .time = "2025-11", .doc = 1));
    g_assert_cmpuint(r.findings->len, ==, 1);
}

static void
test_ranges(void)
{
    g_auto(FcRun) overlap = {0};
    RUN(&overlap,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1e10, .high = 1.3e10,
             .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.2e10, .high = 1.5e10,
             .time = "2025-11", .doc = 1));
    g_assert_cmpuint(overlap.findings->len, ==, 0);
    g_auto(FcRun) disjoint = {0};
    RUN(&disjoint,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1e10, .high = 1.2e10,
             .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.3e10, .high = 1.5e10,
             .time = "2025-11", .doc = 1));
    g_assert_cmpuint(disjoint.findings->len, ==, 1);
}

static void
test_caps_differ(void)
{
    g_auto(FcRun) r = {0};
    /* Both caps could hold of a number, but they state different limits
     * of one commitment. */
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Amazon",
             .low = -INFINITY, .high = 5e9, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Amazon",
             .low = -INFINITY, .high = 8e9, .time = "2025-11", .doc = 1));
    const FcFinding *f = only_finding(&r);
    g_assert_cmpstr(f->rule->id, ==, "investment-conflict");
    g_assert_nonnull(strstr(f->message, "Amazon's investment in Anthropic"));
}

static void
test_by_counterpart(void)
{
    g_auto(FcRun) r = {0};
    /* Two investors' different amounts are two facts. */
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Microsoft",
             .low = 5e9, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Nvidia", .low = 1e10,
             .time = "2025-11", .doc = 1));
    g_assert_cmpuint(count_rule(&r, "investment-conflict"), ==, 0);
}

static void
test_undated_within_document(void)
{
    g_auto(FcRun) apart = {0};
    RUN(&apart, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1e10),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.3e10, .doc = 1));
    g_assert_cmpuint(apart.findings->len, ==, 0);
    g_auto(FcRun) same = {0};
    RUN(&same, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1e10),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.3e10, .sentence = 3));
    const FcFinding *f = only_finding(&same);
    g_assert_nonnull(strstr(f->event, "news/a.md"));
}

static void
test_statuses_not_compared(void)
{
    g_auto(FcRun) r = {0};
    /* A target of $500bn does not contradict a closed round at $350bn. */
    RUN(&r, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 5e11, .time = "2025-11",
             .doc = 1, .status = FC_STATUS_PLANNED),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 5.5e11, .time = "2025-11",
             .doc = 2, .status = FC_STATUS_PROJECTED));
    g_assert_cmpuint(r.findings->len, ==, 0);
    /* But a closed deal told by "people familiar" is the same deal. */
    g_auto(FcRun) rumored = {0};
    RUN(&rumored,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 4e11, .time = "2025-11",
             .doc = 1, .status = FC_STATUS_RUMORED));
    g_assert_cmpuint(rumored.findings->len, ==, 1);
    g_auto(FcRun) planned = {0};
    RUN(&planned,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 5e11, .time = "2025-11",
             .status = FC_STATUS_PLANNED),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 6e11, .time = "2025-11",
             .doc = 1, .status = FC_STATUS_PLANNED));
    g_assert_cmpuint(planned.findings->len, ==, 1);
}

static void
test_undated_prior_not_compared(void)
{
    g_auto(FcRun) r = {0};
    /* "up from $183bn" without a date of its own cannot be placed. */
    RUN(&r, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1.83e11, .time = "2025-11",
             .flags = FC_CLAIM_PRIOR));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_cumulative_apart(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r, SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 5e11, .time = "2025-11",
             .doc = 1, .flags = FC_CLAIM_CUMULATIVE));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_month_with_quarter(void)
{
    g_auto(FcRun) r = {0};
    /* A quarter is not compared with a month inside it: "$500bn in Q4"
     * may well be December's figure next to November's $350bn, and a
     * quarter would otherwise bridge October and December. */
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11",
             .flags = FC_CLAIM_DATED),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 5e11, .time = "Q4 2025",
             .doc = 1, .flags = FC_CLAIM_DATED));
    g_autofree char *q4 = fc_time_format(&((const FcClaim *)g_ptr_array_index(r.claims, 1))->time);
    g_assert_cmpstr(q4, ==, "2025-Q4");
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_single_holder(void)
{
    g_auto(FcRun) same = {0};
    RUN(&same,
        SPEC(.entity = "Anthropic", .attribute = "ceo", .person = "Dario Amodei",
             .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "ceo", .person = "Amodei", .time = "2025-11",
             .doc = 1));
    g_assert_cmpuint(same.findings->len, ==, 0);
    g_auto(FcRun) two = {0};
    RUN(&two,
        SPEC(.entity = "Anthropic", .attribute = "ceo", .person = "Dario Amodei",
             .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "ceo", .person = "Daniela Amodei",
             .time = "2025-11", .doc = 1));
    const FcFinding *f = only_finding(&two);
    g_assert_cmpstr(f->rule->id, ==, "ceo-conflict");
    g_assert_cmpint(f->rule->severity, ==, FC_SEVERITY_WARNING);
}

/* ---- sum ---------------------------------------------------------------- */

#define ROUND(amount, s)                                                                           \
    SPEC(.entity = "Cohere", .attribute = "round_size", .low = amount, .time = "2025-03",          \
         .sentence = s)
#define PART(amount, s, f)                                                                         \
    SPEC(.entity = "Cohere", .attribute = "tranche", .low = amount, .time = "2025-03",             \
         .sentence = s, .flags = f)

static void
test_sum_with_remaining(void)
{
    g_auto(FcRun) wrong = {0};
    RUN(&wrong, ROUND(1e9, 0), PART(5e8, 1, 0), PART(3e8, 2, 0), PART(2e8, 3, 0),
        PART(2e8, 4, FC_CLAIM_REMAINDER));
    const FcFinding *f = only_finding(&wrong);
    g_assert_cmpstr(f->rule->id, ==, "parts-sum");
    g_assert_cmpstr(f->entity, ==, "Cohere");
    /* The whole first, then every part. */
    g_assert_cmpuint(f->claims->len, ==, 5);
    g_assert_cmpstr(((const FcClaim *)g_ptr_array_index(f->claims, 0))->attribute, ==,
                    "round_size");
    g_assert_cmpstr(f->message, ==,
                    "parts add up to $1.2bn ($500m + $300m + $200m + $200m), "
                    "not $1bn");
    g_auto(FcRun) right = {0};
    RUN(&right, ROUND(1e9, 0), PART(5e8, 1, 0), PART(3e8, 2, 0), PART(2e8, 3, FC_CLAIM_REMAINDER));
    g_assert_cmpuint(right.findings->len, ==, 0);
    g_auto(FcRun) short_ = {0};
    /* With a remainder the list is closed: falling short is wrong too. */
    RUN(&short_, ROUND(1e9, 0), PART(5e8, 1, 0), PART(3e8, 2, 0), PART(1e8, 3, FC_CLAIM_REMAINDER));
    g_assert_cmpuint(short_.findings->len, ==, 1);
}

static void
test_sum_without_remaining(void)
{
    g_auto(FcRun) part = {0};
    /* An open list may name only some parts. */
    RUN(&part, ROUND(1e9, 0), PART(5e8, 1, 0), PART(3e8, 2, 0));
    g_assert_cmpuint(part.findings->len, ==, 0);
    g_auto(FcRun) over = {0};
    RUN(&over, ROUND(1e9, 0), PART(7e8, 1, 0), PART(5e8, 2, 0));
    g_assert_cmpuint(over.findings->len, ==, 1);
}

static void
test_sum_within_document(void)
{
    g_auto(FcRun) r = {0};
    FcSpec p1 = PART(7e8, 1, 0), p2 = PART(5e8, 2, 0);
    p1.doc = p2.doc = 1;
    RUN(&r, ROUND(1e9, 0), p1, p2);
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_sum_part_told_twice(void)
{
    /* "a further $5.25bn in debt financing ... The new debt facility, a
     * $5.25bn credit line": one part. */
    g_auto(FcRun) r = {0};
    RUN(&r, ROUND(1e10, 0), PART(5.25e9, 1, FC_CLAIM_DEBT), PART(5.25e9, 3, FC_CLAIM_DEBT));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_sum_debt_facility(void)
{
    /* "a $75m debt facility ... a $50m equipment line and the remaining
     * $20m as a revolving credit line" after the $210m Series C: a
     * facility's breakdown, not the round's. */
    g_auto(FcRun) r = {0};
    RUN(&r, ROUND(2.1e8, 4), PART(7.5e7, 1, FC_CLAIM_DEBT),
        PART(2e7, 2, FC_CLAIM_DEBT | FC_CLAIM_REMAINDER));
    g_assert_cmpuint(r.findings->len, ==, 0);
    /* With an equity part the round is broken down. */
    g_auto(FcRun) e = {0};
    RUN(&e, ROUND(2.1e8, 0), PART(1.5e8, 1, 0), PART(2e7, 1, FC_CLAIM_DEBT | FC_CLAIM_REMAINDER));
    g_assert_cmpuint(e.findings->len, ==, 1);
}

static void
test_sum_complete_breakdown_elsewhere(void)
{
    /* "in two tranches: a $350m first close ... and a $200m second close"
     * against another article's $600m Series B. */
    FcSpec whole = ROUND(6e8, 0), first = PART(3.5e8, 1, 0), second = PART(2e8, 1, 0);
    whole.event = first.event = second.event = "Series B";
    first.doc = second.doc = 1;
    g_auto(FcRun) open_ = {0};
    RUN(&open_, whole, first, second);
    g_assert_cmpuint(open_.findings->len, ==, 0);
    second.flags = FC_CLAIM_REMAINDER;
    g_auto(FcRun) closed = {0};
    RUN(&closed, whole, first, second);
    g_assert_cmpuint(closed.findings->len, ==, 1);
    /* Parts a year apart are two breakdowns. */
    FcSpec early = first, late = second;
    early.time = "2024-10";
    early.flags = FC_CLAIM_DATED;
    late.time = "2025-10";
    g_auto(FcRun) apart = {0};
    RUN(&apart, whole, early, late);
    g_assert_cmpuint(apart.findings->len, ==, 0);
    /* Another round's size is no whole of this breakdown. */
    whole.event = "Series A";
    g_auto(FcRun) other = {0};
    RUN(&other, whole, first, second);
    g_assert_cmpuint(other.findings->len, ==, 0);
}

/* Yuan parts of a dollar round: added in dollars, with the rate's 10 %
 * swing as slack. */
static void
test_sum_other_currency(void)
{
    FcSpec first = PART(5e9, 1, 0), rest = PART(4e9, 2, FC_CLAIM_REMAINDER);
    first.unit = rest.unit = FC_UNIT_CNY;
    g_auto(FcRun) over = {0}; /* CNY 9bn is about $1.26bn, not $1bn */
    RUN(&over, ROUND(1e9, 0), first, rest);
    const FcFinding *f = only_finding(&over);
    g_assert_cmpstr(f->message, ==, "parts add up to about $1.26bn (CNY 5bn + CNY 4bn), not $1bn");
    g_auto(FcRun) near = {0}; /* about $1.19bn: within the swing of $1.2bn */
    first.low = 4.5e9;
    rest.low = 4e9;
    RUN(&near, ROUND(1.2e9, 0), first, rest);
    g_assert_cmpuint(near.findings->len, ==, 0);
    g_auto(FcRun) undated = {0}; /* no rate for 2019: nothing to add up */
    first.time = rest.time = "2019-05";
    FcSpec whole = ROUND(1e8, 0);
    whole.time = "2019-05";
    RUN(&undated, whole, first, rest);
    g_assert_cmpuint(undated.findings->len, ==, 0);
}

/* ---- ties --------------------------------------------------------------- */

static void
test_ties_through_parent(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Amazon Web Services",
             .low = 4e9, .time = "2025-11"),
        SPEC(.entity = "OpenAI", .attribute = "investment", .counterpart = "Amazon", .low = 1e9,
             .time = "2025-11", .doc = 1));
    const FcFinding *f = only_finding(&r);
    g_assert_cmpstr(f->rule->id, ==, "backs-rivals");
    /* AWS rolls up to Amazon: one backer of two rivals. */
    g_assert_cmpstr(f->entity, ==, "Amazon");
    g_assert_null(f->attribute);
    g_assert_cmpstr(f->event, ==, "Anthropic and OpenAI");
    g_assert_cmpstr(f->message, ==,
                    "Amazon backs both Anthropic and OpenAI, and they are rivals in the lexicon");
    g_assert_cmpuint(f->claims->len, ==, 2);
}

static void
test_ties_need_rivals(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Amazon", .low = 4e9,
             .time = "2025-11"),
        SPEC(.entity = "Cohere", .attribute = "investment", .counterpart = "Amazon", .low = 1e9,
             .time = "2025-11", .doc = 1),
        SPEC(.entity = "OpenAI", .attribute = "investment", .counterpart = "Microsoft", .low = 1e10,
             .time = "2025-11", .doc = 1));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_ties_rivalry_from_text(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Mistral AI", .attribute = "investor", .person = "Nvidia",
             .time = "2025-11"),
        SPEC(.entity = "Cohere", .attribute = "investment", .counterpart = "Nvidia", .low = 5e8,
             .time = "2025-11", .doc = 1),
        SPEC(.entity = "Cohere", .attribute = "rival", .person = "Mistral AI", .time = "2025-11",
             .doc = 1, .sentence = 4));
    const FcFinding *f = only_finding(&r);
    g_assert_cmpstr(f->entity, ==, "Nvidia");
    g_assert_nonnull(strstr(f->message, "the articles call them rivals"));
    /* One claim per side and the one that calls them rivals. */
    g_assert_cmpuint(f->claims->len, ==, 3);
}

static void
test_ties_only_reported(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Amazon", .low = 4e9,
             .time = "2025-11"),
        SPEC(.entity = "OpenAI", .attribute = "investment", .counterpart = "Amazon", .low = 1e9,
             .time = "2025-11", .doc = 1, .status = FC_STATUS_PLANNED));
    g_assert_cmpuint(r.findings->len, ==, 0);
}

static void
test_ties_joint_backer(void)
{
    g_auto(FcRun) r = {0};
    /* "Microsoft and Nvidia will invest $15bn in Anthropic" is one claim
     * with a joint counterpart; Microsoft is still a backer of Anthropic. */
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "investment",
             .counterpart = "Microsoft and Nvidia", .low = 1.5e10, .time = "2025-11"),
        SPEC(.entity = "OpenAI", .attribute = "investment", .counterpart = "Microsoft", .low = 1e10,
             .time = "2025-11", .doc = 1));
    if (count_rule(&r, "backs-rivals") != 1) {
        g_test_fail_printf("%s", "regression (fixed bug): fc-check-ties: a joint counterpart "
                                 "('Microsoft and Nvidia') is "
                                 "one opaque investor name, so Microsoft backing the rivals "
                                 "Anthropic and OpenAI is not found");
        return;
    }
    g_assert_cmpstr(((const FcFinding *)g_ptr_array_index(r.findings, 0))->entity, ==, "Microsoft");
}

/* ---- engine: fingerprints, order ---------------------------------------- */

static char *
conflict_id(guint line_shift, double second_value, guint second_doc)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 3.5e11, .time = "2025-11",
             .sentence = line_shift),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = second_value,
             .time = "2025-11", .doc = second_doc, .sentence = 2 * line_shift));
    return g_strdup(only_finding(&r)->id);
}

static void
test_fingerprint_stable(void)
{
    g_autofree char *a = conflict_id(0, 3.8e11, 1);
    g_autofree char *b = conflict_id(7, 3.8e11, 1);
    /* Lines, columns and offsets moved; the finding is the same. */
    g_assert_cmpstr(a, ==, b);
    g_autofree char *c = conflict_id(0, 4e11, 1);
    g_assert_cmpstr(a, !=, c);
    g_autofree char *d = conflict_id(0, 3.8e11, 2);
    g_assert_cmpstr(a, !=, d);
}

static void
test_order_and_severity(void)
{
    g_auto(FcRun) r = {0};
    RUN(&r,
        SPEC(.entity = "OpenAI", .attribute = "investment", .counterpart = "Amazon", .low = 1e9,
             .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "investment", .counterpart = "Amazon", .low = 4e9,
             .time = "2025-11", .doc = 1),
        SPEC(.entity = "Cohere", .attribute = "valuation", .low = 5e9, .time = "2025-11"),
        SPEC(.entity = "Cohere", .attribute = "valuation", .low = 7e9, .time = "2025-11", .doc = 1),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 1e11, .time = "2025-11"),
        SPEC(.entity = "Anthropic", .attribute = "valuation", .low = 2e11, .time = "2025-11",
             .doc = 1));
    g_assert_cmpuint(r.findings->len, ==, 3);
    const FcFinding *f0 = g_ptr_array_index(r.findings, 0);
    const FcFinding *f1 = g_ptr_array_index(r.findings, 1);
    const FcFinding *f2 = g_ptr_array_index(r.findings, 2);
    /* Errors first, then by entity. */
    g_assert_cmpstr(f0->entity, ==, "Anthropic");
    g_assert_cmpstr(f0->rule->id, ==, "valuation-conflict");
    g_assert_cmpstr(f1->entity, ==, "Cohere");
    g_assert_cmpstr(f2->rule->id, ==, "backs-rivals");
    for (guint i = 0; i < r.findings->len; i++)
        g_assert_nonnull(((const FcFinding *)g_ptr_array_index(r.findings, i))->id);
}

static void
test_no_claims(void)
{
    g_autoptr(GPtrArray) claims = g_ptr_array_new();
    g_autoptr(FcStore) store = fc_store_new(claims);
    g_autoptr(GPtrArray) findings = fc_engine_run(rules, store);
    g_assert_cmpuint(findings->len, ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = load_rules();
    g_test_add_func("/engine/conflict/within-month", test_conflict_within_month);
    g_test_add_func("/engine/conflict/round-dates-of-other-precision",
                    test_conflict_round_dates_of_other_precision);
    g_test_add_func("/engine/conflict/across-months", test_no_conflict_across_months);
    g_test_add_func("/engine/conflict/no-chain", test_no_chain_through_middle_article);
    g_test_add_func("/engine/conflict/day-dated", test_day_dated_articles_compared);
    g_test_add_func("/engine/conflict/tolerance", test_tolerance);
    g_test_add_func("/engine/conflict/exact-inside-bound", test_exact_inside_bound_agrees);
    g_test_add_func("/engine/conflict/exact-outside-bound", test_exact_outside_bound_conflicts);
    g_test_add_func("/engine/conflict/ranges", test_ranges);
    g_test_add_func("/engine/conflict/caps-differ", test_caps_differ);
    g_test_add_func("/engine/conflict/by-counterpart", test_by_counterpart);
    g_test_add_func("/engine/conflict/undated", test_undated_within_document);
    g_test_add_func("/engine/conflict/statuses", test_statuses_not_compared);
    g_test_add_func("/engine/conflict/undated-prior", test_undated_prior_not_compared);
    g_test_add_func("/engine/conflict/cumulative", test_cumulative_apart);
    g_test_add_func("/engine/conflict/month-with-quarter", test_month_with_quarter);
    g_test_add_func("/engine/conflict/single-holder", test_single_holder);
    g_test_add_func("/engine/sum/with-remaining", test_sum_with_remaining);
    g_test_add_func("/engine/sum/without-remaining", test_sum_without_remaining);
    g_test_add_func("/engine/sum/within-document", test_sum_within_document);
    g_test_add_func("/engine/sum/part-told-twice", test_sum_part_told_twice);
    g_test_add_func("/engine/sum/debt-facility", test_sum_debt_facility);
    g_test_add_func("/engine/sum/complete-breakdown-elsewhere",
                    test_sum_complete_breakdown_elsewhere);
    g_test_add_func("/engine/sum/other-currency", test_sum_other_currency);
    g_test_add_func("/engine/ties/through-parent", test_ties_through_parent);
    g_test_add_func("/engine/ties/need-rivals", test_ties_need_rivals);
    g_test_add_func("/engine/ties/rivalry-from-text", test_ties_rivalry_from_text);
    g_test_add_func("/engine/ties/only-reported", test_ties_only_reported);
    g_test_add_func("/engine/ties/joint-backer", test_ties_joint_backer);
    g_test_add_func("/engine/fingerprint-stable", test_fingerprint_stable);
    g_test_add_func("/engine/order", test_order_and_severity);
    g_test_add_func("/engine/no-claims", test_no_claims);
    int rc = g_test_run();
    fc_ruleset_free(rules);
    return rc;
}
