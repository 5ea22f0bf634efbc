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

/* An entry: flags ticked answer the red-flag question; now says "none" (ANSWER_NO) or not (-1). */
static void entry_full(time_t when, int back, int leg, unsigned flags, int now, unsigned gp)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.back = back;
	e.leg = leg;
	e.flags = flags;
	e.flags_now = flags ? ANSWER_YES : now;
	e.gp_flags = gp;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
}

static void entry(time_t when, int leg, unsigned flags)
{
	entry_full(when, -1, leg, flags, -1, 0);
}

static void session_legs(time_t when, const char *routine, int before_leg, int after_leg,
			 int legs)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(routine);
	s.title = xstrdup(routine);
	s.started = when;
	s.ended = when + 600;
	s.before_leg = before_leg;
	s.after_leg = after_leg;
	s.legs = legs;
	s.speed = 1;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
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
		.today = {[TM_BACK] = 3, [TM_LEG] = 4},
		.base = {[TM_BACK] = 3.0, [TM_LEG] = 4.2},
		.planned = "desk-break",
		.planned_effect = EFFECT_UNCLEAR,
		.helps_most = "nerve-glide",
		.last_used = "quick-five",
	};
}

Test(coach, a_red_flag_suggests_no_session)
{
	struct coach_facts f = ordinary();
	f.red_flag = true;
	f.today[TM_LEG] = 9; /* even on a bad day */
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_RED_FLAG);
	cr_assert_null(a.routine);
	cr_assert_str_eq(a.reason, "a red flag is still open: get urgent care first");
}

Test(coach, a_bad_day_suggests_the_gentle_routine_with_its_reason)
{
	struct coach_facts f = ordinary();
	f.today[TM_LEG] = 8;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.routine->id, "flare-up-gentle");
	cr_assert_str_eq(a.reason, "leg pain 8 today");
	coach_advice_free(&a);
	f.today[TM_LEG] = 7;
	f.base[TM_LEG] = NAN;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "leg pain 7 today");
}

Test(coach, back_pain_alone_makes_a_bad_day)
{
	struct coach_facts f = ordinary();
	f.today[TM_LEG] = 0;
	f.today[TM_BACK] = 8;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "back pain 8 today");
}

Test(coach, three_above_its_own_two_weeks_is_a_bad_day_too)
{
	struct coach_facts f = ordinary();
	f.today[TM_BACK] = 5;
	f.base[TM_BACK] = 1.9;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "back pain 5 today, 3 above your last two weeks");
	coach_advice_free(&a);
	f.base[TM_BACK] = 2.1; /* 2.9 above: not yet */
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_PLAN);
}

Test(coach, a_session_that_made_it_worse_or_a_plan_that_does)
{
	struct coach_facts f = ordinary();
	f.last_rated[TM_BACK] = true;
	f.last_change[TM_BACK] = 2;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "the last session left back pain 2 points worse");
	coach_advice_free(&a);
	f = ordinary();
	f.planned_effect = EFFECT_WORSE;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "today's plan, desk-break, has been making leg pain worse");
}

Test(coach, a_meaningful_rise_turns_to_the_gentle_routine)
{
	struct coach_facts f = ordinary();
	f.verdict[TM_LEG] = (struct stats_verdict){
		.direction = DIR_WORSE, .change = 1.6, .low = 0.4, .high = 2.7, .meaningful = true};
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "leg pain has risen 1.6 points over the last weeks");
	coach_advice_free(&a);
	f.verdict[TM_LEG].meaningful = false; /* a small rise: the plan stands */
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_PLAN);
}

Test(coach, settled_weeks_step_up)
{
	struct coach_facts f = ordinary();
	f.today[TM_LEG] = 2;
	f.settled = true;
	f.settled_days = 12;
	f.sessions_14 = 9;
	f.last_used = "sciatica-morning";
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_STEP_UP);
	cr_assert_str_eq(a.routine->id, "evening-unwind");
	cr_assert_str_eq(a.reason,
			 "back and leg pain 3 or less for two weeks, 9 sessions: a step up");
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

Test(coach, a_routine_that_spreads_symptoms_is_dropped_and_the_reason_says_why)
{
	struct coach_facts f = ordinary();
	f.spread[f.nspread++] = xstrdup("desk-break");
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_HELPS);
	cr_assert_str_eq(a.routine->id, "nerve-glide");
	cr_assert_str_eq(a.reason, "it has lowered your leg pain the most (not desk-break: it "
				   "spread leg symptoms in 2 of its last 3 sessions)");
	/* The same for JSON, in English whatever the language (here the C locale's). */
	cr_assert_str_eq(a.reason_en, a.reason);
	coach_advice_free(&a);
	/* One that centralises comes before what helps most. */
	f.centralises = xstrdup("sciatica-morning");
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_CENTRAL);
	cr_assert_str_eq(a.routine->id, "sciatica-morning");
	f.own_last = NULL;
	coach_facts_free(&f);
}

