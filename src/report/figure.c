/* SPDX-License-Identifier: ISC */
/* figure.c - the report's pain chart: the figure `limber trends` draws in text, as vectors */
#include "config.h"

#include "report/figure.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"

/* The plot inside the figure: x0..x1 across, y0 (10) down to y1 (0). */
struct plot {
	double x0, x1, y0, y1;
	size_t ndays;
};

#define LEGEND_H 16.0
#define AXIS_W 22.0    /* pain labels, left of the plot */
#define SESSIONS_H 12.0 /* the row of session marks under the plot */
#define DATES_H 14.0
#define DENSE_DAYS 120 /* more days than this: the dots are faint */

static double day_x(const struct plot *pl, double day)
{
	return pl->x0 + (day + 0.5) * (pl->x1 - pl->x0) / (double)pl->ndays;
}

static double pain_y(const struct plot *pl, double v)
{
	return pl->y1 - v * (pl->y1 - pl->y0) / 10.0;
}


/* The grid of 0..10 with labels every 2 points. */
static void grid(struct pdf *p, const struct plot *pl)
{
	cairo_set_line_width(p->cr, 0.5);
	for (int v = 0; v <= 10; v += 2) {
		double y = pain_y(pl, v);
		pdf_colour(p, v ? pdf_light : pdf_grey);
		cairo_move_to(p->cr, pl->x0, y);
		cairo_line_to(p->cr, pl->x1, y);
		pdf_paint(p, false);
		char lab[8];
		snprintf(lab, sizeof lab, "%d", v);
		pdf_text_at(p, pl->x0 - AXIS_W, y - 5, AXIS_W - 4, lab, PS_SMALL, pdf_grey, true);
	}
	pdf_colour(p, pdf_grey);
	cairo_move_to(p->cr, pl->x0, pl->y0);
	cairo_line_to(p->cr, pl->x0, pl->y1);
	pdf_paint(p, false);
}

/* Each day's mean: a dot for leg pain, a ring for back pain; gaps stay empty. */
static void dots(struct pdf *p, const struct plot *pl, const struct trends *t,
		 enum trends_measure m)
{
	double step = (pl->x1 - pl->x0) / (double)pl->ndays;
	double r = step * 0.35;
	r = r > 2.2 ? 2.2 : r < 0.7 ? 0.7 : r;
	struct pdf_rgb c = m == TM_LEG ? pdf_leg : pdf_back;
	/* Many days: faint dots, so the averages over them can be read. */
	cairo_set_source_rgba(p->cr, c.r, c.g, c.b, pl->ndays > DENSE_DAYS ? 0.22 : 1);
	cairo_set_line_width(p->cr, r > 1.2 ? 0.7 : 0.35);
	for (size_t d = 0; d < t->ndays; d++) {
		double v = trends_day_mean(t, d, m);
		if (isnan(v))
			continue;
		cairo_new_sub_path(p->cr);
		cairo_arc(p->cr, day_x(pl, (double)d), pain_y(pl, v), m == TM_LEG ? r : r * 0.9, 0,
			  2 * M_PI);
		if (m == TM_LEG)
			pdf_paint(p, true);
	}
	if (m == TM_BACK)
		pdf_paint(p, false);
}

/* The 7-day average up to today, as a line that breaks where there is none. */
static void average(struct pdf *p, const struct plot *pl, const struct trends *t,
		    enum trends_measure m)
{
	pdf_colour(p, m == TM_LEG ? pdf_leg : pdf_back);
	cairo_set_line_width(p->cr, pl->ndays > DENSE_DAYS ? 0.8 : 1.6);
	double dash[] = {4, 2.5};
	cairo_set_dash(p->cr, dash, m == TM_BACK ? 2 : 0, 0);
	bool drawing = false;
	for (size_t d = 0; d <= t->today && d < t->ndays; d++) {
		double v = trends_moving_avg(t, d, m);
		if (isnan(v)) {
			drawing = false;
			continue;
		}
		if (drawing)
			cairo_line_to(p->cr, day_x(pl, (double)d), pain_y(pl, v));
		else
			cairo_move_to(p->cr, day_x(pl, (double)d), pain_y(pl, v));
		drawing = true;
	}
	pdf_paint(p, false);
	cairo_set_dash(p->cr, NULL, 0, 0);
}

/* A small triangle under the plot on each day with a session. */
static void sessions(struct pdf *p, const struct plot *pl, const struct trends *t)
{
	double y = pl->y1 + 3;
	pdf_colour(p, pdf_good);
	for (size_t d = 0; d < t->ndays; d++) {
		if (!t->days[d].sessions)
			continue;
		double x = day_x(pl, (double)d);
		cairo_move_to(p->cr, x, y);
		cairo_line_to(p->cr, x - 2.2, y + 5);
		cairo_line_to(p->cr, x + 2.2, y + 5);
		cairo_close_path(p->cr);
	}
	pdf_paint(p, true);
}

