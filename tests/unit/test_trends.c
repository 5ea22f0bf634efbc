/* SPDX-License-Identifier: ISC */
/* test_trends.c - aggregation: days, gaps, averages, weeks across DST, routines, change */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "insight/trends.h"

static char *tmp;
static struct diary *db;
static struct diags warn, err;
static struct trends t;

static void setup(void)
{
	fixture_tz("Europe/London");
	tmp = fixture_tmpdir("trends");
	db = fixture_diary(tmp, &warn, &err);
}

static void teardown(void)
{
	trends_free(&t);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(trends, .init = setup, .fini = teardown);

/* Local time for a wall clock in the test's zone. */
static time_t at(int y, int mo, int d, int h, int mi)
{
	return fixture_local(y, mo, d, h, mi);
}

static void entry(time_t when, int back, int leg, unsigned symptoms)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.back = back;
	e.leg = leg;
	e.symptoms = symptoms;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
}

static void session(time_t when, const char *routine, int minutes, int bb, int bl, int ab, int al,
		    double speed)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(routine);
	s.title = xstrdup(routine);
	s.started = when;
	s.ended = when + minutes * 60;
	s.before_back = bb;
	s.before_leg = bl;
	s.after_back = ab;
	s.after_leg = al;
	s.speed = speed;
	s.complete = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

