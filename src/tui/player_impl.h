/* SPDX-License-Identifier: ISC */
/* player_impl.h - what the player's own files share (player*.c only; the rest use player.h) */
#ifndef LIMBER_PLAYER_IMPL_H
#define LIMBER_PLAYER_IMPL_H

#include <stdbool.h>
#include <stdint.h>

#include "audio/speech.h"
#include "routine/cues.h"
#include "routine/session.h"
#include "tui/figure.h"
#include "tui/player.h"
#include "tui/tui.h"

/* Below this the screen says "window too small"; from it up the countdown fills the window. */
#define PLAYER_MIN_COLS 30
#define PLAYER_MIN_ROWS 10

struct player {
	const struct player_opts *o;
	struct session_plan plan;
	struct session s;
	struct cue_list cues; /* what to show and say when, built once */
	size_t next_cue;      /* the next cue to say */
	size_t cue_phase;     /* the phase next_cue belongs to */
	struct speech *sp;    /* NULL: not speaking */
	bool voice;           /* the voice is wanted (v toggles it) */
	bool offer;           /* first run: the count-in offers the voice (v) */
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
	struct tui_figure *fig; /* the exercise's figure as cells, drawn again only when it changes */
	struct tui *t;   /* for the line that says the diary is busy while saving */
};

/* A rectangle of the screen. */
struct box {
	int y, x, h, w;
};

#define LAYOUT_OPT_MAX 8

/* What the player will show, measured, for player_layout to place. */
struct layout_in {
	const char *big_tmpl;             /* as wide as the big text can get in this phase */
	int words_big_w, words_big_rows;  /* phase word and side in half-size letters beside */
	bool words_side;                  /* a side word (LEFT, RIGHT) under the phase word */
	int words_lines;                  /* plain lines under the big words: rep, seconds */
	int words_text_w, words_text_rows; /* the same in plain words beside */
	int essential;                    /* rows that must show besides the digits: title, cue */
	int words_line;                   /* rows of the words under the digits, when not beside */
	int opt[LAYOUT_OPT_MAX];          /* rows of each part that may go, most wanted first */
	int nopt;
	bool foot[LAYOUT_OPT_MAX];        /* parts drawn at the window's foot (session bar, keys) */
	int foot_rows;                    /* essential rows at the foot (keys that must show) */
	double figure;                    /* its figure's columns a row (tui_figure_aspect), or 0 */
	bool ascii;                       /* no Unicode blocks: whole '#' pixels only */
};

/* Where things go. The digits take at least half the rows when they can. */
struct player_layout {
	bool title_in_head;  /* a small window: the exercise's title is the header */
	int ph, pw;          /* the digits' pixel (bigtext_draw_px); ph 0: no room for digits */
	struct box big;      /* the digits (y is set while drawing) */
	struct box words;    /* phase word, side and rep beside the digits */
	bool words_beside, words_big;
	int words_px;        /* big words: their pixel (1: half-size letters, 3 rows) */
	bool shown[LAYOUT_OPT_MAX]; /* which optional parts fit */
	int spare;           /* rows left empty */
	int cols;            /* columns for everything but the figure */
	struct box figure;   /* h 0: none; else the box a figure of the exercise is drawn in */
	bool across;         /* the figure spans the window under the words, not a column */
};

/* Places the parts (player_layout.c): digits as big as the window allows, what fits beside them. */
void player_layout(const struct tui *t, const struct layout_in *in, struct player_layout *L);

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

/*
 * The exercise's figure (player_figure.c): the file to show now (the next
 * exercise's between exercises; NULL for none), mirrored for the left side.
 */
const char *player_figure_path(const struct tui *t, const struct session_view *v, bool *mirror);
/*
 * Draws the figure as large as fits in the box (rows x cols from y, x),
 * centred across it and standing on its bottom; false when there is none
 * or it does not fit. Drawn again from its file only when the step, the
 * side or the size changes.
 */
bool player_figure_draw(struct tui *t, struct player *p, const struct session_view *v, int y,
			int x, int rows, int cols);

/* Draws the player (player_draw.c): the screen's draw operation. */
void player_draw(struct tui *t, struct tui_screen *scr);

#endif
