/* JSON exactly as DESIGN.md §4: stable keys in a fixed order, no
 * timestamps, paths as given. */
#include "fc-report.h"

#include "config.h"

#include <cjson/cJSON.h>
#include <math.h>

static cJSON *
fc_json_string_or_null(const char *s)
{
    return s != NULL ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *
fc_json_bound(double x)
{
    return isfinite(x) ? cJSON_CreateNumber(x) : cJSON_CreateNull();
}

static cJSON *
fc_json_value(const FcClaim *c)
{
    cJSON *v = cJSON_CreateObject();
    cJSON_AddItemToObject(v, "text", fc_json_string_or_null(c->value_text));
    if (c->value.unit == FC_UNIT_NONE) {
        cJSON_AddItemToObject(v, "entity", fc_json_string_or_null(c->value_entity));
        cJSON_AddNullToObject(v, "low");
        cJSON_AddNullToObject(v, "high");
        cJSON_AddNullToObject(v, "unit");
    } else {
        cJSON_AddItemToObject(v, "low", fc_json_bound(c->value.low));
        cJSON_AddItemToObject(v, "high", fc_json_bound(c->value.high));
        cJSON_AddStringToObject(v, "unit", fc_unit_name(c->value.unit));
    }
    cJSON_AddBoolToObject(v, "approx", c->value.approx);
    return v;
}

static cJSON *
fc_json_qualifiers(const FcClaim *c)
{
    cJSON *q = cJSON_CreateArray();
    for (guint f = 1; f != 0 && f <= c->flags; f <<= 1) {
        const char *name = (c->flags & f) ? fc_claim_flag_name(f) : NULL;
        if (name != NULL)
            cJSON_AddItemToArray(q, cJSON_CreateString(name));
    }
    return q;
}

static cJSON *
fc_json_claim(const FcClaim *c)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "document", c->document);
    cJSON_AddNumberToObject(o, "line", c->line);
    cJSON_AddNumberToObject(o, "column", c->column);
    cJSON_AddStringToObject(o, "quote", c->quote);
    cJSON_AddStringToObject(o, "entity", c->entity);
    cJSON_AddStringToObject(o, "attribute", c->attribute);
    cJSON_AddItemToObject(o, "counterpart", fc_json_string_or_null(c->counterpart));
    cJSON_AddItemToObject(o, "value", fc_json_value(c));
    g_autofree char *time = fc_time_is_known(&c->time) ? fc_time_format(&c->time) : NULL;
    cJSON_AddItemToObject(o, "time", fc_json_string_or_null(time));
    cJSON_AddStringToObject(o, "status", fc_status_name(c->status));
    cJSON_AddItemToObject(o, "event", fc_json_string_or_null(c->event));
    cJSON_AddItemToObject(o, "qualifiers", fc_json_qualifiers(c));
    cJSON_AddStringToObject(o, "rule", c->rule);
    return o;
}

static cJSON *
fc_json_finding(const FcFinding *f)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", f->id);
    cJSON_AddStringToObject(o, "rule", f->rule->id);
    cJSON_AddStringToObject(o, "kind", f->rule->kind);
    cJSON_AddStringToObject(o, "severity", fc_severity_name(f->rule->severity));
    cJSON_AddStringToObject(o, "entity", f->entity);
    cJSON_AddItemToObject(o, "attribute", fc_json_string_or_null(f->attribute));
    cJSON_AddItemToObject(o, "event", fc_json_string_or_null(f->event));
    cJSON_AddStringToObject(o, "title", f->rule->title);
    cJSON_AddStringToObject(o, "message", f->message);
    cJSON_AddStringToObject(o, "explanation", f->rule->explanation);
    cJSON *claims = cJSON_AddArrayToObject(o, "claims");
    for (guint i = 0; i < f->claims->len; i++)
        cJSON_AddItemToArray(claims, fc_json_claim(g_ptr_array_index(f->claims, i)));
    return o;
}

static cJSON *
fc_json_document(const FcDocument *d)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "path", d->path);
    cJSON_AddItemToObject(o, "title", fc_json_string_or_null(d->title));
    cJSON_AddItemToObject(o, "date", fc_json_string_or_null(d->date_text));
    cJSON_AddItemToObject(o, "source", fc_json_string_or_null(d->source));
    return o;
}

static cJSON *
fc_json_tool(void)
{
    cJSON *tool = cJSON_CreateObject();
    cJSON_AddStringToObject(tool, "name", "factcheck");
    cJSON_AddStringToObject(tool, "version", FC_VERSION);
    return tool;
}

static char *
fc_json_finish(cJSON *root)
{
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    char *out = g_strconcat(text, "\n", NULL);
    cJSON_free(text);
    return out;
}

char *
fc_report_json(const FcReport *report)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddItemToObject(root, "tool", fc_json_tool());
    cJSON *docs = cJSON_AddArrayToObject(root, "documents");
    for (guint i = 0; i < report->corpus->documents->len; i++)
        cJSON_AddItemToArray(docs,
                             fc_json_document(g_ptr_array_index(report->corpus->documents, i)));
    cJSON *findings = cJSON_AddArrayToObject(root, "findings");
    for (guint i = 0; i < report->findings->len; i++)
        cJSON_AddItemToArray(findings, fc_json_finding(g_ptr_array_index(report->findings, i)));
    return fc_json_finish(root);
}

char *
fc_report_claims_json(const FcReport *report, gboolean lines)
{
    if (lines) {
        GString *out = g_string_new(NULL);
        for (guint i = 0; i < report->claims->len; i++) {
            cJSON *o = fc_json_claim(g_ptr_array_index(report->claims, i));
            char *text = cJSON_PrintUnformatted(o);
            g_string_append_printf(out, "%s\n", text);
            cJSON_free(text);
            cJSON_Delete(o);
        }
        return g_string_free(out, FALSE);
    }
    cJSON *root = cJSON_CreateObject();
    cJSON_AddItemToObject(root, "tool", fc_json_tool());
    cJSON *claims = cJSON_AddArrayToObject(root, "claims");
    for (guint i = 0; i < report->claims->len; i++)
        cJSON_AddItemToArray(claims, fc_json_claim(g_ptr_array_index(report->claims, i)));
    return fc_json_finish(root);
}
