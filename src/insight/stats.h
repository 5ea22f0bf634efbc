/* SPDX-License-Identifier: ISC */
/* stats.h - is pain changing, and does a routine help: changes with 95% intervals, in words */
#ifndef LIMBER_STATS_H
#define LIMBER_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Rated days compared at each end of the period; first signs from this many a side. */
#define STATS_WINDOW_DAYS 14
#define STATS_EARLY_DAYS 7
/* Rated days two weeks need before anything is said of them (coach.c). */
#define STATS_MIN_DAYS 5
/* The period judged: the last 8 weeks (trends.c). */
#define STATS_PERIOD_DAYS 56
/* Rated sessions a routine needs before its effect is judged. */
#define STATS_MIN_SESSIONS 3
/* Rated sessions before a routine can be named as what helps most; below a point it helps a little. */
#define STATS_MIN_HELPS 5
#define STATS_HELPS_LITTLE 1.0
/* Days with both measures before an association is reported. */
#define STATS_MIN_PAIRS 14
/* The minimal important change on a 0-10 scale (shared/content/safety.md). */
#define STATS_MIC_POINTS 2.0
#define STATS_MIC_FRACTION 0.30
#define STATS_MIC_FLOOR 1.0
/* Worsening is noticed earlier (safety.md: deterioration thresholds are smaller): 1.5 points or 20%. */
#define STATS_WORSE_POINTS 1.5
#define STATS_WORSE_FRACTION 0.20

enum stats_direction { DIR_UNKNOWN, DIR_BETTER, DIR_UNCHANGED, DIR_WORSE };
extern const char *const stats_direction_names[]; /* "unknown", "better", ... */

/* The change of one measure from the first two weeks to the last two. */
struct stats_verdict {
	enum stats_direction direction;
	double change, low, high; /* recent minus first, points, with its 95% interval */
	double first, recent;     /* the two means */
	double percent;           /* change as a percentage of first; 0 when first is 0 */
	bool meaningful;          /* at least the minimal important change (smaller for worse) */
	bool early;               /* first signs: fewer than 14 rated days a side */
	int first_from, first_to;   /* indexes of the first window's first and last rated day */
	int recent_from, recent_to; /* and the recent one's */
	int first_days, recent_days; /* rated days in each window */
	int days_needed;          /* unknown: more rated days needed; early: more to be firm */
	/* The local days the windows span (trends_verdict fills them; 0: not known). */
	int64_t first_start, first_end, recent_start, recent_end;
};

/*
 * Judges daily means day[0..n) (NAN where a day has no rating): the first
 * 14 rated days against the last 14. With fewer than 28 rated days but at
 * least 14, the first half against the last (7 or more a side) gives first
 * signs (early); with fewer, it is unknown.
 */
void stats_verdict(const double *day, int n, struct stats_verdict *v);

enum stats_effect { EFFECT_TOO_FEW, EFFECT_HELPS, EFFECT_UNCLEAR, EFFECT_WORSE };
extern const char *const stats_effect_names[]; /* "too-few", "helps", ... */

/* The paired change from before to after the rated sessions of a routine. */
struct stats_paired {
	enum stats_effect effect;
	int n;
	double mean, low, high; /* after minus before: below zero means pain fell */
};

/* Judges n paired differences (after - before). */
void stats_paired(const double *diff, int n, struct stats_paired *p);

/* How two same-day measures move together (Pearson's r with a 95% interval). */
struct stats_assoc {
	bool known; /* false when fewer than STATS_MIN_PAIRS days or no spread */
	int n;
	double r, low, high;
};

void stats_assoc(const double *x, const double *y, int n, struct stats_assoc *a);

/* What an association sets beside leg pain (as trends.h's enum trends_other). */
enum stats_beside { STATS_SITTING, STATS_SLEEP };

/*
 * In words, as an association and not a cause: "Sitting: on days you could
 * sit longer, leg pain was lower (r = −0.52, −0.78 to −0.12; 20 days) — they
 * go together, which does not say that one causes the other." NULL when a is
 * not known or its interval spans zero (nothing to say). english: in English
 * whatever the language, for a file (insight/words.h).
 */
char *stats_assoc_sentence(const struct stats_assoc *a, enum stats_beside what, bool utf8,
			   bool english);

/* The two-sided 95% quantile of Student's t with df degrees of freedom. */
double stats_t95(int df);

/*
 * One sentence: "Leg pain: better — down 3.0 points (2.4 to 3.6), -46% since
 * mid-October; a meaningful change." what is "Leg pain" (translated or not,
 * as the rest); since is when the first window began (local time). utf8
 * chooses the dash and minus signs; english: in English whatever the
 * language, for a file (insight/words.h), else in the user's language.
 */
char *stats_verdict_sentence(const struct stats_verdict *v, const char *what, int64_t since,
			     bool utf8, bool english);
/* The same, short, for a line on screen: "better — down 3.0 points (−46%), a meaningful change". */
char *stats_verdict_short(const struct stats_verdict *v, bool utf8);
/*
 * "helps — leg pain 2.0 lower after a session (1.6 to 2.4; 12 sessions)" and
 * the like, for the screen; what is "leg pain", translated.
 */
char *stats_effect_sentence(const struct stats_paired *p, const char *what, bool utf8);

#endif
