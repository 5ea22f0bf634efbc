/* SPDX-License-Identifier: ISC */
/* diary.c - `limber diary` and `limber delete`: reading and pruning the diary */
#include "config.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/numparse.h"
#include "base/status.h"
#include "base/textsafe.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "diary/entrytext.h"
#include "formats/export.h"

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
	bool full;        /* every line of the details, a note's line breaks kept */
	const char *grep; /* only the rows that hold this, or NULL */
	int idw, whenw, backw, legw; /* the columns before the details */
};

#define DETAIL_LINES 3

/*
 * Prints s wrapped in cols columns over at most DETAIL_LINES lines (all of
 * them when full), the continuation lines indented by indent; the last line
 * is cut with an ellipsis when more remains. Tabs become spaces, and so do
 * newlines unless full.
 */
static void print_wrapped(const struct app *a, const char *s, int cols, int indent, bool full)
{
	char *flat = xstrdup(s);
	for (char *p = flat; *p; p++)
		if ((*p == '\n' && !full) || *p == '\t')
			*p = ' ';
	int line = 0;
	for (char *piece = flat, *nl; piece; piece = nl) {
		nl = strchr(piece, '\n');
		if (nl)
			*nl++ = '\0';
		const char *p = piece, *next;
		do {
			if (line)
				printf("\n%*s", indent, "");
			size_t n = *p ? utf8_wrap(p, cols, &next) : 0;
			if (!*p)
				next = p;
			if (!full && line == DETAIL_LINES - 1 && *next) {
				n = utf8_fit(p, cols - 1);
				fwrite(p, 1, n, stdout);
				fputs(app_sym(a, "…", "~"), stdout);
				free(flat);
				return;
			}
			fwrite(p, 1, n, stdout);
			line++;
			if (next == p)
				break;
			p = next;
		} while (*p);
	}
	free(flat);
}

/* A row's time as the locale writes a weekday, a day, a month and the time of day. */
static void row_when(char *buf, size_t n, const struct tm *tm)
{
	/* TRANSLATORS: strftime(3) format of the time of a row of limber diary; the
	   %a and %b give the locale's short weekday and month; "Mon 05 Dec 14:30". */
	if (!strftime(buf, n, _("%a %d %b %H:%M"), tm))
		buf[0] = '\0';
}

/* The widest row_when() can be: every weekday with every month (7 and 12 share no factor). */
static int row_when_width(void)
{
	int widest = 0;
	for (int i = 0; i < 7 * 12; i++) {
		struct tm tm = {.tm_year = 126, .tm_mon = i % 12, .tm_mday = 28, .tm_wday = i % 7,
				.tm_hour = 23, .tm_min = 59};
		char s[64];
		row_when(s, sizeof s, &tm);
		int w = utf8_width(s);
		if (w < 0)
			w = (int)strlen(s);
		if (w > widest)
			widest = w;
	}
	return widest;
}

/* The widest of at least min columns and the width of a heading. */
static int column(int min, const char *heading)
{
	int w = utf8_width(heading);
	return w > min ? w : min;
}

/* The column widths: the English ones at least, wider for a language's headings or dates. */
static void table_columns(struct table *t)
{
	/* TRANSLATORS: headings of limber diary's table; the columns grow to fit them.
	   ID is an entry's number, WHEN its time, BACK and LEG the pain 0..10. */
	t->idw = column(6, _("ID"));
	t->whenw = column(16, _("WHEN"));
	int dates = row_when_width();
	if (dates > t->whenw)
		t->whenw = dates;
	t->backw = column(4, _("BACK"));
	t->legw = column(4, _("LEG"));
}

static void table_heading(const struct table *t)
{
	app_put_cell(_("ID"), t->idw, false);
	putchar(' ');
	app_put_cell(_("WHEN"), t->whenw, false);
	putchar(' ');
	app_put_cell(_("BACK"), t->backw, true);
	putchar(' ');
	app_put_cell(_("LEG"), t->legw, true);
	printf("  %s\n", _("DETAILS"));
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
	char when[64];
	row_when(when, sizeof when, &tm);
	app_put_cell(id, t->idw, false);
	putchar(' ');
	app_put_cell(when, t->whenw, false);
	putchar(' ');
	t->rows++;
}

