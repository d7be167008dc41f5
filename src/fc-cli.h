/* fc-cli: options, subcommands and exit status; the only code that prints.
 *
 *     factcheck [OPTION…] PATH…          extract, group, check, report
 *     factcheck claims [OPTION…] PATH…   list every extracted claim
 *
 * Exit status: 0 nothing at or above --fail-on, 1 something, 2 usage, rule
 * or I/O error.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

enum { FC_EXIT_OK = 0, FC_EXIT_FINDINGS = 1, FC_EXIT_ERROR = 2 };

int fc_cli_run(int argc, char **argv);

G_END_DECLS
