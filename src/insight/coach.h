/* SPDX-License-Identifier: ISC */
/* coach.h - what to suggest today, and why: rules over the diary's recent facts */
#ifndef LIMBER_COACH_H
#define LIMBER_COACH_H

#include <stdbool.h>

#include <time.h>

#include "base/settings.h"
#include "diary/diary.h"
#include "insight/stats.h"
#include "insight/trends.h"
#include "routine/routine.h"

/* The routine for a bad day, and the ladder of steps up from it, gentlest first. */
#define COACH_GENTLE "flare-up-gentle"

/* Days settled (back and leg pain 3 or less, not worse) and sessions in them before a step up. */
#define COACH_SETTLED_DAYS 14
#define COACH_SETTLED_PAIN 3
#define COACH_SETTLED_SESSIONS 8
/* A bad day: back or leg pain this high, or this far above its own mean of the 14 days before. */
#define COACH_BAD_PAIN 7
#define COACH_BAD_ABOVE 3.0
#define COACH_BASE_DAYS 14
/* A routine that spread leg symptoms this often in its last sessions is not suggested. */
#define COACH_SPREAD_TIMES 2
#define COACH_SPREAD_OF 3
#define COACH_MAX_SPREAD 8

/*
 * What the diary says about today and the last weeks; -1 or NAN where
 * unknown. Arrays are indexed by enum trends_measure: back pain counts as
 * much as leg pain.
 */
struct coach_facts {
	bool red_flag;              /* a red flag is open: ticked, not answered "none" since */
	int today[TM_COUNT];        /* the worst rating of today, -1 when none */
	double base[TM_COUNT];      /* mean daily pain of the 14 days before today, NAN */
	int last_change[TM_COUNT];  /* after minus before in the last rated session */
	bool last_rated[TM_COUNT];
	struct stats_verdict verdict[TM_COUNT]; /* the change over the weeks up to today */
	const char *planned;        /* today's plan, or NULL */
	enum stats_effect planned_effect;
	bool settled;               /* every rated day of the last 14 at 3 or less, none worse */
	int settled_days;           /* days with ratings among those 14 */
	int sessions_14;            /* sessions in the last 14 days */
	const char *helps_most;     /* the routine with the largest fall in leg pain, or NULL */
	char *centralises;          /* the routine that most often moved leg symptoms back, or NULL */
	char *spread[COACH_MAX_SPREAD]; /* routines that spread them in 2 of their last 3 sessions */
	int nspread;
	bool function_gain;         /* what the person can do got meaningfully better (function_gained) */
	double function_change;     /* by this many points */
	const char *last_used;      /* the routine of the last session, or NULL */
	char *own_last;             /* what coach_gather allocated for last_used */
};

enum coach_why {
	COACH_RED_FLAG, /* no session: urgent care first */
	COACH_FLARE,    /* a bad day: the gentle routine */
	COACH_STEP_UP,  /* settled: the next step up */
	COACH_PLAN,     /* today's plan */
	COACH_CENTRAL,  /* it moves leg symptoms toward the back */
	COACH_HELPS,    /* what helps most */
	COACH_LAST,     /* the last one used */
	COACH_NONE,     /* nothing to go on */
};

extern const char *const coach_why_names[]; /* "red-flag", "flare", "step-up", ... */

struct coach_advice {
	enum coach_why why;
	const struct routine *routine; /* NULL for COACH_RED_FLAG and COACH_NONE */
	char *reason;                  /* one line, no routine's title, in the user's language */
	char *reason_en;               /* the same in English whatever the language, for JSON */
};

/*
 * Applies the rules in order; routines that are not in lib, and those that
 * spread leg symptoms (the reason then says so), are passed over. When the
 * routine is kept on (the plan, what centralises, what helps, the last one)
 * and the function score has risen meaningfully, the reason says so: that is
 * progress even when pain has not moved.
 */
void coach_suggest(const struct coach_facts *f, const struct library *lib,
		   struct coach_advice *out);
void coach_advice_free(struct coach_advice *a);

/*
 * Reads the facts at now from t (trends of the weeks up to now, at least
 * two) and the diary: the open red flag, the sessions of the last 14 days
 * and the function score's verdict. db may be NULL (no diary yet).
 */
enum lb_status coach_gather(struct coach_facts *f, const struct trends *t, struct diary *db,
			    const struct settings *st, time_t now, struct diags *err);
void coach_facts_free(struct coach_facts *f);

/*
 * Whether a red flag is open at now: the newest entry that answered the
 * red-flag question ticked one. An entry that left it unanswered changes
 * nothing. *flags gets that entry's flags and *since when the flags were
 * first ticked without a "none" between (both may be NULL).
 */
enum lb_status coach_red_flag(struct diary *db, time_t now, bool *open, unsigned *flags,
			      int64_t *since, struct diags *err);

/* The routine one step up from id on the ladder (id NULL: the first step). */
const char *coach_step_up(const char *id);

#endif
