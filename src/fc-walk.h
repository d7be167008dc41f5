/* fc-walk: files and folders named on the command line, walked into the
 * corpus's list of sources (see fc-corpus.h) without reading any file.
 *
 * The walk keeps its own stack instead of recursing, so a deep tree cannot
 * exhaust the C stack, and holds at most one folder open: a folder is
 * listed, closed, and only then are its entries visited, so that a corpus
 * of many folders cannot run out of file descriptors.  Symbolic links are
 * followed; a link back to a folder being walked (by device and inode) is
 * reported and not followed, and a folder reached twice is read once.
 *
 * Names are bytes: a file may be called "a\nb\xFF.md".  Sources keep the
 * bytes (to open the file); messages and documents show the display name.
 *
 * Ownership: appends to the corpus, which owns what it is given.
 */
#pragma once

#include "fc-corpus.h"

G_BEGIN_DECLS

/* The walk behind fc_corpus_add_path(); same contract. */
gboolean fc_walk_path(FcCorpus *corpus, const char *path, GError **error);

/* @path made safe for a one-line message or a report: valid UTF-8 is kept
 * (names with spaces stay as they are), line ends and tabs become "\n",
 * "\r", "\t", other control characters and invalid bytes "\xNN", C1
 * controls and bidi marks "\uNNNN".  New string (g_free). */
char *fc_walk_display_name(const char *path);

G_END_DECLS
