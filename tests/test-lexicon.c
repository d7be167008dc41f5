/* fc-lexicon through its header, on small lexicons built from rule-file
 * text: aliases, kinds, relations, errors with file:line, surnames and the
 * alias matcher. */
#include "fc-lexicon.h"

#include <string.h>

static const char base_rules[] = "# labs\n"
                                 "[Anthropic]\n"
                                 "kind = lab\n"
                                 "alias = Anthropic PBC\n"
                                 "rival = OpenAI\n"
                                 "\n"
                                 "[OpenAI]\n"
                                 "kind = lab\n"
                                 "alias = Open AI\n"
                                 "rival = Anthropic\n"
                                 "\n"
                                 "[Google]\n"
                                 "kind = company\n"
                                 "parent = Alphabet\n"
                                 "\n"
                                 "[Google DeepMind]\n"
                                 "kind = lab\n"
                                 "alias = DeepMind\n"
                                 "parent = Google\n"
                                 "rival = OpenAI\n"
                                 "\n"
                                 "[Alphabet]\n"
                                 "kind = company\n"
                                 "source = https://abc.xyz\n"
                                 "\n"
                                 "[Claude]\n"
                                 "kind = product\n"
                                 "product_of = Anthropic\n"
                                 "note = a model family\n"
                                 "\n"
                                 "[Microsoft]\n"
                                 "kind = company\n"
                                 "\n"
                                 "[Dario Amodei]\n"
                                 "kind = person\n"
                                 "\n"
                                 "[Madonna]\n"
                                 "kind = person\n";

/* Builds a lexicon from one file's text; @errors collects problems from
 * both stages.  Returns NULL only when fc_lexicon_finish() fails: problems
 * found while adding are the loader's to act on. */
static FcLexicon *
build(const char *path, const char *text, GPtrArray *errors)
{
    g_autoptr(FcRuleFile) file = fc_rulefile_parse(path, text, strlen(text), errors);
    g_autoptr(FcLexicon) lex = fc_lexicon_new();
    fc_lexicon_add_file(lex, file, errors);
    if (!fc_lexicon_finish(lex, errors))
        return NULL;
    return g_steal_pointer(&lex);
}

static FcLexicon *
build_ok(const char *text)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    FcLexicon *lex = build("entities/base.rules", text, errors);
    for (guint i = 0; i < errors->len; i++)
        g_test_message("%s", (char *)g_ptr_array_index(errors, i));
    g_assert_cmpuint(errors->len, ==, 0);
    g_assert_nonnull(lex);
    return lex;
}

static const FcEntity *
lookup(const FcLexicon *lex, const char *surface)
{
    const FcEntity *e = fc_lexicon_lookup(lex, surface);
    if (e == NULL)
        g_error("'%s' is not in the lexicon", surface);
    return e;
}

static gboolean
has_error(GPtrArray *errors, const char *want)
{
    for (guint i = 0; i < errors->len; i++)
        if (strcmp(g_ptr_array_index(errors, i), want) == 0)
            return TRUE;
    for (guint i = 0; i < errors->len; i++)
        g_test_message("have: %s", (char *)g_ptr_array_index(errors, i));
    g_test_message("want: %s", want);
    return FALSE;
}

/* ---- entities and aliases ----------------------------------------------- */

static void
test_lookup_and_aliases(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    g_assert_cmpuint(fc_lexicon_size(lex), ==, 9);
    const FcEntity *a = lookup(lex, "Anthropic");
    g_assert_cmpstr(a->name, ==, "Anthropic");
    g_assert_cmpint(a->kind, ==, FC_KIND_LAB);
    g_assert_true(lookup(lex, "Anthropic PBC") == a);
    g_assert_true(lookup(lex, "DeepMind") == lookup(lex, "Google DeepMind"));
    g_assert_cmpstr(lookup(lex, "Open AI")->name, ==, "OpenAI");
    /* Exact: no case folding, no partial names. */
    g_assert_null(fc_lexicon_lookup(lex, "anthropic"));
    g_assert_null(fc_lexicon_lookup(lex, "Anthropic "));
    g_assert_null(fc_lexicon_lookup(lex, "Amazon"));
}

static void
test_kinds_and_fields(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    g_assert_cmpint(lookup(lex, "Claude")->kind, ==, FC_KIND_PRODUCT);
    g_assert_cmpint(lookup(lex, "Dario Amodei")->kind, ==, FC_KIND_PERSON);
    g_assert_cmpstr(lookup(lex, "Alphabet")->source, ==, "https://abc.xyz");
    g_assert_null(lookup(lex, "Microsoft")->source);
    const FcEntity *g = lookup(lex, "Google");
    g_assert_cmpstr(g->file, ==, "entities/base.rules");
    g_assert_cmpuint(g->line, ==, 12);
    /* Loading state is gone once the lexicon is finished. */
    g_assert_null(g->pending);
    g_assert_cmpstr(fc_entity_kind_name(FC_KIND_LAB), ==, "lab");
    g_assert_cmpstr(fc_entity_kind_name(FC_KIND_GOVERNMENT), ==, "government");
    g_assert_cmpstr(fc_entity_kind_name(FC_KIND_UNKNOWN), ==, "unknown");
}

