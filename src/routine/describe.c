/* SPDX-License-Identifier: ISC */
/* describe.c - a routine as readable text: what `limber show` prints and the browser shows */
#include "config.h"

#include "routine/describe.h"

#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/utf8.h"


void describe_duration(char *buf, size_t n, long s)
{
	if (s >= 60 && s % 60)
		snprintf(buf, n, "%ld min %ld s", s / 60, s % 60);
	else if (s >= 60)
		snprintf(buf, n, "%ld min", s / 60);
	else
		snprintf(buf, n, "%ld s", s);
}

/* Appends text wrapped at cols: the first line after prefix, the rest indented. */
static void wrapped(struct strbuf *b, const char *prefix, int indent, const char *text, int cols)
{
	int room = cols - indent;
	if (room < 20)
		room = 20;
	const char *s = text, *next;
	bool first = true;
	while (*s) {
		size_t n = utf8_wrap(s, room, &next);
		if (first)
			sb_adds(b, prefix);
		else
			sb_addf(b, "%*s", indent, "");
		sb_addn(b, s, n);
		sb_addc(b, '\n');
		first = false;
		s = next;
	}
}

void describe_dosage(struct strbuf *b, const struct step *s, bool utf8)
{
	const char *times = utf8 ? "×" : "x";
	const char *rep = s->reps == 1 ? "rep" : "reps";
	/* One timed spell of whole minutes (an easy walk) reads as minutes, not reps. */
	if (s->reps == 1 && s->sides == SIDES_NONE && s->hold >= 120 && s->hold % 60 == 0) {
		sb_addf(b, "%d minutes", s->hold / 60);
		return;
	}
	switch (s->sides) {
	case SIDES_NONE:
		sb_addf(b, "%d %s %s %d s", s->reps, rep, times, s->hold);
		break;
	case SIDES_BOTH:
		sb_addf(b, "%d %s %s %d s each side (left, then right)", s->reps, rep, times,
			s->hold);
		break;
	case SIDES_ALTERNATE:
		sb_addf(b, "%d %s %s %d s each side, alternating", s->reps, rep, times, s->hold);
		break;
	case SIDES_COUNT:
		break;
	}
	bool reps_rest = s->reps > 1 || s->sides == SIDES_ALTERNATE;
	if (s->rest && reps_rest)
		sb_addf(b, ", %d s rest between reps", s->rest);
}

/* The step's title line and its dosage. */
static void step_head(struct strbuf *b, size_t n, const struct step *s, int count_in, int cols,
		      bool utf8)
{
	const struct exercise *e = s->ex;
	long t = routine_step_seconds(s, count_in);
	char when[48];
	snprintf(when, sizeof when, "%ld:%02ld", t / 60, t % 60);
	int pad = cols - 4 - utf8_width(e->title) - (int)strlen(when);
	sb_addf(b, "%2zu  %s%*s%s\n    ", n, e->title, pad > 1 ? pad : 1, "", when);
	describe_dosage(b, s, utf8);
	sb_addc(b, '\n');
	if (s->dose_why)
		wrapped(b, "    Dose: ", 10, s->dose_why, cols);
}

/* Its start, cues and caution, and the blank line after the step. */
static void step_body(struct strbuf *b, const struct step *s, int cols, bool utf8)
{
	const struct exercise *e = s->ex;
	if (e->position)
		wrapped(b, "    Start: ", 11, e->position, cols);
	char bullet[16];
	snprintf(bullet, sizeof bullet, "    %s ", utf8 ? "•" : "-");
	for (size_t i = 0; i < e->ncues; i++)
		wrapped(b, bullet, 6, e->cues[i], cols);
	if (e->caution)
		wrapped(b, "    ! ", 6, e->caution, cols);
	sb_addc(b, '\n');
}

static void routine_head(struct strbuf *b, const struct routine *r, int count_in, int cols,
			 bool utf8)
{
	const char *dot = utf8 ? "·" : "-";
	long total = routine_total_seconds(r, count_in);
	char dur[48];
	describe_duration(dur, sizeof dur, total);
	int pad = cols - utf8_width(r->title) - (int)strlen(r->id);
	sb_addf(b, "%s%*s%s\n", r->title, pad > 2 ? pad : 2, "", r->id);
	if (r->summary)
		wrapped(b, "", 0, r->summary, cols);
	bool first = true;
	for (int i = 0; i < AREA_COUNT; i++) {
		if (r->areas & (1u << i)) {
			sb_addf(b, "%s%s", first ? "" : ", ", routine_area_names[i]);
			first = false;
		}
	}
	sb_addf(b, " %s %zu %s %s about %d min (%s)\n\n", dot, r->nsteps,
		r->nsteps == 1 ? "step" : "steps", dot, routine_minutes(r, count_in), dur);
}

static void routine_foot(struct strbuf *b, const struct routine *r, int count_in, int cols)
{
	char dur[48];
	describe_duration(dur, sizeof dur, routine_total_seconds(r, count_in));
	struct strbuf t;
	sb_init(&t);
	sb_addf(&t, "Total %s: a %d s count-in before each exercise", dur, count_in);
	if (r->nsteps > 1)
		sb_addf(&t, ", %d s rest between exercises", r->rest);
	sb_adds(&t, ".");
	wrapped(b, "", 0, t.s, cols);
	sb_free(&t);
	wrapped(b, "", 0, "Stop any exercise that causes sharp pain or sends pain further down the leg.",
		cols);
}

char *describe_part(const struct routine *r, enum describe_part part, size_t step, int count_in,
		    int cols, bool utf8)
{
	struct strbuf b;
	sb_init(&b);
	switch (part) {
	case DESCRIBE_HEAD:
		routine_head(&b, r, count_in, cols, utf8);
		break;
	case DESCRIBE_STEP_HEAD:
		step_head(&b, step + 1, &r->steps[step], count_in, cols, utf8);
		break;
	case DESCRIBE_STEP_BODY:
		step_body(&b, &r->steps[step], cols, utf8);
		break;
	case DESCRIBE_FOOT:
		routine_foot(&b, r, count_in, cols);
		break;
	}
	return sb_steal(&b);
}

char *describe_routine(const struct routine *r, int count_in, int cols, bool utf8)
{
	struct strbuf b;
	sb_init(&b);
	routine_head(&b, r, count_in, cols, utf8);
	for (size_t i = 0; i < r->nsteps; i++) {
		step_head(&b, i + 1, &r->steps[i], count_in, cols, utf8);
		step_body(&b, &r->steps[i], cols, utf8);
	}
	routine_foot(&b, r, count_in, cols);
	return sb_steal(&b);
}
