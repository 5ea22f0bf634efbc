/* SPDX-License-Identifier: ISC */
/* test_report_data.c - what the report gathers: period, places, medication, red flags, notes */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "insight/report_data.h"
#include "insight/report_text.h"

static char *tmp;
static struct diary *db;
static struct diags warn, err;
static struct report_data d;

static void setup(void)
{
	fixture_tz("Europe/London");
	tmp = fixture_tmpdir("report-data");
	db = fixture_diary(tmp, &warn, &err);
}

static void teardown(void)
{
	report_data_free(&d);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(report_data, .init = setup, .fini = teardown);

static time_t at(int y, int mo, int day, int h, int mi)
{
	return fixture_local(y, mo, day, h, mi);
}

/* An entry with the fields the report reads beyond the ratings. */
static void entry(time_t when, int leg, unsigned where, unsigned symptoms, unsigned flags,
		  int sitting, int sleep, const char *meds, const char *note)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.back = 2;
	e.leg = leg;
	e.where = where;
	e.symptoms = symptoms;
	e.flags = flags;
	e.sitting = sitting;
	e.sleep = sleep;
	e.meds = meds ? xstrdup(meds) : NULL;
	e.note = note ? xstrdup(note) : NULL;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	diary_entry_free(&e);
}

/* A session of routine with leg pain before and after, played or logged afterwards. */
static void rated_session(time_t when, const char *routine, int before, int after, bool away)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(routine);
	s.title = xstrdup(routine);
	s.started = when;
	s.ended = when + 600;
	s.before_leg = before;
	s.after_leg = after;
	s.speed = 1;
	s.complete = true;
	s.away = away;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

static void session(time_t when)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.title = xstrdup("Quick five");
	s.started = when;
	s.ended = when + 300;
	s.before_leg = 5;
	s.after_leg = 3;
	s.speed = 1;
	s.complete = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

#define BIT(k) (1u << (k))

/* A week of entries from Monday 16 Nov 2026 (now: Wednesday 25 Nov, weeks from Monday). */
static void week(void)
{
	entry(at(2026, 11, 16, 8, 0), 6, BIT(LOC_LOWER_BACK) | BIT(LOC_THIGH_LEFT),
	      BIT(SYM_TINGLING), 0, 30, 4, "ibuprofen 200 mg, Paracetamol 500 mg", "stiff morning");
	entry(at(2026, 11, 17, 8, 0), 7, BIT(LOC_THIGH_LEFT) | BIT(LOC_CALF_LEFT),
	      BIT(SYM_TINGLING) | BIT(SYM_NUMBNESS), BIT(FLAG_SADDLE) | BIT(FLAG_BLADDER), 20, -1,
	      "paracetamol 500 mg; amitriptyline 10 mg", NULL);
	entry(at(2026, 11, 18, 8, 0), 5, 0, 0, 0, -1, 6, " ibuprofen 200 mg ,,", "τα πόδια 痛い");
	entry(at(2026, 11, 24, 8, 0), 4, BIT(LOC_FOOT_RIGHT), 0, BIT(FLAG_BOTH_LEGS), 60, 8, NULL,
	      NULL);
	session(at(2026, 11, 17, 18, 0));
}

static enum lb_status gather_weeks(int weeks, bool notes)
{
	struct report_period p = {.weeks = weeks};
	return report_data_gather(&d, db, &p, WEEK_MONDAY, notes, at(2026, 11, 25, 12, 0), &err);
}

Test(report_data, the_last_weeks_are_the_trends_window)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.t.from, at(2026, 11, 16, 0, 0));
	cr_assert_eq(d.t.nweeks, 2);
	cr_assert_eq(d.t.entries, 4);
	cr_assert_eq(d.t.sessions, 1);
	cr_assert_eq(d.made, at(2026, 11, 25, 12, 0));
	cr_assert_not(report_data_empty(&d));
	cr_assert_eq(report_data_days(&d), 4);
}

Test(report_data, places_and_symptoms_are_counted_by_entry)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.where[LOC_THIGH_LEFT], 2);
	cr_assert_eq(d.where[LOC_LOWER_BACK], 1);
	cr_assert_eq(d.where[LOC_CALF_LEFT], 1);
	cr_assert_eq(d.where[LOC_FOOT_RIGHT], 1);
	cr_assert_eq(d.where[LOC_THIGH_RIGHT], 0);
	cr_assert_eq(d.with_where, 3);
	int sym[SYM_COUNT];
	report_data_symptoms(&d, sym);
	cr_assert_eq(sym[SYM_TINGLING], 2);
	cr_assert_eq(sym[SYM_NUMBNESS], 1);
	cr_assert_eq(sym[SYM_BURNING], 0);
	cr_assert_eq(d.with_symptoms, 2);
}

