/* SPDX-License-Identifier: ISC */
/* report_text.h - the report's sentences, in a clinician's words, from what report_data gathered */
#ifndef LIMBER_REPORT_TEXT_H
#define LIMBER_REPORT_TEXT_H

#include "insight/report_data.h"

/*
 * Each returns a new string (caller frees) in UTF-8 with real minus signs,
 * every interval named as a 95% interval.
 */

/* "In this period: 50 entries on 55 of 56 days. Stretching: 41 sessions played in limber
 * and 26 done away from the screen and logged afterwards; 10 h 54 min in all." */
char *report_text_summary(const struct report_data *d);
/* "Leg pain fell from 6.9 to 3.7: −3.2 points (95% interval −3.6 to −2.8), −46%; ..." */
char *report_text_verdict(const struct report_data *d, enum trends_measure m);
/*
 * A routine's change in pain from before to after a session: "−1.3 (95%
 * interval −1.4 to −1.1): lower after", "all 4 sessions: −1, lower after
 * each" (identical ratings have no spread to draw), "−1 from 2 rated
 * sessions: too few to judge", or "not rated".
 */
char *report_text_effect(const struct trends_routine *r, enum trends_measure m);
/* "Sitting tolerance was higher on days with lower leg pain (r = ...)"; NULL when no clear link. */
char *report_text_assoc(const struct report_data *d, enum trends_other o);
/*
 * Pain below the knee in the first and the last two weeks, and whether it
 * moved up the leg (centralising) or down; NULL when the period is too
 * short for two windows or either has no places noted.
 */
char *report_text_places(const struct report_data *d);

/*
 * What the patient can do, as the Patient-Specific Functional Scale's
 * verdict: "Function better — rose from 3.5 to 6.5 of 10: +3.0 points (95%
 * interval +2.1 to +3.9); a clinically important change. The first 4
 * weekly ratings (from 5 Oct 2026) against the last 4 (to 30 Nov 2026).",
 * "Function unchanged — ...", or how many more ratings are needed. NULL
 * when no activity was ever named.
 */
char *report_text_function(const struct report_data *d);

#endif
