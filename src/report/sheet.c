/* SPDX-License-Identifier: ISC */
/* sheet.c - a routine as a printed home-exercise sheet (cairo and pango, as the report) */
#include "config.h"

#include "report/sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "insight/safety.h"
#include "report/doc.h"
#include "report/pdf.h"
#include "report/steps.h"
#include "routine/describe.h"

#define FIG_W 108.0 /* the figure's box beside each exercise, points */
#define FIG_H 88.0
#define GUTTER 14.0
#define GAP 6.0     /* between two exercises */
#define TICK_ROWS 4  /* weeks of tick boxes, when the page has room */
#define TICK_ROW_H 22.0

struct sheet_job {
	const struct routine *r;
	const struct sheet_opts *o;
};

/* "lower back, glutes, hips". */
static void areas(struct strbuf *b, unsigned mask)
{
	bool first = true;
	for (int i = 0; i < AREA_COUNT; i++)
		if (mask & (1u << i)) {
			sb_adds(b, first ? "" : ", ");
			for (const char *c = routine_area_names[i]; *c; c++)
				sb_addc(b, *c == '-' ? ' ' : *c);
			first = false;
		}
}

/* The title, what it is for, how long and how often; a rule under it. */
static void header(struct pdf *p, const struct routine *r, const struct sheet_opts *o)
{
	p->y += pdf_text_at(p, p->left, p->y, p->right - p->left, r->title, PS_TITLE, pdf_black,
			    false) + 4;
	if (r->summary)
		pdf_para(p, r->summary, PS_BODY, pdf_black, 4);
	struct strbuf b;
	sb_init(&b);
	char dur[48];
	describe_duration(dur, sizeof dur, routine_total_seconds(r, o->count_in));
	areas(&b, r->areas);
	/* TRANSLATORS: under the exercise sheet's title: the exercises, the minutes each time,
	   the exact length, and the areas of the body it works. */
	char *line = xasprintf(ngettext("%zu exercise · about %d min each time (%s) · %s",
					"%zu exercises · about %d min each time (%s) · %s",
					(unsigned long)r->nsteps),
			       r->nsteps, routine_minutes(r, o->count_in), dur, b.s ? b.s : "");
	pdf_para(p, line, PS_BOLD, pdf_black, 4);
	free(line);
	sb_free(&b);
	/* How often is the clinician's to say: a line to fill in, as on a physiotherapist's sheet. */
	/* TRANSLATORS: the exercise sheet: blanks for the physiotherapist to fill in. */
	pdf_para(p, _("How often:  ______ times a day,  ______ days a week, as your "
		      "physiotherapist advises."),
		 PS_BOLD, pdf_black, 3);
	pdf_para(p,
		 _("Move slowly into each position; a mild stretch is right, sharp pain is not. "
		   "Breathe normally and never bounce."),
		 PS_BODY, pdf_black, 6);
	pdf_rule(p, pdf_grey, 1, 10);
}

/* The text beside the figure: cues as bullets. */
static char *cues(const struct exercise *e)
{
	struct strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < e->ncues; i++)
		sb_addf(&b, "%s•  %s", i ? "\n" : "", e->cues[i]);
	return sb_steal(&b);
}

/* Lays out (or draws) one exercise's text at y in the column x..x+w; returns its height. */
static double step_text(struct pdf *p, size_t n, const struct step *s, double x, double y,
			double w)
{
	const struct exercise *e = s->ex;
	double y0 = y;
	char *title = xasprintf("%zu. %s", n, e->title);
	y += pdf_text_at(p, x, y, w, title, PS_SUBHEAD, pdf_black, false) + 1;
	free(title);
	char *dose = steps_dose(s);
	/* TRANSLATORS: the exercise sheet: how long or how many times ("3 × 30 s"). */
	char *line = xasprintf(_("Dose: %s"), dose);
	y += pdf_text_at(p, x, y, w, line, PS_BOLD, pdf_back, false) + 2;
	free(line);
	free(dose);
	if (e->position) {
		/* TRANSLATORS: the exercise sheet: the starting position. */
		char *start = xasprintf(_("Start: %s"), e->position);
		y += pdf_text_at(p, x, y, w, start, PS_BODY, pdf_black, false) + 2;
		free(start);
	}
	if (e->ncues) {
		char *c = cues(e);
		y += pdf_text_at(p, x, y, w, c, PS_BODY, pdf_black, false) + 2;
		free(c);
	}
	if (e->caution) {
		/* TRANSLATORS: the exercise sheet: the exercise's caution. */
		char *c = xasprintf(_("Caution: %s"), e->caution);
		y += pdf_text_at(p, x, y, w, c, PS_BODY, pdf_alert, false);
		free(c);
	}
	return y - y0;
}

