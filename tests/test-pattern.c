/* fc-pattern through its header: slot expansion into named groups, errors
 * for bad slots, and the regex syntax that must pass through untouched.
 * Expanded patterns are compiled with fc-regex and run over tokenised
 * sentences such as "⟦ORG:0⟧ raised ⟦MONEY:1⟧". */
#include "fc-pattern.h"
#include "fc-regex.h"

#include <string.h>

static char *
expand_ok(const char *pattern, FcSlotTypes *types)
{
    *types = (FcSlotTypes){0};
    g_autofree char *msg = NULL;
    char *source = fc_pattern_expand(pattern, types, NULL, &msg);
    if (source == NULL)
        g_error("'%s' did not expand: %s", pattern, msg);
    g_assert_null(msg);
    return source;
}

/* The expansion error for @pattern; fails when it expands. */
static char *
expand_error(const char *pattern)
{
    FcSlotTypes types = {0};
    char *msg = NULL;
    g_autofree char *source = fc_pattern_expand(pattern, &types, NULL, &msg);
    g_assert_null(source);
    g_assert_nonnull(msg);
    return msg;
}

static FcRegex *
compile(const char *pattern)
{
    FcSlotTypes types;
    g_autofree char *source = expand_ok(pattern, &types);
    g_autoptr(GError) error = NULL;
    FcRegex *re = fc_regex_new(source, FC_REGEX_CASELESS, &error);
    g_assert_no_error(error);
    return re;
}

/* The text group @slot captured when @pattern runs over @tokens, or NULL
 * when the pattern does not match. */
static char *
capture(const char *pattern, const char *tokens, const char *slot)
{
    g_autoptr(FcRegex) re = compile(pattern);
    g_autoptr(FcMatch) m = fc_match_new();
    if (fc_regex_match(re, tokens, strlen(tokens), 0, m) != FC_REGEX_MATCHED)
        return NULL;
    gsize s, e;
    int g = fc_regex_group_index(re, slot);
    g_assert_cmpint(g, >, 0);
    if (!fc_match_group(m, g, &s, &e))
        return NULL;
    return g_strndup(tokens + s, e - s);
}

#define assert_capture(pattern, tokens, slot, want)                                                \
    do {                                                                                           \
        g_autofree char *got_ = capture(pattern, tokens, slot);                                    \
        g_assert_cmpstr(got_, ==, want);                                                           \
    } while (0)

/* ---- expansion ---------------------------------------------------------- */

static void
test_slot_types_recorded(void)
{
    FcSlotTypes t;
    g_autofree char *src =
        expand_ok("{counterpart:ORGS} invest {value:MONEY} in {entity:ORG} {when:DATE}", &t);
    g_assert_cmpint(t.counterpart, ==, FC_SLOT_ORGS);
    g_assert_cmpint(t.value, ==, FC_SLOT_MONEY);
    g_assert_cmpint(t.entity, ==, FC_SLOT_ORG);
    g_assert_cmpint(t.when, ==, FC_SLOT_DATE);
    /* Slots become named groups; no slot syntax is left behind. */
    g_assert_nonnull(strstr(src, "(?<counterpart>"));
    g_assert_nonnull(strstr(src, "(?<value>"));
    g_assert_nonnull(strstr(src, "(?<entity>"));
    g_assert_nonnull(strstr(src, "(?<when>"));
    g_assert_null(strstr(src, "{value"));
    g_assert_null(strstr(src, ":MONEY}"));
}

