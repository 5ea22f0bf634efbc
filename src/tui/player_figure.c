/* SPDX-License-Identifier: ISC */
/* player_figure.c - the exercise's figure in the player: which one, where it fits, drawing it */
#include "config.h"

#include "tui/player_impl.h"

const char *player_figure_path(const struct tui *t, const struct session_view *v, bool *mirror)
{
	*mirror = false;
	if (!t->figures || v->phase == PHASE_DONE)
		return NULL;
	/* Between exercises: the one that comes, to get into position for. */
	const struct step *st = v->phase == PHASE_BETWEEN ? v->next : v->step;
	if (!st || !st->ex)
		return NULL;
	/* The figures show the right side working; the left is its mirror image. */
	*mirror = v->phase != PHASE_BETWEEN && v->side == SIDE_LEFT;
	return st->ex->figure_path;
}

bool player_figure_draw(struct tui *t, struct player *p, const struct session_view *v, int y,
			int x, int rows, int cols)
{
	bool mirror;
	const char *path = player_figure_path(t, v, &mirror);
	int fr, fc;
	if (!path || !p->fig || !tui_figure_fit(p->fig, path, rows, cols, &fr, &fc))
		return false;
	/* Centred across the box, standing on its bottom: the floor stays put between steps. */
	tui_figure_draw(t, p->fig, y + rows - fr, x + (cols - fc) / 2, fr, fc, mirror);
	return true;
}
