/* SPDX-License-Identifier: ISC */
/* render.c - a whole guided session as a sound file, with libsndfile */
#include "config.h"

#include "audio/render.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/outfile.h"
#include "base/xalloc.h"

/* A tone: a sine with a short fade at both ends, so it does not click. */
struct tone {
	double hz[3]; /* one to three notes sounded together */
	int ms;
};

static const struct tone tones[] = {
	[TONE_NONE] = {{0}, 0},
	[TONE_PHASE] = {{880}, 160},
	[TONE_TICK] = {{660}, 70},
	[TONE_END] = {{523.25, 659.25, 783.99}, 700},
};

#define RENDER_AMPLITUDE 0.30
#define RENDER_FADE_MS 8

enum render_format render_format_of(const char *path)
{
	if (strcmp(path, "-") == 0)
		return RENDER_WAV;
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return RENDER_UNKNOWN;
	if (strcasecmp(dot, ".wav") == 0)
		return RENDER_WAV;
	if (strcasecmp(dot, ".flac") == 0)
		return RENDER_FLAC;
	if (strcasecmp(dot, ".ogg") == 0 || strcasecmp(dot, ".oga") == 0)
		return RENDER_OGG;
	return RENDER_UNKNOWN;
}

/* ---- the writer: into libsndfile, onto standard output, or only counting ---- */

/* Samples are written in pieces of this many: what stays in memory whatever the length. */
#define RENDER_PIECE 4096

struct writer {
	SNDFILE *sf;   /* a file through libsndfile; NULL: raw little-endian PCM to out */
	FILE *out;     /* standard output, after the WAV header */
	bool dry;      /* only counting samples: how long the session will be */
	sf_count_t cap; /* > 0: no sample past this one (the length a header promised) */
	int hz;
	sf_count_t at; /* samples written */
	short chunk[RENDER_PIECE];
	unsigned char bytes[2 * RENDER_PIECE];
	bool failed;
	int err;       /* errno of the failed write */
};

/* Writes n samples (or, dry, counts them); a failed write stops every later one. */
static void put(struct writer *w, const short *s, sf_count_t n)
{
	if (w->cap > 0 && n > w->cap - w->at)
		n = w->cap - w->at;
	if (w->failed || n <= 0)
		return;
	if (w->dry) {
		w->at += n;
		return;
	}
	errno = 0;
	if (w->sf) {
		if (sf_write_short(w->sf, s, n) != n)
			w->failed = true;
	} else {
		for (sf_count_t i = 0; i < n && !w->failed; i += RENDER_PIECE) {
			size_t k = (size_t)(n - i < RENDER_PIECE ? n - i : RENDER_PIECE);
			for (size_t j = 0; j < k; j++) {
				unsigned v = (unsigned short)s[i + (sf_count_t)j];
				w->bytes[2 * j] = (unsigned char)(v & 0xff);
				w->bytes[2 * j + 1] = (unsigned char)(v >> 8);
			}
			w->failed = fwrite(w->bytes, 2, k, w->out) != k;
		}
	}
	if (w->failed)
		w->err = errno;
	w->at += n;
}

static void silence_to(struct writer *w, sf_count_t until)
{
	memset(w->chunk, 0, sizeof w->chunk);
	while (w->at < until && !w->failed) {
		sf_count_t n = until - w->at;
		put(w, w->chunk, n > RENDER_PIECE ? RENDER_PIECE : n);
	}
}

static void tone(struct writer *w, enum cue_tone t, sf_count_t limit)
{
	const struct tone *tn = &tones[t];
	sf_count_t len = (sf_count_t)tn->ms * w->hz / 1000, fade = RENDER_FADE_MS * w->hz / 1000;
	if (len > limit - w->at)
		len = limit - w->at;
	if (w->dry) {
		put(w, NULL, len);
		return;
	}
	int notes = 0;
	while (notes < 3 && tn->hz[notes] > 0)
		notes++;
	for (sf_count_t i = 0; i < len && !w->failed;) {
		sf_count_t n = 0;
		for (; n < RENDER_PIECE && i < len; n++, i++) {
			double env = 1.0;
			if (i < fade)
				env = (double)i / (double)fade;
			else if (len - i < fade)
				env = (double)(len - i) / (double)fade;
			double v = 0;
			for (int k = 0; k < notes; k++)
				v += sin(2 * M_PI * tn->hz[k] * (double)i / w->hz);
			w->chunk[n] = (short)lrint(v / notes * env * RENDER_AMPLITUDE * 32767);
		}
		put(w, w->chunk, n);
	}
}

