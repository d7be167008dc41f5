#include "fc-walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Controls, C1 controls and the bidi marks that reorder what follows. */
static gboolean
fc_walk_is_unsafe_char(gunichar c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

char *
fc_walk_display_name(const char *path)
{
    GString *out = g_string_sized_new(strlen(path));
    for (const char *p = path; *p != '\0';) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c == (gunichar)-1 || c == (gunichar)-2) {
            g_string_append_printf(out, "\\x%02X", (guchar)*p);
            p++;
            continue;
        }
        const char *next = g_utf8_next_char(p);
        if (c == '\n')
            g_string_append(out, "\\n");
        else if (c == '\t')
            g_string_append(out, "\\t");
        else if (c == '\r')
            g_string_append(out, "\\r");
        else if (c < 0x80 && fc_walk_is_unsafe_char(c))
            g_string_append_printf(out, "\\x%02X", (guint)c);
        else if (fc_walk_is_unsafe_char(c))
            g_string_append_printf(out, "\\u%04X", (guint)c);
        else
            g_string_append_len(out, p, next - p);
        p = next;
    }
    return g_string_free(out, FALSE);
}

/* What a folder's listing keeps of each entry: the stat(2) of where it
 * leads, links followed, taken relative to the open folder while listing
 * (a full path costs the kernel a lookup per component, quadratic in a
 * deep tree). */
typedef struct {
    char *name;
    int err; /* 0, or why it could not be stat'ed */
    mode_t mode;
    guint64 size;
    dev_t dev;
    ino_t ino;
} FcWalkEntry;

static void
fc_walk_entry_clear(gpointer data)
{
    g_free(((FcWalkEntry *)data)->name);
}

static gint
fc_walk_entry_compare(gconstpointer a, gconstpointer b)
{
    return strcmp(((const FcWalkEntry *)a)->name, ((const FcWalkEntry *)b)->name);
}

/* A folder being walked: its entries, listed and sorted when it was
 * entered, and the next one to visit. */
typedef struct {
    char *path;
    GArray *entries; /* FcWalkEntry */
    guint next;
    dev_t dev;
    ino_t ino;
} FcWalkFrame;

static void
fc_walk_frame_free(FcWalkFrame *frame)
{
    g_free(frame->path);
    g_array_unref(frame->entries);
    g_free(frame);
}

typedef struct {
    FcCorpus *corpus;
    GHashTable *visited; /* "dev:ino" of every folder entered */
    GPtrArray *stack;    /* FcWalkFrame*, the outermost folder first */
} FcWalk;

static void
fc_walk_add_source(FcCorpus *corpus, const char *path, guint64 size, gboolean named)
{
    FcSource *src = g_new0(FcSource, 1);
    src->path = g_strdup(path);
    src->size = size;
    src->named = named;
    g_ptr_array_add(corpus->sources, src);
}

static void
fc_walk_set_error(GError **error, const char *path, int err)
{
    g_autofree char *name = fc_walk_display_name(path);
    g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", name, g_strerror(err));
}

static void
fc_walk_warn(FcWalk *walk, const char *path, int err)
{
    g_autoptr(GError) error = NULL;
    fc_walk_set_error(&error, path, err);
    g_ptr_array_add(walk->corpus->warnings, g_strdup_printf("factcheck: %s", error->message));
    walk->corpus->failed++;
}

/* The visible entries of the folder, sorted bytewise by name; NULL with
 * *err set when it cannot be listed.  The folder is closed on return. */
static GArray *
fc_walk_list(const char *path, int *err)
{
    DIR *dir = opendir(path);
    if (dir == NULL) {
        *err = errno;
        return NULL;
    }
    GArray *entries = g_array_new(FALSE, TRUE, sizeof(FcWalkEntry));
    g_array_set_clear_func(entries, fc_walk_entry_clear);
    const struct dirent *d;
    errno = 0;
    while ((d = readdir(dir)) != NULL) {
        if (d->d_name[0] == '.') {
            errno = 0;
            continue;
        }
        FcWalkEntry entry = {g_strdup(d->d_name), 0, 0, 0, 0, 0};
        struct stat st;
        if (fstatat(dirfd(dir), d->d_name, &st, 0) != 0) {
            entry.err = errno;
        } else {
            entry.mode = st.st_mode;
            entry.size = (guint64)st.st_size;
            entry.dev = st.st_dev;
            entry.ino = st.st_ino;
        }
        g_array_append_val(entries, entry);
        errno = 0;
    }
    *err = errno;
    closedir(dir);
    if (*err != 0) {
        g_array_unref(entries);
        return NULL;
    }
    g_array_sort(entries, fc_walk_entry_compare);
    return entries;
}

