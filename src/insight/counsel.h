/* SPDX-License-Identifier: ISC */
/* counsel.h - when to see a doctor, and the red flag still open: what the coach says besides a routine */
#ifndef LIMBER_COUNSEL_H
#define LIMBER_COUNSEL_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "base/settings.h"
#include "diary/diary.h"
#include "insight/trends.h"

/* Weeks of entries before pain that is not clearly better is worth a doctor's look (NHS N1). */
#define COUNSEL_WEEKS_NOT_BETTER 6
/* Days with a session among the last 14 that make "regular exercise" (NHS inform N3). */
#define COUNSEL_REGULAR_DAYS 7
/* A session's after-rating this high, or this far above its before-rating, is severe pain. */
#define COUNSEL_SEVERE_AFTER 8
#define COUNSEL_SEVERE_RISE 3
/* Days that severe session pain and "see a GP soon" flags are spoken of. */
#define COUNSEL_SESSION_DAYS 7
#define COUNSEL_GP_DAYS 14
/* Pain at or below this on average is low enough to leave be. */
#define COUNSEL_LOW_PAIN 3.0

enum counsel_kind { /* in the order they are shown: the most pressing first */
	COUNSEL_SESSION_PAIN, /* severe pain during or after a session */
	COUNSEL_GP_FLAG,      /* a "see a GP soon" flag was noted */
	COUNSEL_NOT_BETTER,   /* not clearly better after 6 weeks of entries */
	COUNSEL_NO_CHANGE,    /* no improvement after 2 weeks of regular sessions */
	COUNSEL_WORSE,        /* pain has risen meaningfully */
	COUNSEL_KINDS,
};

extern const char *const counsel_kind_names[]; /* "not-better", "no-change", ... */

/*
 * What is due, each said once with its reason; NULL where that advice is not
 * due. sentence is in the user's language (the screen, the report);
 * sentence_en the same in English whatever the language, for JSON.
 */
struct counsel {
	char *sentence[COUNSEL_KINDS];
	char *sentence_en[COUNSEL_KINDS];
	int n;               /* how many are due */
	bool red_open;       /* a red flag ticked and not yet answered "none of these now" */
	unsigned red_flags;  /* the flags of the newest answer (field_flags) */
	int64_t red_since;   /* when they were first ticked */
	unsigned gp_flags;   /* "see a GP soon" flags of the last COUNSEL_GP_DAYS days */
	bool function_gain;  /* what the person can do got meaningfully better: progress */
};

/*
 * Reads the diary at now (db may be NULL): eight weeks of trends (eight,
 * or its own when NULL, whatever window the caller shows), the function
 * score's verdict, the sessions of the last days and the red-flag answers. en_gb chooses the NHS 111 wording.
 */
enum lb_status counsel_gather(struct counsel *c, struct diary *db, const struct trends *eight,
			      enum settings_week week_start, time_t now, bool en_gb,
			      struct diags *err);
/*
 * The same from trends t of at least 7 weeks up to now, without the diary's
 * other facts. gain: what the person can do has got meaningfully better
 * (function_gained), or NULL. A gain is progress even when pain has not
 * moved: then neither "not clearly better after 6 weeks" nor "two weeks of
 * sessions have not eased it" is said.
 */
void counsel_from_trends(struct counsel *c, const struct trends *t,
			 const struct stats_verdict *gain);
void counsel_free(struct counsel *c);

/* "both legs, bladder; first noted Thu 3 Dec": the open red flag in words; caller frees. */
char *counsel_red_flag_text(const struct counsel *c);

#endif
