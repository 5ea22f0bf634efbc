/* SPDX-License-Identifier: ISC */
/* sections.h - the parts of the clinician's report, each drawn at the cursor */
#ifndef LIMBER_SECTIONS_H
#define LIMBER_SECTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "insight/progress.h"
#include "insight/report_data.h"
#include "report/pdf.h"
#include "routine/routine.h"

/* "5 Jan 2026", or "Mon 5 Jan 2026 09:10" with the time. */
void sections_date(char *buf, size_t n, int64_t t, bool with_time);

/*
 * A line saying that a part of the report has nothing to show: a finding for
 * the clinician, in body text (grey is for how things were counted).
 */
void sections_nothing(struct pdf *p, const char *text);

/* Red flags shown on the first page; more are listed in full at the end. */
#define SECTIONS_FLAGS_FIRST 8

void sections_red_flags(struct pdf *p, const struct report_data *d);
void sections_all_red_flags(struct pdf *p, const struct report_data *d);
void sections_verdicts(struct pdf *p, const struct report_data *d);
void sections_weeks(struct pdf *p, const struct report_data *d);
void sections_where(struct pdf *p, const struct report_data *d);
void sections_sitting_sleep(struct pdf *p, const struct report_data *d);
void sections_meds(struct pdf *p, const struct report_data *d);
/* The routines used and their effect; what each holds, with the doses in force when doses. */
void sections_routines(struct pdf *p, const struct report_data *d, const struct library *lib,
		       const struct progress_book *doses);
void sections_notes(struct pdf *p, const struct report_data *d);

#endif
