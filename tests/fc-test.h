/* fc-test: what the test programs in tests/ share, so that each program
 * holds its checks and not another copy of the plumbing: the rule set under
 * test, documents and the claims extracted from them, regex scans, the
 * factcheck binary run as a child, and scratch files.
 *
 * Every helper asserts on its own steps (g_assert_*()): a setup that failed
 * stops the test where it failed, instead of surfacing later as a puzzling
 * mismatch.  The one exception is fc_test_load_rules_from(), whose callers
 * may have a scratch folder to remove first.
 *
 * Ownership: a returned pointer belongs to the caller, who frees it as the
 * function says (g_autofree, g_autoptr and g_auto() all work); a struct a
 * helper fills is zero-initialised by the caller and released with its
 * *_clear() function or g_auto().
 */
#pragma once

#include "fc-document.h"
#include "fc-extract.h"
#include "fc-regex.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

/* ---- rules ------------------------------------------------------------- */

/* The rule set in the folder @dir, every problem printed on stderr as the
 * tool would print it.  Returns NULL when it does not load; free with
 * fc_ruleset_free() or g_autoptr(FcRuleSet). */
FcRuleSet *fc_test_load_rules_from(const char *dir);

/* The house rules: $FC_RULES_DIR (meson test sets it), else ./rules.
 * Never NULL: without them no test of the program could run.  Free with
 * fc_ruleset_free(). */
FcRuleSet *fc_test_load_rules(void);

/* ---- documents and claims ---------------------------------------------- */

/* @body read as the file @path, after a front matter "date: @date" when
 * @date is not NULL.  Free with fc_document_free(). */
FcDocument *fc_test_document(const char *path, const char *date, const char *body);

typedef struct {
    FcDocument *doc;
    GPtrArray *claims; /* FcClaim*, owned, in document order */
    GPtrArray *notes;  /* char*, owned: sentences abandoned at a regex limit */
} FcTestExtraction;

/* Fills the zeroed @x with fc_test_document(@path, @date, @body) and the
 * claims @rules extract from it as document number @doc_index; @only, when
 * not NULL, is the one extraction rule tried.  The notes are left for the
 * caller to report or not. */
void fc_test_extract(FcTestExtraction *x, const FcRuleSet *rules, const char *path,
                     const char *date, const char *body, guint doc_index,
                     const FcExtractRule *only);
void fc_test_extraction_clear(FcTestExtraction *x);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcTestExtraction, fc_test_extraction_clear)

/* ---- regex scans ------------------------------------------------------- */

/* Every match of @pattern in @text, left to right, joined with " | "; fails
 * when a match hits the regex limits.  Free with g_free(). */
char *fc_test_scan(const char *pattern, FcRegexFlags flags, const char *text);

/* Asserts that fc_test_scan() finds @want with and without
 * FC_REGEX_CASELESS: the house patterns fix case themselves. */
void fc_test_check_scan(const char *pattern, const char *text, const char *want);

/* ---- hand matchers against their regex --------------------------------- */

/* Match data for the calling thread, kept until it exits (a new one maps a
 * JIT stack, too costly for every call).  Do not free. */
FcMatch *fc_test_thread_match(void);

/* Random text of one to @max_pieces of the @n_pieces @pieces, each followed
 * by a space with @spaces when g_test_rand_bit() says so (the seed is in
 * the test's output), and in *from the offset of one of the pieces, drawn
 * at random.  Free with g_free(). */
char *fc_test_random_text(const char *const *pieces, gsize n_pieces, guint max_pieces,
                          gboolean spaces, gsize *from);

/* Fails, naming @text and @from, when a hand matcher's matches @hand
 * (from @from on, in any notation) differ from its regex's @regex. */
void fc_test_assert_same_matches(const char *text, gsize from, const char *hand, const char *regex);

/* Every match of a finder built on @re in @text from @from, in any
 * notation: by hand (or by its shortcut) when @by_hand, else by the
 * regex alone.  Newly allocated. */
typedef char *(*FcTestMatchLister)(const FcRegex *re, const char *text, gsize from,
                                   gboolean by_hand);

/* fc_test_assert_same_matches() over the two lists @list gives. */
void fc_test_assert_lister_agrees(FcTestMatchLister list, const FcRegex *re, const char *text,
                                  gsize from);

/* Calls @fn on the text of every fixture article (fixtures/<case>/articles
 * under $FC_SOURCE_ROOT) that is valid UTF-8, and returns how many. */
guint fc_test_each_fixture_article(void (*fn)(const char *text, gpointer data), gpointer data);

/* ---- the factcheck binary ---------------------------------------------- */

typedef struct {
    char *out;  /* stdout, owned */
    char *err;  /* stderr, owned */
    int status; /* exit status; -1 when the child did not exit normally */
} FcTestRun;

/* Runs $FC_BINARY in the folder @dir with the NULL-terminated arguments
 * @args, and fills the zeroed @run with what it printed and its status.
 * The child gets the caller's environment in the C locale, so that system
 * messages (strerror) do not depend on who runs the tests, and without
 * FACTCHECK_DEBUG_TOKENS, which would write to stderr.  The caller checks
 * that $FC_BINARY is set. */
void fc_test_spawnv(FcTestRun *run, const char *dir, const char *const *args);

/* fc_test_spawnv() with the arguments listed, then NULL. */
void fc_test_spawn(FcTestRun *run, const char *dir, ...) G_GNUC_NULL_TERMINATED;

void fc_test_run_clear(FcTestRun *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(FcTestRun, fc_test_run_clear)

/* ---- scratch files ----------------------------------------------------- */

/* A new folder in the temporary directory, named after the template @tmpl
 * ("fc-x-XXXXXX").  Free the path with g_free(); remove the folder with
 * fc_test_remove_tree(). */
char *fc_test_make_dir(const char *tmpl);

/* Writes @text to @relative under the folder @dir, making the folders on
 * the way. */
void fc_test_write_file(const char *dir, const char *relative, const char *text);

/* The contents of @relative under the folder @dir.  Free with g_free(). */
char *fc_test_read_file(const char *dir, const char *relative);

/* The names in the folder @path, in bytewise order so that what is built
 * from them is stable.  A new array of owned strings: g_ptr_array_unref()
 * or g_autoptr(GPtrArray). */
GPtrArray *fc_test_list_dir(const char *path);

/* Removes @path and, for a folder, everything in it; a symbolic link is
 * removed, never followed.  Quietly does nothing where @path is gone. */
void fc_test_remove_tree(const char *path);

G_END_DECLS
