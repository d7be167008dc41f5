#include "fc-table.h"

#include "fc-markdown.h"
#include "fc-mention.h"

#include <string.h>

typedef enum {
    FC_COL_NONE = 0,
    FC_COL_COMPANY,
    FC_COL_ROUND,
    FC_COL_AMOUNT,
    FC_COL_VALUATION,
    FC_COL_DATE,
    FC_COL_LEAD,
    FC_COL_INVESTORS,
    FC_COL_FOUNDED,
    FC_COL_HQ,
    FC_COL_CEO,
    FC_COL_FOUNDERS,
    FC_COL_EMPLOYEES,
    FC_COL_TOTAL,
    FC_COL_REVENUE,
} FcColumn;

/* Header words, most specific first: "Lead investor" is a lead, "Total
 * raised" a total, "Round size" an amount, "Round" a label. */
static const struct {
    const char *words;
    FcColumn column;
} fc_header_words[] = {
    {"lead", FC_COL_LEAD},
    {"led by", FC_COL_LEAD},
    {"investors", FC_COL_INVESTORS},
    {"investor", FC_COL_INVESTORS},
    {"backers", FC_COL_INVESTORS},
    {"valuation", FC_COL_VALUATION},
    {"total", FC_COL_TOTAL},
    {"to date", FC_COL_TOTAL},
    {"revenue", FC_COL_REVENUE},
    {"arr", FC_COL_REVENUE},
    {"sales", FC_COL_REVENUE},
    {"founders", FC_COL_FOUNDERS},
    {"co-founders", FC_COL_FOUNDERS},
    {"founder", FC_COL_FOUNDERS},
    {"founded", FC_COL_FOUNDED},
    {"founding", FC_COL_FOUNDED},
    {"ceo", FC_COL_CEO},
    {"chief executive", FC_COL_CEO},
    {"employees", FC_COL_EMPLOYEES},
    {"headcount", FC_COL_EMPLOYEES},
    {"staff", FC_COL_EMPLOYEES},
    {"headquarters", FC_COL_HQ},
    {"hq", FC_COL_HQ},
    {"based", FC_COL_HQ},
    {"city", FC_COL_HQ},
    {"location", FC_COL_HQ},
    {"amount", FC_COL_AMOUNT},
    {"round size", FC_COL_AMOUNT},
    {"deal size", FC_COL_AMOUNT},
    {"raised", FC_COL_AMOUNT},
    {"funding", FC_COL_AMOUNT},
    {"round", FC_COL_ROUND},
    {"stage", FC_COL_ROUND},
    {"series", FC_COL_ROUND},
    {"date", FC_COL_DATE},
    {"when", FC_COL_DATE},
    {"announced", FC_COL_DATE},
    {"closed", FC_COL_DATE},
    {"month", FC_COL_DATE},
    {"year", FC_COL_DATE},
    {"company", FC_COL_COMPANY},
    {"startup", FC_COL_COMPANY},
    {"name", FC_COL_COMPANY},
};

#define FC_TABLE_MAX_COLUMNS 16

/* What a column holds, and the year its header gives ("2024 revenue"). */
typedef struct {
    FcColumn kind;
    FcTime year; /* unknown when the header has none */
    gboolean estimated;
} FcColumnInfo;

typedef struct {
    FcSpan cells[FC_TABLE_MAX_COLUMNS];
    guint n;
} FcCells;

typedef struct {
    const FcRuleSet *rules;
    FcMatch *match;
    const FcDocument *doc;
    guint doc_index, sentence;
    FcLocator locator;
    GPtrArray *out;
    GArray *mentions; /* scratch */
    /* the row */
    const char *entity, *event;
    FcTime time;
    gboolean dated;
    FcSpan line;
} FcTableRow;

gboolean
fc_table_is_row(const char *text, FcSpan span)
{
    return span.start < span.end && text[span.start] == '|';
}

/* Does @lower hold @words as whole words? */
static gboolean
fc_header_has(const char *lower, const char *words)
{
    gsize n = strlen(words);
    for (const char *p = strstr(lower, words); p != NULL; p = strstr(p + 1, words)) {
        gboolean open = p == lower || !g_ascii_isalpha(p[-1]);
        gboolean close = !g_ascii_isalpha(p[n]);
        if (open && close)
            return TRUE;
    }
    return FALSE;
}

