/* SPDX-License-Identifier: ISC */
/* test_remind.c - what a reminder says: morning, evening, after a red flag; from a diary */
#include "config.h"

#include <criterion/criterion.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "fixture.h"
#include "insight/remind.h"

static struct remind_msg m;

static void done(void)
{
	remind_msg_free(&m);
}

TestSuite(remind, .fini = done);

/* A morning with a routine to suggest and leg pain down 2.2 points this month. */
static struct remind_facts morning(void)
{
	struct remind_facts f = {
	    .slot = REMIND_MORNING,
	    .why = COACH_LAST,
	    .routine = "sciatica-morning",
	    .title = "Morning sciatica relief",
	    .minutes = 9,
	    .leg = {.direction = DIR_BETTER, .change = -2.2, .meaningful = true},
	};
	return f;
}

Test(remind, morning_suggests_the_routine_and_the_month)
{
	struct remind_facts f = morning();
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "Morning sciatica relief \u2014 9 min");
	cr_assert_str_eq(m.body, "Your leg pain is down 2 points this month. "
	                         "When you are ready: limber run sciatica-morning.");
	cr_assert_not(m.urgent);
	char *line = remind_line(&m);
	cr_assert_str_eq(line,
	                 "Morning sciatica relief \u2014 9 min. Your leg pain is down 2 points "
	                 "this month. When you are ready: limber run sciatica-morning.");
	free(line);
}

Test(remind, ascii_without_utf8)
{
	struct remind_facts f = morning();
	remind_compose(&f, false, &m);
	cr_assert_str_eq(m.summary, "Morning sciatica relief - 9 min");
}

Test(remind, says_the_month_as_it_is)
{
	struct remind_facts f = morning();
	f.leg.change = -1.2;
	remind_compose(&f, true, &m);
	cr_assert(strstr(m.body, "down 1 point this month."), "%s", m.body);
	remind_msg_free(&m);
	f.leg = (struct stats_verdict){.direction = DIR_WORSE, .change = 2.6};
	remind_compose(&f, true, &m);
	cr_assert(strstr(m.body, "Your leg pain is up 3 points this month; see a GP"), "%s",
	          m.body);
	remind_msg_free(&m);
	f.leg = (struct stats_verdict){.direction = DIR_UNCHANGED, .change = 0.3};
	remind_compose(&f, true, &m);
	cr_assert(strstr(m.body, "about the same this month."), "%s", m.body);
	remind_msg_free(&m);
	f.leg = (struct stats_verdict){.direction = DIR_UNKNOWN, .change = NAN};
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.body, "When you are ready: limber run sciatica-morning.");
}

Test(remind, doing_more_is_said_when_pain_has_not_fallen)
{
	struct remind_facts f = morning();
	f.function_gain = true;
	f.function_change = 3.0;
	f.leg = (struct stats_verdict){.direction = DIR_UNCHANGED, .change = 0.3};
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.body, "Your leg pain is about the same this month, but you can do more: "
				 "function up 3 points. When you are ready: limber run "
				 "sciatica-morning.");
	remind_msg_free(&m);
	f.leg = (struct stats_verdict){.direction = DIR_UNKNOWN, .change = NAN};
	remind_compose(&f, true, &m);
	cr_assert(strncmp(m.body, "You can do more: function up 3 points. ", 39) == 0, "%s",
		  m.body);
	remind_msg_free(&m);
	/* Pain that rose is said alone: the warning is not softened. */
	f.leg = (struct stats_verdict){.direction = DIR_WORSE, .change = 2.6};
	remind_compose(&f, true, &m);
	cr_assert_null(strstr(m.body, "function"), "%s", m.body);
}

Test(remind, a_bad_day_says_why_the_gentle_routine)
{
	struct remind_facts f = morning();
	f.why = COACH_FLARE;
	f.routine = "flare-up-gentle";
	f.title = "Gentle flare-up routine";
	f.minutes = 7;
	f.reason = xstrdup("leg pain 8 today");
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "Gentle flare-up routine \u2014 7 min");
	cr_assert(
	    strstr(m.body, "Leg pain 8 today. When you are ready: limber run flare-up-gentle."),
	    "%s", m.body);
	remind_facts_free(&f);
}