Test(trends, window_is_whole_local_weeks_ending_this_week)
{
	/* Wednesday 25 Nov 2026; weeks start on Monday: 16 Nov .. 29 Nov, two weeks. */
	cr_assert_eq(trends_compute(&t, db, 2, 0, WEEK_MONDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	cr_assert_eq(t.from, at(2026, 11, 16, 0, 0));
	cr_assert_eq(t.to, at(2026, 11, 30, 0, 0));
	cr_assert_eq(t.ndays, 14);
	cr_assert_eq(t.nweeks, 2);
	trends_free(&t);
	/* Weeks starting on Sunday: 15 Nov .. 28 Nov. */
	cr_assert_eq(trends_compute(&t, db, 2, 0, WEEK_SUNDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	cr_assert_eq(t.from, at(2026, 11, 15, 0, 0));
	cr_assert_eq(trends_week_start(at(2026, 11, 29, 23, 0), WEEK_SUNDAY), at(2026, 11, 29, 0, 0));
	cr_assert_eq(trends_week_start(at(2026, 11, 29, 23, 0), WEEK_MONDAY), at(2026, 11, 23, 0, 0));
}

Test(trends, days_average_and_gaps_stay_gaps)
{
	entry(at(2026, 11, 16, 8, 0), 2, 6, 0);
	entry(at(2026, 11, 16, 20, 0), 4, 8, 0);
	entry(at(2026, 11, 18, 9, 0), -1, 3, 0); /* leg only */
	cr_assert_eq(trends_compute(&t, db, 2, 0, WEEK_MONDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	cr_assert_float_eq(trends_day_mean(&t, 0, TM_BACK), 3.0, 1e-9);
	cr_assert_float_eq(trends_day_mean(&t, 0, TM_LEG), 7.0, 1e-9);
	cr_assert(isnan(trends_day_mean(&t, 1, TM_LEG)), "a day without entries is a gap, not 0");
	cr_assert(isnan(trends_day_mean(&t, 2, TM_BACK)), "no back rating that day");
	cr_assert_float_eq(trends_day_mean(&t, 2, TM_LEG), 3.0, 1e-9);
	/* The 7-day average counts the days that have ratings: (7 + 3) / 2. */
	cr_assert_float_eq(trends_moving_avg(&t, 6, TM_LEG), 5.0, 1e-9);
	/* Day 13 looks back over days 7..13, all empty. */
	cr_assert(isnan(trends_moving_avg(&t, 13, TM_LEG)));
	cr_assert_eq(t.entries, 3);
}

Test(trends, weeks_count_means_maxima_symptoms_sessions)
{
	entry(at(2026, 11, 16, 8, 0), 2, 6, 1u << SYM_TINGLING);
	entry(at(2026, 11, 17, 8, 0), 5, 9, (1u << SYM_TINGLING) | (1u << SYM_NUMBNESS));
	entry(at(2026, 11, 24, 8, 0), 1, 2, 1u << SYM_BURNING);
	session(at(2026, 11, 17, 9, 0), "sciatica-morning", 12, 5, 9, 4, 6, 1);
	session(at(2026, 11, 18, 9, 0), "sciatica-morning", 10, 3, 7, 3, 5, 1);
	session(at(2026, 11, 19, 9, 0), "quick-five", 5, -1, 4, -1, 4, 1);
	session(at(2026, 11, 19, 10, 0), "quick-five", 1, 9, 9, 0, 0, 50); /* a preview */
	cr_assert_eq(trends_compute(&t, db, 2, 0, WEEK_MONDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	const struct trends_week *w = &t.week[0];
	cr_assert_eq(w->entries, 2);
	/* Entries 6 and 9, and the sessions' ratings before (9, 7, 4), not after. */
	cr_assert_float_eq(trends_week_mean(w, TM_LEG), 7.0, 1e-9);
	cr_assert_eq(w->n[TM_BACK], 4, "a session without a back rating adds none");
	cr_assert_eq(w->max[TM_LEG], 9);
	cr_assert_eq(w->max[TM_BACK], 5);
	cr_assert_eq(trends_week_top_symptom(w), SYM_TINGLING);
	cr_assert_eq(w->sessions, 3, "the preview is left out");
	cr_assert_eq(w->seconds, (12 + 10 + 5) * 60);
	cr_assert_eq(t.previews, 1);
	cr_assert_eq(t.week[1].entries, 1);
	cr_assert_eq(trends_week_top_symptom(&t.week[1]), SYM_BURNING);
	/* Per routine: the average change from before to after, where both were rated. */
	cr_assert_eq(t.nroutines, 2);
	const struct trends_routine *r = strcmp(t.routine[0].id, "sciatica-morning") == 0
						 ? &t.routine[0]
						 : &t.routine[1];
	cr_assert_eq(r->sessions, 2);
	cr_assert_eq(r->delta_n[TM_LEG], 2);
	struct stats_paired p;
	trends_routine_effect(r, TM_LEG, &p);
	cr_assert_float_eq(p.mean, -2.5, 1e-9);
	trends_routine_effect(r, TM_BACK, &p);
	cr_assert_float_eq(p.mean, -0.5, 1e-9);
	const struct trends_routine *q = r == &t.routine[0] ? &t.routine[1] : &t.routine[0];
	cr_assert_eq(q->delta_n[TM_BACK], 0, "no back rating, no back change");
	cr_assert_eq(q->delta_n[TM_LEG], 1);
}

Test(trends, days_follow_local_midnight_across_dst)
{
	/* Week of Monday 23 Mar 2026 .. 5 Apr: clocks go forward on Sunday 29 Mar. */
	entry(at(2026, 3, 28, 23, 30), 3, 3, 0); /* Saturday, late */
	entry(at(2026, 3, 30, 0, 30), 7, 7, 0);	 /* Monday, just after midnight BST */
	cr_assert_eq(trends_compute(&t, db, 2, 0, WEEK_MONDAY, at(2026, 4, 1, 12, 0), &err), LB_OK);
	cr_assert_eq(t.from, at(2026, 3, 23, 0, 0));
	cr_assert_eq(t.days[6].start, at(2026, 3, 29, 0, 0));
	cr_assert_eq(t.days[7].start - t.days[6].start, 23 * 3600, "the short day");
	cr_assert_float_eq(trends_day_mean(&t, 5, TM_LEG), 3.0, 1e-9, "Saturday keeps its entry");
	cr_assert_float_eq(trends_day_mean(&t, 7, TM_LEG), 7.0, 1e-9, "Monday after the change");
	cr_assert_eq(t.week[0].entries, 1);
	cr_assert_eq(t.week[1].entries, 1);
	trends_free(&t);
	/* Autumn: 25 Oct 2026 is 25 hours long; an entry at 23:30 stays on that day. */
	entry(at(2026, 10, 25, 23, 30), 5, 5, 0);
	cr_assert_eq(trends_compute(&t, db, 1, 0, WEEK_MONDAY, at(2026, 10, 25, 12, 0), &err), LB_OK);
	cr_assert_eq(t.days[6].start, at(2026, 10, 25, 0, 0));
	cr_assert_eq(t.to - t.days[6].start, 25 * 3600);
	cr_assert_float_eq(trends_day_mean(&t, 6, TM_LEG), 5.0, 1e-9);
}

Test(trends, moving_back_in_time)
{
	entry(at(2026, 11, 2, 8, 0), 4, 4, 0);
	cr_assert_eq(trends_compute(&t, db, 1, 3, WEEK_MONDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	cr_assert_eq(t.from, at(2026, 11, 2, 0, 0), "three weeks back");
	cr_assert_eq(t.entries, 1);
}

Test(trends, one_week_of_ratings_says_nothing_about_change)
{
	entry(at(2026, 11, 24, 8, 0), 2, 6, 0);
	cr_assert_eq(trends_compute(&t, db, 8, 0, WEEK_MONDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	struct stats_verdict v;
	trends_verdict(&t, TM_LEG, &v, NULL);
	cr_assert_eq(v.direction, DIR_UNKNOWN);
	cr_assert_eq(v.days_needed, 26, "until a window from the first rating ends before the last two weeks");
}

Test(trends, verdict_counts_days_up_to_today_and_session_ratings)
{
	/* Up to today: leg 7 falling to 3; the last 12 days only from sessions' before ratings. */
	time_t d0 = at(2026, 10, 5, 9, 0);
	for (int i = 0; i < 54; i++) {
		int leg = 7 - (4 * i) / 53;
		time_t when = timefmt_add_days(d0, i);
		if (i < 42)
			entry(when, 2, leg, 0);
		else
			session(when, "quick-five", 5, -1, leg, -1, leg + 3, 1);
	}
	/* Today is Friday 27 November, day 53: the last days of the week have not come. */
	cr_assert_eq(trends_compute(&t, db, 8, 0, WEEK_MONDAY, at(2026, 11, 27, 12, 0), &err), LB_OK);
	cr_assert_eq(t.today, 53);
	struct stats_verdict v;
	int64_t since;
	trends_verdict(&t, TM_LEG, &v, &since);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert_eq(v.recent_days, 14, "sessions' before ratings count as pain");
	cr_assert_lt(v.recent, 4.5, "the after ratings (3 higher) are left out");
	cr_assert_eq(since, at(2026, 10, 5, 0, 0));
	/* The routine made leg pain 3 worse every time. */
	struct stats_paired p;
	trends_routine_effect(&t.routine[0], TM_LEG, &p);
	cr_assert_eq(p.effect, EFFECT_WORSE);
	cr_assert_eq(p.n, 12);
	trends_routine_effect(&t.routine[0], TM_BACK, &p);
	cr_assert_eq(p.effect, EFFECT_TOO_FEW);
}

Test(trends, sitting_and_sleep_beside_leg_pain)
{
	/* Three weeks: the longer one could sit, the less the leg hurt; sleep says nothing. */
	time_t d0 = at(2026, 11, 2, 9, 0);
	for (int i = 0; i < 21; i++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = timefmt_add_days(d0, i);
		e.leg = 2 + i % 6;
		e.sitting = 120 - 15 * (i % 6) + (i % 2) * 5;
		e.sleep = 5;
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	}
	cr_assert_eq(trends_compute(&t, db, 4, 0, WEEK_MONDAY, at(2026, 11, 25, 12, 0), &err), LB_OK);
	struct stats_assoc a;
	trends_assoc(&t, TO_SITTING, &a);
	cr_assert(a.known);
	cr_assert_eq(a.n, 21, "days up to today with both");
	cr_assert_lt(a.r, -0.9);
	trends_assoc(&t, TO_SLEEP, &a);
	cr_assert_not(a.known, "no spread in sleep: nothing to say");
}

Test(trends, verdict_across_both_clock_changes_counts_each_day_once)
{
	/* Europe/London (the suite's zone): 29 Mar and 25 Oct 2026 change the clocks. */
	time_t first = at(2026, 3, 16, 23, 30), last = at(2026, 10, 25, 23, 30);
	for (int i = 0; i < 14; i++)
		entry(timefmt_add_days(first, i), 2, 7, 0); /* late evenings, across the spring change */
	for (int i = 13; i >= 0; i--)
		entry(timefmt_add_days(last, -i), 2, 3, 0); /* and across the autumn change */
	cr_assert_eq(trends_compute(&t, db, 33, 0, WEEK_MONDAY, at(2026, 10, 26, 12, 0), &err),
		     LB_OK);
	struct stats_verdict v;
	trends_verdict(&t, TM_LEG, &v, NULL);
	cr_assert_eq(v.first_days, 14, "no day lost or doubled in spring");
	cr_assert_eq(v.recent_days, 13, "the last 14 days end today, 26 Oct, not yet rated");
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert_float_eq(v.change, -4.0, 1e-9);
}

Test(trends, a_diary_of_sessions_only_has_a_verdict)
{
	time_t d0 = at(2026, 10, 1, 18, 0);
	for (int i = 0; i < 50; i++)
		session(timefmt_add_days(d0, i), "quick-five", 10, 3, i < 25 ? 6 : 3, 2, 2, 1);
	cr_assert_eq(trends_compute(&t, db, 8, 0, WEEK_MONDAY, at(2026, 11, 20, 12, 0), &err), LB_OK);
	cr_assert_eq(t.entries, 0);
	struct stats_verdict v;
	trends_verdict(&t, TM_LEG, &v, NULL);
	cr_assert_eq(v.direction, DIR_BETTER, "the ratings before sessions are pain data");
	trends_verdict(&t, TM_BACK, &v, NULL);
	cr_assert_eq(v.direction, DIR_UNCHANGED);
}

Test(trends, whole_days_from_since_to_until)
{
	/* 10 days, Wednesday 18 Nov .. Friday 27 Nov 2026, across no week start. */
	entry(at(2026, 11, 17, 23, 59), 9, 9, 0); /* the day before: out */
	entry(at(2026, 11, 18, 0, 0), 2, 4, 0);
	entry(at(2026, 11, 27, 23, 0), 3, 6, 0);
	entry(at(2026, 11, 28, 0, 0), 9, 9, 0); /* the day after: out */
	session(at(2026, 11, 19, 9, 0), "quick-five", 5, -1, 5, -1, 3, 1);
	session(at(2026, 11, 19, 18, 0), "quick-five", 5, -1, 5, -1, 4, 1);
	cr_assert_eq(trends_compute_days(&t, db, at(2026, 11, 18, 15, 0), at(2026, 11, 28, 0, 0),
					 at(2026, 11, 25, 12, 0), &err),
		     LB_OK);
	cr_assert_eq(t.from, at(2026, 11, 18, 0, 0), "from the start of the day");
	cr_assert_eq(t.to, at(2026, 11, 28, 0, 0));
	cr_assert_eq(t.ndays, 10);
	cr_assert_eq(t.nweeks, 2, "a week of 7 days from the first, then one of 3");
	cr_assert_eq(t.weeks, 2);
	cr_assert_eq(t.week[1].start, at(2026, 11, 25, 0, 0));
	cr_assert_eq(t.entries, 2);
	cr_assert_eq(t.week[1].entries, 1);
	cr_assert_eq(t.week[1].max[TM_LEG], 6);
	cr_assert_eq(t.today, 7, "now is the eighth day");
	cr_assert_eq(t.days[1].sessions, 2, "sessions are counted by day too");
	cr_assert_eq(t.days[0].sessions, 0);
}

Test(trends, whole_days_in_the_past_end_today_at_the_last)
{
	cr_assert_eq(trends_compute_days(&t, db, at(2026, 3, 1, 0, 0), at(2026, 4, 1, 0, 0),
					 at(2026, 11, 25, 12, 0), &err),
		     LB_OK);
	/* March 2026 across the clock change: 31 local days. */
	cr_assert_eq(t.ndays, 31);
	cr_assert_eq(t.days[30].start, at(2026, 3, 31, 0, 0));
	cr_assert_eq(t.today, 30);
}
