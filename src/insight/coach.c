/* SPDX-License-Identifier: ISC */
/* coach.c - what to suggest today, and why */
#include "config.h"

#include "insight/coach.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "insight/function.h"
#include "insight/plan.h"
#include "insight/words.h"

/*
 * Easiest first, by how much each shipped routine asks of the body: the
 * gentle flare-up moves, a short floor routine, gentle mobility with
 * walking, longer stretches, stretches with a bridge and pressure, then
 * strengthening (shared/content: progress only when settled). Routines for
 * a purpose rather than a level (desk breaks, nerve glides, the extension
 * pathway) are not on it.
 */
static const char *const ladder[] = {
	COACH_GENTLE,	   "quick-five",       "sciatica-morning",
	"evening-unwind", "glute-piriformis", "core-stability",
};
#define LADDER_N (sizeof ladder / sizeof ladder[0])

const char *const coach_why_names[] = {
	[COACH_RED_FLAG] = "red-flag", [COACH_FLARE] = "flare",	  [COACH_STEP_UP] = "step-up",
	[COACH_PLAN] = "plan",	       [COACH_CENTRAL] = "central", [COACH_HELPS] = "helps",
	[COACH_LAST] = "last",	       [COACH_NONE] = "none",
};

const char *coach_step_up(const char *id)
{
	if (!id)
		return ladder[0];
	for (size_t i = 0; i < LADDER_N; i++)
		if (strcmp(ladder[i], id) == 0)
			return ladder[i + 1 < LADDER_N ? i + 1 : i];
	/* A routine off the ladder: one step above the gentlest, never the hardest. */
	return ladder[1];
}

/*
 * The reasons are said twice, in the user's language for the screen and in
 * English for JSON (insight/words.h): each maker takes en.
 */

/* "leg pain 8 today": pain at COACH_BAD_PAIN or more. */
static char *pain_today(int m, int now, bool en)
{
	const char *d = words_domain(en);
	/* TRANSLATORS: why the gentle routine today (the coach's reason, no capital): the
	   worst rating of today. */
	return xasprintf(m == TM_LEG ? dgettext(d, "leg pain %d today")
				     /* TRANSLATORS: as "leg pain %d today". */
				     : dgettext(d, "back pain %d today"),
			 now);
}

/* "back pain 5 today, 3 above your last two weeks". */
static char *pain_above(int m, int now, double above, bool en)
{
	const char *d = words_domain(en);
	/* TRANSLATORS: the coach's reason: today's worst rating, and how far it is above the
	   mean of the two weeks before (a whole number). */
	return words_asprintf(en,
	                      m == TM_LEG
	                          ? dgettext(d, "leg pain %d today, %.0f above your last two "
	                                        "weeks")
	                          /* TRANSLATORS: as "leg pain %d today, %.0f above ...". */
	                          : dgettext(d, "back pain %d today, %.0f above your last two "
	                                        "weeks"),
	                      now, above);
}

/* "leg pain has risen 1.6 points over the last weeks". */
static char *pain_risen(int m, double change, bool en)
{
	const char *d = words_domain(en);
	/* TRANSLATORS: the coach's reason: the rise of the mean pain (stats' verdict). */
	return words_asprintf(en,
	                      m == TM_LEG
	                          ? dgettext(d, "leg pain has risen %.1f points over the last "
	                                        "weeks")
	                          /* TRANSLATORS: as "leg pain has risen %.1f points ...". */
	                          : dgettext(d, "back pain has risen %.1f points over the last "
	                                        "weeks"),
	                      change);
}

/* "the last session left back pain 2 points worse". */
static char *pain_after(int m, int change, bool en)
{
	const char *d = words_domain(en);
	unsigned long n = (unsigned long)change;
	/* TRANSLATORS: the coach's reason: after minus before in the last rated session. */
	return xasprintf(m == TM_LEG
				 ? dngettext(d, "the last session left leg pain %d point worse",
					     "the last session left leg pain %d points worse", n)
				 /* TRANSLATORS: as "the last session left leg pain ...". */
				 : dngettext(d, "the last session left back pain %d point worse",
					     "the last session left back pain %d points worse", n),
			 change);
}

