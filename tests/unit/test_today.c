/* SPDX-License-Identifier: ISC */
/* test_today.c - today at a glance: sessions, streak, suggestion, what helps, recent */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "insight/today.h"

static char *tmp;
static struct diary *db;
static struct diags warn, err;
static struct today td;
static struct settings st;

static void setup(void)
{
	fixture_tz("Europe/London");
	tmp = fixture_tmpdir("today");
	db = fixture_diary(tmp, &warn, &err);
	settings_defaults(&st);
}

static void teardown(void)
{
	today_free(&td);
	settings_free(&st);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(today, .init = setup, .fini = teardown);

static time_t at(int mo, int d, int h)
{
	return fixture_local(2026, mo, d, h, 0);
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
	s.complete = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

Test(today, an_empty_diary)
{
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 12), &err), LB_OK);
	cr_assert_not(td.has_entry);
	cr_assert_eq(td.sessions_today + td.sessions_week + td.streak, 0);
	cr_assert_null(td.suggested);
	cr_assert_null(td.helps_title);
	cr_assert_eq(td.nrecent, 0);
}

Test(today, counts_streak_and_previews)
{
	/* Wed 25 Nov: sessions on 21, 22, 23, 24 and today; a preview on 20 does not count. */
	session(at(11, 20, 9), "quick-five", -1, -1, 10);
	for (int d = 21; d <= 25; d++)
		session(at(11, d, 8), "sciatica-morning", -1, -1, 1);
	session(at(11, 25, 18), "evening-unwind", -1, -1, 1);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 20), &err), LB_OK);
	cr_assert_eq(td.sessions_today, 2);
	cr_assert_eq(td.sessions_week, 4, "Monday 23 to today");
	cr_assert_eq(td.streak, 5);
	cr_assert_str_eq(td.suggested, "evening-unwind", "the last one used");
	cr_assert_not(td.from_plan);
}

Test(today, a_streak_survives_until_the_day_ends)
{
	session(at(11, 23, 8), "quick-five", -1, -1, 1);
	session(at(11, 24, 8), "quick-five", -1, -1, 1);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 7), &err), LB_OK);
	cr_assert_eq(td.streak, 2, "no session yet today: the streak still stands");
	today_free(&td);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 26, 7), &err), LB_OK);
	cr_assert_eq(td.streak, 0, "a whole day missed ends it");
}

Test(today, the_plan_wins_the_suggestion)
{
	session(at(11, 24, 8), "quick-five", -1, -1, 1);
	st.plan[3] = xstrdup("nerve-glide"); /* Wednesday */
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 12), &err), LB_OK);
	cr_assert_str_eq(td.suggested, "nerve-glide");
	cr_assert(td.from_plan);
}

Test(today, what_helps_needs_enough_rated_sessions)
{
	/* nerve-glide lowers leg pain by 2 over 3 sessions; quick-five by 3 but only twice. */
	for (int d = 16; d <= 18; d++)
		session(at(11, d, 8), "nerve-glide", 6, 4, 1);
	session(at(11, 19, 8), "quick-five", 7, 4, 1);
	session(at(11, 20, 8), "quick-five", 7, 4, 1);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 12), &err), LB_OK);
	cr_assert_str_eq(td.helps_title, "nerve-glide");
	cr_assert_float_eq(td.helps_delta, -2.0, 1e-9);
	cr_assert_eq(td.helps_sessions, 3);
}

Test(today, recent_is_newest_first_and_bounded)
{
	for (int d = 10; d <= 24; d++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = at(11, d, 8);
		e.leg = d % 10;
		if (d == 24)
			e.note = xstrdup("a note alone says something too");
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
		diary_entry_free(&e);
	}
	session(at(11, 24, 9), "quick-five", 5, 3, 1);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 12), &err), LB_OK);
	cr_assert_eq(td.nrecent, TODAY_RECENT);
	cr_assert(td.recent[0].session, "the session at 09:00 is the newest");
	cr_assert_eq(td.recent[0].before_leg, 5);
	cr_assert_eq(td.recent[1].at, at(11, 24, 8));
	cr_assert_str_eq(td.recent[1].note, "a note alone says something too");
	cr_assert_null(td.recent[2].note);
	cr_assert_eq(td.recent[4].at, at(11, 21, 8));
	cr_assert(td.has_entry);
	cr_assert_eq(td.last.leg, 4);
}

