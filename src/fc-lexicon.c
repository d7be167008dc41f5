#include "fc-lexicon.h"

#include "fc-strtab.h"
#include "fc-util.h"

#include <string.h>

struct _FcLexicon {
    GHashTable *entities; /* canonical name → FcEntity* (owned) */
    GHashTable *aliases;  /* surface → FcEntity* (borrowed) */
    GPtrArray *order;     /* FcEntity*, load order, borrowed */
    FcStrTab *surnames;   /* last word of every person's name */
    FcRegex *matcher;
};

static const char *const fc_kind_names[] = {
    "unknown", "lab",     "company", "investor", "fund",       "bank",
    "person",  "product", "place",   "media",    "government",
};

const char *
fc_entity_kind_name(FcEntityKind kind)
{
    return fc_kind_names[kind];
}

static FcEntityKind
fc_entity_kind_parse(const char *text)
{
    for (guint i = 1; i < G_N_ELEMENTS(fc_kind_names); i++)
        if (g_strcmp0(text, fc_kind_names[i]) == 0)
            return (FcEntityKind)i;
    return FC_KIND_UNKNOWN;
}

static void
fc_entity_free(gpointer p)
{
    FcEntity *e = p;
    g_free(e->name);
    g_free(e->source);
    g_ptr_array_unref(e->rivals);
    if (e->pending != NULL)
        g_ptr_array_unref(e->pending);
    g_free(e);
}

FcLexicon *
fc_lexicon_new(void)
{
    FcLexicon *lex = g_new0(FcLexicon, 1);
    lex->entities = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, fc_entity_free);
    lex->aliases = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    lex->order = g_ptr_array_new();
    lex->surnames = fc_strtab_new(FALSE);
    return lex;
}

void
fc_lexicon_free(FcLexicon *lex)
{
    if (lex == NULL)
        return;
    g_hash_table_unref(lex->aliases);
    g_hash_table_unref(lex->entities);
    g_ptr_array_unref(lex->order);
    fc_strtab_free(lex->surnames);
    fc_regex_free(lex->matcher);
    g_free(lex);
}

static void
fc_lexicon_add_alias(FcLexicon *lex, FcEntity *e, const char *alias, const char *path, guint line,
                     GPtrArray *errors)
{
    const FcEntity *other = g_hash_table_lookup(lex->aliases, alias);
    if (other == e)
        return;
    if (other != NULL) {
        fc_rulefile_error(errors, path, line, "alias '%s' already names '%s'", alias, other->name);
        return;
    }
    g_hash_table_insert(lex->aliases, g_strdup(alias), e);
}

/* Relations name entities that may come later or in another file; they are
 * kept as "key\tname" and resolved in fc_lexicon_finish(). */
static void
fc_entity_defer(FcEntity *e, const FcRuleEntry *entry)
{
    g_ptr_array_add(e->pending,
                    g_strdup_printf("%s\t%s\t%u", entry->key, entry->value, entry->line));
}

static void
fc_lexicon_add_entry(FcLexicon *lex, FcEntity *e, const FcRuleEntry *entry, const char *path,
                     GPtrArray *errors)
{
    if (strcmp(entry->key, "kind") == 0) {
        e->kind = fc_entity_kind_parse(entry->value);
        if (e->kind == FC_KIND_UNKNOWN)
            fc_rulefile_error(errors, path, entry->line, "unknown kind '%s'", entry->value);
    } else if (strcmp(entry->key, "alias") == 0) {
        fc_lexicon_add_alias(lex, e, entry->value, path, entry->line, errors);
    } else if (strcmp(entry->key, "parent") == 0 || strcmp(entry->key, "rival") == 0 ||
               strcmp(entry->key, "product_of") == 0) {
        fc_entity_defer(e, entry);
    } else if (strcmp(entry->key, "source") == 0) {
        g_free(e->source);
        e->source = g_strdup(entry->value);
    } else if (strcmp(entry->key, "note") != 0) {
        fc_rulefile_error(errors, path, entry->line, "unknown key '%s' in entity", entry->key);
    }
}

static void
fc_lexicon_add_section(FcLexicon *lex, const FcRuleSection *s, const char *path, GPtrArray *errors)
{
    if (g_hash_table_contains(lex->entities, s->name)) {
        fc_rulefile_error(errors, path, s->line, "entity '%s' is defined twice", s->name);
        return;
    }
    FcEntity *e = g_new0(FcEntity, 1);
    e->name = g_strdup(s->name);
    e->rivals = g_ptr_array_new();
    e->pending = g_ptr_array_new_with_free_func(g_free);
    e->file = path;
    e->line = s->line;
    g_hash_table_insert(lex->entities, e->name, e);
    g_ptr_array_add(lex->order, e);
    fc_lexicon_add_alias(lex, e, s->name, path, s->line, errors);
    for (guint i = 0; i < s->entries->len; i++)
        fc_lexicon_add_entry(lex, e, g_ptr_array_index(s->entries, i), path, errors);
    if (e->kind == FC_KIND_UNKNOWN && fc_rule_section_find(s, "kind") == NULL)
        fc_rulefile_error(errors, path, s->line, "entity '%s' has no kind", s->name);
}

void
fc_lexicon_add_file(FcLexicon *lex, const FcRuleFile *file, GPtrArray *errors)
{
    /* The FcEntity keeps a borrowed pointer to the path for later errors;
     * intern it so it outlives the rule file. */
    const char *path = g_intern_string(file->path);
    for (guint i = 0; i < file->sections->len; i++)
        fc_lexicon_add_section(lex, g_ptr_array_index(file->sections, i), path, errors);
}