/* A year in a header ("2023 revenue", "Revenue (2024, est.)"). */
static FcTime
fc_header_year(const char *text, FcSpan cell)
{
    FcTime none = {0, 0, 0};
    for (gsize i = cell.start; i + 4 <= cell.end; i++) {
        if ((i > cell.start && g_ascii_isdigit(text[i - 1])) ||
            (i + 4 < cell.end && g_ascii_isdigit(text[i + 4])))
            continue;
        if ((strncmp(text + i, "19", 2) == 0 || strncmp(text + i, "20", 2) == 0) &&
            g_ascii_isdigit(text[i + 2]) && g_ascii_isdigit(text[i + 3])) {
            char year[5] = {text[i], text[i + 1], text[i + 2], text[i + 3], '\0'};
            FcTime t;
            return fc_time_parse_iso(year, &t) ? t : none;
        }
    }
    return none;
}

static FcColumn
fc_header_column(const char *text, FcSpan cell)
{
    g_autofree char *lower = g_ascii_strdown(text + cell.start, (gssize)(cell.end - cell.start));
    /* "2028 Projected Size", "Market share": other quantities. */
    static const char *const other[] = {"market", "projected",   "forecast", "estimate",
                                        "share",  "growth rate", "cagr"};
    for (guint i = 0; i < G_N_ELEMENTS(other); i++)
        if (fc_header_has(lower, other[i]))
            return FC_COL_NONE;
    for (guint i = 0; i < G_N_ELEMENTS(fc_header_words); i++)
        if (fc_header_has(lower, fc_header_words[i].words))
            return fc_header_words[i].column;
    return FC_COL_NONE;
}

/* The line [start, end) split at its bars, cells trimmed; FALSE when it is
 * no table row. */
static gboolean
fc_table_cells(const char *t, gsize start, gsize end, FcCells *cells)
{
    while (start < end && (t[start] == ' ' || t[start] == '\t'))
        start++;
    if (start >= end || t[start] != '|')
        return FALSE;
    cells->n = 0;
    gsize from = start + 1;
    for (gsize i = from; i <= end && cells->n < FC_TABLE_MAX_COLUMNS; i++) {
        if (i < end && t[i] != '|')
            continue;
        gsize s = from, e = i;
        while (s < e && g_ascii_isspace(t[s]))
            s++;
        while (e > s && g_ascii_isspace(t[e - 1]))
            e--;
        /* The text after the last bar is no cell unless it holds words. */
        if (i < end || e > s)
            cells->cells[cells->n++] = (FcSpan){s, e};
        from = i + 1;
    }
    return cells->n >= 2;
}

static gboolean
fc_line_is_blank(const char *t, gsize start, gsize end)
{
    for (gsize i = start; i < end; i++)
        if (!g_ascii_isspace(t[i]))
            return FALSE;
    return TRUE;
}

static gboolean
fc_cell_is_empty(const char *t, FcSpan cell)
{
    static const char *const empty[] = {"-",    "\xE2\x80\x94", "\xE2\x80\x93",
                                        "n/a",  "undisclosed",  "not disclosed",
                                        "none", "unknown",      "tbd"};
    gsize n = cell.end - cell.start;
    if (n == 0)
        return TRUE;
    for (guint i = 0; i < G_N_ELEMENTS(empty); i++)
        if (strlen(empty[i]) == n && g_ascii_strncasecmp(t + cell.start, empty[i], n) == 0)
            return TRUE;
    return FALSE;
}

/* The first mention of @type in @cell, or NULL. */
static const FcMention *
fc_cell_mention(FcTableRow *row, FcSpan cell, FcMentionType type)
{
    g_array_set_size(row->mentions, 0);
    fc_mention_scan(row->rules->scanner, row->doc, cell, row->match, row->mentions);
    for (guint i = 0; i < row->mentions->len; i++) {
        const FcMention *m = &g_array_index(row->mentions, FcMention, i);
        if (m->type == type)
            return m;
    }
    return NULL;
}

/* A cell's name as the lexicon knows it, or as written. */
static const char *
fc_cell_name(const FcTableRow *row, const char *text, gsize n)
{
    g_autofree char *name = g_strndup(text, n);
    const FcEntity *e = fc_lexicon_lookup(row->rules->lexicon, name);
    return e != NULL ? e->name : g_intern_string(name);
}

