/* SPDX-License-Identifier: ISC */
/* speech.h - words to sound with libespeak-ng: into a buffer (files) or out of the speakers */
#ifndef LIMBER_SPEECH_H
#define LIMBER_SPEECH_H

#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/status.h"

/* What voice, how fast, how loud: limber.conf's voice_name, voice_rate, voice_volume. */
struct speech_opts {
	const char *voice; /* an espeak-ng voice name ("en-gb"); NULL: the messages' language */
	int rate_wpm;      /* 80..450 */
	int volume;        /* 0..200, 100 normal */
};

#define SPEECH_RATE_DEFAULT 175
#define SPEECH_VOLUME_DEFAULT 100

/* espeak-ng keeps one engine per process: at most one struct speech is open at a time. */
struct speech;

/*
 * Opens the engine to make samples (for a sound file): nothing touches a
 * sound card. LB_NOT_FOUND when limber was built without speech or the
 * voice is unknown; the reason is in err.
 */
enum lb_status speech_open_synth(struct speech **out, const struct speech_opts *o,
				 struct diags *err);
/* Samples of words at speech_sample_rate(), mono 16-bit; valid until the next call. */
const int16_t *speech_synth(struct speech *sp, const char *words, size_t *n);
int speech_sample_rate(const struct speech *sp);

/* Room for speech_voice()'s words. */
#define SPEECH_VOICE_MAX 128
/*
 * The voice espeak-ng speaks with, for the log: what was asked for (the
 * voice name, or the messages' language), then espeak-ng's name and file
 * for it: "de (German, gmw/de)". "" when no speech is open.
 */
const char *speech_voice(const struct speech *sp);

/*
 * Opens the engine to speak aloud on its own thread. LB_IO when there is no
 * sound card (nothing is printed: the caller says so calmly).
 */
enum lb_status speech_open_aloud(struct speech **out, const struct speech_opts *o,
				 struct diags *err);
/* Says words now, cutting short whatever is still being said. Never blocks for long. */
void speech_say(struct speech *sp, const char *words);
/* Stops speaking at once. */
void speech_hush(struct speech *sp);

void speech_close(struct speech *sp);

#endif
