/* SPDX-License-Identifier: ISC */
/* test_entrytext.c - entries and sessions in words, as the CLI and the diary list show them */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/xalloc.h"
#include "diary/entrytext.h"
#include "diary/fields.h"
#include "fixture.h"

static struct diary_entry e;
static struct diary_session s;

static void setup(void)
{
	fixture_tz("UTC");
	diary_entry_init(&e);
	diary_session_init(&s);
}

static void teardown(void)
{
	diary_entry_free(&e);
	diary_session_free(&s);
}

TestSuite(entrytext, .init = setup, .fini = teardown);

/* Thu 20 Nov 2025 08:00 UTC */
#define AT 1763625600

static void expect_details(bool utf8, const char *sep, const char *want, size_t want_flags)
{
	size_t flag_len = 12345;
	char *got = entrytext_details(&e, utf8, sep, &flag_len);
	cr_expect_str_eq(got, want);
	cr_expect_eq(flag_len, want_flags, "flag_len %zu, wanted %zu", flag_len, want_flags);
	free(got);
}

Test(entrytext, nothing_to_say)
{
	expect_details(true, "; ", "", 0);
	char *got = entrytext_details(&e, true, "; ", NULL); /* flag_len may be NULL */
	cr_expect_str_eq(got, "");
	free(got);
}

Test(entrytext, every_field_in_order)
{
	e.where = 1u << LOC_LOWER_BACK | 1u << LOC_CALF_LEFT | 1u << LOC_FOOT_RIGHT;
	e.symptoms = 1u << SYM_BURNING | 1u << SYM_WEAKNESS;
	e.sitting = 45;
	e.sleep = 6;
	e.meds = xstrdup("ibuprofen 200mg");
	e.note = xstrdup("worse after the drive");
	expect_details(true, "; ",
	               "lower back, left calf, right foot; burning, weakness; sitting 45 min; "
	               "sleep 6/10; meds: ibuprofen 200mg; “worse after the drive”",
	               0);
}

Test(entrytext, each_field_alone)
{
	e.where = 1u << LOC_BUTTOCK_LEFT;
	expect_details(true, "; ", "left buttock", 0);
	e.where = 0;
	e.symptoms = 1u << SYM_SHOOTING;
	expect_details(true, "; ", "shooting pain", 0);
	e.symptoms = 0;
	e.sitting = 0; /* zero is a value, -1 is none */
	expect_details(true, "; ", "sitting 0 min", 0);
	e.sitting = -1;
	e.sleep = 0;
	expect_details(true, "; ", "sleep 0/10", 0);
	e.sleep = -1;
	e.meds = xstrdup("café ✓");
	expect_details(true, "; ", "meds: café ✓", 0);
	free(e.meds);
	e.meds = NULL;
	e.note = xstrdup("x");
	expect_details(true, "; ", "“x”", 0);
}

Test(entrytext, red_flags_come_first)
{
	e.where = 1u << LOC_BUTTOCK_LEFT;
	e.note = xstrdup("x");
	e.flags = 1u << FLAG_BOTH_LEGS | 1u << FLAG_BLADDER;
	const char *flags = "RED FLAG: sciatica in both legs, new trouble starting or controlling "
	                    "peeing; ";
	char *want = xasprintf("%sleft buttock; “x”", flags);
	expect_details(true, "; ", want, strlen(flags));
	free(want);
}

Test(entrytext, red_flags_alone)
{
	e.flags = 1u << FLAG_SADDLE;
	const char *want = "RED FLAG: numbness around the genitals or bottom";
	expect_details(true, "; ", want, strlen(want));
}

Test(entrytext, ascii_quotes_and_other_separators)
{
	e.symptoms = 1u << SYM_STIFFNESS;
	e.note = xstrdup("line one\nline two");
	expect_details(false, " - ", "stiffness - \"line one\nline two\"", 0);
	expect_details(true, " · ", "stiffness · “line one\nline two”", 0);
}

Test(entrytext, a_note_ending_like_the_separator_keeps_its_own)
{
	e.note = xstrdup("a; ");
	expect_details(true, "; ", "“a; ”", 0);
}

