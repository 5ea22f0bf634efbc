/* SPDX-License-Identifier: ISC */
/* cues.c - a session plan as a timed list of what to say and sound */
#include "config.h"

#include "routine/cues.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* Pause after each utterance, so two never run together. */
#define CUES_PAUSE_MS 400

static const char *const count_words[] = {"", "1", "2", "3"};

int64_t cues_speak_ms(const char *words, int rate_wpm)
{
	if (!words || !*words)
		return 0;
	if (rate_wpm <= 0)
		rate_wpm = 175;
	int n = 0;
	bool in = false;
	for (const char *s = words; *s; s++) {
		bool space = *s == ' ' || *s == '\t' || *s == '\n';
		if (!space && !in)
			n++;
		in = !space;
	}
	return (int64_t)n * 60000 / rate_wpm + CUES_PAUSE_MS;
}

/* Planned ms of saying words at the session's speed (speech keeps its own pace). */
static int64_t speak_planned(const struct cue_opts *o, const char *words)
{
	double speed = o->speed > 0 ? o->speed : 1.0;
	return (int64_t)((double)cues_speak_ms(words, o->rate_wpm) * speed + 0.5);
}

static struct cue *push(struct cue_list *l, size_t phase, int64_t offset, enum cue_kind kind,
			enum cue_tone tone, const char *words, const struct cue_opts *o)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	struct cue *c = &l->v[l->n++];
	*c = (struct cue){phase, offset, false, kind, tone, words, speak_planned(o, words), 0};
	return c;
}

static const char *own(struct cue_list *l, char *s)
{
	l->owned = xreallocarray(l->owned, l->nowned + 1, sizeof *l->owned);
	l->owned[l->nowned++] = s;
	return s;
}

/*
 * The words are spoken in the session (and shown as its captions): each is
 * translated with the context "spoken cue", as the voice says it.
 */
static const char *side_words(enum session_side side)
{
	if (side == SIDE_LEFT)
		return C_("spoken cue", "left side");
	if (side == SIDE_RIGHT)
		return C_("spoken cue", "right side");
	return NULL;
}

/* Says words at *at of phase i and moves *at past them. */
static void say(struct cue_list *l, size_t i, int64_t *at, enum cue_kind kind, enum cue_tone tone,
		const char *words, const struct cue_opts *o)
{
	struct cue *c = push(l, i, *at, kind, tone, words, o);
	*at += c->speak_ms;
}

/* The side of the hold before phase i within the same step, SIDE_NONE when none. */
static enum session_side side_before(const struct session_plan *p, size_t i)
{
	while (i-- > 0 && p->v[i].step == p->v[i + 1].step)
		if (p->v[i].kind == PHASE_HOLD)
			return p->v[i].side;
	return SIDE_NONE;
}

