/* One self-contained HTML page for reviewers: header, findings by entity
 * with their evidence side by side, a fact sheet and a money timeline per
 * entity, the document index, and every document as annotated text that
 * evidence links jump into.
 *
 * Safety: every string from the corpus, the rules or the command line goes
 * through fc_escape_html(); the only markup is ours.  The page loads
 * nothing: its Content-Security-Policy allows no source at all except the
 * one <style> and the one <script> below, named by their SHA-256 hashes
 * (computed here, so they always match), so even an injection that slipped
 * through could neither run nor fetch.  The script only adds filtering by
 * severity and entity; without it the page shows everything.
 */
#include "fc-escape.h"
#include "fc-report-annotate.h"
#include "fc-report-svg.h"
#include "fc-report-view.h"
#include "fc-report.h"
#include "fc-segment.h"

#include <string.h>

static const char fc_html_style[] =
    "\n"
    ":root{--ink:#1d2433;--muted:#5b6474;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;"
    "--error:#b42318;--error-bg:#fef3f2;--warning:#b54708;--warning-bg:#fffaeb;"
    "--info:#175cd3;--info-bg:#eff8ff;--mark:#fff3b0;--accent:#2b59c3}\n"
    "*{box-sizing:border-box}\n"
    "html{-webkit-text-size-adjust:100%}\n"
    "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;overflow-wrap:anywhere}\n"
    "a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}\n"
    "header.top{background:var(--ink);color:#fff;padding:1.25rem 0 1rem}\n"
    "header.top a{color:#cfe0ff}\n"
    ".wrap{max-width:78rem;margin:0 auto;padding:0 1.5rem}\n"
    "h1{margin:0 0 .5rem;font-size:1.6rem;font-weight:650}\n"
    "h2{font-size:1.3rem;margin:2.25rem 0 .75rem;padding-bottom:.35rem;"
    "border-bottom:2px solid var(--line)}\n"
    "h3{font-size:1.1rem;margin:1.5rem 0 .6rem}\n"
    "h4{font-size:1rem;margin:0;display:inline}\n"
    "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0 0 .75rem;"
    "font-size:.9rem}\n"
    "dl.meta dt{color:#aab4c5}dl.meta dd{margin:0}\n"
    ".counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.25rem 0 .75rem}\n"
    ".pill{display:inline-block;border-radius:999px;padding:.1rem .6rem;font-size:.8rem;"
    "font-weight:600;border:1px solid transparent;white-space:nowrap}\n"
    ".pill.error{background:var(--error-bg);color:var(--error);border-color:#fecdca}\n"
    ".pill.warning{background:var(--warning-bg);color:var(--warning);border-color:#fedf89}\n"
    ".pill.info{background:var(--info-bg);color:var(--info);border-color:#b2ddff}\n"
    "nav.toc{display:flex;flex-wrap:wrap;gap:1.25rem;font-size:.9rem}\n"
    ".filter{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-top:.75rem;"
    "font-size:.9rem}\n"
    ".filter[hidden]{display:none}\n"
    ".filter select{font:inherit;max-width:20rem}\n"
    "main{padding-bottom:3rem}\n"
    ".empty{color:var(--muted);font-style:italic}\n"
    ".group>h3 a{font-size:.85rem;font-weight:400;margin-left:.5rem}\n"
    "article.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid "
    "var(--muted);border-radius:8px;padding:1rem 1.1rem;margin:0 0 1rem;"
    "box-shadow:0 1px 2px rgba(16,24,40,.05)}\n"
    "article.finding.error{border-left-color:var(--error)}\n"
    "article.finding.warning{border-left-color:var(--warning)}\n"
    "article.finding.info{border-left-color:var(--info)}\n"
    "article.finding:target{outline:3px solid var(--accent)}\n"
    ".finding>header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}\n"
    ".num{font-weight:700;color:var(--muted)}\n"
    ".rule{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}\n"
    ".message{font-size:1.05rem;margin:.5rem 0}\n"
    ".why{color:var(--muted);margin:.25rem 0 .75rem;font-size:.92rem}\n"
    ".evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.75rem}\n"
    ".claim{border:1px solid var(--line);border-radius:6px;padding:.7rem .8rem;background:#fbfcfd;"
    "min-width:0}\n"
    ".claim .doc{font-weight:600}\n"
    ".sub{color:var(--muted);font-size:.85rem}\n"
    "blockquote{margin:.5rem 0;padding:.1rem 0 .1rem .7rem;border-left:3px solid var(--line);"
    "font-family:Georgia,'Times New Roman',serif;font-size:.98rem;overflow:hidden}\n"
    "mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 .1em}\n"
    "mark.flag-error{background:#fdd8d3;box-shadow:inset 0 -2px 0 var(--error)}\n"
    "mark.flag-warning{background:#fdeccb;box-shadow:inset 0 -2px 0 var(--warning)}\n"
    "mark.flag-info{background:#d8ecff;box-shadow:inset 0 -2px 0 var(--info)}\n"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.05rem .75rem;margin:.4rem 0 "
    "0;"
    "font-size:.86rem}\n"
    "dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}\n"
    "table{border-collapse:collapse;width:100%;background:var(--card);font-size:.88rem;"
    "border:1px solid var(--line)}\n"
    "th,td{text-align:left;vertical-align:top;padding:.35rem .55rem;border-bottom:1px solid "
    "var(--line)}\n"
    "th{background:#eef1f5;font-weight:600;white-space:nowrap}\n"
    "td{overflow-wrap:normal;word-break:normal;min-width:3.5rem}\n"
    "td.sources{overflow-wrap:anywhere;min-width:12rem}\n"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "td.t,td strong{white-space:nowrap}\n"
    "tr.flagged td{background:var(--error-bg)}\n"
    ".flag{color:var(--error);font-weight:600;white-space:nowrap}\n"
    ".sources a{white-space:nowrap}\n"
    "figure{margin:1rem 0;background:var(--card);border:1px solid var(--line);border-radius:8px;"
    "padding:.5rem}\n"
    "figcaption{font-size:.85rem;color:var(--muted);margin:.25rem .25rem .5rem}\n"
    "svg.timeline{width:100%;height:auto;display:block;font:12px system-ui,sans-serif}\n"
    "svg .plot{fill:#fbfcfd;stroke:var(--line)}\n"
    "svg .grid{stroke:#e6e9ef;stroke-width:1}\n"
    "svg .tick{fill:var(--muted);font-size:11px}\n"
    "svg .key text{fill:var(--ink);font-size:12px}\n"
    "svg .mark path,svg .key path{fill:var(--accent);stroke:#fff;stroke-width:1.5}\n"
    "svg .mark.conflict path,svg .key.conflict path{fill:var(--error)}\n"
    "svg .mark line{stroke:var(--accent);stroke-width:2;opacity:.45}\n"
    "svg .mark.conflict line{stroke:var(--error)}\n"
    "svg .mark line.open{stroke-dasharray:3 3}\n"
    "svg .num{fill:var(--ink);font-size:11px;font-weight:700}\n"
    "svg .num.conflict{fill:var(--error)}\n"
    "svg a:hover path{stroke:var(--ink)}\n"
    "article.doc{background:var(--card);border:1px solid var(--line);border-radius:8px;"
    "padding:1rem 1.25rem;margin:0 0 1.25rem}\n"
    "article.doc:target{outline:3px solid var(--accent)}\n"
    "article.doc h3{margin-top:0}\n"
    ".text{font-family:Georgia,'Times New Roman',serif;font-size:1rem;line-height:1.65;"
    "max-width:46rem;overflow:hidden}\n"
    ".text .s:target{background:#e3ecff;outline:2px solid var(--accent);border-radius:2px}\n"
    ".s,mark,td,dd,blockquote{unicode-bidi:isolate}\n"
    "@media (max-width:40rem){.wrap{padding:0 .8rem}dl.meta{grid-template-columns:1fr}}\n"
    "@media print{body{background:#fff;font-size:10pt}header.top{background:#fff;color:#000;"
    "border-bottom:2px solid #000}header.top a,a{color:#000}dl.meta dt{color:#444}"
    "nav.toc,.filter{display:none}article.finding,.claim,figure,tr{break-inside:avoid}"
    "article.finding,article.doc,figure{box-shadow:none}#texts{break-before:page}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

