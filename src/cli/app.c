/* SPDX-License-Identifier: ISC */
/* app.c - what every command shares: global options, settings, the routine library */
#include "config.h"

#include "cli/app.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/numparse.h"
#include "base/outfile.h"
#include "base/paths.h"
#include "base/status.h"
#include "base/strdist.h"
#include "base/textsafe.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "cli/parse.h"
#include "formats/pending.h"

void app_init(struct app *a)
{
	memset(a, 0, sizeof *a);
	const char *cs = nl_langinfo(CODESET);
	a->utf8 = cs && strcmp(cs, "UTF-8") == 0;
	const char *env = getenv("LIMBER_DATA_DIR");
	if (env && *env)
		a->data_dir = xstrdup(env);
}

void app_free(struct app *a)
{
	free(a->config_path);
	free(a->data_dir);
	for (size_t i = 0; i < a->nroutine_dirs; i++)
		free(a->routine_dirs[i]);
	free(a->routine_dirs);
	settings_free(&a->settings);
	memset(a, 0, sizeof *a);
}

static void verror(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Messages echo what was typed or read: nothing in them may drive the terminal. */
static void verror(const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);
	char *safe = textsafe(msg, 0);
	fprintf(stderr, "limber: %s\n", safe);
	free(safe);
	free(msg);
}

void app_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verror(fmt, ap);
	va_end(ap);
}

int app_refuse(char *why)
{
	app_error("%s", why);
	free(why);
	return 2;
}

int app_usage_error(const struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	verror(fmt, ap);
	va_end(ap);
	if (a->command)
		/* TRANSLATORS: %s is a command's name (limber log --help), kept in English. */
		fprintf(stderr, _("Try 'limber %s --help' for more information.\n"), a->command);
	else
		fputs(_("Try 'limber --help' for more information.\n"), stderr);
	return 2;
}

void app_print_diags(const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		char *s = diag_format(&d->v[i]), *safe = textsafe(s, 0);
		/* FILE:LINE: (a place in an input) stands on its own; the rest gets our name. */
		fprintf(stderr, "%s%s\n", d->v[i].line > 0 ? "" : "limber: ", safe);
		free(safe);
		free(s);
	}
}

int app_report(struct diags *err, enum lb_status st)
{
	app_print_diags(err);
	diags_free(err);
	return lb_status_exit(st);
}

int app_load_settings(struct app *a)
{
	if (a->settings_loaded)
		return 0;
	char *path = a->config_path ? xstrdup(a->config_path) : NULL;
	if (!path) {
		char *dir = paths_config_dir();
		if (dir) {
			path = xasprintf("%s/limber.conf", dir);
			free(dir);
		}
	}
	struct diags d = {0};
	enum lb_status st = LB_OK;
	if (path)
		st = settings_load(&a->settings, path, a->config_given, &d);
	else
		settings_defaults(&a->settings);
	free(path);
	diags_sort(&d);
	app_print_diags(&d);
	diags_free(&d);
	if (st != LB_OK)
		return lb_status_exit(st);
	a->settings_loaded = true;
	return 0;
}

char **app_routine_search_path(const struct app *a, size_t *n)
{
	char **v = xcalloc(a->nroutine_dirs + 2, sizeof *v);
	size_t k = 0;
	for (size_t i = 0; i < a->nroutine_dirs; i++)
		v[k++] = xstrdup(a->routine_dirs[i]);
	char *dir = paths_config_dir();
	if (dir) {
		v[k++] = xasprintf("%s/routines", dir);
		free(dir);
	}
	v[k++] = paths_shipped_routines();
	*n = k;
	return v;
}

void app_free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int app_load_library(struct app *a, struct library *lib, const char *const *extra, size_t nextra,
		     bool quiet)
{
	library_init(lib);
	if (nextra)
		library_add_files(lib, extra, nextra);
	for (size_t i = 0; i < a->nroutine_dirs; i++) {
		if (library_add_dir(lib, a->routine_dirs[i], true) != LB_OK) {
			const struct diag *g = &lib->problems.v[lib->problems.n - 1];
			app_error("--routines: %s: %s", g->file, g->msg);
			library_free(lib);
			return 2;
		}
	}
	size_t n;
	char **dirs = app_routine_search_path(a, &n);
	for (size_t i = a->nroutine_dirs; i < n; i++) /* the last: the shipped routines */
		if (i + 1 < n)
			library_add_dir(lib, dirs[i], false);
		else
			library_add_shipped_dir(lib, dirs[i]);
	app_free_strings(dirs, n);
	library_finish(lib);
	if (quiet)
		return 0;
	for (size_t i = 0; i < lib->nskipped; i++) {
		const struct routine_skip *sk = &lib->skipped[i];
		size_t more = sk->nproblems > 1 ? sk->nproblems - 1 : 0;
		if (!more) {
			/* TRANSLATORS: %s is a problem in a routine file: FILE:LINE: message. */
			app_error(_("skipped %s"), sk->first);
			continue;
		}
		/* TRANSLATORS: the first %s is a problem (FILE:LINE: message), the last a file */
		app_error(ngettext("skipped %s (and %zu more problem; see 'limber check %s')",
				   "skipped %s (and %zu more problems; see 'limber check %s')",
				   more),
			  sk->first, more, sk->file);
	}
	return 0;
}

