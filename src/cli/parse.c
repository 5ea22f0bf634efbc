/* SPDX-License-Identifier: ISC */
/* parse.c - every command's options read from its declared table, and its help printed from it */
#include "config.h"

#include "cli/parse.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/numparse.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "cli/app.h"

/* The column where the help of an option starts. */
#define HELP_COL 23
/* Options a command may have, with the global ones. */
#define MAX_OPTS 40
/* getopt_long's value for the option at index i of the combined table. */
#define LONG_VAL(i) (0x100 + (i))

static int set_config(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)dest, (void)o;
	free(a->config_path);
	a->config_path = xstrdup(arg);
	a->config_given = true;
	return 0;
}

static int set_data(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)dest, (void)o;
	free(a->data_dir);
	a->data_dir = xstrdup(arg);
	return 0;
}

static int add_routines(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)dest, (void)o;
	a->routine_dirs = xreallocarray(a->routine_dirs, a->nroutine_dirs + 1,
					sizeof *a->routine_dirs);
	a->routine_dirs[a->nroutine_dirs++] = xstrdup(arg);
	return 0;
}

/* -h/--help: a CALL the parser recognises by this function. */
static int help(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)dest, (void)o, (void)arg;
	return 0;
}

static const struct parse_opt global_opts[] = {
	PARSE_CALL("config", 0, "FILE", set_config,
		   /* TRANSLATORS: an option's help: FILE, DIR and the like name its argument,
		      kept as they are; '\n' starts another line of the help. */
		   N_("read settings from FILE instead of\n$XDG_CONFIG_HOME/limber/limber.conf")),
	PARSE_CALL("data", 0, "DIR", set_data, N_("keep the diary in DIR (also LIMBER_DATA_DIR)")),
	PARSE_CALL("routines", 0, "DIR", add_routines,
		   N_("search DIR for routine files first (repeatable)")),
	PARSE_CALL("help", 'h', NULL, help, N_("show this help and exit")),
	PARSE_END,
};

/* The command's options, then the global ones: what getopt_long is given. */
struct table {
	const struct parse_opt *opt[MAX_OPTS];
	bool global[MAX_OPTS]; /* opt[i] sets struct app, not the command's options */
	struct option lng[MAX_OPTS + 1];
	char shrt[2 + 3 * MAX_OPTS + 1];
	size_t n;
};

static void table_add(struct table *t, const struct parse_opt *opts, bool global)
{
	for (const struct parse_opt *o = opts; o && o->name; o++) {
		if (t->n == MAX_OPTS)
			abort(); /* a table too long for MAX_OPTS: a programming error */
		t->lng[t->n] = (struct option){o->name, o->arg ? required_argument : no_argument, NULL,
					       LONG_VAL((int)t->n)};
		t->global[t->n] = global;
		t->opt[t->n++] = o;
		if (o->letter) {
			size_t len = strlen(t->shrt);
			t->shrt[len++] = o->letter;
			if (o->arg)
				t->shrt[len++] = ':';
			t->shrt[len] = '\0';
		}
	}
}

static void table_build(struct table *t, const struct parse_spec *spec)
{
	memset(t, 0, sizeof *t);
	/* '+': stop at the first operand; ':': report a missing value as ':'. */
	strcpy(t->shrt, spec->in_order ? "+:" : ":");
	table_add(t, spec->opts, false);
	table_add(t, global_opts, true);
}

/* The index of the option getopt_long returned c for, or -1. */
static int table_find(const struct table *t, int c)
{
	if (c >= LONG_VAL(0) && c < LONG_VAL((int)t->n))
		return c - LONG_VAL(0);
	for (size_t i = 0; i < t->n && c > 0 && c < 0x100; i++)
		if (t->opt[i]->letter == c)
			return (int)i;
	return -1;
}

/* Reports what getopt_long (opterr = 0, a leading ':') did not accept; returns 2. */
static int bad_option(const struct app *a, const struct table *t, int c, char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";
	int i = table_find(t, optopt);
	if (c == '?' && i >= 0 && optopt >= LONG_VAL(0)) /* --flag=VALUE */
		return app_usage_error(a, _("option '--%s' takes no value"), t->opt[i]->name);
	if (c == ':') {
		if (optopt && arg[0] == '-' && arg[1] != '-')
			return app_usage_error(a, _("option '-%c' needs a value"), optopt);
		return app_usage_error(a, _("option '%s' needs a value"), arg);
	}
	if (optopt)
		return app_usage_error(a, _("unknown option '-%c'"), optopt);
	return app_usage_error(a, _("unknown option '%s'"), arg);
}

/* "a, b or c": the words (an option's choices, never translated) as a list in the language. */
static char *words_text(const char *const *words)
{
	struct strbuf b;
	sb_init(&b);
	for (size_t i = 0; words[i]; i++)
		sb_addf(&b, "%s%s",
			i == 0		 ? ""
			: words[i + 1] ? C_("list of choices: between two", ", ")
				       : C_("list of choices: before the last", " or "),
			words[i]);
	return sb_steal(&b);
}

