/* fc-rulefile through its header: sections, repeated keys, continuation
 * lines, comments, and every syntax problem reported as "path:line:
 * message" in one pass. */
#include "fc-rulefile.h"
#include "fc-test.h"

#include <string.h>

#include <glib/gstdio.h>

static GPtrArray *
new_errors(void)
{
    return g_ptr_array_new_with_free_func(g_free);
}

static FcRuleFile *
parse(const char *text, GPtrArray *errors)
{
    return fc_rulefile_parse("r/x.rules", text, strlen(text), errors);
}

static const FcRuleSection *
section(const FcRuleFile *file, guint i)
{
    g_assert_cmpuint(i, <, file->sections->len);
    return g_ptr_array_index(file->sections, i);
}

static const FcRuleEntry *
entry(const FcRuleSection *s, guint i)
{
    g_assert_cmpuint(i, <, s->entries->len);
    return g_ptr_array_index(s->entries, i);
}

static void
assert_entry(const FcRuleEntry *e, const char *key, const char *value, guint line)
{
    g_assert_cmpstr(e->key, ==, key);
    g_assert_cmpstr(e->value, ==, value);
    g_assert_cmpuint(e->line, ==, line);
}

static void
assert_errors(GPtrArray *errors, const char *const *want)
{
    guint n = g_strv_length((char **)want);
    for (guint i = 0; i < errors->len; i++)
        g_test_message("error: %s", (char *)g_ptr_array_index(errors, i));
    g_assert_cmpuint(errors->len, ==, n);
    for (guint i = 0; i < n; i++)
        g_assert_cmpstr(g_ptr_array_index(errors, i), ==, want[i]);
}

/* ---- well-formed files -------------------------------------------------- */

static void
test_sections_and_lines(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[first]\n"
                                    "kind = lab\n"
                                    "\n"
                                    "[Google DeepMind]\n"
                                    "  \n"
                                    "alias=DeepMind\n",
                                    errors);
    assert_errors(errors, (const char *const[]){NULL});
    g_assert_cmpstr(f->path, ==, "r/x.rules");
    g_assert_cmpuint(f->sections->len, ==, 2);
    g_assert_cmpstr(section(f, 0)->name, ==, "first");
    g_assert_cmpuint(section(f, 0)->line, ==, 1);
    assert_entry(entry(section(f, 0), 0), "kind", "lab", 2);
    /* Names may hold spaces; "key=value" needs no blanks around '='. */
    g_assert_cmpstr(section(f, 1)->name, ==, "Google DeepMind");
    g_assert_cmpuint(section(f, 1)->line, ==, 4);
    assert_entry(entry(section(f, 1), 0), "alias", "DeepMind", 6);
}

static void
test_repeated_keys(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[r]\n"
                                    "pattern = one\n"
                                    "example = a\n"
                                    "pattern = two\n"
                                    "pattern = three\n",
                                    errors);
    assert_errors(errors, (const char *const[]){NULL});
    const FcRuleSection *s = section(f, 0);
    g_assert_cmpuint(s->entries->len, ==, 4);
    assert_entry(entry(s, 0), "pattern", "one", 2);
    assert_entry(entry(s, 2), "pattern", "two", 4);
    assert_entry(entry(s, 3), "pattern", "three", 5);
    /* find/get give the first occurrence. */
    g_assert_true(fc_rule_section_find(s, "pattern") == entry(s, 0));
    g_assert_cmpstr(fc_rule_section_get(s, "example"), ==, "a");
    g_assert_null(fc_rule_section_find(s, "cue"));
    g_assert_null(fc_rule_section_get(s, "cue"));
}

static void
test_values_are_raw(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[r]\n"
                                    "pattern = \\$(\\d+)\\.\\d+ \"quoted\" a=b # not a comment\n"
                                    "empty =\n",
                                    errors);
    assert_errors(errors, (const char *const[]){NULL});
    const FcRuleSection *s = section(f, 0);
    /* Regexes are written without double escaping; only the first '='
     * separates key and value; '#' inside a value is text. */
    assert_entry(entry(s, 0), "pattern", "\\$(\\d+)\\.\\d+ \"quoted\" a=b # not a comment", 2);
    assert_entry(entry(s, 1), "empty", "", 3);
}

static void
test_continuation_lines(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[r]\n"
                                    "explanation = The articles state\n"
                                    "    valuations that   \n"
                                    "\t\tcannot all be right.\n"
                                    "title = next\n",
                                    errors);
    assert_errors(errors, (const char *const[]){NULL});
    const FcRuleSection *s = section(f, 0);
    g_assert_cmpuint(s->entries->len, ==, 2);
    /* Indentation and trailing blanks go; pieces join with one space;
     * the entry keeps the line where it started. */
    assert_entry(entry(s, 0), "explanation",
                 "The articles state valuations that cannot all be right.", 2);
    assert_entry(entry(s, 1), "title", "next", 5);
}

