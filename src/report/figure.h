/* SPDX-License-Identifier: ISC */
/* figure.h - the report's pain chart: the figure `limber trends` draws in text, as vectors */
#ifndef LIMBER_FIGURE_H
#define LIMBER_FIGURE_H

#include "insight/trends.h"
#include "report/pdf.h"

/* The height the pain chart takes. */
#define FIGURE_PAIN_HEIGHT 190.0

/*
 * Daily leg and back pain (dots; days without ratings stay gaps) with their
 * 7-day averages up to today (lines), sessions marked along the time axis,
 * axes and a legend, across the text area from the cursor.
 */
void figure_pain(struct pdf *p, const struct trends *t);

#endif
