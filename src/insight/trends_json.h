/* SPDX-License-Identifier: ISC */
/* trends_json.h - the trends as JSON, for scripts: verdicts, routines, weeks, the suggestion */
#ifndef LIMBER_TRENDS_JSON_H
#define LIMBER_TRENDS_JSON_H

#include <stdbool.h>

#include "insight/coach.h"
#include "insight/function.h"
#include "insight/counsel.h"
#include "insight/trends.h"

/*
 * One JSON object: window, verdict.leg and verdict.back, routines[],
 * weeks[], suggestion (advice may be NULL), function (its activities,
 * weekly scores and verdict; fn may be NULL); with c, advice[] (kind and
 * sentence of each "see a doctor" that is due) and red_flag_open (the
 * flags and the date first ticked, or null). Numbers are rounded to two
 * places, missing ratings are null. Caller frees.
 */
char *trends_json(const struct trends *t, const struct coach_advice *advice,
		  const struct counsel *c, const struct function_history *fn, bool utf8);

#endif
