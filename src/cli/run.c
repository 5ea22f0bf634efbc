/* run.c - `limber run`: a guided session in the terminal */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "diag.h"
#include "tui/picker.h"
#include "tui/player.h"
#include "tui/tui.h"

static void usage(FILE *out)
{
	fputs("Usage: limber run [ROUTINE] [--speed X] [--no-rating]\n"
	      "Play a routine as a guided session: count-in, holds, rests, reps and\n"
	      "sides, with a bell at each change. Without ROUTINE a picker opens.\n"
	      "The session is written to the diary as it ends, as partial when quit\n"
	      "early; Esc before the first exercise goes back without recording.\n"
	      "\n"
	      "  --speed X     play X times faster (1..100), to preview a routine;\n"
	      "                sessions at another speed than 1 are kept as previews\n"
	      "  --no-rating   do not ask for pain before and after\n",
	      out);
	cli_print_global_options(out);
}

/* Prints what was recorded, once the terminal is back. */
static void report(const struct player_result *r, const struct routine *rt, double speed)
{
	if (!r->started)
		return;
	long m = (r->seconds + 30) / 60;
	printf("%s: %s%s, %ld min, %d of %zu steps done", rt->title,
	       r->complete ? "complete" : "partial", speed != 1 ? " preview" : "", m, r->steps_done,
	       rt->nsteps);
	if (r->steps_skipped)
		printf(", %d skipped", r->steps_skipped);
	if (r->pending)
		printf("; the diary stayed busy, so it is kept aside and will be recorded the next "
		       "time limber opens the diary.\n");
	else
		printf(r->recorded ? "; recorded in the diary.\n" : "; NOT recorded.\n");
}

int cli_run(struct app *a, int argc, char **argv)
{
	enum { OPT_SPEED = APP_OPT_FIRST_FREE, OPT_NO_RATING };
	static const struct option opts[] = {
		{"speed", required_argument, NULL, OPT_SPEED},
		{"no-rating", no_argument, NULL, OPT_NO_RATING},
		APP_GLOBAL_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	double speed = 1;
	bool rating = true;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case OPT_SPEED: {
			char *end;
			speed = strtod(optarg, &end);
			if (*end || end == optarg || !(speed >= 1 && speed <= 100))
				return app_usage_error(a, "--speed: must be 1..100, got %s", optarg);
			break;
		}
		case OPT_NO_RATING:
			rating = false;
			break;
		default:
			if (!app_global_option(a, c, optarg))
				return app_bad_option(a, c, argv);
		}
	}
	if (optind + 1 < argc)
		return app_usage_error(a, "unexpected argument '%s'", argv[optind + 1]);
	const char *id = optind < argc ? argv[optind] : NULL;
	int rc;
	struct library lib;
	if ((rc = app_load_all(a, &lib)))
		return rc;
	const struct routine *r = NULL;
	if (id) {
		r = library_routine(&lib, id);
		if (!r) {
			app_error("no routine '%s' (see 'limber routines')", id);
			library_free(&lib);
			return 2;
		}
	} else if (lib.nrt == 0) {
		app_error("no routines found (see 'limber routines')");
		library_free(&lib);
		return 2;
	}
	struct diary *db;
	rc = app_open_diary(a, true, &db);
	if (rc) {
		library_free(&lib);
		return rc;
	}
	struct tui t;
	if (!tui_init(&t, &a->settings)) {
		diary_close(db);
		library_free(&lib);
		return 1;
	}
	/* Today's routine from the plan, when there is one, comes first. */
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	if (!r)
		r = picker_choose(&t, &lib, a->settings.count_in, a->settings.plan[tm.tm_wday],
				  "start");
	struct player_result res = {0};
	while (r && !t.signal) {
		struct player_opts o;
		player_opts_init(&o, r, &a->settings, db);
		o.speed = speed;
		o.rating = rating;
		player_run(&t, &o, &res);
		/* Esc before the first exercise: back to the picker it came from. */
		if (!res.cancelled || id)
			break;
		diags_free(&res.problems);
		r = picker_choose(&t, &lib, a->settings.count_in, a->settings.plan[tm.tm_wday],
				  "start");
	}
	tui_done();
	if (r)
		report(&res, r, speed);
	app_print_diags(&res.problems);
	diags_free(&res.problems);
	diary_close(db);
	library_free(&lib);
	if (t.signal)
		return 128 + t.signal;
	return res.started && !res.recorded && !res.pending ? 1 : 0;
}
