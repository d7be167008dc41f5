/* GitHub-flavoured Markdown for reviewers: a header, findings grouped by
 * entity with their evidence in a table (one row per claim, so that the
 * figures line up for comparison), a fact sheet and a money timeline per
 * entity, and the document index.
 *
 * Only two kinds of raw HTML are written, both with names made of
 * [a-z0-9-]: empty <a id="…"></a> anchors, which GitHub, GitLab and most
 * viewers keep, so that links survive edits that renumber headings.  All
 * other text, ours and the corpus's, goes through fc_escape_md().
 *
 * The timeline is a table, not a picture: GitHub and most viewers strip
 * inline SVG and data: images from Markdown, and a table sorted by time
 * reads everywhere, diffs line by line and keeps every figure's source.
 */
#include "fc-escape.h"
#include "fc-report-view.h"
#include "fc-report.h"

#include <string.h>

typedef struct {
    GString *out;
    const FcReport *report;
    const FcReportView *view;
} FcMd;

static void
fc_md_text(FcMd *md, const char *s)
{
    fc_escape_md_append(md->out, s != NULL ? s : "", -1);
}

/* Text, or a dash for an empty table cell. */
static void
fc_md_cell(FcMd *md, const char *s)
{
    if (s == NULL || *s == '\0')
        g_string_append(md->out, "—");
    else
        fc_md_text(md, s);
}

static void
fc_md_anchor(FcMd *md, const char *id)
{
    g_string_append_printf(md->out, "<a id=\"%s\"></a>", id);
}

static const char *
fc_md_plural(guint n)
{
    return n == 1 ? "" : "s";
}

static const FcDocument *
fc_md_document(const FcMd *md, const FcClaim *c)
{
    const GPtrArray *docs = md->report->corpus->documents;
    return c->doc_index < docs->len ? g_ptr_array_index(docs, c->doc_index) : NULL;
}

/* The document's title, else its file name. */
static const char *
fc_md_title(const FcDocument *d)
{
    if (d->title != NULL && *d->title != '\0')
        return d->title;
    const char *slash = strrchr(d->path, '/');
    return slash != NULL ? slash + 1 : d->path;
}

/* ---- header ------------------------------------------------------------- */

static void
fc_md_list(FcMd *md, const char *label, const char *const *items, guint n)
{
    g_string_append_printf(md->out, "- **%s:** ", label);
    if (n == 0)
        g_string_append(md->out, "—");
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append(md->out, ", ");
        fc_md_text(md, items[i]);
    }
    g_string_append_c(md->out, '\n');
}

static void
fc_md_header(FcMd *md)
{
    const FcReport *r = md->report;
    g_string_append(md->out, "# Fact-check report\n\n");
    const char *const *paths = r->paths;
    fc_md_list(md, "Corpus", paths, paths != NULL ? g_strv_length((char **)paths) : 0);
    const GPtrArray *dirs = r->rules != NULL ? r->rules->dirs : NULL;
    fc_md_list(md, "Rules", dirs != NULL ? (const char *const *)dirs->pdata : NULL,
               dirs != NULL ? dirs->len : 0);
    guint docs = r->corpus->documents->len, n[3];
    fc_report_count(r, n);
    g_string_append_printf(md->out, "- **Documents:** %u", docs);
    if (r->corpus->skipped > 0)
        g_string_append_printf(md->out, " (%u file%s of other kinds skipped)", r->corpus->skipped,
                               fc_md_plural(r->corpus->skipped));
    g_string_append_printf(md->out, " · **Claims:** %u\n", r->claims->len);
    g_string_append_printf(md->out, "- **Findings:** %u error%s · %u warning%s · %u info\n\n",
                           n[FC_SEVERITY_ERROR], fc_md_plural(n[FC_SEVERITY_ERROR]),
                           n[FC_SEVERITY_WARNING], fc_md_plural(n[FC_SEVERITY_WARNING]),
                           n[FC_SEVERITY_INFO]);
    g_string_append(md->out, "Contents: [Findings](#findings) · [Entities](#entities) · "
                             "[Documents](#documents)\n\n");
}

/* ---- findings ----------------------------------------------------------- */

/* CommonMark punctuation, as its emphasis rules count it. */
static gboolean
fc_md_is_punct(gunichar c)
{
    if (c < 0x80)
        return g_ascii_ispunct((char)c);
    switch (g_unichar_type(c)) {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CURRENCY_SYMBOL:
    case G_UNICODE_MODIFIER_SYMBOL:
    case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_OTHER_SYMBOL:
        return TRUE;
    default:
        return FALSE;
    }
}

