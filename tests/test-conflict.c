/* Money semantics and rounds in the conflict check (fc-check-conflict,
 * fc-event, fc-rates, the qualifiers of fc-context), end to end on small
 * articles with the house rules: what must be flagged, what must not, and
 * the round each finding names. */
#include "fc-engine.h"
#include "fc-event.h"
#include "fc-test.h"

#include <string.h>

static FcRuleSet *rules;

typedef struct {
    const char *date;
    const char *body;
} FcArticle;

typedef struct {
    GPtrArray *claims; /* FcClaim*, owned */
    GPtrArray *docs;   /* FcDocument*, owned */
    FcStore *store;
    GPtrArray *findings;
} FcRun;

static void
fc_run_clear(FcRun *r)
{
    g_clear_pointer(&r->findings, g_ptr_array_unref);
    g_clear_pointer(&r->store, fc_store_free);
    g_clear_pointer(&r->claims, g_ptr_array_unref);
    g_clear_pointer(&r->docs, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcRun, fc_run_clear)

static void
fc_run(FcRun *r, const FcArticle *articles, guint n)
{
    r->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    r->docs = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    for (guint i = 0; i < n; i++) {
        FcTestExtraction x = {0};
        g_autofree char *path = g_strdup_printf("a%u.md", i);
        fc_test_extract(&x, rules, path, articles[i].date, articles[i].body, i, NULL);
        for (guint j = 0; j < x.claims->len; j++)
            g_ptr_array_add(r->claims, g_ptr_array_steal_index(x.claims, j--));
        g_ptr_array_add(r->docs, g_steal_pointer(&x.doc));
        fc_test_extraction_clear(&x);
    }
    r->store = fc_store_new(r->claims);
    r->findings = fc_engine_run(rules, r->store);
}

/* The findings of rule @id, as "message" lines joined with "\n". */
static char *
fc_run_messages(const FcRun *r, const char *id)
{
    GString *out = g_string_new(NULL);
    for (guint i = 0; i < r->findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(r->findings, i);
        if (strcmp(f->rule->id, id) == 0)
            g_string_append_printf(out, "%s%s", out->len ? "\n" : "", f->message);
    }
    return g_string_free(out, FALSE);
}

static guint
fc_flags_of(const char *body, const char *attribute, const char *value_text)
{
    g_auto(FcTestExtraction) x = {0};
    fc_test_extract(&x, rules, "q.md", "2025-06-01", body, 0, NULL);
    for (guint i = 0; i < x.claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(x.claims, i);
        if (strcmp(c->attribute, attribute) == 0 && strcmp(c->value_text, value_text) == 0)
            return c->flags;
    }
    g_error("no %s claim '%s' in: %s", attribute, value_text, body);
}

static void
test_qualifiers(void)
{
    g_assert_true(fc_flags_of("Arden Labs raised $3 billion at a $48 billion post-money valuation.",
                              "valuation", "$48 billion") &
                  FC_CLAIM_POST_MONEY);
    g_assert_true(fc_flags_of("Arden Labs raised $3 billion at a $45 billion pre-money valuation.",
                              "valuation", "$45 billion") &
                  FC_CLAIM_PRE_MONEY);
    g_assert_true(fc_flags_of("Arden Labs raised $400 million in a first close of its Series B.",
                              "round_size", "$400 million") &
                  FC_CLAIM_PARTIAL);
    g_assert_true(fc_flags_of("Arden Labs has raised $84 million toward a $120 million Series B.",
                              "round_size", "$84 million") &
                  FC_CLAIM_PARTIAL);
    /* A gloss in brackets between the figure and its cue. */
    g_assert_true(fc_flags_of("Arden Labs has secured US$25 million (around Rp 390 billion) in the "
                              "first close of a planned US$40 million Series B.",
                              "round_size", "US$25 million") &
                  FC_CLAIM_PARTIAL);
    g_assert_true(fc_flags_of("Arden Labs raised $2 billion in debt financing from banks.",
                              "round_size", "$2 billion") &
                  FC_CLAIM_DEBT);
    g_assert_true(fc_flags_of("Arden Labs raised $1 billion. The package includes $300 million in "
                              "cloud credits.",
                              "tranche", "$300 million") &
                  FC_CLAIM_CREDITS);
    g_assert_true(fc_flags_of("Arden Labs has secured $125 million, a package that combines a $95 "
                              "million Series B equity round with a $30 million debt facility.",
                              "round_size", "$125 million") &
                  FC_CLAIM_DEBT);
    g_assert_true(fc_flags_of("Arden Labs raised money. Its last financing was widely reported as "
                              "a $125 million raise; the Series B itself was $95 million, with "
                              "the remaining $30 million coming as venture debt.",
                              "round_size", "$125 million") &
                  FC_CLAIM_DEBT);
    const char *both = "The financing values Arden Labs at $260 million before the new investment "
                       "and $410 million after it.";
    g_assert_true(fc_flags_of(both, "valuation", "$260 million") & FC_CLAIM_PRE_MONEY);
    g_assert_true(fc_flags_of(both, "valuation", "$410 million") & FC_CLAIM_POST_MONEY);
    guint plain = fc_flags_of("Arden Labs raised $1 billion in a Series B round.", "round_size",
                              "$1 billion");
    g_assert_cmpuint(plain & (FC_CLAIM_PARTIAL | FC_CLAIM_DEBT | FC_CLAIM_CREDITS), ==, 0);
}

static void
test_founders_partial_names(void)
{
    /* "Priya" and "Nandakumar" are both "Priya Nandakumar": no founder
     * beyond the listed two. */
    const FcArticle a[] = {
        {"2025-06-03", "Lumora Health raised money. It was founded in 2017 by Nandakumar and "
                       "Tomas Ferreira."},
        {"2025-06-05", "Lumora Health raised money. Its co-founder Priya Nandakumar spoke."},
        {"2025-06-06", "Lumora Health raised money. Its co-founder Priya spoke first."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "founder-conflict");
    g_assert_cmpstr(m, ==, "");
}

static void
test_pre_money_reading(void)
{
    const FcArticle a[] = {
        {"2025-06-03", "Arden Labs raised $3 billion at a $45 billion pre-money valuation."},
        {"2025-06-05", "The deal values Arden Labs at $45 billion, its investors said."},
        {"2025-06-06", "The deal values Arden Labs at $48 billion, its investors said."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "valuation-conflict");
    g_assert_cmpstr(m, ==, "");
    /* Without the round, $45bn and $48bn are two different valuations. */
    g_auto(FcRun) r2 = {0};
    fc_run(&r2, a + 1, 2);
    g_autofree char *m2 = fc_run_messages(&r2, "valuation-conflict");
    g_assert_cmpstr(m2, ==, "Arden Labs' valuation is given as $45bn and $48bn (2025-06)");
    /* "about" does not widen the pre-money reading too: $850m + $145m is
     * 9% short of $1.1bn. */
    const FcArticle b[] = {
        {"2025-03-12", "Vyapaar raised $145 million in a Series C at a post-money valuation of "
                       "$1.1 billion."},
        {"2025-03-20", "Vyapaar raised $145 million in a Series C, which valued it at about $850 "
                       "million."},
    };
    g_auto(FcRun) r3 = {0};
    fc_run(&r3, b, G_N_ELEMENTS(b));
    g_autofree char *m3 = fc_run_messages(&r3, "valuation-conflict");
    g_assert_cmpstr(m3, !=, "");
}

/* A headline's figure in an article that tells two rounds is the round
 * it gives the same figure for, not the other one. */
static void
test_headline_restates_round(void)
{
    const FcArticle a[] = {
        {"2023-11-14", "# Lumora Grid raises $20 million\n\nLumora Grid has raised a $20 "
                       "million Series A led by Ridgeline Partners. It began with a $5 million "
                       "seed round, also led by Ridgeline Partners."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "round-size-conflict");
    g_assert_cmpstr(m, ==, "");
}

/* An extension gives a round a second true size; a third size is still
 * a conflict. */
static void
test_extended_round(void)
{
    const FcArticle a[] = {
        {"2025-03-03", "Arden Labs raised a $48 million Series B led by Oakline."},
        {"2025-05-05", "Arden Labs added $12 million to its Series B, bringing the round to $60 "
                       "million."},
        {"2025-07-06", "Arden Labs' $60 million Series B was led by Oakline."},
        {"2025-08-06", "Arden Labs' $52 million Series B was led by Oakline."},
    };
    g_assert_true(fc_flags_of(a[1].body, "round_size", "$60 million") & FC_CLAIM_EXTENDED);
    g_auto(FcRun) r = {0};
    fc_run(&r, a, 3);
    g_autofree char *m = fc_run_messages(&r, "round-size-conflict");
    g_assert_cmpstr(m, ==, "");
    g_auto(FcRun) r2 = {0};
    fc_run(&r2, a, G_N_ELEMENTS(a));
    g_autofree char *m2 = fc_run_messages(&r2, "round-size-conflict");
    g_assert_cmpstr(m2, ==,
                    "Arden Labs' round is given as $48m, $60m and $52m (Series B, 2025-03/2025-08, "
                    "led by Oakline)");
}

static void
test_currencies(void)
{
    const FcArticle a[] = {
        {"2025-06-10", "Arden Labs has raised €500 million in new funding."},
        {"2025-06-12", "Arden Labs has raised $565 million in new funding."},
        {"2025-06-12", "The round values Arden Labs at $8 billion."},
        {"2025-06-13", "The round values Arden Labs at €5 billion."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *sizes = fc_run_messages(&r, "round-size-conflict");
    g_assert_cmpstr(sizes, ==, "");
    g_autofree char *vals = fc_run_messages(&r, "valuation-conflict");
    g_assert_cmpstr(vals, ==, "Arden Labs' valuation is given as $8bn and €5bn (2025-06)");
    /* 2019 has no rate: pounds and dollars are not compared at all. */
    const FcArticle b[] = {
        {"2019-03-05", "Arden Labs has raised £100 million in new funding."},
        {"2019-03-07", "Arden Labs has raised $300 million in new funding."},
    };
    g_auto(FcRun) r2 = {0};
    fc_run(&r2, b, G_N_ELEMENTS(b));
    g_assert_cmpuint(r2.findings->len, ==, 0);
}

static void
test_rates_table(void)
{
    FcTime june;
    g_assert_true(fc_time_parse_iso("2025-06", &june));
    const FcRate *eur = fc_rates_lookup(rules->rates, FC_UNIT_EUR, &june);
    g_assert_nonnull(eur);
    g_assert_nonnull(eur->source);
    FcValue v = {1e9, 1e9, FC_UNIT_EUR, FALSE}, usd;
    g_assert_true(fc_rates_to_usd(rules->rates, &v, &june, &usd));
    g_assert_cmpint(usd.unit, ==, FC_UNIT_USD);
    g_assert_true(usd.low < eur->usd * 1e9 && usd.high > eur->usd * 1e9);
    FcTime old;
    g_assert_true(fc_time_parse_iso("2012", &old));
    g_assert_null(fc_rates_lookup(rules->rates, FC_UNIT_GBP, &old));
    g_assert_false(fc_rates_to_usd(rules->rates, &v, &old, &usd));
}

static void
test_rates_errors(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    const char text[] = "[x]\ncurrency = YEN\nusd = 0.007\nperiod = 2025\nsource = s\n\n"
                        "[y]\ncurrency = EUR\nusd = 1.1\nperiod = 2025\n";
    g_autoptr(FcRuleFile) file = fc_rulefile_parse("r.rules", text, sizeof text - 1, errors);
    g_autoptr(FcRates) rates = fc_rates_new();
    fc_rates_add_file(rates, file, errors);
    g_assert_cmpuint(errors->len, ==, 2);
    g_assert_cmpstr(g_ptr_array_index(errors, 0), ==, "r.rules:2: bad currency 'YEN'");
    g_assert_cmpstr(g_ptr_array_index(errors, 1), ==, "r.rules:7: rate 'y' has no source");
    g_assert_cmpuint(fc_rates_size(rates), ==, 0);
}

static void
test_rounding(void)
{
    const FcArticle a[] = {
        {"2025-10-01", "Arden Labs is now valued at about $40 billion, the company said."},
        {"2025-10-02", "Arden Labs is now valued at $41.2 billion."},
        {"2025-10-01", "Brisk Labs raised $5 billion at a valuation of $210 billion."},
        {"2025-10-03", "Brisk Labs raised $5 billion at a valuation of $240 billion."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "valuation-conflict");
    g_assert_cmpstr(m, ==, "Brisk Labs' valuation is given as $210bn and $240bn (2025-10)");
}

static void
test_events(void)
{
    const FcArticle a[] = {
        {"2025-03-12", "Arden Labs raised $600 million in a Series C round led by Accel.\n\n"
                       "The Series C values Arden Labs at $6 billion."},
        {"2025-06-20", "Arden Labs raised $600 million in its Series C, which was led by Index "
                       "Ventures.\n\nThe Series C valued Arden Labs at $8 billion."},
        /* Another round in the same weeks: never compared with the C. */
        {"2025-06-22", "Arden Labs raised $900 million in a Series D round."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *vals = fc_run_messages(&r, "valuation-conflict");
    g_assert_cmpstr(vals, ==,
                    "Arden Labs' valuation is given as $6bn and $8bn (Series C, "
                    "2025-03/2025-06, led by Accel and Index Ventures)");
    g_autofree char *sizes = fc_run_messages(&r, "round-size-conflict");
    g_assert_cmpstr(sizes, ==, "");
    g_autofree char *leads = fc_run_messages(&r, "lead-investor-conflict");
    g_assert_nonnull(strstr(leads, "Arden Labs' round is said to be led by "));
    g_assert_nonnull(strstr(leads, "(Series C, 2025-03/2025-06, led by Accel and Index Ventures)"));
    for (guint i = 0; i < r.findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(r.findings, i);
        g_assert_nonnull(f->event);
        g_assert_true(g_str_has_prefix(f->event, "Series C, "));
    }
}

static void
test_talks_then_close(void)
{
    const FcArticle a[] = {
        {"2025-05-02", "Arden Labs is in talks to raise $2 billion at a valuation of $20 billion, "
                       "people familiar with the matter said."},
        {"2025-06-10", "Arden Labs has raised $2 billion at a valuation of $24 billion."},
        /* A target told after the close belongs to a later round. */
        {"2025-10-01", "Arden Labs is seeking to raise $5 billion at a valuation of $50 billion."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *notes = fc_run_messages(&r, "valuation-revised");
    g_assert_cmpstr(notes, ==,
                    "Arden Labs' round closed at a different valuation than first reported: $20bn "
                    "in talks or targets, $24bn at the close (2025-05/2025-06)");
    g_autofree char *sizes = fc_run_messages(&r, "round-size-revised");
    g_assert_cmpstr(sizes, ==, "");
    g_autofree char *vals = fc_run_messages(&r, "valuation-conflict");
    g_assert_cmpstr(vals, ==, "");
    for (guint i = 0; i < r.findings->len; i++)
        g_assert_cmpint(((const FcFinding *)g_ptr_array_index(r.findings, i))->rule->severity, ==,
                        FC_SEVERITY_INFO);

    /* A close only a source tells is a close too; beside one the
     * article states, the stated one is the close. */
    const FcArticle b[] = {
        a[0],
        {"2025-06-10", "Arden Labs has raised $2 billion at a valuation of $24 billion, the person "
                       "said."},
    };
    g_auto(FcRun) rb = {0};
    fc_run(&rb, b, G_N_ELEMENTS(b));
    g_autofree char *nb = fc_run_messages(&rb, "valuation-revised");
    g_assert_cmpstr(nb, ==, notes);
    const FcArticle c[] = {
        a[0],
        a[1],
        {"2025-06-12", "Arden Labs was valued at about $21 billion, the person said."},
    };
    g_auto(FcRun) rc = {0};
    fc_run(&rc, c, G_N_ELEMENTS(c));
    g_autofree char *nc = fc_run_messages(&rc, "valuation-revised");
    g_assert_cmpstr(nc, ==, notes);
}

static void
test_target_after_close(void)
{
    /* Each article tells the close, then where the company might go
     * next: no figure of talks is an early report of the close. */
    const FcArticle a[] = {
        {"2025-03-28", "Pellmark raised a $90 million Series B at a $900 million valuation. "
                       "People familiar with its plans say it could be valued at $3 billion "
                       "if it raises again later this year."},
        {"2025-11-02", "Pellmark raised a $90 million Series B in March at a $900 million "
                       "valuation. It is rumoured to be raising at $3 billion."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *notes = fc_run_messages(&r, "valuation-revised");
    g_assert_cmpstr(notes, ==, "");
}

static void
test_former_ceo_named_later(void)
{
    /* A handover in February, a successor named then, and the leaver
     * still called chief executive in September: too far apart for the
     * conflict check, out of date all the same. */
    const FcArticle a[] = {
        {"2023-02-07", "Mirela Health raised money. In February, Albrecht handed the chief "
                       "executive role to Karin Sorensen."},
        {"2023-09-05", "Mirela Health raised money, said Mirela Health's chief executive, Jonas "
                       "Albrecht."},
        /* Before the handover he was chief executive. */
        {"2022-06-01", "Mirela Health raised money, said chief executive Jonas Albrecht."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "former-ceo-named-current");
    g_assert_cmpstr(m, ==,
                    "Mirela Health's chief executive is given as Jonas Albrecht after Jonas "
                    "Albrecht left the post (2023-02-07)");
    g_autofree char *near = fc_run_messages(&r, "ceo-conflict");
    g_assert_cmpstr(near, ==, "");

    /* The successor named again in August: the conflict check sets the
     * two side by side, and this check says nothing more. */
    const FcArticle b[] = {
        a[0],
        a[1],
        {"2023-08-20", "Mirela Health raised money, said chief executive Karin Sorensen."},
    };
    g_auto(FcRun) rb = {0};
    fc_run(&rb, b, G_N_ELEMENTS(b));
    g_autofree char *mb = fc_run_messages(&rb, "former-ceo-named-current");
    g_assert_cmpstr(mb, ==, "");
    g_autofree char *cb = fc_run_messages(&rb, "ceo-conflict");
    g_assert_cmpstr(cb, !=, "");

    /* A "former" chief executive with nobody named after: no exit to hold
     * the later article to (a leader may come back). */
    const FcArticle c[] = {
        {"2023-02-07", "Mirela Health raised money, said former chief executive Jonas Albrecht."},
        a[1],
    };
    g_auto(FcRun) rc = {0};
    fc_run(&rc, c, G_N_ELEMENTS(c));
    g_autofree char *mc = fc_run_messages(&rc, "former-ceo-named-current");
    g_assert_cmpstr(mc, ==, "");
}

static void
test_total_below_rounds(void)
{
    /* A total to date smaller than the labelled rounds that closed by
     * then; a round told twice counts once, at its smaller size. */
    const FcArticle a[] = {
        {"2021-04-13", "Pennant Labs has raised a $30 million Series A."},
        {"2023-05-16", "Pennant Labs has raised an $85 million Series B. The deal brings total "
                       "funding to $95 million, the company said."},
        {"2023-06-01", "Pennant Labs raised a $90 million Series B in May."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "rounds-exceed-total");
    g_assert_cmpstr(m, ==,
                    "Pennant Labs' total funding to date is given as $95m, less than the $115m its "
                    "rounds before then add up to ($30m Series A + $85m Series B)");

    /* A round closed after the total, a round that may have, a hedged
     * total within the slack, and a total with no upper bound fall short
     * of nothing. */
    const FcArticle b[] = {
        {"2021-04-13", "Pennant Labs has raised a $30 million Series A. It has raised more than "
                       "$25 million to date."},
        {"2023-05-16", "Pennant Labs has raised an $85 million Series B."},
        {"2022-01-10", "Pennant Labs has raised about $30 million in total."},
        {"2023-06-10", "Pennant Labs has raised more than $100 million so far."},
        /* Some day of 2022, maybe after the total of January 2022. */
        {"2023-09-27", "The funding comes after Pennant Labs raised $54 million in a Series C "
                       "round last year."},
    };
    g_auto(FcRun) rb = {0};
    fc_run(&rb, b, G_N_ELEMENTS(b));
    g_autofree char *mb = fc_run_messages(&rb, "rounds-exceed-total");
    g_assert_cmpstr(mb, ==, "");

    /* One seed extension, told once by name and once in words, counts
     * once. */
    const FcArticle c[] = {
        {"2020-05-04", "Pennant Labs raised a $14 million seed extension."},
        {"2020-05-05", "Pennant Labs raised $14 million in an extension of its seed round. The "
                       "money brings its total funding to $21 million."},
    };
    g_auto(FcRun) rc = {0};
    fc_run(&rc, c, G_N_ELEMENTS(c));
    g_autofree char *mc = fc_run_messages(&rc, "rounds-exceed-total");
    g_assert_cmpstr(mc, ==, "");

    /* A total told by a person briefed on the company is still a total. */
    const FcArticle d[] = {
        {"2024-05-16", "Pennant Labs raised a $12 million seed in 2022 and a $38 million Series "
                       "A in 2023. It has raised $42 million to date, according to a person "
                       "briefed on the company."},
    };
    g_auto(FcRun) rd = {0};
    fc_run(&rd, d, G_N_ELEMENTS(d));
    g_autofree char *md = fc_run_messages(&rd, "rounds-exceed-total");
    g_assert_cmpstr(md, ==,
                    "Pennant Labs' total funding to date is given as $42m, less than the $50m its "
                    "rounds before then add up to ($12m seed + $38m Series A)");
}

static void
test_total_fell(void)
{
    /* A total told in November and a smaller one in June: too far apart
     * for the conflict check, and a total never shrinks. */
    const FcArticle a[] = {
        {"2023-11-08", "Kestrel Pay has raised 75 million euros in total."},
        {"2024-06-03", "Kestrel Pay has raised 60 million euros to date."},
        /* Weeks apart: the conflict check's. */
        {"2024-06-20", "Kestrel Pay has raised 50 million euros so far."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "total-raised-fell");
    g_assert_cmpstr(m, ==,
                    "Kestrel Pay's total funding to date is given as €60m, less than the €75m told "
                    "before it (2023-11-08)\n"
                    "Kestrel Pay's total funding to date is given as €50m, less than the €75m told "
                    "before it (2023-11-08)");
    g_autofree char *near = fc_run_messages(&r, "total-raised-conflict");
    g_assert_cmpstr(near, !=, "");

    /* A total that grows, or shrinks within the slack, is no finding. */
    const FcArticle b[] = {
        {"2023-11-08", "Kestrel Pay has raised about 75 million euros in total."},
        {"2024-06-03", "Kestrel Pay has raised 70 million euros to date."},
        {"2024-12-03", "Kestrel Pay has raised 90 million euros to date."},
    };
    g_auto(FcRun) rb = {0};
    fc_run(&rb, b, G_N_ELEMENTS(b));
    g_autofree char *mb = fc_run_messages(&rb, "total-raised-fell");
    g_assert_cmpstr(mb, ==, "");
}

static void
test_price_without_buyer(void)
{
    /* A price told without its buyer is the one named buyer's. */
    const FcArticle a[] = {
        {"2023-11-20", "Tesouro Pay bought Livro Caixa for R$40 million in cash and stock."},
        {"2024-02-15", "Analysts said the R$65 million purchase of Livro Caixa had paid off."},
    };
    g_auto(FcRun) r = {0};
    fc_run(&r, a, G_N_ELEMENTS(a));
    g_autofree char *m = fc_run_messages(&r, "acquisition-price-conflict");
    g_assert_cmpstr(m, ==, "Tesouro Pay's acquisition of Livro Caixa is given as R$40m and R$65m");

    /* Two buyers named: whose the price is stays open. */
    const FcArticle b[] = {
        {"2023-11-20", "Tesouro Pay bought Livro Caixa for R$40 million in cash and stock."},
        {"2024-01-20", "Caixinha bought Livro Caixa for R$45 million."},
        {"2024-02-15", "Analysts said the R$65 million purchase of Livro Caixa had paid off."},
    };
    g_auto(FcRun) rb = {0};
    fc_run(&rb, b, G_N_ELEMENTS(b));
    g_autofree char *mb = fc_run_messages(&rb, "acquisition-price-conflict");
    g_assert_cmpstr(mb, ==, "");
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    rules = fc_test_load_rules();
    g_test_add_func("/conflict/founders-partial-names", test_founders_partial_names);
    g_test_add_func("/conflict/qualifiers", test_qualifiers);
    g_test_add_func("/conflict/target-after-close", test_target_after_close);
    g_test_add_func("/conflict/pre-money-reading", test_pre_money_reading);
    g_test_add_func("/conflict/extended-round", test_extended_round);
    g_test_add_func("/conflict/headline-restates-round", test_headline_restates_round);
    g_test_add_func("/conflict/currencies", test_currencies);
    g_test_add_func("/conflict/rates-table", test_rates_table);
    g_test_add_func("/conflict/rates-errors", test_rates_errors);
    g_test_add_func("/conflict/rounding", test_rounding);
    g_test_add_func("/conflict/events", test_events);
    g_test_add_func("/conflict/talks-then-close", test_talks_then_close);
    g_test_add_func("/conflict/former-ceo-named-later", test_former_ceo_named_later);
    g_test_add_func("/conflict/total-below-rounds", test_total_below_rounds);
    g_test_add_func("/conflict/total-fell", test_total_fell);
    g_test_add_func("/conflict/price-without-buyer", test_price_without_buyer);
    int status = g_test_run();
    fc_ruleset_free(rules);
    return status;
}
