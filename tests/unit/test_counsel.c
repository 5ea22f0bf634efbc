/* SPDX-License-Identifier: ISC */
/* test_counsel.c - "see a doctor" when it is due, said once with its reason; the red flag still open */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "base/xalloc.h"
#include "fixture.h"
#include "insight/counsel.h"

static char *tmp;
static struct diary *db;
static struct diags warn, err;
static struct counsel c;
static time_t now;

static void setup(void)
{
	fixture_tz("UTC");
	tmp = fixture_tmpdir("counsel");
	db = fixture_diary(tmp, &warn, &err);
	now = fixture_local(2026, 11, 25, 12, 0);
}

static void teardown(void)
{
	counsel_free(&c);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(counsel, .init = setup, .fini = teardown);

static void entry(time_t when, int back, int leg, unsigned flags, unsigned gp)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.back = back;
	e.leg = leg;
	e.flags = flags;
	e.flags_now = flags ? ANSWER_YES : -1;
	e.gp_flags = gp;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
}

/* A weekly function rating: two activities, rated score and score + 1. */
static void rate(time_t when, int score)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.activity[0] = xstrdup("sitting through a film");
	e.activity[1] = xstrdup("putting on socks");
	e.function[0] = score;
	e.function[1] = score + 1;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	diary_entry_free(&e);
}

static void session(time_t when, int before_leg, int after_leg)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.title = xstrdup("Five-minute quick routine");
	s.started = when;
	s.ended = when + 300;
	s.before_leg = before_leg;
	s.after_leg = after_leg;
	s.speed = 1;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

static void gather(void)
{
	counsel_free(&c);
	cr_assert_eq(counsel_gather(&c, db, NULL, WEEK_MONDAY, now, true, &err), LB_OK);
}

static void only(enum counsel_kind k, const char *start)
{
	cr_assert_eq(c.n, 1, "one piece of advice, said once");
	cr_assert_not_null(c.sentence[k], "%s is due", counsel_kind_names[k]);
	cr_assert(strncmp(c.sentence[k], start, strlen(start)) == 0, "%s", c.sentence[k]);
	/* Said for JSON too, in English whatever the language (here the C locale's). */
	cr_assert_not_null(c.sentence_en[k]);
	cr_assert_str_eq(c.sentence_en[k], c.sentence[k]);
}

Test(counsel, nothing_is_due_for_a_new_diary)
{
	entry(now - 3600, 5, 6, 0, 0);
	gather();
	cr_assert_eq(c.n, 0);
	cr_assert_not(c.red_open);
}

Test(counsel, six_weeks_not_clearly_better)
{
	/* Back pain 5 or 6 every day for seven weeks, leg pain low: back pain counts. */
	for (int d = 49; d >= 0; d--)
		entry(now - d * 86400 - 600, 5 + d % 2, 1, 0, 0);
	gather();
	only(COUNSEL_NOT_BETTER, "Your back pain is not clearly better after 7 weeks (");
	cr_assert(strstr(c.sentence[COUNSEL_NOT_BETTER], "see a doctor (GP)"));
	/* Five weeks of the same is not yet six. */
	counsel_free(&c);
	now -= 14 * 86400;
	gather();
	cr_assert_null(c.sentence[COUNSEL_NOT_BETTER]);
}

Test(counsel, six_weeks_of_the_same_pain_but_doing_more_is_progress)
{
	/* Back pain 5 or 6 for seven weeks, while what the person can do rises 3 points. */
	static const int score[] = {3, 3, 4, 4, 5, 6, 6, 6};
	for (int d = 49; d >= 0; d--)
		entry(now - d * 86400 - 600, 5 + d % 2, 1, 0, 0);
	for (int w = 0; w < 8; w++)
		rate(now - (49 - 7 * w) * 86400 - 300, score[w]);
	gather();
	cr_assert(c.function_gain);
	cr_assert_null(c.sentence[COUNSEL_NOT_BETTER], "%s", c.sentence[COUNSEL_NOT_BETTER]);
	cr_assert_eq(c.n, 0);
}

Test(counsel, a_gain_long_ago_or_too_small_is_not_progress_now)
{
	for (int d = 49; d >= 0; d--)
		entry(now - d * 86400 - 600, 5 + d % 2, 1, 0, 0);
	/* Up 3 points, but the last rating is three weeks old. */
	static const int stale[] = {3, 3, 4, 6, 6, 6};
	for (int w = 0; w < 6; w++)
		rate(now - (56 - 7 * w) * 86400, stale[w]);
	gather();
	cr_assert_not(c.function_gain);
	cr_assert_not_null(c.sentence[COUNSEL_NOT_BETTER]);
	/* Rated this week too, but lower again: under 2 points up, not a meaningful change. */
	rate(now - 3600, 3);
	gather();
	cr_assert_not(c.function_gain);
	cr_assert_not_null(c.sentence[COUNSEL_NOT_BETTER]);
}

