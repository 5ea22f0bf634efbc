/* player.c - the full-screen session player */
#include "config.h"

#include "tui/player.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "safety.h"
#include "session.h"
#include "status.h"
#include "timefmt.h"
#include "tui/bigtext.h"
#include "tui/keys.h"
#include "tui/rating.h"
#include "utf8.h"
#include "xalloc.h"

/* Below this the screen says so; between it and FULL the digits are plain. */
#define PLAYER_MIN_COLS 40
#define PLAYER_MIN_ROWS 12
#define PLAYER_FULL_COLS 50
#define PLAYER_FULL_ROWS 20

struct player {
	const struct player_opts *o;
	struct session_plan plan;
	struct session s;
	int64_t now;
	bool help, asking_quit, paused_for_question, paused_for_help;
	bool quit;
};

static enum tui_colour phase_colour(enum session_phase p)
{
	switch (p) {
	case PHASE_HOLD:
		return TC_HOLD;
	case PHASE_GET_READY:
	case PHASE_SWITCH:
		return TC_READY;
	case PHASE_DONE:
		return TC_GOOD;
	default:
		return TC_REST;
	}
}

/* "1:05" or "45". */
static void fmt_clock(char *buf, size_t n, int64_t ms)
{
	long s = (long)((ms + 999) / 1000);
	if (s >= 60)
		snprintf(buf, n, "%ld:%02ld", s / 60, s % 60 < 0 ? 0 : s % 60);
	else
		snprintf(buf, n, "%ld", s);
}

/* "30 s × 3 · both sides" */
static char *dosage(struct tui *t, const struct step *st)
{
	const char *sides = st->sides == SIDES_BOTH	 ? " · each side"
			    : st->sides == SIDES_ALTERNATE ? " · sides alternate"
							   : "";
	return xasprintf("%d s %s %d%s", st->hold, tui_sym(t, "×", "x"), st->reps, sides);
}

/* The cue to show now: cues take turns through the hold. */
static const char *current_cue(const struct session_view *v)
{
	const struct exercise *e = v->step ? v->step->ex : NULL;
	if (!e || !e->ncues)
		return NULL;
	if (v->phase != PHASE_HOLD || v->phase_ms <= 0)
		return e->cues[0];
	int64_t in = v->phase_ms - v->remaining_ms;
	size_t i = (size_t)(in * (int64_t)e->ncues / v->phase_ms);
	if (i >= e->ncues)
		i = e->ncues - 1;
	/* Across reps, start each hold on the next cue so none is always last. */
	return e->cues[(i + (size_t)(v->rep - 1)) % e->ncues];
}

static void draw_header(struct tui *t, struct player *p, const struct session_view *v)
{
	const struct routine *r = p->o->routine;
	char left[48], right[128];
	int64_t rest = v->total_ms - v->elapsed_ms;
	long rs = (long)((rest + 999) / 1000);
	snprintf(left, sizeof left, "%ld:%02ld", rs / 60, rs % 60);
	if (v->phase == PHASE_DONE)
		snprintf(right, sizeof right, "done");
	else
		snprintf(right, sizeof right, "step %zu of %zu %s %s left", v->step_index + 1,
			 v->nsteps, tui_sym(t, "·", "-"), left);
	if (p->o->speed != 1) {
		size_t n = strlen(right);
		snprintf(right + n, sizeof right - n, " %s preview %gx", tui_sym(t, "·", "-"),
			 p->o->speed);
	}
	int rw = utf8_width(right);
	tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber %s ", tui_sym(t, "·", "-"));
	/* The right part wins when space is short: it carries the time left. */
	int room = t->cols - 1 - rw - 2 - 10;
	if (room >= utf8_width(r->title)) {
		tui_text(t, 0, 10, A_BOLD, r->title);
	} else if (room > 1) {
		char *cut = xasprintf("%.*s%s", (int)utf8_fit(r->title, room - 1), r->title,
				      tui_sym(t, "…", "~"));
		tui_text(t, 0, 10, A_BOLD, cut);
		free(cut);
	}
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, right);
	tui_hline(t, 1);
}

/* "RIGHT side · rep 2 of 3" */
static void side_text(struct tui *t, const struct session_view *v, char *buf, size_t n)
{
	buf[0] = '\0';
	if (v->phase == PHASE_DONE || v->phase == PHASE_BETWEEN)
		return;
	const char *dot = tui_sym(t, " · ", " - ");
	if (v->side != SIDE_NONE)
		snprintf(buf, n, "%s side%s", session_side_names[v->side], dot);
	size_t len = strlen(buf);
	snprintf(buf + len, n - len, "rep %d of %d", v->rep, v->reps);
}

static const char *phase_word(const struct session_view *v)
{
	if (v->paused)
		return "PAUSED";
	return session_phase_names[v->phase];
}

