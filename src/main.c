/* main.c - limber: global options, then one command */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "cli/cli.h"
#include "strdist.h"

const struct cli_command cli_commands[] = {
	{"run", cli_run, "[ROUTINE] [--speed X]", "play a routine as a guided session"},
	{"routines", cli_routines, "[--area AREA]", "list routines: id, title, minutes, areas"},
	{"show", cli_show, "ROUTINE", "print a routine's steps with dosage and total time"},
	{"check", cli_check, "FILE...", "validate routine files"},
	{"log", cli_log, "[OPTION]...", "add a diary entry: --back N --leg N ..."},
	{"diary", cli_diary, "[OPTION]...", "list entries and sessions (--since, --until, --format)"},
	{"edit", cli_edit, "ID [OPTION]...", "change a diary entry"},
	{"delete", cli_delete, "ID [--yes]", "delete an entry or a session"},
	{"trends", cli_trends, "[--weeks N] [--ascii]", "print the trend charts"},
	{"export", cli_export, "[--format csv|json] [-o FILE]", "write the whole diary"},
	{"import", cli_import, "FILE", "add a file written by export"},
	{NULL, NULL, NULL, NULL},
};

void cli_print_global_options(FILE *out)
{
	fputs("\n"
	      "Options for every command:\n"
	      "      --config FILE    read settings from FILE instead of\n"
	      "                       $XDG_CONFIG_HOME/limber/limber.conf\n"
	      "      --data DIR       keep the diary in DIR (also LIMBER_DATA_DIR)\n"
	      "      --routines DIR   search DIR for routine files first (repeatable)\n"
	      "  -h, --help           show this help and exit\n",
	      out);
}

static void usage(FILE *out)
{
	fputs("Usage: limber [OPTION]... [COMMAND [ARG]...]\n"
	      "A stretching coach and symptom diary for sciatica, lower-back and glute pain.\n"
	      "Without a command, on a terminal, limber opens its home screen.\n"
	      "\n"
	      "Commands:\n",
	      out);
	for (const struct cli_command *c = cli_commands; c->name; c++) {
		char head[64];
		snprintf(head, sizeof head, "%s %s", c->name, c->args);
		if (strlen(head) > 24)
			fprintf(out, "  %s\n  %-24s %s\n", head, "", c->summary);
		else
			fprintf(out, "  %-24s %s\n", head, c->summary);
	}
	cli_print_global_options(out);
	fputs("  -V, --version        show the version and exit\n"
	      "\n"
	      "Exit status: 0 success, 1 a runtime failure, 2 a usage error or invalid input.\n"
	      "limber is self-care support, not treatment: see limber(1).\n"
	      "'limber COMMAND --help' describes one command.\n",
	      out);
}

static void version(void)
{
	printf("limber %s\n"
	       "A terminal stretching coach and symptom diary.\n",
	       PACKAGE_VERSION);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		APP_GLOBAL_OPTIONS,
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	setlocale(LC_ALL, "");
	struct app a;
	app_init(&a);
	int c, rc = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+:hV", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			goto out;
		case 'V':
			version();
			goto out;
		default:
			if (!app_global_option(&a, c, optarg)) {
				rc = app_bad_option(&a, c, argv);
				goto out;
			}
		}
	}
	if (optind >= argc) {
		/* On a terminal: the home screen. In a pipe: the usage, as before. */
		if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
			rc = cli_home(&a);
		else
			usage(stdout);
		goto out;
	}
	const char *name = argv[optind];
	for (const struct cli_command *cmd = cli_commands; cmd->name; cmd++) {
		if (strcmp(cmd->name, name) == 0) {
			a.command = cmd->name;
			rc = cmd->run(&a, argc - optind, argv + optind);
			goto out;
		}
	}
	const char *names[16];
	size_t n = 0;
	for (const struct cli_command *cmd = cli_commands; cmd->name && n < 16; cmd++)
		names[n++] = cmd->name;
	const char *hint = str_suggest(name, names, n);
	if (hint)
		rc = app_usage_error(&a, "'%s' is not a limber command (did you mean '%s'?)", name,
				     hint);
	else
		rc = app_usage_error(&a, "'%s' is not a limber command", name);
out:
	app_free(&a);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("limber: writing output");
		return 1;
	}
	return rc;
}
