/* SPDX-License-Identifier: ISC */
/* trends.h - the diary aggregated: days, weeks, routines and the change over a window */
/*
 * insight/: what the diary says: trends, stats and verdicts, the coach, today, chart data;
 * uses base/, routine/ and diary/; never a face.
 */
#ifndef LIMBER_TRENDS_H
#define LIMBER_TRENDS_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "base/settings.h"
#include "diary/diary.h"
#include "diary/fields.h"
#include "insight/stats.h"

enum trends_measure { TM_BACK, TM_LEG, TM_COUNT };
/* Measures set beside leg pain: what goes with worse days. */
enum trends_other { TO_SITTING, TO_SLEEP, TO_COUNT };

struct trends_day {
	int64_t start; /* local midnight */
	double sum[TM_COUNT];
	int n[TM_COUNT];
	double other_sum[TO_COUNT];
	int other_n[TO_COUNT];
	int entries;
	int sessions; /* at real speed, started that day */
};

struct trends_week {
	int64_t start;
	double sum[TM_COUNT];
	int n[TM_COUNT], max[TM_COUNT];
	int entries, sessions;
	long seconds; /* stretched, in sessions at real speed */
	int symptoms[SYM_COUNT];
};

struct trends_routine {
	char *id, *title;
	int sessions;
	double *delta[TM_COUNT]; /* after - before of each session rated both times, oldest first */
	int delta_n[TM_COUNT];
};

struct trends {
	int weeks; /* nweeks, as an int */
	int64_t from, to; /* [from, to): whole local weeks, the current one last */
	struct trends_day *days;
	size_t ndays;
	size_t today; /* the last day that has begun (the window's last when it is past) */
	struct trends_week *week;
	size_t nweeks;
	struct trends_routine *routine;
	size_t nroutines;
	long previews; /* sessions at a speed other than 1, left out */
	long entries, sessions;
};

/*
 * Aggregates the weeks weeks ending with the one holding now (local time;
 * weeks start on week_start), moved back by `back` weeks. Days without
 * entries stay gaps (n == 0), never zeros.
 */
enum lb_status trends_compute(struct trends *t, struct diary *db, int weeks, int back,
			      enum settings_week week_start, time_t now, struct diags *err);
/*
 * The same over whole local days: the day holding from up to (not
 * including) the local midnight to. Weeks are 7-day blocks from the first
 * day; the last may be shorter.
 */
enum lb_status trends_compute_days(struct trends *t, struct diary *db, time_t from, time_t to,
				   time_t now, struct diags *err);
void trends_free(struct trends *t);

/* The mean of a day, or NAN for a day without that rating. */
double trends_day_mean(const struct trends *t, size_t day, enum trends_measure m);
/* The mean over the 7 days ending with day, of the days that have ratings; NAN if none. */
double trends_moving_avg(const struct trends *t, size_t day, enum trends_measure m);
double trends_week_mean(const struct trends_week *w, enum trends_measure m);
/* The most frequent symptom of a week, or -1. */
int trends_week_top_symptom(const struct trends_week *w);
/*
 * The verdict on a measure over the window up to today (stats.h): the first
 * 14 rated days against the last 14. *since is when the first window began.
 * A session's rating before it counts as that day's pain; the one after not.
 */
void trends_verdict(const struct trends *t, enum trends_measure m, struct stats_verdict *v,
		    int64_t *since);
/* How sitting tolerance or sleep and the same day's leg pain go together, over days up to today. */
void trends_assoc(const struct trends *t, enum trends_other o, struct stats_assoc *a);
/*
 * The routine whose rated sessions lowered leg pain the most, among those
 * whose effect is "helps"; NULL when none. Its effect goes into *p.
 */
const struct trends_routine *trends_helps_most(const struct trends *t, struct stats_paired *p);
/* The paired before/after change of a routine's rated sessions. */
void trends_routine_effect(const struct trends_routine *r, enum trends_measure m,
			   struct stats_paired *p);
/* The local midnight starting the week that holds t. */
time_t trends_week_start(time_t t, enum settings_week week_start);

#endif
