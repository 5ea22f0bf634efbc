/* trends.c - `limber trends`: the weekly review on stdout */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chart.h"
#include "cli.h"
#include "clock.h"
#include "diag.h"
#include "numparse.h"
#include "status.h"
#include "trends.h"

struct trends_opts {
	long weeks;
	bool ascii;
};

static const struct parse_opt trends_options[] = {
	PARSE_INT("weeks", "N", 1, 520, struct trends_opts, weeks, "the window, 1..520 weeks"),
	PARSE_FLAG("ascii", 0, struct trends_opts, ascii,
		   "plain ASCII characters (also without a UTF-8 locale)"),
	PARSE_END,
};

static void trends_init(void *opts)
{
	((struct trends_opts *)opts)->weeks = 8;
}

static int trends(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct trends_opts *o = opts;
	int rc = app_load_settings(a);
	if (rc)
		return rc;
	struct diary *db;
	rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	struct trends t;
	struct diags err = {0};
	enum lb_status st = trends_compute(&t, db, (int)o->weeks, 0, a->settings.week_starts,
					   (time_t)clock_wall(), &err);
	if (st == LB_OK) {
		int width = app_columns();
		if (width > 100)
			width = 100;
		struct chart ch;
		chart_init(&ch, width, a->utf8 && !o->ascii);
		chart_trends(&ch, &t);
		char *text = chart_to_text(&ch);
		fputs(text, stdout);
		free(text);
		chart_free(&ch);
	}
	trends_free(&t);
	diary_close(db);
	return app_report(&err, st);
}

const struct cli_command cli_trends_command = {
	.spec = {.name = "trends", .args = "[--weeks N] [--ascii]", .opts = trends_options,
		 .about = "Print the trends of the last N weeks (default 8): back and leg pain per day\n"
			  "with a 7-day average, a weekly table, sessions per week beside pain, the\n"
			  "change across a session per routine, and the change since the first week.\n"
			  "Preview sessions (played at another speed) are left out.\n"},
	.summary = "print the trend charts", .opts_size = sizeof(struct trends_opts),
	.init = trends_init, .run = trends,
};
