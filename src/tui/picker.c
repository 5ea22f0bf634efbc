/* SPDX-License-Identifier: ISC */
/* picker.c - choosing a routine: title, minutes, areas; typing filters */
#include "config.h"

#include "tui/picker.h"

#include <ctype.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "tui/keys.h"
#include "tui/pager.h"

struct picker {
	const struct library *lib;
	const char *verb;
	int count_in;
	char filter[64];
	size_t *shown; /* indexes into lib->rt that match the filter */
	size_t nshown, sel, top;
	const struct routine *chosen;
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
		if ((r->areas & (1u << a)) && contains(routine_area_names[a], f))
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

/* s cut at a word to fit width columns, with "…" when cut (mid-word only for one long word). */
static char *fit_words(struct tui *t, const char *s, int width)
{
	if (utf8_width(s) <= width)
		return xstrdup(s);
	const char *next;
	size_t n = width > 1 ? utf8_wrap(s, width - 1, &next) : 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	return xasprintf("%.*s%s", (int)n, s, tui_sym(t, "…", "~"));
}

/* A routine's areas, "lower-back, glutes". Caller frees. */
static char *areas_of(const struct routine *r)
{
	struct strbuf b;
	sb_init(&b);
	for (int a = 0; a < AREA_COUNT; a++)
		if (r->areas & (1u << a))
			sb_addf(&b, "%s%s", b.len ? ", " : "", routine_area_names[a]);
	return sb_steal(&b);
}

static void draw_row(struct tui *t, const struct picker *p, size_t k, int y, int title_w)
{
	const struct routine *r = p->lib->rt[p->shown[k]];
	bool on = k == p->sel;
	char *areas = areas_of(r);
	char *title = fit_words(t, r->title, title_w);
	int areas_x = 3 + title_w + 7;
	char *where = fit_words(t, areas, t->cols - areas_x - 1);
	if (on) {
		attron(A_REVERSE);
		mvhline(y, 0, ' ', t->cols);
		attroff(A_REVERSE);
	}
	int attr = on ? A_REVERSE | A_BOLD : A_NORMAL;
	tui_text(t, y, 1, attr, on ? tui_sym(t, "›", ">") : " ");
	tui_text(t, y, 3, attr, title);
	tui_textf(t, y, 3 + title_w + 1, attr, "%4d", routine_minutes(r, p->count_in));
	tui_text(t, y, areas_x, attr, where);
	free(where);
	free(title);
	free(areas);
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
	tui_text(t, 0, 8, A_BOLD, "Choose a routine");
	tui_hline(t, 1);
	tui_textf(t, 2, 1, A_NORMAL, "Find: %s%s", p->filter, tui_sym(t, "▏", "_"));
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
	int title_w = t->cols - 8 - 22;
	if (title_w > 40)
		title_w = 40;
	if (title_w < 16)
		title_w = 16;
	tui_textf(t, 3, 3, tui_attr(t, TC_DIM), "%-*s %4s  %s", title_w, "ROUTINE", "MIN", "AREAS");
	int row = 0;
	for (; row < list_rows && p->top + (size_t)row < p->nshown; row++)
		draw_row(t, p, p->top + (size_t)row, list_top + row, title_w);
	if (p->nshown == 0)
		tui_textf(t, list_top, 3, A_NORMAL, "No routine matches \"%s\".", p->filter);
	else if (summary)
		tui_wrap(t, list_top + row + 1, 2, width, sum_rows, tui_attr(t, TC_DIM), summary);
	tui_hline(t, t->rows - 2);
	bool narrow = t->cols < 64;
	char *keys = xasprintf(t->utf8 ? (narrow ? "Enter %s · ? help · q back · type to find"
						 : "type to find · ↑/↓ move · Enter %s · ? help · q back")
				       : (narrow ? "Enter %s - ? help - q back - type to find"
						 : "type to find - Up/Down move - Enter %s - ? help - q back"),
			       p->verb);
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), keys);
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
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	case KA_HELP: {
		pager_keys(t, KC_PICKER, "Keys in the picker");
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
	int rc = tui_run(t, &s);
	free(p.shown);
	return rc < 0 ? NULL : p.chosen;
}