/* Whether "**" can open (before @next, after @prev) or close (after @prev,
 * before @next) emphasis: CommonMark's flanking rules, with 0 for the
 * start or end of the text.  A figure glued to a word ("US$5bn") cannot be
 * bolded, and is then left plain rather than shown with stray asterisks. */
static gboolean
fc_md_flanks(gunichar prev, gunichar next, gboolean opening)
{
    gunichar inner = opening ? next : prev, outer = opening ? prev : next;
    if (inner == 0 || g_unichar_isspace(inner))
        return FALSE;
    return !fc_md_is_punct(inner) || outer == 0 || g_unichar_isspace(outer) ||
           fc_md_is_punct(outer);
}

static gunichar
fc_md_last_char(const GString *s, gsize from)
{
    if (s->len <= from)
        return 0;
    const char *p = g_utf8_find_prev_char(s->str + from, s->str + s->len);
    return p != NULL ? g_utf8_get_char(p) : 0;
}

static gunichar
fc_md_first_char(const char *s)
{
    return *s != '\0' ? g_utf8_get_char(s) : 0;
}

/* The quote with its value in bold, where Markdown allows it. */
static void
fc_md_quote(FcMd *md, const FcClaim *c)
{
    gsize s, e;
    if (!fc_report_find_value(c->quote, c->value_text, 0, &s, &e)) {
        g_string_append(md->out, "“");
        fc_md_text(md, c->quote);
        g_string_append(md->out, "”");
        return;
    }
    g_autoptr(GString) pre = g_string_new(NULL), val = g_string_new(NULL),
                       post = g_string_new(NULL);
    fc_escape_md_append(pre, c->quote, (gssize)s);
    fc_escape_md_append(val, c->quote + s, (gssize)(e - s));
    fc_escape_md_append(post, c->quote + e, -1);
    gunichar before = fc_md_last_char(pre, 0), first = fc_md_first_char(val->str);
    gunichar last = fc_md_last_char(val, 0), after = fc_md_first_char(post->str);
    gboolean bold = fc_md_flanks(before, first, TRUE) && fc_md_flanks(last, after, FALSE);
    const char *mark = bold ? "**" : "";
    g_string_append_printf(md->out, "“%s%s%s%s%s”", pre->str, mark, val->str, mark, post->str);
}

static void
fc_md_claim_label(FcMd *md, const FcClaim *c)
{
    fc_md_text(md, c->entity);
    g_string_append(md->out, " · ");
    fc_md_text(md, c->attribute);
    if (c->counterpart != NULL) {
        g_string_append(md->out, " (");
        fc_md_text(md, c->counterpart);
        g_string_append_c(md->out, ')');
    }
}

static void
fc_md_status(FcMd *md, const FcClaim *c)
{
    g_autofree char *qualifiers = fc_report_claim_qualifiers(c);
    g_string_append(md->out, fc_status_name(c->status));
    if (qualifiers != NULL) {
        g_string_append(md->out, " · ");
        fc_md_text(md, qualifiers);
    }
}

static void
fc_md_document_link(FcMd *md, const FcDocument *d, guint index)
{
    g_string_append_c(md->out, '[');
    fc_md_text(md, fc_md_title(d));
    g_string_append_printf(md->out, "](#%s)",
                           (const char *)g_ptr_array_index(md->view->doc_anchors, index));
}

static void
fc_md_evidence_row(FcMd *md, const FcClaim *c)
{
    g_autofree char *label = fc_claim_value_label(c);
    g_autofree char *interval = fc_report_value_interval(c);
    g_autofree char *when = fc_report_claim_time(c);
    const FcDocument *d = fc_md_document(md, c);
    g_string_append(md->out, "| ");
    fc_md_claim_label(md, c);
    g_string_append(md->out, " | **");
    fc_md_text(md, label);
    g_string_append(md->out, "**");
    /* A name is its own normal form; a figure shows its interval. */
    if (strcmp(label, interval) != 0) {
        g_string_append(md->out, " · ");
        fc_md_text(md, interval);
    }
    g_string_append(md->out, " | ");
    fc_md_quote(md, c);
    g_string_append_printf(md->out, " | %s | ", when);
    fc_md_status(md, c);
    g_string_append(md->out, " | ");
    if (d != NULL) {
        fc_md_document_link(md, d, c->doc_index);
        g_string_append(md->out, " · ");
        fc_md_cell(md, d->date_text);
        g_string_append(md->out, " · ");
        fc_md_cell(md, d->source);
    }
    g_string_append(md->out, " | ");
    fc_md_text(md, c->document);
    g_string_append_printf(md->out, ":%u |\n", c->line);
}

