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
_Static_assert((int)TO_SITTING == (int)STATS_SITTING && (int)TO_SLEEP == (int)STATS_SLEEP,
	       "stats_assoc_sentence takes a trends_other as its enum stats_beside");

struct trends_day {
	int64_t start; /* local midnight */
	double sum[TM_COUNT];
	int n[TM_COUNT];
	int max[TM_COUNT]; /* the day's worst rating, when n > 0 */
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

/* How many of a routine's last sessions are kept for where they moved leg symptoms. */
#define TRENDS_LAST_LEGS 3

struct trends_routine {
	char *id;
	char *title;  /* in the user's language, where a shipped routine's (routine_text_title) */
	char *stored; /* as the diary has it, for scripts (trends --format json) */
	int sessions;
	int away; /* of them, done away from the screen and logged afterwards */
	double *delta[TM_COUNT]; /* after - before of each session rated both times, oldest first */
	int delta_n[TM_COUNT];
	int legs[LEGS_COUNT];              /* sessions that left leg symptoms centralised, same, spread */
	int last_legs[TRENDS_LAST_LEGS];   /* the answers of its last sessions, oldest first; -1 none */
	int nlast;
};

struct trends {
	int weeks; /* nweeks, as an int */
	int64_t from, to; /* [from, to): whole local weeks, the current one last */
	struct trends_day *days;
	size_t ndays;
	size_t today; /* the last day that has begun (the window's last when it is past) */
	bool past;    /* the window ended before today: moved back in time */
	struct trends_week *week;
	size_t nweeks;
	struct trends_routine *routine;
	size_t nroutines;
	long previews; /* sessions at a speed other than 1, left out */
	long entries, sessions;
	long away; /* of the sessions, those done away from the screen and logged afterwards */
	/*
	 * What the verdict judges, whatever the window shows: each day's pain
	 * over the 8 weeks up to the window's last day begun (today, unless the
	 * window is in the past). NAN for a day without.
	 */
	double *vday[TM_COUNT];
	int64_t *vstart; /* each of those days' local midnight */
	size_t nvday;
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

/* The day of the window holding at, or -1 outside it. */
long trends_day_of(const struct trends *t, int64_t at);
/* The mean of a day, or NAN for a day without that rating. */
double trends_day_mean(const struct trends *t, size_t day, enum trends_measure m);
/* The mean over the 7 days ending with day, of the days that have ratings; NAN if none. */
double trends_moving_avg(const struct trends *t, size_t day, enum trends_measure m);
double trends_week_mean(const struct trends_week *w, enum trends_measure m);
/* The most frequent symptom of a week, or -1. */
int trends_week_top_symptom(const struct trends_week *w);
/*
 * The verdict on a measure (stats.h): the first 14 rated days of the last 8
 * weeks up to today (or the window's end when it is past) against the last
 * 14, whatever weeks the window shows; first signs from 7 a side. The
 * dates compared go into v; *since is when the first window began. A
 * session's rating before it counts as that day's pain; the one after not.
 */
void trends_verdict(const struct trends *t, enum trends_measure m, struct stats_verdict *v,
		    int64_t *since);
/* How sitting tolerance or sleep and the same day's leg pain go together, over days up to today. */
void trends_assoc(const struct trends *t, enum trends_other o, struct stats_assoc *a);
/*
 * The routine whose rated sessions lowered leg pain the most, among those
 * whose effect is "helps" over at least STATS_MIN_HELPS rated sessions;
 * NULL when none. Its effect goes into *p.
 */
const struct trends_routine *trends_helps_most(const struct trends *t, struct stats_paired *p);
/* The paired before/after change of a routine's rated sessions. */
void trends_routine_effect(const struct trends_routine *r, enum trends_measure m,
			   struct stats_paired *p);
/* The worst rating of a day, or -1 for a day without that rating. */
int trends_day_max(const struct trends *t, size_t day, enum trends_measure m);
/* How many of r's last TRENDS_LAST_LEGS sessions left leg symptoms as `legs` (enum field_legs). */
int trends_routine_last(const struct trends_routine *r, int legs);
/* The local midnight starting the week that holds t. */
time_t trends_week_start(time_t t, enum settings_week week_start);

#endif
