/* SPDX-License-Identifier: ISC */
/* describe.c - a routine as readable text: what `limber show` prints and the browser shows */
#include "config.h"

#include "routine/describe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"

void describe_duration(char *buf, size_t n, long s)
{
	if (s >= 60 && s % 60)
		/* TRANSLATORS: a length of time, "1 min 5 s": keep it short. */
		snprintf(buf, n, _("%ld min %ld s"), s / 60, s % 60);
	else if (s >= 60)
		/* TRANSLATORS: a length of time in whole minutes, "12 min". */
		snprintf(buf, n, _("%ld min"), s / 60);
	else
		/* TRANSLATORS: a length of time in seconds, "45 s". */
		snprintf(buf, n, _("%ld s"), s);
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

/* The reps and the hold of a step, as its sides take them: "3 reps × 30 s each side". */
static char *dose_text(const struct step *s, const char *times)
{
	switch (s->sides) {
	case SIDES_NONE:
		/* TRANSLATORS: "3 reps × 30 s": reps, the times sign (× or x), seconds held. */
		return xasprintf(ngettext("%d rep %s %d s", "%d reps %s %d s", s->reps), s->reps,
		                 times, s->hold);
	case SIDES_BOTH:
		/* TRANSLATORS: reps, the times sign (× or x), seconds held on each side. */
		return xasprintf(ngettext("%d rep %s %d s each side (left, then right)",
		                          "%d reps %s %d s each side (left, then right)", s->reps),
		                 s->reps, times, s->hold);
	case SIDES_ALTERNATE:
		/* TRANSLATORS: reps, the times sign (× or x), seconds held on each side. */
		return xasprintf(ngettext("%d rep %s %d s each side, alternating",
		                          "%d reps %s %d s each side, alternating", s->reps),
		                 s->reps, times, s->hold);
	case SIDES_COUNT:
		break;
	}
	return xstrdup("");
}

void describe_dosage(struct strbuf *b, const struct step *s, bool utf8)
{
	/* One timed spell of whole minutes (an easy walk) reads as minutes, not reps. */
	if (s->reps == 1 && s->sides == SIDES_NONE && s->hold >= 120 && s->hold % 60 == 0) {
		sb_addf(b, ngettext("%d minute", "%d minutes", s->hold / 60), s->hold / 60);
		return;
	}
	char *dose = dose_text(s, utf8 ? "×" : "x");
	bool reps_rest = s->reps > 1 || s->sides == SIDES_ALTERNATE;
	if (s->rest && reps_rest)
		/* TRANSLATORS: a dose ("3 reps × 30 s"), then the seconds of rest between reps. */
		sb_addf(b, _("%s, %d s rest between reps"), dose, s->rest);
	else
		sb_adds(b, dose);
	free(dose);
}

/* "    Dose: " and text wrapped at cols, its further lines under the text. */
static void labelled(struct strbuf *b, const char *label, const char *text, int cols)
{
	char *prefix = xasprintf("    %s ", label);
	wrapped(b, prefix, 4 + utf8_width(label) + 1, text, cols);
	free(prefix);
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
		/* TRANSLATORS: in `limber show`, before why a step's dose changed. */
		labelled(b, _("Dose:"), s->dose_why, cols);
}

/* Its start, cues and caution, and the blank line after the step. */
static void step_body(struct strbuf *b, const struct step *s, int cols, bool utf8)
{
	const struct exercise *e = s->ex;
	if (e->position)
		/* TRANSLATORS: in `limber show`, before an exercise's starting position. */
		labelled(b, _("Start:"), e->position, cols);
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
	struct strbuf areas;
	sb_init(&areas);
	for (int i = 0; i < AREA_COUNT; i++)
		if (r->areas & (1u << i))
			sb_addf(&areas, "%s%s", areas.len ? ", " : "",
			        i18n_cgettext("routine area", routine_area_names[i]));
	/* TRANSLATORS: under a routine's title: its areas, a dot, its steps, a dot, its minutes
	   and exact time ("glutes, hips · 5 steps · about 9 min (8 min 40 s)"). */
	sb_addf(b,
	        ngettext("%s %s %zu step %s about %d min (%s)",
	                 "%s %s %zu steps %s about %d min (%s)", r->nsteps),
	        areas.len ? areas.s : "", dot, r->nsteps, dot, routine_minutes(r, count_in), dur);
	sb_adds(b, "\n\n");
	sb_free(&areas);
}

static void routine_foot(struct strbuf *b, const struct routine *r, int count_in, int cols)
{
	char dur[48];
	describe_duration(dur, sizeof dur, routine_total_seconds(r, count_in));
	char *t;
	if (r->nsteps > 1)
		/* TRANSLATORS: the routine's whole time, the count-in and the rest, in seconds. */
		t = xasprintf(_("Total %s: a %d s count-in before each exercise, %d s rest between "
		                "exercises."),
		              dur, count_in, r->rest);
	else
		/* TRANSLATORS: the routine's whole time and the count-in, in seconds. */
		t = xasprintf(_("Total %s: a %d s count-in before each exercise."), dur, count_in);
	wrapped(b, "", 0, t, cols);
	free(t);
	wrapped(b, "", 0,
	        _("Stop any exercise that causes sharp pain or sends pain further down the leg."),
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
