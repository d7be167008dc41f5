#include "fc-ruleset.h"

#include "fc-context.h"
#include "fc-pattern.h"

#include <math.h>
#include <string.h>

static const char *const fc_severity_names[] = {"info", "warning", "error"};

const char *
fc_severity_name(FcSeverity s)
{
    return fc_severity_names[s];
}

gboolean
fc_severity_parse(const char *text, FcSeverity *out)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_severity_names); i++) {
        if (g_strcmp0(text, fc_severity_names[i]) == 0) {
            *out = (FcSeverity)i;
            return TRUE;
        }
    }
    return FALSE;
}

static gboolean
fc_status_parse(const char *text, FcStatus *out)
{
    for (FcStatus s = FC_STATUS_REPORTED; s <= FC_STATUS_PROJECTED; s++) {
        if (g_strcmp0(text, fc_status_name(s)) == 0) {
            *out = s;
            return TRUE;
        }
    }
    return FALSE;
}

static void
fc_example_free(gpointer p)
{
    FcRuleExample *ex = p;
    g_free(ex->text);
    g_ptr_array_unref(ex->expect);
    g_array_unref(ex->expect_lines);
    g_free(ex);
}

static void
fc_extract_rule_free(gpointer p)
{
    FcExtractRule *r = p;
    g_ptr_array_unref(r->patterns);
    g_ptr_array_unref(r->gates);
    g_strfreev(r->cues);
    g_free(r->cue_keys);
    g_ptr_array_unref(r->examples);
    g_free(r);
}

static void
fc_check_rule_free(gpointer p)
{
    FcCheckRule *r = p;
    g_free(r->kind);
    g_ptr_array_unref(r->attributes);
    g_free(r->title);
    g_free(r->message);
    g_free(r->explanation);
    g_free(r->formula);
    g_free(r);
}

void
fc_ruleset_free(FcRuleSet *rules)
{
    if (rules == NULL)
        return;
    fc_mention_scanner_free(rules->scanner);
    fc_context_cues_free(rules->cues);
    fc_facts_free(rules->facts);
    fc_rates_free(rules->rates);
    fc_lexicon_free(rules->lexicon);
    g_ptr_array_unref(rules->extract);
    g_ptr_array_unref(rules->checks);
    g_ptr_array_unref(rules->dirs);
    g_free(rules);
}

/* ---- extraction rules -------------------------------------------------- */

typedef struct {
    FcRuleSet *rules;
    const char *path; /* interned */
    GPtrArray *errors;
    GHashTable *ids; /* rule ids seen, across both kinds */
} FcLoad;

static gboolean
fc_load_id(FcLoad *ld, const FcRuleSection *s)
{
    const char *prior = g_hash_table_lookup(ld->ids, s->name);
    if (prior != NULL) {
        fc_rulefile_error(ld->errors, ld->path, s->line, "rule id '%s' already defined at %s",
                          s->name, prior);
        return FALSE;
    }
    for (const char *c = s->name; *c != '\0'; c++) {
        if (!g_ascii_isalnum(*c) && *c != '-' && *c != '_') {
            fc_rulefile_error(ld->errors, ld->path, s->line,
                              "rule id '%s' may hold only letters, digits, '-' and '_'", s->name);
            return FALSE;
        }
    }
    g_hash_table_insert(ld->ids, g_strdup(s->name), g_strdup_printf("%s:%u", ld->path, s->line));
    return TRUE;
}

/* ORG and ORGS (PERSON and PERSONS, PLACE and TOWN) are one type; the
 * wider form reads the narrower's tokens the same way, so the merged rule
 * keeps the wider form. */
static FcSlotType
fc_slot_base(FcSlotType t)
{
    switch (t) {
    case FC_SLOT_ORGS:
        return FC_SLOT_ORG;
    case FC_SLOT_PERSONS:
        return FC_SLOT_PERSON;
    case FC_SLOT_TOWN:
        return FC_SLOT_PLACE;
    default:
        return t;
    }
}

static gboolean
fc_slot_merge(FcSlotType *into, FcSlotType t)
{
    if (*into == FC_SLOT_NONE || t == FC_SLOT_NONE) {
        *into = MAX(*into, t);
        return TRUE;
    }
    if (fc_slot_base(*into) != fc_slot_base(t))
        return FALSE;
    if (t != fc_slot_base(t))
        *into = t;
    return TRUE;
}

static gboolean
fc_slot_types_merge(FcSlotTypes *into, const FcSlotTypes *t)
{
    return fc_slot_merge(&into->entity, t->entity) && fc_slot_merge(&into->value, t->value) &&
           fc_slot_merge(&into->counterpart, t->counterpart) && fc_slot_merge(&into->when, t->when);
}

