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

/*
 * Where the figure goes. Beside the rest, in a column at the right: the right
 * third, wider (up to half the window, leaving the rest 80 columns) when the
 * figure needs it. Across the window under the words, when that shows it
 * clearly taller: a figure lying or sitting is wide and short, and in a
 * column its width would leave it a few rows high.
 */
#define FIG_MIN_COLS 100
#define FIG_MIN_ROWS 24
#define FIG_CONTENT_COLS 80
/*
 * Rows kept for the rest over a figure across: the header and the title,
 * digits 10 rows tall, the bar, two lines of cue and caution, a blank row,
 * the session bar and the keys. The figure takes at most half the window.
 */
#define FIG_TEXT_ROWS 21
/* Fewer rows than this across the window are not worth the countdown's room. */
#define FIG_ACROSS_MIN 6
/* Digits at least this large (8 rows) over a figure across, else it goes into a column. */
#define FIG_ACROSS_PH 3

struct fig_place {
	int w, h; /* the column's width; across: the figure's rows */
	bool across;
};

/* Rows a figure ASPECT columns a row takes in a box h x w (as tui_figure_fit works it out). */
static int fig_rows(double aspect, int h, int w)
{
	return (int)(h * aspect + 0.5) > w ? (int)(w / aspect) : h;
}

/* A column or across, from the window's size and the figure's shape only: once a step and size. */
static struct fig_place fig_choose(const struct tui *t, double aspect)
{
	struct fig_place fp = {0, 0, false};
	if (aspect <= 0 || t->cols < FIG_MIN_COLS || t->rows < FIG_MIN_ROWS)
		return fp;
	int h = t->rows - 5, lo = t->cols / 3, hi = t->cols - FIG_CONTENT_COLS - 1;
	hi = hi > t->cols / 2 ? t->cols / 2 : hi;
	hi = hi < lo ? lo : hi;
	int need = (int)(h * aspect + 0.5);
	fp.w = need < lo ? lo : need > hi ? hi : need;
	int beside_rows = fig_rows(aspect, h, fp.w);
	int cap = t->rows / 2 - 1;
	if (cap > t->rows - FIG_TEXT_ROWS)
		cap = t->rows - FIG_TEXT_ROWS;
	int across = cap >= FIG_ACROSS_MIN ? fig_rows(aspect, cap, t->cols - 4) : 0;
	/* A column keeps the digits large: across only for a figure a quarter taller there. */
	if (across >= FIG_ACROSS_MIN && 5 * beside_rows < 4 * across) {
		fp.h = across;
		fp.across = true;
	}
	return fp;
}

/* Places the parts around the figure's place; false when across leaves the digits too small. */
static bool arrange(const struct tui *t, const struct layout_in *in, struct fig_place fp,
		    struct player_layout *L)
{
	memset(L, 0, sizeof *L);
	int cols = t->cols, rows = t->rows;
	if (fp.w && !fp.across) {
		L->figure = (struct box){2, cols - fp.w - 1, rows - 5, fp.w};
		cols -= fp.w + 1;
	}
	/* Across: the figure's rows and a blank row above it are not the words'. */
	if (fp.across)
		rows -= fp.h + 1;
	L->title_in_head = t->rows < 20;
	int avail = rows - 1; /* under the header line */
	struct fit f = pick(in, avail, rows, cols);
	if (fp.across && (f.left < 0 || f.ph < FIG_ACROSS_PH))
		return false;
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
	int left = f.left, foot = in->foot_rows;
	for (int i = 0; i < in->nopt && i < LAYOUT_OPT_MAX; i++) {
		L->shown[i] = in->opt[i] > 0 && in->opt[i] <= left;
		if (L->shown[i])
			left -= in->opt[i];
		if (L->shown[i] && in->foot[i])
			foot += in->opt[i];
	}
	L->spare = left > 0 ? left : 0;
	/* Across: standing on what is shown at the foot, the words above it. */
	if (fp.across) {
		L->figure = (struct box){t->rows - foot - fp.h, 2, fp.h, t->cols - 4};
		L->across = true;
	}
	/* The digits (and the words beside them) as one group, centred in the columns left. */
	int bw = bigtext_px_width(in->big_tmpl, f.pw);
	int group = bw + (f.side_w ? f.side_w + 3 : 0);
	int x = 2 + (cols - 4 - group) / 2;
	if (x < 2)
		x = 2;
	L->big = (struct box){0, x, f.hd, bw};
	L->words = (struct box){0, x + bw + 3, f.hd, f.side_w};
	L->cols = cols;
	return true;
}

void player_layout(const struct tui *t, const struct layout_in *in, struct player_layout *L)
{
	struct fig_place fp = fig_choose(t, in->figure);
	if (!arrange(t, in, fp, L)) {
		/* The words need more rows than usual: the figure goes back into a column. */
		fp.across = false;
		fp.h = 0;
		arrange(t, in, fp, L);
	}
}
