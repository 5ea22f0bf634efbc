/* SPDX-License-Identifier: ISC */
/* figure.c - an exercise's figure in the terminal: librsvg draws it, chafa turns it into cells */
#include "config.h"

#include "tui/figure.h"

#include <cairo.h>
#include <chafa.h>
#include <curses.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "report/svg.h"
#include "base/xalloc.h"

/*
 * Pixels a cell stands for: chafa picks each cell's symbol from them. Four
 * by eight is what braille shows (2x4 dots) and more than the eighths of
 * the block symbols need; more costs time and shows nothing more. A figure
 * of more than BIG_CELLS cells (one across the window) gets half as many
 * each way: its cells are small beside it, so it looks the same, and
 * librsvg draws a figure's outlines (masks) at a cost by the pixel.
 */
#define CELL_W 4
#define CELL_H 8
#define BIG_CELLS 1200
/* The smallest figure worth showing. */
#define MIN_ROWS 3
#define MIN_COLS 10

/*
 * What a cell shows, by the colour the figure was drawn in: the figures
 * are drawn for paper (dark on white), so each part is given a terminal
 * meaning instead of its colour: the body in the terminal's own colour
 * (bold), the far limbs plain, the start position and the supports dim, the
 * working side in the accent colour. Any other SVG is read the same way.
 */
enum part { P_NONE, P_BODY, P_FAR, P_START, P_SUPPORT, P_ACCENT };

/* The stand-in colour each part is handed to chafa in, on black. */
static const uint32_t part_rgb[] = {0x000000, 0xffffff, 0xbebebe, 0x8c8c8c, 0x5f5f5f, 0xff8c00};

struct tui_figure {
	char *path;       /* the figure open in svg, or NULL */
	struct svg *svg;  /* NULL when path does not draw */
	double crop[4];   /* the drawn part (x, y, w, h as fractions): blank margins cost cells */
	/* The cells last drawn and what they were drawn for. */
	int rows, cols;
	bool mirror, utf8, valid;
	gunichar *ch;
	unsigned char *part;
};

struct tui_figure *tui_figure_new(void)
{
	return xcalloc(1, sizeof(struct tui_figure));
}

static void drop_cells(struct tui_figure *f)
{
	free(f->ch);
	free(f->part);
	f->ch = NULL;
	f->part = NULL;
	f->valid = false;
}

void tui_figure_free(struct tui_figure *f)
{
	if (!f)
		return;
	drop_cells(f);
	svg_close(f->svg);
	free(f->path);
	free(f);
}

/* The part a drawn pixel (premultiplied ARGB) belongs to. */
static enum part pixel_part(uint32_t px)
{
	unsigned a = px >> 24;
	if (a < 100)
		return P_NONE;
	unsigned r = ((px >> 16) & 255) * 255 / a, g = ((px >> 8) & 255) * 255 / a,
		 b = (px & 255) * 255 / a;
	unsigned mx = r > g ? (r > b ? r : b) : (g > b ? g : b);
	unsigned mn = r < g ? (r < b ? r : b) : (g < b ? g : b);
	unsigned lum = (mx + mn) / 2;
	if (mx - mn > 60)
		return P_ACCENT;
	if (lum < 90)
		return P_BODY;
	if (lum < 135)
		return P_FAR;
	if (lum < 170)
		return P_START;
	return lum < 235 ? P_SUPPORT : P_NONE; /* white: the paper, not the figure */
}

/* The part of the figure that is drawn, with a little room around it; false when none is. */
static bool find_crop(struct tui_figure *f)
{
	int w = 240, h = (int)(w / svg_aspect(f->svg));
	h = h < 8 ? 8 : h;
	cairo_surface_t *img = svg_image(f->svg, w, h, false);
	if (!img)
		return false;
	const unsigned char *d = cairo_image_surface_get_data(img);
	int stride = cairo_image_surface_get_stride(img);
	int x0 = w, y0 = h, x1 = -1, y1 = -1;
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			uint32_t px;
			memcpy(&px, d + (size_t)y * (size_t)stride + (size_t)x * 4, 4);
			if (pixel_part(px) == P_NONE)
				continue;
			x0 = x < x0 ? x : x0;
			x1 = x > x1 ? x : x1;
			y0 = y < y0 ? y : y0;
			y1 = y > y1 ? y : y1;
		}
	cairo_surface_destroy(img);
	if (x1 < 0)
		return false;
	x0 = x0 > 3 ? x0 - 3 : 0;
	y0 = y0 > 3 ? y0 - 3 : 0;
	x1 = x1 + 4 < w ? x1 + 4 : w;
	y1 = y1 + 4 < h ? y1 + 4 : h;
	f->crop[0] = (double)x0 / w;
	f->crop[1] = (double)y0 / h;
	f->crop[2] = (double)(x1 - x0) / w;
	f->crop[3] = (double)(y1 - y0) / h;
	return true;
}