static void
test_every_type_expands(void)
{
    static const struct {
        const char *name;
        FcSlotType type;
    } types[] = {
        {"MONEY", FC_SLOT_MONEY},     {"PCT", FC_SLOT_PCT},       {"DATE", FC_SLOT_DATE},
        {"NUM", FC_SLOT_NUM},         {"ROUND", FC_SLOT_ROUND},   {"PLACE", FC_SLOT_PLACE},
        {"ORG", FC_SLOT_ORG},         {"PERSON", FC_SLOT_PERSON}, {"ORGS", FC_SLOT_ORGS},
        {"PERSONS", FC_SLOT_PERSONS},
    };
    for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
        g_autofree char *pattern = g_strdup_printf("x {value:%s} y", types[i].name);
        FcSlotTypes t;
        g_autofree char *src = expand_ok(pattern, &t);
        g_assert_cmpint(t.value, ==, types[i].type);
        g_autoptr(GError) error = NULL;
        g_autoptr(FcRegex) re = fc_regex_new(src, FC_REGEX_CASELESS, &error);
        g_assert_no_error(error);
        g_assert_cmpint(fc_regex_group_index(re, "value"), >, 0);
    }
}

static void
test_plain_regex_untouched(void)
{
    FcSlotTypes t;
    const char *pattern = "(?:[\\w-]+ ){0,3}?raised (?:a )?\\d{2,} x{2}";
    g_autofree char *src = expand_ok(pattern, &t);
    /* Counted quantifiers are regex syntax, not slots. */
    g_assert_cmpstr(src, ==, pattern);
    g_assert_cmpint(t.value, ==, FC_SLOT_NONE);
}

static void
test_quantifier_next_to_slot(void)
{
    FcSlotTypes t;
    g_autofree char *src = expand_ok("(?:\\w+ ){0,3}{value:MONEY}", &t);
    g_assert_true(g_str_has_prefix(src, "(?:\\w+ ){0,3}(?<value>"));
    g_assert_cmpint(t.value, ==, FC_SLOT_MONEY);
}

static void
test_escaped_brace(void)
{
    FcSlotTypes t;
    g_autofree char *src = expand_ok("\\{value:MONEY\\} costs {value:MONEY}", &t);
    /* The escaped one stays literal; the real one is the only slot. */
    g_assert_true(g_str_has_prefix(src, "\\{value:MONEY\\} costs (?<value>"));
    g_assert_cmpint(t.value, ==, FC_SLOT_MONEY);
    assert_capture("\\{value:MONEY\\} costs {value:MONEY}", "{value:MONEY} costs ⟦MONEY:4⟧",
                   "value", "⟦MONEY:4⟧");
}

static void
test_escaped_backslash_then_slot(void)
{
    FcSlotTypes t;
    /* "\\\\" is one escaped backslash; the brace after it opens a slot. */
    g_autofree char *src = expand_ok("a\\\\{value:NUM}", &t);
    g_assert_true(g_str_has_prefix(src, "a\\\\(?<value>"));
    g_assert_cmpint(t.value, ==, FC_SLOT_NUM);
}

static void
test_unicode_passes_through(void)
{
    FcSlotTypes t;
    g_autofree char *src = expand_ok("{value:MONEY} – “Zürich”", &t);
    g_assert_true(g_str_has_suffix(src, " – “Zürich”"));
}

/* ---- errors ------------------------------------------------------------- */

static void
test_unknown_slot_name(void)
{
    g_autofree char *msg = expand_error("{target:ORG} raised {value:MONEY}");
    g_assert_nonnull(strstr(msg, "unknown slot name 'target'"));
}

static void
test_unknown_slot_type(void)
{
    g_autofree char *msg = expand_error("{entity:COMPANY} raised {value:MONEY}");
    g_assert_nonnull(strstr(msg, "unknown slot type 'COMPANY'"));
    /* Type names are case-sensitive, like the tokens they match. */
    g_autofree char *lower = expand_error("{entity:org} raised {value:MONEY}");
    g_assert_nonnull(strstr(lower, "'org'"));
}

static void
test_slot_used_twice(void)
{
    g_autofree char *msg = expand_error("{value:MONEY} or {value:MONEY}");
    g_assert_nonnull(strstr(msg, "slot 'value' used twice"));
    /* Twice even with different types. */
    g_autofree char *mixed = expand_error("{entity:ORG} and {entity:PERSON}");
    g_assert_nonnull(strstr(mixed, "'entity'"));
}

