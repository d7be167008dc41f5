/* fc-html: an article page saved as HTML, read into one document.
 *
 * libxml2's HTML parser (recovering, no network, no external entities)
 * builds the tree; the document's text is the article body: the first of
 * [itemprop=articleBody], the largest <article>, <main> or [role=main] that
 * holds a fair share of the page's text, else <body>.  Left out wherever
 * they are: scripts, styles, <noscript>, <template>, <iframe>, <svg>,
 * <math>, forms and their controls, <nav>, <header>, <footer>, <aside>,
 * hidden elements, ARIA navigation, banner and complementary regions, and
 * (below the body) elements whose class or id names chrome: cookie and
 * consent banners, newsletter and share boxes, related stories, comments,
 * ads, sidebars, menus, breadcrumbs.  Then the site chrome lines of
 * fc-boilerplate.
 *
 * Line numbers are the HTML file's own: each text node is placed on the
 * line where it starts in the file (newlines are padded in between) and
 * keeps its own line breaks, so evidence "page.html:57" is the line of the
 * file holding that sentence.  Columns count within the extracted text and
 * are only a guide.  Block elements (paragraphs, headings, list items,
 * cells, <br>) end a sentence: on a line of their own naturally, and where
 * several share one source line (minified pages) a U+2029 PARAGRAPH
 * SEPARATOR is put between them, which reads as white space everywhere.
 *
 * Metadata: title from og:title, twitter:title, JSON-LD headline, <title>,
 * then the first <h1>; date from article:published_time, JSON-LD
 * datePublished, [itemprop=datePublished], the first <time datetime>, then
 * date-like <meta> names; source from og:site_name or the JSON-LD
 * publisher's name; url from og:url or <link rel=canonical>.  A date that
 * is not ISO 8601 is kept as text, left unknown, and warned about.
 *
 * Entities are decoded; the charset comes from the <meta> tag or a BOM,
 * else UTF-8 (libxml2 falls back to Latin-1 on bytes that are not).
 *
 * Thread-safe (libxml2 is initialised once, each call has its own parser),
 * never prints.  Ownership: appends one owned FcDocument* to @docs and
 * owned "factcheck: ..." lines to @warnings.  Fails only on pages larger
 * than libxml2 can take (2 GB).
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

#define FC_HTML_ERROR (fc_html_error_quark())
GQuark fc_html_error_quark(void);

gboolean fc_html_read(const char *path, const char *bytes, gsize len, GPtrArray *docs,
                      GPtrArray *warnings, GError **error);

G_END_DECLS
