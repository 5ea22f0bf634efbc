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

/* Prints "Usage: limber NAME ARGS" and the global options block. */
void cli_print_global_options(FILE *out);
/* Joins the names of the areas in mask with sep into a new string. */
char *cli_areas_text(unsigned mask, const char *sep);

#endif
