/* bigtext.c - large digits and a few letters, readable from the mat */
#include "config.h"

#include "tui/bigtext.h"

#include <curses.h>
#include <string.h>

/* 3x5 pixel glyphs; each pixel is two columns wide, glyphs one pixel apart. */
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
	{':', {"0", "1", "0", "1", "0"}},	    {' ', {"0", "0", "0", "0", "0"}},
	{'A', {"111", "101", "111", "101", "101"}}, {'D', {"110", "101", "101", "101", "110"}},
	{'E', {"111", "100", "111", "100", "111"}}, {'N', {"110", "101", "101", "101", "101"}},
	{'O', {"111", "101", "101", "101", "111"}}, {'P', {"111", "101", "111", "100", "100"}},
	{'S', {"111", "100", "111", "001", "111"}}, {'U', {"101", "101", "101", "101", "111"}},
};

static const struct glyph *find(char c)
{
	for (size_t i = 0; i < sizeof glyphs / sizeof glyphs[0]; i++)
		if (glyphs[i].ch == c)
			return &glyphs[i];
	return NULL;
}

int bigtext_width(const char *s)
{
	int w = 0;
	for (const char *p = s; *p; p++) {
		const struct glyph *g = find(*p);
		if (!g)
			continue;
		w += (int)strlen(g->rows[0]) * 2 + (p[1] ? 2 : 0);
	}
	return w;
}

void bigtext_draw(struct tui *t, int y, int x, int attr, const char *s)
{
	const char *on = tui_sym(t, "██", "##");
	attron(attr);
	for (int row = 0; row < BIGTEXT_ROWS; row++) {
		if (y + row < 0 || y + row >= t->rows)
			continue;
		int cx = x;
		for (const char *p = s; *p; p++) {
			const struct glyph *g = find(*p);
			if (!g)
				continue;
			for (const char *px = g->rows[row]; *px; px++, cx += 2)
				if (*px == '1' && cx + 1 < t->cols && cx >= 0)
					mvaddstr(y + row, cx, on);
			cx += 2;
		}
	}
	attroff(attr);
}