/* Compiles an expanded pattern; NULL, with the error reported against
 * the rule line, when it does not compile. */
static FcRegex *
fc_load_regex(FcLoad *ld, const FcRuleEntry *e, const char *source)
{
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(source, FC_REGEX_CASELESS, &error);
    if (re == NULL) {
        /* The offset PCRE2 reports is into the expanded source, which the
         * author never wrote; the message alone is what helps. */
        const char *why = strchr(error->message, ':');
        fc_rulefile_error(ld->errors, ld->path, e->line, "pattern does not compile:%s",
                          why != NULL ? why + 1 : error->message);
    }
    return re;
}

static void
fc_load_pattern(FcLoad *ld, FcExtractRule *r, const FcRuleEntry *e, FcSlotTypes *first)
{
    FcSlotTypes types = {0};
    g_autofree char *msg = NULL;
    g_autofree char *gate_source = NULL;
    g_autofree char *source = fc_pattern_expand(e->value, &types, &gate_source, &msg);
    if (source == NULL) {
        fc_rulefile_error(ld->errors, ld->path, e->line, "%s", msg);
        return;
    }
    if (types.value == FC_SLOT_NONE) {
        fc_rulefile_error(ld->errors, ld->path, e->line, "pattern has no {value:TYPE} slot");
        return;
    }
    if (r->patterns->len > 0 && !fc_slot_types_merge(first, &types))
        fc_rulefile_error(ld->errors, ld->path, e->line,
                          "all patterns of a rule must give each slot the same type");
    FcRegex *re = fc_load_regex(ld, e, source);
    if (re == NULL)
        return;
    /* The gate is the pattern's own tail: it compiles when the pattern does. */
    FcRegex *gate = gate_source != NULL ? fc_load_regex(ld, e, gate_source) : NULL;
    if (r->patterns->len == 0)
        *first = types;
    g_ptr_array_add(r->patterns, re);
    g_ptr_array_add(r->gates, gate);
}

static void
fc_load_example(FcLoad *ld, FcExtractRule *r, const FcRuleEntry *e)
{
    FcRuleExample *ex = g_new0(FcRuleExample, 1);
    ex->text = g_strdup(e->value);
    ex->line = e->line;
    ex->counter = strcmp(e->key, "counter") == 0;
    ex->expect = g_ptr_array_new_with_free_func(g_free);
    ex->expect_lines = g_array_new(FALSE, FALSE, sizeof(guint));
    g_ptr_array_add(r->examples, ex);
    (void)ld;
}

static void
fc_load_expect(FcLoad *ld, FcExtractRule *r, const FcRuleEntry *e)
{
    FcRuleExample *ex =
        r->examples->len ? g_ptr_array_index(r->examples, r->examples->len - 1) : NULL;
    if (ex == NULL || ex->counter) {
        fc_rulefile_error(ld->errors, ld->path, e->line, "'expect' must follow an 'example'");
        return;
    }
    g_auto(GStrv) fields = g_strsplit(e->value, "|", -1);
    guint n = g_strv_length(fields);
    if (n < 3 || n > 4) {
        fc_rulefile_error(ld->errors, ld->path, e->line,
                          "expect needs 'entity | attribute | value [| counterpart]'");
        return;
    }
    g_ptr_array_add(ex->expect, g_strdup(e->value));
    g_array_append_val(ex->expect_lines, e->line);
}

static void
fc_load_extract_entry(FcLoad *ld, FcExtractRule *r, const FcRuleEntry *e, FcSlotTypes *first)
{
    if (strcmp(e->key, "attribute") == 0) {
        r->attribute = g_intern_string(e->value);
    } else if (strcmp(e->key, "pattern") == 0) {
        fc_load_pattern(ld, r, e, first);
    } else if (strcmp(e->key, "cue") == 0) {
        g_autofree char *lower = g_utf8_strdown(e->value, -1);
        g_strfreev(r->cues);
        r->cues = g_strsplit_set(lower, ",", -1);
        g_free(r->cue_keys);
        r->cue_keys = g_new(FcBigramKey, g_strv_length(r->cues));
        for (guint i = 0; r->cues[i] != NULL; i++) {
            g_strstrip(r->cues[i]);
            fc_bigrams_key(&r->cue_keys[i], r->cues[i], strlen(r->cues[i]));
        }
    } else if (strcmp(e->key, "status") == 0) {
        r->has_status = fc_status_parse(e->value, &r->status);
        if (!r->has_status)
            fc_rulefile_error(ld->errors, ld->path, e->line, "unknown status '%s'", e->value);
    } else if (strcmp(e->key, "qualifier") == 0) {
        guint flag = fc_claim_flag_parse(e->value);
        if (flag != 0)
            r->flags |= flag;
        else
            fc_rulefile_error(ld->errors, ld->path, e->line, "unknown qualifier '%s'", e->value);
    } else if (strcmp(e->key, "example") == 0 || strcmp(e->key, "counter") == 0) {
        fc_load_example(ld, r, e);
    } else if (strcmp(e->key, "expect") == 0) {
        fc_load_expect(ld, r, e);
    } else if (strcmp(e->key, "note") != 0) {
        fc_rulefile_error(ld->errors, ld->path, e->line, "unknown key '%s' in extraction rule",
                          e->key);
    }
}

