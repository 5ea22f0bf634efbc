/* SPDX-License-Identifier: ISC */
/* test_stats.c - verdicts, routine effects and associations on the traps that fooled limber before */
#include "config.h"

#include <criterion/criterion.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "insight/stats.h"

#define DAYS 56

/* A noise that is the same every run: a small linear congruential walk in -1..1. */
static double noise(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return ((double)((*s >> 16) % 2001) - 1000.0) / 1000.0;
}

/* Eight weeks of leg pain falling from 7 to 3, a rating every day. */
static void falling(double *day, int n)
{
	unsigned s = 7;
	for (int i = 0; i < n; i++)
		day[i] = 7.0 - 4.0 * i / (n - 1) + 0.5 * noise(&s);
}

Test(stats, one_late_rating_does_not_flip_weeks_of_improvement)
{
	double day[DAYS];
	falling(day, DAYS);
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert(v.meaningful);
	/* The trap: a single 6 logged today, after a gap of a few days. */
	day[DAYS - 2] = day[DAYS - 3] = NAN;
	day[DAYS - 1] = 6.0;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_BETTER, "one rating flipped the verdict");
	cr_assert(v.meaningful);
	cr_assert_lt(v.change, -2.0);
	cr_assert_lt(v.high, 0);
	cr_assert_lt(v.low, v.change);
	cr_assert_gt(v.high, v.change);
	cr_assert_eq(v.first_from, 0);
	cr_assert_eq(v.first_days, 14);
	cr_assert_eq(v.recent_days, 14, "the last 14 rated days, not the last 14 of the calendar");
	cr_assert_eq(v.recent_to, DAYS - 1);
	cr_assert_eq(v.recent_from, DAYS - 16, "two unrated days skipped");
	cr_assert_not(v.early);
}

Test(stats, flat_noisy_weeks_are_unchanged)
{
	double day[DAYS];
	unsigned s = 99;
	for (int i = 0; i < DAYS; i++)
		day[i] = 5.0 + 2.0 * noise(&s);
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_UNCHANGED, "change %.2f (%.2f to %.2f)", v.change, v.low,
		     v.high);
	cr_assert_not(v.meaningful);
	cr_assert_lt(v.low, 0);
	cr_assert_gt(v.high, 0);
}

Test(stats, steady_worsening_is_worse)
{
	double day[DAYS];
	unsigned s = 3;
	for (int i = 0; i < DAYS; i++)
		day[i] = 2.0 + 5.0 * i / (DAYS - 1) + 0.5 * noise(&s);
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_WORSE);
	cr_assert(v.meaningful);
	cr_assert_gt(v.low, 0);
	cr_assert_gt(v.percent, 100);
}

Test(stats, three_ratings_are_unknown_and_say_what_is_missing)
{
	double day[DAYS];
	for (int i = 0; i < DAYS; i++)
		day[i] = NAN;
	day[3] = 6, day[30] = 4, day[DAYS - 1] = 2;
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_UNKNOWN);
	cr_assert_eq(v.days_needed, 11, "14 rated days give first signs: 11 more");
	/* No ratings at all: two weeks of them are needed. */
	for (int i = 0; i < DAYS; i++)
		day[i] = NAN;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_UNKNOWN);
	cr_assert_eq(v.days_needed, 14);
}