static int table_row(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct table *t = ctx;
	const struct app *a = t->a;
	char id[24];
	/* ID WHEN BACK LEG, then the details: 6+1+16+1+4+1+4+2 = 35 columns in English. */
	int room = t->cols - (t->idw + 1 + t->whenw + 1 + t->backw + 1 + t->legw + 2);
	if (room < 10)
		room = 10;
	char *details;
	if (t->grep && (e ? !entrytext_entry_has(e, t->grep) : !entrytext_session_has(s, t->grep)))
		return 0;
	if (e) {
		snprintf(id, sizeof id, "%lld", (long long)e->id);
		row_start(t, id, e->at);
		char back[16] = "-", leg[16] = "-";
		if (e->back >= 0)
			snprintf(back, sizeof back, "%d", e->back);
		if (e->leg >= 0)
			snprintf(leg, sizeof leg, "%d", e->leg);
		printf("%*s %*s  ", t->backw, back, t->legw, leg);
		details = entrytext_details(e, a->utf8, "; ", NULL);
	} else {
		snprintf(id, sizeof id, "s%lld", (long long)s->id);
		row_start(t, id, s->started);
		printf("%*s %*s  ", t->backw, "", t->legw, "");
		char *text = entrytext_session(s, ET_SPEED | ET_PAIN, app_sym(a, "→", "->"));
		/* TRANSLATORS: a session's row in limber diary; %s: what was done, the pain. */
		details = xasprintf(_("session: %s"), text);
		free(text);
	}
	print_wrapped(a, details, room, t->cols - room, t->full);
	fputc('\n', stdout);
	free(details);
	return 0;
}

/* The words of --format: the table, then enum export_format's, one after. */
static const char *const diary_formats[] = {"table", "csv", "json", NULL};

struct diary_opts {
	int64_t from, to; /* from <= time < to */
	int format;       /* 0: the table, else enum export_format + 1 */
	bool full;        /* whole notes */
	const char *grep; /* only what holds this */
};

/* The start of the day arg names, for option o; 2 (having said why) when it names none. */
static int parse_date(const struct parse_opt *o, const char *arg, time_t *t)
{
	char opt[16], *why = NULL;
	snprintf(opt, sizeof opt, "--%s", o->name);
	return timefmt_parse_date(opt, arg, t, &why) ? 0 : app_refuse(why);
}

static int set_since(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a;
	time_t t;
	int rc = parse_date(o, arg, &t);
	if (!rc)
		((struct diary_opts *)dest)->from = t;
	return rc;
}

static int set_until(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a;
	time_t t;
	int rc = parse_date(o, arg, &t);
	if (!rc)
		((struct diary_opts *)dest)->to = timefmt_next_day(t);
	return rc;
}

static const struct parse_opt diary_options[] = {
	PARSE_CALL("since", 0, "DATE", set_since, N_("from this day on")),
	PARSE_CALL("until", 0, "DATE", set_until, N_("up to and including this day")),
	PARSE_CHOICE("format", "FORMAT", diary_formats, struct diary_opts, format,
		     /* TRANSLATORS: table, csv and json are the option's words, kept in English. */
		     N_("table (default), csv or json")),
	PARSE_FLAG("full", 0, struct diary_opts, full,
		   N_("the whole of every note and detail, not 3 lines")),
	PARSE_STRING("grep", 0, "TEXT", struct diary_opts, grep,
		     N_("only entries whose note, medication, places or symptoms\n"
			"hold TEXT, and sessions whose routine does (case ignored)")),
	PARSE_END,
};

static void diary_init(void *opts)
{
	struct diary_opts *o = opts;
	o->from = INT64_MIN;
	o->to = INT64_MAX;
}

/* What limber diary prints with no diary yet: a hint, or CSV or JSON with no rows (format >= 0). */
static int list_empty(int format)
{
	if (format < 0) {
		puts(_("The diary is empty: 'limber log --back N --leg N' adds an entry."));
		return 0;
	}
	struct diags none = {0};
	return lb_status_exit(export_write(NULL, (enum export_format)format, stdout, &none));
}

static int diary(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct diary_opts *o = opts;
	int64_t from = o->from, to = o->to;
	int format = o->format - 1; /* -1: the table */
	if (from != INT64_MIN && to != INT64_MAX && to <= from)
		return app_usage_error(a, "%s", _("--until is before --since"));
	if (format >= 0 && (o->grep || o->full))
		return app_usage_error(
			/* TRANSLATORS: %s is an option, --grep or --full. */
			a, _("%s is for the table: csv and json give every row whole"),
			o->grep ? "--grep" : "--full");
	if (o->grep && !*o->grep)
		return app_usage_error(a, "%s", _("--grep: give the text to look for"));
	struct diary *db;
	int rc = app_open_diary(a, DIARY_READ, &db);
	if (rc || !db)
		return rc ? rc : list_empty(format);
	struct diags err = {0};
	enum lb_status st;
	if (format >= 0) {
		st = export_write_range(db, (enum export_format)format, stdout, from, to, &err);
	} else {
		struct table t = {a, app_columns(), 0, 0, o->full, o->grep, 0, 0, 0, 0};
		table_columns(&t);
		table_heading(&t);
		st = diary_each(db, from, to, table_row, &t, &err);
		if (st == LB_OK && t.rows == 0 && o->grep)
			/* TRANSLATORS: limber diary --grep TEXT found nothing; %s is TEXT. */
			printf(_("(nothing holds \"%s\")\n"), o->grep);
		else if (st == LB_OK && t.rows == 0)
			printf("%s\n", _("(nothing in this period)"));
	}
	diary_close(db);
	return app_report(&err, st);
}

