/* trends.c - `limber trends`: the weekly review on stdout */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chart.h"
#include "cli.h"
#include "diag.h"
#include "numparse.h"
#include "status.h"
#include "trends.h"

static void usage(FILE *out)
{
	fputs("Usage: limber trends [--weeks N] [--ascii]\n"
	      "Print the trends of the last N weeks (default 8): back and leg pain per day\n"
	      "with a 7-day average, a weekly table, sessions per week beside pain, the\n"
	      "change across a session per routine, and the change since the first week.\n"
	      "Preview sessions (played at another speed) are left out.\n"
	      "\n"
	      "  --weeks N   the window, 1..520 weeks\n"
	      "  --ascii     plain ASCII characters (also without a UTF-8 locale)\n",
	      out);
	cli_print_global_options(out);
}

int cli_trends(struct app *a, int argc, char **argv)
{
	enum { OPT_WEEKS = APP_OPT_FIRST_FREE, OPT_ASCII };
	static const struct option opts[] = {
		{"weeks", required_argument, NULL, OPT_WEEKS},
		{"ascii", no_argument, NULL, OPT_ASCII},
		APP_GLOBAL_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	long weeks = 8;
	bool utf8 = a->utf8;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case OPT_WEEKS:
			if (!parse_uint(optarg, 1, 520, &weeks))
				return app_usage_error(a, "--weeks: must be 1..520, got %s", optarg);
			break;
		case OPT_ASCII:
			utf8 = false;
			break;
		default:
			if (!app_global_option(a, c, optarg))
				return app_bad_option(a, c, argv);
		}
	}
	if (optind < argc)
		return app_usage_error(a, "unexpected argument '%s'", argv[optind]);
	int rc = app_load_settings(a);
	if (rc)
		return rc;
	struct diary *db;
	rc = app_open_diary(a, false, &db);
	if (rc)
		return rc;
	struct trends t;
	struct diags err = {0};
	enum lb_status st = trends_compute(&t, db, (int)weeks, 0, a->settings.week_starts,
					   time(NULL), &err);
	if (st == LB_OK) {
		int width = app_columns();
		if (width > 100)
			width = 100;
		struct chart ch;
		chart_init(&ch, width, utf8);
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
