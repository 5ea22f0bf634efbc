/* SPDX-License-Identifier: ISC */
/* test_coach.c - each rule of the suggestion, with the shipped routines */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>

#include "base/xalloc.h"
#include "fixture.h"
#include "insight/coach.h"

static struct library lib;
static struct coach_advice a;
static char *tmp;
static struct diary *db;
static struct diags warn, err;

static void setup(void)
{
	fixture_library(&lib, LIMBER_SRCDIR "/routines");
	fixture_tz("UTC");
	tmp = fixture_tmpdir("coach");
	db = fixture_diary(tmp, &warn, &err);
}

static void teardown(void)
{
	coach_advice_free(&a);
	library_free(&lib);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

static void entry(time_t when, int leg, unsigned flags)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.leg = leg;
	e.flags = flags;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
}

static void session(time_t when, const char *routine, int before_leg, int after_leg, double speed)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(routine);
	s.title = xstrdup(routine);
	s.started = when;
	s.ended = when + 600;
	s.before_leg = before_leg;
	s.after_leg = after_leg;
	s.speed = speed;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

/* The facts at noon on 25 November 2026, from 8 weeks of trends. */
static struct coach_facts gather(time_t now)
{
	struct trends t;
	struct settings st;
	settings_defaults(&st);
	cr_assert_eq(trends_compute(&t, db, 8, 0, WEEK_MONDAY, now, &err), LB_OK);
	struct coach_facts f;
	cr_assert_eq(coach_gather(&f, &t, db, &st, now, &err), LB_OK);
	/* Keep the id the suggestion may point to past the trends. */
	f.helps_most = NULL;
	trends_free(&t);
	return f;
}

TestSuite(coach, .init = setup, .fini = teardown);

/* An ordinary day: some pain, a plan, a routine that helps, a last one used. */
static struct coach_facts ordinary(void)
{
	return (struct coach_facts){
		.today_leg = 4,
		.week_leg = 4.2,
		.planned = "desk-break",
		.planned_effect = EFFECT_UNCLEAR,
		.helps_most = "nerve-glide",
		.last_used = "quick-five",
	};
}

Test(coach, a_red_flag_suggests_no_session)
{
	struct coach_facts f = ordinary();
	f.red_flag_24h = true;
	f.today_leg = 9; /* even on a bad day */
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_RED_FLAG);
	cr_assert_null(a.routine);
	cr_assert_str_eq(a.reason, "a red flag in the last 24 hours: get urgent care first");
}

Test(coach, a_bad_day_suggests_the_gentle_routine_with_its_reason)
{
	struct coach_facts f = ordinary();
	f.today_leg = 8;
	f.week_leg = 4.0;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.routine->id, "flare-up-gentle");
	cr_assert_str_eq(a.reason, "leg pain 8 today, 4 above your week");
	coach_advice_free(&a);
	f.today_leg = 7;
	f.week_leg = NAN;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "leg pain 7 today");
}

Test(coach, two_above_the_week_is_a_bad_day_too)
{
	struct coach_facts f = ordinary();
	f.today_leg = 5;
	f.week_leg = 2.9;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "leg pain 5 today, 2 above your week");
	coach_advice_free(&a);
	f.week_leg = 3.1; /* 1.9 above: not yet */
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_PLAN);
}

Test(coach, a_session_that_made_it_worse_or_a_plan_that_does)
{
	struct coach_facts f = ordinary();
	f.last_session_rated = true;
	f.last_session_change = 2;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "the last session left leg pain 2 points worse");
	coach_advice_free(&a);
	f = ordinary();
	f.planned_effect = EFFECT_WORSE;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "today's plan, desk-break, has been making leg pain worse");
}

Test(coach, settled_weeks_step_up)
{
	struct coach_facts f = ordinary();
	f.today_leg = 2;
	f.week_leg = 2.0;
	f.settled = true;
	f.settled_days = 12;
	f.sessions_14 = 9;
	f.last_used = "sciatica-morning";
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_STEP_UP);
	cr_assert_str_eq(a.routine->id, "glute-piriformis");
	cr_assert_str_eq(a.reason, "leg pain 3 or less for two weeks, 9 sessions: a step up");
	coach_advice_free(&a);
	f.sessions_14 = 7; /* too few sessions: the plan */
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_PLAN);
	cr_assert_str_eq(a.routine->id, "desk-break");
}

Test(coach, then_the_plan_what_helps_and_the_last_one)
{
	struct coach_facts f = ordinary();
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_PLAN);
	coach_advice_free(&a);
	f.planned = "no-such-routine";
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_HELPS);
	cr_assert_str_eq(a.routine->id, "nerve-glide");
	coach_advice_free(&a);
	f.helps_most = NULL;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_LAST);
	cr_assert_str_eq(a.routine->id, "quick-five");
	coach_advice_free(&a);
	f.last_used = NULL;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_NONE);
	cr_assert_null(a.routine);
}

Test(coach, the_ladder)
{
	cr_assert_str_eq(coach_step_up(NULL), "flare-up-gentle");
	cr_assert_str_eq(coach_step_up("flare-up-gentle"), "sciatica-morning");
	cr_assert_str_eq(coach_step_up("core-stability"), "core-stability");
	cr_assert_str_eq(coach_step_up("desk-break"), "core-stability");
	for (const char *id = NULL;;) {
		const char *up = coach_step_up(id);
		cr_assert_not_null(library_routine(&lib, up), "%s is shipped", up);
		if (id && strcmp(up, id) == 0)
			break;
		id = up;
	}
}

Test(coach, gathers_today_the_week_and_the_last_session_from_the_diary)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	for (int d = 20; d >= 1; d--)
		entry(now - d * 86400, 3, 0);
	entry(now - 3 * 3600, 8, 0);
	entry(now - 30 * 3600, 5, 1u << FLAG_BOTH_LEGS); /* a red flag, but 30 hours ago */
	session(now - 86400 + 600, "quick-five", 4, 6, 1);
	session(now - 7200, "desk-break", 2, 9, 50); /* a preview: not a session */
	struct coach_facts f = gather(now);
	cr_assert_not(f.red_flag_24h);
	cr_assert_eq(f.today_leg, 8);
	/* Yesterday: 3 and 5 logged, 4 before the session: a mean of 4. */
	cr_assert_float_eq(f.week_leg, (3 * 6 + 4) / 7.0, 1e-9);
	cr_assert(f.last_session_rated);
	cr_assert_eq(f.last_session_change, 2);
	cr_assert_eq(f.sessions_14, 1);
	cr_assert_str_eq(f.last_used, "quick-five");
	cr_assert_not(f.settled, "a day of 8 is not settled");
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.routine->id, "flare-up-gentle");
	coach_advice_free(&a);
	coach_facts_free(&f);
	/* A red flag two hours ago stops every suggestion. */
	entry(now - 7200, 4, 1u << FLAG_SADDLE);
	f = gather(now);
	cr_assert(f.red_flag_24h);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_RED_FLAG);
	coach_facts_free(&f);
}

Test(coach, settled_weeks_are_read_from_the_diary)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	for (int d = 30; d >= 0; d--) {
		entry(now - d * 86400 - 3600, d > 14 ? 4 : 2, 0);
		if (d < 14 && d % 3 != 0)
			session(now - d * 86400, "sciatica-morning", 2, 2, 1);
	}
	struct coach_facts f = gather(now);
	cr_assert(f.settled);
	cr_assert_eq(f.settled_days, 14);
	cr_assert_eq(f.sessions_14, 9);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_STEP_UP);
	cr_assert_str_eq(a.routine->id, "glute-piriformis");
	coach_facts_free(&f);
}