/* Opens PATH unless it is the one open already; false when it does not draw. */
static bool open_path(struct tui_figure *f, const char *path)
{
	if (f->path && strcmp(f->path, path) == 0)
		return f->svg != NULL;
	drop_cells(f);
	svg_close(f->svg);
	free(f->path);
	f->path = xstrdup(path);
	f->svg = svg_open(path, NULL);
	if (f->svg && !find_crop(f)) { /* nothing drawn: nothing to show */
		svg_close(f->svg);
		f->svg = NULL;
	}
	return f->svg != NULL;
}

/* The part chafa's colour for a cell stands for. */
static enum part colour_part(int rgb)
{
	if (rgb < 0)
		return P_NONE;
	unsigned r = (unsigned)rgb >> 16 & 255, g = (unsigned)rgb >> 8 & 255, b = (unsigned)rgb & 255;
	unsigned mx = r > g ? (r > b ? r : b) : (g > b ? g : b);
	unsigned mn = r < g ? (r < b ? r : b) : (g < b ? g : b);
	if (mx - mn > 60)
		return P_ACCENT;
	if (mx >= 222)
		return P_BODY;
	if (mx >= 165)
		return P_FAR;
	if (mx >= 118)
		return P_START;
	return mx > 40 ? P_SUPPORT : P_NONE;
}

/* The figure as pixels in its parts' stand-in colours, opaque, on black. */
static uint32_t *part_pixels(cairo_surface_t *img, int w, int h)
{
	const unsigned char *d = cairo_image_surface_get_data(img);
	int stride = cairo_image_surface_get_stride(img);
	uint32_t *out = xcalloc((size_t)w * (size_t)h, sizeof *out);
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			uint32_t px;
			memcpy(&px, d + (size_t)y * (size_t)stride + (size_t)x * 4, 4);
			out[(size_t)y * (size_t)w + (size_t)x] = 0xff000000u | part_rgb[pixel_part(px)];
		}
	return out;
}

static ChafaCanvas *new_canvas(int rows, int cols, bool utf8)
{
	/*
	 * A figure is a few hundred cells: handing them to a pool of threads
	 * costs more than it saves, and on a busy machine the waiting for the
	 * threads is most of the time.
	 */
	chafa_set_n_threads(1);
	ChafaSymbolMap *map = chafa_symbol_map_new();
	if (utf8)
		chafa_symbol_map_add_by_tags(map, CHAFA_SYMBOL_TAG_BLOCK | CHAFA_SYMBOL_TAG_BRAILLE |
							  CHAFA_SYMBOL_TAG_SPACE);
	else
		chafa_symbol_map_add_by_tags(map, CHAFA_SYMBOL_TAG_ASCII);
	ChafaCanvasConfig *cfg = chafa_canvas_config_new();
	chafa_canvas_config_set_geometry(cfg, cols, rows);
	chafa_canvas_config_set_cell_geometry(cfg, CELL_W, CELL_H);
	/* Flat colours on black: a quick search for each cell's symbol finds the best one. */
	chafa_canvas_config_set_work_factor(cfg, 0.2f);
	chafa_canvas_config_set_canvas_mode(cfg, CHAFA_CANVAS_MODE_TRUECOLOR);
	chafa_canvas_config_set_fg_only_enabled(cfg, TRUE);
	chafa_canvas_config_set_bg_color(cfg, 0x000000);
	chafa_canvas_config_set_symbol_map(cfg, map);
	ChafaCanvas *cv = chafa_canvas_new(cfg);
	chafa_canvas_config_unref(cfg);
	chafa_symbol_map_unref(map);
	return cv;
}

/* Draws the open figure into rows x cols cells; false when it cannot. */
static bool make_cells(struct tui_figure *f, int rows, int cols, bool mirror, bool utf8)
{
	if (f->valid && f->rows == rows && f->cols == cols && f->mirror == mirror &&
	    f->utf8 == utf8)
		return true;
	drop_cells(f);
	int k = rows * cols > BIG_CELLS ? 2 : 1;
	int w = cols * CELL_W / k, h = rows * CELL_H / k;
	cairo_surface_t *img = svg_image_part(f->svg, w, h, f->crop, mirror);
	if (!img)
		return false;
	uint32_t *px = part_pixels(img, w, h);
	cairo_surface_destroy(img);
	ChafaCanvas *cv = new_canvas(rows, cols, utf8);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	ChafaPixelType type = CHAFA_PIXEL_BGRA8_PREMULTIPLIED;
#else
	ChafaPixelType type = CHAFA_PIXEL_ARGB8_PREMULTIPLIED;
#endif
	chafa_canvas_draw_all_pixels(cv, type, (const guint8 *)px, w, h, w * 4);
	free(px);
	size_t n = (size_t)rows * (size_t)cols;
	f->ch = xcalloc(n, sizeof *f->ch);
	f->part = xcalloc(n, sizeof *f->part);
	for (int y = 0; y < rows; y++)
		for (int x = 0; x < cols; x++) {
			gunichar c = chafa_canvas_get_char_at(cv, x, y);
			gint fg, bg;
			chafa_canvas_get_colors_at(cv, x, y, &fg, &bg);
			size_t i = (size_t)y * (size_t)cols + (size_t)x;
			/* A blank (space, empty braille) leaves the screen's own background. */
			bool blank = c == ' ' || c == 0x2800 || !g_unichar_isprint(c);
			f->part[i] = blank ? P_NONE : (unsigned char)colour_part(fg);
			f->ch[i] = f->part[i] == P_NONE ? ' ' : c;
		}
	chafa_canvas_unref(cv);
	f->rows = rows;
	f->cols = cols;
	f->mirror = mirror;
	f->utf8 = utf8;
	f->valid = true;
	return true;
}

