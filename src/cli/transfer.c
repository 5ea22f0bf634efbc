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
		     "csv (default) or json"),
	PARSE_STRING("output", 'o', "FILE", struct export_opts, output,
		     "write to FILE ('-' or none: standard output)"),
	PARSE_END,
};

static int export(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct export_opts *o = opts; /* zeroes: EXPORT_CSV to standard output */
	enum export_format fmt = (enum export_format)o->format;
	/* No diary yet: an empty export, and nothing created for it. */
	struct diary *db;
	int rc = app_open_diary(a, DIARY_READ, &db);
	if (rc)
		return rc;
	if (o->output && strcmp(o->output, "-") != 0) {
		rc = export_to_file(db, fmt, o->output);
	} else {
		struct diags err = {0};
		enum lb_status st = export_write(db, fmt, stdout, &err);
		rc = app_report(&err, st);
	}
	if (db)
		diary_close(db);
	return rc;
}

const struct cli_command cli_export_command = {
	.spec = {.name = "export", .args = "[--format csv|json] [-o FILE]", .opts = export_options,
		 .about = "Write every entry and session of the diary, to standard output or to\n"
			  "FILE (replaced atomically: it is either the old file or the new one).\n"
			  "CSV (RFC 4180, a header row) is the default; 'limber import' reads both.\n"},
	.summary = "write the whole diary", .opts_size = sizeof(struct export_opts), .run = export,
};

static int import(struct app *a, void *opts, const struct parse_result *res)
{
	(void)opts;
	bool in = strcmp(res->v[0], "-") == 0; /* '-': standard input */
	const char *path = in ? "(standard input)" : res->v[0];
	if (!in && access(path, R_OK) != 0) {
		app_error("%s: cannot open: %s", path, strerror(errno));
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
	if (st == LB_OK) {
		printf("imported %ld %s and %ld %s", n.entries_added,
		       n.entries_added == 1 ? "entry" : "entries", n.sessions_added,
		       n.sessions_added == 1 ? "session" : "sessions");
		long present = n.entries_present + n.sessions_present;
		if (present)
			printf("; %ld already in the diary", present);
		printf("\n");
	} else if (st == LB_INVALID) {
		app_error("nothing was imported from %s", path);
	}
	diary_close(db);
	return lb_status_exit(st);
}

const struct cli_command cli_import_command = {
	.spec = {.name = "import", .args = "FILE", .max_operands = 1,
		 .missing = "which file? (one written by 'limber export')",
		 .too_many = "give one file",
		 .about = "Add the entries and sessions of FILE ('-': standard input), written by\n"
			  "'limber export' (CSV or JSON), to the diary. Records already in the\n"
			  "diary are left as they are, so importing the same file twice adds\n"
			  "nothing. A problem anywhere in FILE is reported as FILE:LINE: message\n"
			  "and nothing of it is imported.\n"},
	.summary = "add a file written by export", .run = import,
};