/* The folder on the stack that @st is, or NULL: a link back up the tree. */
static const FcWalkFrame *
fc_walk_find_ancestor(const FcWalk *walk, dev_t dev, ino_t ino)
{
    for (guint i = 0; i < walk->stack->len; i++) {
        const FcWalkFrame *frame = g_ptr_array_index(walk->stack, i);
        if (frame->dev == dev && frame->ino == ino)
            return frame;
    }
    return NULL;
}

/* Lists the folder and pushes it on the stack.  A link back to a folder
 * being walked is reported and not followed; any other folder entered
 * before (a second link to it) is quietly read only once.  FALSE with *err
 * when the folder cannot be listed. */
static gboolean
fc_walk_enter(FcWalk *walk, const char *path, dev_t dev, ino_t ino, int *err)
{
    const FcWalkFrame *ancestor = fc_walk_find_ancestor(walk, dev, ino);
    if (ancestor != NULL) {
        g_autofree char *name = fc_walk_display_name(path);
        g_autofree char *target = fc_walk_display_name(ancestor->path);
        g_ptr_array_add(
            walk->corpus->warnings,
            g_strdup_printf("factcheck: '%s': a link back to '%s'; not followed", name, target));
        return TRUE;
    }
    char *key = g_strdup_printf("%ju:%ju", (uintmax_t)dev, (uintmax_t)ino);
    if (!g_hash_table_add(walk->visited, key))
        return TRUE;
    GArray *entries = fc_walk_list(path, err);
    if (entries == NULL)
        return FALSE;
    FcWalkFrame *frame = g_new0(FcWalkFrame, 1);
    frame->path = g_strdup(path);
    frame->entries = entries;
    frame->dev = dev;
    frame->ino = ino;
    g_ptr_array_add(walk->stack, frame);
    return TRUE;
}

static void
fc_walk_visit(FcWalk *walk, const char *path, const FcWalkEntry *entry)
{
    int err = entry->err;
    if (err != 0) {
        /* A dangling link to a picture is no loss; to an article it is,
         * and so is any entry the system refuses (a path past PATH_MAX). */
        if (fc_corpus_is_input_name(path) || (err != ENOENT && err != ELOOP))
            fc_walk_warn(walk, path, err);
        else
            walk->corpus->skipped++;
    } else if (S_ISDIR(entry->mode)) {
        if (!fc_walk_enter(walk, path, entry->dev, entry->ino, &err))
            fc_walk_warn(walk, path, err);
    } else if (!S_ISREG(entry->mode) || !fc_corpus_is_input_name(path)) {
        /* FIFOs and devices are never opened: reading one could block. */
        walk->corpus->skipped++;
    } else {
        fc_walk_add_source(walk->corpus, path, entry->size, FALSE);
    }
}

static gboolean
fc_walk_named_file(FcCorpus *corpus, const char *path, const struct stat *st, GError **error)
{
    /* Other kinds are counted, not guessed at, for named files too, so
     * that "factcheck page.png" reports one skip. */
    if (!S_ISREG(st->st_mode) || !fc_corpus_is_input_name(path)) {
        corpus->skipped++;
        return TRUE;
    }
    /* Checked now so that a named file nobody may read stops the run
     * before any work; fc_corpus_load() still handles it going away. */
    if (access(path, R_OK) != 0) {
        fc_walk_set_error(error, path, errno);
        return FALSE;
    }
    fc_walk_add_source(corpus, path, (guint64)st->st_size, TRUE);
    return TRUE;
}

gboolean
fc_walk_path(FcCorpus *corpus, const char *path, GError **error)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fc_walk_set_error(error, path, errno);
        return FALSE;
    }
    if (!S_ISDIR(st.st_mode))
        return fc_walk_named_file(corpus, path, &st, error);

    g_autoptr(GHashTable) visited = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func((GDestroyNotify)fc_walk_frame_free);
    FcWalk walk = {corpus, visited, stack};
    int err = 0;
    if (!fc_walk_enter(&walk, path, st.st_dev, st.st_ino, &err)) {
        fc_walk_set_error(error, path, err);
        return FALSE;
    }
    while (stack->len > 0) {
        FcWalkFrame *top = g_ptr_array_index(stack, stack->len - 1);
        if (top->next == top->entries->len) {
            g_ptr_array_remove_index(stack, stack->len - 1);
            continue;
        }
        const FcWalkEntry *entry = &g_array_index(top->entries, FcWalkEntry, top->next++);
        g_autofree char *child = g_build_filename(top->path, entry->name, NULL);
        fc_walk_visit(&walk, child, entry);
    }
    return TRUE;
}