Test(coach, the_ladder_follows_difficulty)
{
	cr_assert_str_eq(coach_step_up(NULL), "flare-up-gentle");
	cr_assert_str_eq(coach_step_up("flare-up-gentle"), "quick-five");
	cr_assert_str_eq(coach_step_up("sciatica-morning"), "evening-unwind");
	cr_assert_str_eq(coach_step_up("core-stability"), "core-stability");
	/* A routine off the ladder never jumps to the hardest one. */
	cr_assert_str_eq(coach_step_up("desk-break"), "quick-five");
	cr_assert_str_eq(coach_step_up("my-own-routine"), "quick-five");
	for (const char *id = NULL;;) {
		const char *up = coach_step_up(id);
		cr_assert_not_null(library_routine(&lib, up), "%s is shipped", up);
		if (id && strcmp(up, id) == 0)
			break;
		id = up;
	}
}

Test(coach, gathers_today_the_two_weeks_and_the_last_session_from_the_diary)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	for (int d = 20; d >= 1; d--)
		entry(now - d * 86400, 3, 0);
	entry(now - 3 * 3600, 8, 0);
	session(now - 86400 + 600, "quick-five", 4, 6, 1);
	session(now - 7200, "desk-break", 2, 9, 50); /* a preview: not a session */
	struct coach_facts f = gather(now);
	cr_assert_not(f.red_flag);
	cr_assert_eq(f.today[TM_LEG], 8);
	cr_assert_eq(f.today[TM_BACK], -1);
	/* Yesterday: 3 logged, 4 before the session: a mean of 3.5. */
	cr_assert_float_eq(f.base[TM_LEG], (3 * 13 + 3.5) / 14.0, 1e-9);
	cr_assert(f.last_rated[TM_LEG]);
	cr_assert_eq(f.last_change[TM_LEG], 2);
	cr_assert_eq(f.sessions_14, 1);
	cr_assert_str_eq(f.last_used, "quick-five");
	cr_assert_not(f.settled, "a day of 8 is not settled");
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.routine->id, "flare-up-gentle");
	coach_facts_free(&f);
}

Test(coach, todays_pain_is_the_worst_rating_of_the_day)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	entry(now - 4 * 3600, 8, 0);
	entry(now - 3600, 4, 0); /* the mean would be 6: no flare */
	struct coach_facts f = gather(now);
	cr_assert_eq(f.today[TM_LEG], 8);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "leg pain 8 today");
	coach_facts_free(&f);
}

Test(coach, a_new_user_in_pain_gets_the_gentle_routine_before_any_session)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	entry_full(now - 600, 8, -1, 0, ANSWER_NO, 0);
	struct coach_facts f = gather(now);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.routine->id, "flare-up-gentle");
	cr_assert_str_eq(a.reason, "back pain 8 today");
	coach_facts_free(&f);
}

Test(coach, back_pain_keeps_two_weeks_from_being_settled)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	for (int d = 30; d >= 0; d--) {
		entry_full(now - d * 86400 - 3600, 8, 0, 0, -1, 0);
		if (d < 14 && d % 3 != 0)
			session(now - d * 86400, "sciatica-morning", 0, 0, 1);
	}
	struct coach_facts f = gather(now);
	cr_assert_not(f.settled, "back pain 8 for weeks is not settled");
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	coach_facts_free(&f);
}

Test(coach, settled_weeks_are_read_from_the_diary)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	for (int d = 30; d >= 0; d--) {
		entry_full(now - d * 86400 - 3600, d > 14 ? 4 : 2, d > 14 ? 4 : 2, 0, -1, 0);
		if (d < 14 && d % 3 != 0)
			session(now - d * 86400, "sciatica-morning", 2, 2, 1);
	}
	struct coach_facts f = gather(now);
	cr_assert(f.settled);
	cr_assert_eq(f.settled_days, 14);
	cr_assert_eq(f.sessions_14, 9);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_STEP_UP);
	cr_assert_str_eq(a.routine->id, "evening-unwind");
	coach_facts_free(&f);
}

