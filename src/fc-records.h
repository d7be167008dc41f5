/* fc-records: article records as news datasets ship them, in JSON or JSON
 * Lines (news-please, cc_news-style dumps, API exports).
 *
 * A .json file holds one record, an array of records, or an object with
 * such an array as a member ({"articles": [...]} from NewsAPI, {"items":
 * [...]} from JSON Feed).  A .jsonl or .ndjson
 * file holds one record per line; a .json file whose first value is
 * followed by more values is read as lines too, as many datasets name
 * JSON Lines ".json".  A trailing ".gz" in the name is ignored (the caller
 * inflates).
 *
 * Each record becomes one document whose text is the record's text field
 * alone, "\n" in the JSON string starting a new line, so that evidence
 * "file.jsonl#12:3:40" is line 3, column 40 of that record's text.  The
 * document path is the file's path, "#", and the record's number: the
 * 1-based line number in JSON Lines, the 1-based index in an array (1 for
 * a file holding one record).
 *
 * Fields (the first present wins; names case-insensitive):
 *   text    text, body, content, maintext, article, articleBody,
 *           content_text (a string, or an array of strings, read as
 *           paragraphs)
 *   title   title, headline
 *   date    date, published, date_publish, datePublished, publish_date,
 *           published_at, publishedAt, date_published, pubDate (ISO 8601
 *           text, or Unix seconds or milliseconds as a number)
 *   url     url, link
 *   source  source, source_domain, site_name, publisher, domain (a string
 *           or an object with a "name")
 * The text is read as a .txt article: front matter, UTF-8 repair and site
 * chrome blanking (fc-boilerplate) apply; record fields override front
 * matter.
 *
 * A malformed line, a record that is not an object or has no text is a
 * warning naming it ("'news.jsonl:7': malformed JSON (...), skipped"; in an
 * array "'news.json#7'"), and the rest is read; past ten such warnings per
 * file the rest are counted in one.  A file in which nothing parses as
 * JSON is an error.
 *
 * JSON Lines are parsed one line at a time: each line's tree is dropped as
 * soon as its document is built, so memory is the documents' text, not
 * three times the file.
 *
 * Thread-safe (cJSON keeps no state the results depend on), never prints.
 * Ownership: appends owned FcDocument* to @docs and owned char* lines
 * ("factcheck: '...': ...") to @warnings.
 */
#pragma once

#include "fc-document.h"

#include <glib.h>

G_BEGIN_DECLS

#define FC_RECORDS_ERROR (fc_records_error_quark())
GQuark fc_records_error_quark(void);

gboolean fc_records_read(const char *path, const char *bytes, gsize len, GPtrArray *docs,
                         GPtrArray *warnings, GError **error);

/* TRUE for names read as JSON Lines (.jsonl, .ndjson, optionally .gz). */
gboolean fc_records_is_lines_name(const char *path);

G_END_DECLS