/* Filtering by severity and entity.  The controls are in the page but
 * hidden, so that a page without script never shows dead buttons. */
static const char fc_html_script[] =
    "\n"
    "(function(){var f=document.getElementById('filter');if(!f)return;f.hidden=false;\n"
    "function apply(){var on={},e=f.querySelector('select').value;\n"
    "f.querySelectorAll('input').forEach(function(i){on[i.value]=i.checked;});\n"
    "document.querySelectorAll('article.finding').forEach(function(a){\n"
    "a.hidden=!(on[a.dataset.severity]&&(!e||a.dataset.entity===e));});\n"
    "document.querySelectorAll('section.group').forEach(function(g){\n"
    "g.hidden=!g.querySelector('article.finding:not([hidden])');});}\n"
    "f.addEventListener('change',apply);})();\n";

typedef struct {
    GString *out;
    const FcReport *report;
    const FcReportView *view;
    GPtrArray *sentences; /* GArray* of FcSpan per document (NULL: no text), lazily */
} FcHtml;

static void
fc_html_text(FcHtml *h, const char *s)
{
    fc_escape_html_append(h->out, s != NULL ? s : "", -1);
}

static const char *
fc_html_plural(guint n)
{
    return n == 1 ? "" : "s";
}

/* 'sha256-…' of @text, for the Content-Security-Policy. */
static char *
fc_html_hash(const char *text)
{
    g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)text, (gssize)strlen(text));
    guint8 digest[32];
    gsize len = sizeof digest;
    g_checksum_get_digest(sum, digest, &len);
    g_autofree char *b64 = g_base64_encode(digest, len);
    return g_strdup_printf("'sha256-%s'", b64);
}

