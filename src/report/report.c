/* SPDX-License-Identifier: ISC */
/* report.c - the clinician's report as a PDF: the header, the order of its parts, the file */
#include "config.h"

#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/i18n.h"
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
	/* TRANSLATORS: the length of the report's period, in "Period: %s – %s (%s)". */
	if (t->ndays % 7 == 0)
		snprintf(buf, n, ngettext("%zu week", "%zu weeks", (unsigned long)(t->ndays / 7)),
			 t->ndays / 7);
	else
		snprintf(buf, n, ngettext("%zu day", "%zu days", (unsigned long)t->ndays),
			 t->ndays);
}

/* Whose, which period, when made, and what it is not. */
static void header(struct pdf *p, const struct report_data *d, const struct report_opts *o)
{
	/* TRANSLATORS: the report's title; %s is the person's name (--name). */
	char *title = o->name && *o->name ? xasprintf(_("Pain diary of %s"), o->name)
					  : xstrdup(_("Pain diary report"));
	p->y += pdf_text_at(p, p->left, p->y, p->right - p->left, title, PS_TITLE, pdf_black,
			    false) + 4;
	free(title);
	char from[64], to[64], made[64], len[64];
	sections_date(from, sizeof from, d->t.from, false);
	sections_date(to, sizeof to, d->t.to - 12 * 3600, false);
	sections_date(made, sizeof made, d->made, false);
	length(len, sizeof len, &d->t);
	/* TRANSLATORS: the report's period: its first and last day, its length ("8 weeks"),
	   and the day the report was made. */
	char *period = xasprintf(_("Period: %s – %s (%s). Made %s."), from, to, len, made);
	pdf_para(p, period, PS_BOLD, pdf_black, 2);
	free(period);
	/* TRANSLATORS: under the report's title; %s is limber's version. */
	char *what = xasprintf(_("Self-reported with limber %s; not a diagnosis. Sciatica: leg and "
				 "back pain rated separately, 0 (none) to 10 (worst imaginable)."),
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
		pdf_para(p, _("There are no entries in this period."), PS_HEADING, pdf_black, 4);
		sections_nothing(p, _("Nothing was logged between these dates: no pain ratings, "
		                      "no sessions."));
		return;
	}
	advice_open_flag(p, o->counsel);
	sections_red_flags(p, d);
	sections_verdicts(p, d);
	psfs_section(p, d);
	advice_counsel(p, o->counsel);
	pdf_heading(p, _("Pain day by day"), FIGURE_PAIN_HEIGHT);
	figure_pain(p, &d->t);
	bool weeks_early = d->t.nweeks <= WEEKS_EARLY;
	if (weeks_early)
		sections_weeks(p, d);
	sections_where(p, d);
	sections_sitting_sleep(p, d);
	sections_meds(p, d);
	sections_routines(p, d, o->lib, o->doses);
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
			     /* TRANSLATORS: the report's footer; %s is the person's name. */
			     ? xasprintf(_("%s · self-reported with limber; not a diagnosis"),
					 o->name)
			     /* TRANSLATORS: the report's footer. */
			     : xstrdup(_("Self-reported with limber; not a diagnosis"));
	struct report_job j = {d, o};
	struct doc doc = {o->paper == REPORT_LETTER ? PDF_LETTER : PDF_A4, foot, draw_report, &j};
	enum lb_status st = doc_write(&doc, path, pages, err);
	free(foot);
	return st;
}