Test(coach, a_red_flag_stays_open_until_a_check_in_answers_none)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	bool open;
	unsigned flags;
	int64_t since;
	entry(now - 10 * 86400, 4, 1u << FLAG_SADDLE);
	entry(now - 9 * 86400, 4, 1u << FLAG_SADDLE | 1u << FLAG_BLADDER);
	/* Days later, an entry that leaves the question unanswered clears nothing. */
	entry(now - 3600, 3, 0);
	cr_assert_eq(coach_red_flag(db, now, &open, &flags, &since, &err), LB_OK);
	cr_assert(open);
	cr_assert_eq(flags, 1u << FLAG_SADDLE | 1u << FLAG_BLADDER);
	cr_assert_eq(since, now - 10 * 86400, "the date first ticked");
	struct coach_facts f = gather(now);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_RED_FLAG);
	coach_advice_free(&a);
	coach_facts_free(&f);
	/* An answered "none of these now" closes it. */
	entry_full(now - 60, -1, 3, 0, ANSWER_NO, 0);
	cr_assert_eq(coach_red_flag(db, now, &open, &flags, &since, &err), LB_OK);
	cr_assert_not(open);
	f = gather(now);
	coach_suggest(&f, &lib, &a);
	cr_assert_neq(a.why, COACH_RED_FLAG);
	coach_facts_free(&f);
}

Test(coach, see_a_gp_flags_never_gate_a_session)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	entry_full(now - 3600, 3, 3, 0, -1, 1u << GP_NIGHT | 1u << GP_FEVER);
	bool open;
	cr_assert_eq(coach_red_flag(db, now, &open, NULL, NULL, &err), LB_OK);
	cr_assert_not(open);
	struct coach_facts f = gather(now);
	coach_suggest(&f, &lib, &a);
	cr_assert_neq(a.why, COACH_RED_FLAG);
	coach_facts_free(&f);
}

Test(coach, a_routine_that_spread_symptoms_twice_in_three_is_read_from_the_diary)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	session_legs(now - 6 * 86400, "sciatica-morning", 4, 3, LEGS_CENTRALISED);
	session_legs(now - 5 * 86400, "quick-five", 4, 4, LEGS_SPREAD);
	session_legs(now - 4 * 86400, "quick-five", 4, 4, LEGS_SAME);
	session_legs(now - 3 * 86400, "quick-five", 4, 4, LEGS_SPREAD);
	struct coach_facts f = gather(now);
	cr_assert_eq(f.nspread, 1);
	cr_assert_str_eq(f.spread[0], "quick-five");
	cr_assert_str_eq(f.centralises, "sciatica-morning");
	coach_suggest(&f, &lib, &a);
	/* quick-five was done last, but it is dropped; the one that centralised is preferred. */
	cr_assert_eq(a.why, COACH_CENTRAL);
	cr_assert_str_eq(a.routine->id, "sciatica-morning");
	coach_advice_free(&a);
	free(f.centralises);
	f.centralises = NULL;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_NONE);
	cr_assert_str_eq(a.reason, "pick any routine (not quick-five: it spread leg symptoms in 2 "
				   "of its last 3 sessions)");
	coach_facts_free(&f);
}

/* A weekly function rating of two activities: score and score + 1. */
static void rate(time_t when, int score)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.activity[0] = xstrdup("walking to the shops");
	e.activity[1] = xstrdup("putting on socks");
	e.function[0] = score;
	e.function[1] = score + 1;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	diary_entry_free(&e);
}

Test(coach, doing_more_is_progress_while_the_routine_is_kept_on)
{
	struct coach_facts f = ordinary();
	f.function_gain = true;
	f.function_change = 3.0;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_PLAN);
	cr_assert_str_eq(a.reason, "today's plan; function up 3.0 points: keep going");
	coach_advice_free(&a);
	/* A bad day is still a bad day: the gentle routine, and no "keep going". */
	f.today[TM_LEG] = 8;
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_FLARE);
	cr_assert_str_eq(a.reason, "leg pain 8 today");
}

Test(coach, a_function_gain_with_flat_pain_is_read_from_the_diary)
{
	time_t now = fixture_local(2026, 11, 25, 12, 0);
	static const int score[] = {3, 3, 4, 4, 6, 6, 7, 7};
	for (int d = 55; d >= 0; d--)
		entry(now - d * 86400 - 3600, 5, 0);
	for (int w = 0; w < 8; w++)
		rate(now - (49 - 7 * w) * 86400 - 600, score[w]);
	session(now - 86400, "quick-five", 5, 5, 1);
	struct coach_facts f = gather(now);
	cr_assert_eq(f.verdict[TM_LEG].direction, DIR_UNCHANGED, "leg pain has not moved");
	cr_assert(f.function_gain);
	cr_assert_float_eq(f.function_change, 3.0, 1e-9);
	coach_suggest(&f, &lib, &a);
	cr_assert_eq(a.why, COACH_LAST);
	cr_assert_str_eq(a.reason, "the routine you did last; function up 3.0 points: keep going");
	coach_advice_free(&a);
	coach_facts_free(&f);
	/* Three weeks without a rating: the gain no longer speaks for now. */
	f = gather(now + 21 * 86400);
	cr_assert_not(f.function_gain);
	coach_facts_free(&f);
}
