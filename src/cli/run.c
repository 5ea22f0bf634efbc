/* SPDX-License-Identifier: ISC */
/* run.c - `limber run`: a guided session in the terminal */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/xalloc.h"
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
		   N_("do not ask for pain before and after")),
	PARSE_FLAG("voice", 0, struct run_opts, voice,
		   /* TRANSLATORS: "voice = on" is a line of limber.conf, kept in English. */
		   N_("speak the cues (voice = on in limber.conf)")),
	PARSE_FLAG("no-voice", 0, struct run_opts, no_voice, N_("do not speak them")),
	PARSE_END,
};

/* How a session went: complete or partial, and a preview when played faster (--speed). */
static const char *how_it_went(const struct player_result *r, double speed)
{
	if (speed != 1 && r->complete)
		/* TRANSLATORS: in "Title: complete preview, 2 min, 5 of 5 steps done". */
		return C_("session", "complete preview");
	if (speed != 1)
		/* TRANSLATORS: in "Title: partial preview, 1 min, 2 of 5 steps done". */
		return C_("session", "partial preview");
	if (r->complete)
		/* TRANSLATORS: in "Title: complete, 11 min, 5 of 5 steps done". */
		return C_("session", "complete");
	/* TRANSLATORS: in "Title: partial, 4 min, 2 of 5 steps done". */
	return C_("session", "partial");
}

/* Prints what was recorded, once the terminal is back. */
static void report(const struct player_result *r, const struct routine *rt, double speed)
{
	if (!r->started)
		return;
	long m = (r->seconds + 30) / 60;
	/* TRANSLATORS: after a session: the routine's title, how it went (complete,
	   partial), its minutes, the steps done of the routine's steps. */
	char *said = xasprintf(ngettext("%s: %s, %ld min, %d of %zu step done",
					"%s: %s, %ld min, %d of %zu steps done", rt->nsteps),
			       rt->title, how_it_went(r, speed), m, r->steps_done, rt->nsteps);
	if (r->steps_skipped) {
		char *more = xasprintf(
			/* TRANSLATORS: %s is "Title: complete, 11 min, 5 of 6 steps done". */
			ngettext("%s, %d skipped", "%s, %d skipped", r->steps_skipped), said,
			r->steps_skipped);
		free(said);
		said = more;
	}
	if (r->pending)
		/* TRANSLATORS: %s is "Title: complete, 11 min, 5 of 6 steps done". */
		printf(_("%s; the diary stayed busy, so it is kept aside and will be recorded the "
			 "next time limber opens the diary.\n"),
		       said);
	else if (r->recorded)
		/* TRANSLATORS: %s is "Title: complete, 11 min, 5 of 6 steps done". */
		printf(_("%s; recorded in the diary.\n"), said);
	else
		/* TRANSLATORS: %s is "Title: complete, 11 min, 5 of 6 steps done". */
		printf(_("%s; NOT recorded.\n"), said);
	free(said);
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
	/* The picker translates its verb (what Enter does) with the context "picker". */
	const struct routine *r =
		picker_choose(t, lib, a->settings.count_in, id, NC_("picker", "start"));
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
			app_error(_("no routine '%s' (see 'limber routines')"), id);
			library_free(&lib);
			return 2;
		}
	} else if (lib.nrt == 0) {
		app_error("%s", _("no routines found (see 'limber routines')"));
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
		 .about = N_("Play a routine as a guided session: count-in, holds, rests, reps and\n"
			     "sides, with a bell at each change (and spoken cues with --voice).\n"
			     "Without ROUTINE a picker opens. The session is written to the diary\n"
			     "as it ends, as partial when quit early; Esc before the first\n"
			     "exercise goes back without recording.\n")},
	.summary = N_("play a routine as a guided session"), .opts_size = sizeof(struct run_opts),
	.init = run_init, .run = run,
};
