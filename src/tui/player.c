/* player.c - the full-screen session player: keys, time, recording */
#include "config.h"

#include "tui/player_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "clock.h"
#include "session.h"
#include "status.h"
#include "timefmt.h"
#include "tui/keys.h"
#include "tui/rating.h"
#include "xalloc.h"

static void announce(struct tui *t, int what)
{
	if (what & (ANNOUNCE_PHASE | ANNOUNCE_COUNTDOWN | ANNOUNCE_DONE))
		tui_bell(t);
}

static void key(struct tui *t, struct tui_screen *scr, int ch)
{
	struct player *p = scr->data;
	int64_t now = clock_now_ms();
	p->now = now;
	if (keys_action(KC_PLAYER, ch).act == KA_SUSPEND) {
		/* Stopped, the clock must not run: paused, and paused it stays after fg. */
		session_pause(&p->s, now);
		speech_hush(p->sp);
		return;
	}
	if (p->help) {
		p->help = false;
		if (p->paused_for_help)
			session_resume(&p->s, now);
		return;
	}
	if (p->asking_quit) {
		if (keys_action(KC_PLAYER_QUIT, ch).act == KA_YES) {
			session_quit(&p->s, now);
			p->quit = true;
			tui_finish(scr, 0);
		} else {
			p->asking_quit = false;
			if (p->paused_for_question)
				session_resume(&p->s, now);
		}
		return;
	}
	if (session_done(&p->s)) {
		tui_finish(scr, 0);
		return;
	}
	switch (keys_action(KC_PLAYER, ch).act) {
	case KA_PAUSE:
		session_toggle_pause(&p->s, now);
		if (p->s.paused)
			speech_hush(p->sp);
		break;
	case KA_SKIP:
		announce(t, session_skip(&p->s, now));
		p->cue_phase = SIZE_MAX; /* its cues again, even when the phase is the same */
		break;
	case KA_BACK:
		announce(t, session_back(&p->s, now));
		p->cue_phase = SIZE_MAX;
		break;
	case KA_VOICE:
		player_voice_toggle(p, now);
		break;
	case KA_MORE:
		session_adjust(&p->s, now, 5000);
		break;
	case KA_LESS:
		session_adjust(&p->s, now, -5000);
		break;
	case KA_QUIT:
		p->asking_quit = true;
		p->paused_for_question = !p->s.paused;
		session_pause(&p->s, now);
		break;
	case KA_HELP:
		/* Reading the help should not cost a hold. */
		p->help = true;
		p->paused_for_help = !p->s.paused;
		session_pause(&p->s, now);
		break;
	default:
		break;
	}
}

/* The sooner of two wake-ups, -1 meaning none. */
static int64_t earliest(int64_t a, int64_t b)
{
	if (a < 0)
		return b;
	return b < 0 || a < b ? a : b;
}

static int64_t tick(struct tui *t, struct tui_screen *scr, int64_t now)
{
	struct player *p = scr->data;
	p->now = now;
	int what = session_tick(&p->s, now);
	if (what) {
		announce(t, what);
		scr->dirty = true;
	}
	player_voice_tick(p, now);
	if (p->note && now >= p->note_until) {
		free(p->note);
		p->note = NULL;
		scr->dirty = true;
	}
	int64_t wake = session_next_wake(&p->s, now);
	/* Redraw on every wake: a second ticked over. */
	if (wake >= 0 || what)
		scr->dirty = true;
	wake = earliest(wake, player_voice_wake(p, now));
	return earliest(wake, p->note ? p->note_until - now : -1);
}

static const struct tui_screen_ops player_ops = {NULL, player_draw, key, tick, NULL};

static void record(const struct player_opts *o, struct player *p, int64_t started, int before[2],
		   int after[2], struct player_result *res)
{
	struct diary_session ds;
	diary_session_init(&ds);
	ds.routine = xstrdup(o->routine->id);
	ds.title = xstrdup(o->routine->title);
	ds.started = started;
	ds.ended = clock_wall();
	ds.tz = timefmt_offset((time_t)started);
	struct session_summary sum;
	session_summary(&p->s, &sum);
	ds.steps_done = sum.steps_done;
	ds.steps_skipped = sum.steps_skipped;
	ds.steps_total = sum.steps_total;
	ds.before_back = before[0];
	ds.before_leg = before[1];
	ds.after_back = after[0];
	ds.after_leg = after[1];
	ds.complete = sum.complete;
	ds.speed = sum.speed;
	res->complete = sum.complete;
	res->steps_done = sum.steps_done;
	res->steps_skipped = sum.steps_skipped;
	res->seconds = (long)(ds.ended - ds.started);
	if (o->db)
		res->recorded = diary_add_session(o->db, &ds, &res->problems) == LB_OK;
	diary_session_free(&ds);
}

void player_opts_init(struct player_opts *o, const struct routine *r, const struct settings *st,
		      struct diary *db)
{
	*o = (struct player_opts){
		.routine = r,
		.count_in = st->count_in,
		.speed = 1,
		.rating = true,
		.db = db,
		.voice = st->voice,
		.speech = {st->voice_name, st->voice_rate, st->voice_volume},
	};
}

/* The rating, the session, the rating. */
static int play(struct tui *t, const struct player_opts *o, struct player_result *res)
{
	int before[2] = {-1, -1}, after[2] = {-1, -1};
	if (o->rating && rating_ask(t, o->routine->title, "Before you start", &before[0], &before[1]) < 0)
		return -1; /* a signal before anything began: nothing to record */

	struct player p = {.o = o};
	session_plan_build(&p.plan, o->routine, o->count_in);
	session_init(&p.s, &p.plan, o->speed);
	struct cue_opts co = {o->speech.rate_wpm, o->speed};
	cues_build(&p.cues, &p.plan, &co);
	int64_t started = clock_wall();
	p.now = clock_now_ms();
	session_start(&p.s, p.now);
	res->started = true;
	p.voice = o->voice;
	player_voice_start(&p, p.now);
	struct tui_screen scr = {&player_ops, &p, false, 0, true};
	tui_bell(t);
	int rc = tui_run(t, &scr);
	player_voice_stop(&p);
	if (rc < 0) {
		p.quit = true; /* a signal: keep what was done, ask nothing */
		session_quit(&p.s, clock_now_ms());
	}
	else if (o->rating)
		rc = rating_ask(t, o->routine->title, p.quit ? "You stopped early" : "After the session",
				&after[0], &after[1]);
	record(o, &p, started, before, after, res);
	cues_free(&p.cues);
	session_free(&p.s);
	session_plan_free(&p.plan);
	return rc < 0 ? -1 : 0;
}

/* DATA/limber.log, beside the diary: where standard error goes while the screen is up. */
static char *log_path(const struct player_opts *o)
{
	const char *db = o->db ? diary_path(o->db) : NULL;
	const char *slash = db ? strrchr(db, '/') : NULL;
	if (!slash)
		return xstrdup("/dev/null");
	return xasprintf("%.*s/%s", (int)(slash - db), db, PLAYER_LOG);
}

int player_run(struct tui *t, const struct player_opts *o, struct player_result *res)
{
	memset(res, 0, sizeof *res);
	char *log = log_path(o);
	tui_stderr_to(log);
	free(log);
	int rc = play(t, o, res);
	tui_stderr_back();
	return rc;
}