/* Whether to label day d: week starts on short periods, months, or years. */
static bool date_tick(const struct trends *t, size_t d, char *lab, size_t n)
{
	time_t at = (time_t)t->days[d].start;
	struct tm tm;
	localtime_r(&at, &tm);
	if (t->ndays <= 16 * 7) {
		if (d % 7)
			return false;
		strftime(lab, n, d == 0 || tm.tm_yday < 7 ? "%e %b %Y" : "%e %b", &tm);
	} else if (t->ndays <= 3 * 366) {
		if (tm.tm_mday != 1)
			return false;
		strftime(lab, n, tm.tm_mon == 0 ? "%b %Y" : "%b", &tm);
	} else {
		if (tm.tm_yday != 0)
			return false;
		strftime(lab, n, "%Y", &tm);
	}
	if (lab[0] == ' ')
		memmove(lab, lab + 1, strlen(lab));
	return true;
}

/* Dates under the session row, where they do not run into each other. */
static void dates(struct pdf *p, const struct plot *pl, const struct trends *t)
{
	double y = pl->y1 + SESSIONS_H, free_x = pl->x0 - AXIS_W;
	cairo_set_line_width(p->cr, 0.5);
	for (size_t d = 0; d < t->ndays; d++) {
		char lab[32];
		if (!date_tick(t, d, lab, sizeof lab))
			continue;
		double x = day_x(pl, (double)d) - 0.5 * (pl->x1 - pl->x0) / (double)pl->ndays;
		pdf_colour(p, pdf_grey);
		cairo_move_to(p->cr, x, pl->y1);
		cairo_line_to(p->cr, x, pl->y1 + 2.5);
		pdf_paint(p, false);
		double w = pdf_width(p, lab, PS_SMALL);
		if (x < free_x || x + w > p->right)
			continue;
		pdf_text_at(p, x, y, 0, lab, PS_SMALL, pdf_grey, false);
		free_x = x + w + 6;
	}
}

/* One legend item: a sample drawn by kind, then its words; returns the x after it. */
static double legend_item(struct pdf *p, double x, double y, int kind, const char *words)
{
	struct pdf_rgb c = kind == 4 ? pdf_good : kind % 2 ? pdf_back : pdf_leg;
	pdf_colour(p, c);
	cairo_set_line_width(p->cr, kind < 2 ? 0.7 : 1.6);
	if (kind == 0 || kind == 1) {
		cairo_new_sub_path(p->cr);
		cairo_arc(p->cr, x + 5, y + 6, 2.2, 0, 2 * M_PI);
		pdf_paint(p, kind == 0);
	} else if (kind == 2 || kind == 3) {
		double dash[] = {4, 2.5};
		cairo_set_dash(p->cr, dash, kind == 3 ? 2 : 0, 0);
		cairo_move_to(p->cr, x, y + 6);
		cairo_line_to(p->cr, x + 14, y + 6);
		pdf_paint(p, false);
		cairo_set_dash(p->cr, NULL, 0, 0);
	} else {
		cairo_move_to(p->cr, x + 5, y + 3);
		cairo_line_to(p->cr, x + 2.8, y + 8);
		cairo_line_to(p->cr, x + 7.2, y + 8);
		cairo_close_path(p->cr);
		pdf_paint(p, true);
	}
	double sample = kind == 2 || kind == 3 ? 17 : 11;
	pdf_text_at(p, x + sample, y, 0, words, PS_SMALL, pdf_black, false);
	return x + sample + pdf_width(p, words, PS_SMALL) + 12;
}

static void legend(struct pdf *p, double y)
{
	/* TRANSLATORS: the legend of the report's pain chart, each beside its mark. */
	static const char *const words[] = {N_("leg pain"), N_("back pain"),
					    N_("leg, 7-day average"), N_("back, 7-day average"),
					    N_("a session")};
	double x = p->left + AXIS_W;
	for (int k = 0; k < 5; k++)
		x = legend_item(p, x, y, k, _(words[k]));
}

void figure_pain(struct pdf *p, const struct trends *t)
{
	pdf_need(p, FIGURE_PAIN_HEIGHT);
	double top = p->y;
	legend(p, top);
	struct plot pl = {
		.x0 = p->left + AXIS_W,
		.x1 = p->right - 4,
		.y0 = top + LEGEND_H + 6,
		.y1 = top + FIGURE_PAIN_HEIGHT - SESSIONS_H - DATES_H - 4,
		.ndays = t->ndays ? t->ndays : 1,
	};
	cairo_save(p->cr);
	if (t->today + 1 < t->ndays) {
		/* Days still to come: shaded, so an empty end is not read as a gap. */
		double x = day_x(&pl, (double)t->today + 0.5);
		pdf_colour(p, (struct pdf_rgb){0.96, 0.96, 0.96});
		cairo_rectangle(p->cr, x, pl.y0, pl.x1 - x, pl.y1 - pl.y0);
		pdf_paint(p, true);
	}
	grid(p, &pl);
	average(p, &pl, t, TM_BACK);
	average(p, &pl, t, TM_LEG);
	dots(p, &pl, t, TM_BACK);
	dots(p, &pl, t, TM_LEG);
	sessions(p, &pl, t);
	dates(p, &pl, t);
	cairo_restore(p->cr);
	p->y = top + FIGURE_PAIN_HEIGHT;
}