/* The spoken frame of one phase: what begins, which side, what comes next. */
static void frame_phase(struct cue_list *l, const struct session_plan *p, size_t i,
			const struct cue_opts *o)
{
	const struct plan_phase *ph = &p->v[i];
	const struct routine *r = p->routine;
	const struct exercise *ex = ph->kind == PHASE_DONE ? NULL : r->steps[ph->step].ex;
	bool short_hold = r->nsteps && ph->kind != PHASE_DONE &&
			  r->steps[ph->step].hold * 1000LL < CUES_SHORT_HOLD_MS;
	int64_t at = 0;
	switch (ph->kind) {
	case PHASE_GET_READY:
		say(l, i, &at, CUE_TITLE, TONE_PHASE, ex->title, o);
		if (side_words(ph->side))
			say(l, i, &at, CUE_SIDE, TONE_NONE, side_words(ph->side), o);
		/* Said in the rest before, when there was one: the count-in is short. */
		if (ex->position && *ex->position && (i == 0 || p->v[i - 1].kind != PHASE_BETWEEN))
			say(l, i, &at, CUE_POSITION, TONE_NONE, ex->position, o);
		break;
	case PHASE_HOLD:
		if (ph->move) {
			/* A movement's reps are counted, not its seconds: "move", then "2", "3", ... */
			say(l, i, &at, CUE_HOLD, TONE_PHASE,
			    ph->rep == 1 ? C_("spoken cue", "move")
			                 : own(l, xasprintf("%d", ph->rep)),
			    o);
			break;
		}
		say(l, i, &at, CUE_HOLD, TONE_PHASE,
		    short_hold && ph->rep > 1 ? NULL : C_("spoken cue", "hold"), o);
		for (int k = 3; k >= 1 && !(short_hold && ph->rep > 1); k--) {
			if (ph->ms - k * 1000LL < at)
				continue;
			struct cue *c = push(l, i, k * 1000LL, CUE_COUNT, TONE_TICK, count_words[k], o);
			c->from_end = true;
		}
		break;
	case PHASE_REST:
		say(l, i, &at, CUE_REST, TONE_PHASE,
		    short_hold && ph->rep > 2 ? NULL : C_("spoken cue", "rest"), o);
		if (side_words(ph->side) && side_before(p, i) != ph->side)
			say(l, i, &at, CUE_SIDE, TONE_NONE, side_words(ph->side), o);
		break;
	case PHASE_SWITCH:
		say(l, i, &at, CUE_SWITCH, TONE_PHASE, C_("spoken cue", "switch sides"), o);
		if (side_words(ph->side))
			say(l, i, &at, CUE_SIDE, TONE_NONE, side_words(ph->side), o);
		break;
	case PHASE_BETWEEN:
		say(l, i, &at, CUE_REST, TONE_PHASE, C_("spoken cue", "rest"), o);
		if (ph->step + 1 < r->nsteps) {
			const struct exercise *next = r->steps[ph->step + 1].ex;
			say(l, i, &at, CUE_NEXT, TONE_NONE,
			    /* TRANSLATORS: spoken in the rest before an exercise: its title. */
			    own(l, xasprintf(_("next: %s"), next->title)), o);
			if (next->position && *next->position)
				say(l, i, &at, CUE_POSITION, TONE_NONE, next->position, o);
		}
		break;
	case PHASE_DONE:
		say(l, i, &at, CUE_DONE, TONE_END, C_("spoken cue", "well done"), o);
		break;
	}
}

/* Where a cue falls in planned time, given each phase's start. */
static int64_t cue_time(const struct session_plan *p, const int64_t *starts, const struct cue *c)
{
	if (c->from_end)
		return starts[c->phase] + p->v[c->phase].ms - c->offset_ms;
	return starts[c->phase] + c->offset_ms;
}

/* A stretch of planned time taken by words already placed. */
struct busy {
	int64_t from, to;
};

static int busy_cmp(const void *a, const void *b)
{
	const struct busy *x = a, *y = b;
	return (x->from > y->from) - (x->from < y->from);
}

/* The earliest time from t on when need ms fit between the busy stretches, or -1 before end. */
static int64_t fit(const struct busy *b, size_t n, int64_t t, int64_t need, int64_t end)
{
	for (size_t k = 0; k < n; k++) {
		if (b[k].to <= t)
			continue;
		if (b[k].from >= t + need)
			break;
		t = b[k].to;
	}
	return t + need <= end ? t : -1;
}

/* The start of the first busy stretch not before t, or t moved past one it falls in. */
static int64_t past_busy(const struct busy *b, size_t n, int64_t t)
{
	for (size_t k = 0; k < n; k++)
		if (b[k].from <= t && t < b[k].to)
			t = b[k].to;
	return t;
}

/* A run of holds of one step on one side (or alternating): where its cues go. */
struct run {
	size_t first, last; /* phases, inclusive */
};

