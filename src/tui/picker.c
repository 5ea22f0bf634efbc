/* SPDX-License-Identifier: ISC */
/* picker.c - choosing a routine: title, minutes, areas; typing filters */
#include "config.h"

#include "tui/picker.h"

#include <ctype.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "tui/figure.h"
#include "tui/keys.h"
#include "tui/pager.h"

/* The most rows the figure takes under the summary. */
#define PICKER_FIGURE_ROWS 10
#define PICKER_FIGURE_COLS 56

struct picker {
	const struct library *lib;
	const char *verb; /* NC_("picker", ...): what Enter does */
	int count_in;
	char filter[64];
	size_t *shown; /* indexes into lib->rt that match the filter */
	size_t nshown, sel, top;
	const struct routine *chosen;
	struct tui_figure *fig; /* the selected routine's first figure, kept between draws */
};

/* Case-insensitive substring. */
static bool contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return n == 0;
}

static bool matches(const struct routine *r, const char *f)
{
	if (!*f || contains(r->title, f) || contains(r->id, f))
		return true;
	for (int a = 0; a < AREA_COUNT; a++)
		if ((r->areas & (1u << a)) &&
		    (contains(routine_area_names[a], f) || contains(_(routine_area_names[a]), f)))
			return true;
	return false;
}

static int by_title(const void *a, const void *b, void *ctx)
{
	const struct library *lib = ctx;
	const struct routine *x = lib->rt[*(const size_t *)a], *y = lib->rt[*(const size_t *)b];
	return strcasecmp(x->title, y->title);
}

static void refilter(struct picker *p)
{
	const struct routine *keep = p->nshown ? p->lib->rt[p->shown[p->sel]] : NULL;
	p->nshown = 0;
	p->sel = 0;
	for (size_t i = 0; i < p->lib->nrt; i++) {
		if (!matches(p->lib->rt[i], p->filter))
			continue;
		if (p->lib->rt[i] == keep)
			p->sel = p->nshown;
		p->shown[p->nshown++] = i;
	}
	/* Listed as people read them: by title. */
	qsort_r(p->shown, p->nshown, sizeof *p->shown, by_title, (void *)p->lib);
	if (keep)
		for (size_t k = 0; k < p->nshown; k++)
			if (p->lib->rt[p->shown[k]] == keep)
				p->sel = k;
	p->top = 0;
}

/* A routine's areas, "lower-back, glutes", as the language names them. Caller frees. */
static char *areas_of(const struct routine *r)
{
	struct strbuf b;
	sb_init(&b);
	for (int a = 0; a < AREA_COUNT; a++)
		if (r->areas & (1u << a))
			sb_addf(&b, "%s%s", b.len ? ", " : "", _(routine_area_names[a]));
	return sb_steal(&b);
}

/* The columns of the list: the title's width, then the minutes' (as wide as their heading). */
struct columns {
	int title_w, min_w;
};

static void draw_row(struct tui *t, const struct picker *p, size_t k, int y,
		     const struct columns *c)
{
	const struct routine *r = p->lib->rt[p->shown[k]];
	bool on = k == p->sel;
	char *areas = areas_of(r);
	char *title = tui_fit_words(t, r->title, c->title_w);
	int areas_x = 3 + c->title_w + 1 + c->min_w + 2;
	char *where = tui_fit_words(t, areas, t->cols - areas_x - 1);
	if (on) {
		attron(A_REVERSE);
		mvhline(y, 0, ' ', t->cols);
		attroff(A_REVERSE);
	}
	int attr = on ? A_REVERSE | A_BOLD : A_NORMAL;
	tui_text(t, y, 1, attr, on ? tui_sym(t, "›", ">") : " ");
	tui_text(t, y, 3, attr, title);
	tui_textf(t, y, 3 + c->title_w + 1, attr, "%*d", c->min_w, routine_minutes(r, p->count_in));
	tui_text(t, y, areas_x, attr, where);
	free(where);
	free(title);
	free(areas);
}

/* The selected routine's first figure under its summary, from row y, when there is room. */
static void draw_figure(struct tui *t, struct picker *p, int y)
{
	const struct routine *r = p->lib->rt[p->shown[p->sel]];
	const char *path = r->nsteps ? r->steps[0].ex->figure_path : NULL;
	int rows = t->rows - 3 - y, fr, fc;
	if (rows > PICKER_FIGURE_ROWS)
		rows = PICKER_FIGURE_ROWS;
	int cols = t->cols - 4 < PICKER_FIGURE_COLS ? t->cols - 4 : PICKER_FIGURE_COLS;
	if (!t->figures || !path || !tui_figure_fit(p->fig, path, rows, cols, &fr, &fc))
		return;
	tui_figure_draw(t, p->fig, y, 2, fr, fc, false);
}

