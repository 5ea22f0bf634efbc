/* SPDX-License-Identifier: ISC */
/* player.c - the full-screen session player: keys, time, recording */
#include "config.h"

#include "tui/player_impl.h"

#include <curses.h>

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/outfile.h"
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

/* The answer to the offer of the voice, kept in the data directory for the sessions to come. */
static void voice_answer(struct player *p, bool on)
{
	p->offer = false;
	char *path = xasprintf("%s/%s", p->dir, PLAYER_VOICE_FILE);
	struct outfile f;
	struct diags d = {0};
	/* Not kept is no harm: the offer comes again next time. Why is in the log. */
	if (outfile_open(&f, path, &d) == LB_OK) {
		fputs(on ? "on\n" : "off\n", f.f);
		outfile_close(&f, true, &d);
	}
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "limber: %s\n", d.v[i].msg);
	diags_free(&d);
	free(path);
}

/* Whether the offer was answered before, and how (false: not yet). */
static bool voice_answered(const struct player *p, bool *on)
{
	char *path = xasprintf("%s/%s", p->dir, PLAYER_VOICE_FILE);
	FILE *f = fopen(path, "re");
	free(path);
	if (!f)
		return false;
	char buf[8] = "";
	*on = fgets(buf, sizeof buf, f) && strncmp(buf, "on", 2) == 0;
	fclose(f);
	return true;
}

/* +/-: every hold of this exercise, both sides; the key line says what it is now. */
static void adjust(struct player *p, int64_t now, int64_t delta)
{
	if (!session_adjust(&p->s, now, delta))
		return;
	struct session_view v;
	session_view(&p->s, now, &v);
	/* TRANSLATORS: on the player's key line after + or -: the new length of a hold. */
	player_note(p, now, xasprintf(_("Hold %lld s for the rest of this exercise."),
				      (long long)(v.hold_ms / 1000)));
}

/* q: back at once in the first count-in (nothing to record), else ask first. */
static void ask_quit(struct player *p, struct tui_screen *scr, int64_t now)
{
	if (!p->begun) {
		session_quit(&p->s, now);
		p->cancelled = true;
		tui_finish(scr, 0);
		return;
	}
	p->asking_quit = true;
	p->paused_for_question = !p->s.paused;
	session_pause(&p->s, now);
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
	if (t->too_small) {
		/* Only q reaches a hidden player, and no question can be seen: it leaves at once. */
		session_quit(&p->s, now);
		p->cancelled = !p->begun;
		tui_finish(scr, 0);
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
		if (p->offer)
			voice_answer(p, p->voice);
		break;
	case KA_MORE:
	case KA_LESS:
		adjust(p, now, keys_action(KC_PLAYER, ch).act == KA_MORE ? 5000 : -5000);
		break;
	case KA_QUIT:
		ask_quit(p, scr, now);
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
	if (p->offer && p->begun) {
		voice_answer(p, false); /* let pass: asked once, not again */
		scr->dirty = true;
	}
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

/* While the diary is busy, the bottom line says so: never a frozen screen. */
static void saving_busy(void *ctx, int64_t waited_ms)
{
	struct player *p = ctx;
	if (!p->t)
		return;
	int y = p->t->rows - 1;
	move(y, 0);
	clrtoeol();
	/* TRANSLATORS: while a session is saved and another program holds the diary: the
	 * seconds waited so far. */
	tui_textf(p->t, y, 1, tui_attr(p->t, TC_WARN), _("saving%s the diary is busy (%lld s)"),
		  tui_sym(p->t, "\u2026", "..."), (long long)(waited_ms / 1000));
	refresh();
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
	struct pending_wait wait = {saving_busy, p};
	enum lb_status st = pending_add_session(p->o->db, p->dir, &p->ds, PENDING_RETRY_MS, &wait,
						&kept, &p->res->problems);
	p->res->recorded = st == LB_OK && !kept;
	p->res->pending = kept;
}

/* The ratings after the session, into the record written when it ended. */
static void record_after(struct player *p, const int after[2], int legs)
{
	if (after[0] < 0 && after[1] < 0 && legs < 0)
		return;
	p->ds.after_back = after[0];
	p->ds.after_leg = after[1];
	p->ds.legs = legs;
	if (p->res->pending) {
		pending_save(p->dir, &p->ds, &p->res->problems);
	} else if (p->res->recorded) {
		bool kept = false;
		struct pending_wait wait = {saving_busy, p};
		pending_update_session(p->o->db, p->dir, &p->ds, PENDING_RETRY_MS, &wait, &kept,
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
		.ask_voice = true,
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
	bool on;
	if (o->ask_voice && !o->voice && o->speed == 1) {
		if (!voice_answered(p, &on))
			p->offer = true;
		else
			p->voice = on;
	}
	player_voice_start(p, p->now);
	struct tui_screen scr = {&player_ops, p, false, 0, true};
	p->fig = tui_figure_new();
	tui_bell(t);
	int rc = tui_run(t, &scr);
	player_voice_stop(p);
	tui_figure_free(p->fig);
	p->fig = NULL;
	if (rc < 0)
		session_quit(&p->s, clock_now_ms()); /* a signal: keep what was done, ask nothing */
	return rc;
}

/* The rating, the session, the rating. */
static int play(struct tui *t, const struct player_opts *o, const char *dir,
		struct player_result *res)
{
	struct player p = {.o = o, .res = res, .dir = dir, .t = t};
	diary_session_init(&p.ds);
	int rc = 0;
	if (o->rating) {
		rc = rating_ask(t, o->routine->title, _("Before you start: how is your pain?"),
				RATING_ESC_BACK, &p.ds.before_back, &p.ds.before_leg);
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
		int after[2], before[2] = {p.ds.before_back, p.ds.before_leg}, legs = -1;
		rc = rating_ask_beside(t, o->routine->title,
				       p.s.quit ? _("You stopped early: how is your pain?")
						: _("After the session: how is your pain?"),
				       RATING_ESC_SKIPS, before, &after[0], &after[1]);
		if (rc >= 0)
			rc = rating_legs(t, o->routine->title, &legs);
		record_after(&p, after, legs);
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