static void
fc_entity_add_rival(FcEntity *a, FcEntity *b)
{
    if (a == b || fc_entity_is_rival(a, b))
        return;
    g_ptr_array_add(a->rivals, b);
    g_ptr_array_add(b->rivals, a);
}

static void
fc_lexicon_resolve(FcLexicon *lex, FcEntity *e, const char *spec, GPtrArray *errors)
{
    g_auto(GStrv) parts = g_strsplit(spec, "\t", 3);
    guint line = (guint)g_ascii_strtoull(parts[2], NULL, 10);
    FcEntity *target = g_hash_table_lookup(lex->entities, parts[1]);
    if (target == NULL) {
        fc_rulefile_error(errors, e->file, line, "%s '%s' is not a known entity", parts[0],
                          parts[1]);
        return;
    }
    if (strcmp(parts[0], "parent") == 0)
        e->parent = target;
    else if (strcmp(parts[0], "product_of") == 0)
        e->product_of = target;
    else
        fc_entity_add_rival(e, target);
}

static gboolean
fc_entity_has_cycle(const FcEntity *e)
{
    guint steps = 0;
    for (const FcEntity *p = e->parent; p != NULL; p = p->parent)
        if (p == e || ++steps > 64)
            return TRUE;
    return FALSE;
}

static int
fc_compare_length_desc(gconstpointer a, gconstpointer b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return strcmp(x, y);
}

static char *
fc_lexicon_build_pattern(FcLexicon *lex)
{
    g_autoptr(GPtrArray) names = fc_hash_table_sorted_keys(lex->aliases);
    if (names->len == 0)
        return g_strdup("(?!)"); /* nothing to find, not the empty string everywhere */
    /* Longest first so that "Google DeepMind" wins over "Google". */
    g_ptr_array_sort(names, fc_compare_length_desc);
    GString *re = g_string_new("(?:(?<![\\p{L}\\p{N}_])|(?<=\\p{Ll})(?=\\p{Lu}))(?:");
    for (guint i = 0; i < names->len; i++) {
        g_autofree char *quoted = g_regex_escape_string(g_ptr_array_index(names, i), -1);
        g_auto(GStrv) words = g_strsplit(quoted, " ", -1);
        g_autofree char *spaced = g_strjoinv("\\s+", words);
        g_string_append_printf(re, "%s%s", i ? "|" : "", spaced);
    }
    g_string_append(re, ")(?![\\p{L}\\p{N}_])");
    return g_string_free(re, FALSE);
}

gboolean
fc_lexicon_finish(FcLexicon *lex, GPtrArray *errors)
{
    guint before = errors->len;
    for (guint i = 0; i < lex->order->len; i++) {
        FcEntity *e = g_ptr_array_index(lex->order, i);
        for (guint j = 0; j < e->pending->len; j++)
            fc_lexicon_resolve(lex, e, g_ptr_array_index(e->pending, j), errors);
        g_clear_pointer(&e->pending, g_ptr_array_unref);
    }
    for (guint i = 0; i < lex->order->len; i++) {
        FcEntity *e = g_ptr_array_index(lex->order, i);
        if (fc_entity_has_cycle(e))
            fc_rulefile_error(errors, e->file, e->line, "'%s' is its own parent", e->name);
    }
    if (errors->len > before)
        return FALSE;
    for (guint i = 0; i < lex->order->len; i++) {
        const FcEntity *e = g_ptr_array_index(lex->order, i);
        const char *space = strrchr(e->name, ' ');
        if (e->kind == FC_KIND_PERSON && space != NULL)
            fc_strtab_add(lex->surnames, space + 1, strlen(space + 1));
    }
    g_autofree char *pattern = fc_lexicon_build_pattern(lex);
    g_autoptr(GError) error = NULL;
    lex->matcher = fc_regex_new(pattern, FC_REGEX_DEFAULT, &error);
    if (lex->matcher == NULL) {
        g_ptr_array_add(errors,
                        g_strdup_printf("entities: cannot compile names: %s", error->message));
        return FALSE;
    }
    return TRUE;
}

const FcEntity *
fc_lexicon_lookup(const FcLexicon *lex, const char *surface)
{
    return g_hash_table_lookup(lex->aliases, surface);
}

const FcRegex *
fc_lexicon_matcher(const FcLexicon *lex)
{
    return lex->matcher;
}

GPtrArray *
fc_lexicon_aliases(const FcLexicon *lex)
{
    return fc_hash_table_sorted_keys(lex->aliases);
}

gboolean
fc_lexicon_is_surname(const FcLexicon *lex, const char *w, gsize n)
{
    return fc_strtab_contains(lex->surnames, w, n);
}

guint
fc_lexicon_size(const FcLexicon *lex)
{
    return lex->order->len;
}

const FcEntity *
fc_entity_root(const FcEntity *e)
{
    guint steps = 0;
    while (e->parent != NULL && steps++ < 64)
        e = e->parent;
    return e;
}

static gboolean
fc_entity_within(const FcEntity *inner, const FcEntity *outer)
{
    guint steps = 0;
    for (const FcEntity *p = inner; p != NULL && steps < 64; p = p->parent, steps++)
        if (p == outer)
            return TRUE;
    return FALSE;
}

gboolean
fc_entity_nests(const FcEntity *a, const FcEntity *b)
{
    return fc_entity_within(a, b) || fc_entity_within(b, a);
}

gboolean
fc_entity_is_rival(const FcEntity *a, const FcEntity *b)
{
    for (guint i = 0; i < a->rivals->len; i++)
        if (g_ptr_array_index(a->rivals, i) == b)
            return TRUE;
    return FALSE;
}