static FcClaim *
fc_table_claim(FcTableRow *row, const char *attribute, FcSpan at)
{
    FcClaim *c = fc_claim_new();
    const char *t = row->doc->text;
    c->entity = row->entity;
    c->attribute = g_intern_string(attribute);
    c->value_text = g_utf8_make_valid(t + at.start, (gssize)(at.end - at.start));
    c->time = row->time;
    c->published = row->doc->date;
    c->status = FC_STATUS_REPORTED;
    c->event = row->event;
    c->flags = row->dated ? FC_CLAIM_DATED : 0;
    c->document = g_intern_string(row->doc->path);
    c->doc_index = row->doc_index;
    c->sentence = row->sentence;
    c->offset = at.start;
    fc_locator_locate(&row->locator, at.start, &c->line, &c->column);
    c->quote = fc_document_quote(row->doc, row->line);
    c->rule = g_intern_static_string("table-row");
    return c;
}

static void
fc_table_figure(FcTableRow *row, const char *attribute, FcSpan cell, guint flags)
{
    const FcMention *m = fc_cell_mention(row, cell, FC_MENTION_MONEY);
    if (m == NULL)
        return;
    FcClaim *c = fc_table_claim(row, attribute, (FcSpan){m->start, m->end});
    c->value = m->value;
    c->flags |= flags;
    g_ptr_array_add(row->out, c);
}

static void
fc_table_count(FcTableRow *row, const char *attribute, FcSpan cell)
{
    FcValue v;
    const char *t = row->doc->text;
    if (!fc_value_parse_count(t + cell.start, cell.end - cell.start, &v))
        return;
    FcClaim *c = fc_table_claim(row, attribute, cell);
    c->value = v;
    g_ptr_array_add(row->out, c);
}

static void
fc_table_year(FcTableRow *row, FcSpan cell)
{
    const FcMention *m = fc_cell_mention(row, cell, FC_MENTION_DATE);
    if (m == NULL || !fc_time_is_known(&m->time) || fc_time_width(&m->time) > 366)
        return;
    GDate d;
    g_date_clear(&d, 1);
    g_date_set_julian(&d, m->time.lo);
    FcClaim *c = fc_table_claim(row, "founded", (FcSpan){m->start, m->end});
    c->value = fc_value_year(g_date_get_year(&d));
    /* A founding year is told with the table's date, as in prose. */
    c->time = row->doc->date;
    c->flags &= ~(guint)FC_CLAIM_DATED;
    g_ptr_array_add(row->out, c);
}

/* "Larchmont Ventures, Sorrel Capital and Peakline": one claim per name. */
static void
fc_table_names(FcTableRow *row, const char *attribute, FcSpan cell)
{
    const char *t = row->doc->text;
    gsize s = cell.start;
    while (s < cell.end) {
        gsize e = s;
        while (e < cell.end && t[e] != ',' && t[e] != ';' &&
               !(e + 5 <= cell.end && memcmp(t + e, " and ", 5) == 0))
            e++;
        gsize next = e < cell.end ? (t[e] == ' ' ? e + 5 : e + 1) : e;
        while (s < e && g_ascii_isspace(t[s]))
            s++;
        gsize ne = e;
        /* "Larchmont Ventures (lead)": the bracket is a note, which may
         * make the name the lead. */
        const char *bracket = memchr(t + s, '(', e - s);
        const char *attr = attribute;
        if (bracket != NULL) {
            ne = (gsize)(bracket - t);
            if (strcmp(attribute, "investor") == 0 &&
                g_strstr_len(bracket, (gssize)(e - ne), "lead") != NULL)
                attr = "lead_investor";
        }
        while (ne > s && g_ascii_isspace(t[ne - 1]))
            ne--;
        if (ne > s && ne - s <= 80 && g_ascii_isupper(t[s]) &&
            !fc_cell_is_empty(t, (FcSpan){s, ne})) {
            FcClaim *c = fc_table_claim(row, attr, (FcSpan){s, ne});
            c->value_entity = fc_cell_name(row, t + s, ne - s);
            c->value.unit = FC_UNIT_NONE;
            g_ptr_array_add(row->out, c);
        }
        s = next;
    }
}

