/* diary.c - `limber diary` and `limber delete`: reading and pruning the diary */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "diag.h"
#include "entrytext.h"
#include "export.h"
#include "numparse.h"
#include "status.h"
#include "timefmt.h"
#include "utf8.h"
#include "xalloc.h"

bool cli_parse_id(const char *s, int64_t *id, bool *session)
{
	long v;
	*session = s[0] == 's';
	if (!parse_uint(s + (*session ? 1 : 0), 1, 0x7fffffffL, &v))
		return false;
	*id = v;
	return true;
}

char *cli_entry_text(const struct app *a, const struct diary_entry *e)
{
	return entrytext_line(e, a->utf8, app_sym(a, " · ", " - "));
}

/* ---- limber diary ---- */

struct table {
	const struct app *a;
	int cols;
	int year; /* the year of the last row printed, for year headings */
	long rows;
};

#define DETAIL_LINES 3

/*
 * Prints s wrapped in cols columns over at most DETAIL_LINES lines, the
 * continuation lines indented by indent; the last line is cut with an
 * ellipsis when more remains. Newlines and tabs become spaces.
 */
static void print_wrapped(const struct app *a, const char *s, int cols, int indent)
{
	char *flat = xstrdup(s);
	for (char *p = flat; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	const char *p = flat, *next;
	for (int line = 0; *p && line < DETAIL_LINES; line++, p = next) {
		if (line)
			printf("\n%*s", indent, "");
		size_t n = utf8_wrap(p, cols, &next);
		if (line == DETAIL_LINES - 1 && *next) {
			n = utf8_fit(p, cols - 1);
			fwrite(p, 1, n, stdout);
			fputs(app_sym(a, "…", "~"), stdout);
			break;
		}
		fwrite(p, 1, n, stdout);
	}
	free(flat);
}

static void row_start(struct table *t, const char *id, int64_t at)
{
	struct tm tm;
	time_t tt = (time_t)at;
	localtime_r(&tt, &tm);
	if (tm.tm_year + 1900 != t->year) {
		t->year = tm.tm_year + 1900;
		printf("%s%s %d\n", t->rows ? "\n" : "", t->a->utf8 ? "──" : "--", t->year);
	}
	char when[32];
	strftime(when, sizeof when, "%a %d %b %H:%M", &tm);
	printf("%-6s %-16s ", id, when);
	t->rows++;
}

static int table_row(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct table *t = ctx;
	const struct app *a = t->a;
	char id[24];
	/* ID(6) WHEN(16) BACK(4) LEG(4): 6+1+16+1+4+1+4+2 = 35 columns before details. */
	int room = t->cols - 35;
	if (room < 10)
		room = 10;
	char *details;
	if (e) {
		snprintf(id, sizeof id, "%lld", (long long)e->id);
		row_start(t, id, e->at);
		char back[16] = "-", leg[16] = "-";
		if (e->back >= 0)
			snprintf(back, sizeof back, "%d", e->back);
		if (e->leg >= 0)
			snprintf(leg, sizeof leg, "%d", e->leg);
		printf("%4s %4s  ", back, leg);
		details = entrytext_details(e, a->utf8, "; ", NULL);
	} else {
		snprintf(id, sizeof id, "s%lld", (long long)s->id);
		row_start(t, id, s->started);
		printf("%4s %4s  ", "", "");
		char *text = entrytext_session(s, ET_SPEED | ET_PAIN, app_sym(a, "→", "->"));
		details = xasprintf("session: %s", text);
		free(text);
	}
	print_wrapped(a, details, room, t->cols - room);
	fputc('\n', stdout);
	free(details);
	return 0;
}

static void diary_usage(FILE *out)
{
	fputs("Usage: limber diary [--since DATE] [--until DATE] [--format table|csv|json]\n"
	      "List diary entries and sessions in time order. DATE is YYYY-MM-DD; both\n"
	      "ends are included. The table fits the terminal (80 columns in a pipe);\n"
	      "csv and json give every field, as 'limber export' does.\n"
	      "\n"
	      "  --since DATE      from this day on\n"
	      "  --until DATE      up to and including this day\n"
	      "  --format FORMAT   table (default), csv or json\n",
	      out);
	cli_print_global_options(out);
}

int cli_diary(struct app *a, int argc, char **argv)
{
	enum { OPT_SINCE = APP_OPT_FIRST_FREE, OPT_UNTIL, OPT_FORMAT };
	static const struct option opts[] = {
		{"since", required_argument, NULL, OPT_SINCE},
		{"until", required_argument, NULL, OPT_UNTIL},
		{"format", required_argument, NULL, OPT_FORMAT},
		APP_GLOBAL_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	int64_t from = INT64_MIN, to = INT64_MAX;
	int format = -1; /* table */
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		char *why = NULL;
		time_t t;
		switch (c) {
		case 'h':
			diary_usage(stdout);
			return 0;
		case OPT_SINCE:
			if (!timefmt_parse_date("--since", optarg, &t, &why)) {
				app_error("%s", why);
				free(why);
				return 2;
			}
			from = t;
			break;
		case OPT_UNTIL:
			if (!timefmt_parse_date("--until", optarg, &t, &why)) {
				app_error("%s", why);
				free(why);
				return 2;
			}
			to = timefmt_next_day(t);
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "table") == 0)
				format = -1;
			else if (strcmp(optarg, "csv") == 0)
				format = EXPORT_CSV;
			else if (strcmp(optarg, "json") == 0)
				format = EXPORT_JSON;
			else
				return app_usage_error(a, "--format: must be table, csv or json, got "
							  "'%s'",
						       optarg);
			break;
		default:
			if (!app_global_option(a, c, optarg))
				return app_bad_option(a, c, argv);
		}
	}
	if (optind < argc)
		return app_usage_error(a, "unexpected argument '%s'", argv[optind]);
	if (from != INT64_MIN && to != INT64_MAX && to <= from)
		return app_usage_error(a, "--until is before --since");
	struct diary *db;
	int rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	if (!db) {
		if (format < 0) {
			printf("The diary is empty: 'limber log --back N --leg N' adds an entry.\n");
			return 0;
		}
		struct diags none = {0};
		return lb_status_exit(
			export_write_range(NULL, (enum export_format)format, stdout, from, to, &none));
	}
	struct diags err = {0};
	enum lb_status st;
	if (format >= 0) {
		st = export_write_range(db, (enum export_format)format, stdout, from, to, &err);
	} else {
		struct table t = {a, app_columns(), 0, 0};
		printf("%-6s %-16s %4s %4s  %s\n", "ID", "WHEN", "BACK", "LEG", "DETAILS");
		st = diary_each(db, from, to, table_row, &t, &err);
		if (st == LB_OK && t.rows == 0)
			printf("(nothing in this period)\n");
	}
	app_print_diags(&err);
	diags_free(&err);
	diary_close(db);
	return lb_status_exit(st);
}

