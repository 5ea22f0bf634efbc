/* SPDX-License-Identifier: ISC */
/* advice.c - the report's lines from the coach: the red flag still open, when to see a doctor,
 * and where each routine moved leg symptoms */
#include "config.h"

#include "report/advice.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "report/sections.h"

void advice_open_flag(struct pdf *p, const struct counsel *c)
{
	if (!c || !c->red_open)
		return;
	char *flags = counsel_red_flag_text(c);
	/* TRANSLATORS: at the top of the report: %s lists the red flags ticked and since when.
	   "none of these now" is the diary form's answer to the red-flag question: use the
	   same words as there. */
	char *line = xasprintf(_("RED FLAG STILL OPEN: %s. No later entry has answered \"none of "
				 "these now\"."),
			       flags);
	pdf_para(p, line, PS_BOLD, pdf_alert, 8);
	free(line);
	free(flags);
}

void advice_counsel(struct pdf *p, const struct counsel *c)
{
	if (!c || !c->n)
		return;
	pdf_heading(p, _("When to see a doctor"), 40);
	for (int k = 0; k < COUNSEL_KINDS; k++)
		if (c->sentence[k])
			pdf_para(p, c->sentence[k], PS_BODY, pdf_black, 3);
	pdf_para(p, _("Said by limber's rules from the diary (shared with the patient): not a "
		      "diagnosis."),
		 PS_SMALL, pdf_grey, 4);
}

void advice_directions(struct pdf *p, const struct report_data *d)
{
	bool any = false;
	for (size_t i = 0; i < d->t.nroutines && !any; i++)
		for (int k = 0; k < LEGS_COUNT; k++)
			any |= d->t.routine[i].legs[k] > 0;
	if (!any)
		return;
	pdf_heading(p, _("Where leg symptoms went after each routine"), 40);
	for (size_t i = 0; i < d->t.nroutines; i++) {
		const struct trends_routine *r = &d->t.routine[i];
		int said = r->legs[LEGS_CENTRALISED] + r->legs[LEGS_SAME] + r->legs[LEGS_SPREAD];
		if (!said)
			continue;
		/* TRANSLATORS: %s is a routine's title; then how many of its sessions left leg
		   symptoms moved toward the back, the same, spread further down the leg, and
		   how many sessions answered (the plural follows them). */
		char *line = xasprintf(ngettext("%s: moved toward the back %d, the same %d, "
						"spread further down the leg %d (of %d session "
						"answered).",
						"%s: moved toward the back %d, the same %d, "
						"spread further down the leg %d (of %d sessions "
						"answered).",
						(unsigned long)said),
				       r->title, r->legs[LEGS_CENTRALISED], r->legs[LEGS_SAME],
				       r->legs[LEGS_SPREAD], said);
		pdf_para(p, line, PS_BODY, r->legs[LEGS_SPREAD] > r->legs[LEGS_CENTRALISED] ? pdf_alert
											  : pdf_black,
			 2);
		free(line);
	}
	pdf_para(p, _("Symptoms moving toward the spine (centralisation) are a good sign; "
		      "spreading down the leg means that movement should stop."),
		 PS_SMALL, pdf_grey, 4);
}
