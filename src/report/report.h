/* SPDX-License-Identifier: ISC */
/* report.h - the clinician's report as a PDF (cairo and pango) */
/*
 * report/: a face: PDF pages with cairo and pango;
 * uses the ground and the core only.
 */
#ifndef LIMBER_REPORT_H
#define LIMBER_REPORT_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/status.h"
#include "insight/counsel.h"
#include "insight/progress.h"
#include "insight/report_data.h"
#include "routine/routine.h"

enum report_paper { REPORT_A4, REPORT_LETTER };

struct report_opts {
	enum report_paper paper;
	const char *name;    /* whose report, or NULL */
	const char *version; /* limber's */
	bool notes;          /* the notes are in d (report_data_gather with notes) */
	const struct library *lib; /* the routines, for what each holds; may be NULL */
	const struct counsel *counsel; /* the red flag still open, when to see a doctor; or NULL */
	const struct progress_book *doses; /* the doses in force; NULL: the files' */
};

/* Whether this limber was built with the report (configure --without-report leaves it out). */
bool report_available(void);

/*
 * Writes the report of d as a PDF to path ("-": standard output). A file is
 * written to a temporary file of mode 0600 in its directory, synced, then
 * renamed into place: it is health data. *pages (may be NULL): how many
 * it has. LB_IO when it cannot be written.
 */
enum lb_status report_write(const struct report_data *d, const struct report_opts *o,
			    const char *path, int *pages, struct diags *err);

#endif
