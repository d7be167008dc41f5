/* fc-report through its header: the JSON shape of DESIGN.md §4 (parsed
 * back with cJSON, keys and types checked), null bounds for open ends and
 * people, claims as JSON and JSON lines, and compiler-style text. */
#include "fc-report.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

/* ---- a small hand-made run ---------------------------------------------- */

static char conflict_kind[] = "conflict";
static char ties_kind[] = "ties";
static char title[] = "Different valuations";
static char message_template[] = "m";
static char explanation[] = "Check which round each figure describes.";

typedef struct {
    FcCorpus *corpus;
    GPtrArray *claims;   /* FcClaim*, owned */
    GPtrArray *findings; /* FcFinding*, owned */
    FcCheckRule conflict, ties;
    FcReport report;
} FcFixture;

static FcClaim *
add_claim(FcFixture *fx, const char *attribute, FcValue value, const char *text, guint line)
{
    FcClaim *c = fc_claim_new();
    c->entity = g_intern_string("Anthropic");
    c->attribute = g_intern_string(attribute);
    c->value = value;
    c->value_text = g_strdup(text);
    c->document = g_intern_string("news/a.md");
    c->offset = 100 * line;
    c->line = line;
    c->column = 18;
    c->quote = g_strdup_printf("Anthropic is valued at %s.", text);
    c->rule = g_intern_string("extract-valued-at");
    g_assert_true(fc_time_parse_iso("2025-11", &c->time));
    g_ptr_array_add(fx->claims, c);
    return c;
}

static void
add_document(FcFixture *fx, const char *path, const char *text)
{
    g_ptr_array_add(fx->corpus->documents, fc_corpus_parse(path, text, strlen(text)));
}

static void
init_rules(FcFixture *fx)
{
    fx->conflict = (FcCheckRule){.id = g_intern_string("valuation-conflict"),
                                 .kind = conflict_kind,
                                 .severity = FC_SEVERITY_ERROR,
                                 .title = title,
                                 .message = message_template,
                                 .explanation = explanation};
    fx->ties = fx->conflict;
    fx->ties.id = g_intern_string("investor-backs-rivals");
    fx->ties.kind = ties_kind;
    fx->ties.severity = FC_SEVERITY_WARNING;
}

static FcFinding *
add_finding(FcFixture *fx, const FcCheckRule *rule, const char *attribute, const char *message)
{
    FcFinding *f = fc_finding_new(rule, g_intern_string("Anthropic"),
                                  attribute ? g_intern_string(attribute) : NULL);
    f->message = g_strdup(message);
    g_ptr_array_add(fx->findings, f);
    return f;
}

/* Two documents; a valuation conflict ($350bn against "up to $300bn"), a
 * founder, and a ties finding without an attribute or event. */
static void
fixture_init(FcFixture *fx)
{
    fx->corpus = fc_corpus_new();
    add_document(fx, "news/a.md",
                 "---\ntitle: Anthropic raises\ndate: 2025-11\nsource: Wire\n---\nBody.\n");
    add_document(fx, "news/b.txt", "No front matter.\n");
    fx->claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    fx->findings = g_ptr_array_new_with_free_func((GDestroyNotify)fc_finding_free);
    init_rules(fx);
    FcClaim *a =
        add_claim(fx, "valuation", (FcValue){3.5e11, 3.5e11, FC_UNIT_USD, FALSE}, "$350bn", 6);
    FcClaim *b = add_claim(fx, "valuation", (FcValue){-INFINITY, 3e11, FC_UNIT_USD, TRUE},
                           "up to $300bn", 7);
    FcClaim *p = add_claim(fx, "founder", (FcValue){0, 0, FC_UNIT_NONE, FALSE}, "Dario Amodei", 8);
    p->value_entity = g_intern_string("Dario Amodei");
    b->counterpart = g_intern_string("Amazon");
    b->status = FC_STATUS_PLANNED;
    FcFinding *f = add_finding(fx, &fx->conflict, "valuation", "values differ");
    f->event = g_strdup("2025-11");
    g_ptr_array_add(f->claims, a);
    g_ptr_array_add(f->claims, b);
    fc_finding_seal(f);
    FcFinding *t = add_finding(fx, &fx->ties, NULL, "Amazon backs rivals");
    g_ptr_array_add(t->claims, p);
    fc_finding_seal(t);
    fx->report = (FcReport){fx->corpus, fx->claims, fx->findings, NULL, NULL};
}

