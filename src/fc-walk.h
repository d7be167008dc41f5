/* fc-walk: files and folders named on the command line, walked into the
 * corpus's list of sources (see fc-corpus.h) without reading any file.
 *
 * The walk keeps its own stack instead of recursing, so a deep tree cannot
 * exhaust the C stack, and holds at most one folder open: a folder is
 * listed, closed, and only then are its entries visited, so that a corpus
 * of many folders cannot run out of file descriptors.  Symbolic links are
 * followed; a folder already entered (by device and inode) is not entered
 * again, which also ends link loops.
 *
 * Ownership: appends to the corpus, which owns what it is given.
 */
#pragma once

#include "fc-corpus.h"

G_BEGIN_DECLS

/* The walk behind fc_corpus_add_path(); same contract. */
gboolean fc_walk_path(FcCorpus *corpus, const char *path, GError **error);

G_END_DECLS
