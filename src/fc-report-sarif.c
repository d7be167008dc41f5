/* SARIF 2.1.0 (OASIS), the format code-scanning services read: the rules
 * with their help in tool.driver.rules, one result per finding at its main
 * evidence, the other evidence as relatedLocations, the finding's id as a
 * partial fingerprint, and suppressed findings kept with "suppressions".
 * Columns count code points, as the other formats do, and the run says so
 * (SARIF's default is UTF-16 code units). */
#include "fc-report.h"

#include "config.h"

#include <cjson/cJSON.h>
#include <string.h>

#define FC_SARIF_SCHEMA                                                                            \
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#define FC_SARIF_FINGERPRINT "factcheck/v1"

/* The rules in id order, then the two suppression notices; a result names
 * its rule by position too (ruleIndex). */
typedef struct {
    GPtrArray *ids; /* const char*, borrowed */
    cJSON *array;
} FcSarifRules;

static const char *const fc_sarif_notice_rules[][3] = {
    {FC_NOTICE_UNUSED, "Suppression that matches nothing",
     "A factcheck-disable comment suppresses no finding any more: the text it was written for "
     "has changed. Remove it so that it does not hide a future contradiction."},
    {FC_NOTICE_BAD, "Malformed suppression",
     "A factcheck comment names an unknown rule or directive, or enables a rule it never "
     "disabled. It suppresses nothing; fix the rule id (see tool.driver.rules) or remove it."},
};

static cJSON *
fc_sarif_text(const char *text)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "text", text);
    return o;
}

static const char *
fc_sarif_level(FcSeverity s)
{
    return s == FC_SEVERITY_ERROR ? "error" : s == FC_SEVERITY_WARNING ? "warning" : "note";
}

static void
fc_sarif_add_rule(FcSarifRules *r, const char *id, const char *title, const char *help,
                  const char *level)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", id);
    cJSON_AddItemToObject(o, "shortDescription", fc_sarif_text(title));
    cJSON_AddItemToObject(o, "fullDescription", fc_sarif_text(help));
    cJSON_AddItemToObject(o, "help", fc_sarif_text(help));
    cJSON *config = cJSON_AddObjectToObject(o, "defaultConfiguration");
    cJSON_AddStringToObject(config, "level", level);
    cJSON_AddItemToArray(r->array, o);
    g_ptr_array_add(r->ids, (gpointer)id);
}

static int
fc_sarif_compare_rules(gconstpointer a, gconstpointer b)
{
    const FcCheckRule *x = *(const FcCheckRule *const *)a, *y = *(const FcCheckRule *const *)b;
    return strcmp(x->id, y->id);
}

static void
fc_sarif_rules(FcSarifRules *r, const FcReport *report)
{
    r->ids = g_ptr_array_new();
    r->array = cJSON_CreateArray();
    if (report->rules != NULL) {
        /* Not g_ptr_array_copy(): the copy would free the rules. */
        g_autoptr(GPtrArray) checks = g_ptr_array_new();
        g_ptr_array_extend(checks, report->rules->checks, NULL, NULL);
        g_ptr_array_sort(checks, fc_sarif_compare_rules);
        for (guint i = 0; i < checks->len; i++) {
            const FcCheckRule *c = g_ptr_array_index(checks, i);
            fc_sarif_add_rule(r, c->id, c->title, c->explanation, fc_sarif_level(c->severity));
        }
    }
    for (gsize i = 0; i < G_N_ELEMENTS(fc_sarif_notice_rules); i++)
        fc_sarif_add_rule(r, fc_sarif_notice_rules[i][0], fc_sarif_notice_rules[i][1],
                          fc_sarif_notice_rules[i][2], "warning");
}

/* A relative reference for relative paths (code scanning resolves them
 * against the checkout), a file: URI for absolute ones. */
static char *
fc_sarif_uri(const char *path)
{
    g_autofree char *escaped = g_uri_escape_string(path, "/", FALSE);
    return g_path_is_absolute(path) ? g_strconcat("file://", escaped, NULL)
                                    : g_steal_pointer(&escaped);
}

static cJSON *
fc_sarif_location(const char *path, guint line, guint column, const char *message)
{
    cJSON *loc = cJSON_CreateObject();
    cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
    cJSON *artifact = cJSON_AddObjectToObject(phys, "artifactLocation");
    g_autofree char *uri = fc_sarif_uri(path);
    cJSON_AddStringToObject(artifact, "uri", uri);
    cJSON *region = cJSON_AddObjectToObject(phys, "region");
    cJSON_AddNumberToObject(region, "startLine", line);
    if (column > 0)
        cJSON_AddNumberToObject(region, "startColumn", column);
    if (message != NULL)
        cJSON_AddItemToObject(loc, "message", fc_sarif_text(message));
    return loc;
}

