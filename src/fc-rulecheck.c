#include "fc-rulecheck.h"

#include "fc-corpus.h"
#include "fc-extract.h"
#include "fc-rulefile.h"
#include "fc-value.h"

#include <stdlib.h>
#include <string.h>

static gboolean
fc_rulecheck_value_equal(const FcClaim *c, const char *want)
{
    FcValue v;
    gsize n = strlen(want);
    if (fc_value_parse_money(want, n, &v) || fc_value_parse_percent(want, n, &v))
        return v.unit == c->value.unit && v.low == c->value.low && v.high == c->value.high;
    char *end;
    long year = strtol(want, &end, 10);
    if (*end == '\0' && c->value.unit == FC_UNIT_YEAR)
        return c->value.low == (double)year;
    if (fc_value_parse_count(want, n, &v) && c->value.unit == FC_UNIT_COUNT)
        return v.low == c->value.low && v.high == c->value.high;
    const char *name = c->value_entity != NULL ? c->value_entity : c->value_text;
    return name != NULL && g_ascii_strcasecmp(name, want) == 0;
}

gboolean
fc_rulecheck_claim_matches(const FcClaim *c, char *const *f)
{
    if (g_ascii_strcasecmp(c->entity, f[0]) != 0 || strcmp(c->attribute, f[1]) != 0)
        return FALSE;
    if (!fc_rulecheck_value_equal(c, f[2]))
        return FALSE;
    return f[3] == NULL ||
           (c->counterpart != NULL && g_ascii_strcasecmp(c->counterpart, f[3]) == 0);
}

/* "got no claim" or "got: X | valuation | $5bn; ..." for a message. */
static char *
fc_rulecheck_describe(const GPtrArray *claims)
{
    if (claims->len == 0)
        return g_strdup("got no claim");
    GString *s = g_string_new("got: ");
    for (guint i = 0; i < claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(claims, i);
        g_autofree char *v = fc_claim_value_label(c);
        g_string_append_printf(s, "%s%s | %s | %s%s%s", i > 0 ? "; " : "", c->entity, c->attribute,
                               v, c->counterpart ? " | " : "",
                               c->counterpart ? c->counterpart : "");
    }
    return g_string_free(s, FALSE);
}

static gboolean
fc_rulecheck_found(const GPtrArray *claims, const char *expect)
{
    g_auto(GStrv) f = g_strsplit(expect, "|", 4);
    if (g_strv_length(f) < 3)
        return FALSE;
    for (guint k = 0; f[k] != NULL; k++)
        g_strstrip(f[k]);
    for (guint j = 0; j < claims->len; j++)
        if (fc_rulecheck_claim_matches(g_ptr_array_index(claims, j), f))
            return TRUE;
    return FALSE;
}

static guint
fc_rulecheck_run(FcExtractor *ex, const FcExtractRule *r, const FcRuleExample *e, GPtrArray *errors)
{
    g_autoptr(FcDocument) doc = fc_corpus_parse("example.txt", e->text, strlen(e->text));
    g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func((GDestroyNotify)fc_claim_free);
    g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func(g_free);
    fc_extractor_only(ex, r);
    fc_extract_document(ex, doc, 0, claims, notes);
    g_autofree char *got = fc_rulecheck_describe(claims);
    if (e->counter) {
        if (claims->len == 0)
            return 0;
        fc_rulefile_error(errors, r->file, e->line, "counter-example of '%s' yields claims (%s)",
                          r->id, got);
        return 1;
    }
    guint failures = 0;
    for (guint i = 0; i < e->expect->len; i++) {
        const char *want = g_ptr_array_index(e->expect, i);
        if (fc_rulecheck_found(claims, want))
            continue;
        fc_rulefile_error(errors, r->file, g_array_index(e->expect_lines, guint, i),
                          "example of '%s' misses '%s' (%s)", r->id, want, got);
        failures++;
    }
    return failures;
}

/* Examples are a few short sentences: interpreting them costs less than
 * JIT-compiling every pattern, which a run over a short draft would
 * otherwise spend most of its time on. */
static FcExtractor *
fc_rulecheck_extractor(const FcRuleSet *rules)
{
    FcExtractor *ex = fc_extractor_new(rules);
    fc_extractor_interpret(ex);
    return ex;
}

guint
fc_rulecheck_example(const FcRuleSet *rules, const FcExtractRule *rule,
                     const FcRuleExample *example, GPtrArray *errors)
{
    g_autoptr(FcExtractor) ex = fc_rulecheck_extractor(rules);
    return fc_rulecheck_run(ex, rule, example, errors);
}

guint
fc_rulecheck_all(const FcRuleSet *rules, GPtrArray *errors)
{
    g_autoptr(FcExtractor) ex = fc_rulecheck_extractor(rules);
    guint failures = 0;
    for (guint i = 0; i < rules->extract->len; i++) {
        const FcExtractRule *r = g_ptr_array_index(rules->extract, i);
        for (guint k = 0; k < r->examples->len; k++)
            failures += fc_rulecheck_run(ex, r, g_ptr_array_index(r->examples, k), errors);
    }
    return failures;
}