/* A reason for a bad day from one measure, or NULL. */
static char *bad_measure(const struct coach_facts *f, int m, bool en)
{
	int now = f->today[m];
	/* NAN without a rating before today: then never above it. */
	double above = now >= 0 ? now - f->base[m] : NAN;
	if (now >= COACH_BAD_PAIN)
		return pain_today(m, now, en);
	if (above >= COACH_BAD_ABOVE - 1e-9)
		return pain_above(m, now, above, en);
	const struct stats_verdict *v = &f->verdict[m];
	if (v->direction == DIR_WORSE && v->meaningful)
		return pain_risen(m, v->change, en);
	if (f->last_rated[m] && f->last_change[m] >= 2)
		return pain_after(m, f->last_change[m], en);
	return NULL;
}

/* A reason for a bad day, or NULL when today is not one. */
static char *bad_day(const struct coach_facts *f, bool en)
{
	/* The worse of the two first: the one at 7 or more before one that only rose. */
	for (int pass = 0; pass < 2; pass++)
		for (int m = TM_LEG; m >= 0; m--) {
			if (pass == 0 && f->today[m] < COACH_BAD_PAIN)
				continue;
			char *why = bad_measure(f, m, en);
			if (why)
				return why;
		}
	if (f->planned && f->planned_effect == EFFECT_WORSE)
		/* TRANSLATORS: the coach's reason: %s is the id of today's planned routine. */
		return xasprintf(dgettext(words_domain(en),
					  "today's plan, %s, has been making leg pain worse"),
				 f->planned);
	return NULL;
}

static bool spreads(const struct coach_facts *f, const char *id)
{
	for (int i = 0; i < f->nspread; i++)
		if (strcmp(f->spread[i], id) == 0)
			return true;
	return false;
}

/* What the rules were walking through: the first routine passed over for spreading symptoms. */
struct pick {
	struct coach_advice *a;
	const struct coach_facts *f;
	const struct library *lib;
	const char *dropped;
};

static bool take(struct pick *p, const char *id, enum coach_why why)
{
	const struct routine *r = id ? library_routine(p->lib, id) : NULL;
	if (r && spreads(p->f, id)) {
		if (!p->dropped)
			p->dropped = r->id;
		r = NULL;
	}
	if (!r)
		return false;
	p->a->why = why;
	p->a->routine = r;
	return true;
}

static bool choose(struct pick *p)
{
	const struct coach_facts *f = p->f;
	char *bad = bad_day(f, true);
	bool flare = bad && take(p, COACH_GENTLE, COACH_FLARE);
	free(bad);
	if (flare)
		return true;
	if (f->settled && f->settled_days >= STATS_MIN_DAYS &&
	    f->sessions_14 >= COACH_SETTLED_SESSIONS &&
	    take(p, coach_step_up(f->last_used), COACH_STEP_UP))
		return true;
	return take(p, f->planned, COACH_PLAN) || take(p, f->centralises, COACH_CENTRAL) ||
	       take(p, f->helps_most, COACH_HELPS) || take(p, f->last_used, COACH_LAST);
}

/* Why the rules chose a->why, in words. */
static char *reason(const struct coach_facts *f, enum coach_why why, bool en)
{
	const char *d = words_domain(en);
	switch (why) {
	case COACH_RED_FLAG:
		/* TRANSLATORS: the coach's reasons are shown under the routine suggested (no
		   capital, no full stop). */
		return xstrdup(dgettext(d, "a red flag is still open: get urgent care first"));
	case COACH_FLARE:
		return bad_day(f, en);
	case COACH_STEP_UP:
		/* TRANSLATORS: the coach's reason for a harder routine: the sessions of the last
		   14 days. */
		return xasprintf(dngettext(d, "back and leg pain 3 or less for two weeks, %d "
					      "session: a step up",
					   "back and leg pain 3 or less for two weeks, %d "
					   "sessions: a step up",
					   (unsigned long)f->sessions_14),
				 f->sessions_14);
	case COACH_PLAN:
		return xstrdup(dgettext(d, "today's plan"));
	case COACH_CENTRAL:
		return xstrdup(dgettext(d, "it has moved your leg symptoms toward the back"));
	case COACH_HELPS:
		return xstrdup(dgettext(d, "it has lowered your leg pain the most"));
	case COACH_LAST:
		return xstrdup(dgettext(d, "the routine you did last"));
	case COACH_NONE:
		break;
	}
	return xstrdup(f->last_used ? dgettext(d, "pick any routine")
				    : dgettext(d, "no sessions yet: pick any routine to begin"));
}