Test(stats, windows_never_overlap)
{
	/* Three weeks of daily ratings: 10 rated days a side, apart, as first signs. */
	double day[21];
	for (int i = 0; i < 21; i++)
		day[i] = 8.0 - i * 0.3;
	struct stats_verdict v;
	stats_verdict(day, 21, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert(v.early);
	cr_assert_eq(v.first_days, 10);
	cr_assert_eq(v.recent_days, 10);
	cr_assert_lt(v.first_to, v.recent_from);
	cr_assert_eq(v.days_needed, 7, "7 more rated days make it firm");
}

Test(stats, seven_rated_days_in_each_of_two_weeks_are_first_signs)
{
	double day[14];
	for (int i = 0; i < 14; i++)
		day[i] = i < 7 ? 6.0 + (i % 2) : 3.0 + (i % 2);
	struct stats_verdict v;
	stats_verdict(day, 14, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert(v.early);
	cr_assert_eq(v.first_days, 7);
	cr_assert_eq(v.days_needed, 14);
	/* 13 rated days: not yet. */
	day[13] = NAN;
	stats_verdict(day, 14, &v);
	cr_assert_eq(v.direction, DIR_UNKNOWN);
	cr_assert_eq(v.days_needed, 1);
}

Test(stats, gaps_move_the_first_window_to_where_ratings_are)
{
	double day[DAYS];
	falling(day, DAYS);
	for (int i = 0; i < 10; i++)
		day[i] = NAN; /* limber was first used on day 10 */
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.first_from, 10);
	cr_assert_eq(v.direction, DIR_BETTER);
}

Test(stats, same_diary_same_interval)
{
	double day[DAYS];
	falling(day, DAYS);
	struct stats_verdict a, b;
	stats_verdict(day, DAYS, &a);
	stats_verdict(day, DAYS, &b);
	cr_assert_eq(a.low, b.low);
	cr_assert_eq(a.high, b.high);
}

Test(stats, meaningful_is_two_points_or_thirty_percent)
{
	double day[DAYS];
	/* 3 falling to 1.8 steadily: 1.2 points but 40%: meaningful. */
	for (int i = 0; i < DAYS; i++)
		day[i] = i < 14 ? 3.0 : i >= DAYS - 14 ? 1.8 : 2.4;
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert(v.meaningful);
	/* 2 falling to 1.4: 30% but 0.6 points: small baselines need about a point. */
	for (int i = 0; i < DAYS; i++)
		day[i] = i < 14 ? 2.0 : i >= DAYS - 14 ? 1.4 : 1.7;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert_not(v.meaningful);
	/* 8 falling to 7: 1 point, 12%: a change, but not a meaningful one. */
	for (int i = 0; i < DAYS; i++)
		day[i] = i < 14 ? 8.0 : i >= DAYS - 14 ? 7.0 : 7.5;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert_not(v.meaningful);
}

Test(stats, worsening_is_noticed_at_a_point_and_a_half_or_twenty_percent)
{
	double day[DAYS];
	/* 5 rising to 6.5: 1.5 points, 30%: worse, and it counts (better would need 2). */
	for (int i = 0; i < DAYS; i++)
		day[i] = i < 14 ? 5.0 + (i % 2) * 0.2 : i >= DAYS - 14 ? 6.5 + (i % 2) * 0.2 : 5.8;
	struct stats_verdict v;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_WORSE);
	cr_assert(v.meaningful);
	/* The same 1.5 points falling is not yet a meaningful improvement at 6.5. */
	for (int i = 0; i < DAYS; i++)
		day[i] = i < 14 ? 6.5 + (i % 2) * 0.2 : i >= DAYS - 14 ? 5.0 + (i % 2) * 0.2 : 5.8;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert_not(v.meaningful);
	/* 6 rising to 7: 1 point and 17%: a rise, but under both thresholds. */
	for (int i = 0; i < DAYS; i++)
		day[i] = i < 14 ? 6.0 + (i % 2) * 0.2 : i >= DAYS - 14 ? 7.0 + (i % 2) * 0.2 : 6.5;
	stats_verdict(day, DAYS, &v);
	cr_assert_eq(v.direction, DIR_WORSE);
	cr_assert_not(v.meaningful);
}

Test(stats, routine_effects_in_each_category)
{
	struct stats_paired p;
	double helps[] = {-2, -1.5, -2.5, -2, -1, -3, -2};
	stats_paired(helps, 7, &p);
	cr_assert_eq(p.effect, EFFECT_HELPS);
	cr_assert_float_eq(p.mean, -2.0, 1e-9);
	cr_assert_lt(p.high, 0);
	double unclear[] = {-1, 1, 0, 2, -2, 0};
	stats_paired(unclear, 6, &p);
	cr_assert_eq(p.effect, EFFECT_UNCLEAR);
	double worse[] = {2, 1, 3, 2, 2};
	stats_paired(worse, 5, &p);
	cr_assert_eq(p.effect, EFFECT_WORSE);
	cr_assert_gt(p.low, 0);
	stats_paired(worse, 2, &p);
	cr_assert_eq(p.effect, EFFECT_TOO_FEW);
	/* The interval is Student's: mean +- t(4) * sd / sqrt(5). */
	double d[] = {1, 2, 3, 4, 5};
	stats_paired(d, 5, &p);
	cr_assert_float_eq(p.high - p.mean, 2.776 * sqrt(2.5) / sqrt(5), 1e-9);
}

