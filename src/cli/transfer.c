/* transfer.c - `limber export` and `limber import`: a portable copy of the whole diary */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "diag.h"
#include "export.h"
#include "status.h"
#include "xalloc.h"

static void export_usage(FILE *out)
{
	fputs("Usage: limber export [--format csv|json] [-o FILE]\n"
	      "Write every entry and session of the diary, to standard output or to\n"
	      "FILE (replaced atomically: it is either the old file or the new one).\n"
	      "CSV (RFC 4180, a header row) is the default; 'limber import' reads both.\n"
	      "\n"
	      "  --format FORMAT   csv (default) or json\n"
	      "  -o, --output FILE write to FILE instead of standard output\n",
	      out);
	cli_print_global_options(out);
}

/* Writes through a temporary file in FILE's directory, then renames it into place. */
static int export_to_file(struct diary *db, enum export_format fmt, const char *path)
{
	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		app_error("%s: cannot write: %s", path, strerror(errno));
		free(tmp);
		return 1;
	}
	/* The export is health data too. */
	fchmod(fd, 0600);
	FILE *f = fdopen(fd, "w");
	struct diags err = {0};
	enum lb_status st = export_write(db, fmt, f, &err);
	if (st == LB_OK && (fflush(f) != 0 || fsync(fd) != 0)) {
		diags_add(&err, path, 0, "cannot write: %s", strerror(errno));
		st = LB_IO;
	}
	if (fclose(f) != 0 && st == LB_OK) {
		diags_add(&err, path, 0, "cannot write: %s", strerror(errno));
		st = LB_IO;
	}
	if (st == LB_OK && rename(tmp, path) != 0) {
		diags_add(&err, path, 0, "cannot replace: %s", strerror(errno));
		st = LB_IO;
	}
	if (st != LB_OK)
		unlink(tmp);
	free(tmp);
	app_print_diags(&err);
	diags_free(&err);
	return lb_status_exit(st);
}

int cli_export(struct app *a, int argc, char **argv)
{
	enum { OPT_FORMAT = APP_OPT_FIRST_FREE };
	static const struct option opts[] = {
		{"format", required_argument, NULL, OPT_FORMAT},
		{"output", required_argument, NULL, 'o'},
		APP_GLOBAL_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	enum export_format fmt = EXPORT_CSV;
	const char *output = NULL;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			export_usage(stdout);
			return 0;
		case 'o':
			output = optarg;
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "csv") == 0)
				fmt = EXPORT_CSV;
			else if (strcmp(optarg, "json") == 0)
				fmt = EXPORT_JSON;
			else
				return app_usage_error(a, "--format: must be csv or json, got '%s'",
						       optarg);
			break;
		default:
			if (!app_global_option(a, c, optarg))
				return app_bad_option(a, c, argv);
		}
	}
	if (optind < argc)
		return app_usage_error(a, "unexpected argument '%s'", argv[optind]);
	/* No diary yet: an empty export, and nothing created for it. */
	struct diary *db;
	int rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	if (output) {
		rc = export_to_file(db, fmt, output);
	} else {
		struct diags err = {0};
		enum lb_status st = export_write(db, fmt, stdout, &err);
		app_print_diags(&err);
		diags_free(&err);
		rc = lb_status_exit(st);
	}
	if (db)
		diary_close(db);
	return rc;
}

static void import_usage(FILE *out)
{
	fputs("Usage: limber import FILE\n"
	      "Add the entries and sessions of FILE, written by 'limber export' (CSV or\n"
	      "JSON), to the diary. Records already in the diary are left as they are,\n"
	      "so importing the same file twice adds nothing. A problem anywhere in FILE\n"
	      "is reported as FILE:LINE: message and nothing of it is imported.\n",
	      out);
	cli_print_global_options(out);
}

int cli_import(struct app *a, int argc, char **argv)
{
	int rc = app_parse_plain(a, argc, argv, import_usage);
	if (rc >= 0)
		return rc;
	if (optind >= argc)
		return app_usage_error(a, "which file? (one written by 'limber export')");
	if (optind + 1 < argc)
		return app_usage_error(a, "give one file");
	const char *path = argv[optind];
	if (access(path, R_OK) != 0) {
		app_error("%s: cannot open: %s", path, strerror(errno));
		return 2;
	}
	struct diary *db;
	rc = app_open_diary(a, true, &db);
	if (rc)
		return rc;
	struct import_result res;
	struct diags err = {0};
	enum lb_status st = export_import(db, path, &res, &err);
	app_print_diags(&err);
	diags_free(&err);
	if (st == LB_OK) {
		printf("imported %ld %s and %ld %s", res.entries_added,
		       res.entries_added == 1 ? "entry" : "entries", res.sessions_added,
		       res.sessions_added == 1 ? "session" : "sessions");
		long present = res.entries_present + res.sessions_present;
		if (present)
			printf("; %ld already in the diary", present);
		printf("\n");
	} else if (st == LB_INVALID) {
		app_error("nothing was imported from %s", path);
	}
	diary_close(db);
	return lb_status_exit(st);
}