static void
fc_load_extract_check(FcLoad *ld, FcExtractRule *r, const FcRuleSection *s)
{
    guint positives = 0, counters = 0;
    for (guint i = 0; i < r->examples->len; i++) {
        const FcRuleExample *ex = g_ptr_array_index(r->examples, i);
        if (ex->counter)
            counters++;
        else if (ex->expect->len == 0)
            fc_rulefile_error(ld->errors, ld->path, ex->line, "example has no 'expect' line");
        else
            positives++;
    }
    if (r->attribute == NULL)
        fc_rulefile_error(ld->errors, ld->path, r->line, "rule '%s' has no attribute", r->id);
    /* A pattern that did not compile was reported already. */
    if (fc_rule_section_find(s, "pattern") == NULL)
        fc_rulefile_error(ld->errors, ld->path, r->line, "rule '%s' has no pattern", r->id);
    if (positives == 0 || counters == 0)
        fc_rulefile_error(ld->errors, ld->path, r->line,
                          "rule '%s' needs at least one example and one counter-example", r->id);
}

static void
fc_load_extract_section(FcLoad *ld, const FcRuleSection *s)
{
    if (!fc_load_id(ld, s))
        return;
    FcExtractRule *r = g_new0(FcExtractRule, 1);
    r->id = g_intern_string(s->name);
    r->file = ld->path;
    r->line = s->line;
    r->patterns = g_ptr_array_new_with_free_func((GDestroyNotify)fc_regex_free);
    r->gates = g_ptr_array_new_with_free_func((GDestroyNotify)fc_regex_free);
    r->examples = g_ptr_array_new_with_free_func(fc_example_free);
    FcSlotTypes first = {0};
    for (guint i = 0; i < s->entries->len; i++)
        fc_load_extract_entry(ld, r, g_ptr_array_index(s->entries, i), &first);
    r->slots = first;
    fc_load_extract_check(ld, r, s);
    g_ptr_array_add(ld->rules->extract, r);
}

/* ---- check rules ------------------------------------------------------- */

static const char *const fc_check_kinds[] = {
    "conflict", "sum", "ties", "derived", "knowledge", "entity-type", "tenure", "total", NULL};

/* What fc-check-derived computes; see there. */
static const char *const fc_derived_formulas[] = {
    "stake-valuation", "post-money", "revenue-multiple", "prior-multiple", "investments-sum", NULL};

static gboolean
fc_load_number(FcLoad *ld, const FcRuleEntry *e, double *out)
{
    char *end = NULL;
    double v = g_ascii_strtod(e->value, &end);
    if (end == e->value || *end != '\0' || !isfinite(v) || v < 0 || v > 10) {
        fc_rulefile_error(ld->errors, ld->path, e->line, "'%s' must be a number from 0 to 10",
                          e->key);
        return FALSE;
    }
    *out = v;
    return TRUE;
}

static gboolean
fc_load_bool(FcLoad *ld, const FcRuleEntry *e)
{
    if (strcmp(e->value, "true") == 0)
        return TRUE;
    if (strcmp(e->value, "false") != 0)
        fc_rulefile_error(ld->errors, ld->path, e->line, "'%s' must be true or false", e->key);
    return FALSE;
}

