/* SPDX-License-Identifier: ISC */
/* player_layout.c - where the player's parts go: the countdown first, at every window size */
#include "config.h"

#include "tui/player_impl.h"

#include <string.h>

#include "tui/bigtext.h"

/* The largest pixel the digits may have: beyond it they only fill the screen with blocks. */
#define PH_MAX 14

/* Columns a pixel may take for ph: as wide as tall (ph = pw looks square), half to 1.5 times. */
static int pixel_width(int ph, int px, int cols)
{
	if (px <= 0)
		return 0;
	int pw = cols / px, most = ph + ph / 2, least = ph / 2 > 1 ? ph / 2 : 1;
	if (pw > most)
		pw = most;
	return pw >= least ? pw : 0;
}

/* The words beside the digits, big or plain, when both fit; returns their columns or 0. */
static int beside(const struct layout_in *in, int hd, int room, bool *big)
{
	*big = in->words_big_w && in->words_big_w <= room && in->words_big_rows <= hd;
	if (*big)
		return in->words_big_w;
	if (in->words_text_w <= room && in->words_text_rows <= hd)
		return in->words_text_w;
	return 0;
}

struct fit;
static void grow_words(const struct layout_in *in, struct fit *f, int cols, int *px);

/* One candidate size of the digits: does it fit with what must show, and how many rows it leaves. */
struct fit {
	int ph, pw, hd, side_w;
	bool side_big;
	int left; /* rows left over for the optional parts; < 0: does not fit */
};

static struct fit try_size(const struct layout_in *in, int ph, int avail, int cols)
{
	struct fit f = {ph, 0, bigtext_rows(ph), 0, false, -1};
	int px = bigtext_px_width(in->big_tmpl, 1);
	/* The words beside the digits when they fit next to the narrowest digits of this height. */
	int narrow = px * (ph / 2 > 1 ? ph / 2 : 1);
	f.side_w = beside(in, f.hd, cols - 4 - narrow - 3, &f.side_big);
	int alone = pixel_width(ph, px, cols - 4);
	if (f.side_w)
		f.pw = pixel_width(ph, px, cols - 4 - f.side_w - 3);
	/* Never thinner digits for the words' sake: then the words go under them. */
	if (f.pw < (alone < ph ? alone : ph)) {
		f.pw = 0;
		f.side_w = 0;
		f.side_big = false;
		f.pw = alone;
	}
	if (!f.pw)
		return f;
	f.left = avail - f.hd - in->essential - (f.side_w ? 0 : in->words_line);
	return f;
}

/* Picks the digits' size: at least half the rows when it can, all it can with the rest shown. */
static struct fit pick(const struct layout_in *in, int avail, int rows, int cols)
{
	int all = 0;
	for (int i = 0; i < in->nopt; i++)
		all += in->opt[i];
	struct fit hard = {0, 0, 0, 0, false, -1}, soft = hard, half = hard;
	for (int ph = 1; ph <= PH_MAX; ph++) {
		/* ASCII has no half blocks: '#' rows would run together, so full pixels only. */
		if (in->ascii && ph % 2 && ph > 1)
			continue;
		struct fit f = try_size(in, ph, avail, cols);
		if (f.left < 0)
			continue;
		hard = f;
		if (f.left >= all)
			soft = f;
		if (half.left < 0 && 2 * f.hd >= rows)
			half = f;
	}
	if (soft.left >= 0 && soft.ph >= (half.left >= 0 ? half.ph : hard.ph))
		return soft;
	return half.left >= 0 ? half : hard;
}

/* Big words beside big digits: as large as the digits' height and the columns beside allow. */
static void grow_words(const struct layout_in *in, struct fit *f, int cols, int *px)
{
	int room = cols - 4 - bigtext_px_width(in->big_tmpl, f->pw) - 3;
	for (int k = 4; k > 1; k--) {
		int h = bigtext_rows(k) + 1;
		int rows = h * (in->words_side ? 2 : 1) + in->words_lines;
		if (rows <= f->hd && in->words_big_w * k <= room) {
			*px = k;
			f->side_w = in->words_big_w * k;
			return;
		}
	}
}

void player_layout(const struct tui *t, const struct layout_in *in, struct player_layout *L)
{
	memset(L, 0, sizeof *L);
	int cols = t->cols;
	/* A figure of the exercise beside the rest, on a window wide and tall enough for both. */
	if (in->figure && t->cols >= 100 && t->rows >= 24) {
		int w = t->cols / 3;
		L->figure = (struct box){2, t->cols - w - 1, t->rows - 5, w};
		cols -= w + 1;
	}
	L->title_in_head = t->rows < 20;
	int avail = t->rows - 1; /* under the header line */
	struct fit f = pick(in, avail, t->rows, cols);
	if (f.left < 0) {
		/* No room for digits at all: the words line carries the seconds. */
		f = (struct fit){0, 0, 0, 0, false, avail - in->essential - in->words_line};
	}
	L->words_px = 1;
	if (f.side_big)
		grow_words(in, &f, cols, &L->words_px);
	L->ph = f.ph;
	L->pw = f.pw;
	L->words_beside = f.side_w > 0;
	L->words_big = f.side_big;
	int left = f.left;
	for (int i = 0; i < in->nopt && i < LAYOUT_OPT_MAX; i++) {
		L->shown[i] = in->opt[i] > 0 && in->opt[i] <= left;
		if (L->shown[i])
			left -= in->opt[i];
	}
	L->spare = left > 0 ? left : 0;
	/* The digits (and the words beside them) as one group, centred in the columns left. */
	int bw = bigtext_px_width(in->big_tmpl, f.pw);
	int group = bw + (f.side_w ? f.side_w + 3 : 0);
	int x = 2 + (cols - 4 - group) / 2;
	if (x < 2)
		x = 2;
	L->big = (struct box){0, x, f.hd, bw};
	L->words = (struct box){0, x + bw + 3, f.hd, f.side_w};
	L->cols = cols;
}