static const FcDocument *
fc_html_document(const FcHtml *h, guint index)
{
    const GPtrArray *docs = h->report->corpus->documents;
    return index < docs->len ? g_ptr_array_index(docs, index) : NULL;
}

static const char *
fc_html_doc_anchor(const FcHtml *h, guint index)
{
    return g_ptr_array_index(h->view->doc_anchors, index);
}

/* The document's title, else its file name. */
static const char *
fc_html_title(const FcDocument *d)
{
    if (d->title != NULL && *d->title != '\0')
        return d->title;
    const char *slash = strrchr(d->path, '/');
    return slash != NULL ? slash + 1 : d->path;
}

/* The sentences of a document whose text was kept, segmented once. */
static const GArray *
fc_html_sentences(FcHtml *h, guint index)
{
    const FcDocument *d = fc_html_document(h, index);
    if (d == NULL || d->text == NULL)
        return NULL;
    GArray *s = g_ptr_array_index(h->sentences, index);
    if (s == NULL) {
        s = fc_segment_sentences(d);
        g_ptr_array_index(h->sentences, index) = s;
    }
    return s;
}

/* ---- head and header ---------------------------------------------------- */

static void
fc_html_head(FcHtml *h)
{
    g_autofree char *style = fc_html_hash(fc_html_style);
    g_autofree char *script = fc_html_hash(fc_html_script);
    g_string_append_printf(
        h->out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src %s; script-src %s; img-src 'none'; base-uri 'none'; form-action 'none'\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"factcheck\">\n"
        "<title>Fact-check report</title>\n<style>%s</style>\n</head>\n<body>\n",
        style, script, fc_html_style);
}

static void
fc_html_meta_list(FcHtml *h, const char *label, const char *const *items, guint n)
{
    g_string_append_printf(h->out, "<dt>%s</dt><dd>", label);
    if (n == 0)
        g_string_append(h->out, "—");
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append(h->out, ", ");
        fc_html_text(h, items[i]);
    }
    g_string_append(h->out, "</dd>\n");
}

static void
fc_html_counts(FcHtml *h)
{
    guint n[3];
    fc_report_count(h->report, n);
    g_string_append(h->out, "<p class=\"counts\">");
    for (int s = FC_SEVERITY_ERROR; s >= FC_SEVERITY_INFO; s--) {
        const char *name = fc_severity_name((FcSeverity)s);
        g_string_append_printf(h->out, "<span class=\"pill %s\">%u %s%s</span>", name, n[s], name,
                               s != FC_SEVERITY_INFO ? fc_html_plural(n[s]) : "");
    }
    g_string_append(h->out, "</p>\n");
}

