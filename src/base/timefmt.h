/* SPDX-License-Identifier: ISC */
/* timefmt.h - local dates and times: parsing what people type, printing what they read */
#ifndef LIMBER_TIMEFMT_H
#define LIMBER_TIMEFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/*
 * "YYYY-MM-DD HH:MM" (or with a 'T'), or "HH:MM" meaning that time today, as
 * local time. The whole text must be the form, every field its full count
 * of digits: no signs, spaces or one-digit fields. Refuses impossible dates
 * (2026-02-30) and times the clocks skipped. *err is allocated on failure,
 * names the option and the forms.
 */
bool timefmt_parse_datetime(const char *option, const char *s, time_t now, time_t *out,
			    char **err);
/* "YYYY-MM-DD", strictly as above: the local midnight that starts that day. */
bool timefmt_parse_date(const char *option, const char *s, time_t *out, char **err);
/* Local midnight starting the day `days` days after the one holding t (days may be negative). */
time_t timefmt_add_days(time_t t, int days);
/* Local midnight at the start of the day after the one holding t. */
time_t timefmt_next_day(time_t t);
/* Local midnight starting the day that holds t. */
time_t timefmt_day_start(time_t t);
/* Minutes east of UTC that local time had at t. */
int timefmt_offset(time_t t);
/* strftime of t in local time. */
size_t timefmt_local(char *buf, size_t n, const char *fmt, time_t t)
	__attribute__((format(strftime, 3, 0)));
/* "2026-11-25T08:10:00+01:00": the instant t as the wall clock at offset showed it. */
/*
 * The day of at as the diary list and the home screen name it, seen at
 * now: "Today", "Yesterday", else "Tue 24 Nov" (wide) or "24 Nov", with
 * the year when it is not now's ("24 Nov 2025", narrow "24 Nov 25").
 */
void timefmt_day_name(char *buf, size_t n, time_t at, time_t now, bool wide);
void timefmt_iso(char *buf, size_t n, int64_t t, int offset_min);
/*
 * Parses timefmt_iso's form back into the instant and its offset, strictly:
 * "YYYY-MM-DDTHH:MM:SS+HH:MM" (or '-'), two-digit fields, seconds 00..59.
 */
bool timefmt_parse_iso(const char *s, int64_t *t, int *offset_min);

#endif
