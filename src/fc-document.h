/* fc-document: one article, its metadata and a line index.
 *
 * The text keeps the exact byte length and line structure of the file, so
 * every byte offset maps back to the file's own line and column: front
 * matter and Markdown markup (emphasis, heading marks, list bullets, link
 * targets, HTML comments) are overwritten with spaces, invalid UTF-8 bytes
 * with '?' and NUL bytes with spaces.  Patterns therefore never see markup,
 * and evidence still points at the source.
 *
 * Ownership: an FcDocument owns all its strings.  The text may be dropped
 * with fc_document_release_text() once extraction is done, with the line
 * index; the metadata stays.
 */
#pragma once

#include "fc-time.h"

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
    gsize start, end; /* byte offsets into FcDocument.text, end exclusive */
} FcSpan;

/* An inline suppression read from an HTML comment while cleaning Markdown
 * ("<!-- factcheck-disable-next-line valuation-conflict -->").  Recorded
 * here because cleaning blanks the comment: nothing later could see it. */
typedef enum {
    FC_DIRECTIVE_DISABLE_NEXT_LINE,
    FC_DIRECTIVE_DISABLE,
    FC_DIRECTIVE_ENABLE,
    FC_DIRECTIVE_UNKNOWN, /* "factcheck-something": reported, never applied */
} FcDirectiveKind;

typedef struct {
    FcDirectiveKind kind;
    guint line;     /* 1-based line where the comment starts */
    guint end_line; /* line where it ends ("next line" is the one after) */
    char *rule;     /* a check rule id; NULL: every rule; UNKNOWN: the word */
} FcDirective;

void fc_directive_free(FcDirective *d);

typedef struct {
    char *path;      /* as reached from the command line, e.g. "corpus/a.md" */
    char *title;     /* front matter, else NULL */
    char *date_text; /* front matter as written ("2025-11"), else NULL */
    char *source;
    char *url;
    FcTime date;           /* unknown when undated */
    char *text;            /* cleaned text, NUL-terminated, see above */
    gsize len;             /* bytes in text */
    gsize body_start;      /* first byte after the front matter */
    GArray *line_starts;   /* gsize: byte offset where each line begins */
    guint repaired;        /* invalid UTF-8 sequences replaced */
    GPtrArray *directives; /* FcDirective*, owned, in text order; NULL when none */
    GArray *superseded;    /* FcSpan, owned, in text order and apart: what the article
                              takes back (fc-superseded); NULL when none */
} FcDocument;

/* Takes ownership of @text (len bytes, NUL-terminated, already cleaned). */
FcDocument *fc_document_new(const char *path, char *text, gsize len);
void fc_document_free(FcDocument *doc);

/* 1-based line and column (in characters) of a byte offset; a critical
 * warning and 0, 0 once the text is released. */
void fc_document_locate(const FcDocument *doc, gsize offset, guint *line, guint *column);

/* Locates many offsets of one document, mostly in increasing order,
 * without recounting a long line from its start each time (a 6,000-byte
 * one-line article has hundreds of claims).  A plain value; no cleanup. */
typedef struct {
    const FcDocument *doc;
    gsize offset;
    guint line, column;
} FcLocator;

/* @offset lies in text the article takes back. */
gboolean fc_document_superseded(const FcDocument *doc, gsize offset);

void fc_locator_init(FcLocator *loc, const FcDocument *doc);
void fc_locator_locate(FcLocator *loc, gsize offset, guint *line, guint *column);

/* The span's text with runs of white space collapsed to one space and
 * trimmed.  Newly allocated. */
char *fc_document_quote(const FcDocument *doc, FcSpan span);

/* Byte length of the white-space character at @p (ASCII or a Unicode
 * space such as U+00A0, common in scraped pages), 0 when it is none.
 * Quotes and the annotated views collapse exactly these. */
gsize fc_document_space_len(const char *p, const char *end);

/* Frees the text and the line index once claims and quotes are taken:
 * offsets cannot be located any more.  A million documents' indexes
 * would otherwise outweigh everything else a run keeps. */
void fc_document_release_text(FcDocument *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcDocument, fc_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(FcDirective, fc_directive_free)

G_END_DECLS
