/* SPDX-License-Identifier: ISC */
/* routine_figure.h - an exercise's figure: figures/NAME.svg found through the layers */
#ifndef LIMBER_ROUTINE_FIGURE_H
#define LIMBER_ROUTINE_FIGURE_H

#include "routine/routine.h"

/* Adds DIR to where figures/ is looked for (once; later calls rank lower). */
void routine_figure_add_dir(struct library *lib, const char *dir);
/* Adds the directory of the routine file PATH, as routine_figure_add_dir. */
void routine_figure_add_file_dir(struct library *lib, const char *path);
/*
 * Sets e->figure_path to the first readable figures/NAME.svg along lib's
 * directories; when there is none, says why in lib->figure_problems at the
 * figure's line and leaves it NULL.
 */
void routine_figure_find(struct library *lib, struct exercise *e);

#endif
