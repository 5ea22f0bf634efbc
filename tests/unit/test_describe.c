/* SPDX-License-Identifier: ISC */
/* test_describe.c - a routine as text: `limber show` and the browser, line by line */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "routine/describe.h"

static struct library lib;
static char *text;

static void teardown(void)
{
	free(text);
	library_free(&lib);
}

TestSuite(describe, .fini = teardown);

/* Loads one routine file's text and returns its routine R. */
static const struct routine *from_buf(const char *conf, const char *id)
{
	library_init(&lib);
	library_add_buf(&lib, "t.conf", conf);
	library_finish(&lib);
	for (size_t i = 0; i < lib.problems.n; i++)
		cr_log_error("%d: %s", lib.problems.v[i].line, lib.problems.v[i].msg);
	cr_assert_eq(lib.problems.n, 0);
	const struct routine *r = library_routine(&lib, id);
	cr_assert_not_null(r, "routine %s", id);
	return r;
}

static void expect_duration(long seconds, const char *want)
{
	char buf[48];
	describe_duration(buf, sizeof buf, seconds);
	cr_expect_str_eq(buf, want, "%ld seconds", seconds);
}

Test(describe, durations_in_minutes_and_seconds)
{
	expect_duration(0, "0 s");
	expect_duration(45, "45 s");
	expect_duration(59, "59 s");
	expect_duration(60, "1 min");
	expect_duration(65, "1 min 5 s");
	expect_duration(442, "7 min 22 s");
	expect_duration(720, "12 min");
	expect_duration(3661, "61 min 1 s");
}

Test(describe, a_short_buffer_is_cut_not_overrun)
{
	char buf[8];
	memset(buf, 'x', sizeof buf);
	describe_duration(buf, 6, 65);
	cr_assert_str_eq(buf, "1 min");
	cr_assert_eq(buf[6], 'x', "nothing written past n");
	describe_duration(buf, 6, 600);
	cr_assert_str_eq(buf, "10 mi");
	cr_assert_eq(buf[6], 'x', "nothing written past n");
}

/* tests/data/good/basic.conf's "morning": every kind of step, count-in 5, 60 columns. */
Test(describe, the_whole_routine_in_utf8)
{
	fixture_library(&lib, TEST_DATA "/good");
	text = describe_routine(library_routine(&lib, "morning"), 5, 60, true);
	cr_assert_str_eq(
		text,
		"Morning                                              morning\n"
		"Gentle.\n"
		"lower-back, glutes, hips, core · 4 steps · about 7 min (7 min 22 s)\n"
		"\n"
		" 1  Pelvic tilt                                         0:31\n"
		"    4 reps × 5 s, 2 s rest between reps\n"
		"    Start: Lie on your back, knees bent.\n"
		"    • Flatten the back.\n"
		"    • Then arch gently.\n"
		"    ! Pain-free range only.\n"
		"\n"
		" 2  Figure-4 glute stretch                              3:50\n"
		"    3 reps × 30 s each side (left, then right), 10 s rest between reps\n"
		"\n"
		" 3  Knee rolls                                          1:03\n"
		"    5 reps × 4 s each side, alternating, 2 s rest between reps\n"
		"\n"
		" 4  Pelvic tilt                                         1:13\n"
		"    10 reps × 5 s, 2 s rest between reps\n"
		"    Start: Lie on your back, knees bent.\n"
		"    • Flatten the back.\n"
		"    • Then arch gently.\n"
		"    ! Pain-free range only.\n"
		"\n"
		"Total 7 min 22 s: a 5 s count-in before each exercise, 15 s\n"
		"rest between exercises.\n"
		"Stop any exercise that causes sharp pain or sends pain\n"
		"further down the leg.\n");
}

/* One step of defaults: one rep (singular), no rest between reps or exercises, no cues. */
Test(describe, one_plain_step_in_ascii)
{
	fixture_library(&lib, TEST_DATA "/good");
	text = describe_routine(library_routine(&lib, "lazy"), 0, 40, false);
	cr_assert_str_eq(text,
			 "Defaults                            lazy\n"
			 "hips - 1 step - about 1 min (30 s)\n"
			 "\n"
			 " 1  Plain stretch                   0:30\n"
			 "    1 rep x 30 s\n"
			 "\n"
			 "Total 30 s: a 0 s count-in before each\n"
			 "exercise.\n"
			 "Stop any exercise that causes sharp pain\n"
			 "or sends pain further down the leg.\n");
}

