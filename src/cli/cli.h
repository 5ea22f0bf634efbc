/* cli.h - the non-interactive commands: each prints to stdout and returns an exit status */
#ifndef LIMBER_CLI_H
#define LIMBER_CLI_H

#include "app.h"

struct cli_command {
	const char *name;
	int (*run)(struct app *a, int argc, char **argv); /* argv[0] is the command name */
	const char *args;    /* synopsis after the name */
	const char *summary; /* one line for --help */
};

/* The commands, ending with a NULL name. */
extern const struct cli_command cli_commands[];

int cli_routines(struct app *a, int argc, char **argv);
int cli_show(struct app *a, int argc, char **argv);
int cli_check(struct app *a, int argc, char **argv);
int cli_run(struct app *a, int argc, char **argv);
/* limber with no command: the home screen on a terminal. */
int cli_home(struct app *a);
int cli_log(struct app *a, int argc, char **argv);
int cli_edit(struct app *a, int argc, char **argv);
int cli_diary(struct app *a, int argc, char **argv);
int cli_delete(struct app *a, int argc, char **argv);
int cli_trends(struct app *a, int argc, char **argv);
int cli_export(struct app *a, int argc, char **argv);
int cli_import(struct app *a, int argc, char **argv);

/* Parses "12" (an entry) or "s3" (a session) as shown by limber diary. */
bool cli_parse_id(const char *s, int64_t *id, bool *session);
/* One line about an entry (entrytext_line with " · " between its parts, " - " without UTF-8). */
char *cli_entry_text(const struct app *a, const struct diary_entry *e);

/* Prints "Usage: limber NAME ARGS" and the global options block. */
void cli_print_global_options(FILE *out);
/* Joins the names of the areas in mask with sep into a new string. */
char *cli_areas_text(unsigned mask, const char *sep);

#endif