/* A reason in another language may start with a letter outside ASCII: its capital is whole. */
Test(remind, the_reason_s_first_letter_is_a_capital_in_utf8_too)
{
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		cr_skip_test("no C.UTF-8 locale here");
	struct remind_facts f = morning();
	f.why = COACH_FLARE;
	f.reason = xstrdup("\u00e9levée 8 aujourd'hui");
	remind_compose(&f, true, &m);
	cr_assert(strstr(m.body, "\u00c9levée 8 aujourd'hui. "), "%s", m.body);
	remind_facts_free(&f);
	setlocale(LC_CTYPE, "C");
}

Test(remind, a_red_flag_means_care_not_a_session)
{
	struct remind_facts f = morning();
	f.why = COACH_RED_FLAG;
	f.routine = f.title = NULL;
	for (int slot = REMIND_MORNING; slot <= REMIND_EVENING; slot++) {
		f.slot = (enum remind_slot)slot;
		remind_compose(&f, true, &m);
		cr_assert_str_eq(m.summary, "Seek medical care first, not a session");
		cr_assert(m.urgent);
		cr_assert(strstr(m.body, "red flag in the last 24 hours"), "%s", m.body);
		cr_assert(strstr(m.body, "Contact emergency services now."), "%s", m.body);
		cr_assert_null(strstr(m.body, "limber run"), "%s", m.body);
		remind_msg_free(&m);
	}
	f.en_gb = true;
	remind_compose(&f, true, &m);
	cr_assert(strstr(m.body, "A&E or call 999"), "%s", m.body);
}

Test(remind, the_evening_asks_for_the_rating)
{
	struct remind_facts f = morning();
	f.slot = REMIND_EVENING;
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "How was today? Rate your back and leg pain");
	cr_assert(strstr(m.body, "limber log"), "%s", m.body);
	char *line = remind_line(&m);
	cr_assert_str_eq(line,
	                 "How was today? Rate your back and leg pain. It takes a few seconds: "
	                 "run limber log, or open limber.");
	free(line);
}

Test(remind, a_rated_evening_without_a_session_suggests_one)
{
	struct remind_facts f = morning();
	f.slot = REMIND_EVENING;
	f.rated_today = true;
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "Morning sciatica relief \u2014 9 min");
	remind_msg_free(&m);
	f.sessions_today = 1;
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "Today is in your diary");
	cr_assert_null(strstr(m.body, "limber run"), "%s", m.body);
}

Test(remind, nothing_to_go_on)
{
	struct remind_facts f = {.slot = REMIND_MORNING, .why = COACH_NONE};
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "Time for a stretch");
	cr_assert_str_eq(m.body, "Pick a routine when you are ready: limber run.");
}

Test(remind, morning_and_evening_by_the_local_hour)
{
	fixture_tz("Europe/London");
	cr_assert_eq(remind_slot_at(fixture_local(2026, 11, 25, 7, 30)), REMIND_MORNING);
	cr_assert_eq(remind_slot_at(fixture_local(2026, 11, 25, 14, 59)), REMIND_MORNING);
	cr_assert_eq(remind_slot_at(fixture_local(2026, 11, 25, 15, 0)), REMIND_EVENING);
	cr_assert_eq(remind_slot_at(fixture_local(2026, 11, 25, 19, 0)), REMIND_EVENING);
}

/* From a diary: the facts the coach and the month's trends give. */
static char *tmp;
static struct diary *db;
static struct diags warn, err;
static struct library lib;
static struct settings st;

static void open_diary(void)
{
	fixture_tz("Europe/London");
	tmp = fixture_tmpdir("remind");
	db = fixture_diary(tmp, &warn, &err);
	fixture_library(&lib, LIMBER_SRCDIR "/routines");
	settings_defaults(&st);
}

