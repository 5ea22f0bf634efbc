/* SPDX-License-Identifier: ISC */
/* test_schedule.c - --at and --days, systemd unit text, crontab lines */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/schedule.h"

static struct schedule_time time_of(const char *s)
{
	struct schedule_time t = {-1, -1};
	char *why = NULL;
	cr_assert(schedule_parse_time("--at", s, &t, &why), "%s: %s", s, why);
	return t;
}

static char *time_error(const char *s)
{
	struct schedule_time t;
	char *why = NULL;
	cr_assert_not(schedule_parse_time("--at", s, &t, &why), "%s was read", s);
	cr_assert_not_null(why);
	return why;
}

Test(schedule, reads_times_of_day)
{
	struct schedule_time t = time_of("07:30");
	cr_assert_eq(t.hour, 7);
	cr_assert_eq(t.min, 30);
	t = time_of("7:05");
	cr_assert_eq(t.hour * 100 + t.min, 705);
	cr_assert_eq(time_of("00:00").hour, 0);
	t = time_of("23:59");
	cr_assert_eq(t.hour * 100 + t.min, 2359);
}

Test(schedule, refuses_what_is_not_a_time)
{
	char *why = time_error("25:00");
	cr_assert_str_eq(why, "--at: must be a time HH:MM from 00:00 to 23:59, got '25:00'");
	free(why);
	const char *bad[] = {"24:00", "12:60", "7:3",    "073:0", "07:30:00", "07.30",
	                     "",      ":30",   "7:30pm", "-1:30", " 7:30",    "07:3a"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		free(time_error(bad[i]));
}

static unsigned days_of(const char *s)
{
	unsigned m = 0;
	char *why = NULL;
	cr_assert(schedule_parse_days("--days", s, &m, &why), "%s: %s", s, why);
	return m;
}

static char *days_error(const char *s)
{
	unsigned m = 0;
	char *why = NULL;
	cr_assert_not(schedule_parse_days("--days", s, &m, &why), "%s was read", s);
	cr_assert_not_null(why);
	return why;
}

Test(schedule, reads_days_ranges_and_lists)
{
	cr_assert_eq(days_of("mon-fri"), SCHEDULE_WEEKDAYS);
	cr_assert_eq(days_of("Mon..Fri"), SCHEDULE_WEEKDAYS);
	cr_assert_eq(days_of("weekdays"), SCHEDULE_WEEKDAYS);
	cr_assert_eq(days_of("sat,sun"), 0x60u);
	cr_assert_eq(days_of("WEEKENDS"), 0x60u);
	cr_assert_eq(days_of("daily"), SCHEDULE_EVERY_DAY);
	cr_assert_eq(days_of("monday,Wednesday,fri"), 0x15u);
	cr_assert_eq(days_of("fri-mon"), 0x71u, "a range may wrap past Sunday");
	cr_assert_eq(days_of("sun"), 0x40u);
	cr_assert_eq(days_of("tue-tue"), 0x02u);
}

Test(schedule, names_the_unknown_day)
{
	char *why = days_error("mon-fry");
	cr_assert_str_eq(why,
	                 "--days: unknown day 'fry' in 'mon-fry' (days are mon, tue, wed, thu, "
	                 "fri, sat, sun; mon-fri is a range; also daily, weekdays, weekends)");
	free(why);
	why = days_error("");
	cr_assert_str_eq(why, "--days: no days given");
	free(why);
	const char *bad[] = {"mo",        "mon,,fri", "mon-",   "-fri", "mon-fri-sat",
	                     "mon...fri", "monday-",  "funday", "mon,", "mond"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		free(days_error(bad[i]));
}

static void text_is(char *got, const char *want)
{
	cr_assert_str_eq(got, want);
	free(got);
}

Test(schedule, says_days_in_words)
{
	text_is(schedule_days_text(SCHEDULE_EVERY_DAY), "every day");
	text_is(schedule_days_text(SCHEDULE_WEEKDAYS), "mon-fri");
	text_is(schedule_days_text(0x60u), "sat,sun");
	text_is(schedule_days_text(0x15u), "mon,wed,fri");
	text_is(schedule_days_text(0x6fu), "mon-thu,sat,sun");
}

Test(schedule, writes_calendar_events)
{
	struct schedule_time t = {7, 30};
	text_is(schedule_oncalendar(t, SCHEDULE_EVERY_DAY), "*-*-* 07:30:00");
	text_is(schedule_oncalendar(t, SCHEDULE_WEEKDAYS), "Mon..Fri *-*-* 07:30:00");
	text_is(schedule_oncalendar((struct schedule_time){19, 5}, 0x55u),
	        "Mon,Wed,Fri,Sun *-*-* 19:05:00");
	text_is(schedule_timer_name("limber-remind", t), "limber-remind-0730.timer");
}

Test(schedule, writes_a_persistent_timer)
{
	char *u = schedule_timer_unit((struct schedule_time){7, 30}, SCHEDULE_WEEKDAYS,
	                              "limber-remind.service", "at 07:30, 100% sure");
	cr_assert(strstr(u, "\n[Timer]\nOnCalendar=Mon..Fri *-*-* 07:30:00\n"), "%s", u);
	cr_assert(strstr(u, "\nPersistent=true\n"), "%s", u);
	cr_assert(strstr(u, "\nUnit=limber-remind.service\n"), "%s", u);
	cr_assert(strstr(u, "\n[Install]\nWantedBy=timers.target\n"), "%s", u);
	cr_assert(strstr(u, "\nDescription=at 07:30, 100%% sure\n"), "a specifier stays text: %s",
	          u);
	free(u);
}

Test(schedule, quotes_exec_start)
{
	const char *argv[] = {"/opt/my limber/limber",  "remind", "--now", "--data",
	                      "/home/a\"b\\c/50%$HOME", NULL};
	char *u = schedule_service_unit("limber", argv);
	cr_assert(strstr(u, "\n[Service]\nType=oneshot\nExecStart=\"/opt/my limber/limber\" remind "
	                    "--now --data \"/home/a\\\"b\\\\c/50%%$$HOME\"\n"),
	          "%s", u);
	free(u);
	const char *plain[] = {"/usr/bin/limber", "remind", "--now", NULL};
	u = schedule_service_unit("limber", plain);
	cr_assert(strstr(u, "\nExecStart=/usr/bin/limber remind --now\n"), "%s", u);
	free(u);
	const char *control[] = {"/usr/bin/limber", "--data", "/tmp/a\nb", NULL};
	cr_assert_null(schedule_service_unit("limber", control));
}

Test(schedule, reads_back_its_own_timers)
{
	const unsigned masks[] = {
	    SCHEDULE_EVERY_DAY, SCHEDULE_WEEKDAYS, 0x60u, 0x55u, 0x01u, 0x6fu};
	for (size_t i = 0; i < sizeof masks / sizeof *masks; i++) {
		struct schedule_time t = {(int)i * 4 + 1, (int)i * 9}, back;
		char *u = schedule_timer_unit(t, masks[i], "x.service", "d");
		unsigned m = 0;
		cr_assert(schedule_read_timer(u, &back, &m), "%s", u);
		cr_assert_eq(back.hour, t.hour);
		cr_assert_eq(back.min, t.min);
		cr_assert_eq(m, masks[i], "mask %#x came back as %#x", masks[i], m);
		free(u);
	}
	struct schedule_time t;
	unsigned m;
	cr_assert_not(schedule_read_timer("[Timer]\nUnit=x.service\n", &t, &m));
	cr_assert_not(schedule_read_timer("OnCalendar=hourly\n", &t, &m));
	cr_assert_not(schedule_read_timer("OnCalendar=Mon..Fry *-*-* 07:30:00\n", &t, &m));
	cr_assert_not(schedule_read_timer("OnCalendar=*-*-* 25:30:00\n", &t, &m));
}

Test(schedule, writes_crontab_lines)
{
	struct schedule_time t = {7, 30};
	text_is(schedule_crontab_line(t, SCHEDULE_WEEKDAYS, "limber remind --now"),
	        "30 7 * * 1-5 limber remind --now");
	text_is(schedule_crontab_line((struct schedule_time){19, 0}, SCHEDULE_EVERY_DAY, "x"),
	        "0 19 * * * x");
	text_is(schedule_crontab_line(t, 0x60u, "x"), "30 7 * * 6,7 x");
	text_is(schedule_shell_quote("/usr/bin/limber"), "/usr/bin/limber");
	text_is(schedule_shell_quote("/opt/it's 100%"), "'/opt/it'\\''s 100\\%'");
	text_is(schedule_shell_quote(""), "''");
	cr_assert_null(schedule_shell_quote("a\tb"));
}
