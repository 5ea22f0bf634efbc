/* SPDX-License-Identifier: ISC */
/* test_safety.c - the safety wording: what it must say, where, and that it fits */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "fixture.h"
#include "diary/fields.h"
#include "insight/safety.h"

static size_t count(const char *const *lines)
{
	size_t n = 0;
	while (lines[n])
		n++;
	return n;
}

/* All the lines as one paragraph, as a reader takes them in. */
static char *joined(const char *const *lines)
{
	char *all = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&all, &n);
	cr_assert_not_null(f);
	for (size_t i = 0; lines[i]; i++)
		fprintf(f, "%s%s", i ? " " : "", lines[i]);
	fclose(f);
	return all;
}

/* Printable text only: the faces print these lines as they are. */
static void expect_plain(const char *s, size_t max_cols)
{
	cr_expect_geq(utf8_width(s), 0, "control characters or bad UTF-8 in '%s'", s);
	cr_expect_leq((size_t)utf8_width(s), max_cols, "wider than %zu columns: '%s'", max_cols,
		      s);
}

Test(safety, urgent_care_outside_the_uk_names_no_uk_number)
{
	char *all = joined(safety_urgent_lines(false));
	cr_assert(strstr(all, "cauda equina syndrome"), "%s", all);
	cr_assert(strstr(all, "Contact emergency services now"), "%s", all);
	cr_assert_null(strstr(all, "999"), "%s", all);
	cr_assert_null(strstr(all, "A&E"), "%s", all);
	free(all);
}

/* The number follows the country of the locale: 112 in the EU, 911 in the US; none where unknown. */
Test(safety, urgent_care_gives_the_countrys_number)
{
	const char *was = getenv("LC_ALL");
	char *keep = was ? strdup(was) : NULL;
	setenv("LC_ALL", "de_DE.UTF-8", 1);
	char *all = joined(safety_urgent_lines(false));
	cr_expect(strstr(all, "call 112."), "de_DE: %s", all);
	free(all);
	setenv("LC_ALL", "en_US.UTF-8", 1);
	all = joined(safety_urgent_lines(false));
	cr_expect(strstr(all, "call 911."), "en_US: %s", all);
	free(all);
	setenv("LC_ALL", "ja_JP.UTF-8", 1);
	all = joined(safety_urgent_lines(false));
	cr_expect(strstr(all, "Contact emergency services now."), "ja_JP: %s", all);
	cr_expect_null(strstr(all, "call "), "ja_JP: %s", all);
	free(all);
	if (keep)
		setenv("LC_ALL", keep, 1);
	else
		unsetenv("LC_ALL");
	free(keep);
}

Test(safety, urgent_care_in_the_uk_says_where_to_go)
{
	char *all = joined(safety_urgent_lines(true));
	cr_assert(strstr(all, "cauda equina syndrome"), "%s", all);
	cr_assert(strstr(all, "Contact emergency services now: go to A&E or call 999."), "%s",
		  all);
	free(all);
}

Test(safety, both_urgent_messages_differ_only_in_the_call_to_action)
{
	const char *const *world = safety_urgent_lines(false), *const *gb = safety_urgent_lines(true);
	size_t n = count(world);
	cr_assert_geq(n, 2);
	cr_assert_eq(count(gb), n);
	for (size_t i = 0; i + 1 < n; i++)
		cr_assert_str_eq(world[i], gb[i]);
	cr_assert_str_neq(world[n - 1], gb[n - 1]);
}

/*
 * The diary form makes a paragraph of lines up to one ending in '.', and keeps
 * the last one on screen however small it is: the call to action must be that
 * paragraph alone. `limber log` prints each line after "!! " inside a rule of
 * 72 characters.
 */
Test(safety, urgent_lines_fit_the_faces)
{
	for (int gb = 0; gb <= 1; gb++) {
		const char *const *l = safety_urgent_lines(gb);
		size_t n = count(l);
		cr_assert_eq(strncmp(l[n - 1], "Contact emergency services", 26), 0, "%s", l[n - 1]);
		cr_assert_eq(l[n - 2][strlen(l[n - 2]) - 1], '.', "'%s' ends a paragraph", l[n - 2]);
		for (size_t i = 0; i < n; i++)
			expect_plain(l[i], 72 - 3);
	}
}

