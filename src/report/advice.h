/* SPDX-License-Identifier: ISC */
/* advice.h - the report's lines from the coach: the red flag still open, when to see a doctor,
 * and where each routine moved leg symptoms */
#ifndef LIMBER_ADVICE_H
#define LIMBER_ADVICE_H

#include "insight/counsel.h"
#include "insight/report_data.h"
#include "report/pdf.h"

/* A red flag ticked and not yet answered "none of these now": its flags and the day first ticked. */
void advice_open_flag(struct pdf *p, const struct counsel *c);
/* What is due about seeing a doctor, each once with its reason; nothing when none is. */
void advice_counsel(struct pdf *p, const struct counsel *c);
/* Per routine, how often leg symptoms centralised, stayed or spread; nothing when never said. */
void advice_directions(struct pdf *p, const struct report_data *d);

#endif
