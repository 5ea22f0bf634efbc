/* player_impl.h - what the player's own files share (player*.c only; the rest use player.h) */
#ifndef LIMBER_PLAYER_IMPL_H
#define LIMBER_PLAYER_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "audio/speech.h"
#include "cues.h"
#include "session.h"
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
	const char *note;     /* a calm line in the key line ("Voice off: ..."), until note_until */
	int64_t note_until;
	int64_t now;
	bool help, asking_quit, paused_for_question, paused_for_help;
	bool quit;
	bool begun; /* the first exercise has begun: the session will be recorded */
};

/* Draws the player (player_draw.c): the screen's draw operation. */
void player_draw(struct tui *t, struct tui_screen *scr);

#endif
