/* SPDX-License-Identifier: ISC */
/* session.c - the session engine: a plan of timed phases and a pure state machine over it */
#include "config.h"

#include "routine/session.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"

const char *const session_phase_names[] = {
	/* TRANSLATORS: a session's phase, in capitals on the player: keep each short. */
	[PHASE_GET_READY] = N_("GET READY"),
	/* TRANSLATORS: a session's phase: a stretch kept still. */
	[PHASE_HOLD] = N_("HOLD"),
	/* TRANSLATORS: a session's phase: the rest between reps or exercises. */
	[PHASE_REST] = N_("REST"),
	/* TRANSLATORS: a session's phase: from the left side to the right. */
	[PHASE_SWITCH] = N_("SWITCH SIDES"),
	[PHASE_BETWEEN] = N_("REST"),
	/* TRANSLATORS: a session's phase: the session is over. */
	[PHASE_DONE] = N_("DONE"),
};

const char *const session_side_names[] = {
	[SIDE_NONE] = "",
	/* TRANSLATORS: the side being stretched, in capitals on the player. */
	[SIDE_LEFT] = N_("LEFT"),
	/* TRANSLATORS: the side being stretched, in capitals on the player. */
	[SIDE_RIGHT] = N_("RIGHT"),
};

/* ---- the plan ---- */

static void add(struct session_plan *p, size_t *cap, enum session_phase kind, size_t step,
		int rep, int reps, enum session_side side, int64_t ms)
{
	const struct routine *r = p->routine;
	bool move = kind != PHASE_DONE && r->steps[step].ex && r->steps[step].ex->kind == KIND_MOVE;
	if (kind != PHASE_DONE && ms <= 0)
		return; /* a rest of 0 s is no phase at all */
	if (p->n == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		p->v = xreallocarray(p->v, *cap, sizeof *p->v);
	}
	p->v[p->n++] = (struct plan_phase){kind, step, rep, reps, side, ms, move};
	p->total_ms += ms;
}

/*
 * Holds on one side, with rests between them. A rest (like a switch)
 * carries the rep and side of the hold that follows it: that is what the
 * player announces during it.
 */
static void add_side(struct session_plan *p, size_t *cap, size_t i, const struct step *s,
		     enum session_side side)
{
	for (int rep = 1; rep <= s->reps; rep++) {
		add(p, cap, PHASE_HOLD, i, rep, s->reps, side, s->hold * 1000LL);
		if (rep < s->reps)
			add(p, cap, PHASE_REST, i, rep + 1, s->reps, side, s->rest * 1000LL);
	}
}

void session_plan_build(struct session_plan *p, const struct routine *r, int count_in)
{
	memset(p, 0, sizeof *p);
	p->routine = r;
	p->nsteps = r->nsteps;
	p->step_first = xcalloc(r->nsteps + 1, sizeof *p->step_first);
	size_t cap = 0;
	for (size_t i = 0; i < r->nsteps; i++) {
		const struct step *s = &r->steps[i];
		p->step_first[i] = p->n;
		enum session_side first = s->sides == SIDES_NONE ? SIDE_NONE : SIDE_LEFT;
		add(p, &cap, PHASE_GET_READY, i, 1, s->reps, first, count_in * 1000LL);
		switch (s->sides) {
		case SIDES_NONE:
			add_side(p, &cap, i, s, SIDE_NONE);
			break;
		case SIDES_BOTH:
			add_side(p, &cap, i, s, SIDE_LEFT);
			add(p, &cap, PHASE_SWITCH, i, 1, s->reps, SIDE_RIGHT,
			    ROUTINE_SWITCH_SECONDS * 1000LL);
			add_side(p, &cap, i, s, SIDE_RIGHT);
			break;
		case SIDES_ALTERNATE:
			/* Left, right, left, right: the rep count is per side. */
			for (int rep = 1; rep <= s->reps; rep++) {
				for (int k = 0; k < 2; k++) {
					enum session_side side = k ? SIDE_RIGHT : SIDE_LEFT;
					add(p, &cap, PHASE_HOLD, i, rep, s->reps, side,
					    s->hold * 1000LL);
					if (rep < s->reps || k == 0)
						add(p, &cap, PHASE_REST, i, k ? rep + 1 : rep, s->reps,
						    k ? SIDE_LEFT : SIDE_RIGHT, s->rest * 1000LL);
				}
			}
			break;
		case SIDES_COUNT:
			break;
		}
		if (i + 1 < r->nsteps)
			add(p, &cap, PHASE_BETWEEN, i, s->reps, s->reps, SIDE_NONE, r->rest * 1000LL);
	}
	p->step_first[r->nsteps] = p->n;
	add(p, &cap, PHASE_DONE, r->nsteps ? r->nsteps - 1 : 0, 0, 0, SIDE_NONE, 0);
}