/* Lines text takes wrapped at width. */
static int wrapped_lines(const char *text, int width)
{
	int n = 0;
	for (const char *s = text, *next; *s; s = next, n++)
		utf8_wrap(s, width, &next);
	return n;
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct picker *p = s->data;
	if (tui_too_small(t, 40, 10))
		return;
	tui_text(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber");
	tui_text(t, 0, 8, A_BOLD, _("Choose a routine"));
	tui_hline(t, 1);
	/* TRANSLATORS: the picker's search line: what is typed, then a cursor. */
	tui_textf(t, 2, 1, A_NORMAL, _("Find: %s%s"), p->filter, tui_sym(t, "▏", "_"));
	/* The list, then the summary of the one selected, wrapped to what room is left. */
	const char *summary = p->sel < p->nshown ? p->lib->rt[p->shown[p->sel]]->summary : NULL;
	int list_top = 4, room = t->rows - list_top - 2, width = t->cols - 4;
	int want = summary ? wrapped_lines(summary, width) : 0;
	int min_list = p->nshown < 3 ? (int)p->nshown : 3;
	int sum_rows = want < room - min_list - 1 ? want : room - min_list - 1;
	if (summary && sum_rows < 1)
		sum_rows = 1;
	int list_rows = room - sum_rows - (sum_rows ? 1 : 0);
	if (list_rows < 1)
		list_rows = 1;
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + (size_t)list_rows)
		p->top = p->sel - (size_t)list_rows + 1;
	/* TRANSLATORS: the headings of the picker's columns; MIN is the minutes a routine takes. */
	const char *h_title = _("ROUTINE"), *h_min = _("MIN"), *h_areas = _("AREAS");
	struct columns c = {t->cols - 8 - 22, utf8_width(h_min) > 4 ? utf8_width(h_min) : 4};
	c.title_w = c.title_w > 40 ? 40 : c.title_w < 16 ? 16 : c.title_w;
	tui_text(t, 3, 3, tui_attr(t, TC_DIM), h_title);
	tui_text_right(t, 3, 3 + c.title_w + 1 + c.min_w, tui_attr(t, TC_DIM), h_min);
	tui_text(t, 3, 3 + c.title_w + 1 + c.min_w + 2, tui_attr(t, TC_DIM), h_areas);
	int row = 0;
	for (; row < list_rows && p->top + (size_t)row < p->nshown; row++)
		draw_row(t, p, p->top + (size_t)row, list_top + row, &c);
	if (p->nshown == 0)
		tui_textf(t, list_top, 3, A_NORMAL, _("No routine matches \"%s\"."), p->filter);
	else if (summary)
		tui_wrap(t, list_top + row + 1, 2, width, sum_rows, tui_attr(t, TC_DIM), summary);
	if (p->nshown)
		draw_figure(t, p, list_top + row + 1 + (sum_rows ? sum_rows + 1 : 0));
	tui_hline(t, t->rows - 2);
	const char *verb = i18n_cgettext("picker", p->verb);
	char *keys =
		t->utf8
			/* TRANSLATORS: the picker's key line; %s (twice) is what Enter does: start,
			 * read or add. After a \n, a shorter form for a narrow window: the first
			 * that fits is shown. */
			? xasprintf(_("type to find · ↑/↓ move · Enter %s · ? help · Esc back\n"
				      "type to find · Enter %s · Esc back"),
				    verb, verb)
			/* TRANSLATORS: the same, for a terminal without Unicode arrows. */
			: xasprintf(_("type to find · Up/Down move · Enter %s · ? help · Esc back\n"
				      "type to find · Enter %s · Esc back"),
				    verb, verb);
	tui_key_line(t, tui_attr(t, TC_DIM), keys);
	free(keys);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct picker *p = s->data;
	size_t len = strlen(p->filter);
	struct key_act k = keys_action(KC_PICKER, ch);
	if (tui_move(&p->sel, k.act, 10, p->nshown ? p->nshown - 1 : 0))
		return;
	switch (k.act) {
	case KA_ENTER:
		if (p->nshown) {
			p->chosen = p->lib->rt[p->shown[p->sel]];
			tui_finish(s, 0);
		}
		break;
	case KA_CLEAR: /* Esc: the search first, then back */
		if (len) {
			p->filter[0] = '\0';
			refilter(p);
		} else {
			tui_finish(s, 0);
		}
		break;
	case KA_HELP: {
		pager_keys(t, KC_PICKER, _("Keys in the picker"));
		break;
	}
	case KA_DEL_BACK:
		if (len) {
			p->filter[len - 1] = '\0';
			refilter(p);
		}
		break;
	case KA_CHAR: /* letters search */
		if (isprint(k.arg) && len + 1 < sizeof p->filter) {
			p->filter[len] = (char)k.arg;
			p->filter[len + 1] = '\0';
			refilter(p);
		}
		break;
	default:
		break;
	}
}

static const struct tui_screen_ops picker_ops = {NULL, draw, key, NULL, NULL};

const struct routine *picker_choose(struct tui *t, const struct library *lib, int count_in,
				    const char *suggested, const char *verb)
{
	struct picker p = {.lib = lib, .verb = verb, .count_in = count_in};
	p.shown = xcalloc(lib->nrt + 1, sizeof *p.shown);
	refilter(&p);
	for (size_t i = 0; suggested && i < p.nshown; i++)
		if (strcmp(lib->rt[p.shown[i]]->id, suggested) == 0)
			p.sel = i;
	struct tui_screen s = {&picker_ops, &p, false, 0, true};
	p.fig = tui_figure_new();
	int rc = tui_run(t, &s);
	tui_figure_free(p.fig);
	free(p.shown);
	return rc < 0 ? NULL : p.chosen;
}