static void
test_every_kind_parses(void)
{
    static const char *const kinds[] = {"lab",    "company", "investor", "fund",  "bank",
                                        "person", "product", "place",    "media", "government"};
    GString *text = g_string_new(NULL);
    for (guint i = 0; i < G_N_ELEMENTS(kinds); i++)
        g_string_append_printf(text, "[E%u]\nkind = %s\n", i, kinds[i]);
    g_autoptr(FcLexicon) lex = build_ok(text->str);
    g_string_free(text, TRUE);
    for (guint i = 0; i < G_N_ELEMENTS(kinds); i++) {
        g_autofree char *name = g_strdup_printf("E%u", i);
        const FcEntity *e = lookup(lex, name);
        g_assert_cmpstr(fc_entity_kind_name(e->kind), ==, kinds[i]);
    }
}

static void
test_entities_across_files(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    const char *one = "[Amazon Web Services]\nkind = company\nalias = AWS\nparent = Amazon\n";
    const char *two = "[Amazon]\nkind = company\n";
    g_autoptr(FcRuleFile) f1 = fc_rulefile_parse("e/1.rules", one, strlen(one), errors);
    g_autoptr(FcRuleFile) f2 = fc_rulefile_parse("e/2.rules", two, strlen(two), errors);
    g_autoptr(FcLexicon) lex = fc_lexicon_new();
    fc_lexicon_add_file(lex, f1, errors);
    /* The entity keeps its file name after the rule file is gone. */
    g_clear_pointer(&f1, fc_rulefile_free);
    fc_lexicon_add_file(lex, f2, errors);
    g_assert_true(fc_lexicon_finish(lex, errors));
    g_assert_cmpuint(errors->len, ==, 0);
    const FcEntity *aws = lookup(lex, "AWS");
    g_assert_cmpstr(aws->file, ==, "e/1.rules");
    /* A relation may name an entity defined later, in another file. */
    g_assert_true(aws->parent == lookup(lex, "Amazon"));
}

/* ---- relations ---------------------------------------------------------- */

static void
test_rivals_symmetric(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    const FcEntity *a = lookup(lex, "Anthropic");
    const FcEntity *o = lookup(lex, "OpenAI");
    const FcEntity *dm = lookup(lex, "Google DeepMind");
    g_assert_true(fc_entity_is_rival(a, o));
    g_assert_true(fc_entity_is_rival(o, a));
    /* Written on one side only, known on both. */
    g_assert_true(fc_entity_is_rival(dm, o));
    g_assert_true(fc_entity_is_rival(o, dm));
    g_assert_false(fc_entity_is_rival(a, dm));
    /* Written on both sides, listed once. */
    g_assert_cmpuint(a->rivals->len, ==, 1);
    g_assert_cmpuint(o->rivals->len, ==, 2);
}

static void
test_self_rival_ignored(void)
{
    g_autoptr(FcLexicon) lex = build_ok("[Solo]\nkind = lab\nrival = Solo\n");
    const FcEntity *s = lookup(lex, "Solo");
    g_assert_false(fc_entity_is_rival(s, s));
    g_assert_cmpuint(s->rivals->len, ==, 0);
}

static void
test_parent_and_root(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    const FcEntity *dm = lookup(lex, "DeepMind");
    const FcEntity *g = lookup(lex, "Google");
    const FcEntity *abc = lookup(lex, "Alphabet");
    g_assert_true(dm->parent == g);
    g_assert_true(g->parent == abc);
    g_assert_null(abc->parent);
    g_assert_true(fc_entity_root(dm) == abc);
    g_assert_true(fc_entity_root(g) == abc);
    g_assert_true(fc_entity_root(abc) == abc);
}

static void
test_product_of(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    g_assert_true(lookup(lex, "Claude")->product_of == lookup(lex, "Anthropic"));
    g_assert_null(lookup(lex, "Anthropic")->product_of);
}

/* ---- errors ------------------------------------------------------------- */

static void
test_unknown_kind(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/k.rules", "[X]\nkind = lib\n", errors);
    g_assert_nonnull(lex);
    g_assert_true(has_error(errors, "e/k.rules:2: unknown kind 'lib'"));
}

static void
test_missing_kind(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/k.rules", "\n[X]\nalias = Y\n", errors);
    g_assert_nonnull(lex);
    g_assert_true(has_error(errors, "e/k.rules:2: entity 'X' has no kind"));
}

