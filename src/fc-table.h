/* fc-table: Markdown tables read as facts.
 *
 * Data pieces and profiles give rounds as table rows ("| Kestrel Grid |
 * Series B | $48 million | Larchmont Ventures | March 2023 |"); no sentence
 * pattern reads them, as the facts are in the columns.  The header names
 * what each column holds (company, round, amount, valuation, date, lead,
 * investors, founded, headquarters, CEO, founders, employees, total raised,
 * revenue); each row gives claims about its company, or about the
 * document's topic when the table has no company column (a company's
 * funding history).  Evidence points at the cell.
 *
 * Ownership: claims are appended to the caller's array, which owns them.
 */
#pragma once

#include "fc-claim.h"
#include "fc-document.h"
#include "fc-regex.h"
#include "fc-ruleset.h"

#include <glib.h>

G_BEGIN_DECLS

/* Does @span of @text open with a table's cell bar ('|')?  Such lines are
 * read here, not as sentences. */
gboolean fc_table_is_row(const char *text, FcSpan span);

/* What the text is about from @offset on (interned name): the topic of a
 * table without a company column that starts there. */
typedef struct {
    gsize offset;
    const char *name;
} FcTableTopic;

/* Appends the claims of every table of @doc to @out.  @topics (FcTableTopic,
 * in increasing offsets) say what a table without a company column is
 * about; @sentence is the sentence number the claims take (after the
 * document's sentences, so that no breakdown of a round joins them);
 * @match is scratch match data. */
void fc_table_extract(const FcRuleSet *rules, FcMatch *match, const FcDocument *doc,
                      guint doc_index, const GArray *topics, guint sentence, GPtrArray *out);

G_END_DECLS
