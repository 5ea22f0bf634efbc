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

int bigtext_rows(int ph)
{
	return (BIGTEXT_ROWS * (ph < 1 ? 1 : ph) + 1) / 2;
}

int bigtext_px_width(const char *s, int pw)
{
	return pixels(s) * (pw < 1 ? 1 : pw);
}

int bigtext_width(const char *s, int scale)
{
	return bigtext_px_width(s, 2 * (scale < 1 ? 1 : scale));
}

/* One screen row of big text being drawn: the font rows in its upper and lower half. */
struct text_row {
	struct tui *t;
	int y;        /* the screen row */
	int top, low; /* font rows in the cell's upper and lower half, -1 for none */
	int pw;       /* columns a pixel takes */
	const char *cell[4];
};

static bool lit(const struct glyph *g, int row, size_t i)
{
	return row >= 0 && g->rows[row][i] == '1';
}

/* Draws one glyph's part of the row from column cx; returns the column after it and its gap. */
static int put(struct text_row *r, const struct glyph *g, int cx)
{
	for (size_t i = 0; g->rows[0][i]; i++) {
		int v = lit(g, r->top, i) | lit(g, r->low, i) << 1;
		for (int k = 0; k < r->pw; k++, cx++)
			if (v && cx >= 0 && cx < r->t->cols)
				mvaddstr(r->y, cx, r->cell[v]);
	}
	return cx + r->pw;
}

void bigtext_draw_px(struct tui *t, int y, int x, int attr, const char *s, int ph, int pw)
{
	if (ph < 1)
		ph = 1;
	/* ASCII has no half blocks: '#' for any lit half. */
	struct text_row r = {t, 0, -1, -1, pw < 1 ? 1 : pw,
			     {" ", tui_sym(t, "▀", "#"), tui_sym(t, "▄", "#"), tui_sym(t, "█", "#")}};
	attron(attr);
	for (int row = 0; row < bigtext_rows(ph); row++) {
		if (y + row < 0 || y + row >= t->rows)
			continue;
		int h0 = 2 * row, h1 = 2 * row + 1;
		r.y = y + row;
		r.top = h0 / ph < BIGTEXT_ROWS ? h0 / ph : -1;
		r.low = h1 / ph < BIGTEXT_ROWS ? h1 / ph : -1;
		int cx = x;
		for (const char *p = s; *p; p++) {
			const struct glyph *g = find(*p);
			if (g)
				cx = put(&r, g, cx);
		}
	}
	attroff(attr);
}

void bigtext_draw(struct tui *t, int y, int x, int attr, const char *s, int scale)
{
	/* A pixel is twice as wide as tall, as cells are tall: full blocks only. */
	int k = scale < 1 ? 1 : scale;
	bigtext_draw_px(t, y, x, attr, s, 2 * k, 2 * k);
}

int bigtext_half_width(const char *s)
{
	return pixels(s);
}

void bigtext_half_draw(struct tui *t, int y, int x, int attr, const char *s)
{
	bigtext_draw_px(t, y, x, attr, s, 1, 1);
}