static void
test_comments(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("# header comment\n"
                                    "[r]\n"
                                    "# between entries\n"
                                    "kind = lab\n"
                                    "   # indented comment\n"
                                    "alias = L\n",
                                    errors);
    assert_errors(errors, (const char *const[]){NULL});
    const FcRuleSection *s = section(f, 0);
    g_assert_cmpuint(s->entries->len, ==, 2);
    assert_entry(entry(s, 0), "kind", "lab", 4);
    assert_entry(entry(s, 1), "alias", "L", 6);
}

static void
test_crlf_line_ends(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[r]\r\nkind = lab\r\n  more\r\n", errors);
    assert_errors(errors, (const char *const[]){NULL});
    g_assert_cmpstr(section(f, 0)->name, ==, "r");
    assert_entry(entry(section(f, 0), 0), "kind", "lab more", 2);
}

static void
test_length_not_nul(void)
{
    const char text[] = "[a]\nk = v\n[b]\n";
    g_autoptr(GPtrArray) errors = new_errors();
    /* Only @len bytes are the file: "[b]" lies beyond them. */
    g_autoptr(FcRuleFile) f = fc_rulefile_parse("r/x.rules", text, strlen("[a]\nk = v\n"), errors);
    assert_errors(errors, (const char *const[]){NULL});
    g_assert_cmpuint(f->sections->len, ==, 1);
}

static void
test_empty_file(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = fc_rulefile_parse("e.rules", "", 0, errors);
    g_assert_nonnull(f);
    g_assert_cmpuint(f->sections->len, ==, 0);
    g_assert_cmpuint(errors->len, ==, 0);
}

/* ---- errors ------------------------------------------------------------- */

static void
test_every_error_in_one_pass(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("orphan = 1\n"
                                    "   continued\n"
                                    "[ok]\n"
                                    "no equals sign\n"
                                    "Bad Key = 2\n"
                                    "[unclosed\n"
                                    "[]\n"
                                    "[x] trailing\n"
                                    "= value\n"
                                    "good = yes\n",
                                    errors);
    assert_errors(errors, (const char *const[]){
                              "r/x.rules:1: entry outside of any [section]",
                              "r/x.rules:2: continuation line without a value",
                              "r/x.rules:4: expected 'key = value'",
                              "r/x.rules:5: invalid key 'Bad Key'",
                              "r/x.rules:6: section header must end with ']'",
                              "r/x.rules:7: empty section name",
                              "r/x.rules:8: section header must end with ']'",
                              "r/x.rules:9: invalid key ''",
                              NULL,
                          });
    /* Offending lines are skipped; the rest is still read. */
    g_assert_cmpuint(f->sections->len, ==, 1);
    const FcRuleSection *s = section(f, 0);
    g_assert_cmpuint(s->entries->len, ==, 1);
    assert_entry(entry(s, 0), "good", "yes", 10);
}

static void
test_continuation_after_section_header(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[r]\n  dangling\nk = v\n", errors);
    assert_errors(errors,
                  (const char *const[]){"r/x.rules:2: continuation line without a value", NULL});
    assert_entry(entry(section(f, 0), 0), "k", "v", 3);
}

static void
test_continuation_of_skipped_entry(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = parse("[r]\n"
                                    "a = 1\n"
                                    "Bad Key = 2\n"
                                    "    continued\n",
                                    errors);
    g_assert_cmpuint(errors->len, >=, 1);
    g_assert_cmpstr(g_ptr_array_index(errors, 0), ==, "r/x.rules:3: invalid key 'Bad Key'");
    /* The continuation belongs to the skipped line, not to "a". */
    const FcRuleEntry *a = entry(section(f, 0), 0);
    if (g_strcmp0(a->value, "1") != 0) {
        g_test_fail_printf(
            "%s",
            "regression (fixed bug): fc-rulefile: a continuation line after a skipped (invalid) "
            "entry is joined to the previous valid entry ('a = 1 continued')");
        return;
    }
    g_assert_cmpuint(section(f, 0)->entries->len, ==, 1);
}

static void
test_errors_appended(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_ptr_array_add(errors, g_strdup("earlier: problem"));
    g_autoptr(FcRuleFile) f = parse("[r]\nnot an entry\n", errors);
    g_assert_nonnull(f);
    assert_errors(errors, (const char *const[]){"earlier: problem",
                                                "r/x.rules:2: expected 'key = value'", NULL});
}

static void
test_not_utf8(void)
{
    const char text[] = "[r]\nk = v\nname = caf\xe9\n";
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = fc_rulefile_parse("r/x.rules", text, sizeof text - 1, errors);
    /* Never a crash or a half-read value with a bad byte in it. */
    g_assert_nonnull(f);
    g_assert_cmpuint(errors->len, ==, 1);
    const char *msg = g_ptr_array_index(errors, 0);
    g_assert_true(g_str_has_prefix(msg, "r/x.rules:"));
    g_assert_nonnull(strstr(msg, "UTF-8"));
    for (guint i = 0; i < f->sections->len; i++) {
        const FcRuleSection *s = section(f, i);
        for (guint j = 0; j < s->entries->len; j++)
            g_assert_true(g_utf8_validate(entry(s, j)->value, -1, NULL));
    }
    /* The header promises "path:line" for every problem and that only the
     * offending line is skipped: the bad byte is on line 3. */
    if (!g_str_has_prefix(msg, "r/x.rules:3: ")) {
        g_test_fail_printf("%s", "regression (fixed bug): fc-rulefile: invalid UTF-8 is reported "
                                 "at line 1 and the whole "
                                 "file is dropped, instead of at the line holding the bad byte");
        return;
    }
    g_assert_cmpuint(f->sections->len, ==, 1);
}