Test(counsel, regular_sessions_that_leave_pain_but_let_you_do_more_say_nothing)
{
	static const int score[] = {2, 2, 3, 5, 5, 5};
	for (int w = 0; w < 6; w++)
		rate(now - (35 - 7 * w) * 86400 - 300, score[w]);
	for (int d = 13; d >= 0; d--) {
		entry(now - d * 86400 - 7200, -1, 5, 0, 0);
		if (d % 2 == 0 || d == 13)
			session(now - d * 86400 - 3600, 5, 5);
	}
	gather();
	cr_assert(c.function_gain);
	cr_assert_null(c.sentence[COUNSEL_NO_CHANGE], "%s", c.sentence[COUNSEL_NO_CHANGE]);
}

Test(counsel, six_weeks_that_did_get_better_are_left_be)
{
	for (int d = 49; d >= 0; d--)
		entry(now - d * 86400 - 600, -1, d > 20 ? 7 : 2, 0, 0);
	gather();
	cr_assert_null(c.sentence[COUNSEL_NOT_BETTER]);
}

Test(counsel, two_weeks_of_regular_sessions_without_improvement)
{
	for (int d = 13; d >= 0; d--) {
		entry(now - d * 86400 - 7200, -1, 5, 0, 0);
		if (d % 2 == 0 || d == 13)
			session(now - d * 86400 - 3600, 5, 5);
	}
	gather();
	only(COUNSEL_NO_CHANGE, "Two weeks of regular sessions have not eased your leg pain");
}

Test(counsel, two_weeks_of_sessions_that_help_say_nothing)
{
	for (int d = 13; d >= 0; d--) {
		entry(now - d * 86400 - 7200, -1, d > 6 ? 6 : 4, 0, 0);
		if (d % 2 == 0 || d == 13)
			session(now - d * 86400 - 3600, d > 6 ? 6 : 4, 3);
	}
	gather();
	cr_assert_null(c.sentence[COUNSEL_NO_CHANGE]);
}

Test(counsel, severe_pain_after_a_session)
{
	session(now - 2 * 86400, 4, 7); /* 3 above before */
	gather();
	only(COUNSEL_SESSION_PAIN, "Severe pain with a session on Mon 23 Nov (leg pain 4 to 7): stop "
				   "that routine and see a doctor");
	counsel_free(&c);
	now += 8 * 86400; /* a week on, it is no longer spoken of */
	gather();
	cr_assert_null(c.sentence[COUNSEL_SESSION_PAIN]);
	now -= 8 * 86400;
	session(now - 3600, -1, 8); /* 8 after, whatever before */
	gather();
	cr_assert_not_null(c.sentence[COUNSEL_SESSION_PAIN]);
	session(now - 600, 5, 6); /* a rise of 1 is not severe */
	gather();
	cr_assert(strstr(c.sentence[COUNSEL_SESSION_PAIN], "leg pain 8"));
}

Test(counsel, see_a_gp_soon_flags_are_advice_and_never_a_red_flag)
{
	entry(now - 3 * 86400, 3, 3, 0, 1u << GP_NIGHT);
	gather();
	only(COUNSEL_GP_FLAG, "You noted pain worse at night, or not eased by rest. Not an "
			      "emergency, but see a GP soon (or call NHS 111).");
	cr_assert_not(c.red_open);
	cr_assert_eq(c.gp_flags, 1u << GP_NIGHT);
}

Test(counsel, the_open_red_flag_names_its_flags_and_the_day_first_ticked)
{
	entry(now - 2 * 86400, 3, 3, 1u << FLAG_BOTH_LEGS, 0);
	entry(now - 3600, 3, 3, 0, 0); /* unanswered */
	gather();
	cr_assert(c.red_open);
	char *text = counsel_red_flag_text(&c);
	cr_assert_str_eq(text, "sciatica in both legs (first noted Mon 23 Nov 2026)");
	free(text);
}

Test(counsel, a_rise_of_a_point_and_a_half_is_noticed)
{
	for (int d = 41; d >= 0; d--)
		entry(now - d * 86400 - 600, -1, d > 20 ? 3 : 5 - (d % 2), 0, 0);
	gather();
	cr_assert_not_null(c.sentence[COUNSEL_WORSE]);
	cr_assert(strstr(c.sentence[COUNSEL_WORSE], "Your leg pain has risen 1.5 points"),
		  "%s", c.sentence[COUNSEL_WORSE]);
}
