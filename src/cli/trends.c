/* trends.c - `limber trends`: the weekly review on stdout */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chart.h"
#include "cli.h"
#include "clock.h"
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

static int trends(struct app *a, int argc, char **argv)
{
	struct trends_opts o = {.weeks = 8};
	struct parse_result ops;
	int rc = parse_command(a, &cli_trends_command.spec, argc, argv, &o, &ops);
	if (rc >= 0)
		return rc;
	rc = app_load_settings(a);
	if (rc)
		return rc;
	struct diary *db;
	rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	struct trends t;
	struct diags err = {0};
	enum lb_status st = trends_compute(&t, db, (int)o.weeks, 0, a->settings.week_starts,
					   (time_t)clock_wall(), &err);
	if (st == LB_OK) {
		int width = app_columns();
		if (width > 100)
			width = 100;
		struct chart ch;
		chart_init(&ch, width, a->utf8 && !o.ascii);
		chart_trends(&ch, &t);
		char *text = chart_to_text(&ch);
		fputs(text, stdout);
		free(text);
		chart_free(&ch);
	}
	trends_free(&t);
	app_print_diags(&err);
	diags_free(&err);
	diary_close(db);
	return lb_status_exit(st);
}

const struct cli_command cli_trends_command = {
	.spec =
		{
			.name = "trends",
			.args = "[--weeks N] [--ascii]",
			.about = "Print the trends of the last N weeks (default 8): back and leg pain per day\n"
				 "with a 7-day average, a weekly table, sessions per week beside pain, the\n"
				 "change across a session per routine, and the change since the first week.\n"
				 "Preview sessions (played at another speed) are left out.\n",
			.opts = trends_options,
		},
	.summary = "print the trend charts",
	.run = trends,
};
