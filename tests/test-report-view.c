/* What the Markdown and HTML reports share: finding a value in its quote
 * (white space ignored, the right occurrence), normalised intervals, and
 * the view — findings grouped by entity and numbered in display order,
 * fact sheets that merge agreeing values and mark disputed ones, the
 * money figures of a timeline, per-document counts, unique anchors. */
#include "fc-report-view.h"

#include <math.h>
#include <string.h>

static void
check_find(const char *quote, const char *value, guint nth, const char *want)
{
    gsize s = 0, e = 0;
    gboolean found = fc_report_find_value(quote, value, nth, &s, &e);
    if (want == NULL) {
        g_assert_false(found);
        return;
    }
    g_assert_true(found);
    g_autofree char *got = g_strndup(quote + s, e - s);
    g_assert_cmpstr(got, ==, want);
}

static void
test_find_value(void)
{
    check_find("values it at $5.5 billion, up", "$5.5 billion", 0, "$5.5 billion");
    /* The quote collapsed the value's line break and its non-breaking
     * space. */
    check_find("raised $500 million in", "$500\n  million", 0, "$500 million");
    check_find("raised $500 million in", "$500\xC2\xA0million", 0, "$500 million");
    check_find("at €1.7 bn", "€1.7bn", 0, "€1.7 bn");
    check_find("$5bn now, $5bn then", "$5bn", 1, "$5bn");
    check_find("$5bn now, $5bn then", "$5bn", 7, "$5bn");
    check_find("nothing here", "$5bn", 0, NULL);
    check_find("anything", "  ", 0, NULL);
    /* The second occurrence really is the second. */
    gsize s, e;
    g_assert_true(fc_report_find_value("$5bn now, $5bn then", "$5bn", 1, &s, &e));
    g_assert_cmpuint(s, ==, 10);
}

static FcClaim *
make_claim(FcValue v, const char *text)
{
    FcClaim *c = fc_claim_new();
    c->value = v;
    c->value_text = g_strdup(text);
    return c;
}

static void
check_interval(FcValue v, const char *text, const char *want)
{
    g_autoptr(FcClaim) c = make_claim(v, text);
    g_autofree char *got = fc_report_value_interval(c);
    g_assert_cmpstr(got, ==, want);
}

static void
test_interval(void)
{
    check_interval((FcValue){1.17e10, 1.17e10, FC_UNIT_EUR, FALSE}, "€11.7bn",
                   "11,700,000,000 EUR");
    check_interval((FcValue){1e10, 1.5e10, FC_UNIT_USD, FALSE}, "x",
                   "[10,000,000,000 … 15,000,000,000] USD");
    check_interval((FcValue){-INFINITY, 4e9, FC_UNIT_USD, FALSE}, "x", "(−∞ … 4,000,000,000] USD");
    check_interval((FcValue){1.1e10, INFINITY, FC_UNIT_USD, FALSE}, "x",
                   "[11,000,000,000 … +∞) USD");
    check_interval((FcValue){3.5e11, 3.5e11, FC_UNIT_USD, TRUE}, "x", "≈ 350,000,000,000 USD");
    check_interval((FcValue){27.5, 27.5, FC_UNIT_PERCENT, FALSE}, "x", "27.5 percent");
    check_interval((FcValue){2021, 2021, FC_UNIT_YEAR, FALSE}, "x", "year 2021");
    check_interval((FcValue){1200, 1200, FC_UNIT_COUNT, FALSE}, "x", "1,200");
    check_interval((FcValue){0, 0, FC_UNIT_NONE, FALSE}, "Dario Amodei", "Dario Amodei");
}

/* ---- the view of a small hand-made run ---------------------------------- */

static char kind[] = "conflict";
static char text[] = "t";

typedef struct {
    FcCorpus *corpus;
    GPtrArray *claims;   /* FcClaim*, owned */
    GPtrArray *findings; /* FcFinding*, owned */
    FcCheckRule error, warning;
    FcReport report;
} FcFixture;

static FcClaim *
add_claim(FcFixture *fx, const char *entity, const char *attribute, double value, guint doc,
          const char *date)
{
    FcClaim *c = make_claim((FcValue){value, value, FC_UNIT_USD, FALSE}, "$1bn");
    c->entity = g_intern_string(entity);
    c->attribute = g_intern_string(attribute);
    c->doc_index = doc;
    c->document = g_intern_string(doc == 0 ? "a.md" : "a_md");
    c->offset = fx->claims->len;
    c->quote = g_strdup("q");
    if (date != NULL)
        g_assert_true(fc_time_parse_iso(date, &c->time));
    g_ptr_array_add(fx->claims, c);
    return c;
}

static FcFinding *
add_finding(FcFixture *fx, const FcCheckRule *rule, const char *entity, const char *id)
{
    FcFinding *f = fc_finding_new(rule, g_intern_string(entity), NULL);
    f->id = g_strdup(id);
    g_ptr_array_add(fx->findings, f);
    return f;
}