static void
fc_html_filter(FcHtml *h)
{
    g_string_append(h->out, "<form id=\"filter\" class=\"filter\" hidden>Show");
    for (int s = FC_SEVERITY_ERROR; s >= FC_SEVERITY_INFO; s--)
        g_string_append_printf(
            h->out,
            " <label><input type=\"checkbox\" name=\"severity\" value=\"%s\" checked> "
            "%s</label>",
            fc_severity_name((FcSeverity)s), fc_severity_name((FcSeverity)s));
    g_string_append(h->out,
                    " <label>entity <select name=\"entity\"><option value=\"\">all</option>");
    for (guint i = 0; i < h->view->groups->len; i++) {
        const FcViewGroup *g = g_ptr_array_index(h->view->groups, i);
        g_string_append(h->out, "<option value=\"");
        fc_html_text(h, g->entity);
        g_string_append(h->out, "\">");
        fc_html_text(h, g->entity);
        g_string_append(h->out, "</option>");
    }
    g_string_append(h->out, "</select></label></form>\n");
}

static void
fc_html_header(FcHtml *h)
{
    const FcReport *r = h->report;
    g_string_append(h->out, "<header class=\"top\"><div class=\"wrap\">\n"
                            "<h1>Fact-check report</h1>\n<dl class=\"meta\">\n");
    const char *const *paths = r->paths;
    fc_html_meta_list(h, "Corpus", paths, paths != NULL ? g_strv_length((char **)paths) : 0);
    const GPtrArray *dirs = r->rules != NULL ? r->rules->dirs : NULL;
    fc_html_meta_list(h, "Rules", dirs != NULL ? (const char *const *)dirs->pdata : NULL,
                      dirs != NULL ? dirs->len : 0);
    guint docs = r->corpus->documents->len;
    g_string_append_printf(h->out, "<dt>Documents</dt><dd>%u", docs);
    if (r->corpus->skipped > 0)
        g_string_append_printf(h->out, " (%u file%s of other kinds skipped)", r->corpus->skipped,
                               fc_html_plural(r->corpus->skipped));
    g_string_append_printf(h->out, "</dd>\n<dt>Claims</dt><dd>%u</dd>\n</dl>\n", r->claims->len);
    fc_html_counts(h);
    g_string_append_printf(h->out,
                           "<nav class=\"toc\"><a href=\"#findings\">Findings (%u)</a>"
                           "<a href=\"#entities\">Entities (%u)</a>"
                           "<a href=\"#documents\">Documents (%u)</a>"
                           "<a href=\"#texts\">Texts</a></nav>\n",
                           r->findings->len, h->view->entities->len, docs);
    fc_html_filter(h);
    g_string_append(h->out, "</div></header>\n");
}

/* ---- evidence ----------------------------------------------------------- */

/* Which occurrence of the value in the quote the claim was read from:
 * the number of earlier ones in its sentence.  0 when the text is gone or
 * the quote was cut on the left. */
static guint
fc_html_occurrence(FcHtml *h, const FcClaim *c)
{
    const GArray *sentences = fc_html_sentences(h, c->doc_index);
    if (sentences == NULL || c->sentence >= sentences->len || g_str_has_prefix(c->quote, "…"))
        return 0;
    FcSpan span = g_array_index(sentences, FcSpan, c->sentence);
    if (c->offset < span.start || c->offset > span.end)
        return 0;
    span.end = c->offset;
    g_autofree char *before = fc_document_quote(fc_html_document(h, c->doc_index), span);
    guint n = 0;
    gsize s, e, last = G_MAXSIZE;
    while (fc_report_find_value(before, c->value_text, n, &s, &e) && s != last) {
        last = s;
        n++;
    }
    return n;
}

