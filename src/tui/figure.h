/* SPDX-License-Identifier: ISC */
/* figure.h - an exercise's figure in the terminal: librsvg draws it, chafa turns it into cells */
#ifndef LIMBER_TUI_FIGURE_H
#define LIMBER_TUI_FIGURE_H

#include <stdbool.h>
#include <stdio.h>

#include "tui/tui.h"

/*
 * One figure as terminal cells, kept between draws: it is drawn again only
 * when the file, the size, the side or the symbols change, never because a
 * second went by.
 */
struct tui_figure;

struct tui_figure *tui_figure_new(void);
void tui_figure_free(struct tui_figure *f);

/*
 * The shape of the figure at PATH in cells: the columns it takes for each
 * row (a cell about twice as tall as wide), so the player can choose where
 * it goes before drawing it. 0 when there is nothing to draw.
 */
double tui_figure_aspect(struct tui_figure *f, const char *path);

/*
 * The size the figure at PATH takes in a box of at most max_rows x
 * max_cols cells (a cell about twice as tall as wide), in *rows and *cols.
 * False when there is nothing to draw: no PATH, a file that does not draw, a
 * limber built without figures, or a box too small to show a figure.
 */
bool tui_figure_fit(struct tui_figure *f, const char *path, int max_rows, int max_cols,
		    int *rows, int *cols);

/*
 * Draws the figure last fitted with its top-left cell at (y, x), rows x
 * cols as tui_figure_fit gave; MIRROR shows the other side. Block and
 * braille symbols in colour under UTF-8; ASCII outside UTF-8 or without
 * colours (colour = never).
 */
void tui_figure_draw(struct tui *t, struct tui_figure *f, int y, int x, int rows, int cols,
		     bool mirror);

/*
 * For `limber show`: prints the figure at PATH, at most max_rows x max_cols
 * cells, as lines of text to FP: blocks and braille with SGR attributes when
 * UTF8 and COLOUR, else ASCII. False, printing nothing, when there is no
 * figure to draw.
 */
bool tui_figure_print(FILE *fp, const char *path, int max_rows, int max_cols, bool utf8,
		      bool colour);

#endif
