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
	bool drawn = svg_draw(s, p->cr, x, y, w, h, mirror);
	svg_close(s);
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
