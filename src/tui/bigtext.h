/* SPDX-License-Identifier: ISC */
/* bigtext.h - large digits and letters, readable from the mat */
#ifndef LIMBER_BIGTEXT_H
#define LIMBER_BIGTEXT_H

#include <stdbool.h>

#include "tui/tui.h"

/* Rows of big text at scale 1; at scale k it is k times as tall and as wide. */
#define BIGTEXT_ROWS 5
/* Rows of the half-size form (two pixel rows to a cell, one column a pixel). */
#define BIGTEXT_HALF_ROWS 3

/* Whether every character of s has a glyph (digits, letters, space and - ' . , : & /). */
bool bigtext_can(const char *s);
/* Columns s takes at scale (>= 1); characters without a glyph are left out. */
int bigtext_width(const char *s, int scale);
/* Draws s at scale with its top-left corner at (y, x): blocks under UTF-8, '#' otherwise. */
void bigtext_draw(struct tui *t, int y, int x, int attr, const char *s, int scale);

/*
 * Any size: a pixel ph half-rows tall (full blocks when even, half blocks
 * when odd) and pw columns wide. bigtext_rows(ph) is the rows it takes.
 */
int bigtext_rows(int ph);
int bigtext_px_width(const char *s, int pw);
void bigtext_draw_px(struct tui *t, int y, int x, int attr, const char *s, int ph, int pw);

/* The half-size form, for words (an exercise's title): its columns, and drawing it. */
int bigtext_half_width(const char *s);
void bigtext_half_draw(struct tui *t, int y, int x, int attr, const char *s);

#endif
