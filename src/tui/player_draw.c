/* SPDX-License-Identifier: ISC */
/* player_draw.c - how the session player looks: header, countdown, cues, keys */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"
#include "insight/safety.h"
#include "routine/session.h"
#include "tui/bigtext.h"
#include "tui/keys.h"
#include "tui/player_impl.h"

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

/* The exercise cue to show now: the one the cue list paces, each on screen long enough. */
static const char *current_cue(const struct player *p, const struct session_view *v)
{
	if (v->phase == PHASE_DONE || v->phase == PHASE_BETWEEN)
		return NULL;
	return cues_text_at(&p->cues, &p->plan, p->s.cur, v->phase_ms - v->remaining_ms,
			    v->phase_ms);
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
	/* On a narrow screen the preview mark, then the step, give way to "limber ·". */
	if (p->o->speed != 1 && utf8_width(right) + 14 + 10 < t->cols) {
		size_t n = strlen(right);
		snprintf(right + n, sizeof right - n, " %s preview %gx", tui_sym(t, "·", "-"),
			 p->o->speed);
	}
	if (v->phase != PHASE_DONE && utf8_width(right) + 10 >= t->cols)
		snprintf(right, sizeof right, "%s left", left);
	/* Narrow: the routine's title without "limber ·", the step as "1/4" when that helps. */
	int tx = t->cols < 60 ? 1 : 10;
	if (v->phase != PHASE_DONE && utf8_width(right) + 2 + tx + utf8_width(r->title) >= t->cols)
		snprintf(right, sizeof right, "%zu/%zu %s %s", v->step_index + 1, v->nsteps,
			 tui_sym(t, "·", "-"), left);
	int rw = utf8_width(right);
	if (tx > 1)
		tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber %s ", tui_sym(t, "·", "-"));
	/* The right part wins when space is short: it carries the time left. */
	int room = t->cols - 1 - rw - 2 - tx;
	if (room >= utf8_width(r->title)) {
		tui_text(t, 0, tx, A_BOLD, r->title);
	} else if (room > 1) {
		const char *next;
		size_t n = utf8_wrap(r->title, room - 1, &next); /* cut after a word */
		char *cut = xasprintf("%.*s%s", (int)n, r->title, tui_sym(t, "…", "~"));
		tui_text(t, 0, tx, A_BOLD, cut);
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

/* "next: Knee rolls — Lie on your back, knees bent." and its dosage, in up to `room` lines. */
static int draw_between(struct tui *t, int y, const struct session_view *v, int width, int room)
{
	const struct exercise *e = v->next ? v->next->ex : NULL;
	if (!e || room < 1)
		return 0;
	char *line = e->position && *e->position
			     ? xasprintf("next: %s %s %s", e->title, tui_sym(t, "—", "-"), e->position)
			     : xasprintf("next: %s", e->title);
	int n = tui_wrap(t, y, 2, width, room > 2 ? room - 1 : room, A_BOLD, line);
	free(line);
	if (n < room) {
		char *d = dosage(t, v->next);
		n += tui_wrap(t, y + n, 2, width, 1, A_NORMAL, d);
		free(d);
	}
	return n;
}

/* During a rest between reps: the hold that follows. */
static void draw_next(struct tui *t, int y, const struct session_view *v, int width)
{
	if (v->phase != PHASE_REST && v->phase != PHASE_SWITCH)
		return;
	if (!v->step)
		return;
	/* The rep and side are on the line under the title already: say what comes. */
	char *line = xasprintf("next: a %d s hold", v->step->hold);
	tui_wrap(t, y, 2, width, 1, A_BOLD, line);
	free(line);
}

/*
 * How much to enlarge the countdown: 1 (5 rows) at 80x24, 2 from about
 * 40 rows, more on bigger windows, as long as "0:00" and the words beside
 * it fit across.
 */
static int big_scale(const struct tui *t)
{
	int k = 1 + (t->rows - 24) / 16;
	int across = (t->cols - 24) / bigtext_width("0:00", 1);
	if (across < k)
		k = across;
	return k < 1 ? 1 : k;
}

/* The exercise's title (half-size big letters when the window is large); returns the next row. */
static int draw_title(struct tui *t, const struct session_view *v, int y, int k, bool big_side)
{
	const struct exercise *e = v->step ? v->step->ex : NULL;
	const char *title = v->phase == PHASE_DONE	  ? "Well done."
			    : v->phase == PHASE_BETWEEN ? "Rest"
			    : e			  ? e->title
						  : "";
	char side[64];
	side_text(t, v, side, sizeof side);
	bool big = k >= 2 && bigtext_can(title) && bigtext_half_width(title) <= t->cols - 4 -
									 (big_side ? 0 : utf8_width(side) + 2);
	if (big)
		bigtext_half_draw(t, y, 2, A_BOLD, title);
	else
		tui_text(t, y, 2, A_BOLD, title);
	if (!big_side)
		tui_text_right(t, y, t->cols - 2, A_BOLD, side);
	return y + (big ? BIGTEXT_HALF_ROWS + 1 : 2);
}

/* The side in big letters beside the countdown, with the rep under it; false when it does not fit. */
static bool side_fits(const struct tui *t, const struct session_view *v, int k, int wx)
{
	if (k < 2 || v->side == SIDE_NONE || v->phase == PHASE_DONE || v->phase == PHASE_BETWEEN)
		return false;
	return wx + bigtext_width(session_side_names[v->side], k - 1) <= t->cols - 2;
}

/* The countdown (or PAUSED, DONE) and the phase in words beside it; returns the next row. */
static int draw_count(struct tui *t, const struct session_view *v, int y, int k, bool big_side)
{
	int col = tui_attr(t, phase_colour(v->phase));
	char secs[32];
	fmt_clock(secs, sizeof secs, v->remaining_ms);
	const char *big = v->paused ? "PAUSED" : v->phase == PHASE_DONE ? "DONE" : secs;
	int bx = 4, kb = k;
	while (kb > 1 && bx + bigtext_width(big, kb) + 16 > t->cols)
		kb--;
	bigtext_draw(t, y, bx, A_BOLD | col, big, kb);
	/* The phase in words beside the digits: never colour alone. */
	int wx = bx + bigtext_width(big, kb) + 6;
	if (wx + 12 < t->cols) {
		tui_text(t, y + (k > 1 ? 0 : 1), wx, A_BOLD | col, phase_word(v));
		if (v->phase != PHASE_DONE)
			tui_textf(t, y + (k > 1 ? 1 : 3), wx, A_NORMAL, "%s s left", secs);
	}
	if (big_side) {
		bigtext_draw(t, y + 3, wx, A_BOLD, session_side_names[v->side], k - 1);
		tui_textf(t, y + 3 + BIGTEXT_ROWS * (k - 1) + 1, wx, A_BOLD, "side %s rep %d of %d",
			  tui_sym(t, "·", "-"), v->rep, v->reps);
	}
	return y + BIGTEXT_ROWS * k + 1;
}

/* The phase's bar and "18 of 30 s". */
static void draw_phase_bar(struct tui *t, const struct session_view *v, int y)
{
	if (v->phase == PHASE_DONE)
		return;
	int width = t->cols - 4;
	int bar = width - 16 < 50 ? width - 16 : 50;
	double frac = v->phase_ms ? 1.0 - (double)v->remaining_ms / (double)v->phase_ms : 1;
	tui_bar(t, y, 2, bar, frac, tui_attr(t, phase_colour(v->phase)));
	long shown_total = (long)(v->phase_ms / 1000);
	long gone = shown_total - (long)((v->remaining_ms + 999) / 1000);
	tui_textf(t, y, 2 + bar + 2, A_NORMAL, "%ld of %ld s", gone, shown_total);
}

static void draw_full(struct tui *t, const struct player *p, const struct session_view *v)
{
	const struct exercise *e = v->step ? v->step->ex : NULL;
	int width = t->cols - 4;
	int k = big_scale(t);
	char secs[32];
	fmt_clock(secs, sizeof secs, v->remaining_ms);
	const char *big = v->paused ? "PAUSED" : v->phase == PHASE_DONE ? "DONE" : secs;
	bool big_side = side_fits(t, v, k, 4 + bigtext_width(big, k) + 6);
	int y = draw_title(t, v, 2, k, big_side);
	y = draw_count(t, v, y, k, big_side);
	draw_phase_bar(t, v, y);
	y += 2;
	if (e && v->phase != PHASE_DONE && v->phase != PHASE_BETWEEN) {
		if (e->position)
			y += tui_wrap(t, y, 2, width, 2, A_NORMAL, e->position);
		const char *cue = current_cue(p, v);
		if (cue)
			y += tui_wrap_prefixed(t, y, 2, width, 2, A_BOLD, tui_sym(t, "› ", "> "), cue);
		const char *caution = e->caution ? e->caution : safety_exercise_reminder();
		y += tui_wrap_prefixed(t, y, 2, width, 2, tui_attr(t, TC_WARN), "! ", caution);
		/* Once: when the exercise has no caution of its own, the reminder is it. */
		if (v->phase == PHASE_GET_READY && v->step_index == 0 && e->caution)
			y += tui_wrap(t, y, 2, width, 1, tui_attr(t, TC_DIM),
				      safety_exercise_reminder());
	} else if (v->phase == PHASE_BETWEEN) {
		y += draw_between(t, y, v, width, t->rows - 4 - y);
	} else if (v->phase == PHASE_DONE) {
		tui_text(t, y, 2, A_NORMAL, "The session is over. Press any key.");
	}
	draw_next(t, y + 1 < t->rows - 4 ? y + 1 : t->rows - 4, v, width);
}

static void draw_compact(struct tui *t, const struct player *p, const struct session_view *v)
{
	const struct exercise *e = v->step ? v->step->ex : NULL;
	int width = t->cols - 4;
	char side[64], secs[32];
	side_text(t, v, side, sizeof side);
	fmt_clock(secs, sizeof secs, v->remaining_ms);
	if (v->phase == PHASE_DONE)
		tui_text(t, 2, 2, A_BOLD, "Well done.");
	else if (v->phase == PHASE_BETWEEN)
		tui_text(t, 2, 2, A_BOLD, "Rest");
	else if (e)
		tui_wrap(t, 2, 2, width, 1, A_BOLD, e->title);
	int col = tui_attr(t, phase_colour(v->phase));
	if (v->phase == PHASE_DONE) {
		tui_text(t, 3, 2, A_BOLD | col, phase_word(v));
		tui_wrap(t, 5, 2, width, 2, A_NORMAL, "The session is over. Press any key.");
	} else {
		tui_textf(t, 3, 2, A_BOLD | col, "%s  %s s", phase_word(v), secs);
	}
	tui_text(t, 4, 2, A_NORMAL, side);
	if (v->phase != PHASE_DONE) {
		double frac = v->phase_ms ? 1.0 - (double)v->remaining_ms / (double)v->phase_ms : 1;
		tui_bar(t, 5, 2, width, frac, col);
	}
	const char *cue = current_cue(p, v);
	if (cue && v->phase != PHASE_BETWEEN && v->phase != PHASE_DONE) {
		char *line = xasprintf("%s %s", tui_sym(t, "›", ">"), cue);
		tui_wrap(t, 6, 2, width, 1, A_NORMAL, line);
		free(line);
	} else if (e && e->position && v->phase == PHASE_GET_READY) {
		/* No cue yet: the count-in is for getting into position. */
		tui_wrap(t, 6, 2, width, 1, A_NORMAL, e->position);
	}
	if (e && e->caution && v->phase != PHASE_DONE && v->phase != PHASE_BETWEEN) {
		char *line = xasprintf("! %s", e->caution);
		tui_wrap(t, 7, 2, width, 1, tui_attr(t, TC_WARN), line);
		free(line);
	}
	if (v->phase == PHASE_BETWEEN)
		draw_between(t, 6, v, width, t->rows - 3 - 6);
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

void player_draw(struct tui *t, struct tui_screen *scr)
{
	struct player *p = scr->data;
	struct session_view v;
	session_view(&p->s, p->now, &v);
	if (tui_too_small(t, PLAYER_MIN_COLS, PLAYER_MIN_ROWS))
		return;
	draw_header(t, p, &v);
	bool full = t->cols >= PLAYER_FULL_COLS && t->rows >= PLAYER_FULL_ROWS;
	if (full)
		draw_full(t, p, &v);
	else
		draw_compact(t, p, &v);
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
	else if (p->note)
		keys = p->note;
	else if (v.phase == PHASE_DONE)
		keys = "any key: finish";
	else if (v.paused && full)
		keys = t->utf8 ? "space resume · n skip · p back · v voice · q quit · ? help"
			       : "space resume - n skip - p back - v voice - q quit - ? help";
	else if (v.paused)
		keys = t->utf8 ? "space resume · n skip · q quit · ? help"
			       : "space resume - n skip - q quit - ? help";
	else if (full)
		keys = t->utf8 ? "space pause · n skip · p back · +/- 5 s · v voice · q quit · ? help"
			       : "space pause - n skip - p back - +/- 5 s - v voice - q quit - ? help";
	else
		keys = t->utf8 ? "space pause · n skip · v voice · ? help"
			       : "space pause - n skip - v voice - ? help";
	int attr = p->asking_quit || p->note ? (int)A_BOLD : tui_attr(t, TC_DIM);
	tui_text(t, t->rows - 1, 1, attr, keys);
	if (p->help)
		draw_help(t);
}
