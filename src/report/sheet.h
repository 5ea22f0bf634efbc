/* SPDX-License-Identifier: ISC */
/* sheet.h - a routine as a printed home-exercise sheet (cairo and pango, as the report) */
#ifndef LIMBER_SHEET_H
#define LIMBER_SHEET_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/status.h"
#include "report/report.h"
#include "routine/routine.h"

struct sheet_opts {
	enum report_paper paper;
	int count_in;     /* seconds before each exercise: the session's length */
	bool week_sunday; /* the tick boxes start the week on Sunday */
};

/*
 * Writes the sheet of r as a PDF to path ("-": standard output), written
 * whole as the report is: its title, when and how often, each exercise with
 * its figure, start position, cues, dose and caution, a box per day to
 * tick, and the safety advice at the foot. *pages (may be NULL): how many.
 * LB_IO when it cannot be written (or this limber has no PDF support).
 */
enum lb_status sheet_write(const struct routine *r, const struct sheet_opts *o, const char *path,
			   int *pages, struct diags *err);

#endif
