/* SPDX-License-Identifier: ISC */
/* figure_none.c - no figures in a limber built without librsvg and chafa (--without-figures) */
#include "config.h"

#include "tui/figure.h"

#include <stdlib.h>

/* A place-holder object, so callers need not know figures are left out. */
struct tui_figure {
	int unused;
};

struct tui_figure *tui_figure_new(void)
{
	return calloc(1, sizeof(struct tui_figure));
}

void tui_figure_free(struct tui_figure *f)
{
	free(f);
}

double tui_figure_aspect(struct tui_figure *f, const char *path)
{
	(void)f, (void)path;
	return 0;
}

bool tui_figure_fit(struct tui_figure *f, const char *path, int max_rows, int max_cols,
		    int *rows, int *cols)
{
	(void)f, (void)path, (void)max_rows, (void)max_cols;
	*rows = *cols = 0;
	return false;
}

void tui_figure_draw(struct tui *t, struct tui_figure *f, int y, int x, int rows, int cols,
		     bool mirror)
{
	(void)t, (void)f, (void)y, (void)x, (void)rows, (void)cols, (void)mirror;
}

bool tui_figure_print(FILE *fp, const char *path, int max_rows, int max_cols, bool utf8,
		      bool colour)
{
	(void)fp, (void)path, (void)max_rows, (void)max_cols, (void)utf8, (void)colour;
	return false;
}
