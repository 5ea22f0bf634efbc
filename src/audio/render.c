/* SPDX-License-Identifier: ISC */
/* render.c - a whole guided session as a sound file, with libsndfile */
#include "config.h"

#include "audio/render.h"

#include <errno.h>
#include <math.h>
#include <sndfile.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

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

/* ---- standard output: the whole WAV is made in memory, then written ---- */

struct membuf {
	unsigned char *p;
	sf_count_t len, cap, pos;
};

static sf_count_t mem_len(void *u)
{
	return ((struct membuf *)u)->len;
}

static sf_count_t mem_seek(sf_count_t off, int whence, void *u)
{
	struct membuf *m = u;
	sf_count_t to = whence == SEEK_SET ? off : whence == SEEK_CUR ? m->pos + off : m->len + off;
	if (to < 0)
		return -1;
	m->pos = to;
	return to;
}

static sf_count_t mem_read(void *dst, sf_count_t n, void *u)
{
	struct membuf *m = u;
	sf_count_t k = m->pos < m->len ? m->len - m->pos : 0;
	if (k > n)
		k = n;
	memcpy(dst, m->p + m->pos, (size_t)k);
	m->pos += k;
	return k;
}

static sf_count_t mem_write(const void *src, sf_count_t n, void *u)
{
	struct membuf *m = u;
	if (m->pos + n > m->cap) {
		m->cap = (m->pos + n) * 2;
		m->p = xrealloc(m->p, (size_t)m->cap);
	}
	if (m->pos > m->len)
		memset(m->p + m->len, 0, (size_t)(m->pos - m->len));
	memcpy(m->p + m->pos, src, (size_t)n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	return n;
}

static sf_count_t mem_tell(void *u)
{
	return ((struct membuf *)u)->pos;
}

/* ---- the writer ---- */

struct writer {
	SNDFILE *sf;
	int hz;
	sf_count_t at; /* samples written */
	short chunk[4096];
	bool failed;
};

static void put(struct writer *w, const short *s, sf_count_t n)
{
	if (w->failed || n <= 0)
		return;
	if (sf_write_short(w->sf, s, n) != n)
		w->failed = true;
	w->at += n;
}

static void silence_to(struct writer *w, sf_count_t until)
{
	memset(w->chunk, 0, sizeof w->chunk);
	while (w->at < until) {
		sf_count_t n = until - w->at;
		put(w, w->chunk, n > 4096 ? 4096 : n);
	}
}

static void tone(struct writer *w, enum cue_tone t, sf_count_t limit)
{
	const struct tone *tn = &tones[t];
	sf_count_t len = (sf_count_t)tn->ms * w->hz / 1000, fade = RENDER_FADE_MS * w->hz / 1000;
	if (len > limit - w->at)
		len = limit - w->at;
	int notes = 0;
	while (notes < 3 && tn->hz[notes] > 0)
		notes++;
	for (sf_count_t i = 0; i < len;) {
		sf_count_t n = 0;
		for (; n < 4096 && i < len; n++, i++) {
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

static SNDFILE *open_out(const char *path, enum render_format f, int hz, struct membuf *mem,
			 SF_VIRTUAL_IO *vio)
{
	static const int formats[] = {
		[RENDER_WAV] = SF_FORMAT_WAV | SF_FORMAT_PCM_16,
		[RENDER_FLAC] = SF_FORMAT_FLAC | SF_FORMAT_PCM_16,
		[RENDER_OGG] = SF_FORMAT_OGG | SF_FORMAT_VORBIS,
	};
	SF_INFO info = {.samplerate = hz, .channels = 1, .format = formats[f]};
	if (strcmp(path, "-") != 0)
		return sf_open(path, SFM_WRITE, &info);
	*vio = (SF_VIRTUAL_IO){mem_len, mem_seek, mem_read, mem_write, mem_tell};
	return sf_open_virtual(vio, SFM_WRITE, &info, mem);
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
		if (sp && c->words) {
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

enum lb_status render_session(const struct session_plan *p, const struct cue_list *cues,
			      const struct render_opts *o, const char *path, struct diags *err)
{
	enum render_format f = render_format_of(path);
	if (f == RENDER_UNKNOWN) {
		diags_add(err, path, 0, "unknown sound format: name the file .wav, .flac or .ogg");
		return LB_USAGE;
	}
	struct speech *sp = NULL;
	if (o->speak) {
		enum lb_status st = speech_open_synth(&sp, &o->say, err);
		if (st != LB_OK)
			return st;
	}
	struct membuf mem = {0};
	SF_VIRTUAL_IO vio;
	struct writer w = {.hz = speech_sample_rate(sp)};
	w.sf = open_out(path, f, w.hz, &mem, &vio);
	if (!w.sf) {
		diags_add(err, path, 0, "cannot write: %s", sf_strerror(NULL));
		speech_close(sp);
		return LB_IO;
	}
	write_cues(&w, p, cues, o, sp);
	speech_close(sp);
	int closed = sf_close(w.sf);
	bool ok = !w.failed && closed == 0;
	if (ok && mem.len > 0)
		ok = fwrite(mem.p, 1, (size_t)mem.len, stdout) == (size_t)mem.len && fflush(stdout) == 0;
	free(mem.p);
	if (!ok && strcmp(path, "-") != 0)
		unlink(path); /* no half a session left behind */
	if (!ok) {
		diags_add(err, path, 0, "cannot write: %s", errno ? strerror(errno) : "write failed");
		return LB_IO;
	}
	return LB_OK;
}
