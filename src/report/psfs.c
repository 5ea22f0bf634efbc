/* SPDX-License-Identifier: ISC */
/* psfs.c - the report's part on what the patient can do: the Patient-Specific Functional Scale */
#include "config.h"

#include "report/psfs.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "insight/report_text.h"
#include "report/sections.h"

/* "4 (5 Oct 2026)", or "–" for never rated. */
static void rating(char *buf, size_t n, int r, int64_t at)
{
	char when[32];
	if (r < 0) {
		snprintf(buf, n, "–");
		return;
	}
	sections_date(when, sizeof when, at, false);
	/* TRANSLATORS: a cell of the report's activities table: a rating 0 to 10 and its
	   date. */
	snprintf(buf, n, _("%d (%s)"), r, when);
}

static void activities(struct pdf *p, const struct report_data *d)
{
	/* TRANSLATORS: the headings of the report's table of activities (the
	   Patient-Specific Functional Scale), translated where shown. */
	static const struct pdf_col cols[] = {{N_("Activity, in the patient's words"), 0.5, false},
					      {N_("First rating"), 0.25, true},
					      {N_("Latest rating"), 0.25, true}};
	struct pdf_table t = {cols, 3, 0, 0, _("Patient-Specific Functional Scale"), d->nact};
	pdf_table_head(p, &t);
	for (int k = 0; k < d->nact; k++) {
		const struct report_activity *a = &d->act[k];
		char first[48], latest[48];
		rating(first, sizeof first, a->first, a->first_at);
		rating(latest, sizeof latest, a->latest, a->latest_at);
		pdf_table_row(p, (const char *const[]){a->name, first, latest});
	}
	pdf_table_end(p, 2);
}

void psfs_section(struct pdf *p, const struct report_data *d)
{
	char *s = report_text_function(d);
	if (!s) {
		sections_nothing(p, _("What the patient can do (Patient-Specific Functional "
		                      "Scale): not recorded; no activities were named."));
		return;
	}
	/* TRANSLATORS: a heading of the report; PSFS is the scale's usual abbreviation. */
	pdf_heading(p, _("What the patient can do (Patient-Specific Functional Scale, PSFS)"), 80);
	const struct stats_verdict *v = &d->fn_verdict;
	struct pdf_rgb c = v->direction == DIR_BETTER  ? pdf_good
			   : v->direction == DIR_WORSE ? pdf_alert
						       : pdf_black;
	pdf_para(p, s, PS_BOLD, c, 4);
	free(s);
	activities(p, d);
	pdf_para(p,
		 /* xgettext:no-c-format */
		 _("The patient names up to three activities made hard by the problem and rates "
		   "each weekly from 0 (unable) to 10 (able as before it); the score is the mean of "
		   "the rated activities (Stratford et al., Physiotherapy Canada 1995). The verdict "
		   "takes every rating up to the end of the period, the first 2 to 4 against the "
		   "last as many, with the 95% interval of the difference (Welch); a change of 2 "
		   "points in the mean is clinically important. Weekly scores are in the table of "
		   "weeks."),
		 PS_SMALL, pdf_grey, 4);
}
