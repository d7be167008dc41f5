/* fc-rulefile: the syntax shared by every file under rules/.
 *
 *     # comment
 *     [section-name]
 *     key = value            repeatable; values are raw (no escaping), so
 *                            regexes are written as they are
 *         continued value    a line starting with white space continues the
 *                            previous value, joined with one space
 *
 * GKeyFile was the first choice but it neither keeps line numbers nor allows
 * repeated keys, and both matter here: every problem is reported as
 * "file:line: message", and rules repeat "example" and "pattern".
 *
 * Ownership: an FcRuleFile owns its sections and entries.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    char *key;
    char *value;
    guint line;
} FcRuleEntry;

typedef struct {
    char *name;
    guint line;
    GPtrArray *entries; /* FcRuleEntry*, in file order */
} FcRuleSection;

typedef struct {
    char *path;
    GPtrArray *sections; /* FcRuleSection*, in file order */
} FcRuleFile;

/* Parses @text; syntax problems are appended to @errors as
 * "path:line: message" strings and the offending line is skipped. */
FcRuleFile *fc_rulefile_parse(const char *path, const char *text, gsize len, GPtrArray *errors);

/* Reads and parses @path; a read failure is one error line. */
FcRuleFile *fc_rulefile_load(const char *path, GPtrArray *errors);

void fc_rulefile_free(FcRuleFile *file);

/* First value of @key, or NULL. */
const FcRuleEntry *fc_rule_section_find(const FcRuleSection *section, const char *key);
const char *fc_rule_section_get(const FcRuleSection *section, const char *key);

/* Appends "path:line: message" to @errors. */
void fc_rulefile_error(GPtrArray *errors, const char *path, guint line, const char *format, ...)
    G_GNUC_PRINTF(4, 5);

/* Sorted list of regular files in @dir ending in @suffix, as full paths;
 * NULL with an error line when the folder cannot be read. */
GPtrArray *fc_rulefile_list(const char *dir, const char *suffix, GPtrArray *errors);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcRuleFile, fc_rulefile_free)

G_END_DECLS