Test(report_data, medication_items_with_first_and_last_dates)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nmeds, 3, "items split at commas and semicolons; blanks dropped");
	cr_assert_str_eq(d.med[0].name, "ibuprofen 200 mg");
	cr_assert_eq(d.med[0].first, at(2026, 11, 16, 8, 0));
	cr_assert_eq(d.med[0].last, at(2026, 11, 18, 8, 0));
	cr_assert_eq(d.med[0].entries, 2);
	cr_assert_str_eq(d.med[1].name, "Paracetamol 500 mg", "as first written");
	cr_assert_eq(d.med[1].entries, 2, "case aside, the same medication");
	cr_assert_eq(d.med[1].last, at(2026, 11, 17, 8, 0));
	cr_assert_str_eq(d.med[2].name, "amitriptyline 10 mg");
	cr_assert_eq(d.med[2].first, d.med[2].last);
}

Test(report_data, every_red_flag_with_its_time)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nflags, 2);
	cr_assert_eq(d.flag[0].at, at(2026, 11, 17, 8, 0));
	cr_assert_eq(d.flag[0].flags, BIT(FLAG_SADDLE) | BIT(FLAG_BLADDER));
	cr_assert_eq(d.flag[1].flags, BIT(FLAG_BOTH_LEGS));
}

Test(report_data, notes_only_when_asked)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nnotes, 0, "no free text without --notes");
	report_data_free(&d);
	cr_assert_eq(gather_weeks(2, true), LB_OK);
	cr_assert_eq(d.nnotes, 2);
	cr_assert_eq(d.note[0].at, at(2026, 11, 16, 8, 0));
	cr_assert_str_eq(d.note[1].text, "τα πόδια 痛い");
}

Test(report_data, sitting_and_sleep_by_week_and_period)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	int n;
	cr_assert_float_eq(report_data_week_other(&d, 0, TO_SITTING, &n), 25.0, 1e-9);
	cr_assert_eq(n, 2);
	cr_assert_float_eq(report_data_week_other(&d, 0, TO_SLEEP, &n), 5.0, 1e-9);
	cr_assert_float_eq(report_data_week_other(&d, 1, TO_SITTING, &n), 60.0, 1e-9);
	cr_assert_float_eq(report_data_other(&d, 0, d.t.ndays, TO_SLEEP, &n), 6.0, 1e-9);
	cr_assert_eq(n, 3);
}

Test(report_data, since_until_are_whole_days)
{
	week();
	struct report_period p = {.from = at(2026, 11, 17, 0, 0), .to = at(2026, 11, 18, 0, 0)};
	cr_assert_eq(report_data_gather(&d, db, &p, WEEK_MONDAY, true, at(2026, 11, 25, 12, 0),
					&err),
		     LB_OK);
	cr_assert_eq(d.t.ndays, 1);
	cr_assert_eq(d.t.entries, 1);
	cr_assert_eq(d.t.sessions, 1);
	cr_assert_eq(d.nflags, 1);
	cr_assert_eq(d.nnotes, 0, "the note of the 17th is empty");
	cr_assert_eq(d.nmeds, 2);
}

Test(report_data, an_empty_period_and_no_diary)
{
	cr_assert_eq(gather_weeks(8, true), LB_OK);
	cr_assert(report_data_empty(&d));
	cr_assert_eq(report_data_days(&d), 0);
	int n = -1;
	cr_assert(isnan(report_data_other(&d, 0, d.t.ndays, TO_SITTING, &n)));
	cr_assert_eq(n, 0);
	report_data_free(&d);
	struct report_period p = {.weeks = 8};
	cr_assert_eq(report_data_gather(&d, NULL, &p, WEEK_MONDAY, false, at(2026, 11, 25, 12, 0),
					&err),
		     LB_OK);
	cr_assert(report_data_empty(&d));
	cr_assert_eq(d.t.nweeks, 8);
}

