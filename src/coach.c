/* coach.c - what to suggest today, and why */
#include "config.h"

#include "coach.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/*
 * Gentlest first, by what the shipped routines say they are for: a flare,
 * the stiff first hour, stretches for the buttock, then strengthening once
 * pain has settled (shared/content: exercise is the core of care; progress
 * only when settled).
 */
static const char *const ladder[] = {
	COACH_GENTLE,
	"sciatica-morning",
	"glute-piriformis",
	"core-stability",
};
#define LADDER_N (sizeof ladder / sizeof ladder[0])

const char *coach_step_up(const char *id)
{
	for (size_t i = 0; id && i < LADDER_N; i++)
		if (strcmp(ladder[i], id) == 0)
			return ladder[i + 1 < LADDER_N ? i + 1 : i];
	return id ? ladder[LADDER_N - 1] : ladder[0];
}

/* A reason for a bad day, or NULL when today is not one. */
static char *bad_day(const struct coach_facts *f)
{
	if (f->today_leg >= COACH_BAD_LEG && !isnan(f->week_leg) &&
	    f->today_leg - f->week_leg >= COACH_BAD_ABOVE)
		return xasprintf("leg pain %d today, %.0f above your week", f->today_leg,
				 f->today_leg - f->week_leg);
	if (f->today_leg >= COACH_BAD_LEG)
		return xasprintf("leg pain %d today", f->today_leg);
	if (f->today_leg >= 0 && !isnan(f->week_leg) &&
	    f->today_leg - f->week_leg >= COACH_BAD_ABOVE)
		return xasprintf("leg pain %d today, %.0f above your week", f->today_leg,
				 f->today_leg - f->week_leg);
	if (f->last_session_rated && f->last_session_change >= 2)
		return xasprintf("the last session left leg pain %d points worse",
				 f->last_session_change);
	if (f->planned && f->planned_effect == EFFECT_WORSE)
		return xasprintf("today's plan, %s, has been making leg pain worse", f->planned);
	return NULL;
}

static bool take(struct coach_advice *a, const struct library *lib, const char *id,
		 enum coach_why why, char *reason)
{
	const struct routine *r = id ? library_routine(lib, id) : NULL;
	if (!r) {
		free(reason);
		return false;
	}
	a->why = why;
	a->routine = r;
	a->reason = reason;
	return true;
}

void coach_suggest(const struct coach_facts *f, const struct library *lib,
		   struct coach_advice *a)
{
	memset(a, 0, sizeof *a);
	if (f->red_flag_24h) {
		a->why = COACH_RED_FLAG;
		a->reason = xstrdup("a red flag in the last 24 hours: get urgent care first");
		return;
	}
	char *why = bad_day(f);
	if (why && take(a, lib, COACH_GENTLE, COACH_FLARE, why))
		return;
	if (f->settled && f->settled_days >= STATS_MIN_DAYS &&
	    f->sessions_14 >= COACH_SETTLED_SESSIONS &&
	    take(a, lib, coach_step_up(f->last_used), COACH_STEP_UP,
		 xasprintf("leg pain 3 or less for two weeks, %d sessions: a step up",
			   f->sessions_14)))
		return;
	if (take(a, lib, f->planned, COACH_PLAN, xstrdup("today's plan")))
		return;
	if (take(a, lib, f->helps_most, COACH_HELPS,
		 xstrdup("it has lowered your leg pain the most")))
		return;
	if (take(a, lib, f->last_used, COACH_LAST, xstrdup("the routine you did last")))
		return;
	a->why = COACH_NONE;
	a->reason = xstrdup("no sessions yet: pick any routine to begin");
}

void coach_advice_free(struct coach_advice *a)
{
	free(a->reason);
	memset(a, 0, sizeof *a);
}