Test(safety, the_notice_names_every_red_flag_and_when_to_see_a_doctor)
{
	const char *const *l = safety_notice_lines();
	cr_assert_str_eq(l[0], "limber is self-care support, not treatment.");
	char *all = joined(l);
	const char *said[] = {
		"sharp pain is not",  "further down the leg",	    "Contact emergency services now",
		"numbness around the genitals", "bladder or bowel", "both legs",
		"weakness or numbness in both", "See a doctor",	   "not better after a few weeks",
		"sexual function", "severe pain", "generally unwell",
	};
	for (size_t i = 0; i < sizeof said / sizeof *said; i++)
		cr_expect(strstr(all, said[i]), "the notice says '%s'", said[i]);
	free(all);
	/* The home screen shows it in an 80-column pager, each line indented by two. */
	for (size_t i = 0; l[i]; i++)
		expect_plain(l[i], 80 - 4);
}

Test(safety, the_diary_asks_about_each_red_flag_directly)
{
	/* About now, not "new since last time": a flag still there must be ticked again. */
	const char *q = safety_flag_question();
	cr_assert_str_eq(q, "Do you have any of these now?");
	cr_assert_geq(utf8_width(q), 0, "no control characters");
	/* Every item of the NHS list is asked, sexual problems included. */
	const char *asked[] = {"both legs", "genitals or bottom", "peeing", "pooing",
			       "weakness", "sexual"};
	cr_assert_eq(field_flags.count, (int)(sizeof asked / sizeof *asked));
	for (int i = 0; i < field_flags.count; i++)
		cr_expect(strstr(field_flags.labels[i], asked[i]), "%s asks about %s",
			  field_flags.labels[i], asked[i]);
}

Test(safety, see_a_gp_soon_is_calm_and_local)
{
	cr_assert(strstr(safety_gp_line(true), "NHS 111"));
	cr_assert_null(strstr(safety_gp_line(false), "NHS"));
	cr_assert(strstr(safety_gp_line(false), "Not an emergency"));
}

Test(safety, short_texts_are_plain_one_liners)
{
	cr_assert_str_eq(safety_flags_noted(), "You noted:");
	const char *r = safety_exercise_reminder();
	cr_assert(strstr(r, "Stop"), "%s", r);
	cr_assert(strstr(r, "down the leg"), "%s", r);
	expect_plain(r, 60);
}

static void locale_env(const char *all, const char *messages, const char *lang)
{
	const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	const char *values[] = {all, messages, lang};
	for (int i = 0; i < 3; i++) {
		if (values[i])
			setenv(names[i], values[i], 1);
		else
			unsetenv(names[i]);
	}
}

/* The test never calls setlocale, so the "C" locale sends it to the environment. */
Test(safety, british_english_is_read_from_the_environment)
{
	locale_env(NULL, NULL, NULL);
	cr_expect_not(safety_locale_en_gb(), "nothing set");
	locale_env(NULL, NULL, "en_GB.UTF-8");
	cr_expect(safety_locale_en_gb(), "LANG");
	locale_env(NULL, NULL, "en_US.UTF-8");
	cr_expect_not(safety_locale_en_gb(), "American English");
	locale_env(NULL, "en_GB.UTF-8", "de_DE.UTF-8");
	cr_expect(safety_locale_en_gb(), "LC_MESSAGES before LANG");
	locale_env("en_US.UTF-8", "en_GB.UTF-8", "en_GB.UTF-8");
	cr_expect_not(safety_locale_en_gb(), "LC_ALL before everything");
	locale_env("", "", "en_GB");
	cr_expect(safety_locale_en_gb(), "empty variables are not set");
	locale_env(NULL, NULL, "en");
	cr_expect_not(safety_locale_en_gb(), "a language without a country");
}