static void
test_duplicate_alias(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/d.rules",
                                     "[Mistral AI]\nkind = lab\nalias = Mistral\n\n"
                                     "[Mistral Bank]\nkind = bank\nalias = Mistral\n",
                                     errors);
    g_assert_nonnull(lex);
    g_assert_cmpuint(errors->len, ==, 1);
    g_assert_true(has_error(errors, "e/d.rules:7: alias 'Mistral' already names 'Mistral AI'"));
}

static void
test_alias_clashes_with_name(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build(
        "e/d.rules", "[Meta]\nkind = company\n\n[Meta AI]\nkind = lab\nalias = Meta\n", errors);
    g_assert_nonnull(lex);
    g_assert_true(has_error(errors, "e/d.rules:6: alias 'Meta' already names 'Meta'"));
}

static void
test_defined_twice(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/t.rules", "[X]\nkind = lab\n[X]\nkind = company\n", errors);
    g_assert_nonnull(lex);
    g_assert_true(has_error(errors, "e/t.rules:3: entity 'X' is defined twice"));
}

static void
test_unknown_key(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/u.rules", "[X]\nkind = lab\nrivals = Y\n", errors);
    g_assert_nonnull(lex);
    g_assert_true(has_error(errors, "e/u.rules:3: unknown key 'rivals' in entity"));
}

static void
test_unresolved_relations(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/r.rules",
                                     "[X]\n"
                                     "kind = lab\n"
                                     "parent = Nowhere Inc\n"
                                     "rival = Ghost\n"
                                     "product_of = Phantom\n",
                                     errors);
    g_assert_null(lex);
    /* All three, each at its own line, in one pass. */
    g_assert_cmpuint(errors->len, ==, 3);
    g_assert_true(has_error(errors, "e/r.rules:3: parent 'Nowhere Inc' is not a known entity"));
    g_assert_true(has_error(errors, "e/r.rules:4: rival 'Ghost' is not a known entity"));
    g_assert_true(has_error(errors, "e/r.rules:5: product_of 'Phantom' is not a known entity"));
}

static void
test_relation_by_alias_not_resolved(void)
{
    /* Relations name canonical entities; an alias there is a typo-class
     * mistake the author should hear about. */
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build("e/a.rules",
                                     "[Amazon]\nkind = company\nalias = Amazon.com\n\n"
                                     "[AWS]\nkind = company\nparent = Amazon.com\n",
                                     errors);
    g_assert_null(lex);
    g_assert_true(has_error(errors, "e/a.rules:7: parent 'Amazon.com' is not a known entity"));
}

static void
test_parent_cycle(void)
{
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(FcLexicon) lex = build(
        "e/c.rules", "[A]\nkind = company\nparent = B\n[B]\nkind = company\nparent = A\n", errors);
    g_assert_null(lex);
    g_assert_true(has_error(errors, "e/c.rules:1: 'A' is its own parent"));
    g_assert_true(has_error(errors, "e/c.rules:4: 'B' is its own parent"));
}

/* ---- surnames ----------------------------------------------------------- */

static void
test_surnames(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    g_assert_true(fc_lexicon_is_surname(lex, "Amodei", 6));
    /* @n bounds the word: "Amodei's" is read up to the apostrophe. */
    g_assert_true(fc_lexicon_is_surname(lex, "Amodei's", 6));
    g_assert_false(fc_lexicon_is_surname(lex, "Amodei's", 8));
    g_assert_false(fc_lexicon_is_surname(lex, "Dario", 5));
    g_assert_false(fc_lexicon_is_surname(lex, "amodei", 6));
    /* Only people's last names: not an organisation's last word, not a
     * one-word name. */
    g_assert_false(fc_lexicon_is_surname(lex, "DeepMind", 8));
    g_assert_false(fc_lexicon_is_surname(lex, "Madonna", 7));
}

/* ---- matcher ------------------------------------------------------------ */

/* Every match of the alias matcher in @text as "start:surface;". */
static char *
matches(const FcLexicon *lex, const char *text)
{
    const FcRegex *re = fc_lexicon_matcher(lex);
    g_autoptr(FcMatch) m = fc_match_new();
    GString *out = g_string_new(NULL);
    gsize pos = 0, len = strlen(text);
    while (pos <= len && fc_regex_match(re, text, len, pos, m) == FC_REGEX_MATCHED) {
        gsize s, e;
        g_assert_true(fc_match_group(m, 0, &s, &e));
        g_string_append_printf(out, "%zu:%.*s;", s, (int)(e - s), text + s);
        pos = e > s ? e : s + 1;
    }
    return g_string_free(out, FALSE);
}

