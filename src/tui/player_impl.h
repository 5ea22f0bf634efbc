/* SPDX-License-Identifier: ISC */
/* player_impl.h - what the player's own files share (player*.c only; the rest use player.h) */
#ifndef LIMBER_PLAYER_IMPL_H
#define LIMBER_PLAYER_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "audio/speech.h"
#include "routine/cues.h"
#include "routine/session.h"
#include "tui/player.h"
#include "tui/tui.h"

/* Below this the screen says so; between it and FULL the digits are plain. */
#define PLAYER_MIN_COLS 40
#define PLAYER_MIN_ROWS 12
#define PLAYER_FULL_COLS 50
#define PLAYER_FULL_ROWS 20

struct player {
	const struct player_opts *o;
	struct session_plan plan;
	struct session s;
	struct cue_list cues; /* what to show and say when, built once */
	size_t next_cue;      /* the next cue to say */
	size_t cue_phase;     /* the phase next_cue belongs to */
	struct speech *sp;    /* NULL: not speaking */
	bool voice;           /* the voice is wanted (v toggles it) */
	char *note;           /* a calm line in the key line ("Voice off: ..."), until note_until */
	int64_t note_until;
	int64_t now;
	bool help, asking_quit, paused_for_question, paused_for_help;
	bool begun;     /* the first exercise has begun: the session will be recorded */
	bool cancelled; /* left before it began: nothing recorded */
	bool recorded;  /* written (or kept pending) already */
	int64_t started; /* wall clock */
	struct diary_session ds; /* the record, kept to add the ratings after */
	struct player_result *res;
	const char *dir; /* the data directory: pending sessions */
	struct tui *t;   /* for the line that says the diary is busy while saving */
};

/* Writes the session to the diary once (pending when busy); from when it ends or is left. */
void player_record(struct player *p);

/* The voice (player_voice.c). start opens the speakers when the voice is wanted. */
void player_voice_start(struct player *p, int64_t now);
/* v: the voice off, or on (opening the speakers the first time). */
void player_voice_toggle(struct player *p, int64_t now);
/* Says the cues whose time has come; never waits for speech. */
void player_voice_tick(struct player *p, int64_t now);
/* Real ms until the next cue is due, -1 when none is to be said. */
int64_t player_voice_wake(const struct player *p, int64_t now);
/* Closes the speakers and drops the note. */
void player_voice_stop(struct player *p);
/* Shows text (taken over) in the key line for a few seconds. */
void player_note(struct player *p, int64_t now, char *text);

/* Draws the player (player_draw.c): the screen's draw operation. */
void player_draw(struct tui *t, struct tui_screen *scr);

#endif
