/* SPDX-License-Identifier: ISC */
/* cli.h - the non-interactive commands: each prints to stdout and returns an exit status */
/*
 * cli/: a face: one file per command, options from a table; the only room that may use all;
 * the ground, the core and the other faces (tui/, audio/, report/).
 */
#ifndef LIMBER_CLI_H
#define LIMBER_CLI_H

#include "cli/app.h"
#include "cli/parse.h"

/*
 * A command: how its options are read and its help printed, and what runs
 * it once they are (after tmux's cmd_entry).
 */
struct cli_command {
	struct parse_spec spec;   /* name, synopsis, help text, options, operands */
	const char *summary;      /* one line for limber --help */
	size_t opts_size;         /* the struct its options are read into; 0 for none */
	void (*init)(void *opts); /* its defaults before the options; NULL: zeroes */
	void (*done)(void *opts); /* frees what the options left in it; may be NULL */
	int (*run)(struct app *a, void *opts, const struct parse_result *res);
};

extern const struct cli_command cli_run_command, cli_routines_command, cli_show_command,
	cli_check_command, cli_log_command, cli_diary_command, cli_edit_command,
	cli_delete_command, cli_trends_command, cli_export_command, cli_import_command,
	cli_audio_command, cli_report_command, cli_sheet_command, cli_remind_command,
	cli_dose_command, cli_function_command, cli_sync_command;

/* limber with no command: the home screen on a terminal. */
int cli_home(struct app *a);

/* Parses "12" (an entry) or "s3" (a session) as shown by limber diary. */
bool cli_parse_id(const char *s, int64_t *id, bool *session);
/* One line about an entry (entrytext_line with " · " between its parts, " - " without UTF-8). */
char *cli_entry_text(const struct app *a, const struct diary_entry *e);

/* Joins the names of the areas in mask with sep into a new string. */
char *cli_areas_text(unsigned mask, const char *sep);

#endif