static void
fixture_clear(FcFixture *fx)
{
    g_clear_pointer(&fx->findings, g_ptr_array_unref);
    g_clear_pointer(&fx->claims, g_ptr_array_unref);
    g_clear_pointer(&fx->corpus, fc_corpus_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcFixture, fixture_clear)

/* ---- JSON helpers ------------------------------------------------------- */

G_DEFINE_AUTOPTR_CLEANUP_FUNC(cJSON, cJSON_Delete)

static cJSON *
parse_json(const char *text)
{
    cJSON *root = cJSON_Parse(text);
    if (root == NULL)
        g_error("not JSON near: %.40s", cJSON_GetErrorPtr());
    return root;
}

static const cJSON *
member(const cJSON *o, const char *key)
{
    g_assert_true(cJSON_IsObject(o));
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (v == NULL)
        g_error("missing key \"%s\"", key);
    return v;
}

static const char *
string_member(const cJSON *o, const char *key)
{
    const cJSON *v = member(o, key);
    g_assert_true(cJSON_IsString(v));
    return v->valuestring;
}

static double
number_member(const cJSON *o, const char *key)
{
    const cJSON *v = member(o, key);
    g_assert_true(cJSON_IsNumber(v));
    return v->valuedouble;
}

static void
assert_null_member(const cJSON *o, const char *key)
{
    g_assert_true(cJSON_IsNull(member(o, key)));
}

static const cJSON *
item(const cJSON *array, int i)
{
    g_assert_true(cJSON_IsArray(array));
    g_assert_cmpint(i, <, cJSON_GetArraySize(array));
    return cJSON_GetArrayItem(array, i);
}

/* Every key DESIGN.md §4 gives a claim, with its JSON type. */
static void
assert_claim_shape(const cJSON *c)
{
    static const char *const strings[] = {"document",  "quote",  "entity",
                                          "attribute", "status", "rule"};
    for (guint i = 0; i < G_N_ELEMENTS(strings); i++)
        string_member(c, strings[i]);
    g_assert_cmpfloat(number_member(c, "line"), >=, 1);
    g_assert_cmpfloat(number_member(c, "column"), >=, 1);
    const cJSON *cp = member(c, "counterpart");
    g_assert_true(cJSON_IsString(cp) || cJSON_IsNull(cp));
    const cJSON *time = member(c, "time");
    g_assert_true(cJSON_IsString(time) || cJSON_IsNull(time));
    const cJSON *v = member(c, "value");
    string_member(v, "text");
    g_assert_true(cJSON_IsBool(member(v, "approx")));
    for (guint i = 0; i < 2; i++) {
        const cJSON *bound = member(v, i ? "high" : "low");
        g_assert_true(cJSON_IsNumber(bound) || cJSON_IsNull(bound));
    }
    member(v, "unit");
}

/* ---- JSON report -------------------------------------------------------- */

static void
test_json_top_level(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_json(&fx.report);
    g_assert_true(g_str_has_suffix(text, "}\n"));
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *tool = member(root, "tool");
    g_assert_cmpstr(string_member(tool, "name"), ==, "factcheck");
    g_assert_cmpuint(strlen(string_member(tool, "version")), >, 0);
    g_assert_cmpint(cJSON_GetArraySize(member(root, "documents")), ==, 2);
    g_assert_cmpint(cJSON_GetArraySize(member(root, "findings")), ==, 2);
}

static void
test_json_documents(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_json(&fx.report);
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *a = item(member(root, "documents"), 0);
    g_assert_cmpstr(string_member(a, "path"), ==, "news/a.md");
    g_assert_cmpstr(string_member(a, "title"), ==, "Anthropic raises");
    g_assert_cmpstr(string_member(a, "date"), ==, "2025-11");
    g_assert_cmpstr(string_member(a, "source"), ==, "Wire");
    /* Metadata a document does not have is null, not "" or missing. */
    const cJSON *b = item(member(root, "documents"), 1);
    g_assert_cmpstr(string_member(b, "path"), ==, "news/b.txt");
    assert_null_member(b, "title");
    assert_null_member(b, "date");
    assert_null_member(b, "source");
}

static void
test_json_finding(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_json(&fx.report);
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *f = item(member(root, "findings"), 0);
    const FcFinding *model = g_ptr_array_index(fx.findings, 0);
    g_assert_cmpstr(string_member(f, "id"), ==, model->id);
    g_assert_cmpstr(string_member(f, "rule"), ==, "valuation-conflict");
    g_assert_cmpstr(string_member(f, "kind"), ==, "conflict");
    g_assert_cmpstr(string_member(f, "severity"), ==, "error");
    g_assert_cmpstr(string_member(f, "entity"), ==, "Anthropic");
    g_assert_cmpstr(string_member(f, "attribute"), ==, "valuation");
    g_assert_cmpstr(string_member(f, "event"), ==, "2025-11");
    g_assert_cmpstr(string_member(f, "message"), ==, "values differ");
    g_assert_cmpstr(string_member(f, "explanation"), ==, explanation);
    const cJSON *claims = member(f, "claims");
    g_assert_cmpint(cJSON_GetArraySize(claims), ==, 2);
    for (int i = 0; i < 2; i++)
        assert_claim_shape(item(claims, i));
    /* A ties finding has no attribute and no event. */
    const cJSON *t = item(member(root, "findings"), 1);
    g_assert_cmpstr(string_member(t, "kind"), ==, "ties");
    g_assert_cmpstr(string_member(t, "severity"), ==, "warning");
    assert_null_member(t, "attribute");
    assert_null_member(t, "event");
}

static void
test_json_claim_values(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_json(&fx.report);
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *claims = member(item(member(root, "findings"), 0), "claims");
    const cJSON *exact = item(claims, 0);
    g_assert_cmpstr(string_member(exact, "document"), ==, "news/a.md");
    g_assert_cmpfloat(number_member(exact, "line"), ==, 6);
    g_assert_cmpfloat(number_member(exact, "column"), ==, 18);
    g_assert_cmpstr(string_member(exact, "quote"), ==, "Anthropic is valued at $350bn.");
    assert_null_member(exact, "counterpart");
    g_assert_cmpstr(string_member(exact, "time"), ==, "2025-11");
    g_assert_cmpstr(string_member(exact, "status"), ==, "reported");
    g_assert_cmpstr(string_member(exact, "rule"), ==, "extract-valued-at");
    const cJSON *v = member(exact, "value");
    g_assert_cmpstr(string_member(v, "text"), ==, "$350bn");
    g_assert_cmpfloat(number_member(v, "low"), ==, 3.5e11);
    g_assert_cmpfloat(number_member(v, "high"), ==, 3.5e11);
    g_assert_cmpstr(string_member(v, "unit"), ==, "USD");
    g_assert_true(cJSON_IsFalse(member(v, "approx")));
    /* An open end is null; the other bound stays a number. */
    const cJSON *cap = item(claims, 1);
    g_assert_cmpstr(string_member(cap, "counterpart"), ==, "Amazon");
    g_assert_cmpstr(string_member(cap, "status"), ==, "planned");
    const cJSON *cv = member(cap, "value");
    assert_null_member(cv, "low");
    g_assert_cmpfloat(number_member(cv, "high"), ==, 3e11);
    g_assert_true(cJSON_IsTrue(member(cv, "approx")));
}

static void
test_json_person_value(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_json(&fx.report);
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *claim = item(member(item(member(root, "findings"), 1), "claims"), 0);
    assert_claim_shape(claim);
    const cJSON *v = member(claim, "value");
    g_assert_cmpstr(string_member(v, "text"), ==, "Dario Amodei");
    g_assert_cmpstr(string_member(v, "entity"), ==, "Dario Amodei");
    assert_null_member(v, "low");
    assert_null_member(v, "high");
}

static void
test_json_undated_claim(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    FcClaim *c = g_ptr_array_index(fx.claims, 0);
    c->time = (FcTime){0};
    g_autofree char *text = fc_report_json(&fx.report);
    g_autoptr(cJSON) root = parse_json(text);
    assert_null_member(item(member(item(member(root, "findings"), 0), "claims"), 0), "time");
    g_autofree char *when = fc_report_claim_time(c);
    g_assert_cmpstr(when, ==, "undated");
}

static void
test_json_hostile_strings(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    const char *nasty = "He said \"$350bn\" \\ </script>\n\t\x01\x1b[31m € ✓";
    FcClaim *c = g_ptr_array_index(fx.claims, 0);
    g_free(c->quote);
    c->quote = g_strdup(nasty);
    g_autofree char *text = fc_report_json(&fx.report);
    /* Valid JSON whose strings read back exactly as they were. */
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *claim = item(member(item(member(root, "findings"), 0), "claims"), 0);
    g_assert_cmpstr(string_member(claim, "quote"), ==, nasty);
    for (const char *p = text; *p != '\0'; p++)
        g_assert_true(*p == '\n' || *p == '\t' || (guchar)*p >= 0x20);
}

static void
test_json_deterministic(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *one = fc_report_json(&fx.report);
    g_autofree char *two = fc_report_json(&fx.report);
    g_assert_cmpstr(one, ==, two);
}

static void
test_json_empty(void)
{
    g_autoptr(FcCorpus) corpus = fc_corpus_new();
    g_autoptr(GPtrArray) none = g_ptr_array_new();
    FcReport report = {corpus, none, none, NULL, NULL};
    g_autofree char *text = fc_report_json(&report);
    g_autoptr(cJSON) root = parse_json(text);
    /* Empty lists stay lists, so scripts can iterate without checks. */
    g_assert_true(cJSON_IsArray(member(root, "documents")));
    g_assert_true(cJSON_IsArray(member(root, "findings")));
    g_assert_cmpint(cJSON_GetArraySize(member(root, "findings")), ==, 0);
}

/* ---- claims subcommand -------------------------------------------------- */

static void
test_claims_json(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_claims_json(&fx.report, FALSE);
    g_autoptr(cJSON) root = parse_json(text);
    const cJSON *claims = member(root, "claims");
    g_assert_cmpint(cJSON_GetArraySize(claims), ==, 3);
    for (int i = 0; i < 3; i++)
        assert_claim_shape(item(claims, i));
    g_assert_cmpstr(string_member(item(claims, 2), "attribute"), ==, "founder");
}

static void
test_claims_json_lines(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_claims_json(&fx.report, TRUE);
    g_assert_true(g_str_has_suffix(text, "\n"));
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    /* One object per line, then the empty string after the last newline. */
    g_assert_cmpuint(g_strv_length(lines), ==, 4);
    g_assert_cmpstr(lines[3], ==, "");
    for (guint i = 0; i < 3; i++) {
        g_autoptr(cJSON) o = parse_json(lines[i]);
        assert_claim_shape(o);
        g_assert_null(cJSON_GetObjectItemCaseSensitive(o, "claims"));
    }
}

/* ---- text --------------------------------------------------------------- */

static void
test_text_compiler_style(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_text(&fx.report);
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    g_assert_cmpstr(lines[0], ==, "news/a.md:6:18: error: [valuation-conflict] values differ");
    /* Evidence indented under the finding, each with its own location. */
    g_assert_true(g_strv_contains((const char *const *)lines,
                                  "  news/a.md:6:18: Anthropic valuation = $350bn [2025-11, "
                                  "reported]"));
    g_assert_true(g_strv_contains((const char *const *)lines,
                                  "  news/a.md:7:18: Anthropic valuation (Amazon) = up to about "
                                  "$300bn [2025-11, planned]"));
    g_assert_true(
        g_strv_contains((const char *const *)lines, "      \"Anthropic is valued at $350bn.\""));
    g_assert_true(g_strv_contains((const char *const *)lines, "  why: Check which round each "
                                                              "figure describes."));
    g_assert_true(g_strv_contains((const char *const *)lines,
                                  "news/a.md:8:18: warning: [investor-backs-rivals] Amazon "
                                  "backs rivals"));
    g_assert_true(g_str_has_suffix(text, "2 documents, 3 claims: 1 error, 1 warning, 0 info\n"));
}

static void
test_text_no_findings(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_ptr_array_set_size(fx.findings, 0);
    g_autofree char *text = fc_report_text(&fx.report);
    g_assert_cmpstr(text, ==, "2 documents, 3 claims: 0 errors, 0 warnings, 0 info\n");
}

static void
test_text_control_characters(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    FcClaim *c = g_ptr_array_index(fx.claims, 0);
    g_free(c->quote);
    /* What a document can carry into a quote: the corpus keeps ESC. */
    c->quote = g_strdup("Anthropic raised $13bn \x1b[2J\x1b]0;owned\x07 in May.");
    g_autofree char *text = fc_report_text(&fx.report);
    for (const char *p = text; *p != '\0'; p++) {
        if (*p != '\n' && (guchar)*p < 0x20) {
            g_test_fail_printf(
                "%s",
                "regression (fixed bug): fc-report-text: control characters from a document (ESC "
                "sequences) are written raw into terminal output");
            return;
        }
    }
}

static void
test_claims_text(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    g_autofree char *text = fc_report_claims_text(&fx.report);
    g_assert_true(g_str_has_prefix(text, "news/a.md:6:18: Anthropic valuation = $350bn "
                                         "[2025-11, reported]\n"));
    g_assert_nonnull(strstr(text, "Anthropic founder = Dario Amodei"));
    g_assert_nonnull(strstr(text, "    rule: extract-valued-at\n"));
    g_assert_true(g_str_has_suffix(text, "3 claims in 2 documents\n"));
}

static void
test_count(void)
{
    g_auto(FcFixture) fx = {0};
    fixture_init(&fx);
    guint n[3] = {9, 9, 9};
    fc_report_count(&fx.report, n);
    g_assert_cmpuint(n[FC_SEVERITY_ERROR], ==, 1);
    g_assert_cmpuint(n[FC_SEVERITY_WARNING], ==, 1);
    g_assert_cmpuint(n[FC_SEVERITY_INFO], ==, 0);
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/report/json/top-level", test_json_top_level);
    g_test_add_func("/report/json/documents", test_json_documents);
    g_test_add_func("/report/json/finding", test_json_finding);
    g_test_add_func("/report/json/claim-values", test_json_claim_values);
    g_test_add_func("/report/json/person-value", test_json_person_value);
    g_test_add_func("/report/json/undated-claim", test_json_undated_claim);
    g_test_add_func("/report/json/hostile-strings", test_json_hostile_strings);
    g_test_add_func("/report/json/deterministic", test_json_deterministic);
    g_test_add_func("/report/json/empty", test_json_empty);
    g_test_add_func("/report/claims/json", test_claims_json);
    g_test_add_func("/report/claims/json-lines", test_claims_json_lines);
    g_test_add_func("/report/claims/text", test_claims_text);
    g_test_add_func("/report/text/compiler-style", test_text_compiler_style);
    g_test_add_func("/report/text/no-findings", test_text_no_findings);
    g_test_add_func("/report/text/control-characters", test_text_control_characters);
    g_test_add_func("/report/count", test_count);
    return g_test_run();
}