/* ---- today_suggest: which routine today's plan names, with its fallback ---- */

Test(today, suggest_takes_the_plan_of_the_local_weekday)
{
	bool from_plan = false;
	st.plan[3] = xstrdup("nerve-glide");  /* Wednesday */
	st.plan[4] = xstrdup("evening-unwind"); /* Thursday */
	cr_assert_str_eq(plan_suggest(&st, at(11, 25, 12), "quick-five", &from_plan),
			 "nerve-glide");
	cr_assert(from_plan);
	cr_assert_str_eq(plan_suggest(&st, at(11, 26, 0), NULL, &from_plan), "evening-unwind",
			 "a new day starts at local midnight");
}

Test(today, suggest_falls_back_to_the_last_routine)
{
	bool from_plan = true;
	st.plan[4] = xstrdup("nerve-glide"); /* Thursday only */
	cr_assert_str_eq(plan_suggest(&st, at(11, 25, 23), "quick-five", &from_plan),
			 "quick-five", "Wednesday has no plan");
	cr_assert_not(from_plan);
}

Test(today, suggest_without_plan_or_history_is_null)
{
	bool from_plan = true;
	cr_assert_null(plan_suggest(&st, at(11, 25, 12), NULL, &from_plan));
	cr_assert_not(from_plan);
}

Test(today, suggest_uses_local_time_not_utc)
{
	/* 00:30 on Thursday 26 Nov in Auckland is still Wednesday in UTC. */
	setenv("TZ", "Pacific/Auckland", 1);
	tzset();
	bool from_plan;
	st.plan[3] = xstrdup("nerve-glide");    /* Wednesday */
	st.plan[4] = xstrdup("evening-unwind"); /* Thursday */
	cr_assert_str_eq(plan_suggest(&st, at(11, 26, 0) + 1800, NULL, &from_plan),
			 "evening-unwind");
}

Test(today, last_routine_is_the_newest_real_session)
{
	char *id = NULL;
	cr_assert_eq(plan_last_routine(db, at(11, 25, 12), &id, &err), LB_OK);
	cr_assert_null(id, "no sessions yet");
	session(at(11, 23, 8), "nerve-glide", -1, -1, 1);
	session(at(11, 24, 8), "quick-five", -1, -1, 1);
	session(at(11, 24, 9), "evening-unwind", -1, -1, 5); /* a preview */
	cr_assert_eq(plan_last_routine(db, at(11, 25, 12), &id, &err), LB_OK);
	cr_assert_str_eq(id, "quick-five", "previews do not count");
	free(id);
	cr_assert_eq(plan_last_routine(NULL, at(11, 25, 12), &id, &err), LB_OK);
	cr_assert_null(id, "no diary, no history");
}

Test(today, compute_and_run_agree_on_the_suggestion)
{
	session(at(11, 24, 8), "quick-five", -1, -1, 1);
	char *last = NULL;
	bool from_plan;
	cr_assert_eq(plan_last_routine(db, at(11, 25, 12), &last, &err), LB_OK);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 12), &err), LB_OK);
	cr_assert_str_eq(plan_suggest(&st, at(11, 25, 12), last, &from_plan), td.suggested);
	cr_assert_eq(from_plan, td.from_plan);
	free(last);
}

Test(today, a_future_entry_never_hides_a_red_flag_logged_since)
{
	/* Typed with the wrong date, two days ahead... */
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = at(11, 27, 9);
	e.leg = 2;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	diary_entry_free(&e);
	/* ...then, today, a red flag. */
	diary_entry_init(&e);
	e.at = at(11, 25, 8);
	e.leg = 7;
	e.flags = 1u << FLAG_SADDLE;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	diary_entry_free(&e);
	cr_assert_eq(today_compute(&td, db, &st, at(11, 25, 12), &err), LB_OK);
	cr_assert(td.has_entry);
	cr_assert_eq(td.last.leg, 7, "the last entry is the last up to now");
	cr_assert_neq(td.last.flags, 0u, "and its red flag shows");
}