/* "Seed" in a cell is the "seed" of "a $5m seed round" in prose. */
static const char *
fc_table_event(FcTableRow *row, FcSpan cell)
{
    const FcMention *m = fc_cell_mention(row, cell, FC_MENTION_ROUND);
    if (m != NULL)
        return m->name;
    static const char *const bare[] = {"seed", "pre-seed", "angel", "bridge", "growth"};
    const char *t = row->doc->text;
    gsize n = cell.end - cell.start;
    for (guint i = 0; i < G_N_ELEMENTS(bare); i++)
        if (strlen(bare[i]) == n && g_ascii_strncasecmp(t + cell.start, bare[i], n) == 0)
            return g_intern_static_string(bare[i]);
    return NULL;
}

static void
fc_table_cell(FcTableRow *row, FcColumn column, FcSpan cell)
{
    switch (column) {
    case FC_COL_AMOUNT:
        fc_table_figure(row, "round_size", cell, 0);
        break;
    case FC_COL_VALUATION:
        fc_table_figure(row, "valuation", cell, 0);
        break;
    case FC_COL_TOTAL:
        fc_table_figure(row, "total_raised", cell, FC_CLAIM_CUMULATIVE);
        break;
    case FC_COL_REVENUE:
        fc_table_figure(row, "revenue", cell, 0);
        break;
    case FC_COL_EMPLOYEES:
        fc_table_count(row, "employees", cell);
        break;
    case FC_COL_FOUNDED:
        fc_table_year(row, cell);
        break;
    case FC_COL_LEAD:
        fc_table_names(row, "lead_investor", cell);
        break;
    case FC_COL_INVESTORS:
        fc_table_names(row, "investor", cell);
        break;
    case FC_COL_CEO:
        fc_table_names(row, "ceo", cell);
        break;
    case FC_COL_FOUNDERS:
        fc_table_names(row, "founder", cell);
        break;
    default:
        break;
    }
}

/* A cell under a header with a year ("2023 revenue") holds for that
 * year; "(est.)" makes it an estimate. */
static void
fc_table_column(FcTableRow *row, const FcColumnInfo *column, FcSpan cell)
{
    guint from = row->out->len;
    fc_table_cell(row, column->kind, cell);
    for (guint i = from; i < row->out->len; i++) {
        FcClaim *c = g_ptr_array_index(row->out, i);
        if (fc_time_is_known(&column->year) && c->attribute != g_intern_static_string("founded")) {
            c->time = column->year;
            c->flags |= FC_CLAIM_DATED;
        }
        if (column->estimated)
            c->status = FC_STATUS_ESTIMATED;
    }
}

/* "| Tessellate | GPU-backed debt facility | $2.5B | JPMorgan |", "|
 * Lumora | Acquisition (announced) | $900M | Meridian |": a row of money
 * that is no equity round, in whatever column says so.  Its amounts are
 * no round sizes and its lenders or buyers no leads. */
static gboolean
fc_row_is_other_deal(const char *t, const FcColumnInfo *columns, const FcCells *cells)
{
    static const char *const words[] = {"debt",   "loan",   "facility",  "acqui", "buyout",
                                        "merger", "tender", "secondary", "grant", "credit line"};
    for (guint i = 0; i < cells->n; i++) {
        FcColumn k = columns[i].kind;
        if (k == FC_COL_COMPANY || k == FC_COL_LEAD || k == FC_COL_INVESTORS)
            continue;
        FcSpan cell = cells->cells[i];
        g_autofree char *lower = g_ascii_strdown(t + cell.start, (gssize)(cell.end - cell.start));
        for (guint w = 0; w < G_N_ELEMENTS(words); w++)
            if (strstr(lower, words[w]) != NULL)
                return TRUE;
    }
    return FALSE;
}

/* The row's company, round and date, then its facts. */
static void
fc_table_row(FcTableRow *row, const FcColumnInfo *columns, const FcCells *cells, const char *topic)
{
    const char *t = row->doc->text;
    row->entity = topic;
    row->event = NULL;
    row->time = row->doc->date;
    row->dated = FALSE;
    for (guint i = 0; i < cells->n; i++) {
        FcSpan cell = cells->cells[i];
        if (fc_cell_is_empty(t, cell))
            continue;
        if (columns[i].kind == FC_COL_COMPANY && g_ascii_isupper(t[cell.start]))
            row->entity = fc_cell_name(row, t + cell.start, cell.end - cell.start);
        else if (columns[i].kind == FC_COL_ROUND)
            row->event = fc_table_event(row, cell);
        else if (columns[i].kind == FC_COL_DATE) {
            const FcMention *m = fc_cell_mention(row, cell, FC_MENTION_DATE);
            if (m != NULL && fc_time_is_known(&m->time)) {
                row->time = m->time;
                row->dated = TRUE;
            }
        }
    }
    if (row->entity == NULL || fc_row_is_other_deal(t, columns, cells))
        return;
    for (guint i = 0; i < cells->n; i++)
        if (!fc_cell_is_empty(t, cells->cells[i]))
            fc_table_column(row, &columns[i], cells->cells[i]);
}