/*
 * The reason, and when the routine is kept on (the plan, what centralises,
 * what helps, the last one) and the function score has risen meaningfully,
 * that gain: progress even when pain has not moved (issue 22).
 */
static char *reason_gain(const struct coach_facts *f, enum coach_why why, bool en)
{
	char *r = reason(f, why, en);
	bool kept_on = why == COACH_PLAN || why == COACH_CENTRAL || why == COACH_HELPS ||
		       why == COACH_LAST;
	if (!kept_on || !f->function_gain)
		return r;
	/* TRANSLATORS: the coach's reason (%s), then how many points the function score
	   (what one can do, 0 to 10) has risen: keep on with the routine. */
	char *s = words_asprintf(
	    en, dgettext(words_domain(en), "%s; function up %.1f points: keep going"), r,
	    f->function_change);
	free(r);
	return s;
}

/* The reason, and the routine passed over (dropped) for spreading leg symptoms. */
static char *reason_dropped(const struct coach_facts *f, enum coach_why why, const char *dropped,
			    bool en)
{
	char *r = reason_gain(f, why, en);
	if (!dropped)
		return r;
	/* TRANSLATORS: the coach's reason (%s), then the id of a routine not suggested, and
	   in how many of its last sessions it spread leg symptoms. */
	char *s = xasprintf(dngettext(words_domain(en),
				      "%s (not %s: it spread leg symptoms in %d of its last %d "
				      "session)",
				      "%s (not %s: it spread leg symptoms in %d of its last %d "
				      "sessions)",
				      (unsigned long)COACH_SPREAD_OF),
			    r, dropped, COACH_SPREAD_TIMES, COACH_SPREAD_OF);
	free(r);
	return s;
}

void coach_suggest(const struct coach_facts *f, const struct library *lib,
		   struct coach_advice *a)
{
	memset(a, 0, sizeof *a);
	struct pick p = {a, f, lib, NULL};
	if (f->red_flag)
		a->why = COACH_RED_FLAG;
	else if (!choose(&p))
		a->why = COACH_NONE;
	a->reason = reason_dropped(f, a->why, p.dropped, false);
	a->reason_en = reason_dropped(f, a->why, p.dropped, true);
}

void coach_advice_free(struct coach_advice *a)
{
	free(a->reason);
	free(a->reason_en);
	memset(a, 0, sizeof *a);
}

/* What the sessions of the last days say, beyond the trends. */
struct recent {
	int sessions;
	int64_t last_at[TM_COUNT];
	struct coach_facts *f;
};

static int visit_recent(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)e; /* sessions only */
	struct recent *r = ctx;
	if (s->speed != 1)
		return 0; /* previews are not sessions */
	r->sessions++;
	int before[TM_COUNT] = {s->before_back, s->before_leg};
	int after[TM_COUNT] = {s->after_back, s->after_leg};
	for (int m = 0; m < TM_COUNT; m++)
		if (before[m] >= 0 && after[m] >= 0 && s->started >= r->last_at[m]) {
			r->last_at[m] = s->started;
			r->f->last_change[m] = after[m] - before[m];
			r->f->last_rated[m] = true;
		}
	return 0;
}