/* Five weeks to 25 Nov 2026: pain leaving the calf and foot, sessions played and logged. */
static void five_weeks(void)
{
	for (int i = 0; i < 35; i++) {
		time_t t = at(2026, 10, 22, 8, 0) + (time_t)i * 86400;
		unsigned where = i < 14 ? BIT(LOC_THIGH_LEFT) | BIT(LOC_CALF_LEFT) | BIT(LOC_FOOT_LEFT)
					: BIT(LOC_LOWER_BACK) | BIT(LOC_BUTTOCK_LEFT);
		int leg = 7 - i / 6;
		entry(t, leg, where, 0, 0, 70 - 8 * leg, 6, NULL, NULL);
		if (i % 4 == 0)
			rated_session(t + 3600, "sciatica-morning", leg, leg - 1 - i % 3, i % 8 == 0);
		if (i % 7 == 0)
			rated_session(t + 7200, "desk-break", 4, 3, false);
	}
}

Test(report_data, played_and_logged_sessions_are_counted_apart)
{
	five_weeks();
	cr_assert_eq(gather_weeks(6, false), LB_OK);
	cr_assert_eq(d.t.sessions, 14);
	cr_assert_eq(d.t.away, 5);
	char *s = report_text_summary(&d);
	cr_assert(strstr(s, "Stretching: 9 sessions played in limber and 5 done away from the "
			    "screen and logged afterwards; "),
		  "%s", s);
	free(s);
}

Test(report_data, places_in_the_first_and_last_two_weeks)
{
	/* Entries start on 22 Oct, a week into the period: the first window starts there. */
	five_weeks();
	cr_assert_eq(gather_weeks(6, false), LB_OK);
	const struct report_places *pl = &d.places;
	cr_assert(pl->apart);
	cr_assert_eq(d.t.days[pl->from[REPORT_FIRST]].start, at(2026, 10, 22, 0, 0));
	cr_assert_eq(pl->to[REPORT_FIRST] - pl->from[REPORT_FIRST], 14);
	cr_assert_eq(pl->where[REPORT_FIRST][LOC_FOOT_LEFT], 14);
	cr_assert_eq(pl->where[REPORT_LAST][LOC_FOOT_LEFT], 0);
	cr_assert_eq(pl->where[REPORT_LAST][LOC_BUTTOCK_LEFT], 14);
	char *s = report_text_places(&d);
	cr_assert_str_eq(s, "Pain below the knee (calf or foot): 14 of 14 entries noting a place "
			    "(100%) in the first two weeks, 0 of 14 (0%) in the last two: the pain "
			    "has moved up the leg (centralising).");
	free(s);
}

Test(report_data, places_over_time_need_four_weeks)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_not(d.places.apart);
	cr_assert_null(report_text_places(&d));
}

Test(report_data, pain_spreading_down_the_leg_is_said)
{
	for (int i = 0; i < 28; i++)
		entry(at(2026, 10, 29, 8, 0) + (time_t)i * 86400, 5,
		      i < 14 ? BIT(LOC_BUTTOCK_LEFT) : BIT(LOC_CALF_LEFT), 0, 0, -1, -1, NULL, NULL);
	cr_assert_eq(gather_weeks(5, false), LB_OK);
	char *s = report_text_places(&d);
	cr_assert(strstr(s, "0 of 14 entries noting a place (0%) in the first two weeks, 14 of 14 "
			    "(100%) in the last two: the pain has spread further down the leg "
			    "(peripheralising)."),
		  "%s", s);
	free(s);
}

Test(report_data, intervals_are_named_and_never_zero_width)
{
	five_weeks();
	cr_assert_eq(gather_weeks(6, false), LB_OK);
	cr_assert_eq(d.t.nroutines, 2);
	const struct trends_routine *morning = &d.t.routine[0], *desk = &d.t.routine[1];
	cr_assert_str_eq(desk->id, "desk-break");
	char *s = report_text_effect(desk, TM_LEG);
	cr_assert_str_eq(s, "all 5 sessions: −1, lower after each", "identical ratings");
	free(s);
	s = report_text_effect(morning, TM_LEG);
	cr_assert(strstr(s, " (95% interval −") && strstr(s, "): lower after"), "%s", s);
	free(s);
	s = report_text_effect(morning, TM_BACK);
	cr_assert_str_eq(s, "not rated");
	free(s);
	s = report_text_verdict(&d, TM_LEG);
	cr_assert(strstr(s, "Leg pain fell from ") && strstr(s, " points (95% interval −") &&
			  strstr(s, "a clinically important change."),
		  "%s", s);
	free(s);
	s = report_text_verdict(&d, TM_BACK);
	cr_assert_str_eq(s, "Back pain: 2 on every rated day of the first two weeks, 2 on every "
			    "rated day of the last two.");
	free(s);
}