static void
fc_load_check_entry(FcLoad *ld, FcCheckRule *r, const FcRuleEntry *e)
{
    const char *k = e->key;
    if (strcmp(k, "kind") == 0) {
        g_free(r->kind);
        r->kind = g_strdup(e->value);
        if (!g_strv_contains((const char *const *)fc_check_kinds, e->value))
            fc_rulefile_error(ld->errors, ld->path, e->line,
                              "unknown check kind '%s' (conflict, sum, ties, derived, knowledge, "
                              "entity-type, tenure or total)",
                              e->value);
    } else if (strcmp(k, "attribute") == 0) {
        g_ptr_array_add(r->attributes, (gpointer)g_intern_string(e->value));
    } else if (strcmp(k, "severity") == 0) {
        if (!fc_severity_parse(e->value, &r->severity))
            fc_rulefile_error(ld->errors, ld->path, e->line, "unknown severity '%s'", e->value);
    } else if (strcmp(k, "tolerance") == 0) {
        fc_load_number(ld, e, &r->tolerance);
    } else if (strcmp(k, "approx_tolerance") == 0) {
        fc_load_number(ld, e, &r->approx_tolerance);
    } else if (strcmp(k, "by_counterpart") == 0) {
        r->by_counterpart = fc_load_bool(ld, e);
    } else if (strcmp(k, "one_counterpart") == 0) {
        r->one_counterpart = fc_load_bool(ld, e);
    } else if (strcmp(k, "single") == 0) {
        r->single = fc_load_bool(ld, e);
    } else if (strcmp(k, "timeless") == 0) {
        r->timeless = fc_load_bool(ld, e);
    } else if (strcmp(k, "listed") == 0) {
        r->listed = fc_load_bool(ld, e);
    } else if (strcmp(k, "places") == 0) {
        r->places = fc_load_bool(ld, e);
    } else if (strcmp(k, "moves_with") == 0) {
        r->moves_with = g_intern_string(e->value);
    } else if (strcmp(k, "reach") == 0) {
        guint64 days = 0;
        if (!g_ascii_string_to_unsigned(e->value, 10, 1, 3660, &days, NULL))
            fc_rulefile_error(ld->errors, ld->path, e->line,
                              "'reach' must be a whole number of days from 1 to 3660");
        r->reach = (guint)days;
    } else if (strcmp(k, "against") == 0) {
        /* "against = planned": talks and targets against the closes. */
        if (!fc_status_parse(e->value, &r->against) || r->against == FC_STATUS_REPORTED)
            fc_rulefile_error(ld->errors, ld->path, e->line,
                              "'against' must be planned, rumored, estimated or projected");
    } else if (strcmp(k, "formula") == 0) {
        g_free(r->formula);
        r->formula = g_strdup(e->value);
        if (!g_strv_contains(fc_derived_formulas, e->value))
            fc_rulefile_error(ld->errors, ld->path, e->line,
                              "unknown formula '%s' (stake-valuation, post-money, "
                              "revenue-multiple, prior-multiple or investments-sum)",
                              e->value);
    } else if (strcmp(k, "title") == 0 || strcmp(k, "message") == 0 ||
               strcmp(k, "explanation") == 0) {
        char **field = k[0] == 't' ? &r->title : k[0] == 'm' ? &r->message : &r->explanation;
        g_free(*field);
        *field = g_strdup(e->value);
    } else if (strcmp(k, "note") != 0) {
        fc_rulefile_error(ld->errors, ld->path, e->line, "unknown key '%s' in check rule", k);
    }
}

static void
fc_load_check_section(FcLoad *ld, const FcRuleSection *s)
{
    if (!fc_load_id(ld, s))
        return;
    FcCheckRule *r = g_new0(FcCheckRule, 1);
    r->id = g_intern_string(s->name);
    r->file = ld->path;
    r->line = s->line;
    r->attributes = g_ptr_array_new();
    r->severity = FC_SEVERITY_WARNING;
    r->tolerance = 0.01;
    r->approx_tolerance = 0.1;
    for (guint i = 0; i < s->entries->len; i++)
        fc_load_check_entry(ld, r, g_ptr_array_index(s->entries, i));
    /* A derived rule makes claims, not findings: it has nothing to say. */
    gboolean derived = g_strcmp0(r->kind, "derived") == 0;
    const char *missing = r->kind == NULL                  ? "kind"
                          : r->message == NULL && !derived ? "message"
                          : r->title == NULL               ? "title"
                          : r->explanation == NULL         ? "explanation"
                                                           : NULL;
    if (missing != NULL)
        fc_rulefile_error(ld->errors, ld->path, s->line, "check '%s' has no %s", r->id, missing);
    if (r->kind != NULL && strcmp(r->kind, "ties") != 0 && r->attributes->len == 0)
        fc_rulefile_error(ld->errors, ld->path, s->line, "check '%s' names no attribute", r->id);
    if (r->kind != NULL && (strcmp(r->kind, "derived") == 0) != (r->formula != NULL))
        fc_rulefile_error(ld->errors, ld->path, s->line,
                          r->formula == NULL ? "derived check '%s' has no formula"
                                             : "check '%s' is not derived and takes no formula",
                          r->id);
    g_ptr_array_add(ld->rules->checks, r);
}

