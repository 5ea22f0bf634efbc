/* test_timefmt.c - dates people type, times they read, DST */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "timefmt.h"

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