void session_plan_free(struct session_plan *p)
{
	free(p->v);
	free(p->step_first);
	memset(p, 0, sizeof *p);
}

/* ---- the engine ---- */

static int64_t planned_now(const struct session *s, int64_t now)
{
	if (s->paused || !s->started)
		return s->anchor_planned;
	return s->anchor_planned + llround((double)(now - s->anchor_real) * s->speed);
}

/* Phase i's planned length with the +/- of its step. */
static int64_t len_at(const struct session *s, size_t i)
{
	const struct plan_phase *p = &s->plan->v[i];
	return p->ms + (p->kind == PHASE_HOLD ? s->hold_adjust[p->step] : 0);
}

static int64_t phase_len(const struct session *s)
{
	return len_at(s, s->cur);
}

static void reanchor(struct session *s, int64_t now)
{
	s->anchor_planned = planned_now(s, now);
	s->anchor_real = now;
}

void session_init(struct session *s, const struct session_plan *p, double speed)
{
	memset(s, 0, sizeof *s);
	s->plan = p;
	s->speed = speed > 0 ? speed : 1;
	s->steps = xcalloc(p->nsteps + 1, sizeof *s->steps);
	s->hold_adjust = xcalloc(p->nsteps + 1, sizeof *s->hold_adjust);
}

void session_free(struct session *s)
{
	free(s->steps);
	free(s->hold_adjust);
	memset(s, 0, sizeof *s);
}

void session_start(struct session *s, int64_t now)
{
	s->started = true;
	s->paused = false;
	s->cur = 0;
	memset(s->hold_adjust, 0, (s->plan->nsteps + 1) * sizeof *s->hold_adjust);
	s->last_beep = 0;
	s->anchor_real = now;
	s->anchor_planned = 0;
	s->phase_start = 0;
}

bool session_done(const struct session *s)
{
	return s->quit || s->plan->v[s->cur].kind == PHASE_DONE;
}

static bool last_phase_of_step(const struct session *s, size_t i)
{
	const struct plan_phase *p = &s->plan->v[i], *q = &s->plan->v[i + 1];
	return q->kind == PHASE_DONE || q->step != p->step || q->kind == PHASE_BETWEEN;
}

/* Enters phase i at planned time `at`. */
static void enter(struct session *s, size_t i, int64_t at)
{
	s->cur = i;
	s->phase_start = at;
	s->last_beep = 0;
}

int session_tick(struct session *s, int64_t now)
{
	if (!s->started || s->paused || session_done(s))
		return ANNOUNCE_NONE;
	int out = ANNOUNCE_NONE;
	int64_t pn = planned_now(s, now);
	while (!session_done(s) && pn >= s->phase_start + phase_len(s)) {
		const struct plan_phase *p = &s->plan->v[s->cur];
		if (last_phase_of_step(s, s->cur) && p->kind != PHASE_BETWEEN &&
		    s->steps[p->step] == STEP_PENDING)
			s->steps[p->step] = STEP_DONE;
		enter(s, s->cur + 1, s->phase_start + phase_len(s));
		out |= ANNOUNCE_PHASE;
	}
	if (session_done(s))
		return out | ANNOUNCE_DONE;
	/* A bell on each of the last three seconds of a hold long enough to count down. */
	const struct plan_phase *p = &s->plan->v[s->cur];
	int64_t rem = s->phase_start + phase_len(s) - pn;
	if (p->kind == PHASE_HOLD && !p->move && phase_len(s) >= 5000 && rem <= 3000) {
		int sec = (int)((rem + 999) / 1000);
		if (sec >= 1 && sec <= 3 && sec != s->last_beep) {
			out |= ANNOUNCE_COUNTDOWN;
			s->last_beep = sec;
		}
	}
	return out;
}

void session_pause(struct session *s, int64_t now)
{
	if (!s->started || s->paused || session_done(s))
		return;
	reanchor(s, now);
	s->paused = true;
}

void session_resume(struct session *s, int64_t now)
{
	if (!s->paused)
		return;
	s->paused = false;
	s->anchor_real = now;
}

void session_toggle_pause(struct session *s, int64_t now)
{
	if (s->paused)
		session_resume(s, now);
	else
		session_pause(s, now);
}

/* Moves to the first phase of step k (nsteps = the end), starting now. */
static int jump(struct session *s, int64_t now, size_t k)
{
	reanchor(s, now);
	enter(s, s->plan->step_first[k], s->anchor_planned);
	return ANNOUNCE_PHASE | (session_done(s) ? ANNOUNCE_DONE : 0);
}

int session_skip(struct session *s, int64_t now)
{
	if (!s->started || session_done(s))
		return ANNOUNCE_NONE;
	size_t step = s->plan->v[s->cur].step;
	if (s->plan->v[s->cur].kind == PHASE_BETWEEN) {
		/* Skipping the rest between exercises starts the next one now. */
		return jump(s, now, step + 1);
	}
	if (s->steps[step] == STEP_PENDING)
		s->steps[step] = STEP_SKIPPED;
	return jump(s, now, step + 1);
}

