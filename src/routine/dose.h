/* SPDX-License-Identifier: ISC */
/* dose.h - a person's dose of an exercise: how it grows after comfortable sessions, and falls back */
#ifndef LIMBER_DOSE_H
#define LIMBER_DOSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "routine/routine.h"

/* How a rated session went, for the doses of its exercises. */
enum dose_outcome {
	DOSE_UNRATED,     /* no pain before or after: it does not count */
	DOSE_COMFORTABLE, /* pain after not above before, nothing spread down the leg */
	DOSE_UNEASY,      /* pain up by a point: no step either way */
	DOSE_TOO_MUCH,    /* pain after 2 or more above before: one step back */
	DOSE_SPREAD,      /* symptoms spread down the leg, whatever the ratings: one step back */
};

/* Why the dose in force is what it is (stored as these numbers: limber-diary(5)). */
enum dose_change {
	DOSE_START,       /* the file's own dose, or started over */
	DOSE_UP,          /* up after comfortable sessions */
	DOSE_BACK,        /* back after pain rose 2 or more points in a session */
	DOSE_BACK_SPREAD, /* back after symptoms spread down the leg in a session */
};

/*
 * Where one exercise's dose stands: steps taken from the file's values
 * (negative after stepping back below them), and the file's values they were
 * taken from, so an edit of the file starts the dose over (the edit wins).
 * It is counted from the sessions that started from `since` on.
 */
struct dose {
	char exercise[IDENT_MAX + 1];
	int reps_steps, hold_steps;
	int base_reps, base_hold;
	int comfortable;         /* comfortable sessions since the last step */
	enum dose_change change; /* the last step */
	bool changed_hold;       /* the last step was of the hold (else of the reps) */
	int64_t since;           /* sessions before this do not count: it started over then */
	int64_t through;         /* sessions that started before this have been counted */
	int64_t updated;         /* when the dose last changed */
};

/*
 * The outcome of a session from its ratings (-1: not rated) and whether
 * symptoms spread down the leg after it; spreading decides even unrated.
 */
enum dose_outcome dose_outcome(int before_back, int before_leg, int after_back, int after_leg,
			       bool spread);

/* A dose at the exercise's own values, nothing counted. */
void dose_start(struct dose *d, const struct exercise *ex);
/* Whether d's steps were taken from ex's values as the file gives them now. */
bool dose_current(const struct dose *d, const struct exercise *ex);

/*
 * Counts one session's outcome into d: every `progress.every` comfortable
 * sessions, one step up (reps first, then hold); too much or spread, one
 * step back at once (the hold first, then reps), and the count starts again. Never outside the file's ranges. When
 * the file's values changed since d's steps were taken, d starts over first.
 * Returns whether the dose in force changed.
 */
bool dose_count(struct dose *d, const struct exercise *ex, enum dose_outcome o, int64_t at);

/* The reps and hold in force for a step of ex, with d (NULL: the step's own). */
void dose_in_force(const struct step *st, const struct dose *d, int *reps, int *hold);

/*
 * Why the dose in force is what it is, in words: "up from 3 after 3
 * comfortable sessions", "back from 5: pain rose 2 or more points in a
 * session", "back from 5: symptoms spread down the leg after a session".
 * False (and "starting dose") while the dose is the routine file's own.
 */
bool dose_reason(const struct step *st, const struct dose *d, char *buf, size_t n);

#endif
