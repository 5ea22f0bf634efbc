/* SPDX-License-Identifier: ISC */
/* steps.h - a routine's exercises on paper, as the sheet and the report both show them */
#ifndef LIMBER_STEPS_H
#define LIMBER_STEPS_H

#include <stdbool.h>

#include "report/pdf.h"
#include "routine/routine.h"

/* A step's dose in words: "3 reps × 30 s each side (left, then right), 10 s rest between reps". */
char *steps_dose(const struct step *s);
/*
 * Draws the exercise's figure inside the box (x, y, w, h), kept in
 * proportion and centred, mirrored when asked. False (nothing drawn) when
 * it has none or it cannot be read.
 */
bool steps_figure(struct pdf *p, const struct exercise *e, double x, double y, double w, double h,
		  bool mirror);
/* The first figure of the routine, drawn as steps_figure does; false when none has one. */
bool steps_first_figure(struct pdf *p, const struct routine *r, double x, double y, double w,
			double h);

#endif