/* ---- limber delete ---- */

static void delete_usage(FILE *out)
{
	fputs("Usage: limber delete ID [--yes]\n"
	      "Delete a diary entry (ID as 'limber diary' shows it) or a session (sN).\n"
	      "On a terminal it asks first; --yes deletes without asking (for scripts).\n"
	      "\n"
	      "  -y, --yes   do not ask\n",
	      out);
	cli_print_global_options(out);
}

/* Asks on the terminal; true for y or yes. */
static bool confirm(const char *question)
{
	fprintf(stderr, "%s [y/N] ", question);
	fflush(stderr);
	char line[16];
	if (!fgets(line, sizeof line, stdin))
		return false;
	return strcmp(line, "y\n") == 0 || strcmp(line, "Y\n") == 0 || strcmp(line, "yes\n") == 0;
}

int cli_delete(struct app *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{"yes", no_argument, NULL, 'y'},
		APP_GLOBAL_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	bool yes = false;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hy", opts, NULL)) != -1) {
		if (c == 'h') {
			delete_usage(stdout);
			return 0;
		} else if (c == 'y') {
			yes = true;
		} else if (!app_global_option(a, c, optarg)) {
			return app_bad_option(a, c, argv);
		}
	}
	if (optind >= argc)
		return app_usage_error(a, "which entry? (the ID from 'limber diary')");
	if (optind + 1 < argc)
		return app_usage_error(a, "give one ID");
	int64_t id;
	bool session;
	if (!cli_parse_id(argv[optind], &id, &session))
		return app_usage_error(a, "'%s' is not an ID from 'limber diary' (12, or s3 for "
					  "a session)",
				       argv[optind]);
	if (!yes && !isatty(STDIN_FILENO))
		return app_usage_error(a, "not asking without a terminal: add --yes to delete");
	struct diary *db;
	int rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	if (!db) {
		app_error("there is no %s %s (the diary is empty)", session ? "session" : "entry",
			  argv[optind]);
		return 2;
	}
	struct diags err = {0};
	enum lb_status st;
	char *what;
	if (session) {
		struct diary_session s;
		st = diary_get_session(db, id, &s, &err);
		char when[64] = "";
		if (st == LB_OK)
			timefmt_local(when, sizeof when, "%a %d %b %Y %H:%M", (time_t)s.started);
		what = xasprintf("session s%lld (%s, %s)", (long long)id,
				 st == LB_OK && s.title ? s.title : "", when);
		if (st == LB_OK)
			diary_session_free(&s);
	} else {
		struct diary_entry e;
		st = diary_get_entry(db, id, &e, &err);
		char *text = st == LB_OK ? cli_entry_text(a, &e) : xstrdup("");
		what = xasprintf("entry %lld (%s)", (long long)id, text);
		free(text);
		if (st == LB_OK)
			diary_entry_free(&e);
	}
	if (st == LB_OK) {
		char *q = xasprintf("Delete %s?", what);
		bool go = yes || confirm(q);
		free(q);
		if (!go) {
			printf("kept %s\n", what);
		} else {
			st = session ? diary_delete_session(db, id, &err)
				     : diary_delete_entry(db, id, &err);
			if (st == LB_OK)
				printf("deleted %s\n", what);
		}
	}
	free(what);
	app_print_diags(&err);
	diags_free(&err);
	diary_close(db);
	if (st == LB_NOT_FOUND)
		return 2;
	return lb_status_exit(st);
}
