/* SPDX-License-Identifier: ISC */
/* plan.h - the routine planned for today, and the routine used last: what the coach falls back to */
#ifndef LIMBER_PLAN_H
#define LIMBER_PLAN_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "base/settings.h"
#include "base/status.h"
#include "diary/diary.h"

#define PLAN_RECENT_DAYS 400 /* how far back the last routine (and a streak) is looked for */

/*
 * The routine to suggest at now: the one limber.conf's plan names for that
 * local weekday, else last_used (the routine of the last session; may be
 * NULL). *from_plan says which. NULL when there is neither.
 */
const char *plan_suggest(const struct settings *st, time_t now, const char *last_used,
			 bool *from_plan);
/*
 * The routine of the newest session (previews aside) from PLAN_RECENT_DAYS
 * before now on, into *id (NULL when there is none; the caller frees).
 * db may be NULL (no diary yet).
 */
enum lb_status plan_last_routine(struct diary *db, time_t now, char **id, struct diags *err);

/* The newest real session seen so far, for walks that want it on the way. */
struct plan_last {
	int64_t start;
	char *routine; /* the caller frees */
};
void plan_note_last(struct plan_last *l, const struct diary_session *s);
/* Calls fn for every session from PLAN_RECENT_DAYS before now to the end of today. */
enum lb_status plan_each_recent_session(struct diary *db, time_t now, diary_visit_fn fn,
					void *ctx, struct diags *err);

#endif