Test(stats, association_needs_two_weeks_of_pairs)
{
	double x[20], y[20];
	for (int i = 0; i < 20; i++)
		x[i] = i * 10, y[i] = 8 - i * 0.3 + (i % 3) * 0.2;
	struct stats_assoc a;
	stats_assoc(x, y, 13, &a);
	cr_assert_not(a.known);
	stats_assoc(x, y, 20, &a);
	cr_assert(a.known);
	cr_assert_lt(a.r, -0.9);
	cr_assert_lt(a.low, a.r);
	cr_assert_gt(a.high, a.r);
	cr_assert_lt(a.high, 0);
	for (int i = 0; i < 20; i++)
		y[i] = 4;
	stats_assoc(x, y, 20, &a);
	cr_assert_not(a.known, "no spread, no association");
}

Test(stats, t_quantiles)
{
	cr_assert_float_eq(stats_t95(1), 12.706, 1e-9);
	cr_assert_float_eq(stats_t95(10), 2.228, 1e-9);
	cr_assert_float_eq(stats_t95(60), 2.000, 0.002);
	cr_assert_float_eq(stats_t95(1000), 1.962, 0.002);
	cr_assert(isinf(stats_t95(0)));
}

Test(stats, sentences_say_it_in_words)
{
	fixture_tz("UTC");
	struct stats_verdict v = {.direction = DIR_BETTER, .change = -3.0, .low = -3.6,
				  .high = -2.4, .first = 6.5, .recent = 3.5, .percent = -46.2,
				  .meaningful = true};
	char *s = stats_verdict_sentence(&v, "Leg pain", 1760572800 /* 2025-10-16 */, false, false);
	cr_assert_str_eq(s, "Leg pain: better - down 3.0 points (2.4 to 3.6), -46% since "
			    "mid-October; a meaningful change.");
	free(s);
	s = stats_verdict_short(&v, false);
	cr_assert_str_eq(s, "better - down 3.0 points (-46%), a meaningful change");
	free(s);
	v.meaningful = false;
	v.direction = DIR_WORSE, v.change = 1.2, v.percent = 18.5;
	s = stats_verdict_short(&v, true);
	cr_assert_str_eq(s, "worse \u2014 up 1.2 points (+18%)");
	free(s);
	v.direction = DIR_BETTER, v.change = -1.0, v.low = -1.6, v.high = -0.4, v.percent = -20,
	v.early = true, v.days_needed = 14, v.first_days = v.recent_days = 7;
	v.first_start = 1762041600 /* 2025-11-02 */, v.first_end = 1762560000 /* 11-08 */;
	v.recent_start = 1762646400 /* 11-09 */, v.recent_end = 1763164800 /* 11-15 */;
	s = stats_verdict_sentence(&v, "Leg pain", 0, false, false);
	cr_assert_str_eq(s, "Leg pain, first signs: better - down 1.0 points (0.4 to 1.6), -20%; the "
			    "first 7 rated days (2-8 Nov) against the last 7 (9-15 Nov); less than a "
			    "meaningful change; early: 14 more rated days make it firm.");
	free(s);
	s = stats_verdict_short(&v, false);
	cr_assert_str_eq(s, "first signs: better - down 1.0 points (-20%)");
	free(s);
	v = (struct stats_verdict){.direction = DIR_UNKNOWN, .days_needed = 3};
	s = stats_verdict_sentence(&v, "Back pain", 0, true, false);
	cr_assert_str_eq(s, "Back pain: not known yet \u2014 needs 3 more days with ratings.");
	free(s);
	struct stats_paired p = {EFFECT_HELPS, 12, -2.0, -2.4, -1.6};
	s = stats_effect_sentence(&p, "leg pain", false);
	cr_assert_str_eq(s, "helps - leg pain 2.0 lower after a session (1.6 to 2.4; 12 sessions)");
	free(s);
	p = (struct stats_paired){EFFECT_HELPS, 6, -0.6, -1.0, -0.2};
	s = stats_effect_sentence(&p, "leg pain", false);
	cr_assert_str_eq(s, "helps a little - leg pain 0.6 lower after a session (0.2 to 1.0; 6 "
			    "sessions)");
	free(s);
	p = (struct stats_paired){EFFECT_WORSE, 8, 2.0, 0.5, 3.5};
	s = stats_effect_sentence(&p, "leg pain", false);
	cr_assert_str_eq(s, "seems to make leg pain worse (+2.0; 8 sessions) - a gentler routine "
			    "may suit you better for now");
	free(s);
	p = (struct stats_paired){EFFECT_TOO_FEW, 1, 0, 0, 0};
	s = stats_effect_sentence(&p, "leg pain", false);
	cr_assert_str_eq(s, "too few rated sessions to tell - 2 more needed");
	free(s);
}