static void
test_error_clears_message_on_success(void)
{
    FcSlotTypes t = {0};
    char *msg = (char *)"stale";
    g_autofree char *src = fc_pattern_expand("{value:PCT}", &t, NULL, &msg);
    g_assert_nonnull(src);
    g_assert_null(msg);
}

/* ---- matching tokenised sentences --------------------------------------- */

static void
test_money_slot_matches_token(void)
{
    const char *p = "{entity:ORG} raised {value:MONEY}";
    assert_capture(p, "⟦ORG:0⟧ raised ⟦MONEY:1⟧", "value", "⟦MONEY:1⟧");
    assert_capture(p, "⟦ORG:0⟧ raised ⟦MONEY:1⟧", "entity", "⟦ORG:0⟧");
    /* A slot takes only its own token type. */
    assert_capture(p, "⟦ORG:0⟧ raised ⟦PCT:1⟧", "value", NULL);
}

static void
test_org_slot_with_descriptor(void)
{
    const char *p = "{entity:ORG} raised {value:MONEY}";
    /* "the AI startup Anthropic raised": the descriptor is matched but the
     * slot holds the name only. */
    assert_capture(p, "the AI startup ⟦ORG:0⟧ raised ⟦MONEY:1⟧", "entity", "⟦ORG:0⟧");
    assert_capture(p, "⟦PLACE:0⟧'s sovereign wealth fund ⟦NAME:1⟧ raised ⟦MONEY:2⟧", "entity",
                   "⟦NAME:1⟧");
    assert_capture(p, "⟦PRODUCT:0⟧ raised ⟦MONEY:1⟧", "entity", "⟦PRODUCT:0⟧");
    assert_capture(p, "⟦PERSON:0⟧ raised ⟦MONEY:1⟧", "entity", NULL);
}

static void
test_org_slot_possessive(void)
{
    /* "in Claude's rival Mistral": the possessive describes the next name. */
    assert_capture("invest {value:MONEY} in {entity:ORG}",
                   "invest ⟦MONEY:0⟧ in ⟦PRODUCT:1⟧'s rival ⟦ORG:2⟧", "entity", "⟦ORG:2⟧");
    /* A pattern that asks for the possessive means the owner. */
    assert_capture("{entity:ORG}'s rival {value:ORG}", "⟦PRODUCT:1⟧'s rival ⟦ORG:2⟧", "entity",
                   "⟦PRODUCT:1⟧");
}

static void
test_list_slot(void)
{
    const char *p = "{counterpart:ORGS} (?:will )?invest {value:MONEY}";
    assert_capture(p, "⟦ORG:0⟧, ⟦ORG:1⟧ and ⟦NAME:2⟧ will invest ⟦MONEY:3⟧", "counterpart",
                   "⟦ORG:0⟧, ⟦ORG:1⟧ and ⟦NAME:2⟧");
    /* Backers may be people. */
    assert_capture(p, "⟦ORG:0⟧ and ⟦PERSON:1⟧ invest ⟦MONEY:2⟧", "counterpart",
                   "⟦ORG:0⟧ and ⟦PERSON:1⟧");
    assert_capture("{value:PERSONS} founded it", "⟦PERSON:0⟧ and ⟦NAME:1⟧ founded it", "value",
                   "⟦PERSON:0⟧ and ⟦NAME:1⟧");
}

static void
test_person_slot(void)
{
    const char *p = "led by {value:PERSON}";
    assert_capture(p, "led by chief executive ⟦PERSON:3⟧", "value", "⟦PERSON:3⟧");
    assert_capture(p, "led by ⟦NAME:3⟧", "value", "⟦NAME:3⟧");
    assert_capture(p, "led by ⟦ORG:3⟧", "value", NULL);
}

/* ---- gates -------------------------------------------------------------- */

static char *
expand_gate(const char *pattern)
{
    FcSlotTypes types = {0};
    g_autofree char *msg = NULL;
    char *gate = NULL;
    g_autofree char *source = fc_pattern_expand(pattern, &types, &gate, &msg);
    g_assert_nonnull(source);
    return gate;
}