static void
fc_html_quote(FcHtml *h, const FcClaim *c)
{
    gsize s, e;
    g_string_append(h->out, "<blockquote dir=\"auto\">");
    if (fc_report_find_value(c->quote, c->value_text, fc_html_occurrence(h, c), &s, &e)) {
        fc_escape_html_append(h->out, c->quote, (gssize)s);
        g_string_append(h->out, "<mark>");
        fc_escape_html_append(h->out, c->quote + s, (gssize)(e - s));
        g_string_append(h->out, "</mark>");
        fc_html_text(h, c->quote + e);
    } else {
        fc_html_text(h, c->quote);
    }
    g_string_append(h->out, "</blockquote>\n");
}

static void
fc_html_claim_subject(FcHtml *h, const FcClaim *c)
{
    fc_html_text(h, c->entity);
    g_string_append(h->out, " · ");
    fc_html_text(h, c->attribute);
    if (c->counterpart != NULL) {
        g_string_append(h->out, " (");
        fc_html_text(h, c->counterpart);
        g_string_append_c(h->out, ')');
    }
}

static void
fc_html_claim_facts(FcHtml *h, const FcClaim *c)
{
    g_autofree char *label = fc_claim_value_label(c);
    g_autofree char *interval = fc_report_value_interval(c);
    g_autofree char *when = fc_report_claim_time(c);
    g_autofree char *qualifiers = fc_report_claim_qualifiers(c);
    g_string_append(h->out, "<dl class=\"facts\"><dt>Claim</dt><dd>");
    fc_html_claim_subject(h, c);
    g_string_append(h->out, "</dd><dt>Value</dt><dd><strong>");
    fc_html_text(h, label);
    g_string_append(h->out, "</strong>");
    /* A name is its own normal form; a figure shows its interval. */
    if (strcmp(label, interval) != 0) {
        g_string_append(h->out, " <span class=\"sub\">");
        fc_html_text(h, interval);
        g_string_append(h->out, "</span>");
    }
    g_string_append_printf(h->out, "</dd><dt>Time</dt><dd>%s</dd>", when);
    g_string_append_printf(h->out, "<dt>Status</dt><dd>%s", fc_status_name(c->status));
    if (qualifiers != NULL) {
        g_string_append(h->out, " · ");
        fc_html_text(h, qualifiers);
    }
    g_string_append(h->out, "</dd></dl>\n");
}

static void
fc_html_claim(FcHtml *h, const FcClaim *c)
{
    const FcDocument *d = fc_html_document(h, c->doc_index);
    g_autofree char *sentence = fc_report_view_sentence_anchor(h->view, c->doc_index, c->sentence);
    g_string_append(h->out, "<div class=\"claim\">\n");
    if (d != NULL) {
        g_string_append_printf(h->out, "<div class=\"doc\"><a href=\"#%s\">",
                               fc_html_doc_anchor(h, c->doc_index));
        fc_html_text(h, fc_html_title(d));
        g_string_append(h->out, "</a></div>\n<div class=\"sub\">");
        fc_html_text(h, d->date_text != NULL ? d->date_text : "undated");
        if (d->source != NULL) {
            g_string_append(h->out, " · ");
            fc_html_text(h, d->source);
        }
        g_string_append(h->out, "</div>\n");
    }
    g_string_append_printf(h->out, "<a class=\"where sub\" href=\"#%s\">", sentence);
    fc_html_text(h, c->document);
    g_string_append_printf(h->out, ":%u</a>\n", c->line);
    fc_html_quote(h, c);
    fc_html_claim_facts(h, c);
    g_string_append(h->out, "</div>\n");
}

/* ---- findings ----------------------------------------------------------- */