Test(report_data, too_few_sessions_are_not_judged)
{
	rated_session(at(2026, 11, 20, 18, 0), "quick-five", 5, 4, false);
	rated_session(at(2026, 11, 21, 18, 0), "quick-five", 5, 4, true);
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	char *s = report_text_effect(&d.t.routine[0], TM_LEG);
	cr_assert_str_eq(s, "−1 from 2 rated sessions: too few to judge");
	free(s);
	s = report_text_summary(&d);
	cr_assert(strstr(s, "1 session played in limber and 1 done away"), "%s", s);
	free(s);
}

Test(report_data, sitting_is_worded_for_a_clinician)
{
	five_weeks();
	cr_assert_eq(gather_weeks(6, false), LB_OK);
	char *s = report_text_assoc(&d, TO_SITTING);
	cr_assert_not_null(s);
	cr_assert(strstr(s, "Sitting tolerance was higher on days with lower leg pain (r = −"),
		  "%s", s);
	cr_assert_null(strstr(s, "you"), "%s", s);
	free(s);
	cr_assert_null(report_text_assoc(&d, TO_SLEEP), "sleep did not vary: no link");
}

/* Weekly function ratings from Monday 5 Oct 2026 at 19:00: two activities, r and r + 1. */
static void function_weeks(void)
{
	static const int r[] = {3, 3, 4, 4, 6, 6, 7, 7};
	for (int w = 0; w < 8; w++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = at(2026, 10, 5 + 7 * w, 19, 0); /* mktime carries the day into November */
		e.activity[0] = xstrdup("sitting through a film");
		e.activity[1] = xstrdup("putting on socks");
		e.function[0] = r[w];
		e.function[1] = r[w] + 1;
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
		diary_entry_free(&e);
	}
}

Test(report_data, function_beside_pain_in_a_clinicians_words)
{
	function_weeks();
	cr_assert_eq(gather_weeks(8, false), LB_OK);
	cr_assert_eq(d.fn_verdict.direction, DIR_BETTER);
	cr_assert(d.fn_verdict.meaningful);
	cr_assert_eq(d.fn_rated, 8);
	cr_assert_eq(d.nact, 2);
	cr_assert_str_eq(d.act[1].name, "putting on socks");
	cr_assert_eq(d.act[1].first, 4);
	cr_assert_eq(d.act[1].latest, 8);
	cr_assert_eq(d.act[1].first_at, at(2026, 10, 5, 19, 0));
	cr_assert_eq(d.act[1].ratings, 8);
	cr_assert_float_eq(report_data_week_function(&d, 0), 3.5, 1e-9);
	cr_assert_float_eq(report_data_week_function(&d, 7), 7.5, 1e-9);
	char *s = report_text_function(&d);
	cr_assert(strncmp(s, "Function better \u2014 rose from 4.0 to 7.0 of 10: +3.0 points (95% "
			     "interval +",
			  strlen("Function better \u2014 rose from 4.0 to 7.0 of 10: +3.0 points "
				 "(95% interval +")) == 0,
		  "%s", s);
	cr_assert(strstr(s, "); a clinically important change. The first 4 weekly ratings (from "
			    "5 Oct 2026) against the last 4 (to 23 Nov 2026)."),
		  "%s", s);
	free(s);
}

Test(report_data, a_past_period_judges_function_by_the_ratings_until_its_end)
{
	function_weeks();
	struct report_period p = {.from = at(2026, 10, 5, 0, 0), .to = at(2026, 10, 26, 0, 0)};
	cr_assert_eq(report_data_gather(&d, db, &p, WEEK_MONDAY, false, at(2026, 11, 25, 12, 0),
					&err),
		     LB_OK);
	cr_assert_eq(d.fn_verdict.direction, DIR_UNKNOWN);
	char *s = report_text_function(&d);
	cr_assert_str_eq(s, "Function: too few weekly ratings to compare the first with the last "
			    "(1 more needed); latest score 4.5 of 10 (19 Oct 2026).");
	free(s);
}

Test(report_data, no_activity_named_no_function_sentence)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nact, 0);
	cr_assert_null(report_text_function(&d));
	cr_assert(isnan(report_data_week_function(&d, 0)));
}
