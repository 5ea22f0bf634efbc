/* SPDX-License-Identifier: ISC */
/* pager.c - a scrollable page: help, routine details, notices, and pages that draw their own */
#include "config.h"

#include "tui/pager.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "tui/keys.h"
#include "tui/searchline.h"

#define NO_MATCH SIZE_MAX

struct pager {
	const char *title, *footer;
	const struct pager_page *pg;
	size_t top;
	struct searchline search;
	size_t match;	      /* the line of the last match found, NO_MATCH for none */
	const char *said;     /* "Pattern not found", translated, on the key line until a key */
};

static int body_rows(struct tui *t)
{
	return t->rows - 4;
}

static enum key_context context(const struct pager_page *pg)
{
	return pg->key ? pg->keys : KC_PAGER;
}

/* Where pattern is in text, ignoring case (ASCII); NULL when it is not. */
static const char *find_in(const char *text, const char *pattern)
{
	size_t n = strlen(pattern);
	for (const char *p = text; n && *p; p++)
		if (strncasecmp(p, pattern, n) == 0)
			return p;
	return NULL;
}

/* Shows every match on line i (drawn on row y) in reverse video. */
static void mark_matches(struct tui *t, struct pager *p, size_t i, int y)
{
	char *text = p->pg->text(t, p->pg->data, i);
	size_t n = strlen(p->search.pattern);
	for (const char *m = text; n && (m = find_in(m, p->search.pattern)); m += n) {
		char *before = xstrndup(text, (size_t)(m - text));
		char *word = xstrndup(m, n);
		int col = utf8_width(before);
		if (col >= 0)
			tui_text(t, y, 1 + col, A_REVERSE, word);
		free(before);
		free(word);
	}
	free(text);
}

/* The key line: the search being typed, what the last search said, or the keys. */
static void draw_key_line(struct tui *t, struct pager *p)
{
	int y = t->rows - 1;
	if (!p->search.typing && !p->said)
		return;
	move(y, 0);
	clrtoeol();
	if (p->said) {
		tui_text(t, y, 1, A_BOLD, p->said);
		return;
	}
	searchline_draw(&p->search, t, y);
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct pager *p = s->data;
	const struct pager_page *pg = p->pg;
	curs_set(0);
	if (tui_too_small(t, pg->min_cols, pg->min_rows))
		return;
	tui_title(t, p->title);
	size_t n = pg->lines(t, pg->data);
	int rows = body_rows(t);
	size_t max_top = n > (size_t)rows ? n - (size_t)rows : 0;
	if (p->top > max_top)
		p->top = max_top;
	for (int r = 0; r < rows && p->top + (size_t)r < n; r++) {
		pg->line(t, pg->data, p->top + (size_t)r, 2 + r);
		if (p->search.pattern && p->match != NO_MATCH && pg->text)
			mark_matches(t, p, p->top + (size_t)r, 2 + r);
	}
	tui_hline(t, t->rows - 2);
	int room = t->cols - 2; /* for the key line: what the position leaves */
	if (pg->position && n > (size_t)rows) {
		char pos[32];
		snprintf(pos, sizeof pos, "%zu%%", max_top ? p->top * 100 / max_top : 100);
		tui_text_right(t, t->rows - 1, t->cols - 1, tui_attr(t, TC_DIM), pos);
		room -= (int)strlen(pos) + 1;
	}
	char *keys = tui_key_variant(
		t, pg->scroll_footer && n > (size_t)rows ? pg->scroll_footer : p->footer, room);
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), keys);
	free(keys);
	if (pg->decorate)
		pg->decorate(t, pg->data);
	draw_key_line(t, p);
}

/* Looks for the pattern from line from on, a line at a time in direction dir (1 or -1). */
static void find(struct tui *t, struct pager *p, size_t from, int dir)
{
	const struct pager_page *pg = p->pg;
	size_t n = pg->lines(t, pg->data);
	for (size_t i = from; i < n; i += (size_t)(ptrdiff_t)dir) {
		char *text = pg->text(t, pg->data, i);
		bool hit = find_in(text, p->search.pattern) != NULL;
		free(text);
		if (hit) {
			p->match = i;
			p->top = i; /* the match on the first line, as less shows it */
			return;
		}
	}
	p->said = _("Pattern not found");
}

/* n and N: from the line after (before) the last match, or from the page shown. */
static void find_again(struct tui *t, struct pager *p, int dir)
{
	if (!p->search.pattern) {
		p->said = _(SEARCHLINE_NONE);
		return;
	}
	size_t from = p->match != NO_MATCH ? p->match : p->top;
	if (dir < 0 && from == 0) {
		p->said = _("Pattern not found");
		return;
	}
	find(t, p, dir > 0 ? from + 1 : from - 1, dir);
}

