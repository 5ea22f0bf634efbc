/* SPDX-License-Identifier: ISC */
/* routine.c - the routine model's vocabulary, lookups and timing */
#include "config.h"

#include "routine/routine.h"

#include <stdlib.h>
#include <string.h>

const char *const routine_area_names[AREA_COUNT] = {
#define ROUTINE_AREA_NAME(e, name) [e] = name,
	ROUTINE_AREA_LIST(ROUTINE_AREA_NAME)
#undef ROUTINE_AREA_NAME
};

const char *const routine_sides_names[SIDES_COUNT] = {
	[SIDES_NONE] = "none",
	[SIDES_BOTH] = "both",
	[SIDES_ALTERNATE] = "alternate",
};

const struct routine_limit routine_limits[RF_COUNT] = {
	[RF_HOLD] = {"hold", 1, 600, 30, "seconds"},
	[RF_REPS] = {"reps", 1, 50, 1, NULL},
	[RF_REST] = {"rest", 0, 600, 10, "seconds"},
	[RF_ROUTINE_REST] = {"rest", 0, 600, 15, "seconds"},
};

int routine_area_parse(const char *name)
{
	for (int i = 0; i < AREA_COUNT; i++)
		if (strcmp(name, routine_area_names[i]) == 0)
			return i;
	return -1;
}

long routine_step_seconds(const struct step *s, int count_in)
{
	long hold = s->hold, rest = s->rest, reps = s->reps;
	long t = count_in;
	switch (s->sides) {
	case SIDES_NONE:
		t += reps * hold + (reps - 1) * rest;
		break;
	case SIDES_BOTH:
		t += 2 * (reps * hold + (reps - 1) * rest) + ROUTINE_SWITCH_SECONDS;
		break;
	case SIDES_ALTERNATE:
		t += 2 * reps * hold + (2 * reps - 1) * rest;
		break;
	case SIDES_COUNT:
		break;
	}
	return t;
}

long routine_total_seconds(const struct routine *r, int count_in)
{
	long t = 0;
	for (size_t i = 0; i < r->nsteps; i++) {
		t += routine_step_seconds(&r->steps[i], count_in);
		if (i + 1 < r->nsteps)
			t += r->rest;
	}
	return t;
}

int routine_minutes(const struct routine *r, int count_in)
{
	long m = (routine_total_seconds(r, count_in) + 30) / 60;
	return m < 1 ? 1 : (int)m;
}

static int by_exercise_id(const void *key, const void *elem)
{
	return strcmp(key, (*(struct exercise *const *)elem)->id);
}

static int by_routine_id(const void *key, const void *elem)
{
	return strcmp(key, (*(struct routine *const *)elem)->id);
}

const struct exercise *library_exercise(const struct library *lib, const char *id)
{
	if (!lib->nex)
		return NULL;
	struct exercise **e = bsearch(id, lib->ex, lib->nex, sizeof *lib->ex, by_exercise_id);
	return e ? *e : NULL;
}

const struct routine *library_routine(const struct library *lib, const char *id)
{
	if (!lib->nrt)
		return NULL;
	struct routine **r = bsearch(id, lib->rt, lib->nrt, sizeof *lib->rt, by_routine_id);
	return r ? *r : NULL;
}
