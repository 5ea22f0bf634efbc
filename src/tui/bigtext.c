/* SPDX-License-Identifier: ISC */
/* bigtext.c - large digits and letters, readable from the mat */
#include "config.h"

#include "tui/bigtext.h"

#include <curses.h>
#include <string.h>

/* 3x5 pixel glyphs (a few narrower); glyphs stand one pixel apart. */
struct glyph {
	char ch;
	const char *rows[BIGTEXT_ROWS];
};

static const struct glyph glyphs[] = {
	{'0', {"111", "101", "101", "101", "111"}}, {'1', {"010", "110", "010", "010", "111"}},
	{'2', {"111", "001", "111", "100", "111"}}, {'3', {"111", "001", "111", "001", "111"}},
	{'4', {"101", "101", "111", "001", "001"}}, {'5', {"111", "100", "111", "001", "111"}},
	{'6', {"111", "100", "111", "101", "111"}}, {'7', {"111", "001", "001", "001", "001"}},
	{'8', {"111", "101", "111", "101", "111"}}, {'9', {"111", "101", "111", "001", "111"}},
	{'A', {"111", "101", "111", "101", "101"}}, {'B', {"110", "101", "110", "101", "110"}},
	{'C', {"111", "100", "100", "100", "111"}}, {'D', {"110", "101", "101", "101", "110"}},
	{'E', {"111", "100", "111", "100", "111"}}, {'F', {"111", "100", "111", "100", "100"}},
	{'G', {"111", "100", "101", "101", "111"}}, {'H', {"101", "101", "111", "101", "101"}},
	{'I', {"111", "010", "010", "010", "111"}}, {'J', {"001", "001", "001", "101", "111"}},
	{'K', {"101", "101", "110", "101", "101"}}, {'L', {"100", "100", "100", "100", "111"}},
	{'M', {"101", "111", "111", "101", "101"}}, {'N', {"110", "101", "101", "101", "101"}},
	{'O', {"111", "101", "101", "101", "111"}}, {'P', {"111", "101", "111", "100", "100"}},
	{'Q', {"111", "101", "101", "111", "001"}}, {'R', {"110", "101", "110", "101", "101"}},
	{'S', {"111", "100", "111", "001", "111"}}, {'T', {"111", "010", "010", "010", "010"}},
	{'U', {"101", "101", "101", "101", "111"}}, {'V', {"101", "101", "101", "101", "010"}},
	{'W', {"101", "101", "111", "111", "101"}}, {'X', {"101", "101", "010", "101", "101"}},
	{'Y', {"101", "101", "010", "010", "010"}}, {'Z', {"111", "001", "010", "100", "111"}},
	{':', {"0", "1", "0", "1", "0"}},	    {' ', {"0", "0", "0", "0", "0"}},
	{'-', {"000", "000", "111", "000", "000"}}, {'\'', {"1", "1", "0", "0", "0"}},
	{'.', {"0", "0", "0", "0", "1"}},	    {',', {"0", "0", "0", "1", "1"}},
	{'&', {"010", "101", "010", "101", "011"}}, {'/', {"001", "001", "010", "100", "100"}},
};

static const struct glyph *find(char c)
{
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	for (size_t i = 0; i < sizeof glyphs / sizeof glyphs[0]; i++)
		if (glyphs[i].ch == c)
			return &glyphs[i];
	return NULL;
}

bool bigtext_can(const char *s)
{
	for (const char *p = s; *p; p++)
		if (!find(*p))
			return false;
	return true;
}

/* Columns at one column a pixel: glyph widths plus a pixel between glyphs. */
static int pixels(const char *s)
{
	int w = 0;
	for (const char *p = s; *p; p++) {
		const struct glyph *g = find(*p);
		if (g)
			w += (int)strlen(g->rows[0]) + (p[1] ? 1 : 0);
	}
	return w;
}

int bigtext_width(const char *s, int scale)
{
	return pixels(s) * 2 * (scale < 1 ? 1 : scale);
}

/* One screen row of big text being drawn: which row of the font, how wide a pixel is. */
struct text_row {
	struct tui *t;
	int y;       /* the screen row */
	int row;     /* the font row (full size), or the pair of rows (half size) */
	int px;      /* columns a pixel takes */
	const char *cell[4];
};

/* Calls put for each glyph of s, with the column it starts at; glyphs are a pixel apart. */
static void each_glyph(const char *s, int x, struct text_row *r,
		       void (*put)(struct text_row *r, const struct glyph *g, int cx))
{
	int cx = x;
	for (const char *p = s; *p; p++) {
		const struct glyph *g = find(*p);
		if (!g)
			continue;
		put(r, g, cx);
		cx += ((int)strlen(g->rows[0]) + 1) * r->px;
	}
}

static void put_full(struct text_row *r, const struct glyph *g, int cx)
{
	for (const char *bit = g->rows[r->row]; *bit; bit++, cx += r->px)
		for (int k = 0; k < r->px && *bit == '1'; k++)
			if (cx + k >= 0 && cx + k < r->t->cols)
				mvaddstr(r->y, cx + k, r->cell[3]);
}

void bigtext_draw(struct tui *t, int y, int x, int attr, const char *s, int scale)
{
	if (scale < 1)
		scale = 1;
	/* A pixel is twice as wide as tall, as cells are tall. */
	struct text_row r = {t, 0, 0, 2 * scale, {NULL, NULL, NULL, tui_sym(t, "█", "#")}};
	attron(attr);
	for (int row = 0; row < BIGTEXT_ROWS * scale; row++) {
		if (y + row < 0 || y + row >= t->rows)
			continue;
		r.y = y + row;
		r.row = row / scale;
		each_glyph(s, x, &r, put_full);
	}
	attroff(attr);
}

int bigtext_half_width(const char *s)
{
	return pixels(s);
}

/* Two font rows in one screen row: upper, lower or both halves of each cell. */
static void put_half(struct text_row *r, const struct glyph *g, int cx)
{
	const char *top = g->rows[2 * r->row];
	const char *low = 2 * r->row + 1 < BIGTEXT_ROWS ? g->rows[2 * r->row + 1] : NULL;
	for (size_t i = 0; top[i]; i++, cx++) {
		int v = (top[i] == '1') | (low && low[i] == '1') << 1;
		if (v && cx >= 0 && cx < r->t->cols)
			mvaddstr(r->y, cx, r->cell[v]);
	}
}

void bigtext_half_draw(struct tui *t, int y, int x, int attr, const char *s)
{
	/* ASCII has no halves, so '#' for any. */
	struct text_row r = {t, 0, 0, 1,
			     {" ", tui_sym(t, "▀", "#"), tui_sym(t, "▄", "#"), tui_sym(t, "█", "#")}};
	attron(attr);
	for (int row = 0; row < BIGTEXT_HALF_ROWS; row++) {
		if (y + row < 0 || y + row >= t->rows)
			continue;
		r.y = y + row;
		r.row = row;
		each_glyph(s, x, &r, put_half);
	}
	attroff(attr);
}