static gboolean
source_matches(const char *source, const char *tokens)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(FcRegex) re = fc_regex_new(source, FC_REGEX_CASELESS, &error);
    g_assert_no_error(error);
    g_autoptr(FcMatch) m = fc_match_new();
    return fc_regex_match(re, tokens, strlen(tokens), 0, m) == FC_REGEX_MATCHED;
}

static void
test_gate_only_for_described_openings(void)
{
    const char *const none[] = {"{value:MONEY} round", "raised {value:MONEY} from {entity:ORG}",
                                "(?:the )?{entity:ORG} raised {value:MONEY}",
                                "{when:DATE}, {entity:ORG} raised {value:MONEY}"};
    for (gsize i = 0; i < G_N_ELEMENTS(none); i++) {
        g_autofree char *gate = expand_gate(none[i]);
        g_assert_null(gate);
    }
    const char *const some[] = {"{entity:ORG} raised {value:MONEY}",
                                "{entity:ORG}'s {value:ORG} model",
                                "{counterpart:ORGS} invested {value:MONEY}",
                                "{value:PERSON}, the CEO", "{value:PERSONS} founded it"};
    for (gsize i = 0; i < G_N_ELEMENTS(some); i++) {
        g_autofree char *gate = expand_gate(some[i]);
        g_assert_nonnull(gate);
        /* It opens at the name token, not at a descriptor word. */
        g_assert_true(g_str_has_prefix(gate, "(?<") || g_str_has_prefix(gate, "(?:\\(?⟦"));
    }
}

/* Wherever a pattern matches, its gate matches: the gate may only rule out
 * sentences the pattern could not match.  And it does rule some out. */
static void
test_gate_is_necessary(void)
{
    static const struct {
        const char *pattern, *tokens;
        gboolean match;
    } cases[] = {
        {"{entity:ORG} raised {value:MONEY}", "the AI startup ⟦ORG:0⟧ raised ⟦MONEY:1⟧", TRUE},
        {"{entity:ORG} raised {value:MONEY}",
         "⟦PLACE:0⟧'s sovereign wealth fund ⟦NAME:1⟧ raised ⟦MONEY:2⟧", TRUE},
        {"{entity:ORG} raised {value:MONEY}", "⟦ORG:0⟧ (⟦ORG:1⟧) raised ⟦MONEY:2⟧", TRUE},
        {"{entity:ORG} raised {value:MONEY}", "the AI startup ⟦ORG:0⟧ said ⟦MONEY:1⟧", FALSE},
        {"{entity:ORG} raised {value:MONEY}", "⟦ORG:0⟧'s rival ⟦ORG:1⟧ raised ⟦MONEY:2⟧", TRUE},
        {"{entity:ORG}'s {value:ORG} model", "⟦ORG:0⟧'s ⟦PRODUCT:1⟧ model", TRUE},
        {"{entity:ORG}'s {value:ORG} model", "⟦ORG:0⟧ and ⟦PRODUCT:1⟧ model", FALSE},
        {"{counterpart:ORGS} invested {value:MONEY}",
         "the fund ⟦ORG:0⟧, ⟦ORG:1⟧ and ⟦PERSON:2⟧ invested ⟦MONEY:3⟧", TRUE},
        {"{counterpart:ORGS} invested {value:MONEY}",
         "⟦ORG:0⟧, the search giant, invested ⟦MONEY:1⟧", TRUE},
        {"{counterpart:ORGS} invested {value:MONEY}", "⟦ORG:0⟧ and ⟦ORG:1⟧ pledged ⟦MONEY:2⟧",
         FALSE},
        {"{value:PERSON}, the CEO", "co-founder ⟦PERSON:0⟧, the CEO", TRUE},
        {"{value:PERSON}, the CEO", "co-founder ⟦PERSON:0⟧ and the CEO", FALSE},
        {"{value:PERSONS} founded it", "⟦ORG:0⟧'s ⟦PERSON:1⟧ and ⟦NAME:2⟧ founded it", TRUE},
        {"{value:PERSONS} founded it", "⟦PERSON:1⟧ and ⟦NAME:2⟧ left it", FALSE},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        FcSlotTypes types;
        g_autofree char *source = expand_ok(cases[i].pattern, &types);
        g_autofree char *gate = expand_gate(cases[i].pattern);
        gboolean whole = source_matches(source, cases[i].tokens);
        gboolean gated = source_matches(gate, cases[i].tokens);
        g_test_message("%s on %s: %d %d", cases[i].pattern, cases[i].tokens, whole, gated);
        g_assert_cmpint(whole, ==, cases[i].match);
        g_assert_cmpint(gated, ==, cases[i].match);
    }
}