static void
fc_md_finding(FcMd *md, const FcFinding *f)
{
    g_autofree char *anchor = fc_report_view_finding_anchor(f);
    guint number = fc_report_view_number(md->view, f);
    fc_md_anchor(md, anchor);
    g_string_append_printf(md->out, "\n#### F%u · %s · ", number,
                           fc_severity_name(f->rule->severity));
    fc_md_text(md, f->rule->title);
    g_string_append(md->out, "\n\n");
    fc_md_text(md, f->message);
    g_string_append(md->out, "\n\nRule ");
    fc_md_text(md, f->rule->id);
    g_string_append(md->out, " (");
    fc_md_text(md, f->rule->kind);
    g_string_append(md->out, "). **Why it matters:** ");
    fc_md_text(md, f->rule->explanation);
    g_string_append(md->out, "\n\n| Claim | Value | Quote | Time | Status | Document | Where |\n"
                             "|---|---|---|---|---|---|---|\n");
    for (guint i = 0; i < f->claims->len; i++)
        fc_md_evidence_row(md, g_ptr_array_index(f->claims, i));
    g_string_append_c(md->out, '\n');
}

static void
fc_md_findings(FcMd *md)
{
    const FcReportView *view = md->view;
    fc_md_anchor(md, "findings");
    g_string_append_printf(md->out, "\n## Findings\n\n");
    if (view->groups->len == 0)
        g_string_append(md->out, "No findings.\n\n");
    for (guint i = 0; i < view->groups->len; i++) {
        const FcViewGroup *g = g_ptr_array_index(view->groups, i);
        const FcViewEntity *e = fc_report_view_entity(view, g->entity);
        g_string_append(md->out, "### ");
        fc_md_text(md, g->entity);
        if (e != NULL)
            g_string_append_printf(md->out, " ([fact sheet](#%s))", e->anchor);
        g_string_append(md->out, "\n\n");
        for (guint j = 0; j < g->findings->len; j++)
            fc_md_finding(md, g_ptr_array_index(g->findings, j));
    }
}

/* ---- entities ----------------------------------------------------------- */

static void
fc_md_source(FcMd *md, const FcClaim *c)
{
    g_string_append_c(md->out, '[');
    fc_md_text(md, c->document);
    g_string_append_printf(md->out, ":%u](#%s)", c->line,
                           (const char *)g_ptr_array_index(md->view->doc_anchors, c->doc_index));
}

static void
fc_md_finding_refs(FcMd *md, const GPtrArray *findings)
{
    if (findings->len == 0) {
        g_string_append(md->out, "—");
        return;
    }
    g_string_append(md->out, "⚠ disagrees:");
    for (guint i = 0; i < findings->len; i++) {
        const FcFinding *f = g_ptr_array_index(findings, i);
        g_autofree char *anchor = fc_report_view_finding_anchor(f);
        g_string_append_printf(md->out, "%s [F%u](#%s) %s", i > 0 ? "," : "",
                               fc_report_view_number(md->view, f), anchor,
                               fc_severity_name(f->rule->severity));
    }
}

static void
fc_md_fact_row(FcMd *md, const FcViewFact *fact, gboolean first_of_attribute)
{
    g_autofree char *times = fc_report_view_times(fact->claims);
    g_autofree char *statuses = fc_report_view_statuses(fact->claims);
    g_string_append(md->out, "| ");
    if (first_of_attribute)
        fc_md_text(md, fact->attribute);
    g_string_append(md->out, " | ");
    fc_md_text(md, fact->label);
    g_string_append(md->out, " | ");
    fc_md_cell(md, fact->counterpart);
    g_string_append_printf(md->out, " | %s | %s | ", times, statuses);
    for (guint i = 0; i < fact->claims->len; i++) {
        if (i > 0)
            g_string_append(md->out, ", ");
        fc_md_source(md, g_ptr_array_index(fact->claims, i));
    }
    g_string_append(md->out, " | ");
    fc_md_finding_refs(md, fact->findings);
    g_string_append(md->out, " |\n");
}

