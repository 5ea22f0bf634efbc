/* timefmt.c - local dates and times: parsing what people type, printing what they read */
#include "config.h"

#include "timefmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* A broken-down time for a calendar date and wall clock (DST left to mktime). */
static struct tm tm_of(int y, int mo, int d, int h, int mi, int sec)
{
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	tm.tm_isdst = -1;
	return tm;
}

/* Local time for the given wall clock, or false when the clocks skipped it. */
static bool local_time(int y, int mo, int d, int h, int mi, time_t *out)
{
	struct tm tm = tm_of(y, mo, d, h, mi, 0);
	time_t t = mktime(&tm);
	if (t == (time_t)-1)
		return false;
	struct tm back;
	localtime_r(&t, &back);
	if (back.tm_hour != h || back.tm_min != mi || back.tm_mday != d) {
		/* A time in a spring-forward gap: mktime moved it. */
		return false;
	}
	*out = t;
	return true;
}

static bool check_date(const char *option, const char *s, int y, int mo, int d, char **err)
{
	if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1) {
		*err = xasprintf("%s: '%s' is not a date (YYYY-MM-DD)", option, s);
		return false;
	}
	if (d > days_in_month(y, mo)) {
		*err = xasprintf("%s: %04d-%02d-%02d does not exist (that month has %d days)", option,
				 y, mo, d, days_in_month(y, mo));
		return false;
	}
	return true;
}

bool timefmt_parse_datetime(const char *option, const char *s, time_t now, time_t *out,
			    char **err)
{
	int y, mo, d, h, mi, used = 0;
	char sep;
	if (sscanf(s, "%4d-%2d-%2d%c%2d:%2d%n", &y, &mo, &d, &sep, &h, &mi, &used) == 6 &&
	    (size_t)used == strlen(s) && (sep == ' ' || sep == 'T')) {
		if (!check_date(option, s, y, mo, d, err))
			return false;
	} else if (sscanf(s, "%2d:%2d%n", &h, &mi, &used) == 2 && (size_t)used == strlen(s)) {
		struct tm tm;
		localtime_r(&now, &tm);
		y = tm.tm_year + 1900;
		mo = tm.tm_mon + 1;
		d = tm.tm_mday;
	} else {
		*err = xasprintf("%s: '%s' is not a time; write \"YYYY-MM-DD HH:MM\" or \"HH:MM\"",
				 option, s);
		return false;
	}
	if (h < 0 || h > 23 || mi < 0 || mi > 59) {
		*err = xasprintf("%s: %02d:%02d is not a time of day", option, h, mi);
		return false;
	}
	if (!local_time(y, mo, d, h, mi, out)) {
		*err = xasprintf("%s: %04d-%02d-%02d %02d:%02d does not exist here (the clocks "
				 "went forward)",
				 option, y, mo, d, h, mi);
		return false;
	}
	return true;
}

bool timefmt_parse_date(const char *option, const char *s, time_t *out, char **err)
{
	int y, mo, d, used = 0;
	if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3 || (size_t)used != strlen(s)) {
		*err = xasprintf("%s: '%s' is not a date (YYYY-MM-DD)", option, s);
		return false;
	}
	if (!check_date(option, s, y, mo, d, err))
		return false;
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_isdst = -1;
	*out = mktime(&tm); /* a midnight skipped by DST normalises to the day's first hour */
	return true;
}

time_t timefmt_add_days(time_t t, int days)
{
	struct tm tm;
	localtime_r(&t, &tm);
	tm.tm_mday += days; /* mktime normalises across months and DST */
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

time_t timefmt_day_start(time_t t)
{
	return timefmt_add_days(t, 0);
}

time_t timefmt_next_day(time_t t)
{
	return timefmt_add_days(t, 1);
}

int timefmt_offset(time_t t)
{
	struct tm tm;
	localtime_r(&t, &tm);
	return (int)(tm.tm_gmtoff / 60);
}

/* Callers' formats are checked through the attribute on the declaration. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
size_t timefmt_local(char *buf, size_t n, const char *fmt, time_t t)
{
	struct tm tm;
	localtime_r(&t, &tm);
	return strftime(buf, n, fmt, &tm);
}
#pragma GCC diagnostic pop

void timefmt_iso(char *buf, size_t n, int64_t t, int offset_min)
{
	time_t wall = (time_t)(t + (int64_t)offset_min * 60);
	struct tm tm;
	gmtime_r(&wall, &tm);
	int off = offset_min < 0 ? -offset_min : offset_min;
	snprintf(buf, n, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		 offset_min < 0 ? '-' : '+', off / 60, off % 60);
}

bool timefmt_parse_iso(const char *s, int64_t *t, int *offset_min)
{
	int y, mo, d, h, mi, sec, oh, om, used = 0;
	char sign;
	if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &sign, &oh,
		   &om, &used) != 9 ||
	    (size_t)used != strlen(s) || (sign != '+' && sign != '-'))
		return false;
	if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) ||
	    h > 23 || mi > 59 || sec > 60 || oh > 18 || om > 59 || h < 0 || mi < 0 || sec < 0 ||
	    oh < 0 || om < 0)
		return false;
	struct tm tm = tm_of(y, mo, d, h, mi, sec);
	int off = (oh * 60 + om) * (sign == '-' ? -1 : 1);
	*t = (int64_t)timegm(&tm) - (int64_t)off * 60;
	*offset_min = off;
	return true;
}
