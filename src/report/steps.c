/* SPDX-License-Identifier: ISC */
/* steps.c - a routine's exercises on paper, as the sheet and the report both show them */
#include "config.h"

#include "report/steps.h"

#include "base/strbuf.h"
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
	(void)p, (void)e, (void)x, (void)y, (void)w, (void)h, (void)mirror;
	return false;
}

bool steps_first_figure(struct pdf *p, const struct routine *r, double x, double y, double w,
			double h)
{
	for (size_t i = 0; i < r->nsteps; i++)
		if (r->steps[i].ex && r->steps[i].ex->figure_path)
			return steps_figure(p, r->steps[i].ex, x, y, w, h, false);
	return false;
}