Test(entrytext, line_has_time_pain_then_details)
{
	e.at = AT;
	char *got = entrytext_line(&e, true, " · ");
	cr_expect_str_eq(got, "Thu 20 Nov 2025 08:00");
	free(got);
	e.back = 3;
	e.leg = 7;
	got = entrytext_line(&e, true, " · ");
	cr_expect_str_eq(got, "Thu 20 Nov 2025 08:00 · back 3 · leg 7");
	free(got);
	e.back = -1;
	e.flags = 1u << FLAG_BOWEL;
	e.sleep = 2;
	got = entrytext_line(&e, false, " - ");
	cr_expect_str_eq(got, "Thu 20 Nov 2025 08:00 - leg 7 - RED FLAG: new trouble noticing or "
	                      "controlling pooing - sleep 2/10");
	free(got);
}

Test(entrytext, change_before_after)
{
	char buf[32];
	entrytext_change(buf, sizeof buf, 4, 3, "→");
	cr_expect_str_eq(buf, "4→3");
	entrytext_change(buf, sizeof buf, -1, 10, "->");
	cr_expect_str_eq(buf, "?->10");
	entrytext_change(buf, sizeof buf, 0, -1, ">");
	cr_expect_str_eq(buf, "0>?");
	entrytext_change(buf, sizeof buf, -1, -1, "→");
	cr_expect_str_eq(buf, "");
}

static void session(const char *title, long secs, bool complete, double speed)
{
	s.routine = xstrdup("nerve-glide");
	s.title = title ? xstrdup(title) : NULL;
	s.started = AT;
	s.ended = AT + secs;
	s.complete = complete;
	s.speed = speed;
	s.steps_done = 3;
	s.steps_total = 5;
}

static void expect_session(unsigned parts, const char *arrow, const char *want)
{
	char *got = entrytext_session(&s, parts, arrow);
	cr_expect_str_eq(got, want);
	free(got);
}

Test(entrytext, session_summary)
{
	session("Nerve glide", 8 * 60 + 29, true, 1);
	expect_session(0, "→", "Nerve glide, 8 min, complete");
	s.ended += 1; /* 8 min 30 s rounds up */
	s.complete = false;
	expect_session(0, "→", "Nerve glide, 9 min, partial");
	free(s.title);
	s.title = NULL; /* the routine id when the title is not known */
	expect_session(0, "→", "nerve-glide, 9 min, partial");
}

Test(entrytext, session_steps_and_speed)
{
	session("Nerve glide", 240, true, 1);
	expect_session(ET_STEPS, "→", "Nerve glide, 4 min, complete, 3 of 5 steps");
	expect_session(ET_SPEED, "→", "Nerve glide, 4 min, complete"); /* real time: nothing */
	s.speed = 2;
	expect_session(ET_SPEED, "→", "Nerve glide, 4 min, complete (preview at 2x)");
	expect_session(ET_STEPS | ET_SPEED, "→",
	               "Nerve glide, 4 min, complete, 3 of 5 steps (preview at 2x)");
	s.speed = 0.5;
	expect_session(ET_SPEED, "→", "Nerve glide, 4 min, complete (preview at 0.5x)");
}

Test(entrytext, session_pain_before_and_after)
{
	session("Nerve glide", 240, true, 1);
	expect_session(ET_PAIN, "→", "Nerve glide, 4 min, complete"); /* none rated */
	s.before_back = 4;
	s.after_back = 2;
	expect_session(ET_PAIN, "→", "Nerve glide, 4 min, complete; back 4→2");
	s.after_leg = 1;
	expect_session(ET_PAIN, "->", "Nerve glide, 4 min, complete; back 4->2, leg ?->1");
	s.before_back = s.after_back = -1;
	expect_session(ET_PAIN, ">", "Nerve glide, 4 min, complete; leg ?>1");
	s.speed = 2;
	expect_session(ET_STEPS | ET_SPEED | ET_PAIN, "→",
	               "Nerve glide, 4 min, complete, 3 of 5 steps (preview at 2x); leg ?→1");
	expect_session(0, "→", "Nerve glide, 4 min, complete");
}