int app_load_all(struct app *a, struct library *lib)
{
	int rc = app_load_settings(a);
	if (rc) {
		library_init(lib);
		return rc;
	}
	return app_load_library(a, lib, NULL, 0, false);
}

char *app_data_dir(const struct app *a)
{
	return a->data_dir ? xstrdup(a->data_dir) : paths_data_dir();
}

int app_check_output(const struct app *a, const char *path)
{
	if (!path || strcmp(path, "-") == 0)
		return 0;
	char *dir = app_data_dir(a);
	struct diags err = {0};
	enum lb_status st = outfile_guard(path, dir, &err);
	free(dir);
	return app_report(&err, st);
}

/* Prints each problem as "limber: FILE: message" (a warning says so) and frees them. */
static void say_all(struct diags *d, bool warning)
{
	for (size_t i = 0; i < d->n; i++) {
		char *m = diag_format(&d->v[i]);
		/* TRANSLATORS: %s is a problem, often FILE: message. */
		app_error(warning ? _("warning: %s") : "%s", m);
		free(m);
	}
	diags_free(d);
}

/* Sessions kept aside while the diary was busy go in now, and the user is told. */
static void store_pending(struct diary *db, const char *dir)
{
	struct pending_report rep;
	struct diags err = {0};
	pending_store(db, dir, &rep, &err);
	char *msg = pending_message(&rep);
	if (msg)
		app_error("%s", msg);
	free(msg);
	say_all(&err, true);
}

int app_open_diary(struct app *a, int flags, struct diary **db)
{
	bool create = flags & DIARY_CREATE;
	*db = NULL;
	char *dir = app_data_dir(a);
	if (!dir) {
		app_error("%s", _("no data directory: set HOME, XDG_DATA_HOME or use --data DIR"));
		return 1;
	}
	bool sync = a->command && strcmp(a->command, "sync") != 0 && app_load_settings(a) == 0 &&
		    a->settings.sync;
	struct diags warn = {0}, err = {0};
	enum lb_status st = diary_open(db, dir, flags, &warn, &err);
	/* With sync = DIR, a machine's first command brings the others' diary in. */
	if (st == LB_NOT_FOUND && sync)
		st = diary_open(db, dir, flags | DIARY_CREATE, &warn, &err);
	if (st == LB_OK)
		store_pending(*db, dir);
	if (st == LB_OK && sync)
		app_sync_before(a, *db);
	free(dir);
	say_all(&warn, true);
	say_all(&err, false);
	if (st == LB_NOT_FOUND && !create)
		return 0;
	return st == LB_OK ? 0 : lb_status_exit(st);
}

int app_open_diary_with(struct app *a, int flags, struct diary **db, struct library *lib)
{
	int rc = app_open_diary(a, flags, db);
	if (rc)
		library_free(lib);
	return rc;
}

int app_columns(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

const char *app_sym(const struct app *a, const char *utf8, const char *ascii)
{
	return a->utf8 ? utf8 : ascii;
}

void app_put_cell(const char *s, int w, bool right)
{
	int n = utf8_width(s);
	int pad = w - (n < 0 ? (int)strlen(s) : n);
	if (right && pad > 0)
		printf("%*s", pad, "");
	fputs(s, stdout);
	if (!right && pad > 0)
		printf("%*s", pad, "");
}

int app_opt_speed(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	if (!parse_decimal(arg, 1, 100, (double *)((char *)dest + o->off)))
		return app_usage_error(a,
				       _("--speed: must be 1..100 (a decimal point, not a comma), "
					 "got %s"),
				       arg);
	return 0;
}

const struct routine *app_routine(const struct library *lib, const char *id)
{
	const struct routine *r = library_routine(lib, id);
	if (r)
		return r;
	const char **ids = xcalloc(lib->nrt + 1, sizeof *ids);
	for (size_t i = 0; i < lib->nrt; i++)
		ids[i] = lib->rt[i]->id;
	const char *hint = str_suggest(id, ids, lib->nrt);
	if (hint)
		app_error(_("no routine '%s' (did you mean '%s'?)"), id, hint);
	else
		app_error(_("no routine '%s' (see 'limber routines')"), id);
	free(ids);
	return NULL;
}

const char *const app_papers[] = {"a4", "letter", NULL};

int app_pdf_output(const struct app *a, const char *output)
{
	if (!output)
		return app_usage_error(
			a, "%s", _("where to? give -o FILE.pdf, or -o - for standard output"));
	if (strcmp(output, "-") == 0 && isatty(STDOUT_FILENO))
		return app_usage_error(
			a, "%s", _("-o -: standard output is a terminal; redirect it to a file"));
	return app_check_output(a, output); /* never onto the diary */
}

int app_parse_at(const char *arg, int64_t now, int64_t *at)
{
	char *why = NULL;
	time_t t;
	if (!timefmt_parse_datetime("--at", arg, now, &t, &why))
		return app_refuse(why);
	if (t > now + 24 * 3600) {
		app_error(_("--at: %s is more than a day in the future"), arg);
		return 2;
	}
	*at = t;
	return 0;
}
