/* SPDX-License-Identifier: ISC */
/* report.c - the clinician's report as a PDF: the header, the order of its parts, the file */
#include "config.h"

#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/xalloc.h"
#include "insight/report_text.h"
#include "report/advice.h"
#include "report/doc.h"
#include "report/figure.h"
#include "report/pdf.h"
#include "report/psfs.h"
#include "report/sections.h"

/* Longer than this, the week-by-week table goes last, after the summaries. */
#define WEEKS_EARLY 26

bool report_available(void)
{
	return true;
}

/* "8 weeks" or "10 days". */
static void length(char *buf, size_t n, const struct trends *t)
{
	if (t->ndays % 7 == 0)
		snprintf(buf, n, "%zu %s", t->ndays / 7, t->ndays == 7 ? "week" : "weeks");
	else
		snprintf(buf, n, "%zu %s", t->ndays, t->ndays == 1 ? "day" : "days");
}

/* Whose, which period, when made, and what it is not. */
static void header(struct pdf *p, const struct report_data *d, const struct report_opts *o)
{
	char *title = o->name && *o->name ? xasprintf("Pain diary of %s", o->name)
					  : xstrdup("Pain diary report");
	p->y += pdf_text_at(p, p->left, p->y, p->right - p->left, title, PS_TITLE, pdf_black,
			    false) + 4;
	free(title);
	char from[32], to[32], made[48], len[32];
	sections_date(from, sizeof from, d->t.from, false);
	sections_date(to, sizeof to, d->t.to - 12 * 3600, false);
	sections_date(made, sizeof made, d->made, false);
	length(len, sizeof len, &d->t);
	char *period = xasprintf("Period: %s – %s (%s). Made %s.", from, to, len, made);
	pdf_para(p, period, PS_BOLD, pdf_black, 2);
	free(period);
	char *what = xasprintf("Self-reported with limber %s; not a diagnosis. Sciatica: leg and "
			       "back pain rated separately, 0 (none) to 10 (worst imaginable).",
			       o->version);
	pdf_para(p, what, PS_BODY, pdf_grey, 4);
	free(what);
	if (!report_data_empty(d)) {
		char *sum = report_text_summary(d);
		pdf_para(p, sum, PS_BODY, pdf_black, 4);
		free(sum);
	}
	pdf_rule(p, pdf_grey, 1, 9);
}

struct report_job {
	const struct report_data *d;
	const struct report_opts *o;
};

/* Everything, in the order a clinician reads it: red flags and the verdict on page one. */
static void draw(struct pdf *p, const struct report_data *d, const struct report_opts *o)
{
	header(p, d, o);
	if (report_data_empty(d)) {
		pdf_para(p, "There are no entries in this period.", PS_HEADING, pdf_black, 4);
		pdf_para(p, "Nothing was logged between these dates: no pain ratings, no sessions.",
			 PS_BODY, pdf_grey, 4);
		return;
	}
	advice_open_flag(p, o->counsel);
	sections_red_flags(p, d);
	sections_verdicts(p, d);
	psfs_section(p, d);
	advice_counsel(p, o->counsel);
	pdf_heading(p, "Pain day by day", FIGURE_PAIN_HEIGHT);
	figure_pain(p, &d->t);
	bool weeks_early = d->t.nweeks <= WEEKS_EARLY;
	if (weeks_early)
		sections_weeks(p, d);
	sections_where(p, d);
	sections_sitting_sleep(p, d);
	sections_meds(p, d);
	sections_routines(p, d, o->lib);
	advice_directions(p, d);
	if (!weeks_early)
		sections_weeks(p, d);
	sections_all_red_flags(p, d);
	if (o->notes)
		sections_notes(p, d);
}

static void draw_report(struct pdf *p, const void *ctx)
{
	const struct report_job *j = ctx;
	draw(p, j->d, j->o);
}

enum lb_status report_write(const struct report_data *d, const struct report_opts *o,
			    const char *path, int *pages, struct diags *err)
{
	char *foot = o->name && *o->name
			     ? xasprintf("%s · self-reported with limber; not a diagnosis", o->name)
			     : xstrdup("Self-reported with limber; not a diagnosis");
	struct report_job j = {d, o};
	struct doc doc = {o->paper == REPORT_LETTER ? PDF_LETTER : PDF_A4, foot, draw_report, &j};
	enum lb_status st = doc_write(&doc, path, pages, err);
	free(foot);
	return st;
}