int session_back(struct session *s, int64_t now)
{
	if (!s->started || s->quit)
		return ANNOUNCE_NONE;
	size_t step = s->plan->v[s->cur].step;
	if (s->plan->v[s->cur].kind == PHASE_DONE)
		step = s->plan->nsteps - 1;
	/* (From the rest after a step, "back" replays that step.) */
	int64_t in_step = planned_now(s, now) - s->phase_start;
	/* Just begun (the first phase, under 2 s in): go to the step before. */
	if (s->cur == s->plan->step_first[step] && in_step < 2000 && step > 0)
		step--;
	/* Replaying a finished step does not undo it; a skipped one gets another chance. */
	if (s->steps[step] == STEP_SKIPPED)
		s->steps[step] = STEP_PENDING;
	return jump(s, now, step);
}

bool session_adjust(struct session *s, int64_t now, int64_t delta_ms)
{
	if (!s->started || session_done(s))
		return false;
	const struct plan_phase *p = &s->plan->v[s->cur];
	if (p->kind == PHASE_BETWEEN)
		return false;
	int64_t base = s->plan->routine->steps[p->step].hold * 1000LL;
	int64_t len = base + s->hold_adjust[p->step] + delta_ms;
	if (len < 1000)
		len = 1000;
	if (p->kind == PHASE_HOLD) {
		/* Shorter than what has passed would end it in the past and eat the next rest. */
		int64_t in = planned_now(s, now) - s->phase_start;
		if (len < in)
			len = in;
		s->last_beep = 0;
	}
	s->hold_adjust[p->step] = len - base;
	return true;
}

void session_quit(struct session *s, int64_t now)
{
	if (s->started && !s->paused)
		reanchor(s, now);
	s->quit = true;
}

void session_view(const struct session *s, int64_t now, struct session_view *v)
{
	memset(v, 0, sizeof *v);
	const struct session_plan *plan = s->plan;
	const struct plan_phase *p = &plan->v[s->cur];
	v->p = p;
	v->phase = p->kind;
	v->nsteps = plan->nsteps;
	v->paused = s->paused;
	v->step_index = p->step;
	v->step = p->kind == PHASE_DONE ? NULL : &plan->routine->steps[p->step];
	v->move = p->move;
	v->hold_ms = v->step ? v->step->hold * 1000LL + s->hold_adjust[p->step] : 0;
	v->rep = p->rep;
	v->reps = p->reps;
	v->side = p->side;
	v->phase_ms = phase_len(s);
	int64_t in = planned_now(s, now) - s->phase_start;
	if (in < 0)
		in = 0;
	if (in > v->phase_ms)
		in = v->phase_ms;
	v->remaining_ms = v->phase_ms - in;
	/* With +/- the session is as long as its holds are now: the time left says so at once. */
	for (size_t i = 0; i < plan->n; i++) {
		int64_t len = len_at(s, i);
		v->total_ms += len;
		if (i < s->cur)
			v->elapsed_ms += len;
	}
	v->elapsed_ms += in;
	if (p->kind != PHASE_DONE && p->step + 1 < plan->nsteps)
		v->next = &plan->routine->steps[p->step + 1];
}

const char *session_phase_word(const struct session_view *v)
{
	if (v->phase == PHASE_HOLD && v->move)
		/* TRANSLATORS: a session's phase: a movement's rep, in capitals on the player. */
		return N_("MOVE");
	return session_phase_names[v->phase];
}

int64_t session_next_wake(const struct session *s, int64_t now)
{
	if (!s->started || s->paused || session_done(s))
		return -1;
	int64_t rem = s->phase_start + phase_len(s) - planned_now(s, now);
	if (rem <= 0)
		return 0;
	/* The shown seconds change when rem crosses a multiple of 1000 planned ms. */
	int64_t to_boundary = rem % 1000;
	if (to_boundary == 0)
		to_boundary = 1000;
	int64_t real = (int64_t)ceil((double)to_boundary / s->speed);
	return real < 1 ? 1 : real;
}

void session_counts(const struct session *s, int *done, int *skipped)
{
	*done = *skipped = 0;
	for (size_t i = 0; i < s->plan->nsteps; i++) {
		if (s->steps[i] == STEP_DONE)
			(*done)++;
		else if (s->steps[i] == STEP_SKIPPED)
			(*skipped)++;
	}
}

void session_summary(const struct session *s, struct session_summary *sum)
{
	session_counts(s, &sum->steps_done, &sum->steps_skipped);
	sum->steps_total = (int)s->plan->nsteps;
	sum->complete =
		!s->quit && s->plan->v[s->cur].kind == PHASE_DONE && sum->steps_skipped == 0;
	sum->speed = s->speed;
	sum->preview = s->speed != 1;
}
