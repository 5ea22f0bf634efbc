/* SPDX-License-Identifier: ISC */
/* report.c - `limber report -o FILE.pdf`: the diary of a period for a doctor or physiotherapist */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "insight/report_data.h"
#include "insight/safety.h"
#include "report/report.h"

struct report_opts_cli {
	long weeks;
	const char *since, *until, *output, *name;
	int paper; /* enum report_paper */
	bool notes;
};

/* The table's order: PARSE_GIVEN(i) names these. */
enum { OPT_WEEKS, OPT_SINCE, OPT_UNTIL };

static const struct parse_opt report_options[] = {
	[OPT_WEEKS] = PARSE_INT("weeks", "N", 1, 520, struct report_opts_cli, weeks,
				N_("the last N whole weeks, this one included (default 8)")),
	[OPT_SINCE] = PARSE_STRING("since", 0, "DATE", struct report_opts_cli, since,
				   /* TRANSLATORS: YYYY-MM-DD is how DATE is typed. */
				   N_("from this day (YYYY-MM-DD) ...")),
	[OPT_UNTIL] = PARSE_STRING("until", 0, "DATE", struct report_opts_cli, until,
				   N_("... up to and including this day (default: today)")),
	APP_PAPER_OPTION(struct report_opts_cli),
	PARSE_FLAG("notes", 0, struct report_opts_cli, notes,
		   N_("add the notes, dated; without it no note leaves the diary")),
	PARSE_STRING("name", 0, "TEXT", struct report_opts_cli, name,
		     N_("whose report, printed at the top")),
	APP_PDF_OUTPUT_OPTION(struct report_opts_cli),
	PARSE_END,
};

static void report_init(void *opts)
{
	((struct report_opts_cli *)opts)->weeks = 8;
}

#define NAME_MAX_CHARS 100

/* The period the options ask for, or an exit status (having said why). */
static int period_of(struct app *a, const struct report_opts_cli *o, unsigned long given,
		     struct report_period *p)
{
	bool days = given & (PARSE_GIVEN(OPT_SINCE) | PARSE_GIVEN(OPT_UNTIL));
	if (days && (given & PARSE_GIVEN(OPT_WEEKS)))
		return app_usage_error(a, "%s", _("--weeks or --since/--until, not both"));
	if (!days) {
		*p = (struct report_period){.weeks = (int)o->weeks};
		return 0;
	}
	if (!o->since)
		return app_usage_error(a, "%s", _("--until needs --since: from which day?"));
	char *why = NULL;
	time_t from, until = (time_t)clock_wall();
	if (!timefmt_parse_date("--since", o->since, &from, &why) ||
	    (o->until && !timefmt_parse_date("--until", o->until, &until, &why))) {
		int rc = app_usage_error(a, "%s", why);
		free(why);
		return rc;
	}
	time_t to = timefmt_next_day(until);
	if (to <= from && o->until)
		return app_usage_error(a, _("--since %s is after --until %s"), o->since, o->until);
	if (to <= from)
		/* TRANSLATORS: %s is the day given to --since, YYYY-MM-DD. */
		return app_usage_error(a, _("--since %s is after --until today"), o->since);
	if (to - from > (time_t)520 * 7 * 86400 + 3600)
		return app_usage_error(a, "%s",
				       _("--since/--until: at most 520 weeks (3640 days)"));
	*p = (struct report_period){.from = from, .to = to};
	return 0;
}

/* Checks the options that need no diary; 0 or the exit status. */
static int check(struct app *a, const struct report_opts_cli *o)
{
	int rc = app_pdf_output(a, o->output);
	if (rc)
		return rc;
	if (o->name) {
		size_t bad;
		int w = utf8_width(o->name);
		if (!utf8_valid(o->name, strlen(o->name), &bad) || w < 0 || w > NAME_MAX_CHARS)
			return app_usage_error(
				a,
				ngettext("--name: at most %d character, no control characters",
					 "--name: at most %d characters, no control characters",
					 NAME_MAX_CHARS),
				NAME_MAX_CHARS);
	}
	if (!report_available()) {
		app_error("%s", _("this limber was built without PDF reports "
				  "(configure --without-report)"));
		return 1;
	}
	return 0;
}

static int report(struct app *a, void *opts, const struct parse_result *res)
{
	const struct report_opts_cli *o = opts;
	struct report_period period;
	int rc = check(a, o);
	if (!rc)
		rc = period_of(a, o, res->given, &period);
	if (!rc)
		rc = app_load_settings(a);
	struct diary *db = NULL;
	if (!rc)
		rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	/* The routines, to say what each holds; a report without them is still a report. */
	struct library lib;
	bool have_lib = app_load_library(a, &lib, NULL, 0, true) == 0;
	struct report_data d;
	struct diags err = {0};
	struct counsel c = {0};
	time_t now = (time_t)clock_wall();
	enum lb_status st = report_data_gather(&d, db, &period, a->settings.week_starts, o->notes,
					       now, &err);
	if (st == LB_OK)
		st = counsel_gather(&c, db, NULL, a->settings.week_starts, now,
				    safety_locale_en_gb(), &err);
	/* What each routine holds is said with the doses in force, counted as 'limber dose'
	   counts them (read only: the report changes nothing). */
	struct progress_book book = {0};
	bool have_book = false;
	if (st == LB_OK && have_lib) {
		st = progress_read(&book, db, &lib, now, &err);
		have_book = st == LB_OK;
	}
	if (db)
		diary_close(db);
	int pages = 0;
	if (st == LB_OK) {
		struct report_opts ro = {(enum report_paper)o->paper, o->name, PACKAGE_VERSION,
					 o->notes, have_lib ? &lib : NULL, &c, have_book ? &book : NULL};
		st = report_write(&d, &ro, o->output, &pages, &err);
	}
	counsel_free(&c);
	progress_free(&book);
	if (st == LB_OK && strcmp(o->output, "-") != 0) {
		char from[32], to[32];
		timefmt_local(from, sizeof from, "%Y-%m-%d", (time_t)d.t.from);
		timefmt_local(to, sizeof to, "%Y-%m-%d", (time_t)(d.t.to - 12 * 3600));
		if (o->notes)
			/* TRANSLATORS: the file, its pages, the first and last day (YYYY-MM-DD). */
			printf(ngettext("%s: %d page, %s to %s, with notes\n",
					"%s: %d pages, %s to %s, with notes\n", pages),
			       o->output, pages, from, to);
		else
			/* TRANSLATORS: the file, its pages, the first and last day (YYYY-MM-DD). */
			printf(ngettext("%s: %d page, %s to %s\n", "%s: %d pages, %s to %s\n",
					pages),
			       o->output, pages, from, to);
	}
	report_data_free(&d);
	if (have_lib)
		library_free(&lib);
	return app_report(&err, st);
}

const struct cli_command cli_report_command = {
	.spec = {.name = "report",
		 .args = "[--weeks N | --since DATE --until DATE] [OPTION]... -o FILE",
		 .opts = report_options,
		 .about = N_("Write a PDF report of the diary for a doctor or physiotherapist: the\n"
			     "change in leg and back pain in words and, beside it, what you can do\n"
			     "(limber function), pain day by day, week by week, where it hurts,\n"
			     "sitting and sleep, medication, what each routine does, and every red\n"
			     "flag on the first page. Medication is always on it (what you take);\n"
			     "notes only with --notes. The file is created mode 0600: it is health\n"
			     "data.\n")},
	.summary = N_("write a PDF report for your doctor or physiotherapist"),
	.opts_size = sizeof(struct report_opts_cli), .init = report_init, .run = report,
};
