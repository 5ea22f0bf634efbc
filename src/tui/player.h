/* SPDX-License-Identifier: ISC */
/* player.h - the full-screen session player */
#ifndef LIMBER_PLAYER_H
#define LIMBER_PLAYER_H

#include <stdbool.h>

#include "audio/speech.h"
#include "base/settings.h"
#include "diary/diary.h"
#include "routine/routine.h"
#include "tui/tui.h"

struct player_opts {
	const struct routine *routine;
	int count_in;
	double speed;   /* 1 real time; anything else is a preview */
	bool rating;    /* ask for pain before and after */
	struct diary *db;
	bool voice;     /* speak the cues (v turns it on and off during the session) */
	struct speech_opts speech; /* the voice; its rate also paces the cues on screen */
};

/* Standard error's log while the player is up, in the data directory beside the diary. */
#define PLAYER_LOG "limber.log"

/* Options from limber.conf: real time, ratings on, the voice as settings say. */
void player_opts_init(struct player_opts *o, const struct routine *r, const struct settings *st,
		      struct diary *db);

/* What happened, for the caller to report. */
struct player_result {
	bool started;   /* the first exercise began: there is a session */
	bool cancelled; /* Esc or q before that: nothing was recorded */
	bool complete, recorded;
	bool pending;   /* the diary stayed busy: kept in a pending file, stored next time */
	int steps_done, steps_skipped;
	long seconds;
	struct diags problems; /* a failure to record */
};

/*
 * Plays the routine: optional rating, the session, optional rating. A
 * session is written to the diary the moment it ends (as partial when
 * quit or ended by a signal) once its first exercise has begun; Esc or q
 * before that goes back and records nothing. The ratings after are added
 * to that record. A busy diary is retried, then the session is kept in a
 * pending file of the data directory. Returns -1 when a signal ended it
 * (t->signal tells which), else 0.
 */
int player_run(struct tui *t, const struct player_opts *o, struct player_result *res);

#endif