static void draw_next(struct tui *t, int y, const struct session_view *v, int width)
{
	char *line = NULL;
	if (v->phase == PHASE_BETWEEN && v->next) {
		char *d = dosage(t, v->next);
		line = xasprintf("next: %s %s %s", v->next->ex->title, tui_sym(t, "·", "-"), d);
		free(d);
	} else if (v->phase == PHASE_REST || v->phase == PHASE_SWITCH) {
		/* A rest carries the rep and side of the hold that follows it. */
		line = xasprintf("next: rep %d of %d%s%s%s", v->rep, v->reps,
				 v->side != SIDE_NONE ? ", " : "",
				 v->side != SIDE_NONE ? session_side_names[v->side] : "",
				 v->side != SIDE_NONE ? " side" : "");
	}
	if (line) {
		tui_wrap(t, y, 2, width, 1, A_BOLD, line);
		free(line);
	}
}

static void draw_full(struct tui *t, const struct session_view *v)
{
	const struct exercise *e = v->step ? v->step->ex : NULL;
	int width = t->cols - 4;
	char side[64];
	side_text(t, v, side, sizeof side);
	if (v->phase == PHASE_DONE)
		tui_text(t, 2, 2, A_BOLD, "Well done.");
	else if (v->phase == PHASE_BETWEEN)
		tui_text(t, 2, 2, A_BOLD, "Rest");
	else if (e)
		tui_text(t, 2, 2, A_BOLD, e->title);
	tui_text_right(t, 2, t->cols - 2, A_BOLD, side);

	int col = tui_attr(t, phase_colour(v->phase));
	char secs[32];
	fmt_clock(secs, sizeof secs, v->remaining_ms);
	const char *big = v->paused ? "PAUSED" : v->phase == PHASE_DONE ? "DONE" : secs;
	int bw = bigtext_width(big);
	int bx = 4;
	bigtext_draw(t, 4, bx, A_BOLD | col, big);
	/* The phase in words beside the digits: never colour alone. */
	int wx = bx + bw + 6;
	if (wx + 12 < t->cols) {
		tui_text(t, 5, wx, A_BOLD | col, phase_word(v));
		if (v->phase != PHASE_DONE)
			tui_textf(t, 7, wx, A_NORMAL, "%s s left", secs);
	}
	int y = 10;
	if (v->phase != PHASE_DONE) {
		int bar = width - 16 < 50 ? width - 16 : 50;
		double frac = v->phase_ms ? 1.0 - (double)v->remaining_ms / (double)v->phase_ms : 1;
		tui_bar(t, y, 2, bar, frac, col);
		long shown_total = (long)(v->phase_ms / 1000);
		long gone = shown_total - (long)((v->remaining_ms + 999) / 1000);
		tui_textf(t, y, 2 + bar + 2, A_NORMAL, "%ld of %ld s", gone, shown_total);
	}
	y = 12;
	if (e && v->phase != PHASE_DONE && v->phase != PHASE_BETWEEN) {
		if (e->position)
			y += tui_wrap(t, y, 2, width, 2, A_NORMAL, e->position);
		const char *cue = current_cue(v);
		if (cue)
			y += tui_wrap_prefixed(t, y, 2, width, 2, A_BOLD, tui_sym(t, "› ", "> "), cue);
		const char *caution = e->caution ? e->caution : safety_exercise_reminder();
		y += tui_wrap_prefixed(t, y, 2, width, 2, tui_attr(t, TC_WARN), "! ", caution);
		if (v->phase == PHASE_GET_READY && v->step_index == 0)
			y += tui_wrap(t, y, 2, width, 1, tui_attr(t, TC_DIM),
				      safety_exercise_reminder());
	} else if (v->phase == PHASE_DONE) {
		tui_text(t, y, 2, A_NORMAL, "The session is over. Press any key.");
	}
	draw_next(t, y + 1 < t->rows - 4 ? y + 1 : t->rows - 4, v, width);
}

static void draw_compact(struct tui *t, const struct session_view *v)
{
	const struct exercise *e = v->step ? v->step->ex : NULL;
	int width = t->cols - 4;
	char side[64], secs[32];
	side_text(t, v, side, sizeof side);
	fmt_clock(secs, sizeof secs, v->remaining_ms);
	if (e && v->phase != PHASE_BETWEEN && v->phase != PHASE_DONE)
		tui_wrap(t, 2, 2, width, 1, A_BOLD, e->title);
	int col = tui_attr(t, phase_colour(v->phase));
	tui_textf(t, 3, 2, A_BOLD | col, "%s  %s s", phase_word(v), secs);
	tui_text(t, 4, 2, A_NORMAL, side);
	if (v->phase != PHASE_DONE) {
		double frac = v->phase_ms ? 1.0 - (double)v->remaining_ms / (double)v->phase_ms : 1;
		tui_bar(t, 5, 2, width, frac, col);
	}
	const char *cue = current_cue(v);
	if (cue && v->phase != PHASE_BETWEEN && v->phase != PHASE_DONE) {
		char *line = xasprintf("%s %s", tui_sym(t, "›", ">"), cue);
		tui_wrap(t, 6, 2, width, 1, A_NORMAL, line);
		free(line);
	}
	if (e && e->caution && v->phase != PHASE_DONE) {
		char *line = xasprintf("! %s", e->caution);
		tui_wrap(t, 7, 2, width, 1, tui_attr(t, TC_WARN), line);
		free(line);
	}
	draw_next(t, 8, v, width);
}