/* ---- slot acceptance ---------------------------------------------------- */

static void
test_slot_accepts(void)
{
    g_assert_true(fc_slot_accepts(FC_SLOT_ORG, "ORG"));
    g_assert_true(fc_slot_accepts(FC_SLOT_ORG, "PRODUCT"));
    g_assert_true(fc_slot_accepts(FC_SLOT_ORG, "NAME"));
    g_assert_false(fc_slot_accepts(FC_SLOT_ORG, "PERSON"));
    g_assert_false(fc_slot_accepts(FC_SLOT_ORG, "PLACE"));
    g_assert_true(fc_slot_accepts(FC_SLOT_ORGS, "PERSON"));
    g_assert_true(fc_slot_accepts(FC_SLOT_PERSON, "NAME"));
    g_assert_false(fc_slot_accepts(FC_SLOT_PERSON, "ORG"));
    g_assert_true(fc_slot_accepts(FC_SLOT_MONEY, "MONEY"));
    g_assert_false(fc_slot_accepts(FC_SLOT_MONEY, "NUM"));
    g_assert_true(fc_slot_accepts(FC_SLOT_PCT, "PCT"));
    g_assert_true(fc_slot_accepts(FC_SLOT_PLACE, "PLACE"));
    g_assert_false(fc_slot_accepts(FC_SLOT_NONE, "ORG"));
    g_assert_true(fc_slot_is_list(FC_SLOT_ORGS));
    g_assert_true(fc_slot_is_list(FC_SLOT_PERSONS));
    g_assert_false(fc_slot_is_list(FC_SLOT_ORG));
    g_assert_false(fc_slot_is_list(FC_SLOT_MONEY));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/pattern/expand/slot-types", test_slot_types_recorded);
    g_test_add_func("/pattern/expand/every-type", test_every_type_expands);
    g_test_add_func("/pattern/expand/plain-regex", test_plain_regex_untouched);
    g_test_add_func("/pattern/expand/quantifier-next-to-slot", test_quantifier_next_to_slot);
    g_test_add_func("/pattern/expand/escaped-brace", test_escaped_brace);
    g_test_add_func("/pattern/expand/escaped-backslash", test_escaped_backslash_then_slot);
    g_test_add_func("/pattern/expand/unicode", test_unicode_passes_through);
    g_test_add_func("/pattern/errors/unknown-name", test_unknown_slot_name);
    g_test_add_func("/pattern/errors/unknown-type", test_unknown_slot_type);
    g_test_add_func("/pattern/errors/used-twice", test_slot_used_twice);
    g_test_add_func("/pattern/errors/message-cleared", test_error_clears_message_on_success);
    g_test_add_func("/pattern/match/money", test_money_slot_matches_token);
    g_test_add_func("/pattern/match/org-descriptor", test_org_slot_with_descriptor);
    g_test_add_func("/pattern/match/org-possessive", test_org_slot_possessive);
    g_test_add_func("/pattern/match/list", test_list_slot);
    g_test_add_func("/pattern/match/person", test_person_slot);
    g_test_add_func("/pattern/gate/described-openings", test_gate_only_for_described_openings);
    g_test_add_func("/pattern/gate/necessary", test_gate_is_necessary);
    g_test_add_func("/pattern/accepts", test_slot_accepts);
    return g_test_run();
}
