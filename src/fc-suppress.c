#include "fc-suppress.h"

#include <string.h>

/* Lines [first, last] of one document where @rule (NULL: all) is off. */
typedef struct {
    const char *path;
    const char *rule;
    guint first, last;
    guint line; /* the comment's line, for notices */
    const char *form;
    gboolean used;
} FcRegion;

void
fc_suppressed_free(FcSuppressed *s)
{
    if (s == NULL)
        return;
    g_free(s->where);
    g_free(s);
}

void
fc_notice_free(FcNotice *n)
{
    if (n == NULL)
        return;
    g_free(n->message);
    g_free(n);
}

static void G_GNUC_PRINTF(5, 6) fc_suppress_notice(GPtrArray *notices, const char *path, guint line,
                                                   const char *rule, const char *format, ...)
{
    FcNotice *n = g_new0(FcNotice, 1);
    va_list ap;
    va_start(ap, format);
    n->message = g_strdup_vprintf(format, ap);
    va_end(ap);
    n->path = path;
    n->line = line;
    n->rule = rule;
    g_ptr_array_add(notices, n);
}

static int
fc_suppress_compare_notices(gconstpointer a, gconstpointer b)
{
    const FcNotice *x = *(const FcNotice *const *)a, *y = *(const FcNotice *const *)b;
    int c = strcmp(x->path, y->path);
    if (c != 0)
        return c;
    return x->line < y->line ? -1 : x->line > y->line;
}

static gboolean
fc_suppress_rule_known(const FcRuleSet *rules, const char *id)
{
    for (guint i = 0; i < rules->checks->len; i++) {
        const FcCheckRule *r = g_ptr_array_index(rules->checks, i);
        if (strcmp(r->id, id) == 0)
            return TRUE;
    }
    return FALSE;
}

static FcRegion *
fc_suppress_region(GArray *regions, const char *path, const FcDirective *d, const char *form)
{
    FcRegion r = {path, d->rule, d->line, G_MAXUINT, d->line, form, FALSE};
    if (d->kind == FC_DIRECTIVE_DISABLE_NEXT_LINE)
        r.first = r.last = d->end_line + 1;
    g_array_append_val(regions, r);
    return &g_array_index(regions, FcRegion, regions->len - 1);
}

/* Closes the open "disable" regions an "enable" names (all of them when it
 * names no rule).  FALSE when it closed none. */
static gboolean
fc_suppress_close(GArray *regions, guint from, const FcDirective *d)
{
    gboolean closed = FALSE;
    for (guint i = from; i < regions->len; i++) {
        FcRegion *r = &g_array_index(regions, FcRegion, i);
        if (r->last != G_MAXUINT) /* next-line regions are closed already */
            continue;
        if (d->rule == NULL || g_strcmp0(r->rule, d->rule) == 0) {
            r->last = d->line;
            closed = TRUE;
        }
    }
    return closed;
}

static void
fc_suppress_read_directive(GArray *regions, guint from, const FcDocument *doc, const FcDirective *d,
                           const FcRuleSet *rules, GPtrArray *notices)
{
    const char *path = doc->path;
    if (d->kind == FC_DIRECTIVE_UNKNOWN) {
        fc_suppress_notice(notices, path, d->line, FC_NOTICE_BAD,
                           "unknown directive '%s' (factcheck-disable-next-line, "
                           "factcheck-disable or factcheck-enable)",
                           d->rule);
        return;
    }
    if (d->rule != NULL && !fc_suppress_rule_known(rules, d->rule)) {
        fc_suppress_notice(notices, path, d->line, FC_NOTICE_BAD,
                           "unknown rule '%s' in a suppression", d->rule);
        return;
    }
    if (d->kind == FC_DIRECTIVE_ENABLE) {
        if (!fc_suppress_close(regions, from, d))
            fc_suppress_notice(notices, path, d->line, FC_NOTICE_BAD,
                               "factcheck-enable %s without a factcheck-disable before it",
                               d->rule ? d->rule : "");
        return;
    }
    fc_suppress_region(regions, path, d,
                       d->kind == FC_DIRECTIVE_DISABLE ? "factcheck-disable"
                                                       : "factcheck-disable-next-line");
}

/* Every region of the corpus; documents are few against claims, so a flat
 * array searched per claim by path pointer is enough. */
static GArray *
fc_suppress_regions(const FcCorpus *corpus, const FcRuleSet *rules, GPtrArray *notices)
{
    GArray *regions = g_array_new(FALSE, FALSE, sizeof(FcRegion));
    for (guint i = 0; i < corpus->documents->len; i++) {
        const FcDocument *doc = g_ptr_array_index(corpus->documents, i);
        guint from = regions->len;
        for (guint j = 0; doc->directives != NULL && j < doc->directives->len; j++)
            fc_suppress_read_directive(regions, from, doc, g_ptr_array_index(doc->directives, j),
                                       rules, notices);
    }
    return regions;
}

static FcRegion *
fc_suppress_match(GArray *regions, const FcFinding *f)
{
    for (guint i = 0; i < f->claims->len; i++) {
        const FcClaim *c = g_ptr_array_index(f->claims, i);
        for (guint j = 0; j < regions->len; j++) {
            FcRegion *r = &g_array_index(regions, FcRegion, j);
            /* Claim paths are interned, document paths are not. */
            if (c->line >= r->first && c->line <= r->last &&
                (r->rule == NULL || strcmp(r->rule, f->rule->id) == 0) &&
                strcmp(r->path, c->document) == 0)
                return r;
        }
    }
    return NULL;
}

GPtrArray *
fc_suppress_apply(const FcCorpus *corpus, const FcRuleSet *rules, const GPtrArray *findings,
                  GPtrArray *suppressed, GPtrArray *notices)
{
    g_autoptr(GArray) regions = fc_suppress_regions(corpus, rules, notices);
    GPtrArray *kept = g_ptr_array_new();
    for (guint i = 0; i < findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(findings, i);
        FcRegion *r = fc_suppress_match(regions, f);
        if (r == NULL) {
            g_ptr_array_add(kept, (gpointer)f);
            continue;
        }
        r->used = TRUE;
        FcSuppressed *s = g_new0(FcSuppressed, 1);
        s->finding = f;
        s->in_source = TRUE;
        s->where = g_strdup_printf("%s:%u", r->path, r->line);
        g_ptr_array_add(suppressed, s);
    }
    for (guint j = 0; j < regions->len; j++) {
        const FcRegion *r = &g_array_index(regions, FcRegion, j);
        if (!r->used)
            fc_suppress_notice(notices, r->path, r->line, FC_NOTICE_UNUSED,
                               "%s %s matches no finding; remove it", r->form,
                               r->rule ? r->rule : "(all rules)");
    }
    g_ptr_array_sort(notices, fc_suppress_compare_notices);
    return kept;
}
