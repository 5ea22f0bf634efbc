/* SPDX-License-Identifier: ISC */
/* report.c - the clinician's report as a PDF: the header, the order of its parts, the file */
#include "config.h"

#include "report/report.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/outfile.h"
#include "base/xalloc.h"
#include "report/figure.h"
#include "report/pdf.h"
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
		long minutes = 0;
		for (size_t i = 0; i < d->t.nweeks; i++)
			minutes += d->t.week[i].seconds;
		minutes = (minutes + 30) / 60;
		char *sum = xasprintf(
			"In this period: %ld %s on %d of %zu days; %ld guided stretching %s, %ld "
			"h %02ld min in all.",
			d->t.entries, d->t.entries == 1 ? "entry" : "entries", report_data_days(d),
			d->t.today + 1 < d->t.ndays ? d->t.today + 1 : d->t.ndays, d->t.sessions,
			d->t.sessions == 1 ? "session" : "sessions", minutes / 60, minutes % 60);
		pdf_para(p, sum, PS_BODY, pdf_black, 4);
		free(sum);
	}
	if (!p->dry) {
		pdf_colour(p, pdf_grey);
		cairo_rectangle(p->cr, p->left, p->y, p->right - p->left, 1);
		cairo_fill(p->cr);
	}
	p->y += 10;
}

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
	sections_red_flags(p, d);
	sections_verdicts(p, d);
	pdf_heading(p, "Pain day by day", FIGURE_PAIN_HEIGHT);
	figure_pain(p, &d->t);
	bool weeks_early = d->t.nweeks <= WEEKS_EARLY;
	if (weeks_early)
		sections_weeks(p, d);
	sections_where(p, d);
	sections_sitting_sleep(p, d);
	sections_meds(p, d);
	sections_routines(p, d);
	if (!weeks_early)
		sections_weeks(p, d);
	sections_all_red_flags(p, d);
	if (o->notes)
		sections_notes(p, d);
}

static cairo_status_t to_file(void *closure, const unsigned char *data, unsigned int n)
{
	return fwrite(data, 1, n, closure) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t to_nowhere(void *closure, const unsigned char *data, unsigned int n)
{
	(void)closure;
	(void)data;
	(void)n;
	return CAIRO_STATUS_SUCCESS;
}

/* Lays the report out once to count its pages, then draws it into f. */
static bool render(const struct report_data *d, const struct report_opts *o, FILE *f, int *pages_out)
{
	enum pdf_paper paper = o->paper == REPORT_LETTER ? PDF_LETTER : PDF_A4;
	char *foot = o->name && *o->name
			     ? xasprintf("%s · self-reported with limber; not a diagnosis", o->name)
			     : xstrdup("Self-reported with limber; not a diagnosis");
	struct pdf p;
	int pages = 0;
	bool ok = pdf_open(&p, paper, to_nowhere, NULL, true);
	if (ok) {
		p.footer = foot;
		draw(&p, d, o);
		pages = p.page;
		ok = pdf_close(&p);
	}
	if (ok && (ok = pdf_open(&p, paper, to_file, f, false))) {
		p.footer = foot;
		p.pages = pages;
		draw(&p, d, o);
		ok = pdf_close(&p);
	}
	free(foot);
	if (pages_out)
		*pages_out = pages;
	return ok;
}

/* Writes the report to path whole or not at all, mode 0600 (outfile.h). */
static enum lb_status write_file(const struct report_data *d, const struct report_opts *o,
				 const char *path, int *pages, struct diags *err)
{
	struct outfile out;
	enum lb_status st = outfile_open(&out, path, err);
	if (st != LB_OK)
		return st;
	errno = 0;
	bool drawn = render(d, o, out.f, pages);
	if (!drawn)
		diags_add(err, path, 0, "cannot write: %s", errno ? strerror(errno) : "cairo failed");
	st = outfile_close(&out, drawn, err);
	return drawn ? st : LB_IO;
}

enum lb_status report_write(const struct report_data *d, const struct report_opts *o,
			    const char *path, int *pages, struct diags *err)
{
	if (strcmp(path, "-") != 0)
		return write_file(d, o, path, pages, err);
	errno = 0;
	if (!render(d, o, stdout, pages) || fflush(stdout) != 0) {
		diags_add(err, "-", 0, "cannot write: %s", errno ? strerror(errno) : "cairo failed");
		return LB_IO;
	}
	return LB_OK;
}
