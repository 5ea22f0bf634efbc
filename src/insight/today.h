/* SPDX-License-Identifier: ISC */
/* today.h - today at a glance: last entry, sessions, streak, suggestion, this week */
#ifndef LIMBER_TODAY_H
#define LIMBER_TODAY_H

#include <stdbool.h>
#include <time.h>

#include "base/settings.h"
#include "diary/diary.h"
#include "insight/coach.h"
#include "insight/plan.h"
#include "insight/trends.h"

#define TODAY_STREAK_DAYS PLAN_RECENT_DAYS /* how far back a streak is counted */

/* The last few records, newest first, for a glance at the recent days. */
#define TODAY_RECENT 5
#define TODAY_RECENT_DAYS 14

struct today_recent {
	bool session;
	int64_t at;
	int back, leg;        /* an entry's pain, or a session's after-rating */
	int before_leg;       /* a session's before-rating */
	unsigned symptoms, flags;
	char *title;          /* a session's routine title */
	char *note;           /* an entry's note, or NULL */
	bool complete, preview;
};


struct today {
	bool has_entry;
	struct diary_entry last;
	int sessions_today, sessions_week;
	int streak;          /* days in a row with a session, up to today (or yesterday) */
	char *suggested;     /* a routine id, or NULL */
	bool from_plan;      /* the suggestion comes from limber.conf's plan */
	struct trends weeks; /* last week and this week, for the sparkline and averages */
	struct trends eight; /* the last TODAY_ADVICE_WEEKS weeks: what helps, the verdict, the coach */
	/* What helps: the routine whose sessions lower leg pain the most, over 8 weeks. */
	char *helps_title;
	double helps_delta; /* average change of leg pain, after - before */
	int helps_sessions;
	struct today_recent recent[TODAY_RECENT];
	int nrecent;
	/* From today_advise: */
	char *verdict;              /* "better — down 3.0 points (−46%), ...", or NULL */
	enum stats_direction verdict_dir;
	bool advised;
	struct coach_advice advice; /* today's suggestion and its reason */
};

/* Weeks of trends the verdict and the coach read on the home screen. */
#define TODAY_ADVICE_WEEKS 8

/* Everything the home screen shows, at `now`. Previews never count. */
enum lb_status today_compute(struct today *t, struct diary *db, const struct settings *st,
			     time_t now, struct diags *err);
void today_free(struct today *t);
/*
 * The leg-pain verdict over the last TODAY_ADVICE_WEEKS weeks and coach's
 * suggestion with its reason, into t, from the weeks today_compute read.
 */
enum lb_status today_advise(struct today *t, struct diary *db, const struct library *lib,
			    const struct settings *st, time_t now, bool utf8, struct diags *err);

#endif
