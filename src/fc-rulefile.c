#include "fc-rulefile.h"

#include <errno.h>
#include <string.h>

static void
fc_rule_entry_free(gpointer p)
{
    FcRuleEntry *e = p;
    g_free(e->key);
    g_free(e->value);
    g_free(e);
}

static void
fc_rule_section_free(gpointer p)
{
    FcRuleSection *s = p;
    g_free(s->name);
    g_ptr_array_unref(s->entries);
    g_free(s);
}

void
fc_rulefile_error(GPtrArray *errors, const char *path, guint line, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    g_autofree char *msg = g_strdup_vprintf(format, ap);
    va_end(ap);
    g_ptr_array_add(errors, g_strdup_printf("%s:%u: %s", path, line, msg));
}

static FcRuleSection *
fc_rule_section_new(const char *name, guint line)
{
    FcRuleSection *s = g_new0(FcRuleSection, 1);
    s->name = g_strdup(name);
    s->line = line;
    s->entries = g_ptr_array_new_with_free_func(fc_rule_entry_free);
    return s;
}

static gboolean
fc_rulefile_parse_section(FcRuleFile *file, const char *line, guint lineno, GPtrArray *errors)
{
    const char *close = strrchr(line, ']');
    if (close == NULL || close[1] != '\0') {
        fc_rulefile_error(errors, file->path, lineno, "section header must end with ']'");
        return FALSE;
    }
    g_autofree char *name = g_strndup(line + 1, (gsize)(close - line - 1));
    g_strstrip(name);
    if (*name == '\0') {
        fc_rulefile_error(errors, file->path, lineno, "empty section name");
        return FALSE;
    }
    g_ptr_array_add(file->sections, fc_rule_section_new(name, lineno));
    return TRUE;
}

static void
fc_rulefile_parse_entry(FcRuleFile *file, const char *line, guint lineno, GPtrArray *errors)
{
    const char *eq = strchr(line, '=');
    if (eq == NULL) {
        fc_rulefile_error(errors, file->path, lineno, "expected 'key = value'");
        return;
    }
    if (file->sections->len == 0) {
        fc_rulefile_error(errors, file->path, lineno, "entry outside of any [section]");
        return;
    }
    g_autofree char *key = g_strndup(line, (gsize)(eq - line));
    g_strstrip(key);
    if (*key == '\0' || strspn(key, "abcdefghijklmnopqrstuvwxyz_-0123456789") != strlen(key)) {
        fc_rulefile_error(errors, file->path, lineno, "invalid key '%s'", key);
        return;
    }
    FcRuleSection *s = g_ptr_array_index(file->sections, file->sections->len - 1);
    FcRuleEntry *e = g_new0(FcRuleEntry, 1);
    e->key = g_steal_pointer(&key);
    e->value = g_strstrip(g_strdup(eq + 1));
    e->line = lineno;
    g_ptr_array_add(s->entries, e);
}

static gboolean
fc_rulefile_continue(FcRuleFile *file, const char *line)
{
    if (file->sections->len == 0)
        return FALSE;
    FcRuleSection *s = g_ptr_array_index(file->sections, file->sections->len - 1);
    if (s->entries->len == 0)
        return FALSE;
    FcRuleEntry *e = g_ptr_array_index(s->entries, s->entries->len - 1);
    char *joined = g_strconcat(e->value, " ", line, NULL);
    g_free(e->value);
    e->value = joined;
    return TRUE;
}

/* Returns whether the line may be continued by the next one: a skipped
 * line must not let its continuation join the entry before it. */
static gboolean
fc_rulefile_parse_line(FcRuleFile *file, char *raw, guint lineno, gboolean may_continue,
                       GPtrArray *errors)
{
    if (!g_utf8_validate(raw, -1, NULL)) {
        fc_rulefile_error(errors, file->path, lineno, "line is not valid UTF-8");
        return FALSE;
    }
    gboolean indented = raw[0] == ' ' || raw[0] == '\t';
    char *line = g_strstrip(raw);
    if (*line == '\0' || *line == '#')
        return may_continue;
    if (indented) {
        if (!may_continue || !fc_rulefile_continue(file, line)) {
            fc_rulefile_error(errors, file->path, lineno, "continuation line without a value");
            return FALSE;
        }
        return TRUE;
    }
    guint before = errors->len;
    if (*line == '[')
        fc_rulefile_parse_section(file, line, lineno, errors);
    else
        fc_rulefile_parse_entry(file, line, lineno, errors);
    return errors->len == before && *line != '[';
}

FcRuleFile *
fc_rulefile_parse(const char *path, const char *text, gsize len, GPtrArray *errors)
{
    FcRuleFile *file = g_new0(FcRuleFile, 1);
    file->path = g_strdup(path);
    file->sections = g_ptr_array_new_with_free_func(fc_rule_section_free);
    g_autofree char *copy = g_strndup(text, len);
    if (memchr(text, '\0', len) != NULL)
        fc_rulefile_error(errors, path, 1, "file contains NUL bytes");
    guint lineno = 1;
    gboolean may_continue = FALSE;
    for (char *p = copy; p != NULL; lineno++) {
        char *nl = strchr(p, '\n');
        if (nl != NULL)
            *nl = '\0';
        may_continue = fc_rulefile_parse_line(file, p, lineno, may_continue, errors);
        p = nl != NULL ? nl + 1 : NULL;
    }
    return file;
}

FcRuleFile *
fc_rulefile_load(const char *path, GPtrArray *errors)
{
    g_autofree char *text = NULL;
    gsize len = 0;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(path, &text, &len, &error)) {
        fc_rulefile_error(errors, path, 0, "cannot read: %s", error->message);
        return NULL;
    }
    return fc_rulefile_parse(path, text, len, errors);
}

void
fc_rulefile_free(FcRuleFile *file)
{
    if (file == NULL)
        return;
    g_free(file->path);
    g_ptr_array_unref(file->sections);
    g_free(file);
}

const FcRuleEntry *
fc_rule_section_find(const FcRuleSection *section, const char *key)
{
    for (guint i = 0; i < section->entries->len; i++) {
        const FcRuleEntry *e = g_ptr_array_index(section->entries, i);
        if (strcmp(e->key, key) == 0)
            return e;
    }
    return NULL;
}

const char *
fc_rule_section_get(const FcRuleSection *section, const char *key)
{
    const FcRuleEntry *e = fc_rule_section_find(section, key);
    return e != NULL ? e->value : NULL;
}

static int
fc_compare_strings(gconstpointer a, gconstpointer b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

GPtrArray *
fc_rulefile_list(const char *dir, const char *suffix, GPtrArray *errors)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GDir) d = g_dir_open(dir, 0, &error);
    if (d == NULL) {
        g_ptr_array_add(errors,
                        g_strdup_printf("%s: cannot read rules folder: %s", dir, error->message));
        return NULL;
    }
    GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL) {
        if (name[0] == '.' || !g_str_has_suffix(name, suffix))
            continue;
        char *path = g_build_filename(dir, name, NULL);
        if (g_file_test(path, G_FILE_TEST_IS_REGULAR))
            g_ptr_array_add(paths, path);
        else
            g_free(path);
    }
    g_ptr_array_sort(paths, fc_compare_strings);
    return paths;
}