static void
fc_html_finding(FcHtml *h, const FcFinding *f)
{
    g_autofree char *anchor = fc_report_view_finding_anchor(f);
    const char *severity = fc_severity_name(f->rule->severity);
    g_string_append_printf(h->out,
                           "<article class=\"finding %s\" id=\"%s\" data-severity=\"%s\" "
                           "data-entity=\"",
                           severity, anchor, severity);
    fc_html_text(h, f->entity);
    g_string_append_printf(h->out,
                           "\">\n<header><span class=\"pill %s\">%s</span>"
                           "<span class=\"num\">F%u</span><h4>",
                           severity, severity, fc_report_view_number(h->view, f));
    fc_html_text(h, f->rule->title);
    g_string_append(h->out, "</h4><span class=\"rule\">");
    fc_html_text(h, f->rule->id);
    g_string_append(h->out, "</span></header>\n<p class=\"message\">");
    fc_html_text(h, f->message);
    g_string_append(h->out, "</p>\n<p class=\"why\"><strong>Why it matters:</strong> ");
    fc_html_text(h, f->rule->explanation);
    g_string_append(h->out, "</p>\n<div class=\"evidence\">\n");
    for (guint i = 0; i < f->claims->len; i++)
        fc_html_claim(h, g_ptr_array_index(f->claims, i));
    g_string_append(h->out, "</div>\n</article>\n");
}

