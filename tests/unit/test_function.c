/* SPDX-License-Identifier: ISC */
/* test_function.c - the function score: what is read back, when it is due, and its verdict */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>

#include "base/xalloc.h"
#include "fixture.h"
#include "insight/function.h"

static char *tmp;
static struct diags warn, err;
static struct diary *db;
static struct function_history h;

#define DAY 86400LL
static const int64_t T0 = 1790000000; /* a Saturday in September 2026 */

static void setup(void)
{
	fixture_tz("UTC");
	tmp = fixture_tmpdir("function");
	db = fixture_diary(tmp, &warn, &err);
}

static void teardown(void)
{
	function_free(&h);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(function, .init = setup, .fini = teardown);

/* A check-in at `at`: names (NULL: none) and ratings (-1: none). */
static void check_in(int64_t at, const char *a, int ra, const char *b, int rb)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = at;
	e.activity[0] = a ? xstrdup(a) : NULL;
	e.activity[1] = b ? xstrdup(b) : NULL;
	e.function[0] = ra;
	e.function[1] = rb;
	cr_assert_eq(diary_add_entry(db, &e, at, &err), LB_OK);
	diary_entry_free(&e);
}

static void pain(int64_t at, int leg)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = at;
	e.leg = leg;
	cr_assert_eq(diary_add_entry(db, &e, at, &err), LB_OK);
	diary_entry_free(&e);
}

Test(function, only_entries_that_name_or_rate_count_and_the_last_names_are_current)
{
	pain(T0, 5);
	check_in(T0 + DAY, "film", -1, "socks", -1);
	pain(T0 + 2 * DAY, 4);
	check_in(T0 + 3 * DAY, "film", 3, "socks", 6);
	check_in(T0 + 4 * DAY, "walking", -1, NULL, -1);
	cr_assert_eq(function_read(&h, db, T0 + 5 * DAY, &err), LB_OK);
	cr_assert_eq(h.n, 3);
	cr_assert_eq(h.nactivities, 1, "the names given last");
	cr_assert_str_eq(h.activity[0], "walking");
	const struct function_check *c = function_last(&h);
	cr_assert_not_null(c);
	cr_assert_float_eq(c->score, 4.5, 1e-9);
	cr_assert(isnan(h.v[0].score), "named, not rated");
}

Test(function, a_rating_is_due_a_week_after_the_last)
{
	cr_assert_eq(function_read(&h, db, T0, &err), LB_OK);
	cr_assert_not(function_due(&h, T0), "nothing named: nothing due");
	function_free(&h);
	check_in(T0, "film", -1, NULL, -1);
	function_read(&h, db, T0 + DAY, &err);
	cr_assert(function_due(&h, T0 + DAY), "named and never rated");
	function_free(&h);
	check_in(T0 + DAY, "film", 4, NULL, -1);
	function_read(&h, db, T0 + 3 * DAY, &err);
	cr_assert_not(function_due(&h, T0 + 3 * DAY));
	cr_assert(function_due(&h, T0 + 8 * DAY));
}

Test(function, unknown_before_four_ratings)
{
	for (int w = 0; w < 3; w++)
		check_in(T0 + w * 7 * DAY, "film", 3 + w, "socks", 4 + w);
	function_read(&h, db, T0 + 21 * DAY, &err);
	struct stats_verdict v;
	function_verdict(&h, T0 + 21 * DAY, &v);
	cr_assert_eq(v.direction, DIR_UNKNOWN);
	cr_assert_eq(v.days_needed, 1);
	char *s = function_verdict_short(&v, true);
	cr_assert_str_eq(s, "not known yet — needs 1 more weekly rating");
	free(s);
}

Test(function, a_rise_of_three_points_is_better_and_meaningful)
{
	static const int film[] = {3, 3, 4, 4, 5, 6, 6, 7}, socks[] = {4, 4, 4, 5, 6, 7, 7, 7};
	for (int w = 0; w < 8; w++)
		check_in(T0 + w * 7 * DAY, "film", film[w], "socks", socks[w]);
	function_read(&h, db, T0 + 56 * DAY, &err);
	struct stats_verdict v;
	function_verdict(&h, T0 + 56 * DAY, &v);
	cr_assert_eq(v.direction, DIR_BETTER);
	cr_assert(v.meaningful);
	cr_assert_float_eq(v.first, 3.875, 1e-9, "the first four weeks");
	cr_assert_float_eq(v.recent, 6.375, 1e-9, "the last four");
	cr_assert_gt(v.low, 0);
	char *s = function_verdict_short(&v, false);
	cr_assert_str_eq(s, "better - up 2.5 points (95% interval 1.5 to 3.5), a meaningful change");
	free(s);
}

Test(function, noise_around_a_level_is_unchanged)
{
	static const int film[] = {5, 3, 6, 4, 5, 3, 6, 4};
	for (int w = 0; w < 8; w++)
		check_in(T0 + w * 7 * DAY, "film", film[w], NULL, -1);
	function_read(&h, db, T0 + 56 * DAY, &err);
	struct stats_verdict v;
	function_verdict(&h, T0 + 56 * DAY, &v);
	cr_assert_eq(v.direction, DIR_UNCHANGED);
	cr_assert_not(v.meaningful);
}

Test(function, a_fall_is_worse)
{
	static const int film[] = {7, 7, 6, 7, 4, 4, 3, 4};
	for (int w = 0; w < 8; w++)
		check_in(T0 + w * 7 * DAY, "film", film[w], NULL, -1);
	function_read(&h, db, T0 + 56 * DAY, &err);
	struct stats_verdict v;
	function_verdict(&h, T0 + 56 * DAY, &v);
	cr_assert_eq(v.direction, DIR_WORSE);
	cr_assert(v.meaningful);
}