/* Places the exercise's cues through one run, each heard before the next and on screen long enough. */
static void place_text(struct cue_list *l, const struct session_plan *p, const int64_t *starts,
		       struct run run, const struct cue_opts *o)
{
	const struct exercise *ex = p->routine->steps[p->v[run.first].step].ex;
	if (!ex->ncues)
		return;
	int64_t span_from = starts[run.first], span_to = starts[run.last] + p->v[run.last].ms;
	size_t nb = 0, framed = l->n;
	struct busy *b = xcalloc(framed ? framed : 1, sizeof *b);
	for (size_t k = 0; k < framed; k++) {
		const struct cue *c = &l->v[k];
		if (c->phase < run.first || c->phase > run.last || !c->words)
			continue;
		int64_t at = cue_time(p, starts, c);
		b[nb++] = (struct busy){at, at + c->speak_ms};
	}
	qsort(b, nb, sizeof *b, busy_cmp);
	double speed = o->speed > 0 ? o->speed : 1.0;
	int64_t gap = (int64_t)(CUES_MIN_GAP_MS * speed + 0.5), last_second = (int64_t)(1000 * speed);
	int64_t t = span_from;
	for (size_t j = 0; j < ex->ncues; j++) {
		int64_t need = speak_planned(o, ex->cues[j]);
		int64_t at = fit(b, nb, t, need, span_to);
		if (at < 0) {
			/* Too long for any gap: begin in the first free moment and be cut short. */
			at = past_busy(b, nb, t);
			if (at > span_to - last_second)
				break;
		}
		size_t ph = run.first;
		while (ph < run.last && starts[ph + 1] <= at)
			ph++;
		push(l, ph, at - starts[ph], CUE_TEXT, TONE_NONE, ex->cues[j], o);
		t = at + (need > gap ? need : gap);
	}
	free(b);
}

/* The runs of a plan: the holds and rests of each step, split where sides switch. */
static void place_all_text(struct cue_list *l, const struct session_plan *p, const int64_t *starts,
			   const struct cue_opts *o)
{
	size_t i = 0;
	while (i < p->n) {
		if (p->v[i].kind != PHASE_HOLD) {
			i++;
			continue;
		}
		struct run run = {i, i};
		size_t step = p->v[i].step;
		for (; i < p->n && p->v[i].step == step &&
		       (p->v[i].kind == PHASE_HOLD || p->v[i].kind == PHASE_REST);
		     i++)
			if (p->v[i].kind == PHASE_HOLD)
				run.last = i;
		place_text(l, p, starts, run, o);
	}
}

static int cue_cmp(const void *a, const void *b)
{
	const struct cue *x = a, *y = b;
	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	return (x->at_ms > y->at_ms) - (x->at_ms < y->at_ms);
}

void cues_build(struct cue_list *l, const struct session_plan *p, const struct cue_opts *o)
{
	memset(l, 0, sizeof *l);
	int64_t *starts = xcalloc(p->n + 1, sizeof *starts);
	for (size_t i = 0; i < p->n; i++)
		starts[i + 1] = starts[i] + p->v[i].ms;
	for (size_t i = 0; i < p->n; i++)
		frame_phase(l, p, i, o);
	place_all_text(l, p, starts, o);
	for (size_t k = 0; k < l->n; k++)
		l->v[k].at_ms = cue_time(p, starts, &l->v[k]);
	qsort(l->v, l->n, sizeof *l->v, cue_cmp);
	free(starts);
}

void cues_free(struct cue_list *l)
{
	for (size_t k = 0; k < l->nowned; k++)
		free(l->owned[k]);
	free(l->owned);
	free(l->v);
	memset(l, 0, sizeof *l);
}

size_t cues_first_of_phase(const struct cue_list *l, size_t phase)
{
	size_t lo = 0, hi = l->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->v[mid].phase < phase)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const char *cues_text_at(const struct cue_list *l, const struct session_plan *p, size_t phase,
			 int64_t into_ms, int64_t phase_ms)
{
	if (phase >= p->n)
		return NULL;
	const struct plan_phase *ph = &p->v[phase];
	for (size_t k = cues_first_of_phase(l, phase + 1); k-- > 0;) {
		const struct cue *c = &l->v[k];
		if (p->v[c->phase].step != ph->step)
			break;
		if (c->kind != CUE_TEXT)
			continue;
		if (c->phase == phase) {
			int64_t at = c->from_end ? phase_ms - c->offset_ms : c->offset_ms;
			if (at > into_ms)
				continue;
		}
		if (p->v[c->phase].side != ph->side)
			break; /* the other side's: not what this side does now */
		return c->words;
	}
	/* A new side begins again from the set-up cue, from the switch until its own cues come. */
	const struct exercise *ex = ph->kind == PHASE_DONE ? NULL : p->routine->steps[ph->step].ex;
	enum session_side before = side_before(p, phase);
	if (ex && ex->ncues && ph->kind != PHASE_GET_READY && ph->kind != PHASE_BETWEEN &&
	    before != SIDE_NONE && before != ph->side)
		return ex->cues[0];
	return NULL;
}
