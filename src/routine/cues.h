/* SPDX-License-Identifier: ISC */
/* cues.h - what to say and sound during a session, and when: a plan as a timed list of cues */
#ifndef LIMBER_CUES_H
#define LIMBER_CUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "routine/session.h"

/* What a cue is: the player shows CUE_TEXT; speech and audio files say them all. */
enum cue_kind {
	CUE_TITLE,    /* the exercise's title, as its count-in begins */
	CUE_POSITION, /* its starting position */
	CUE_SIDE,     /* "left side", "right side" */
	CUE_SWITCH,   /* "switch sides" */
	CUE_HOLD,     /* "hold" */
	CUE_REST,     /* "rest" */
	CUE_COUNT,    /* "3", "2", "1" at the end of a hold */
	CUE_NEXT,     /* "next: TITLE" during the rest between exercises */
	CUE_TEXT,     /* one of the exercise's own cues */
	CUE_DONE,     /* "well done" */
};

/* A short sound that goes with a cue. */
enum cue_tone {
	TONE_NONE,
	TONE_PHASE, /* a phase begins */
	TONE_TICK,  /* one of the last three seconds of a hold */
	TONE_END,   /* the session is over */
};

/*
 * One cue. It belongs to a phase of the plan and is placed at offset_ms of
 * planned time after that phase begins, or before it ends when from_end is
 * set (the 3-2-1 count stays at the end of a hold that +/- made longer).
 * words is what is said; a cue is cut short when its phase's next cue is due.
 */
struct cue {
	size_t phase;
	int64_t offset_ms;
	bool from_end;
	enum cue_kind kind;
	enum cue_tone tone;
	const char *words; /* NULL: only the tone */
	int64_t speak_ms;  /* estimated time to say it, in planned ms */
	int64_t at_ms;     /* planned ms from the start, every phase at its planned length */
};

struct cue_list {
	struct cue *v;
	size_t n, cap;
	char **owned; /* words made here ("next: TITLE") */
	size_t nowned;
};

/* How the list is paced. */
struct cue_opts {
	int rate_wpm; /* speaking rate, words a minute (espeak-ng's default is 175) */
	double speed; /* the session's speed: speech does not get faster with it */
};

/* Exercise cues stay on screen (and apart when spoken) at least this long, in real time. */
#define CUES_MIN_GAP_MS 5000
/* Holds shorter than this say "hold" and "rest" on their first rep only; tones mark the rest. */
#define CUES_SHORT_HOLD_MS 6000

/* Builds the cues of a whole plan, in time order. */
void cues_build(struct cue_list *l, const struct session_plan *p, const struct cue_opts *o);
void cues_free(struct cue_list *l);

/* Planned ms one cue's words take to say at rate_wpm, at speed 1. */
int64_t cues_speak_ms(const char *words, int rate_wpm);

/*
 * The exercise cue to show in phase `phase` when `into_ms` of it have passed
 * (planned time; phase_ms its current length): the last CUE_TEXT of the same
 * step and side at or before that moment, NULL when none has come yet.
 */
const char *cues_text_at(const struct cue_list *l, const struct session_plan *p, size_t phase,
			 int64_t into_ms, int64_t phase_ms);

/*
 * The first cue index of phase `phase` (the cues of a phase are contiguous
 * once ordered by phase): the speech output walks from there.
 */
size_t cues_first_of_phase(const struct cue_list *l, size_t phase);

#endif