static void
fixture_init(FcFixture *fx)
{
    fx->corpus = fc_corpus_new();
    /* Two paths with the same slug: the anchors must still differ. */
    g_ptr_array_add(fx->corpus->documents, fc_corpus_parse("a.md", "x", 1));
    g_ptr_array_add(fx->corpus->documents, fc_corpus_parse("a_md", "x", 1));
    fx->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    fx->findings = g_ptr_array_new_with_free_func((GDestroyNotify)fc_finding_free);
    fx->error = (FcCheckRule){.id = "e",
                              .kind = kind,
                              .severity = FC_SEVERITY_ERROR,
                              .title = text,
                              .message = text,
                              .explanation = text};
    fx->warning = fx->error;
    fx->warning.id = "w";
    fx->warning.severity = FC_SEVERITY_WARNING;
    FcClaim *a = add_claim(fx, "Beta", "valuation", 5e9, 0, "2025-03");
    FcClaim *b = add_claim(fx, "Beta", "valuation", 7e9, 1, "2025-03");
    add_claim(fx, "Beta", "valuation", 5e9, 1, "2025-03"); /* agrees with a */
    add_claim(fx, "Beta", "valuation", 6e9, 1, NULL);      /* undated */
    FcClaim *c = add_claim(fx, "Alpha", "investor", 1, 0, "2025-01");
    /* Sorted as the engine sorts: the error first, then the warnings. */
    FcFinding *f1 = add_finding(fx, &fx->error, "Beta", "1111");
    g_ptr_array_add(f1->claims, a);
    g_ptr_array_add(f1->claims, b);
    FcFinding *f2 = add_finding(fx, &fx->warning, "Alpha", "2222");
    g_ptr_array_add(f2->claims, c);
    FcFinding *f3 = add_finding(fx, &fx->warning, "Beta", "3333");
    g_ptr_array_add(f3->claims, b);
    fx->report = (FcReport){fx->corpus, fx->claims, fx->findings, NULL, NULL};
}

static void
fixture_clear(FcFixture *fx)
{
    g_ptr_array_unref(fx->findings);
    g_ptr_array_unref(fx->claims);
    fc_corpus_free(fx->corpus);
}

static void
test_view_groups(void)
{
    FcFixture fx;
    fixture_init(&fx);
    g_autoptr(FcReportView) view = fc_report_view_new(&fx.report);
    /* Beta's group holds its error and its warning; Alpha comes after. */
    g_assert_cmpuint(view->groups->len, ==, 2);
    const FcViewGroup *beta = g_ptr_array_index(view->groups, 0);
    g_assert_cmpstr(beta->entity, ==, "Beta");
    g_assert_cmpuint(beta->findings->len, ==, 2);
    const FcFinding *f3 = g_ptr_array_index(fx.findings, 2);
    g_assert_cmpuint(fc_report_view_number(view, f3), ==, 2);
    const FcFinding *f2 = g_ptr_array_index(fx.findings, 1);
    g_assert_cmpuint(fc_report_view_number(view, f2), ==, 3);
    /* The most severe finding flags a claim cited twice. */
    const FcClaim *b = g_ptr_array_index(fx.claims, 1);
    g_assert_true(fc_report_view_flag(view, b) == g_ptr_array_index(fx.findings, 0));
    g_autofree char *anchor = fc_report_view_finding_anchor(f3);
    g_assert_cmpstr(anchor, ==, "f-3333");
    fixture_clear(&fx);
}

static void
test_view_facts(void)
{
    FcFixture fx;
    fixture_init(&fx);
    g_autoptr(FcReportView) view = fc_report_view_new(&fx.report);
    g_assert_cmpuint(view->entities->len, ==, 2);
    const FcViewEntity *beta = fc_report_view_entity(view, g_intern_string("Beta"));
    g_assert_nonnull(beta);
    g_assert_cmpstr(beta->anchor, ==, "e-beta");
    /* $5bn twice merged, then $6bn and $7bn, by value. */
    g_assert_cmpuint(beta->facts->len, ==, 3);
    const FcViewFact *five = g_ptr_array_index(beta->facts, 0);
    g_assert_cmpuint(five->claims->len, ==, 2);
    g_assert_cmpuint(five->findings->len, ==, 1);
    const FcViewFact *six = g_ptr_array_index(beta->facts, 1);
    g_assert_cmpuint(six->findings->len, ==, 0);
    const FcViewFact *seven = g_ptr_array_index(beta->facts, 2);
    g_assert_cmpuint(seven->findings->len, ==, 2);
    /* Dated money figures only; the undated one is counted. */
    g_assert_cmpuint(beta->money->len, ==, 3);
    g_assert_cmpuint(beta->undated_money, ==, 1);
    const FcViewEntity *alpha = fc_report_view_entity(view, g_intern_string("Alpha"));
    g_assert_cmpuint(alpha->money->len, ==, 0);
    fixture_clear(&fx);
}

static void
test_view_documents(void)
{
    FcFixture fx;
    fixture_init(&fx);
    g_autoptr(FcReportView) view = fc_report_view_new(&fx.report);
    g_assert_cmpstr(g_ptr_array_index(view->doc_anchors, 0), ==, "d-a-md");
    g_assert_cmpstr(g_ptr_array_index(view->doc_anchors, 1), ==, "d-a-md-2");
    g_assert_cmpuint(g_array_index(view->doc_claims, guint, 0), ==, 2);
    g_assert_cmpuint(g_array_index(view->doc_claims, guint, 1), ==, 3);
    /* Document 0 is cited by the error and Alpha's warning, document 1 by
     * the error and Beta's warning. */
    g_assert_cmpuint(g_array_index(view->doc_findings, guint, 0), ==, 2);
    g_assert_cmpuint(g_array_index(view->doc_findings, guint, 1), ==, 2);
    g_autofree char *sentence = fc_report_view_sentence_anchor(view, 1, 4);
    g_assert_cmpstr(sentence, ==, "s-a-md-2-4");
    fixture_clear(&fx);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/report-view/find-value", test_find_value);
    g_test_add_func("/report-view/interval", test_interval);
    g_test_add_func("/report-view/groups", test_view_groups);
    g_test_add_func("/report-view/facts", test_view_facts);
    g_test_add_func("/report-view/documents", test_view_documents);
    return g_test_run();
}
