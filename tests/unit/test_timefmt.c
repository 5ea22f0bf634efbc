/* SPDX-License-Identifier: ISC */
/* test_timefmt.c - dates people type, times they read, DST */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/timefmt.h"
#include "fixture.h"

static void in_zone(const char *tz)
{
	fixture_tz(tz);
}

Test(timefmt, datetime_forms)
{
	in_zone("UTC");
	time_t t;
	char *err = NULL;
	cr_assert(timefmt_parse_datetime("--at", "2026-11-25 08:10", 0, &t, &err));
	cr_assert_eq(t, 1795594200);
	cr_assert(timefmt_parse_datetime("--at", "2026-11-25T08:10", 0, &t, &err));
	cr_assert_eq(t, 1795594200);
	/* "HH:MM" is today, as of now. */
	cr_assert(timefmt_parse_datetime("--at", "07:00", 1795594200, &t, &err));
	cr_assert_eq(t, 1795594200 - 70 * 60);
}

Test(timefmt, impossible_dates_are_named)
{
	in_zone("UTC");
	time_t t;
	char *err = NULL;
	cr_assert_not(timefmt_parse_datetime("--at", "2026-02-30 10:00", 0, &t, &err));
	cr_assert_str_eq(err, "--at: 2026-02-30 does not exist (that month has 28 days)");
	free(err);
	cr_assert(timefmt_parse_datetime("--at", "2028-02-29 10:00", 0, &t, &err), "leap year");
	cr_assert_not(timefmt_parse_datetime("--at", "2026-13-01 10:00", 0, &t, &err));
	free(err);
	cr_assert_not(timefmt_parse_datetime("--at", "2026-11-25 24:00", 0, &t, &err));
	cr_assert(strstr(err, "not a time of day"), "%s", err);
	free(err);
	cr_assert_not(timefmt_parse_datetime("--at", "yesterday", 0, &t, &err));
	cr_assert(strstr(err, "YYYY-MM-DD HH:MM"), "%s", err);
	free(err);
	cr_assert_not(timefmt_parse_datetime("--at", "2026-11-25 08:10x", 0, &t, &err));
	free(err);
	cr_assert_not(timefmt_parse_date("--since", "2026-04-31", &t, &err));
	free(err);
}

Test(timefmt, a_time_the_clocks_skipped_is_refused)
{
	in_zone("Europe/London");
	time_t t;
	char *err = NULL;
	/* 29 March 2026: 01:00 GMT becomes 02:00 BST. */
	cr_assert_not(timefmt_parse_datetime("--at", "2026-03-29 01:30", 0, &t, &err));
	cr_assert(strstr(err, "the clocks went forward"), "%s", err);
	free(err);
	cr_assert(timefmt_parse_datetime("--at", "2026-03-29 02:30", 0, &t, &err));
	cr_assert_eq(timefmt_offset(t), 60);
	cr_assert(timefmt_parse_datetime("--at", "2026-03-28 02:30", 0, &t, &err));
	cr_assert_eq(timefmt_offset(t), 0);
}

Test(timefmt, days_follow_local_midnight_across_dst)
{
	in_zone("Europe/London");
	time_t t;
	char *err = NULL;
	cr_assert(timefmt_parse_date("--since", "2026-03-29", &t, &err));
	time_t next = timefmt_next_day(t);
	cr_assert_eq(next - t, 23 * 3600, "the spring-forward day is 23 hours long");
	cr_assert(timefmt_parse_date("--since", "2026-10-25", &t, &err));
	cr_assert_eq(timefmt_next_day(t) - t, 25 * 3600, "the fall-back day is 25 hours long");
	cr_assert_eq(timefmt_day_start(t + 13 * 3600), t);
}

Test(timefmt, iso_round_trip_keeps_instant_and_offset)
{
	char buf[40];
	timefmt_iso(buf, sizeof buf, 1795594200, 60);
	cr_assert_str_eq(buf, "2026-11-25T09:10:00+01:00");
	int64_t t;
	int off;
	cr_assert(timefmt_parse_iso(buf, &t, &off));
	cr_assert_eq(t, 1795594200);
	cr_assert_eq(off, 60);
	timefmt_iso(buf, sizeof buf, 1795594200, -330);
	cr_assert_str_eq(buf, "2026-11-25T02:40:00-05:30");
	cr_assert(timefmt_parse_iso(buf, &t, &off));
	cr_assert_eq(t, 1795594200);
	cr_assert_eq(off, -330);
	cr_assert_not(timefmt_parse_iso("2026-11-25 09:10:00+01:00", &t, &off));
	cr_assert_not(timefmt_parse_iso("2026-02-30T09:10:00+01:00", &t, &off));
	cr_assert_not(timefmt_parse_iso("2026-11-25T09:10:00+01:00 ", &t, &off));
}

Test(timefmt, shown_in_the_zone_of_the_reader)
{
	/* The same stored instant reads as the local wall clock wherever limber runs. */
	char buf[32];
	in_zone("Europe/London");
	timefmt_local(buf, sizeof buf, "%H:%M", 1795594200);
	cr_assert_str_eq(buf, "08:10");
	in_zone("America/New_York");
	timefmt_local(buf, sizeof buf, "%H:%M", 1795594200);
	cr_assert_str_eq(buf, "03:10");
}