Test(describe, the_count_in_is_counted_in_every_step)
{
	fixture_library(&lib, TEST_DATA "/good");
	text = describe_routine(library_routine(&lib, "lazy"), 10, 40, false);
	cr_assert(strstr(text, "about 1 min (40 s)"), "%s", text);
	cr_assert(strstr(text, "0:40\n"), "%s", text);
	cr_assert(strstr(text, "Total 40 s: a 10 s count-in before each\nexercise."), "%s", text);
}

Test(describe, alternating_sides_rest_even_with_one_rep)
{
	const struct routine *r = from_buf(
		"exercise \"alt\" {\n title = \"Alt\"\n area = {legs}\n hold = 10\n reps = 1\n"
		" rest = 3\n sides = alternate\n}\n"
		"exercise \"one\" {\n title = \"One\"\n area = {legs}\n hold = 10\n reps = 1\n"
		" rest = 3\n}\n"
		"exercise \"still\" {\n title = \"Still\"\n area = {core}\n hold = 8\n reps = 2\n"
		" rest = 0\n}\n"
		"routine \"r\" {\n title = \"R\"\n rest = 20\n step \"alt\" {}\n step \"one\" {}\n"
		" step \"still\" {}\n}\n",
		"r");
	text = describe_routine(r, 0, 60, true);
	/* Left and right alternate, so even one rep has a rest between its two sides. */
	cr_assert(strstr(text, "    1 rep × 10 s each side, alternating, 3 s rest between reps\n"),
		  "%s", text);
	/* One rep on one side has nothing to rest between. */
	cr_assert(strstr(text, "    1 rep × 10 s\n"), "%s", text);
	/* No rest is not "0 s rest". */
	cr_assert(strstr(text, "    2 reps × 8 s\n"), "%s", text);
	cr_assert(strstr(text, "legs, core · 3 steps"), "%s", text);
	cr_assert(strstr(text, ", 20 s\nrest between exercises.\n"), "%s", text);
}

static const char long_conf[] =
	"exercise \"long\" {\n"
	" title = \"A rather long exercise title that fills\"\n"
	" area = {lower-back}\n"
	" position = \"Lie on your back with both knees bent and feet flat on the floor, "
	"hip-width apart.\"\n"
	" cue = {\"Breathe out slowly as you press the small of your back into the floor.\"}\n"
	" caution = \"Stop if the pain travels further down the leg.\"\n"
	" hold = 5\n"
	"}\n"
	"routine \"long\" {\n title = \"Long\"\n"
	" summary = \"A routine whose summary is much longer than one narrow line.\"\n"
	" step \"long\" {}\n}\n";

Test(describe, long_text_wraps_under_its_label)
{
	text = describe_routine(from_buf(long_conf, "long"), 5, 40, true);
	cr_assert(strstr(text, "Long                                long\n"
			       "A routine whose summary is much longer\n"
			       "than one narrow line.\n"),
		  "%s", text);
	cr_assert(strstr(text, "    Start: Lie on your back with both\n"
			       "           knees bent and feet flat on\n"
			       "           the floor, hip-width apart.\n"),
		  "%s", text);
	cr_assert(strstr(text, "    • Breathe out slowly as you press\n"
			       "      the small of your back into the\n"
			       "      floor.\n"),
		  "%s", text);
	cr_assert(strstr(text, "    ! Stop if the pain travels further\n"
			       "      down the leg.\n"),
		  "%s", text);
}

Test(describe, a_title_wider_than_the_screen_keeps_a_space_before_the_time)
{
	text = describe_routine(from_buf(long_conf, "long"), 5, 40, true);
	cr_assert(strstr(text, "\n 1  A rather long exercise title that fills 0:10\n"), "%s", text);
}

Test(describe, a_narrow_screen_still_gets_twenty_columns_of_text)
{
	text = describe_routine(from_buf(long_conf, "long"), 5, 10, false);
	cr_assert(strstr(text, "    Start: Lie on your back\n"
			       "           with both knees bent\n"),
		  "%s", text);
}