static void
fc_md_facts(FcMd *md, const FcViewEntity *e)
{
    g_string_append(md->out,
                    "| Attribute | Value | Counterpart | Time | Status | Sources | Check |\n"
                    "|---|---|---|---|---|---|---|\n");
    const char *attribute = NULL;
    for (guint i = 0; i < e->facts->len; i++) {
        const FcViewFact *fact = g_ptr_array_index(e->facts, i);
        fc_md_fact_row(md, fact, fact->attribute != attribute);
        attribute = fact->attribute;
    }
    g_string_append_c(md->out, '\n');
}

static void
fc_md_money_row(FcMd *md, const FcClaim *c)
{
    g_autofree char *when = fc_report_claim_time(c);
    g_autofree char *label = fc_claim_value_label(c);
    const FcFinding *flag = fc_report_view_flag(md->view, c);
    g_string_append_printf(md->out, "| %s | ", when);
    fc_md_text(md, c->attribute);
    if (c->counterpart != NULL) {
        g_string_append(md->out, " (");
        fc_md_text(md, c->counterpart);
        g_string_append_c(md->out, ')');
    }
    g_string_append(md->out, " | ");
    fc_md_text(md, label);
    g_string_append(md->out, " | ");
    fc_md_status(md, c);
    g_string_append(md->out, " | ");
    fc_md_source(md, c);
    g_string_append(md->out, " | ");
    g_autoptr(GPtrArray) flags = g_ptr_array_new();
    if (flag != NULL)
        g_ptr_array_add(flags, (gpointer)flag);
    fc_md_finding_refs(md, flags);
    g_string_append(md->out, " |\n");
}

static void
fc_md_money(FcMd *md, const FcViewEntity *e)
{
    if (e->money->len == 0)
        return;
    g_string_append(md->out, "Money over time, oldest first");
    if (e->undated_money > 0)
        g_string_append_printf(md->out, " (%u undated figure%s not shown)", e->undated_money,
                               fc_md_plural(e->undated_money));
    g_string_append(md->out, ":\n\n| Time | Attribute | Value | Status | Source | Check |\n"
                             "|---|---|---|---|---|---|\n");
    for (guint i = 0; i < e->money->len; i++)
        fc_md_money_row(md, g_ptr_array_index(e->money, i));
    g_string_append_c(md->out, '\n');
}

static void
fc_md_entities(FcMd *md)
{
    fc_md_anchor(md, "entities");
    g_string_append(md->out, "\n## Entities\n\n");
    if (md->view->entities->len == 0)
        g_string_append(md->out, "No claims.\n\n");
    for (guint i = 0; i < md->view->entities->len; i++) {
        const FcViewEntity *e = g_ptr_array_index(md->view->entities, i);
        fc_md_anchor(md, e->anchor);
        g_string_append(md->out, "\n### ");
        fc_md_text(md, e->entity);
        g_string_append(md->out, "\n\n");
        fc_md_facts(md, e);
        fc_md_money(md, e);
    }
}

/* ---- documents ---------------------------------------------------------- */

static void
fc_md_documents(FcMd *md)
{
    const GPtrArray *docs = md->report->corpus->documents;
    fc_md_anchor(md, "documents");
    g_string_append(md->out, "\n## Documents\n\n");
    if (docs->len == 0) {
        g_string_append(md->out, "No documents.\n");
        return;
    }
    g_string_append(md->out, "| Document | Date | Source | Path | Claims | Findings |\n"
                             "|---|---|---|---|---|---|\n");
    for (guint i = 0; i < docs->len; i++) {
        const FcDocument *d = g_ptr_array_index(docs, i);
        g_string_append(md->out, "| ");
        fc_md_anchor(md, g_ptr_array_index(md->view->doc_anchors, i));
        fc_md_text(md, fc_md_title(d));
        g_string_append(md->out, " | ");
        fc_md_cell(md, d->date_text);
        g_string_append(md->out, " | ");
        fc_md_cell(md, d->source);
        g_string_append(md->out, " | ");
        fc_md_text(md, d->path);
        g_string_append_printf(md->out, " | %u | %u |\n",
                               g_array_index(md->view->doc_claims, guint, i),
                               g_array_index(md->view->doc_findings, guint, i));
    }
}

char *
fc_report_md(const FcReport *report)
{
    g_autoptr(FcReportView) view = fc_report_view_new(report);
    FcMd md = {g_string_new(NULL), report, view};
    fc_md_header(&md);
    fc_md_findings(&md);
    fc_md_entities(&md);
    fc_md_documents(&md);
    return g_string_free(md.out, FALSE);
}
