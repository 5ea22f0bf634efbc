/* SPDX-License-Identifier: ISC */
/* session.h - the session engine: a routine as a plan of timed phases, and a pure state machine over it */
#ifndef LIMBER_SESSION_H
#define LIMBER_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "routine/routine.h"

enum session_phase {
	PHASE_GET_READY, /* count-in before an exercise */
	PHASE_HOLD,
	PHASE_REST,     /* between reps */
	PHASE_SWITCH,   /* switch sides */
	PHASE_BETWEEN,  /* the routine's rest between exercises */
	PHASE_DONE,
};

enum session_side { SIDE_NONE, SIDE_LEFT, SIDE_RIGHT };

/* The words are marked N_: a screen shows them with _(). */
extern const char *const session_phase_names[]; /* "GET READY", "HOLD", ... */
extern const char *const session_side_names[];  /* "", "LEFT", "RIGHT" */

/* One timed phase of a plan. */
struct plan_phase {
	enum session_phase kind;
	size_t step;  /* index into the routine's steps */
	int rep;      /* 1-based rep on this side; rests and switches: of the hold that follows */
	int reps;     /* reps per side */
	enum session_side side;
	int64_t ms;   /* planned length at speed 1 */
	bool move;    /* a movement (kind = move): its holds are reps to count, said MOVE */
};

/* A routine expanded into phases; the last one is PHASE_DONE (0 ms). */
struct session_plan {
	const struct routine *routine;
	struct plan_phase *v;
	size_t n;
	size_t *step_first; /* index of each step's first phase */
	size_t nsteps;
	int64_t total_ms;
};

/* Expands a routine: per step a count-in, holds and rests per side, switches, the routine's rest. */
void session_plan_build(struct session_plan *p, const struct routine *r, int count_in);
void session_plan_free(struct session_plan *p);

enum step_state { STEP_PENDING, STEP_DONE, STEP_SKIPPED };

/*
 * The state of a running session. Time is absolute: every phase has a
 * deadline on the caller's monotonic clock (milliseconds), so nothing
 * drifts; at speed s a planned second lasts 1/s of a real one. The engine
 * never sleeps, reads keys or draws: callers feed it "now" and events.
 */
struct session {
	const struct session_plan *plan;
	double speed;
	size_t cur;
	/*
	 * "Planned time" P(now) = anchor_planned + (now - anchor_real) * speed
	 * while running, frozen while paused; the current phase spans
	 * [phase_start, phase_start + its length) of it. Deadlines follow from
	 * the anchor and are never accumulated, so rounding cannot drift.
	 */
	int64_t anchor_real, anchor_planned, phase_start;
	int64_t *hold_adjust; /* per step: +/- applied to every hold of that step */
	bool paused, started, quit;
	enum step_state *steps;
	int last_beep; /* the last countdown second announced in this phase */
};

/* What the caller should make heard or seen now. */
enum session_announce {
	ANNOUNCE_NONE = 0,
	ANNOUNCE_PHASE = 1,     /* a new phase began */
	ANNOUNCE_COUNTDOWN = 2, /* one of the last three seconds of a hold */
	ANNOUNCE_DONE = 4,
};

/* A snapshot for drawing. */
struct session_view {
	enum session_phase phase;
	const struct plan_phase *p;
	const struct step *step; /* NULL when done */
	size_t step_index, nsteps;
	int rep, reps;
	enum session_side side;
	int64_t remaining_ms;   /* planned ms left in this phase */
	int64_t phase_ms;       /* planned length of this phase (with adjustments) */
	int64_t elapsed_ms;     /* planned ms of the session behind us */
	int64_t total_ms;
	bool paused;
	bool move;               /* the step is a movement: MOVE, reps counted */
	int64_t hold_ms;         /* the step's hold now, with +/- (planned ms); 0 when done */
	const struct step *next; /* the next step, for "next: ..." */
};

void session_init(struct session *s, const struct session_plan *p, double speed);
void session_free(struct session *s);
void session_start(struct session *s, int64_t now);
/* Advances through every phase whose deadline passed; returns ANNOUNCE_* bits. */
int session_tick(struct session *s, int64_t now);
void session_pause(struct session *s, int64_t now);
void session_resume(struct session *s, int64_t now);
void session_toggle_pause(struct session *s, int64_t now);
/* Leaves the current step for the next one (the step counts as skipped). */
int session_skip(struct session *s, int64_t now);
/* Back to the start of the current step, or the previous one when just begun; a done step stays done. */
int session_back(struct session *s, int64_t now);
/*
 * Lengthens or shortens every hold of the current step, this one and the
 * ones to come on either side, by delta_ms (planned time): never below 1 s,
 * and a hold under way never below what has passed. False between steps.
 */
bool session_adjust(struct session *s, int64_t now, int64_t delta_ms);
void session_quit(struct session *s, int64_t now);
void session_view(const struct session *s, int64_t now, struct session_view *v);
/* The phase in one word for the screen: "HOLD", "MOVE" (a movement's rep), "REST", ...; N_. */
const char *session_phase_word(const struct session_view *v);
/* Real ms from now until something visible changes (a second ticks over); -1 when idle. */
int64_t session_next_wake(const struct session *s, int64_t now);
bool session_done(const struct session *s);
/* Steps completed and skipped so far. */
void session_counts(const struct session *s, int *done, int *skipped);

/* What a session came to, for the diary and the player's last line. */
struct session_summary {
	int steps_done, steps_skipped, steps_total;
	bool complete; /* played to the end, not quit, no step skipped */
	bool preview;  /* played at a speed other than real time */
	double speed;
};

/* Sums up a session so far: a quit or unfinished one is partial. */
void session_summary(const struct session *s, struct session_summary *sum);

#endif