static const char *
fc_table_topic(const GArray *topics, gsize pos)
{
    const char *name = NULL;
    for (guint i = 0; i < topics->len; i++) {
        const FcTableTopic *t = &g_array_index(topics, FcTableTopic, i);
        if (t->offset > pos)
            break;
        name = t->name;
    }
    return name;
}

/* One table from its header line at @pos; returns the end of its last
 * line. */
static gsize
fc_table_read(FcTableRow *row, const char *topic, gsize pos)
{
    const FcDocument *doc = row->doc;
    const char *t = doc->text;
    gsize end = fc_markdown_line_end(t, doc->len, pos);
    FcCells header;
    if (!fc_table_cells(t, pos, end, &header))
        return end;
    /* The delimiter row ("|---|---|") is blanked by fc-markdown. */
    gsize delim = end + 1;
    if (delim >= doc->len)
        return end;
    gsize delim_end = fc_markdown_line_end(t, doc->len, delim);
    if (delim_end - delim < 3 || !fc_line_is_blank(t, delim, delim_end))
        return end;
    FcColumn columns[FC_TABLE_MAX_COLUMNS] = {0};
    FcColumnInfo info[FC_TABLE_MAX_COLUMNS] = {{0}};
    for (guint i = 0; i < header.n; i++) {
        columns[i] = info[i].kind = fc_header_column(t, header.cells[i]);
        info[i].year = fc_header_year(t, header.cells[i]);
        g_autofree char *lower = g_ascii_strdown(
            t + header.cells[i].start, (gssize)(header.cells[i].end - header.cells[i].start));
        info[i].estimated = fc_header_has(lower, "est") || fc_header_has(lower, "estimated") ||
                            fc_header_has(lower, "forecast");
    }
    /* Rows are about the company in the first column, or, in a company's
     * funding history, about the document's topic round by round; a first
     * column of anything else (market segments, years of a forecast) is
     * no company's. */
    if (columns[0] != FC_COL_COMPANY && columns[0] != FC_COL_ROUND && columns[0] != FC_COL_DATE)
        return end;
    gboolean history = columns[0] != FC_COL_COMPANY;
    if (history)
        for (guint i = 1; i < header.n; i++)
            if (columns[i] == FC_COL_COMPANY)
                history = FALSE;
    if (history && topic == NULL)
        return end;
    gsize line = delim_end + 1;
    while (line < doc->len) {
        gsize le = fc_markdown_line_end(t, doc->len, line);
        FcCells cells;
        if (!fc_table_cells(t, line, le, &cells))
            return line - 1;
        row->line = (FcSpan){line, le};
        fc_table_row(row, info, &cells, topic);
        line = le + 1;
    }
    return doc->len;
}

void
fc_table_extract(const FcRuleSet *rules, FcMatch *match, const FcDocument *doc, guint doc_index,
                 const GArray *topics, guint sentence, GPtrArray *out)
{
    /* Most documents have no table at all. */
    if (doc->text == NULL || memchr(doc->text, '|', doc->len) == NULL)
        return;
    g_autoptr(GArray) mentions = g_array_new(FALSE, FALSE, sizeof(FcMention));
    FcTableRow row = {
        .rules = rules,
        .match = match,
        .doc = doc,
        .doc_index = doc_index,
        .sentence = sentence,
        .out = out,
        .mentions = mentions,
    };
    fc_locator_init(&row.locator, doc);
    const char *t = doc->text;
    for (gsize pos = 0; pos < doc->len;) {
        gsize s = pos;
        while (s < doc->len && (t[s] == ' ' || t[s] == '\t'))
            s++;
        pos = s < doc->len && t[s] == '|' ? fc_table_read(&row, fc_table_topic(topics, pos), pos)
                                          : fc_markdown_line_end(t, doc->len, pos);
        pos++;
    }
}