static void close_diary(void)
{
	remind_msg_free(&m);
	settings_free(&st);
	library_free(&lib);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(remind_diary, .init = open_diary, .fini = close_diary);

static time_t day(int d, int h)
{
	return fixture_local(2026, 11, d, h, 0);
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

static void session(time_t when, const char *routine)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(routine);
	s.title = xstrdup(routine);
	s.started = when;
	s.ended = when + 600;
	s.speed = 1;
	s.complete = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

/*
 * Leg pain 6-7 from 1 November, 4-5 in the two weeks up to the 28th (the
 * first rated day 27 days before: the windows do not overlap); sessions of
 * one routine.
 */
static void a_month(void)
{
	for (int d = 1; d <= 10; d++)
		entry(day(d, 9), 6 + d % 2, 0);
	for (int d = 15; d <= 26; d++)
		entry(day(d, 9), 4 + d % 2, 0);
	for (int d = 20; d <= 26; d++)
		session(day(d, 7), "sciatica-morning");
}

Test(remind_diary, gathers_the_coach_and_the_month)
{
	a_month();
	struct remind_facts f;
	cr_assert_eq(remind_gather(&f, db, &lib, &st, day(28, 8), &err), LB_OK);
	cr_assert_eq(f.slot, REMIND_MORNING);
	cr_assert_str_eq(f.routine, "sciatica-morning");
	cr_assert_str_eq(f.title, "Morning sciatica relief");
	cr_assert_gt(f.minutes, 0);
	cr_assert_eq(f.leg.direction, DIR_BETTER);
	/* 22 rated days: the first 11 (6.36) against the last 11 (4.45), as first signs. */
	cr_assert(f.leg.early);
	cr_assert_float_eq(f.leg.change, -21.0 / 11, 0.01);
	cr_assert_not(f.rated_today);
	cr_assert_eq(f.sessions_today, 0);
	remind_compose(&f, true, &m);
	cr_assert(strstr(m.body, "Your leg pain is down 2 points this month."), "%s", m.body);
	remind_facts_free(&f);
}

Test(remind_diary, today_rated_and_done)
{
	a_month();
	entry(day(27, 9), 4, 0);
	session(day(27, 10), "sciatica-morning");
	struct remind_facts f;
	cr_assert_eq(remind_gather(&f, db, &lib, &st, day(27, 20), &err), LB_OK);
	cr_assert_eq(f.slot, REMIND_EVENING);
	cr_assert(f.rated_today);
	cr_assert_eq(f.sessions_today, 1);
	remind_facts_free(&f);
}

Test(remind_diary, a_red_flag_in_the_diary)
{
	a_month();
	entry(day(27, 7), 5, 1u << FLAG_BLADDER);
	struct remind_facts f;
	cr_assert_eq(remind_gather(&f, db, &lib, &st, day(27, 8), &err), LB_OK);
	cr_assert_eq(f.why, COACH_RED_FLAG);
	remind_compose(&f, true, &m);
	cr_assert(m.urgent);
	cr_assert_str_eq(m.summary, "Seek medical care first, not a session");
	remind_facts_free(&f);
}

Test(remind_diary, a_function_gain_is_read_from_the_diary)
{
	static const int score[] = {3, 3, 4, 4, 6, 6, 7, 7};
	for (int w = 0; w < 8; w++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = day(27, 19) - (7 - w) * 7 * 86400LL;
		e.activity[0] = xstrdup("walking to the shops");
		e.function[0] = score[w];
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
		diary_entry_free(&e);
	}
	struct remind_facts f;
	cr_assert_eq(remind_gather(&f, db, &lib, &st, day(28, 8), &err), LB_OK);
	cr_assert(f.function_gain);
	cr_assert_float_eq(f.function_change, 3.0, 1e-9);
	remind_facts_free(&f);
}

Test(remind_diary, without_a_diary)
{
	struct remind_facts f;
	cr_assert_eq(remind_gather(&f, NULL, &lib, &st, day(27, 8), &err), LB_OK);
	cr_assert_eq(f.why, COACH_NONE);
	cr_assert_eq(f.leg.direction, DIR_UNKNOWN);
	remind_compose(&f, true, &m);
	cr_assert_str_eq(m.summary, "Time for a stretch");
	remind_facts_free(&f);
}
