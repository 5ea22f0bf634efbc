/* pager.c - a scrollable page: help, routine details, notices, and pages that draw their own */
#include "config.h"

#include "tui/pager.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"
#include "xalloc.h"
struct pager {
	const char *title, *footer;
	const struct pager_page *pg;
	size_t top;
	bool help;
};

static int body_rows(struct tui *t)
{
	return t->rows - 4;
}

/* The help over the page, in reverse video. */
static void draw_help(struct tui *t, const struct pager_page *pg)
{
	char **h = keys_help(pg->key ? pg->keys : KC_PAGER);
	for (int i = 0; h[i]; i++) {
		move(3 + i, 2);
		for (int k = 2; k < t->cols - 2; k++)
			addch(' ' | A_REVERSE);
		tui_text(t, 3 + i, 4, A_REVERSE, h[i]);
	}
	keys_help_free(h);
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct pager *p = s->data;
	const struct pager_page *pg = p->pg;
	if (tui_too_small(t, pg->min_cols, pg->min_rows))
		return;
	tui_title(t, p->title);
	size_t n = pg->lines(t, pg->data);
	int rows = body_rows(t);
	size_t max_top = n > (size_t)rows ? n - (size_t)rows : 0;
	if (p->top > max_top)
		p->top = max_top;
	for (int r = 0; r < rows && p->top + (size_t)r < n; r++)
		pg->line(t, pg->data, p->top + (size_t)r, 2 + r);
	tui_hline(t, t->rows - 2);
	if (pg->position && n > (size_t)rows) {
		char pos[32];
		snprintf(pos, sizeof pos, "%zu%%", max_top ? p->top * 100 / max_top : 100);
		tui_text_right(t, t->rows - 1, t->cols - 1, tui_attr(t, TC_DIM), pos);
	}
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), p->footer);
	if (pg->decorate)
		pg->decorate(t, pg->data);
	if (p->help)
		draw_help(t, pg);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct pager *p = s->data;
	const struct pager_page *pg = p->pg;
	if (p->help) {
		p->help = false;
		return;
	}
	size_t page = (size_t)(body_rows(t) > 1 ? body_rows(t) - 1 : 1);
	struct key_act k = keys_action(pg->key ? pg->keys : KC_PAGER, ch);
	if (tui_move(&p->top, k.act, page, pg->lines(t, pg->data)))
		return;
	if (k.act == KA_QUIT)
		tui_finish(s, 0);
	else if (k.act == KA_HELP)
		p->help = true;
	else if (pg->key && pg->key(t, pg->data, k))
		p->top = 0;
}

static const struct tui_screen_ops pager_ops = {NULL, draw, key, NULL, NULL};

int pager_run(struct tui *t, const char *title, const struct pager_page *pg, const char *footer)
{
	struct pager p = {title, footer, pg, 0, false};
	struct tui_screen s = {&pager_ops, &p, false, 0, true};
	return tui_run(t, &s);
}

/* ---- a page of text ---- */

struct text {
	char **lines;
	size_t n;
};

static size_t text_lines(struct tui *t, void *data)
{
	(void)t;
	return ((struct text *)data)->n;
}

static void text_line(struct tui *t, void *data, size_t i, int y)
{
	tui_text(t, y, 1, A_NORMAL, ((struct text *)data)->lines[i]);
}

int pager_show(struct tui *t, const char *title, const char *text, const char *footer)
{
	struct text tx = {NULL, 0};
	char *copy = xstrdup(text);
	for (char *line = copy, *nl; line; line = nl) {
		nl = strchr(line, '\n');
		if (nl)
			*nl++ = '\0';
		if (!nl && !*line)
			break;
		tx.lines = xreallocarray(tx.lines, tx.n + 1, sizeof *tx.lines);
		tx.lines[tx.n++] = line;
	}
	struct pager_page pg = {.data = &tx, .min_cols = 30, .min_rows = 8, .position = true,
				.lines = text_lines, .line = text_line};
	int rc = pager_run(t, title, &pg, footer);
	free(tx.lines);
	free(copy);
	return rc;
}