static SNDFILE *open_sf(int fd, enum render_format f, int hz)
{
	static const int formats[] = {
		[RENDER_WAV] = SF_FORMAT_WAV | SF_FORMAT_PCM_16,
		[RENDER_FLAC] = SF_FORMAT_FLAC | SF_FORMAT_PCM_16,
		[RENDER_OGG] = SF_FORMAT_OGG | SF_FORMAT_VORBIS,
	};
	SF_INFO info = {.samplerate = hz, .channels = 1, .format = formats[f]};
	return sf_open_fd(fd, SFM_WRITE, &info, 0);
}

/* A canonical 44-byte WAV header (16-bit mono PCM) for a known number of samples. */
static bool wav_header(FILE *out, int hz, sf_count_t samples)
{
	uint32_t data = (uint32_t)(samples * 2);
	unsigned char h[44];
	const uint32_t v[] = {36 + data, 16, (uint32_t)hz, (uint32_t)hz * 2, data};
	memcpy(h, "RIFF\0\0\0\0WAVEfmt \0\0\0\0\1\0\1\0\0\0\0\0\0\0\0\0\2\0\20\0data\0\0\0\0", 44);
	const int at[] = {4, 16, 24, 28, 40};
	for (int i = 0; i < 5; i++)
		for (int b = 0; b < 4; b++)
			h[at[i] + b] = (unsigned char)(v[i] >> (8 * b));
	return fwrite(h, 1, sizeof h, out) == sizeof h;
}

/* The next moment after cue k when something else is due: where cue k is cut. */
static sf_count_t cut_at(const struct cue_list *cues, size_t k, double speed, int hz)
{
	for (size_t j = k + 1; j < cues->n; j++)
		if (cues->v[j].at_ms > cues->v[k].at_ms)
			return (sf_count_t)llround((double)cues->v[j].at_ms / speed * hz / 1000.0);
	return INT64_MAX;
}

static void write_cues(struct writer *w, const struct session_plan *p,
		       const struct cue_list *cues, const struct render_opts *o,
		       struct speech *sp)
{
	double speed = o->speed > 0 ? o->speed : 1.0;
	for (size_t k = 0; k < cues->n && !w->failed; k++) {
		const struct cue *c = &cues->v[k];
		sf_count_t due = (sf_count_t)llround((double)c->at_ms / speed * w->hz / 1000.0);
		sf_count_t limit = cut_at(cues, k, speed, w->hz);
		silence_to(w, due);
		if (c->tone != TONE_NONE)
			tone(w, c->tone, limit);
		if (sp && c->words && w->dry && limit != INT64_MAX) {
			/* Cut at the next cue or not, the next cue starts there: no need to speak it. */
			put(w, NULL, limit - w->at);
		} else if (sp && c->words) {
			size_t n;
			const int16_t *s = speech_synth(sp, c->words, &n);
			sf_count_t len = (sf_count_t)n;
			if (len > limit - w->at)
				len = limit - w->at;
			put(w, s, len);
		}
	}
	silence_to(w, (sf_count_t)llround((double)p->total_ms / speed * w->hz / 1000.0));
}

/* What a failed write says: the file, and why. */
static enum lb_status write_failed(const char *path, int err, struct diags *diags)
{
	/* TRANSLATORS: after the file's name: "FILE: cannot write: No space left on device". */
	diags_add(diags, path, 0, _("cannot write: %s"), err ? strerror(err) : _("write failed"));
	return LB_IO;
}

