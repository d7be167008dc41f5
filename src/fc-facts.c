#include "fc-facts.h"

#include <stdlib.h>
#include <string.h>

struct _FcFacts {
    GHashTable *groups;   /* "entity\x1fattribute" → GPtrArray of FcFact* (owned) */
    GHashTable *complete; /* "entity\x1fattribute" keys whose list is complete */
    guint size;
};

static void
fc_fact_free(gpointer p)
{
    FcFact *f = p;
    g_free(f->value);
    g_free(f);
}

FcFacts *
fc_facts_new(void)
{
    FcFacts *facts = g_new0(FcFacts, 1);
    facts->groups =
        g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
    facts->complete = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return facts;
}

void
fc_facts_free(FcFacts *facts)
{
    if (facts == NULL)
        return;
    g_hash_table_unref(facts->groups);
    g_hash_table_unref(facts->complete);
    g_free(facts);
}

static char *
fc_facts_key(const char *entity, const char *attribute)
{
    return g_strconcat(entity, "\x1f", attribute, NULL);
}

typedef struct {
    FcFacts *facts;
    const FcLexicon *lex;
    const char *path; /* interned */
    GPtrArray *errors;
    const char *entity;
    const char *source; /* the last "source" line of the section */
} FcFactsLoad;

static const char *
fc_facts_canonical(const FcLexicon *lex, const char *name)
{
    const FcEntity *e = fc_lexicon_lookup(lex, name);
    return g_intern_string(e != NULL ? e->name : name);
}

/* "2019..", "2015..2019", "..2023": the days from the start of FROM to the
 * end of UNTIL; an open side reaches as far as GLib dates go. */
static gboolean
fc_facts_parse_term(const char *text, FcTime *out)
{
    const char *dots = strstr(text, "..");
    if (dots == NULL)
        return FALSE;
    g_autofree char *from = g_strstrip(g_strndup(text, (gsize)(dots - text)));
    g_autofree char *until = g_strstrip(g_strdup(dots + 2));
    FcTime a = {0}, b = {0};
    if ((*from != '\0' && !fc_time_parse_iso(from, &a)) ||
        (*until != '\0' && !fc_time_parse_iso(until, &b)))
        return FALSE;
    out->lo = *from != '\0' ? a.lo : 1;
    out->hi = *until != '\0' ? b.hi : G_MAXUINT32 - 1;
    out->rel_months = 0;
    return out->lo <= out->hi;
}

static FcFact *
fc_facts_make(FcFactsLoad *ld, const FcRuleEntry *e, const char *value)
{
    FcFact *f = g_new0(FcFact, 1);
    f->entity = ld->entity;
    f->attribute = g_intern_string(e->key);
    f->value = g_strdup(value);
    f->source = ld->source;
    f->file = ld->path;
    f->line = e->line;
    return f;
}

static void
fc_facts_store(FcFactsLoad *ld, FcFact *f)
{
    char *key = fc_facts_key(f->entity, f->attribute);
    GPtrArray *list = g_hash_table_lookup(ld->facts->groups, key);
    if (list == NULL) {
        list = g_ptr_array_new_with_free_func(fc_fact_free);
        g_hash_table_insert(ld->facts->groups, key, list);
    } else {
        g_free(key);
    }
    g_ptr_array_add(list, f);
    ld->facts->size++;
}

static void
fc_facts_add_entry(FcFactsLoad *ld, const FcRuleEntry *e)
{
    const char *k = e->key;
    if (strcmp(k, "note") == 0)
        return;
    if (strcmp(k, "source") == 0) {
        ld->source = g_intern_string(e->value);
        return;
    }
    if (strcmp(k, "founders") == 0) {
        if (strcmp(e->value, "complete") != 0)
            fc_rulefile_error(ld->errors, ld->path, e->line, "'founders' can only be 'complete'");
        else
            g_hash_table_add(ld->facts->complete, fc_facts_key(ld->entity, "founder"));
        return;
    }
    if (strcmp(k, "founded") != 0 && strcmp(k, "founder") != 0 && strcmp(k, "ceo") != 0 &&
        strcmp(k, "headquarters") != 0) {
        fc_rulefile_error(ld->errors, ld->path, e->line,
                          "unknown key '%s' in facts (founded, founder, founders, ceo, "
                          "headquarters, source, note)",
                          k);
        return;
    }
    if (ld->source == NULL) {
        fc_rulefile_error(ld->errors, ld->path, e->line,
                          "fact '%s' has no source: put a 'source' line above it", k);
        return;
    }
    g_auto(GStrv) parts = g_strsplit(e->value, "|", 2);
    g_strstrip(parts[0]);
    if (parts[0][0] == '\0') {
        fc_rulefile_error(ld->errors, ld->path, e->line, "fact '%s' has no value", k);
        return;
    }
    FcTime term = {0};
    if (parts[1] != NULL && (strcmp(k, "ceo") != 0 || !fc_facts_parse_term(parts[1], &term))) {
        fc_rulefile_error(ld->errors, ld->path, e->line,
                          "only 'ceo' takes a term, written '| FROM..UNTIL' (YYYY[-MM[-DD]])");
        return;
    }
    int year = 0;
    if (strcmp(k, "founded") == 0) {
        char *end = NULL;
        long y = strtol(parts[0], &end, 10);
        if (*end != '\0' || y < 1600 || y > 2200) {
            fc_rulefile_error(ld->errors, ld->path, e->line, "'founded' must be a year");
            return;
        }
        year = (int)y;
    }
    FcFact *f = fc_facts_make(ld, e, parts[0]);
    f->year = year;
    f->term = term;
    if (year == 0)
        f->value_entity = fc_facts_canonical(ld->lex, parts[0]);
    fc_facts_store(ld, f);
}

void
fc_facts_add_file(FcFacts *facts, const FcLexicon *lex, const FcRuleFile *file, GPtrArray *errors)
{
    FcFactsLoad ld = {facts, lex, g_intern_string(file->path), errors, NULL, NULL};
    for (guint i = 0; i < file->sections->len; i++) {
        const FcRuleSection *s = g_ptr_array_index(file->sections, i);
        const FcEntity *e = fc_lexicon_lookup(lex, s->name);
        if (e == NULL) {
            fc_rulefile_error(errors, ld.path, s->line,
                              "facts about '%s', which is not a known entity", s->name);
            continue;
        }
        ld.entity = g_intern_string(e->name);
        ld.source = NULL;
        for (guint j = 0; j < s->entries->len; j++)
            fc_facts_add_entry(&ld, g_ptr_array_index(s->entries, j));
    }
}

const GPtrArray *
fc_facts_lookup(const FcFacts *facts, const char *entity, const char *attribute)
{
    g_autofree char *key = fc_facts_key(entity, attribute);
    return g_hash_table_lookup(facts->groups, key);
}

gboolean
fc_facts_complete(const FcFacts *facts, const char *entity, const char *attribute)
{
    g_autofree char *key = fc_facts_key(entity, attribute);
    return g_hash_table_contains(facts->complete, key);
}

guint
fc_facts_size(const FcFacts *facts)
{
    return facts->size;
}