static cJSON *
fc_sarif_claim_location(const FcClaim *c, guint index)
{
    g_autofree char *value = fc_claim_value_label(c);
    g_autofree char *what =
        g_strdup_printf("%s %s = %s: \"%s\"", c->entity, c->attribute, value, c->quote);
    cJSON *loc = fc_sarif_location(c->document, c->line, c->column, what);
    cJSON_AddNumberToObject(loc, "id", index);
    return loc;
}

static cJSON *
fc_sarif_result(const FcSarifRules *rules, const char *rule, const char *level, const char *message)
{
    cJSON *o = cJSON_CreateObject();
    guint index = 0;
    g_ptr_array_find_with_equal_func(rules->ids, rule, g_str_equal, &index);
    cJSON_AddStringToObject(o, "ruleId", rule);
    cJSON_AddNumberToObject(o, "ruleIndex", index);
    cJSON_AddStringToObject(o, "level", level);
    cJSON_AddItemToObject(o, "message", fc_sarif_text(message));
    return o;
}

static cJSON *
fc_sarif_finding(const FcSarifRules *rules, const FcFinding *f)
{
    cJSON *o = fc_sarif_result(rules, f->rule->id, fc_sarif_level(f->rule->severity), f->message);
    const FcClaim *main = g_ptr_array_index(f->claims, 0);
    cJSON *locs = cJSON_AddArrayToObject(o, "locations");
    cJSON_AddItemToArray(locs, fc_sarif_location(main->document, main->line, main->column, NULL));
    cJSON *related = cJSON_AddArrayToObject(o, "relatedLocations");
    for (guint i = 1; i < f->claims->len; i++)
        cJSON_AddItemToArray(related, fc_sarif_claim_location(g_ptr_array_index(f->claims, i), i));
    cJSON *fp = cJSON_AddObjectToObject(o, "partialFingerprints");
    cJSON_AddStringToObject(fp, FC_SARIF_FINGERPRINT, f->id);
    return o;
}

static cJSON *
fc_sarif_suppressed(const FcSarifRules *rules, const FcSuppressed *s)
{
    cJSON *o = fc_sarif_finding(rules, s->finding);
    cJSON *list = cJSON_AddArrayToObject(o, "suppressions");
    cJSON *sup = cJSON_CreateObject();
    cJSON_AddStringToObject(sup, "kind", s->in_source ? "inSource" : "external");
    g_autofree char *why = g_strdup_printf(
        s->in_source ? "suppressed by a comment at %s" : "accepted in the baseline %s", s->where);
    cJSON_AddStringToObject(sup, "justification", why);
    cJSON_AddItemToArray(list, sup);
    return o;
}

static cJSON *
fc_sarif_notice(const FcSarifRules *rules, const FcNotice *n)
{
    cJSON *o = fc_sarif_result(rules, n->rule, "warning", n->message);
    cJSON *locs = cJSON_AddArrayToObject(o, "locations");
    cJSON_AddItemToArray(locs, fc_sarif_location(n->path, n->line, 0, NULL));
    return o;
}

static cJSON *
fc_sarif_results(const FcSarifRules *rules, const FcReport *report, const GPtrArray *suppressed,
                 const GPtrArray *notices)
{
    cJSON *results = cJSON_CreateArray();
    for (guint i = 0; i < report->findings->len; i++)
        cJSON_AddItemToArray(results,
                             fc_sarif_finding(rules, g_ptr_array_index(report->findings, i)));
    for (guint i = 0; suppressed != NULL && i < suppressed->len; i++)
        cJSON_AddItemToArray(results, fc_sarif_suppressed(rules, g_ptr_array_index(suppressed, i)));
    for (guint i = 0; notices != NULL && i < notices->len; i++)
        cJSON_AddItemToArray(results, fc_sarif_notice(rules, g_ptr_array_index(notices, i)));
    return results;
}

static cJSON *
fc_sarif_driver(cJSON *rules)
{
    cJSON *driver = cJSON_CreateObject();
    cJSON_AddStringToObject(driver, "name", "factcheck");
    cJSON_AddStringToObject(driver, "version", FC_VERSION);
    cJSON_AddStringToObject(driver, "semanticVersion", FC_VERSION);
    cJSON_AddItemToObject(driver, "rules", rules);
    return driver;
}

char *
fc_report_sarif(const FcReport *report, const GPtrArray *suppressed, const GPtrArray *notices)
{
    FcSarifRules rules;
    fc_sarif_rules(&rules, report);
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", FC_SARIF_SCHEMA);
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *run = cJSON_CreateObject();
    cJSON *tool = cJSON_AddObjectToObject(run, "tool");
    cJSON_AddItemToObject(tool, "driver", fc_sarif_driver(rules.array));
    cJSON_AddItemToObject(run, "results", fc_sarif_results(&rules, report, suppressed, notices));
    cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");
    cJSON_AddItemToArray(cJSON_AddArrayToObject(root, "runs"), run);
    g_ptr_array_unref(rules.ids);
    char *printed = cJSON_Print(root);
    cJSON_Delete(root);
    char *text = g_strconcat(printed, "\n", NULL);
    cJSON_free(printed);
    return text;
}