/* Each text must be one documented form entirely, every field its digits. */
static void refuse_datetime(const char *s)
{
	time_t t;
	char *err = NULL;
	cr_assert_not(timefmt_parse_datetime("--at", s, 0, &t, &err), "'%s' was accepted", s);
	cr_assert(err && (strstr(err, "YYYY-MM-DD HH:MM") || strstr(err, "not a time of day")),
		  "'%s': %s", s, err);
	free(err);
}

Test(timefmt, datetime_is_strict)
{
	in_zone("UTC");
	refuse_datetime("2026-11-+1 10:00");
	refuse_datetime("+7:+5");
	refuse_datetime("7:05");
	refuse_datetime("07:5");
	refuse_datetime("-7:05");
	refuse_datetime(" 07:05");
	refuse_datetime("07:05 ");
	refuse_datetime(" 2026-11-01 10:00");
	refuse_datetime("2026-11-01  10:00");
	refuse_datetime("2026-11-1 10:00");
	refuse_datetime("2026-1-01 10:00");
	refuse_datetime("26-11-01 10:00");
	refuse_datetime("2026-11-01 10:00:00");
	refuse_datetime("2026-11-01");
	refuse_datetime("2026/11/01 10:00");
	refuse_datetime("2026-11-01x10:00");
	refuse_datetime("０7:05"); /* fullwidth digits are not digits here */
	refuse_datetime("");
	refuse_datetime("24:00");
	refuse_datetime("10:60");
	time_t t;
	char *err = NULL;
	cr_assert_not(timefmt_parse_datetime("--at", "+7:+5", 0, &t, &err));
	cr_assert_str_eq(err, "--at: '+7:+5' is not a time; write \"YYYY-MM-DD HH:MM\" (or with a T "
			      "between), or \"HH:MM\" for today");
	free(err);
	/* The accepted forms, at their edges. */
	cr_assert(timefmt_parse_datetime("--at", "00:00", 1795594200, &t, &err));
	cr_assert(timefmt_parse_datetime("--at", "23:59", 1795594200, &t, &err));
	cr_assert(timefmt_parse_datetime("--at", "1970-01-01 00:00", 0, &t, &err));
	cr_assert_eq(t, 0);
	cr_assert(timefmt_parse_datetime("--at", "2026-12-31T23:59", 0, &t, &err));
}

static void refuse_date(const char *s)
{
	time_t t;
	char *err = NULL;
	cr_assert_not(timefmt_parse_date("--since", s, &t, &err), "'%s' was accepted", s);
	cr_assert(err && strstr(err, "YYYY-MM-DD"), "'%s': %s", s, err);
	free(err);
}

Test(timefmt, date_is_strict)
{
	in_zone("UTC");
	refuse_date("2026-11-+1");
	refuse_date(" 2026-11-01");
	refuse_date("2026-11-01 ");
	refuse_date("2026-11-1");
	refuse_date("2026-1-01");
	refuse_date("+2026-11-01");
	refuse_date("2026-11-01T00:00");
	refuse_date("20261101");
	refuse_date("2026-00-10");
	refuse_date("1969-12-31");
	time_t t;
	char *err = NULL;
	cr_assert_not(timefmt_parse_date("--until", "2026-11-+1", &t, &err));
	cr_assert_str_eq(err, "--until: '2026-11-+1' is not a date; write YYYY-MM-DD, such as "
			      "2026-11-25");
	free(err);
	cr_assert(timefmt_parse_date("--since", "2026-11-01", &t, &err));
	cr_assert_eq(t, 1793491200);
}

Test(timefmt, iso_is_strict)
{
	int64_t t;
	int off;
	const char *bad[] = {
	    "2026-11-01T10:00:60+00:00", /* no leap second */
	    "2026-11-01T10:00:00+1:00",  "2026-11-01T10:00:00+01:0",  "2026-11-01T10:00:00+-1:00",
	    "2026-11-+1T10:00:00+00:00", "2026-11-01T+7:+5:00+00:00", " 2026-11-01T10:00:00+00:00",
	    "2026-11-01T10:00:00Z",      "2026-11-01T10:00:00",       "2026-11-01T10:00:00 +00:00",
	    "2026-11-01T24:00:00+00:00", "2026-11-01T10:00:00+19:00", "",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		cr_assert_not(timefmt_parse_iso(bad[i], &t, &off), "'%s' was accepted", bad[i]);
	cr_assert(timefmt_parse_iso("2026-11-01T10:00:59-00:30", &t, &off));
	cr_assert_eq(off, -30);
	cr_assert(timefmt_parse_iso("2026-11-01T00:00:00+14:00", &t, &off));
	cr_assert_eq(off, 14 * 60);
}

Test(timefmt, days_are_named_as_people_say_them)
{
	in_zone("UTC");
	time_t now = 1796212800; /* Wed 2 Dec 2026 12:00 UTC */
	char buf[32];
	timefmt_day_name(buf, sizeof buf, now - 11 * 3600, now, true);
	cr_assert_str_eq(buf, "Today");
	timefmt_day_name(buf, sizeof buf, now - 13 * 3600, now, true);
	cr_assert_str_eq(buf, "Yesterday");
	timefmt_day_name(buf, sizeof buf, now - 2 * 86400, now, true);
	cr_assert_str_eq(buf, "Mon 30 Nov");
	timefmt_day_name(buf, sizeof buf, now - 2 * 86400, now, false);
	cr_assert_str_eq(buf, "30 Nov");
	timefmt_day_name(buf, sizeof buf, now - 365 * 86400, now, false);
	cr_assert_str_eq(buf, "02 Dec 25");
}