static void
test_error_format(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    fc_rulefile_error(errors, "rules/a.rules", 12, "unknown kind '%s' (%d)", "lib", 3);
    assert_errors(errors, (const char *const[]){"rules/a.rules:12: unknown kind 'lib' (3)", NULL});
}

/* ---- files and folders -------------------------------------------------- */

static void
test_load(void)
{
    g_autofree char *dir = fc_test_make_dir("fc-rulefile-XXXXXX");
    fc_test_write_file(dir, "a.rules", "[r]\nk = v\n");
    g_autofree char *path = g_build_filename(dir, "a.rules", NULL);
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = fc_rulefile_load(path, errors);
    g_assert_nonnull(f);
    g_assert_cmpuint(errors->len, ==, 0);
    g_assert_cmpstr(f->path, ==, path);
    assert_entry(entry(section(f, 0), 0), "k", "v", 2);
    fc_test_remove_tree(dir);
}

static void
test_load_missing(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(FcRuleFile) f = fc_rulefile_load("/nonexistent/fc/x.rules", errors);
    g_assert_null(f);
    g_assert_cmpuint(errors->len, ==, 1);
    const char *msg = g_ptr_array_index(errors, 0);
    g_assert_true(g_str_has_prefix(msg, "/nonexistent/fc/x.rules:"));
    g_assert_nonnull(strstr(msg, "cannot read"));
}

static void
test_list_sorted_and_filtered(void)
{
    g_autofree char *dir = fc_test_make_dir("fc-rulefile-XXXXXX");
    fc_test_write_file(dir, "b.rules", "");
    fc_test_write_file(dir, "a.rules", "");
    fc_test_write_file(dir, "C.rules", "");
    fc_test_write_file(dir, "notes.txt", "");
    fc_test_write_file(dir, ".hidden.rules", "");
    g_autofree char *sub = g_build_filename(dir, "sub.rules", NULL);
    g_assert_cmpint(g_mkdir(sub, 0700), ==, 0);
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(GPtrArray) files = fc_rulefile_list(dir, ".rules", errors);
    g_assert_nonnull(files);
    g_assert_cmpuint(errors->len, ==, 0);
    const char *want[] = {"C.rules", "a.rules", "b.rules"}; /* bytewise order */
    g_assert_cmpuint(files->len, ==, G_N_ELEMENTS(want));
    for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
        g_autofree char *path = g_build_filename(dir, want[i], NULL);
        g_assert_cmpstr(g_ptr_array_index(files, i), ==, path);
    }
    fc_test_remove_tree(dir);
}

static void
test_list_missing_folder(void)
{
    g_autoptr(GPtrArray) errors = new_errors();
    g_autoptr(GPtrArray) files = fc_rulefile_list("/nonexistent/fc-rules", ".rules", errors);
    g_assert_null(files);
    g_assert_cmpuint(errors->len, ==, 1);
    g_assert_true(g_str_has_prefix(g_ptr_array_index(errors, 0), "/nonexistent/fc-rules"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/rulefile/parse/sections-and-lines", test_sections_and_lines);
    g_test_add_func("/rulefile/parse/repeated-keys", test_repeated_keys);
    g_test_add_func("/rulefile/parse/values-are-raw", test_values_are_raw);
    g_test_add_func("/rulefile/parse/continuation-lines", test_continuation_lines);
    g_test_add_func("/rulefile/parse/comments", test_comments);
    g_test_add_func("/rulefile/parse/crlf", test_crlf_line_ends);
    g_test_add_func("/rulefile/parse/length-not-nul", test_length_not_nul);
    g_test_add_func("/rulefile/parse/empty", test_empty_file);
    g_test_add_func("/rulefile/errors/one-pass", test_every_error_in_one_pass);
    g_test_add_func("/rulefile/errors/continuation-after-header",
                    test_continuation_after_section_header);
    g_test_add_func("/rulefile/errors/continuation-of-skipped-entry",
                    test_continuation_of_skipped_entry);
    g_test_add_func("/rulefile/errors/appended", test_errors_appended);
    g_test_add_func("/rulefile/errors/not-utf8", test_not_utf8);
    g_test_add_func("/rulefile/errors/format", test_error_format);
    g_test_add_func("/rulefile/load/file", test_load);
    g_test_add_func("/rulefile/load/missing", test_load_missing);
    g_test_add_func("/rulefile/list/sorted-filtered", test_list_sorted_and_filtered);
    g_test_add_func("/rulefile/list/missing-folder", test_list_missing_folder);
    return g_test_run();
}