const struct cli_command cli_diary_command = {
	.spec = {.name = "diary", .args = "[OPTION]...", .opts = diary_options,
		 .about = N_("List diary entries and sessions in time order. DATE is YYYY-MM-DD; both\n"
			     "ends are included. The table fits the terminal (80 columns in a pipe);\n"
			     "csv and json give every field, as 'limber export' does.\n")},
	.summary = N_("list entries and sessions (--since, --until)"),
	.opts_size = sizeof(struct diary_opts), .init = diary_init, .run = diary,
};

/* ---- limber delete ---- */

struct delete_opts {
	bool yes;
};

static const struct parse_opt delete_options[] = {
	PARSE_FLAG("yes", 'y', struct delete_opts, yes, N_("do not ask")),
	PARSE_END,
};

/* Asks on the terminal; true for y or yes, or the locale's own yes (j in German, o in French). */
static bool confirm(const char *question)
{
	/* TRANSLATORS: after a question (Delete entry 12?): the answers; the letter for yes
	   is your locale's (yesexpr: j in German, o in French), and y is always taken. */
	fprintf(stderr, "%s %s ", question, _("[y/N]"));
	fflush(stderr);
	char line[16];
	if (!fgets(line, sizeof line, stdin))
		return false;
	if (strcmp(line, "y\n") == 0 || strcmp(line, "Y\n") == 0 || strcmp(line, "yes\n") == 0)
		return true;
	/* C's answers are the ones above, exactly; another locale's by its own rule. */
	line[strcspn(line, "\n")] = '\0';
	return strcmp(nl_langinfo(YESEXPR), "^[yY]") != 0 && rpmatch(line) == 1;
}

static int delete(struct app *a, void *opts, const struct parse_result *res)
{
	bool yes = ((struct delete_opts *)opts)->yes;
	const char *arg = res->v[0];
	int64_t id;
	bool session;
	if (!cli_parse_id(arg, &id, &session))
		return app_usage_error(a, _("'%s' is not an ID from 'limber diary' (12, or s3 for "
					    "a session)"),
				       arg);
	if (!yes && !isatty(STDIN_FILENO))
		return app_usage_error(a, "%s",
				       _("not asking without a terminal: add --yes to delete"));
	struct diary *db;
	int rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	if (!db) {
		if (session)
			/* TRANSLATORS: %s is a session's ID as limber diary shows it: s3. */
			app_error(_("there is no session %s (the diary is empty)"), arg);
		else
			/* TRANSLATORS: %s is an entry's ID as limber diary shows it: 12. */
			app_error(_("there is no entry %s (the diary is empty)"), arg);
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
			/* TRANSLATORS: strftime(3) format of when a session began, in the
			   question before deleting it: "Mon 05 Dec 2026 14:30". */
			timefmt_local(when, sizeof when, _("%a %d %b %Y %H:%M"), (time_t)s.started);
		char *title = textsafe(st == LB_OK && s.title ? s.title : "", 0);
		/* TRANSLATORS: in "Delete %s?", "kept %s", "deleted %s": the session's
		   number, the routine's title and when it began. */
		what = xasprintf(_("session s%lld (%s, %s)"), (long long)id, title, when);
		free(title);
		if (st == LB_OK)
			diary_session_free(&s);
	} else {
		struct diary_entry e;
		st = diary_get_entry(db, id, &e, &err);
		char *text = st == LB_OK ? cli_entry_text(a, &e) : xstrdup("");
		/* TRANSLATORS: in "Delete %s?", "kept %s", "deleted %s": the entry's
		   number and what it says. */
		what = xasprintf(_("entry %lld (%s)"), (long long)id, text);
		free(text);
		if (st == LB_OK)
			diary_entry_free(&e);
	}
	if (st == LB_OK) {
		/* TRANSLATORS: %s is "entry 12 (...)" or "session s3 (...)". */
		char *q = xasprintf(_("Delete %s?"), what);
		bool go = yes || confirm(q);
		free(q);
		if (!go) {
			/* TRANSLATORS: %s is "entry 12 (...)" or "session s3 (...)". */
			printf(_("kept %s\n"), what);
		} else {
			st = session ? diary_delete_session(db, id, &err)
				     : diary_delete_entry(db, id, &err);
			if (st == LB_OK)
				/* TRANSLATORS: %s is "entry 12 (...)" or "session s3 (...)". */
				printf(_("deleted %s\n"), what);
		}
	}
	free(what);
	diary_close(db);
	rc = app_report(&err, st);
	return st == LB_NOT_FOUND ? 2 : rc;
}

const struct cli_command cli_delete_command = {
	.spec = {.name = "delete", .args = "ID [--yes]", .opts = delete_options, APP_ONE_ENTRY,
		 .about = N_("Delete a diary entry (ID as 'limber diary' shows it) or a session (sN).\n"
			     "On a terminal it asks first; --yes deletes without asking (for scripts).\n")},
	.summary = N_("delete an entry or a session"), .opts_size = sizeof(struct delete_opts),
	.run = delete,
};
