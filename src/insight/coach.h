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

/* Days settled (leg pain 3 or less, not worse) and sessions in them before a step up. */
#define COACH_SETTLED_DAYS 14
#define COACH_SETTLED_LEG 3
#define COACH_SETTLED_SESSIONS 8
/* A bad day: leg pain this high, or this far above the week's average. */
#define COACH_BAD_LEG 7
#define COACH_BAD_ABOVE 2.0

/* What the diary says about today and the last weeks; -1 or NAN where unknown. */
struct coach_facts {
	bool red_flag_24h;        /* an entry of the last 24 hours ticked a red flag */
	int today_leg;            /* the highest leg pain rated today, -1 when none */
	double week_leg;          /* mean daily leg pain of the 7 days before today, NAN */
	int last_session_change;  /* leg pain after minus before in the last rated session */
	bool last_session_rated;
	const char *planned;      /* today's plan, or NULL */
	enum stats_effect planned_effect;
	bool settled;             /* every rated day of the last 14 at leg <= 3, none worse */
	int settled_days;         /* days with ratings among those 14 */
	int sessions_14;          /* sessions in the last 14 days */
	const char *helps_most;   /* the routine with the largest fall in leg pain, or NULL */
	const char *last_used;    /* the routine of the last session, or NULL */
	char *own_last;           /* what coach_gather allocated for last_used */
};

enum coach_why {
	COACH_RED_FLAG, /* no session: urgent care first */
	COACH_FLARE,    /* a bad day: the gentle routine */
	COACH_STEP_UP,  /* settled: the next step up */
	COACH_PLAN,     /* today's plan */
	COACH_HELPS,    /* what helps most */
	COACH_LAST,     /* the last one used */
	COACH_NONE,     /* nothing to go on */
};

extern const char *const coach_why_names[]; /* "red-flag", "flare", "step-up", ... */

struct coach_advice {
	enum coach_why why;
	const struct routine *routine; /* NULL for COACH_RED_FLAG and COACH_NONE */
	char *reason;                  /* one line, without the routine's title */
};

/* Applies the rules in order; routines that are not in lib are passed over. */
void coach_suggest(const struct coach_facts *f, const struct library *lib,
		   struct coach_advice *out);
void coach_advice_free(struct coach_advice *a);

/*
 * Reads the facts at now from t (trends of the weeks up to now, at least
 * two) and the diary: red flags of the last 24 hours and the sessions of
 * the last 14 days. db may be NULL (no diary yet).
 */
enum lb_status coach_gather(struct coach_facts *f, const struct trends *t, struct diary *db,
			    const struct settings *st, time_t now, struct diags *err);
void coach_facts_free(struct coach_facts *f);
/* Whether an entry of the 24 hours before now ticked a red flag (db may be NULL). */
enum lb_status coach_red_flag(struct diary *db, time_t now, bool *flag, struct diags *err);

/* The routine one step up from id on the ladder (id NULL: the first step). */
const char *coach_step_up(const char *id);

#endif
