/* SPDX-License-Identifier: ISC */
/* coach.c - what to suggest today, and why */
#include "config.h"

#include "insight/coach.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "insight/plan.h"

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

const char *const coach_why_names[] = {
	[COACH_RED_FLAG] = "red-flag", [COACH_FLARE] = "flare", [COACH_STEP_UP] = "step-up",
	[COACH_PLAN] = "plan",	       [COACH_HELPS] = "helps", [COACH_LAST] = "last",
	[COACH_NONE] = "none",
};

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
	/* NAN without a rating today or in the week: then never above it. */
	double above = f->today_leg >= 0 ? f->today_leg - f->week_leg : NAN;
	if (above >= COACH_BAD_ABOVE)
		return xasprintf("leg pain %d today, %.0f above your week", f->today_leg, above);
	if (f->today_leg >= COACH_BAD_LEG)
		return xasprintf("leg pain %d today", f->today_leg);
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

/* What the sessions of the last days say, beyond the trends. */
struct recent {
	int sessions;
	int64_t last_at;
	int last_change;
	bool last_rated;
};

static int visit_recent(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)e; /* sessions only */
	struct recent *r = ctx;
	if (s->speed != 1)
		return 0; /* previews are not sessions */
	r->sessions++;
	if (s->before_leg >= 0 && s->after_leg >= 0 && s->started >= r->last_at) {
		r->last_at = s->started;
		r->last_change = s->after_leg - s->before_leg;
		r->last_rated = true;
	}
	return 0;
}

/* Mean daily leg pain of days [from, to] of t, NAN when none was rated; *rated counts them. */
static double leg_mean(const struct trends *t, long from, long to, int *rated, double *worst)
{
	double sum = 0;
	int n = 0;
	for (long d = from < 0 ? 0 : from; d <= to; d++) {
		double v = trends_day_mean(t, (size_t)d, TM_LEG);
		if (isnan(v))
			continue;
		sum += v, n++;
		if (worst && v > *worst)
			*worst = v;
	}
	if (rated)
		*rated = n;
	return n ? sum / n : NAN;
}


static enum stats_effect effect_of(const struct trends *t, const char *id)
{
	struct stats_paired p = {.effect = EFFECT_TOO_FEW};
	for (size_t i = 0; id && i < t->nroutines; i++)
		if (strcmp(t->routine[i].id, id) == 0)
			trends_routine_effect(&t->routine[i], TM_LEG, &p);
	return p.effect;
}

/* Today's leg pain, the week before it, and whether the last two weeks were settled. */
static void from_days(struct coach_facts *f, const struct trends *t)
{
	long today = (long)t->today;
	double now = trends_day_mean(t, (size_t)today, TM_LEG);
	f->today_leg = isnan(now) ? -1 : (int)lround(now);
	f->week_leg = leg_mean(t, today - 7, today - 1, NULL, NULL);
	double worst = -1;
	leg_mean(t, today - COACH_SETTLED_DAYS + 1, today, &f->settled_days, &worst);
	struct stats_verdict v;
	trends_verdict(t, TM_LEG, &v, NULL);
	f->settled = f->settled_days > 0 && worst <= COACH_SETTLED_LEG && v.direction != DIR_WORSE;
}

enum lb_status coach_gather(struct coach_facts *f, const struct trends *t, struct diary *db,
			    const struct settings *st, time_t now, struct diags *err)
{
	memset(f, 0, sizeof *f);
	from_days(f, t);
	bool from_plan;
	const char *plan = plan_suggest(st, now, NULL, &from_plan);
	f->planned = from_plan ? plan : NULL;
	f->planned_effect = effect_of(t, f->planned);
	struct stats_paired p;
	const struct trends_routine *helps = trends_helps_most(t, &p);
	f->helps_most = helps ? helps->id : NULL;
	if (!db)
		return LB_OK;
	enum lb_status rc = coach_red_flag(db, now, &f->red_flag_24h, err);
	if (rc != LB_OK)
		return rc;
	struct recent r = {.last_at = INT64_MIN};
	rc = diary_each_kind(db, (int64_t)now - COACH_SETTLED_DAYS * 86400LL, (int64_t)now + 1,
			     DIARY_SESSIONS, visit_recent, &r, err);
	if (rc != LB_OK)
		return rc;
	f->sessions_14 = r.sessions;
	f->last_session_rated = r.last_rated;
	f->last_session_change = r.last_change;
	rc = plan_last_routine(db, now, &f->own_last, err);
	f->last_used = f->own_last;
	return rc;
}

void coach_facts_free(struct coach_facts *f)
{
	free(f->own_last);
	memset(f, 0, sizeof *f);
}

static int visit_flag(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)s;
	if (e->flags) {
		*(bool *)ctx = true;
		return 1;
	}
	return 0;
}

enum lb_status coach_red_flag(struct diary *db, time_t now, bool *flag, struct diags *err)
{
	*flag = false;
	if (!db)
		return LB_OK;
	return diary_each_kind(db, (int64_t)now - 24 * 3600, (int64_t)now + 1, DIARY_ENTRIES,
			       visit_flag, flag, err);
}