#define assert_matches(lex, text, want)                                                            \
    do {                                                                                           \
        g_autofree char *got_ = matches(lex, text);                                                \
        g_assert_cmpstr(got_, ==, want);                                                           \
    } while (0)

static void
test_matcher_whole_words(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    assert_matches(lex, "Anthropic and OpenAI", "0:Anthropic;14:OpenAI;");
    assert_matches(lex, "Anthropic's model", "0:Anthropic;");
    assert_matches(lex, "(Microsoft)", "1:Microsoft;");
    /* Inside a longer word, before or after, is not a name. */
    assert_matches(lex, "Anthropics OpenAIs 2Microsoft Microsoft_x", "");
    /* Case matters: "claude" is a word, "Claude" a product. */
    assert_matches(lex, "claude", "");
}

static void
test_matcher_longest_first(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    assert_matches(lex, "Google DeepMind said", "0:Google DeepMind;");
    assert_matches(lex, "Anthropic PBC filed", "0:Anthropic PBC;");
    assert_matches(lex, "Google said", "0:Google;");
}

static void
test_matcher_case_seam(void)
{
    g_autoptr(FcLexicon) lex = build_ok(base_rules);
    /* A caption glued to the text: the name after a lower-to-upper seam. */
    g_autofree char *got = matches(lex, "AnthropicMicrosoft said");
    g_assert_nonnull(strstr(got, "9:Microsoft;"));
    assert_matches(lex, "photo creditMicrosoft", "12:Microsoft;");
    /* An upper-to-upper run is one word, not a seam. */
    assert_matches(lex, "XMicrosoft", "");
}

static void
test_matcher_metacharacters(void)
{
    /* Names are literal text, never regex syntax. */
    g_autoptr(FcLexicon) lex =
        build_ok("[Character.AI]\nkind = lab\n\n[C++ Ltd (UK)]\nkind = company\n");
    assert_matches(lex, "Character.AI and CharacterXAI", "0:Character.AI;");
    assert_matches(lex, "at C++ Ltd (UK) today", "3:C++ Ltd (UK);");
}

static void
test_empty_lexicon(void)
{
    g_autoptr(FcLexicon) lex = build_ok("");
    g_assert_cmpuint(fc_lexicon_size(lex), ==, 0);
    g_assert_nonnull(fc_lexicon_matcher(lex));
    assert_matches(lex, "Anthropic", "");
    /* With no names the matcher must match nothing, not the empty string. */
    g_autofree char *got = matches(lex, "a, b");
    if (*got != '\0') {
        g_test_fail_printf("%s", "regression (fixed bug): fc-lexicon: with no entities the matcher "
                                 "is '(?:)' and matches "
                                 "the empty string between words");
        return;
    }
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/lexicon/lookup/aliases", test_lookup_and_aliases);
    g_test_add_func("/lexicon/lookup/kinds-and-fields", test_kinds_and_fields);
    g_test_add_func("/lexicon/lookup/every-kind", test_every_kind_parses);
    g_test_add_func("/lexicon/lookup/across-files", test_entities_across_files);
    g_test_add_func("/lexicon/relations/rivals-symmetric", test_rivals_symmetric);
    g_test_add_func("/lexicon/relations/self-rival", test_self_rival_ignored);
    g_test_add_func("/lexicon/relations/parent-root", test_parent_and_root);
    g_test_add_func("/lexicon/relations/product-of", test_product_of);
    g_test_add_func("/lexicon/errors/unknown-kind", test_unknown_kind);
    g_test_add_func("/lexicon/errors/missing-kind", test_missing_kind);
    g_test_add_func("/lexicon/errors/duplicate-alias", test_duplicate_alias);
    g_test_add_func("/lexicon/errors/alias-clashes-with-name", test_alias_clashes_with_name);
    g_test_add_func("/lexicon/errors/defined-twice", test_defined_twice);
    g_test_add_func("/lexicon/errors/unknown-key", test_unknown_key);
    g_test_add_func("/lexicon/errors/unresolved-relations", test_unresolved_relations);
    g_test_add_func("/lexicon/errors/relation-by-alias", test_relation_by_alias_not_resolved);
    g_test_add_func("/lexicon/errors/parent-cycle", test_parent_cycle);
    g_test_add_func("/lexicon/surnames", test_surnames);
    g_test_add_func("/lexicon/matcher/whole-words", test_matcher_whole_words);
    g_test_add_func("/lexicon/matcher/longest-first", test_matcher_longest_first);
    g_test_add_func("/lexicon/matcher/case-seam", test_matcher_case_seam);
    g_test_add_func("/lexicon/matcher/metacharacters", test_matcher_metacharacters);
    g_test_add_func("/lexicon/matcher/empty-lexicon", test_empty_lexicon);
    return g_test_run();
}