double tui_figure_aspect(struct tui_figure *f, const char *path)
{
	if (!path || !open_path(f, path))
		return 0;
	/* A cell is about twice as tall as it is wide. */
	return svg_aspect(f->svg) * f->crop[2] / f->crop[3] * 2;
}

bool tui_figure_fit(struct tui_figure *f, const char *path, int max_rows, int max_cols,
		    int *rows, int *cols)
{
	*rows = *cols = 0;
	double aspect = tui_figure_aspect(f, path);
	if (aspect <= 0)
		return false;
	int r = max_rows, c = (int)(r * aspect + 0.5);
	if (c > max_cols) {
		c = max_cols;
		r = (int)(c / aspect);
	}
	if (r < MIN_ROWS || c < MIN_COLS)
		return false;
	*rows = r;
	*cols = c;
	return true;
}

static int part_attr(struct tui *t, enum part p)
{
	switch (p) {
	case P_BODY:
		return A_BOLD;
	case P_START:
	case P_SUPPORT:
		return A_DIM;
	case P_ACCENT:
		return t->colour ? (int)COLOR_PAIR(TC_ACCENT) | A_BOLD : A_BOLD;
	default:
		return A_NORMAL;
	}
}

void tui_figure_draw(struct tui *t, struct tui_figure *f, int y, int x, int rows, int cols,
		     bool mirror)
{
	/* Without colours (colour = never, NO_COLOR) the ASCII symbols, as outside UTF-8. */
	bool blocks = t->utf8 && t->colour;
	if (!f->svg || rows <= 0 || cols <= 0 || !make_cells(f, rows, cols, mirror, blocks))
		return;
	for (int r = 0; r < rows && y + r < t->rows; r++)
		for (int c = 0; c < cols && x + c < t->cols; c++) {
			size_t i = (size_t)r * (size_t)cols + (size_t)c;
			if (f->part[i] == P_NONE)
				continue;
			char s[8];
			s[g_unichar_to_utf8(f->ch[i], s)] = '\0';
			int attr = part_attr(t, f->part[i]);
			attron(attr);
			mvaddstr(y + r, x + c, s);
			attroff(attr);
		}
}

static const char *part_sgr(enum part p)
{
	switch (p) {
	case P_BODY:
		return "\033[1m";
	case P_START:
	case P_SUPPORT:
		return "\033[2m";
	case P_ACCENT:
		return "\033[1;33m";
	default:
		return "";
	}
}

bool tui_figure_print(FILE *fp, const char *path, int max_rows, int max_cols, bool utf8,
		      bool colour)
{
	struct tui_figure *f = tui_figure_new();
	int rows, cols;
	bool ok = tui_figure_fit(f, path, max_rows, max_cols, &rows, &cols) &&
		  make_cells(f, rows, cols, false, utf8 && colour);
	/* Blank rows above and below the figure are left out, as are blanks after it. */
	int first = 0, last = rows;
	for (int r = 0; ok && r < rows; r++) {
		int end = cols;
		while (end > 0 && f->part[(size_t)r * (size_t)cols + (size_t)end - 1] == P_NONE)
			end--;
		if (end == 0 && r == first)
			first++;
		else if (end > 0)
			last = r + 1;
	}
	for (int r = first; ok && r < last; r++) {
		int end = cols;
		while (end > 0 && f->part[(size_t)r * (size_t)cols + (size_t)end - 1] == P_NONE)
			end--;
		enum part cur = P_NONE;
		for (int c = 0; c < end; c++) {
			size_t i = (size_t)r * (size_t)cols + (size_t)c;
			enum part p = f->part[i];
			if (colour && p != cur && p != P_NONE) {
				fprintf(fp, "\033[0m%s", part_sgr(p));
				cur = p;
			}
			char s[8];
			s[g_unichar_to_utf8(f->ch[i], s)] = '\0';
			fputs(s, fp);
		}
		fputs(colour && cur != P_NONE ? "\033[0m\n" : "\n", fp);
	}
	tui_figure_free(f);
	return ok;
}