/* Mean daily pain of days [from, to] of t, NAN when none was rated; *rated counts them. */
static double day_mean(const struct trends *t, int m, long from, long to, int *rated, int *worst)
{
	double sum = 0;
	int n = 0;
	for (long d = from < 0 ? 0 : from; d <= to; d++) {
		double v = trends_day_mean(t, (size_t)d, (enum trends_measure)m);
		if (isnan(v))
			continue;
		sum += v, n++;
		int w = trends_day_max(t, (size_t)d, (enum trends_measure)m);
		if (worst && w > *worst)
			*worst = w;
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

/* Today's worst pain, the two weeks before it, the verdicts, and whether the last two weeks were settled. */
static void from_days(struct coach_facts *f, const struct trends *t)
{
	long today = (long)t->today;
	int worst = -1, days = 0;
	f->settled = true;
	for (int m = 0; m < TM_COUNT; m++) {
		f->today[m] = trends_day_max(t, (size_t)today, (enum trends_measure)m);
		f->base[m] = day_mean(t, m, today - COACH_BASE_DAYS, today - 1, NULL, NULL);
		int rated;
		day_mean(t, m, today - COACH_SETTLED_DAYS + 1, today, &rated, &worst);
		if (rated > days)
			days = rated;
		trends_verdict(t, (enum trends_measure)m, &f->verdict[m], NULL);
		if (f->verdict[m].direction == DIR_WORSE)
			f->settled = false;
	}
	f->settled_days = days;
	f->settled = f->settled && days > 0 && worst <= COACH_SETTLED_PAIN;
}

/*
 * The routines whose last sessions spread leg symptoms (no longer
 * suggested), and the one that centralised them most often (preferred).
 */
static void from_routines(struct coach_facts *f, const struct trends *t)
{
	int best = 0;
	for (size_t i = 0; i < t->nroutines; i++) {
		const struct trends_routine *r = &t->routine[i];
		if (trends_routine_last(r, LEGS_SPREAD) >= COACH_SPREAD_TIMES) {
			if (f->nspread < COACH_MAX_SPREAD)
				f->spread[f->nspread++] = xstrdup(r->id);
			continue;
		}
		int c = r->legs[LEGS_CENTRALISED];
		if (c > r->legs[LEGS_SPREAD] && c > best &&
		    trends_routine_last(r, LEGS_CENTRALISED) > 0) {
			best = c;
			free(f->centralises);
			f->centralises = xstrdup(r->id);
		}
	}
}

enum lb_status coach_gather(struct coach_facts *f, const struct trends *t, struct diary *db,
			    const struct settings *st, time_t now, struct diags *err)
{
	memset(f, 0, sizeof *f);
	from_days(f, t);
	from_routines(f, t);
	bool from_plan;
	const char *plan = plan_suggest(st, now, NULL, &from_plan);
	f->planned = from_plan ? plan : NULL;
	f->planned_effect = effect_of(t, f->planned);
	struct stats_paired p;
	const struct trends_routine *helps = trends_helps_most(t, &p);
	f->helps_most = helps ? helps->id : NULL;
	if (!db)
		return LB_OK;
	enum lb_status rc = coach_red_flag(db, now, &f->red_flag, NULL, NULL, err);
	if (rc != LB_OK)
		return rc;
	struct recent r = {.last_at = {INT64_MIN, INT64_MIN}, .f = f};
	rc = diary_each_kind(db, (int64_t)now - COACH_SETTLED_DAYS * 86400LL, (int64_t)now + 1,
			     DIARY_SESSIONS, visit_recent, &r, err);
	if (rc != LB_OK)
		return rc;
	f->sessions_14 = r.sessions;
	struct function_history fn;
	rc = function_read(&fn, db, (int64_t)now, err);
	struct stats_verdict v;
	f->function_gain = rc == LB_OK && function_gained(&fn, (int64_t)now, &v);
	f->function_change = f->function_gain ? v.change : 0;
	function_free(&fn);
	if (rc == LB_OK)
		rc = plan_last_routine(db, now, &f->own_last, err);
	f->last_used = f->own_last;
	return rc;
}

void coach_facts_free(struct coach_facts *f)
{
	free(f->own_last);
	free(f->centralises);
	for (int i = 0; i < f->nspread; i++)
		free(f->spread[i]);
	memset(f, 0, sizeof *f);
}

/*
 * Walks back over the entries that answered the red-flag question: the
 * newest answer says whether one is open, and the ticks before it, up to
 * an answer of none, say since when. Entries that left the question
 * unanswered are not in the index it reads, so they change nothing.
 */
enum lb_status coach_red_flag(struct diary *db, time_t now, bool *open, unsigned *flags,
			      int64_t *since, struct diags *err)
{
	bool is_open = false;
	unsigned newest = 0;
	int64_t first = 0, until = (int64_t)now;
	enum lb_status rc = LB_OK;
	while (db) {
		struct diary_entry e;
		rc = diary_last_answer(db, until, &e, err);
		if (rc != LB_OK)
			break;
		bool ticked = e.flags != 0;
		if (ticked && !is_open)
			newest = e.flags;
		if (ticked)
			first = e.at;
		is_open |= ticked;
		until = e.at - 1;
		diary_entry_free(&e);
		if (!ticked)
			break;
	}
	if (rc == LB_NOT_FOUND)
		rc = LB_OK;
	*open = is_open;
	if (flags)
		*flags = newest;
	if (since)
		*since = first;
	return rc;
}
