/* SPDX-License-Identifier: ISC */
/* steps.c - a routine's exercises on paper, as the sheet and the report both show them */
#include "config.h"

#include "report/steps.h"

#include "base/strbuf.h"
#include "report/svg.h"
#include "routine/describe.h"

char *steps_dose(const struct step *s)
{
	struct strbuf b;
	sb_init(&b);
	describe_dosage(&b, s, true);
	return sb_steal(&b);
}

/*
 * librsvg paints an SVG mask (the figures' outlined start position) as an
 * image at the target's device resolution, one pixel a point on a PDF: it
 * prints blurred. Drawn FIG_SCALE times larger into a recording and shrunk
 * onto the page, the outlines stay vectors and a mask has 288 pixels an inch.
 */
#define FIG_SCALE 4.0

bool steps_figure(struct pdf *p, const struct exercise *e, double x, double y, double w, double h,
		  bool mirror)
{
	if (!e->figure_path)
		return false;
	if (p->dry) /* laying out: the box is all that counts */
		return true;
	struct svg *s = svg_open(e->figure_path, NULL);
	if (!s)
		return false;
	cairo_rectangle_t ext = {0, 0, w * FIG_SCALE, h * FIG_SCALE};
	cairo_surface_t *rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &ext);
	cairo_t *rc = cairo_create(rec);
	bool drawn = svg_draw(s, rc, 0, 0, ext.width, ext.height, mirror);
	cairo_destroy(rc);
	svg_close(s);
	if (drawn) {
		cairo_save(p->cr);
		cairo_translate(p->cr, x, y);
		cairo_scale(p->cr, 1 / FIG_SCALE, 1 / FIG_SCALE);
		cairo_set_source_surface(p->cr, rec, 0, 0);
		cairo_paint(p->cr);
		cairo_restore(p->cr);
	}
	cairo_surface_destroy(rec);
	return drawn;
}

bool steps_first_figure(struct pdf *p, const struct routine *r, double x, double y, double w,
			double h)
{
	for (size_t i = 0; i < r->nsteps; i++)
		if (r->steps[i].ex && r->steps[i].ex->figure_path)
			return steps_figure(p, r->steps[i].ex, x, y, w, h, false);
	return false;
}
