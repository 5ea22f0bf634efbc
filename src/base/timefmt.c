/* SPDX-License-Identifier: ISC */
/* timefmt.c - local dates and times: parsing what people type, printing what they read */
#include "config.h"

#include "base/timefmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/*
 * Whether s is exactly form, where '9' stands for one ASCII digit and every
 * other character for itself: no signs, spaces or one-digit fields slip in.
 */
static bool form_match(const char *s, const char *form)
{
	size_t i = 0;
	for (; form[i]; i++) {
		if (form[i] == '9' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != form[i])
			return false;
	}
	return s[i] == '\0';
}

/* The number in the len digits at s + at (form_match has checked them). */
static int digits_at(const char *s, size_t at, size_t len)
{
	int v = 0;
	for (size_t i = at; i < at + len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
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
		/* TRANSLATORS: %s are an option ("--at") and what was given. */
		*err = xasprintf(_("%s: '%s' is not a date (YYYY-MM-DD)"), option, s);
		return false;
	}
	if (d > days_in_month(y, mo)) {
		*err = xasprintf(_("%s: %04d-%02d-%02d does not exist (that month has %d days)"),
		                 option, y, mo, d, days_in_month(y, mo));
		return false;
	}
	return true;
}

bool timefmt_parse_datetime(const char *option, const char *s, time_t now, time_t *out,
			    char **err)
{
	int y, mo, d, h, mi;
	if (form_match(s, "9999-99-99 99:99") || form_match(s, "9999-99-99T99:99")) {
		y = digits_at(s, 0, 4);
		mo = digits_at(s, 5, 2);
		d = digits_at(s, 8, 2);
		h = digits_at(s, 11, 2);
		mi = digits_at(s, 14, 2);
		if (!check_date(option, s, y, mo, d, err))
			return false;
	} else if (form_match(s, "99:99")) {
		h = digits_at(s, 0, 2);
		mi = digits_at(s, 3, 2);
		struct tm tm;
		localtime_r(&now, &tm);
		y = tm.tm_year + 1900;
		mo = tm.tm_mon + 1;
		d = tm.tm_mday;
	} else {
		/* TRANSLATORS: the forms --at takes; YYYY, MM, DD, HH and T stand as they are. */
		*err =
		    xasprintf(_("%s: '%s' is not a time; write \"YYYY-MM-DD HH:MM\" (or with a T "
		                "between), or \"HH:MM\" for today"),
		              option, s);
		return false;
	}
	if (h > 23 || mi > 59) {
		*err = xasprintf(_("%s: %02d:%02d is not a time of day (00:00 to 23:59)"), option,
		                 h, mi);
		return false;
	}
	if (!local_time(y, mo, d, h, mi, out)) {
		*err = xasprintf(_("%s: %04d-%02d-%02d %02d:%02d does not exist here (the clocks "
		                   "went forward)"),
		                 option, y, mo, d, h, mi);
		return false;
	}
	return true;
}

bool timefmt_parse_date(const char *option, const char *s, time_t *out, char **err)
{
	if (!form_match(s, "9999-99-99")) {
		*err = xasprintf(_("%s: '%s' is not a date; write YYYY-MM-DD, such as 2026-11-25"),
		                 option, s);
		return false;
	}
	int y = digits_at(s, 0, 4), mo = digits_at(s, 5, 2), d = digits_at(s, 8, 2);
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
	if (!form_match(s, "9999-99-99T99:99:99+99:99") && !form_match(s, "9999-99-99T99:99:99-99:99"))
		return false;
	int y = digits_at(s, 0, 4), mo = digits_at(s, 5, 2), d = digits_at(s, 8, 2);
	int h = digits_at(s, 11, 2), mi = digits_at(s, 14, 2), sec = digits_at(s, 17, 2);
	char sign = s[19];
	int oh = digits_at(s, 20, 2), om = digits_at(s, 23, 2);
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 ||
	    mi > 59 || sec > 59 || oh > 18 || om > 59)
		return false;
	struct tm tm = tm_of(y, mo, d, h, mi, sec);
	int off = (oh * 60 + om) * (sign == '-' ? -1 : 1);
	*t = (int64_t)timegm(&tm) - (int64_t)off * 60;
	*offset_min = off;
	return true;
}

/* The narrow form's two-digit year is meant: the list shows the year only to tell it apart. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-y2k"
void timefmt_day_name(char *buf, size_t n, time_t at, time_t now, bool wide)
{
	time_t today = timefmt_day_start(now), day = timefmt_day_start(at);
	struct tm a, b;
	localtime_r(&now, &a);
	localtime_r(&at, &b);
	/*
	 * The date forms are strftime's, for translators to put in their order
	 * ("%a %d %b" in English: "Tue 24 Nov"); the names come from the locale.
	 */
	if (day == today)
		snprintf(buf, n, "%s", _("Today"));
	else if (day == timefmt_day_start(today - 1))
		snprintf(buf, n, "%s", _("Yesterday"));
	else if (a.tm_year == b.tm_year && wide)
		/* TRANSLATORS: strftime: a day this year in the diary list ("Tue 24 Nov"). */
		timefmt_local(buf, n, _("%a %d %b"), at);
	else if (a.tm_year == b.tm_year)
		/* TRANSLATORS: strftime: a day this year where room is short ("24 Nov"). */
		timefmt_local(buf, n, _("%d %b"), at);
	else if (wide)
		/* TRANSLATORS: strftime: a day of another year ("24 Nov 2025"). */
		timefmt_local(buf, n, _("%d %b %Y"), at);
	else
		/* TRANSLATORS: strftime: a day of another year, short ("24 Nov 25"). */
		timefmt_local(buf, n, _("%d %b %y"), at);
}
#pragma GCC diagnostic pop