static int set_choice(const struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	for (int i = 0; o->words[i]; i++) {
		if (strcmp(o->words[i], arg) == 0) {
			*(int *)((char *)dest + o->off) = i;
			return 0;
		}
	}
	char *all = words_text(o->words);
	/* TRANSLATORS: "--format: must be csv or json, got 'xml'"; the choices stay in English. */
	int rc = app_usage_error(a, _("--%s: must be %s, got '%s'"), o->name, all, arg);
	free(all);
	return rc;
}

/* Does what o says with arg; 0 to go on, else an exit status. */
static int apply(struct app *a, const struct parse_opt *o, const char *arg, void *dest)
{
	char *p = (char *)dest + o->off;
	switch (o->kind) {
	case PARSE_KIND_FLAG:
		*(bool *)p = true;
		return 0;
	case PARSE_KIND_STRING:
		*(const char **)p = arg;
		return 0;
	case PARSE_KIND_INT:
		if (!parse_uint(arg, o->min, o->max, (long *)p))
			return app_usage_error(a, _("--%s: must be %ld..%ld, got %s"), o->name,
					       o->min, o->max, arg);
		return 0;
	case PARSE_KIND_CHOICE:
		return set_choice(a, dest, o, arg);
	case PARSE_KIND_CALL:
		return o->call(a, dest, o, arg);
	}
	return 0;
}

/* Checks the number of operands against the spec; -1 when right, else 2. */
static int check_operands(const struct app *a, const struct parse_spec *spec,
			  const struct parse_result *ops)
{
	/* The messages of a command's spec are marked N_() in its file and translated here. */
	if (ops->n == 0 && spec->missing)
		return app_usage_error(a, "%s", _(spec->missing));
	if (spec->max_operands < 0 || ops->n <= spec->max_operands)
		return -1;
	if (spec->too_many)
		return app_usage_error(a, "%s", _(spec->too_many));
	return app_usage_error(a, _("unexpected argument '%s'"), ops->v[spec->max_operands]);
}

int parse_command(struct app *a, const struct parse_spec *spec, int argc, char **argv, void *opts,
		  struct parse_result *ops)
{
	struct table t;
	table_build(&t, spec);
	int c;
	ops->given = 0;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, t.shrt, t.lng, NULL)) != -1) {
		int i = table_find(&t, c);
		if (i < 0)
			return bad_option(a, &t, c, argv);
		const struct parse_opt *o = t.opt[i];
		if (o->kind == PARSE_KIND_CALL && o->call == help) {
			if (spec->usage)
				spec->usage(stdout);
			else
				parse_usage(spec, stdout);
			return 0;
		}
		int rc = apply(a, o, optarg, t.global[i] ? (void *)a : opts);
		if (rc)
			return rc == PARSE_STOP ? 0 : rc;
		if (!t.global[i] && i < (int)(8 * sizeof ops->given))
			ops->given |= PARSE_GIVEN(i);
	}
	ops->v = argv + optind;
	ops->n = argc - optind;
	return check_operands(a, spec, ops);
}

/* Prints text from column col, its continuation lines (after '\n') indented to col too. */
static void print_help_text(const char *text, int col, FILE *out)
{
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		fprintf(out, "%.*s\n", (int)n, p);
		p += n;
		if (*p == '\n' && *++p)
			fprintf(out, "%*s", col, "");
	}
}

void parse_print_options(const struct parse_opt *opts, FILE *out)
{
	for (const struct parse_opt *o = opts; o && o->name; o++) {
		char head[64];
		if (o->letter)
			snprintf(head, sizeof head, "  -%c, --%s%s%s", o->letter, o->name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(head, sizeof head, "      --%s%s%s", o->name, o->arg ? " " : "",
				 o->arg ? o->arg : "");
		int w = (int)strlen(head);
		if (w + 2 > HELP_COL)
			fprintf(out, "%s\n%*s", head, HELP_COL, "");
		else
			fprintf(out, "%-*s", HELP_COL, head);
		print_help_text(_(o->help), HELP_COL, out); /* marked N_() in each table */
	}
}

void parse_print_global_options(FILE *out)
{
	fputs(_("\nOptions for every command:\n"), out);
	parse_print_options(global_opts, out);
}

void parse_usage(const struct parse_spec *spec, FILE *out)
{
	char *synopsis = xasprintf("limber %s%s%s", spec->name ? spec->name : "",
				   spec->name && spec->args[0] ? " " : "", spec->args);
	fprintf(out, _("Usage: %s\n"), synopsis);
	free(synopsis);
	fputs(_(spec->about), out);
	if (spec->opts && spec->opts->name) {
		fputc('\n', out);
		parse_print_options(spec->opts, out);
	}
	parse_print_global_options(out);
}