static void draw_help(struct tui *t)
{
	char **lines = keys_help(KC_PLAYER);
	int n = 0, w = 0;
	for (; lines[n]; n++)
		if (utf8_width(lines[n]) > w)
			w = utf8_width(lines[n]);
	int y = (t->rows - n - 4) / 2, x = (t->cols - w - 4) / 2;
	if (y < 0)
		y = 0;
	if (x < 0)
		x = 0;
	for (int i = -1; i <= n + 2; i++) {
		move(y + 1 + i, x);
		for (int k = 0; k < w + 4 && x + k < t->cols; k++)
			addch(' ' | A_REVERSE);
	}
	tui_text(t, y, x + 2, A_REVERSE | A_BOLD, "Keys in a session");
	for (int i = 0; i < n; i++)
		tui_text(t, y + 2 + i, x + 2, A_REVERSE, lines[i]);
	tui_text(t, y + n + 3, x + 2, A_REVERSE, "any key closes this help");
	keys_help_free(lines);
}

static void draw(struct tui *t, struct tui_screen *scr)
{
	struct player *p = scr->data;
	struct session_view v;
	session_view(&p->s, p->now, &v);
	if (tui_too_small(t, PLAYER_MIN_COLS, PLAYER_MIN_ROWS))
		return;
	draw_header(t, p, &v);
	bool full = t->cols >= PLAYER_FULL_COLS && t->rows >= PLAYER_FULL_ROWS;
	if (full)
		draw_full(t, &v);
	else
		draw_compact(t, &v);
	/* The session bar and the keys. */
	int y = t->rows - 3;
	tui_hline(t, y);
	int pct = v.total_ms ? (int)(v.elapsed_ms * 100 / v.total_ms) : 100;
	tui_text(t, y + 1, 1, A_NORMAL, "session");
	tui_bar(t, y + 1, 9, t->cols - 16, (double)pct / 100, tui_attr(t, TC_BAR));
	tui_textf(t, y + 1, t->cols - 6, A_NORMAL, "%3d%%", pct);
	const char *keys;
	if (p->asking_quit)
		keys = "Quit this session? It is kept as partial.  y quit · n go on";
	else if (v.phase == PHASE_DONE)
		keys = "any key: finish";
	else if (full)
		keys = t->utf8 ? "space pause · n skip · p back · +/- 5 s · q quit · ? help"
			       : "space pause - n skip - p back - +/- 5 s - q quit - ? help";
	else
		keys = "space pause n skip q quit ? help";
	int attr = p->asking_quit ? (int)A_BOLD : tui_attr(t, TC_DIM);
	tui_text(t, t->rows - 1, 1, attr, keys);
	if (p->help)
		draw_help(t);
}

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
		break;
	case KA_SKIP:
		announce(t, session_skip(&p->s, now));
		break;
	case KA_BACK:
		announce(t, session_back(&p->s, now));
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

static int64_t tick(struct tui *t, struct tui_screen *scr, int64_t now)
{
	struct player *p = scr->data;
	p->now = now;
	int what = session_tick(&p->s, now);
	if (what) {
		announce(t, what);
		scr->dirty = true;
	}
	int64_t wake = session_next_wake(&p->s, now);
	/* Redraw on every wake: a second ticked over. */
	if (wake >= 0 || what)
		scr->dirty = true;
	return wake;
}

static const struct tui_screen_ops player_ops = {NULL, draw, key, tick, NULL};

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

int player_run(struct tui *t, const struct player_opts *o, struct player_result *res)
{
	memset(res, 0, sizeof *res);
	int before[2] = {-1, -1}, after[2] = {-1, -1};
	if (o->rating && rating_ask(t, o->routine->title, "Before you start", &before[0], &before[1]) < 0)
		return -1; /* a signal before anything began: nothing to record */

	struct player p = {.o = o};
	session_plan_build(&p.plan, o->routine, o->count_in);
	session_init(&p.s, &p.plan, o->speed);
	int64_t started = clock_wall();
	p.now = clock_now_ms();
	session_start(&p.s, p.now);
	res->started = true;
	struct tui_screen scr = {&player_ops, &p, false, 0, true};
	tui_bell(t);
	int rc = tui_run(t, &scr);
	if (rc < 0) {
		p.quit = true; /* a signal: keep what was done, ask nothing */
		session_quit(&p.s, clock_now_ms());
	}
	else if (o->rating)
		rc = rating_ask(t, o->routine->title, p.quit ? "You stopped early" : "After the session",
				&after[0], &after[1]);
	record(o, &p, started, before, after, res);
	session_free(&p.s);
	session_plan_free(&p.plan);
	return rc < 0 ? -1 : 0;
}
