/* pager.c - a scrollable page of text: routine details, help, notices */
#include "config.h"

#include "tui/pager.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"
#include "xalloc.h"

struct pager {
	const char *title, *footer;
	char **lines;
	size_t n, top;
	bool help;
};

static int body_rows(struct tui *t)
{
	return t->rows - 4;
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct pager *p = s->data;
	if (tui_too_small(t, 30, 8))
		return;
	tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber %s", tui_sym(t, "·", "-"));
	tui_text(t, 0, 10, A_BOLD, p->title);
	tui_hline(t, 1);
	int rows = body_rows(t);
	size_t max_top = p->n > (size_t)rows ? p->n - (size_t)rows : 0;
	if (p->top > max_top)
		p->top = max_top;
	for (int r = 0; r < rows && p->top + (size_t)r < p->n; r++)
		tui_text(t, 2 + r, 1, A_NORMAL, p->lines[p->top + (size_t)r]);
	tui_hline(t, t->rows - 2);
	if (p->n > (size_t)rows) {
		char pos[32];
		snprintf(pos, sizeof pos, "%zu%%",
			 max_top ? p->top * 100 / max_top : 100);
		tui_text_right(t, t->rows - 1, t->cols - 1, tui_attr(t, TC_DIM), pos);
	}
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), p->footer);
	if (p->help) {
		const char *const *h = keys_help(KC_PAGER);
		int y = 3;
		for (int i = 0; h[i]; i++, y++) {
			move(y, 2);
			for (int k = 2; k < t->cols - 2; k++)
				addch(' ' | A_REVERSE);
			tui_text(t, y, 4, A_REVERSE, h[i]);
		}
	}
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct pager *p = s->data;
	if (p->help) {
		p->help = false;
		return;
	}
	size_t page = (size_t)(body_rows(t) > 1 ? body_rows(t) - 1 : 1);
	switch (keys_action(KC_PAGER, ch)) {
	case KA_UP:
		if (p->top)
			p->top--;
		break;
	case KA_DOWN:
		p->top++;
		break;
	case KA_PAGE_UP:
		p->top = p->top > page ? p->top - page : 0;
		break;
	case KA_PAGE_DOWN:
		p->top += page;
		break;
	case KA_HOME:
		p->top = 0;
		break;
	case KA_END:
		p->top = p->n;
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	case KA_HELP:
		p->help = true;
		break;
	default:
		break;
	}
}

static const struct tui_screen_ops pager_ops = {NULL, draw, key, NULL, NULL};

int pager_show(struct tui *t, const char *title, const char *text, const char *footer)
{
	struct pager p = {title, footer, NULL, 0, 0, false};
	char *copy = xstrdup(text);
	for (char *line = copy, *nl; line; line = nl) {
		nl = strchr(line, '\n');
		if (nl)
			*nl++ = '\0';
		if (!nl && !*line)
			break;
		p.lines = xreallocarray(p.lines, p.n + 1, sizeof *p.lines);
		p.lines[p.n++] = line;
	}
	struct tui_screen s = {&pager_ops, &p, false, 0, true};
	int rc = tui_run(t, &s);
	free(p.lines);
	free(copy);
	return rc;
}