/* ---- folders ----------------------------------------------------------- */

typedef void (*FcSectionLoader)(FcLoad *ld, const FcRuleSection *s);

static void
fc_load_folder(FcLoad *ld, const char *dir, const char *sub, FcSectionLoader load)
{
    g_autofree char *path = g_build_filename(dir, sub, NULL);
    if (!g_file_test(path, G_FILE_TEST_IS_DIR))
        return;
    g_autoptr(GPtrArray) files = fc_rulefile_list(path, ".rules", ld->errors);
    for (guint i = 0; files != NULL && i < files->len; i++) {
        g_autoptr(FcRuleFile) file = fc_rulefile_load(g_ptr_array_index(files, i), ld->errors);
        if (file == NULL)
            continue;
        ld->path = g_intern_string(file->path);
        if (load == NULL)
            fc_lexicon_add_file(ld->rules->lexicon, file, ld->errors);
        else
            for (guint j = 0; j < file->sections->len; j++)
                load(ld, g_ptr_array_index(file->sections, j));
    }
}

static void
fc_load_dir(FcLoad *ld, const char *dir)
{
    if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
        g_ptr_array_add(ld->errors, g_strdup_printf("%s: rules folder not found", dir));
        return;
    }
    g_ptr_array_add(ld->rules->dirs, g_strdup(dir));
    fc_load_folder(ld, dir, "entities", NULL);
    fc_load_folder(ld, dir, "extract", fc_load_extract_section);
    fc_load_folder(ld, dir, "checks", fc_load_check_section);
}

static void
fc_load_facts(FcLoad *ld, const char *dir)
{
    g_autofree char *path = g_build_filename(dir, "facts", NULL);
    if (!g_file_test(path, G_FILE_TEST_IS_DIR))
        return;
    g_autoptr(GPtrArray) files = fc_rulefile_list(path, ".rules", ld->errors);
    for (guint i = 0; files != NULL && i < files->len; i++) {
        g_autoptr(FcRuleFile) file = fc_rulefile_load(g_ptr_array_index(files, i), ld->errors);
        if (file != NULL)
            fc_facts_add_file(ld->rules->facts, ld->rules->lexicon, file, ld->errors);
    }
}

static void
fc_load_rates(FcLoad *ld, const char *dir)
{
    g_autofree char *path = g_build_filename(dir, "rates", NULL);
    if (!g_file_test(path, G_FILE_TEST_IS_DIR))
        return;
    g_autoptr(GPtrArray) files = fc_rulefile_list(path, ".rules", ld->errors);
    for (guint i = 0; files != NULL && i < files->len; i++) {
        g_autoptr(FcRuleFile) file = fc_rulefile_load(g_ptr_array_index(files, i), ld->errors);
        if (file != NULL)
            fc_rates_add_file(ld->rules->rates, file, ld->errors);
    }
}

FcRuleSet *
fc_ruleset_load(const char *const *dirs, GPtrArray *errors)
{
    g_autoptr(FcRuleSet) rules = g_new0(FcRuleSet, 1);
    rules->lexicon = fc_lexicon_new();
    rules->facts = fc_facts_new();
    rules->rates = fc_rates_new();
    rules->extract = g_ptr_array_new_with_free_func(fc_extract_rule_free);
    rules->checks = g_ptr_array_new_with_free_func(fc_check_rule_free);
    rules->dirs = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GHashTable) ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    FcLoad ld = {rules, NULL, errors, ids};
    guint before = errors->len;
    for (guint i = 0; dirs[i] != NULL; i++)
        fc_load_dir(&ld, dirs[i]);
    for (guint i = 0; dirs[i] != NULL; i++)
        fc_load_rates(&ld, dirs[i]);
    if (errors->len > before || !fc_lexicon_finish(rules->lexicon, errors))
        return NULL;
    /* Facts name entities, so they are read once the lexicon is whole. */
    for (guint i = 0; dirs[i] != NULL; i++)
        fc_load_facts(&ld, dirs[i]);
    if (errors->len > before)
        return NULL;
    g_autoptr(GError) error = NULL;
    rules->scanner = fc_mention_scanner_new(rules->lexicon, &error);
    if (rules->scanner == NULL) {
        g_ptr_array_add(errors, g_strdup(error->message));
        return NULL;
    }
    rules->cues = fc_context_cues_new();
    return g_steal_pointer(&rules);
}