/* One exercise, its figure on the left, kept whole on a page. */
static void step_block(struct pdf *p, size_t n, const struct step *s)
{
	double tx = p->left + FIG_W + GUTTER, tw = p->right - tx;
	bool dry = p->dry;
	p->dry = true; /* measure first */
	double h = step_text(p, n, s, tx, p->y, tw);
	p->dry = dry;
	if (h < FIG_H)
		h = FIG_H;
	pdf_need(p, h + GAP);
	if (!steps_figure(p, s->ex, p->left, p->y, FIG_W, FIG_H, false)) {
		/* No figure: a quiet box that says so, so the layout stays the same. */
		pdf_colour(p, pdf_light);
		cairo_set_line_width(p->cr, 0.8);
		cairo_rectangle(p->cr, p->left + 0.5, p->y + 0.5, FIG_W - 1, FIG_H - 1);
		pdf_paint(p, false);
		/* TRANSLATORS: in the box of an exercise that has no drawing. */
		pdf_text_at(p, p->left + 8, p->y + FIG_H / 2 - 6, FIG_W - 16, _("(no figure)"),
			    PS_SMALL, pdf_grey, false);
	}
	step_text(p, n, s, tx, p->y, tw);
	p->y += h + GAP / 2;
	pdf_rule(p, pdf_light, 0.6, GAP / 2);
}

/* The safety advice as paragraphs: the notice is wrapped for a terminal, a blank line between. */
static char *safety_text(void)
{
	struct strbuf t;
	sb_init(&t);
	for (const char *const *l = safety_notice_lines(); *l; l++) {
		if (!**l)
			sb_adds(&t, "\n\n");
		else
			sb_addf(&t, "%s%s", t.len && t.s[t.len - 1] != '\n' ? " " : "", *l);
	}
	return sb_steal(&t);
}

/* The height of the safety box. */
static double safety_height(struct pdf *p, const char *text)
{
	return pdf_measure(p, text, PS_SMALL, p->right - p->left - 16) + 14;
}

/*
 * A row of 7 days with a box under each, for as many weeks as fit (one at
 * least, up to TICK_ROWS) with room left under them for the safety box.
 */
static void ticks(struct pdf *p, const struct sheet_opts *o, double reserve)
{
	double head = pdf_measure(p, "Mon", PS_SMALL_BOLD, 0) + 4;
	pdf_heading(p, _("Tick a box each day you do it"), head + TICK_ROW_H + reserve);
	double x0 = p->left + 70, cw = (p->right - x0) / 7;
	for (int d = 0; d < 7; d++) {
		/* The day's short name in the user's language: "Mon", "Mo", "lun.". */
		struct tm tm = {.tm_wday = (d + (o->week_sunday ? 0 : 1)) % 7};
		char day[32];
		strftime(day, sizeof day, "%a", &tm);
		pdf_text_at(p, x0 + d * cw, p->y, cw, day, PS_SMALL_BOLD, pdf_black, false);
	}
	p->y += head;
	for (int w = 0; w < TICK_ROWS && (w < 1 || p->y + TICK_ROW_H + reserve <= p->bottom); w++) {
		char label[64];
		/* TRANSLATORS: the exercise sheet: a row of tick boxes, a week; 66 points wide. */
		snprintf(label, sizeof label, _("Week %d"), w + 1);
		pdf_text_at(p, p->left, p->y + 4, 66, label, PS_SMALL, pdf_grey, false);
		pdf_colour(p, pdf_grey);
		cairo_set_line_width(p->cr, 0.8);
		for (int d = 0; d < 7; d++)
			cairo_rectangle(p->cr, x0 + d * cw + 0.5, p->y + 2, 14, 14);
		pdf_paint(p, false);
		p->y += TICK_ROW_H;
	}
}

/* The safety advice, in a box at the foot of the page. */
static void safety(struct pdf *p, const char *text, double h)
{
	pdf_need(p, h + 6);
	double y = p->bottom - h > p->y + 6 ? p->bottom - h : p->y + 6;
	pdf_colour(p, pdf_alert_fill);
	cairo_rectangle(p->cr, p->left, y, p->right - p->left, h);
	pdf_paint(p, true);
	pdf_text_at(p, p->left + 8, y + 7, p->right - p->left - 16, text, PS_SMALL, pdf_black,
		    false);
	p->y = y + h;
}

static void draw(struct pdf *p, const void *ctx)
{
	const struct sheet_job *j = ctx;
	/* TRANSLATORS: at the top of a page that goes on from the one before: %s
	   is the title of the table (or the routine, on an exercise sheet). */
	char *running = xasprintf(_("%s (continued)"), j->r->title);
	p->running = running;
	header(p, j->r, j->o);
	for (size_t i = 0; i < j->r->nsteps; i++)
		if (j->r->steps[i].ex)
			step_block(p, i + 1, &j->r->steps[i]);
	char *advice = safety_text();
	double h = safety_height(p, advice);
	ticks(p, j->o, h + 8);
	safety(p, advice, h);
	free(advice);
	p->running = NULL;
	free(running);
}

enum lb_status sheet_write(const struct routine *r, const struct sheet_opts *o, const char *path,
			   int *pages, struct diags *err)
{
	/* TRANSLATORS: the exercise sheet's footer: the routine's title, then its id in the
	   command that plays it (keep "limber run %s" as it is). */
	char *foot = xasprintf(_("%s · home exercise sheet from limber · limber run %s"), r->title,
			       r->id);
	struct sheet_job j = {r, o};
	struct doc d = {o->paper == REPORT_LETTER ? PDF_LETTER : PDF_A4, foot, draw, &j};
	enum lb_status st = doc_write(&d, path, pages, err);
	free(foot);
	return st;
}
