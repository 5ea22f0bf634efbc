/* SPDX-License-Identifier: ISC */
/* render.h - a whole guided session as a sound file: spoken cues, tones and timed silence */
/*
 * audio/: a face: speech (libespeak-ng) and sound files (libsndfile);
 * uses the ground and the core only.
 */
#ifndef LIMBER_RENDER_H
#define LIMBER_RENDER_H

#include "audio/speech.h"
#include "routine/cues.h"

struct render_opts {
	double speed;           /* the session's speed; 1 = real time */
	struct speech_opts say; /* the voice */
	bool speak;             /* false: tones and silence only */
	char *voice_used;       /* when not NULL, SPEECH_VOICE_MAX bytes: speech_voice() */
};

/* Sound formats, chosen by a file name's ending. */
enum render_format { RENDER_WAV, RENDER_FLAC, RENDER_OGG, RENDER_UNKNOWN };

/* The format a name asks for: .wav, .flac, .ogg or .oga; "-" is WAV. */
enum render_format render_format_of(const char *path);

/*
 * Writes the session of plan p with its cues to path ("-": WAV on standard
 * output), at the sample rate of the speech engine (22,050 Hz mono). The
 * length is the plan's total at the given speed plus the closing words.
 * Each utterance is cut short when the next cue is due. Returns LB_USAGE
 * for an unknown format, LB_IO when the file cannot be written.
 */
enum lb_status render_session(const struct session_plan *p, const struct cue_list *cues,
			      const struct render_opts *o, const char *path, struct diags *err);

#endif
