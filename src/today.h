/* today.h - today at a glance: last entry, sessions, streak, suggestion, this week */
#ifndef LIMBER_TODAY_H
#define LIMBER_TODAY_H

#include <stdbool.h>
#include <time.h>

#include "diary.h"
#include "settings.h"
#include "trends.h"

#define TODAY_STREAK_DAYS 400 /* how far back a streak is counted */

struct today {
	bool has_entry;
	struct diary_entry last;
	int sessions_today, sessions_week;
	int streak;          /* days in a row with a session, up to today (or yesterday) */
	char *suggested;     /* a routine id, or NULL */
	bool from_plan;      /* the suggestion comes from limber.conf's plan */
	struct trends weeks; /* last week and this week, for the sparkline and averages */
};

/* Everything the home screen shows, at `now`. Previews never count. */
enum lb_status today_compute(struct today *t, struct diary *db, const struct settings *st,
			     time_t now, struct diags *err);
void today_free(struct today *t);

#endif
