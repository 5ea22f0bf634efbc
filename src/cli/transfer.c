/* SPDX-License-Identifier: ISC */
/* transfer.c - `limber export` and `limber import`: a portable copy of the whole diary */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/outfile.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "formats/export.h"

/* Writes the export to FILE whole or not at all (outfile.h). */
static int export_to_file(struct diary *db, enum export_format fmt, const char *path)
{
	struct outfile out;
	struct diags err = {0};
	enum lb_status st = outfile_open(&out, path, &err);
	if (st == LB_OK) {
		st = export_write(db, fmt, out.f, &err);
		enum lb_status closed = outfile_close(&out, st == LB_OK, &err);
		if (st == LB_OK)
			st = closed;
	}
	return app_report(&err, st);
}

/* The words of --format, in enum export_format's order. */
static const char *const export_formats[] = {"csv", "json", NULL};

struct export_opts {
	int format; /* enum export_format */
	const char *output;
};

static const struct parse_opt export_options[] = {
	PARSE_CHOICE("format", "FORMAT", export_formats, struct export_opts, format,
		     /* TRANSLATORS: csv and json are the option's words, kept in English. */
		     N_("csv (default) or json")),
	PARSE_STRING("output", 'o', "FILE", struct export_opts, output,
		     N_("write to FILE ('-' or none: standard output)")),
	PARSE_END,
};

static int export(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct export_opts *o = opts; /* zeroes: EXPORT_CSV to standard output */
	enum export_format fmt = (enum export_format)o->format;
	int guard = app_check_output(a, o->output);
	if (guard)
		return guard;
	/* No diary yet: an empty export, and nothing created for it. */
	struct diary *db;
	int rc = app_open_diary(a, DIARY_READ | DIARY_SALVAGE, &db);
	if (rc)
		return rc;
	if (o->output && strcmp(o->output, "-") != 0) {
		rc = export_to_file(db, fmt, o->output);
	} else {
		struct diags err = {0};
		enum lb_status st = export_write(db, fmt, stdout, &err);
		rc = app_report(&err, st);
	}
	if (db && rc == 0 && diary_unread_days(db) > 0) {
		long long days = (long long)diary_unread_days(db);
		app_error(ngettext("%lld day of the damaged diary could not be read and is missing "
				   "from the export",
				   "%lld days of the damaged diary could not be read and are "
				   "missing from the export",
				   (unsigned long)days),
			  days);
		rc = 1;
	}
	if (db)
		diary_close(db);
	return rc;
}

const struct cli_command cli_export_command = {
	.spec = {.name = "export", .args = "[--format csv|json] [-o FILE]", .opts = export_options,
		 .about = N_("Write every entry and session of the diary, to standard output or to\n"
			     "FILE (replaced atomically: it is either the old file or the new one).\n"
			     "CSV (RFC 4180, a header row) is the default; 'limber import' reads both.\n")},
	.summary = N_("write the whole diary"), .opts_size = sizeof(struct export_opts),
	.run = export,
};

/* "imported 3 entries and 1 session; 2 already in the diary" */
static void print_imported(const struct import_result *n)
{
	char *entries = xasprintf(ngettext("%ld entry", "%ld entries", n->entries_added),
				  n->entries_added);
	char *sessions = xasprintf(ngettext("%ld session", "%ld sessions", n->sessions_added),
				   n->sessions_added);
	long present = n->entries_present + n->sessions_present;
	if (present)
		/* TRANSLATORS: "imported 3 entries and 1 session; 2 already in the diary". */
		printf(ngettext("imported %s and %s; %ld already in the diary\n",
				"imported %s and %s; %ld already in the diary\n", present),
		       entries, sessions, present);
	else
		/* TRANSLATORS: "imported 3 entries and 1 session". */
		printf(_("imported %s and %s\n"), entries, sessions);
	free(entries);
	free(sessions);
}

static int import(struct app *a, void *opts, const struct parse_result *res)
{
	(void)opts;
	bool in = strcmp(res->v[0], "-") == 0; /* '-': standard input */
	/* TRANSLATORS: the name a problem gives standard input: "(standard input):3: ...". */
	const char *path = in ? _("(standard input)") : res->v[0];
	if (!in && access(path, R_OK) != 0) {
		/* TRANSLATORS: a file, then why (the system's words). */
		app_error(_("%s: cannot open: %s"), path, strerror(errno));
		return 2;
	}
	struct diary *db;
	int rc = app_open_diary(a, true, &db);
	if (rc)
		return rc;
	struct import_result n;
	struct diags err = {0};
	enum lb_status st = in ? export_import_stream(db, stdin, path, clock_wall(), &n, &err)
			       : export_import(db, path, clock_wall(), &n, &err);
	app_print_diags(&err);
	diags_free(&err);
	if (st == LB_OK)
		print_imported(&n);
	else if (st == LB_INVALID)
		/* TRANSLATORS: %s is a file, or "(standard input)". */
		app_error(_("nothing was imported from %s"), path);
	diary_close(db);
	return lb_status_exit(st);
}

const struct cli_command cli_import_command = {
	.spec = {.name = "import", .args = "FILE", .max_operands = 1,
		 .missing = N_("which file? (one written by 'limber export')"),
		 .too_many = N_("give one file"),
		 .about = N_("Add the entries and sessions of FILE ('-': standard input), written by\n"
			     "'limber export' (CSV or JSON), to the diary. Records already in the\n"
			     "diary are left as they are, so importing the same file twice adds\n"
			     "nothing. A problem anywhere in FILE is reported as FILE:LINE: message\n"
			     "and nothing of it is imported.\n")},
	.summary = N_("add a file written by export"), .run = import,
};
