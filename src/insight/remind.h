/* SPDX-License-Identifier: ISC */
/*
 * remind.h - what a reminder says: the coach's suggestion and the month's
 * leg-pain verdict in the morning, a request for the day's rating in the
 * evening, care instead of a session after a red flag
 */
#ifndef LIMBER_REMIND_H
#define LIMBER_REMIND_H

#include <stdbool.h>
#include <time.h>

#include "base/settings.h"
#include "base/status.h"
#include "diary/diary.h"
#include "insight/coach.h"
#include "insight/stats.h"
#include "routine/routine.h"

/* From this local hour on, a reminder is the evening one. */
#define REMIND_EVENING_HOUR 15
/* Weeks of diary the "this month" verdict reads. */
#define REMIND_MONTH_WEEKS 5

enum remind_slot { REMIND_MORNING, REMIND_EVENING };

/* What a reminder is made from (remind_gather fills it; tests may fill it by hand). */
struct remind_facts {
	enum remind_slot slot;
	enum coach_why why;       /* the coach's rule */
	const char *routine;      /* the suggested routine's id, or NULL */
	const char *title;        /* its title */
	int minutes;              /* its length */
	char *reason;             /* the coach's reason, one line; owned */
	struct stats_verdict leg; /* leg pain over the last REMIND_MONTH_WEEKS weeks */
	bool function_gain;       /* what the person can do got meaningfully better (function_gained) */
	double function_change;   /* by this many points */
	bool rated_today;         /* back or leg pain rated today */
	int sessions_today;
	bool en_gb; /* British wording for emergency services */
};

/* A notification: a summary line and a body; urgent after a red flag. */
struct remind_msg {
	char *summary, *body;
	bool urgent;
};

/* Morning or evening, by the local hour of now. */
enum remind_slot remind_slot_at(time_t now);
/*
 * Reads the facts at now from the diary (db may be NULL: no diary yet)
 * and the library: the coach's advice as the home screen gives it, the
 * month's verdict, and whether the function score has risen meaningfully. The strings point into lib, reason aside.
 */
enum lb_status remind_gather(struct remind_facts *f, struct diary *db, const struct library *lib,
                             const struct settings *st, time_t now, struct diags *err);
void remind_facts_free(struct remind_facts *f);

/* The words of the reminder; utf8 chooses the dash. Never a command that runs by itself. */
void remind_compose(const struct remind_facts *f, bool utf8, struct remind_msg *m);
/* The summary and the body on one line, for standard output without a notification service. */
char *remind_line(const struct remind_msg *m);
void remind_msg_free(struct remind_msg *m);

#endif
