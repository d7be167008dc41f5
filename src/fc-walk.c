#include "fc-walk.h"

#include "fc-util.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A folder being walked: its names, listed and sorted when it was entered,
 * and the next one to visit. */
typedef struct {
    char *path;
    GPtrArray *names;
    guint next;
} FcWalkFrame;

static void
fc_walk_frame_free(FcWalkFrame *frame)
{
    g_free(frame->path);
    g_ptr_array_unref(frame->names);
    g_free(frame);
}

typedef struct {
    FcCorpus *corpus;
    GHashTable *visited; /* "dev:ino" of every folder entered */
    GPtrArray *stack;    /* FcWalkFrame*, the outermost folder first */
} FcWalk;

static void
fc_walk_add_source(FcCorpus *corpus, const char *path, const struct stat *st, gboolean named)
{
    FcSource *src = g_new0(FcSource, 1);
    src->path = g_strdup(path);
    src->size = (guint64)st->st_size;
    src->named = named;
    g_ptr_array_add(corpus->sources, src);
}

static void
fc_walk_set_error(GError **error, const char *path, int err)
{
    g_set_error(error, FC_CORPUS_ERROR, 0, "cannot read '%s': %s", path, g_strerror(err));
}

static void
fc_walk_warn(FcWalk *walk, const char *path, int err)
{
    g_autoptr(GError) error = NULL;
    fc_walk_set_error(&error, path, err);
    g_ptr_array_add(walk->corpus->warnings, g_strdup_printf("factcheck: %s", error->message));
    walk->corpus->failed++;
}

/* The visible names in the folder, sorted bytewise; NULL with *err set
 * when it cannot be listed.  The folder is closed on return. */
static GPtrArray *
fc_walk_list(const char *path, int *err)
{
    DIR *dir = opendir(path);
    if (dir == NULL) {
        *err = errno;
        return NULL;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const struct dirent *entry;
    errno = 0;
    while ((entry = readdir(dir)) != NULL) {
        if (entry->d_name[0] != '.')
            g_ptr_array_add(names, g_strdup(entry->d_name));
        errno = 0;
    }
    *err = errno;
    closedir(dir);
    if (*err != 0) {
        g_ptr_array_unref(names);
        return NULL;
    }
    g_ptr_array_sort(names, fc_strptr_compare);
    return names;
}

/* Lists the folder and pushes it on the stack; a folder entered before is
 * quietly not entered again.  FALSE with *err when it cannot be listed. */
static gboolean
fc_walk_enter(FcWalk *walk, const char *path, const struct stat *st, int *err)
{
    char *key = g_strdup_printf("%ju:%ju", (uintmax_t)st->st_dev, (uintmax_t)st->st_ino);
    if (!g_hash_table_add(walk->visited, key))
        return TRUE;
    GPtrArray *names = fc_walk_list(path, err);
    if (names == NULL)
        return FALSE;
    FcWalkFrame *frame = g_new0(FcWalkFrame, 1);
    frame->path = g_strdup(path);
    frame->names = names;
    g_ptr_array_add(walk->stack, frame);
    return TRUE;
}

static void
fc_walk_visit(FcWalk *walk, const char *path)
{
    struct stat st;
    int err = 0;
    if (stat(path, &st) != 0) {
        err = errno;
        /* A dangling link to a picture is no loss; to an article it is. */
        if (fc_corpus_is_input_name(path))
            fc_walk_warn(walk, path, err);
        else
            walk->corpus->skipped++;
    } else if (S_ISDIR(st.st_mode)) {
        if (!fc_walk_enter(walk, path, &st, &err))
            fc_walk_warn(walk, path, err);
    } else if (!S_ISREG(st.st_mode) || !fc_corpus_is_input_name(path)) {
        /* FIFOs and devices are never opened: reading one could block. */
        walk->corpus->skipped++;
    } else {
        fc_walk_add_source(walk->corpus, path, &st, FALSE);
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
    fc_walk_add_source(corpus, path, st, TRUE);
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
    if (!fc_walk_enter(&walk, path, &st, &err)) {
        fc_walk_set_error(error, path, err);
        return FALSE;
    }
    while (stack->len > 0) {
        FcWalkFrame *top = g_ptr_array_index(stack, stack->len - 1);
        if (top->next == top->names->len) {
            g_ptr_array_remove_index(stack, stack->len - 1);
            continue;
        }
        const char *name = g_ptr_array_index(top->names, top->next++);
        g_autofree char *child = g_build_filename(top->path, name, NULL);
        fc_walk_visit(&walk, child);
    }
    return TRUE;
}
