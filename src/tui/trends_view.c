/* trends_view.c - the trends screen: the same charts as `limber trends`, scrollable */
#include "config.h"

#include "tui/trends_view.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "chart.h"
#include "clock.h"
#include "trends.h"
#include "tui/keys.h"

static const int windows[] = {4, 8, 12, 26, 52};
#define NWINDOWS (int)(sizeof windows / sizeof windows[0])

struct view {
	struct diary *db;
	const struct settings *st;
	int window; /* index into windows */
	int back;   /* weeks moved into the past */
	struct chart chart;
	int built_cols;
	size_t top;
	bool help;
	struct diags err;
};

static void rebuild(struct tui *t, struct view *v)
{
	chart_free(&v->chart);
	struct trends tr;
	diags_free(&v->err);
	trends_compute(&tr, v->db, windows[v->window], v->back, v->st->week_starts, clock_wall(),
		       &v->err);
	int width = t->cols - 2;
	chart_init(&v->chart, width < 20 ? 20 : width, t->utf8);
	chart_trends(&v->chart, &tr);
	trends_free(&tr);
	v->built_cols = t->cols;
}

static int colour_of(struct tui *t, unsigned char cc)
{
	switch (cc) {
	case CC_LEG:
		return tui_attr(t, TC_WARN) | A_BOLD;
	case CC_BACK:
		return tui_attr(t, TC_TITLE);
	case CC_AVG:
		return tui_attr(t, TC_READY);
	case CC_AXIS:
		return tui_attr(t, TC_DIM);
	case CC_GOOD:
		return tui_attr(t, TC_GOOD) | A_BOLD;
	case CC_BAD:
		return tui_attr(t, TC_WARN) | A_BOLD;
	case CC_HEAD:
		return A_BOLD;
	default:
		return A_NORMAL;
	}
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct view *v = s->data;
	if (tui_too_small(t, 40, 12))
		return;
	if (v->built_cols != t->cols)
		rebuild(t, v);
	tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber %s", tui_sym(t, "·", "-"));
	tui_text(t, 0, 10, A_BOLD, "Trends");
	if (v->back) {
		char ago[48];
		snprintf(ago, sizeof ago, "ending %d %s ago", v->back, v->back == 1 ? "week" : "weeks");
		tui_text_right(t, 0, t->cols - 1, A_NORMAL, ago);
	}
	tui_hline(t, 1);
	int rows = t->rows - 4;
	size_t first = 0;
	size_t total = (size_t)v->chart.h;
	if (v->top + (size_t)rows > total)
		v->top = total > (size_t)rows ? total - (size_t)rows : 0;
	for (int r = 0; r < rows && v->top + (size_t)r < total; r++) {
		int cy = (int)(first + v->top) + r;
		for (int x = 0; x < v->chart.w && x + 1 < t->cols; x++) {
			const struct chart_cell *c = &v->chart.cells[(size_t)cy * (size_t)v->chart.w + (size_t)x];
			if (!c->g[0])
				continue;
			attron(colour_of(t, c->colour));
			mvaddstr(2 + r, 1 + x, c->g);
			attroff(colour_of(t, c->colour));
		}
	}
	tui_hline(t, t->rows - 2);
	const char *keys = t->utf8 ? "←/→ weeks · w window · j/k scroll · ? help · q back"
				   : "Left/Right weeks - w window - j/k scroll - ? help - q back";
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), keys);
	if (v->err.n) {
		char *m = diag_format(&v->err.v[0]);
		tui_text(t, t->rows - 1, 1, tui_attr(t, TC_WARN), m);
		free(m);
	}
	if (v->help) {
		static const char *const help[] = {
			"Left  h    a week further back",
			"Right l    a week nearer today",
			"w          window: 4, 8, 12, 26 or 52 weeks",
			"j k  Up Down  PgUp PgDn   scroll",
			"q  Esc     back",
			NULL,
		};
		for (int i = 0; help[i]; i++) {
			move(3 + i, 2);
			for (int k = 2; k < t->cols - 2; k++)
				addch(' ' | A_REVERSE);
			tui_text(t, 3 + i, 4, A_REVERSE, help[i]);
		}
	}
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct view *v = s->data;
	if (v->help) {
		v->help = false;
		return;
	}
	size_t page = (size_t)(t->rows > 6 ? t->rows - 5 : 1);
	if (ch == 'w') {
		v->window = (v->window + 1) % NWINDOWS;
		v->top = 0;
		rebuild(t, v);
		return;
	}
	if (ch == 'h' || ch == KEY_LEFT) {
		v->back++;
		rebuild(t, v);
		return;
	}
	if (ch == 'l' || ch == KEY_RIGHT) {
		if (v->back > 0) {
			v->back--;
			rebuild(t, v);
		}
		return;
	}
	switch (keys_action(KC_PAGER, ch)) {
	case KA_UP:
		if (v->top)
			v->top--;
		break;
	case KA_DOWN:
		v->top++;
		break;
	case KA_PAGE_UP:
		v->top = v->top > page ? v->top - page : 0;
		break;
	case KA_PAGE_DOWN:
		v->top += page;
		break;
	case KA_HOME:
		v->top = 0;
		break;
	case KA_END:
		v->top = (size_t)v->chart.h;
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	case KA_HELP:
		v->help = true;
		break;
	default:
		break;
	}
}

static const struct tui_screen_ops trends_ops = {NULL, draw, key, NULL, NULL};

int trends_view_run(struct tui *t, struct diary *db, const struct settings *st)
{
	struct view v = {.db = db, .st = st, .window = 1};
	struct tui_screen s = {&trends_ops, &v, false, 0, true};
	int rc = tui_run(t, &s);
	chart_free(&v.chart);
	diags_free(&v.err);
	return rc;
}