/*
 * Standard output: the length is counted first (the closing words are
 * spoken once to measure them), the WAV header written with it, then the
 * samples in fixed pieces, so memory stays small for any length.
 */
static enum lb_status render_stdout(const struct session_plan *p, const struct cue_list *cues,
				    const struct render_opts *o, struct speech *sp,
				    struct diags *err)
{
	int hz = speech_sample_rate(sp);
	struct writer *w = xcalloc(1, sizeof *w);
	*w = (struct writer){.dry = true, .hz = hz};
	write_cues(w, p, cues, o, sp);
	sf_count_t samples = w->at;
	*w = (struct writer){.out = stdout, .hz = hz, .cap = samples};
	w->failed = !wav_header(stdout, hz, samples);
	if (w->failed)
		w->err = errno;
	write_cues(w, p, cues, o, sp);
	/* Spoken again, the closing words may come out a little shorter: the header holds. */
	silence_to(w, samples);
	if (!w->failed && fflush(stdout) != 0) {
		w->failed = true;
		w->err = errno;
	}
	/* TRANSLATORS: standard output named as a file: "(standard output): cannot write: ...". */
	enum lb_status st = w->failed ? write_failed(_("(standard output)"), w->err, err) : LB_OK;
	free(w);
	return st;
}

/* A file: written whole or not at all, through a temporary file beside it (outfile.h). */
static enum lb_status render_file(const struct session_plan *p, const struct cue_list *cues,
				  const struct render_opts *o, enum render_format f,
				  struct speech *sp, const char *path, struct diags *err)
{
	struct outfile out;
	enum lb_status st = outfile_open(&out, path, err);
	if (st != LB_OK)
		return st;
	struct writer *w = xcalloc(1, sizeof *w);
	*w = (struct writer){.hz = speech_sample_rate(sp)};
	w->sf = open_sf(fileno(out.f), f, w->hz);
	if (!w->sf) {
		diags_add(err, path, 0, _("cannot write: %s"), sf_strerror(NULL));
		outfile_close(&out, false, err);
		free(w);
		return LB_IO;
	}
	write_cues(w, p, cues, o, sp);
	int e = w->err;
	if (sf_close(w->sf) != 0 && !w->failed) {
		w->failed = true;
		e = errno;
	}
	bool ok = !w->failed;
	free(w);
	if (!ok) {
		outfile_close(&out, false, err); /* no half a session left behind */
		return write_failed(path, e, err);
	}
	return outfile_close(&out, true, err);
}

enum lb_status render_session(const struct session_plan *p, const struct cue_list *cues,
			      const struct render_opts *o, const char *path, struct diags *err)
{
	enum render_format f = render_format_of(path);
	if (f == RENDER_UNKNOWN) {
		diags_add(err, path, 0, "%s",
			  _("unknown sound format: name the file .wav, .flac or .ogg"));
		return LB_USAGE;
	}
	/* Checked at load too; the count-in can still take a session past it. */
	if (p->total_ms / (o->speed > 0 ? o->speed : 1.0) > ROUTINE_MAX_SECONDS * 1000.0) {
		diags_add(err, path, 0,
			  ngettext("the session would play for more than %d hour, the longest "
				   "limber writes",
				   "the session would play for more than %d hours, the longest "
				   "limber writes",
				   ROUTINE_MAX_SECONDS / 3600),
			  ROUTINE_MAX_SECONDS / 3600);
		return LB_INVALID;
	}
	struct speech *sp = NULL;
	if (o->speak) {
		enum lb_status st = speech_open_synth(&sp, &o->say, err);
		if (st != LB_OK)
			return st;
		if (o->voice_used)
			snprintf(o->voice_used, SPEECH_VOICE_MAX, "%s", speech_voice(sp));
	}
	enum lb_status st = strcmp(path, "-") == 0 ? render_stdout(p, cues, o, sp, err)
						   : render_file(p, cues, o, f, sp, path, err);
	speech_close(sp);
	return st;
}
