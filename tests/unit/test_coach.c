/* test_coach.c - each rule of the suggestion, with the shipped routines */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>

#include "coach.h"
#include "fixture.h"

static struct library lib;
static struct coach_advice a;

static void setup(void)
{
	fixture_library(&lib, LIMBER_SRCDIR "/routines");
}

static void teardown(void)
{
	coach_advice_free(&a);
	library_free(&lib);
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