static void
fc_html_findings(FcHtml *h)
{
    const FcReportView *view = h->view;
    g_string_append(h->out, "<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (view->groups->len == 0)
        g_string_append(h->out, "<p class=\"empty\">No findings.</p>\n");
    for (guint i = 0; i < view->groups->len; i++) {
        const FcViewGroup *g = g_ptr_array_index(view->groups, i);
        const FcViewEntity *e = fc_report_view_entity(view, g->entity);
        g_string_append(h->out, "<section class=\"group\">\n<h3>");
        fc_html_text(h, g->entity);
        if (e != NULL)
            g_string_append_printf(h->out, "<a href=\"#%s\">fact sheet</a>", e->anchor);
        g_string_append(h->out, "</h3>\n");
        for (guint j = 0; j < g->findings->len; j++)
            fc_html_finding(h, g_ptr_array_index(g->findings, j));
        g_string_append(h->out, "</section>\n");
    }
    g_string_append(h->out, "</section>\n");
}

/* ---- entities ----------------------------------------------------------- */

static void
fc_html_source(FcHtml *h, const FcClaim *c)
{
    g_autofree char *sentence = fc_report_view_sentence_anchor(h->view, c->doc_index, c->sentence);
    g_string_append_printf(h->out, "<a href=\"#%s\">", sentence);
    fc_html_text(h, c->document);
    g_string_append_printf(h->out, ":%u</a>", c->line);
}

static void
fc_html_finding_refs(FcHtml *h, const FcFinding *const *findings, guint n)
{
    if (n == 0) {
        g_string_append(h->out, "<td></td>");
        return;
    }
    g_string_append(h->out, "<td class=\"flag\">⚠ disagrees:");
    for (guint i = 0; i < n; i++) {
        g_autofree char *anchor = fc_report_view_finding_anchor(findings[i]);
        g_string_append_printf(h->out, "%s <a href=\"#%s\">F%u</a>", i > 0 ? "," : "", anchor,
                               fc_report_view_number(h->view, findings[i]));
    }
    g_string_append(h->out, "</td>");
}

static void
fc_html_fact_row(FcHtml *h, const FcViewFact *fact, gboolean first_of_attribute)
{
    g_autofree char *times = fc_report_view_times(fact->claims);
    g_autofree char *statuses = fc_report_view_statuses(fact->claims);
    g_string_append_printf(h->out, "<tr%s><td>",
                           fact->findings->len > 0 ? " class=\"flagged\"" : "");
    if (first_of_attribute)
        fc_html_text(h, fact->attribute);
    g_string_append(h->out, "</td><td><strong>");
    fc_html_text(h, fact->label);
    g_string_append(h->out, "</strong></td><td>");
    fc_html_text(h, fact->counterpart);
    g_string_append_printf(h->out, "</td><td class=\"t\">%s</td><td>%s</td><td class=\"sources\">",
                           times, statuses);
    for (guint i = 0; i < fact->claims->len; i++) {
        if (i > 0)
            g_string_append(h->out, ", ");
        fc_html_source(h, g_ptr_array_index(fact->claims, i));
    }
    g_string_append(h->out, "</td>");
    fc_html_finding_refs(h, (const FcFinding *const *)fact->findings->pdata, fact->findings->len);
    g_string_append(h->out, "</tr>\n");
}

static void
fc_html_facts(FcHtml *h, const FcViewEntity *e)
{
    g_string_append(h->out, "<table class=\"facts\">\n<thead><tr><th>Attribute</th><th>Value</th>"
                            "<th>Counterpart</th><th>Time</th><th>Status</th><th>Sources</th>"
                            "<th>Check</th></tr></thead>\n<tbody>\n");
    const char *attribute = NULL;
    for (guint i = 0; i < e->facts->len; i++) {
        const FcViewFact *fact = g_ptr_array_index(e->facts, i);
        fc_html_fact_row(h, fact, fact->attribute != attribute);
        attribute = fact->attribute;
    }
    g_string_append(h->out, "</tbody>\n</table>\n");
}

static void
fc_html_money_row(FcHtml *h, const FcClaim *c, guint number)
{
    g_autofree char *when = fc_report_claim_time(c);
    g_autofree char *label = fc_claim_value_label(c);
    const FcFinding *flag = fc_report_view_flag(h->view, c);
    g_string_append_printf(h->out, "<tr%s><td class=\"n\">%u</td><td class=\"t\">%s</td><td>",
                           flag != NULL ? " class=\"flagged\"" : "", number, when);
    fc_html_text(h, c->attribute);
    if (c->counterpart != NULL) {
        g_string_append(h->out, " (");
        fc_html_text(h, c->counterpart);
        g_string_append_c(h->out, ')');
    }
    g_string_append(h->out, "</td><td><strong>");
    fc_html_text(h, label);
    g_string_append_printf(h->out, "</strong></td><td>%s</td><td class=\"sources\">",
                           fc_status_name(c->status));
    fc_html_source(h, c);
    g_string_append(h->out, "</td>");
    fc_html_finding_refs(h, &flag, flag != NULL);
    g_string_append(h->out, "</tr>\n");
}

static void
fc_html_money(FcHtml *h, const FcViewEntity *e)
{
    if (e->money->len == 0)
        return;
    g_string_append(h->out, "<figure>\n<figcaption>Money over time: each mark is one claim "
                            "(numbered as in the table), on a log scale");
    if (e->undated_money > 0)
        g_string_append_printf(h->out, "; %u undated figure%s not shown", e->undated_money,
                               fc_html_plural(e->undated_money));
    g_string_append(h->out, ".</figcaption>\n");
    fc_report_svg_timeline(h->out, h->view, e);
    g_string_append(h->out, "<table class=\"legend\">\n<thead><tr><th>#</th><th>Time</th>"
                            "<th>Attribute</th><th>Value</th><th>Status</th><th>Source</th>"
                            "<th>Check</th></tr></thead>\n<tbody>\n");
    for (guint i = 0; i < e->money->len; i++)
        fc_html_money_row(h, g_ptr_array_index(e->money, i), i + 1);
    g_string_append(h->out, "</tbody>\n</table>\n</figure>\n");
}

static void
fc_html_entities(FcHtml *h)
{
    const GPtrArray *entities = h->view->entities;
    g_string_append(h->out, "<section id=\"entities\">\n<h2>Entities</h2>\n");
    if (entities->len == 0)
        g_string_append(h->out, "<p class=\"empty\">No claims.</p>\n");
    for (guint i = 0; i < entities->len; i++) {
        const FcViewEntity *e = g_ptr_array_index(entities, i);
        g_string_append_printf(h->out, "<section class=\"entity\" id=\"%s\">\n<h3>", e->anchor);
        fc_html_text(h, e->entity);
        g_string_append(h->out, "</h3>\n");
        fc_html_facts(h, e);
        fc_html_money(h, e);
        g_string_append(h->out, "</section>\n");
    }
    g_string_append(h->out, "</section>\n");
}

/* ---- documents ---------------------------------------------------------- */

static void
fc_html_index_row(FcHtml *h, guint i)
{
    const FcDocument *d = fc_html_document(h, i);
    g_string_append_printf(h->out, "<tr><td><a href=\"#%s\">", fc_html_doc_anchor(h, i));
    fc_html_text(h, fc_html_title(d));
    g_string_append(h->out, "</a></td><td class=\"t\">");
    fc_html_text(h, d->date_text);
    g_string_append(h->out, "</td><td>");
    fc_html_text(h, d->source);
    g_string_append(h->out, "</td><td>");
    fc_html_text(h, d->path);
    g_string_append_printf(h->out, "</td><td class=\"n\">%u</td><td class=\"n\">%u</td></tr>\n",
                           g_array_index(h->view->doc_claims, guint, i),
                           g_array_index(h->view->doc_findings, guint, i));
}

static void
fc_html_index(FcHtml *h)
{
    guint n = h->report->corpus->documents->len;
    g_string_append(h->out, "<section id=\"documents\">\n<h2>Documents</h2>\n");
    if (n == 0) {
        g_string_append(h->out, "<p class=\"empty\">No documents.</p>\n</section>\n");
        return;
    }
    g_string_append(h->out, "<table>\n<thead><tr><th>Document</th><th>Date</th><th>Source</th>"
                            "<th>Path</th><th>Claims</th><th>Findings</th></tr></thead>\n"
                            "<tbody>\n");
    for (guint i = 0; i < n; i++)
        fc_html_index_row(h, i);
    g_string_append(h->out, "</tbody>\n</table>\n</section>\n");
}

/* Only http(s) addresses become links: "javascript:" and the like stay
 * text. */
static void
fc_html_url(FcHtml *h, const char *url)
{
    if (url == NULL)
        return;
    g_string_append(h->out, " · ");
    if (g_ascii_strncasecmp(url, "https://", 8) != 0 &&
        g_ascii_strncasecmp(url, "http://", 7) != 0) {
        fc_html_text(h, url);
        return;
    }
    g_string_append(h->out, "<a rel=\"noopener noreferrer\" href=\"");
    fc_html_text(h, url);
    g_string_append(h->out, "\">");
    fc_html_text(h, url);
    g_string_append(h->out, "</a>");
}

static void
fc_html_text_view(FcHtml *h, guint i)
{
    const FcDocument *d = fc_html_document(h, i);
    g_string_append_printf(h->out, "<article class=\"doc\" id=\"%s\">\n<h3>",
                           fc_html_doc_anchor(h, i));
    fc_html_text(h, fc_html_title(d));
    g_string_append(h->out, "</h3>\n<p class=\"sub\">");
    fc_html_text(h, d->path);
    g_string_append(h->out, " · ");
    fc_html_text(h, d->date_text != NULL ? d->date_text : "undated");
    if (d->source != NULL) {
        g_string_append(h->out, " · ");
        fc_html_text(h, d->source);
    }
    fc_html_url(h, d->url);
    g_string_append(h->out, "</p>\n<div class=\"text\">\n");
    const GArray *sentences = fc_html_sentences(h, i);
    if (sentences != NULL)
        fc_report_annotate(h->out, h->view, i, sentences);
    else
        g_string_append(h->out, "<p class=\"empty\">The text was not kept.</p>\n");
    g_string_append(h->out, "</div>\n</article>\n");
}

static void
fc_html_texts(FcHtml *h)
{
    guint n = h->report->corpus->documents->len;
    g_string_append(h->out, "<section id=\"texts\">\n<h2>Texts</h2>\n");
    if (n == 0)
        g_string_append(h->out, "<p class=\"empty\">No documents.</p>\n");
    for (guint i = 0; i < n; i++)
        fc_html_text_view(h, i);
    g_string_append(h->out, "</section>\n");
}

static void
fc_html_free_sentences(gpointer p)
{
    if (p != NULL)
        g_array_unref(p);
}

char *
fc_report_html(const FcReport *report)
{
    g_autoptr(FcReportView) view = fc_report_view_new(report);
    g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func(fc_html_free_sentences);
    g_ptr_array_set_size(sentences, report->corpus->documents->len);
    FcHtml h = {g_string_new(NULL), report, view, sentences};
    fc_html_head(&h);
    fc_html_header(&h);
    g_string_append(h.out, "<main class=\"wrap\">\n");
    fc_html_findings(&h);
    fc_html_entities(&h);
    fc_html_index(&h);
    fc_html_texts(&h);
    g_string_append_printf(h.out, "</main>\n<script>%s</script>\n</body>\n</html>\n",
                           fc_html_script);
    return g_string_free(h.out, FALSE);
}
