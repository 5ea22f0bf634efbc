/* SPDX-License-Identifier: ISC */
/*
 * schedule.h - times of day and weekdays: read from options, written as
 * systemd timer and service units and as crontab lines (text only, no I/O)
 */
#ifndef LIMBER_SCHEDULE_H
#define LIMBER_SCHEDULE_H

#include <stdbool.h>

/* A time of day, local. */
struct schedule_time {
	int hour, min;
};

/* Weekdays as bits: Monday is bit 0, Sunday bit 6. */
#define SCHEDULE_EVERY_DAY 0x7fu
#define SCHEDULE_WEEKDAYS  0x1fu

/*
 * Reads "HH:MM" (or "H:MM"), 00:00..23:59, for option opt ("--at"). On
 * failure *why is a new message naming opt and s: "--at: must be a time
 * HH:MM from 00:00 to 23:59, got '25:00'".
 */
bool schedule_parse_time(const char *opt, const char *s, struct schedule_time *t, char **why);
/*
 * Reads a list of days: names (mon or monday, any case), ranges (mon-fri,
 * fri-mon wraps; Mon..Fri as systemd writes them), separated by commas, or
 * daily, weekdays, weekends. Sets *mask; *why as above when it cannot.
 */
bool schedule_parse_days(const char *opt, const char *s, unsigned *mask, char **why);
/* "mon-fri", "mon,wed,sat-sun", "every day": mask in words, runs of three or more as ranges. */
char *schedule_days_text(unsigned mask);

/* The unit's name for a time: "limber-remind-0730.timer" with prefix "limber-remind". */
char *schedule_timer_name(const char *prefix, struct schedule_time t);
/* systemd's calendar event: "Mon..Fri *-*-* 07:30:00", "*-*-* 19:00:00" every day. */
char *schedule_oncalendar(struct schedule_time t, unsigned mask);
/*
 * A timer unit that starts service at t on the days of mask; Persistent=true
 * so that a time missed while the machine slept is made up at wake-up.
 */
char *schedule_timer_unit(struct schedule_time t, unsigned mask, const char *service,
                          const char *description);
/*
 * A oneshot service unit running argv (argv[0] an absolute path), each word
 * quoted as systemd reads ExecStart=. NULL when a word holds a control
 * character (a unit file cannot say it).
 */
char *schedule_service_unit(const char *description, const char *const *argv);
/*
 * Reads back the time and days of a timer unit written by
 * schedule_timer_unit (its OnCalendar= line); false when there is none.
 */
bool schedule_read_timer(const char *text, struct schedule_time *t, unsigned *mask);
/* A crontab line running command (a shell command line) at t on the days of mask. */
char *schedule_crontab_line(struct schedule_time t, unsigned mask, const char *command);
/* word as sh reads it: as it is, or in single quotes with cron's % escaped; NULL for control
 * characters. */
char *schedule_shell_quote(const char *word);

#endif