/* The keys of the page, in a pager of their own: as wide as the window, all of them. */
static void show_help(struct tui *t, const struct pager *p)
{
	char *help = keys_help_text_width(context(p->pg), t->cols - 2);
	/* TRANSLATORS: the title of a page's key help: a dot, then the page's own title. */
	char *title = xasprintf(_("Keys %s %s"), tui_sym(t, "·", "-"), p->title);
	pager_show(t, title, help, _("q back · / search"));
	free(title);
	free(help);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct pager *p = s->data;
	const struct pager_page *pg = p->pg;
	p->said = NULL;
	if (p->search.typing) {
		if (searchline_key(&p->search, ch)) {
			p->match = NO_MATCH;
			find(t, p, p->top, 1);
		}
		return;
	}
	size_t page = (size_t)(body_rows(t) > 1 ? body_rows(t) - 1 : 1);
	struct key_act k = keys_action(context(pg), ch);
	if (tui_move(&p->top, k.act, page, pg->lines(t, pg->data)))
		return;
	switch (k.act) {
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	case KA_HELP:
		show_help(t, p);
		break;
	case KA_SEARCH:
		if (pg->text)
			searchline_open(&p->search);
		break;
	case KA_FIND_NEXT:
	case KA_FIND_PREV:
		if (pg->text)
			find_again(t, p, k.act == KA_FIND_NEXT ? 1 : -1);
		break;
	default:
		if (pg->key && pg->key(t, pg->data, k)) {
			p->top = 0;
			p->match = NO_MATCH;
		}
		if (pg->closed && *pg->closed)
			tui_finish(s, 0);
		break;
	}
}

static const struct tui_screen_ops pager_ops = {NULL, draw, key, NULL, NULL};

int pager_run(struct tui *t, const char *title, const struct pager_page *pg, const char *footer)
{
	struct pager p = {.title = title, .footer = footer, .pg = pg, .match = NO_MATCH};
	searchline_init(&p.search);
	struct tui_screen s = {&pager_ops, &p, false, 0, true};
	int rc = tui_run(t, &s);
	curs_set(0);
	searchline_free(&p.search);
	return rc;
}

/* ---- a page of text ---- */

struct text {
	char **lines;
	size_t n;
	enum key_action chosen; /* the page's own key that closed it */
	bool closed;
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

static char *text_text(struct tui *t, void *data, size_t i)
{
	(void)t;
	return xstrdup(((struct text *)data)->lines[i]);
}

static bool text_key(struct tui *t, void *data, struct key_act k)
{
	(void)t;
	struct text *tx = data;
	if (k.act != KA_NONE) {
		tx->chosen = k.act;
		tx->closed = true;
	}
	return false;
}

int pager_show_keys(struct tui *t, const char *title, const char *text, const char *footer,
		    enum key_context keys)
{
	struct text tx = {NULL, 0, KA_QUIT, false};
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
				.lines = text_lines, .line = text_line, .text = text_text,
				.keys = keys, .key = keys != KC_NONE ? text_key : NULL,
				.closed = &tx.closed};
	int rc = pager_run(t, title, &pg, footer);
	free(tx.lines);
	free(copy);
	return rc < 0 ? rc : (int)tx.chosen;
}

int pager_show(struct tui *t, const char *title, const char *text, const char *footer)
{
	int rc = pager_show_keys(t, title, text, footer, KC_NONE);
	return rc < 0 ? rc : 0;
}

int pager_keys(struct tui *t, enum key_context ctx, const char *title)
{
	char *help = keys_help_text_width(ctx, t->cols - 2);
	int rc = pager_show(t, title, help, _("q or Esc: back"));
	free(help);
	return rc;
}

char *pager_reflow(const char *text, int width, int indent)
{
	struct strbuf out, para;
	sb_init(&out);
	sb_init(&para);
	if (width < 12)
		width = 12;
	for (const char *l = text;;) {
		const char *nl = strchr(l, '\n');
		size_t n = nl ? (size_t)(nl - l) : strlen(l);
		if (n)
			sb_addf(&para, "%s%.*s", para.len ? " " : "", (int)n, l);
		bool end = !nl || !nl[1];
		if (!n || end) { /* the paragraph is whole: wrapped, then the empty line after it */
			for (const char *p = para.s ? para.s : "", *next; *p; p = next) {
				size_t k = utf8_wrap(p, width, &next);
				sb_addf(&out, "%*s%.*s\n", indent, "", (int)k, p);
			}
			sb_free(&para);
			if (!n && !end)
				sb_adds(&out, "\n");
		}
		if (end)
			break;
		l = nl + 1;
	}
	return sb_steal(&out);
}
