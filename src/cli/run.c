/* SPDX-License-Identifier: ISC */
/* run.c - `limber run`: a guided session in the terminal */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "base/diag.h"
#include "cli/cli.h"
#include "insight/coach.h"
#include "insight/plan.h"
#include "insight/progress.h"
#include "insight/today.h"
#include "tui/picker.h"
#include "tui/player.h"
#include "tui/tui.h"
#include "tui/urgent.h"

struct run_opts {
	double speed;
	bool no_rating;
	bool voice, no_voice;
};

static const struct parse_opt run_options[] = {
	APP_OPT_SPEED(struct run_opts, speed),
	PARSE_FLAG("no-rating", 0, struct run_opts, no_rating,
		   "do not ask for pain before and after"),
	PARSE_FLAG("voice", 0, struct run_opts, voice,
		   "speak the cues (voice = on in limber.conf)"),
	PARSE_FLAG("no-voice", 0, struct run_opts, no_voice, "do not speak them"),
	PARSE_END,
};

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

/* The picker, with today's suggestion (the plan's routine, or the last one played) selected. */
static const struct routine *pick(struct app *a, struct tui *t, const struct library *lib,
				  struct diary *db)
{
	time_t now = (time_t)clock_wall();
	char *last = NULL;
	struct diags err = {0};
	plan_last_routine(db, now, &last, &err);
	diags_free(&err); /* without it the picker just starts at the top */
	bool from_plan;
	const char *id = plan_suggest(&a->settings, now, last, &from_plan);
	const struct routine *r = picker_choose(t, lib, a->settings.count_in, id, "start");
	free(last);
	return r;
}

/* While a red flag is open, the urgent message and a deliberate key come first. */
static bool red_flag_cleared(struct tui *t, struct diary *db)
{
	bool flag = false;
	struct diags err = {0};
	coach_red_flag(db, (time_t)clock_wall(), &flag, NULL, NULL, &err);
	diags_free(&err); /* a diary that cannot say: no message, as before */
	return !flag || urgent_confirm(t, URGENT_BEFORE_SESSION);
}

static void run_init(void *opts)
{
	((struct run_opts *)opts)->speed = 1;
}

/*
 * One session of r with the doses in force: sessions since the last count
 * raise or lower them. They are only read before it (a busy diary must not
 * hold a session up) and saved once the session is recorded.
 */
static void play(struct app *a, struct tui *t, const struct run_opts *o,
		 const struct library *lib, const struct routine *r, struct diary *db,
		 struct player_result *pr)
{
	struct progress_routine dosed;
	progress_for(&dosed, db, lib, r, clock_wall(), false, &pr->problems);
	struct player_opts po;
	player_opts_init(&po, &dosed.r, &a->settings, db);
	po.speed = o->speed;
	po.rating = !o->no_rating;
	if (o->voice || o->no_voice) {
		po.voice = o->voice && !o->no_voice; /* the last word: --no-voice */
		po.ask_voice = false;
	}
	player_run(t, &po, pr);
	progress_routine_free(&dosed);
	if (pr->recorded && !pr->pending) {
		struct progress_routine after;
		progress_for(&after, db, lib, r, clock_wall(), true, &pr->problems);
		progress_routine_free(&after);
	}
}

static int run(struct app *a, void *opts, const struct parse_result *res)
{
	const struct run_opts *o = opts;
	double speed = o->speed;
	const char *id = res->n ? res->v[0] : NULL;
	struct library lib;
	int rc;
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
	if ((rc = app_open_diary_with(a, DIARY_CREATE, &db, &lib)))
		return rc;
	struct tui t;
	if (!tui_init(&t, &a->settings)) {
		diary_close(db);
		library_free(&lib);
		return 1;
	}
	if (!red_flag_cleared(&t, db)) {
		tui_done();
		diary_close(db);
		library_free(&lib);
		return t.signal ? 128 + t.signal : 0;
	}
	if (!r)
		r = pick(a, &t, &lib, db);
	struct player_result pr = {0};
	while (r && !t.signal) {
		play(a, &t, o, &lib, r, db, &pr);
		/* Esc before the first exercise: back to the picker it came from. */
		if (!pr.cancelled || id)
			break;
		diags_free(&pr.problems);
		r = pick(a, &t, &lib, db);
	}
	tui_done();
	if (r)
		report(&pr, r, speed);
	app_print_diags(&pr.problems);
	diags_free(&pr.problems);
	diary_close(db);
	library_free(&lib);
	if (t.signal)
		return 128 + t.signal;
	return pr.started && !pr.recorded && !pr.pending ? 1 : 0;
}

const struct cli_command cli_run_command = {
	.spec = {.name = "run", .args = "[ROUTINE] [--speed X] [--no-rating] [--voice|--no-voice]",
		 .opts = run_options,
		 .max_operands = 1,
		 .about = "Play a routine as a guided session: count-in, holds, rests, reps and\n"
			  "sides, with a bell at each change (and spoken cues with --voice).\n"
			  "Without ROUTINE a picker opens. The session is written to the diary\n"
			  "as it ends, as partial when quit early; Esc before the first\n"
			  "exercise goes back without recording.\n"},
	.summary = "play a routine as a guided session", .opts_size = sizeof(struct run_opts),
	.init = run_init, .run = run,
};