Test(stats, associations_in_words_only_when_they_say_something)
{
	struct stats_assoc a = {true, 20, -0.52, -0.78, -0.12};
	char *s = stats_assoc_sentence(&a, STATS_SITTING, false, false);
	cr_assert_str_eq(s, "Sitting: on days you could sit longer, leg pain was lower (r = -0.52, "
			    "-0.78 to -0.12; 20 days) - they go together, which does not say that "
			    "one causes the other.");
	free(s);
	a = (struct stats_assoc){true, 20, 0.2, -0.25, 0.6};
	cr_assert_null(stats_assoc_sentence(&a, STATS_SLEEP, false, false),
		       "an interval across zero says nothing");
	a = (struct stats_assoc){false, 9, 0, 0, 0};
	cr_assert_null(stats_assoc_sentence(&a, STATS_SLEEP, false, false));
}

/*
 * JSON is for scripts and reads the same in every language: the english
 * sentence names its months and days in English whatever LC_TIME says,
 * while the screen's follows it. (Before, the JSON sentence had the
 * locale's month names.)
 */
Test(stats, the_english_sentence_ignores_the_locale_s_month_names)
{
	fixture_tz("UTC");
	if (!setlocale(LC_TIME, "de_DE.UTF-8"))
		cr_skip_test("no de_DE.UTF-8 locale here");
	struct stats_verdict v = {.direction = DIR_BETTER, .change = -3.0, .low = -3.6,
				  .high = -2.4, .first = 6.5, .recent = 3.5, .percent = -46.2,
				  .meaningful = true};
	char *en = stats_verdict_sentence(&v, "Leg pain", 1760572800 /* 2025-10-16 */, false, true);
	char *screen = stats_verdict_sentence(&v, "Leg pain", 1760572800, false, false);
	cr_expect_str_eq(en, "Leg pain: better - down 3.0 points (2.4 to 3.6), -46% since "
			     "mid-October; a meaningful change.");
	cr_expect(strstr(screen, "mid-Oktober"), "%s", screen);
	free(en);
	free(screen);
	v.first_days = v.recent_days = 14;
	v.first_start = 1760572800, v.first_end = 1761696000 /* 10-29 */;
	v.recent_start = 1762041600 /* 11-02 */, v.recent_end = 1763164800 /* 11-15 */;
	en = stats_verdict_sentence(&v, "Leg pain", 0, false, true);
	cr_expect(strstr(en, "(16-29 Oct) against the last 14 (2-15 Nov)"), "%s", en);
	free(en);
	setlocale(LC_TIME, "C");
}

Test(stats, plurals_say_one_day)
{
	struct stats_verdict v = {.direction = DIR_UNKNOWN, .days_needed = 1};
	char *s = stats_verdict_sentence(&v, "Leg pain", 0, false, false);
	cr_expect_str_eq(s, "Leg pain: not known yet - needs 1 more day with ratings.");
	free(s);
	s = stats_verdict_short(&v, false);
	cr_expect_str_eq(s, "not known yet - 1 more day with ratings");
	free(s);
}
