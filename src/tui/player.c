/* SPDX-License-Identifier: ISC */
/* player.c - the full-screen session player: keys, time, recording */
#include "config.h"

#include "tui/player_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "base/clock.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "formats/pending.h"
#include "routine/session.h"
#include "tui/keys.h"
#include "tui/rating.h"

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
		if (!p->begun) {
			/* Still in the first count-in: back, with nothing to record. */
			session_quit(&p->s, now);
			p->cancelled = true;
			tui_finish(scr, 0);
			break;
		}
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
	if (p->s.cur > 0)
		p->begun = true; /* the first exercise's count-in is over: a session to record */
	player_voice_tick(p, now);
	if (session_done(&p->s) && !p->recorded) {
		/* Recorded the moment it ends, before "press any key": nothing lost if all stops here. */
		player_record(p);
		scr->dirty = true;
	}
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

/* The session as the diary keeps it, from what was played so far. */
static void fill(struct player *p)
{
	struct diary_session *ds = &p->ds;
	const struct routine *r = p->o->routine;
	struct session_summary sum;
	session_summary(&p->s, &sum);
	free(ds->routine);
	free(ds->title);
	ds->routine = xstrdup(r->id);
	ds->title = xstrdup(r->title);
	ds->started = p->started;
	ds->ended = clock_wall();
	ds->tz = timefmt_offset((time_t)p->started);
	ds->steps_done = sum.steps_done;
	ds->steps_skipped = sum.steps_skipped;
	ds->steps_total = sum.steps_total;
	ds->complete = sum.complete;
	ds->speed = sum.speed;
	p->res->complete = sum.complete;
	p->res->steps_done = sum.steps_done;
	p->res->steps_skipped = sum.steps_skipped;
	p->res->seconds = (long)(ds->ended - ds->started);
}

void player_record(struct player *p)
{
	if (p->recorded || !p->begun)
		return;
	p->recorded = true;
	fill(p);
	if (!p->o->db)
		return;
	bool kept = false;
	enum lb_status st = pending_add_session(p->o->db, p->dir, &p->ds, PENDING_RETRY_MS, &kept,
						&p->res->problems);
	p->res->recorded = st == LB_OK && !kept;
	p->res->pending = kept;
}

/* The ratings after the session, into the record written when it ended. */
static void record_after(struct player *p, const int after[2])
{
	if (after[0] < 0 && after[1] < 0)
		return;
	p->ds.after_back = after[0];
	p->ds.after_leg = after[1];
	if (p->res->pending) {
		pending_save(p->dir, &p->ds, &p->res->problems);
	} else if (p->res->recorded) {
		bool kept = false;
		pending_update_session(p->o->db, p->dir, &p->ds, PENDING_RETRY_MS, &kept,
				       &p->res->problems);
		p->res->pending = kept;
	}
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

/* The session itself, on its screen; returns tui_run's answer. */
static int run_session(struct tui *t, struct player *p)
{
	const struct player_opts *o = p->o;
	session_plan_build(&p->plan, o->routine, o->count_in);
	session_init(&p->s, &p->plan, o->speed);
	struct cue_opts co = {o->speech.rate_wpm, o->speed};
	cues_build(&p->cues, &p->plan, &co);
	p->started = clock_wall();
	p->now = clock_now_ms();
	session_start(&p->s, p->now);
	p->voice = o->voice;
	player_voice_start(p, p->now);
	struct tui_screen scr = {&player_ops, p, false, 0, true};
	tui_bell(t);
	int rc = tui_run(t, &scr);
	player_voice_stop(p);
	if (rc < 0)
		session_quit(&p->s, clock_now_ms()); /* a signal: keep what was done, ask nothing */
	return rc;
}

/* The rating, the session, the rating. */
static int play(struct tui *t, const struct player_opts *o, const char *dir,
		struct player_result *res)
{
	struct player p = {.o = o, .res = res, .dir = dir};
	diary_session_init(&p.ds);
	int rc = 0;
	if (o->rating) {
		rc = rating_ask(t, o->routine->title, "Before you start", RATING_ESC_BACK,
				&p.ds.before_back, &p.ds.before_leg);
		if (rc != 0) {
			res->cancelled = rc > 0; /* Esc: back, nothing began, nothing to record */
			diary_session_free(&p.ds);
			return rc < 0 ? -1 : 0;
		}
	}
	rc = run_session(t, &p);
	res->cancelled = p.cancelled;
	res->started = p.begun;
	player_record(&p); /* quit or a signal; done already when it ended */
	if (rc >= 0 && p.begun && o->rating) {
		int after[2];
		rc = rating_ask(t, o->routine->title, p.s.quit ? "You stopped early" : "After the session",
				RATING_ESC_SKIPS, &after[0], &after[1]);
		record_after(&p, after);
	}
	diary_session_free(&p.ds);
	cues_free(&p.cues);
	session_free(&p.s);
	session_plan_free(&p.plan);
	return rc < 0 ? -1 : 0;
}

/* The data directory: the diary's. Standard error's log and pending sessions go there. */
static char *data_dir(const struct player_opts *o)
{
	const char *db = o->db ? diary_path(o->db) : NULL;
	const char *slash = db ? strrchr(db, '/') : NULL;
	return slash ? xstrndup(db, (size_t)(slash - db)) : NULL;
}

int player_run(struct tui *t, const struct player_opts *o, struct player_result *res)
{
	memset(res, 0, sizeof *res);
	char *dir = data_dir(o);
	char *log = dir ? xasprintf("%s/%s", dir, PLAYER_LOG) : xstrdup("/dev/null");
	tui_stderr_to(log);
	free(log);
	int rc = play(t, o, dir ? dir : ".", res);
	tui_stderr_back();
	free(dir);
	return rc;
}
