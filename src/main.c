/* SPDX-License-Identifier: ISC */
/* main.c - limber: the command table, limber's own options, then one command */
#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/strdist.h"
#include "base/xalloc.h"
#include "cli/cli.h"

static const struct cli_command *const commands[] = {
	&cli_run_command,    &cli_routines_command, &cli_show_command,   &cli_check_command,
	&cli_log_command,    &cli_diary_command,    &cli_edit_command,   &cli_delete_command,
	&cli_trends_command, &cli_export_command,   &cli_import_command,   &cli_audio_command,
	&cli_report_command, &cli_sheet_command, &cli_remind_command, &cli_dose_command,
	&cli_function_command, &cli_sync_command,
};

#define NCOMMANDS (sizeof commands / sizeof *commands)

static int version(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)dest, (void)o, (void)arg;
	printf("limber %s\n", PACKAGE_VERSION);
	fputs(_("A terminal stretching coach and symptom diary.\n"), stdout);
	printf(_("Copyright (c) %d the limber authors\n"), 2026);
	fputs(_("License ISC: <https://opensource.org/licenses/ISC>\n"
		"This is free software: you are free to change and redistribute it.\n"
		"There is NO WARRANTY, to the extent permitted by law.\n"),
	      stdout);
	return PARSE_STOP;
}

static const struct parse_opt main_opts[] = {
	PARSE_CALL("version", 'V', NULL, version, N_("show the version and exit")),
	PARSE_END,
};

static void usage(FILE *out)
{
	/* TRANSLATORS: %s is how the command is typed (limber [OPTION]...), kept in English. */
	fprintf(out, _("Usage: %s\n"), "limber [OPTION]... [COMMAND [ARG]...]");
	fputs(_("A stretching coach and symptom diary for sciatica, lower-back and glute pain.\n"
		"Without a command, on a terminal, limber opens its home screen.\n"),
	      out);
	fputs(_("\nCommands:\n"), out);
	for (size_t i = 0; i < NCOMMANDS; i++) {
		const struct cli_command *c = commands[i];
		char head[64];
		snprintf(head, sizeof head, "%s %s", c->spec.name, c->spec.args);
		/* Each command's table marks its summary N_(); it is translated here. */
		if (strlen(head) > 24)
			fprintf(out, "  %s\n  %-24s %s\n", head, "", _(c->summary));
		else
			fprintf(out, "  %-24s %s\n", head, _(c->summary));
	}
	parse_print_global_options(out);
	parse_print_options(main_opts, out);
	fputs(_("\n"
		"Exit status: 0 success, 1 a runtime failure, 2 a usage error or invalid input.\n"
		"limber is self-care support, not treatment: see limber(1).\n"
		"'limber COMMAND --help' describes one command.\n"),
	      out);
}

static const struct parse_spec main_spec = {
	.args = "[OPTION]... [COMMAND [ARG]...]",
	.opts = main_opts,
	.max_operands = -1,
	.in_order = true,
	.usage = usage,
};

/* Reads cmd's options from argv (argv[0] its name) and runs it. */
static int run(struct app *a, const struct cli_command *cmd, int argc, char **argv)
{
	a->command = cmd->spec.name;
	void *opts = cmd->opts_size ? xcalloc(1, cmd->opts_size) : NULL;
	if (cmd->init)
		cmd->init(opts);
	struct parse_result res;
	int rc = parse_command(a, &cmd->spec, argc, argv, opts, &res);
	if (rc < 0)
		rc = cmd->run(a, opts, &res);
	if (cmd->done)
		cmd->done(opts);
	free(opts);
	return rc;
}

/* Runs the command named by ops->v[0], or says there is none of that name. */
static int dispatch(struct app *a, const struct parse_result *ops)
{
	const char *name = ops->v[0];
	const char *names[NCOMMANDS];
	for (size_t i = 0; i < NCOMMANDS; i++) {
		if (strcmp(commands[i]->spec.name, name) == 0)
			return run(a, commands[i], ops->n, ops->v);
		names[i] = commands[i]->spec.name;
	}
	const char *hint = str_suggest(name, names, NCOMMANDS);
	if (hint)
		return app_usage_error(a, _("'%s' is not a limber command (did you mean '%s'?)"),
				       name, hint);
	return app_usage_error(a, _("'%s' is not a limber command"), name);
}

/*
 * The user's locale, and limber's messages in its language.
 *
 * LC_NUMERIC stays "C": every number limber writes to a file (CSV, JSON, the
 * SQL it binds, systemd units) and every number it reads (limber.conf,
 * routine files, options such as --speed) has a decimal point whatever the
 * language, so an export made under LANG=de_DE.UTF-8 is byte for byte the
 * one made under LANG=C, and a file written in one language reads in any
 * other. The readers and writers of files already use the C locale on
 * purpose (base/numparse.h: c_strtod, c_snprintf; jansson; SQLite); "C"
 * here keeps any printf or strtod added later from depending on the
 * language. A number on the screen or in the report that should follow the
 * user's conventions (3,5 in German) is formatted so deliberately, with
 * i18n_snprintf (base/i18n.h). Dates follow LC_TIME on screen (strftime);
 * files keep ISO 8601, never %a, %b or %c, whose words are the language's.
 *
 * LIMBER_LOCALEDIR, when set, replaces the installed catalogs' directory:
 * a build tree's po/locale (made by make), so the tests and translators see
 * a translation without installing it.
 */
static void locale_init(void)
{
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
#ifdef ENABLE_NLS
	const char *dir = getenv("LIMBER_LOCALEDIR");
	bindtextdomain(PACKAGE, dir && *dir ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
}

int main(int argc, char **argv)
{
	locale_init();
	/* A file size limit (ulimit -f) is a write error to report, not a signal to die of. */
	signal(SIGXFSZ, SIG_IGN);
	struct app a;
	app_init(&a);
	struct parse_result ops;
	int rc = parse_command(&a, &main_spec, argc, argv, NULL, &ops);
	if (rc < 0 && ops.n > 0) {
		rc = dispatch(&a, &ops);
	} else if (rc < 0 && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		rc = cli_home(&a); /* on a terminal: the home screen */
	} else if (rc < 0) {
		usage(stdout); /* in a pipe: the usage, as before */
		rc = 0;
	}
	app_sync_at_exit(&a);
	app_free(&a);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror(_("limber: writing output"));
		return 1;
	}
	return rc;
}
