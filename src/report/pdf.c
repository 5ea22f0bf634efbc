/* SPDX-License-Identifier: ISC */
/* pdf.c - pages of text and tables on a cairo PDF surface, laid out with pango */
#include "config.h"

#include "report/pdf.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"

const struct pdf_rgb pdf_black = {0.1, 0.1, 0.1}, pdf_grey = {0.42, 0.42, 0.42},
		     pdf_light = {0.94, 0.94, 0.94}, pdf_leg = {0.78, 0.25, 0.05},
		     pdf_back = {0.12, 0.38, 0.70}, pdf_alert = {0.72, 0.05, 0.05},
		     pdf_alert_fill = {1.0, 0.93, 0.92}, pdf_good = {0.10, 0.50, 0.25};

/* DejaVu Sans covers Latin, Greek and Cyrillic; fontconfig falls back to Droid Sans for CJK. */
static const char *const fonts[PS_COUNT] = {
	[PS_BODY] = "DejaVu Sans 10",	     [PS_BOLD] = "DejaVu Sans Bold 10",
	[PS_SMALL] = "DejaVu Sans 8.5",      [PS_SMALL_BOLD] = "DejaVu Sans Bold 8.5",
	[PS_SUBHEAD] = "DejaVu Sans Bold 11", [PS_HEADING] = "DejaVu Sans Bold 13",
	[PS_TITLE] = "DejaVu Sans Bold 18",
};

#define MARGIN 50.0  /* points: a little over 17 mm */
#define FOOTER 24.0  /* room under the text area for the footer */
#define CELL_PAD 3.0 /* inside a table cell, each side */

bool pdf_open(struct pdf *p, enum pdf_paper paper, cairo_write_func_t fn, void *closure,
	      bool dry)
{
	memset(p, 0, sizeof *p);
	p->w = paper == PDF_LETTER ? 612 : 595.28;
	p->h = paper == PDF_LETTER ? 792 : 841.89;
	p->surface = cairo_pdf_surface_create_for_stream(fn, closure, p->w, p->h);
	if (cairo_surface_status(p->surface) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(p->surface);
		return false;
	}
	p->cr = cairo_create(p->surface);
	p->layout = pango_cairo_create_layout(p->cr);
	/* Points are the surface's units: 72 to the inch, not pango's default 96. */
	pango_cairo_context_set_resolution(pango_layout_get_context(p->layout), 72);
	pango_layout_context_changed(p->layout);
	for (int s = 0; s < PS_COUNT; s++)
		p->font[s] = pango_font_description_from_string(fonts[s]);
	p->left = MARGIN;
	p->right = p->w - MARGIN;
	p->top = MARGIN;
	p->bottom = p->h - MARGIN - FOOTER;
	p->y = p->top;
	p->top_content = p->top;
	p->page = 1;
	p->dry = dry;
	return true;
}

/* The footer: whose report on the left, the page on the right. */
static void footer(struct pdf *p)
{
	double y = p->h - MARGIN - 10;
	pdf_colour(p, pdf_light);
	cairo_rectangle(p->cr, p->left, y - 4, p->right - p->left, 0.6);
	pdf_paint(p, true);
	if (p->footer)
		pdf_text_at(p, p->left, y, (p->right - p->left) * 0.75, p->footer, PS_SMALL,
			    pdf_grey, false);
	char page[48];
	if (p->pages)
		/* TRANSLATORS: the footer of a PDF page: this page, and how many there are. */
		snprintf(page, sizeof page, _("page %d of %d"), p->page, p->pages);
	else
		/* TRANSLATORS: the footer of a PDF page. */
		snprintf(page, sizeof page, _("page %d"), p->page);
	pdf_text_at(p, p->right - 100, y, 100, page, PS_SMALL, pdf_grey, true);
}

void pdf_new_page(struct pdf *p)
{
	footer(p);
	cairo_show_page(p->cr);
	p->page++;
	p->y = p->top;
	if (p->running) {
		p->y += pdf_text_at(p, p->left, p->y, p->right - p->left, p->running, PS_SMALL,
				    pdf_grey, false) + 2;
		pdf_rule(p, pdf_light, 0.6, 8);
		/* The running head is not content: a block may still start here. */
		p->top_content = p->y;
	}
}

bool pdf_close(struct pdf *p)
{
	footer(p);
	cairo_show_page(p->cr);
	for (int s = 0; s < PS_COUNT; s++)
		pango_font_description_free(p->font[s]);
	if (p->fontset)
		g_object_unref(p->fontset);
	g_object_unref(p->layout);
	cairo_destroy(p->cr);
	cairo_surface_finish(p->surface);
	bool ok = cairo_surface_status(p->surface) == CAIRO_STATUS_SUCCESS;
	cairo_surface_destroy(p->surface);
	return ok;
}

bool pdf_need(struct pdf *p, double h)
{
	if (p->y + h <= p->bottom || p->y <= p->top_content)
		return false;
	pdf_new_page(p);
	return true;
}

void pdf_colour(struct pdf *p, struct pdf_rgb c)
{
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
}

void pdf_paint(struct pdf *p, bool fill)
{
	if (p->dry)
		cairo_new_path(p->cr);
	else if (fill)
		cairo_fill(p->cr);
	else
		cairo_stroke(p->cr);
}

void pdf_rule(struct pdf *p, struct pdf_rgb c, double weight, double after)
{
	pdf_colour(p, c);
	cairo_rectangle(p->cr, p->left, p->y, p->right - p->left, weight);
	pdf_paint(p, true);
	p->y += weight + after;
}

/* Whether some font (fontconfig's fallbacks included) draws c; marks and formats ride along. */
static bool drawable(struct pdf *p, gunichar c)
{
	GUnicodeType t = g_unichar_type(c);
	if (c < 0x80 || t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_ENCLOSING_MARK ||
	    t == G_UNICODE_FORMAT || t == G_UNICODE_SPACING_MARK)
		return true;
	if (!p->fontset)
		p->fontset = pango_context_load_fontset(pango_layout_get_context(p->layout),
							p->font[PS_BODY], pango_language_get_default());
	if (!p->fontset)
		return true;
	/* Asking fontconfig is slow, and a note repeats its characters: remember the answers. */
	unsigned k = c % 256;
	if (p->seen[k] == c)
		return p->seen_drawable[k];
	PangoFont *f = pango_fontset_get_font(p->fontset, c);
	bool has = f && pango_font_has_char(f, c);
	if (f)
		g_object_unref(f);
	p->seen[k] = c;
	p->seen_drawable[k] = has;
	return has;
}

/*
 * Text as pango may take it: valid UTF-8, no control characters but new
 * lines, and a character no font has written as its code ("[U+E000]")
 * rather than a box too small to read.
 */
static char *clean(struct pdf *p, const char *text)
{
	char *s = xstrdup(text);
	size_t bad, n = strlen(s);
	while (!utf8_valid(s, n, &bad))
		s[bad] = '?';
	struct strbuf b;
	sb_init(&b);
	for (const char *c = s; *c;) {
		gunichar u = g_utf8_get_char(c);
		const char *next = g_utf8_next_char(c);
		if (u < 0x20 && u != '\n')
			sb_addc(&b, ' ');
		else if (!drawable(p, u))
			sb_addf(&b, "[U+%04X]", (unsigned)u);
		else
			sb_addn(&b, c, (size_t)(next - c));
		c = next;
	}
	free(s);
	return sb_steal(&b);
}

/* Sets the layout to text in style s wrapped at w, at most max_h high (0: any). */
static void set_layout(struct pdf *p, const char *text, enum pdf_style s, double w, double max_h)
{
	char *t = clean(p, text);
	pango_layout_set_font_description(p->layout, p->font[s]);
	pango_layout_set_width(p->layout, w > 0 ? (int)(w * PANGO_SCALE) : -1);
	pango_layout_set_wrap(p->layout, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_height(p->layout, max_h > 0 ? (int)(max_h * PANGO_SCALE) : -1);
	pango_layout_set_ellipsize(p->layout, max_h > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
	pango_layout_set_text(p->layout, t, -1);
	free(t);
}

double pdf_measure(struct pdf *p, const char *text, enum pdf_style s, double w)
{
	set_layout(p, text, s, w, 0);
	int lw, lh;
	pango_layout_get_size(p->layout, &lw, &lh);
	return (double)lh / PANGO_SCALE;
}

double pdf_width(struct pdf *p, const char *text, enum pdf_style s)
{
	set_layout(p, text, s, 0, 0);
	int lw, lh;
	pango_layout_get_size(p->layout, &lw, &lh);
	return (double)lw / PANGO_SCALE;
}

/* Draws the layout as set at (x, y), ending at x + w when right; returns its height. */
static double show(struct pdf *p, double x, double y, double w, struct pdf_rgb c, bool right)
{
	int lw, lh;
	pango_layout_get_size(p->layout, &lw, &lh);
	if (right)
		x += w - (double)lw / PANGO_SCALE;
	if (!p->dry) {
		pdf_colour(p, c);
		cairo_move_to(p->cr, x, y);
		pango_cairo_show_layout(p->cr, p->layout);
	}
	return (double)lh / PANGO_SCALE;
}

double pdf_text_at(struct pdf *p, double x, double y, double w, const char *text,
		   enum pdf_style s, struct pdf_rgb c, bool right)
{
	set_layout(p, text, s, right ? 0 : w, 0);
	return show(p, x, y, w, c, right);
}

void pdf_para(struct pdf *p, const char *text, enum pdf_style s, struct pdf_rgb c, double after)
{
	double w = p->right - p->left;
	pdf_need(p, pdf_measure(p, text, s, w));
	set_layout(p, text, s, w, p->bottom - p->top);
	p->y += show(p, p->left, p->y, w, c, false) + after;
}

void pdf_heading(struct pdf *p, const char *text, double keep)
{
	/* Measured as drawn, wrapped: a long heading (a translation) takes two lines. */
	double h = pdf_measure(p, text, PS_HEADING, p->right - p->left);
	if (p->y > p->top_content)
		p->y += 6;
	pdf_need(p, h + 4 + keep);
	pdf_text_at(p, p->left, p->y, p->right - p->left, text, PS_HEADING, pdf_black, false);
	p->y += h + 4;
}

/* A table's x and width. */
static void table_span(const struct pdf *p, const struct pdf_table *t, double *x, double *w)
{
	*x = t->w > 0 ? t->x : p->left;
	*w = t->w > 0 ? t->w : p->right - p->left;
}

/* Height of a row of cells (headings when head), wrapped in their columns. */
static double row_height(struct pdf *p, const struct pdf_table *t, const char *const *cells,
			 enum pdf_style s)
{
	double x, w, h = 0;
	table_span(p, t, &x, &w);
	for (int i = 0; i < t->ncols; i++) {
		double ch = pdf_measure(p, cells[i] ? cells[i] : "", s,
					t->col[i].share * w - 2 * CELL_PAD);
		if (ch > h)
			h = ch;
	}
	double most = p->bottom - p->top - 40;
	return (h < most ? h : most) + 2 * CELL_PAD;
}

/* Draws a row of cells at the cursor (no page break) and moves under it. */
static void draw_row(struct pdf *p, const struct pdf_table *t, const char *const *cells,
		     enum pdf_style s, double h, bool shade)
{
	double x, w;
	table_span(p, t, &x, &w);
	if (shade && !p->dry) {
		pdf_colour(p, pdf_light);
		cairo_rectangle(p->cr, x, p->y, w, h);
		cairo_fill(p->cr);
	}
	double cx = x;
	for (int i = 0; i < t->ncols; i++) {
		double cw = t->col[i].share * w;
		set_layout(p, cells[i] ? cells[i] : "", s, cw - 2 * CELL_PAD, h - 2 * CELL_PAD);
		show(p, cx + CELL_PAD, p->y + CELL_PAD, cw - 2 * CELL_PAD, pdf_black,
		     t->col[i].right);
		cx += cw;
	}
	p->y += h;
}

/* The heading row, with a rule under it. */
static void heading_row(struct pdf *p, const struct pdf_table *t)
{
	const char *heads[16];
	int n = t->ncols < 16 ? t->ncols : 16;
	for (int i = 0; i < n; i++)
		heads[i] = _(t->col[i].head);
	double h = row_height(p, t, heads, PS_SMALL_BOLD);
	draw_row(p, t, heads, PS_SMALL_BOLD, h, false);
	double x, w;
	table_span(p, t, &x, &w);
	if (!p->dry) {
		pdf_colour(p, pdf_grey);
		cairo_rectangle(p->cr, x, p->y - 0.8, w, 0.8);
		cairo_fill(p->cr);
	}
	p->row = 0;
}

double pdf_table_keep(struct pdf *p, const struct pdf_table *t)
{
	const char *heads[16];
	int n = t->ncols < 16 ? t->ncols : 16;
	for (int i = 0; i < n; i++)
		heads[i] = _(t->col[i].head);
	/* The heading and the first rows together: up to three, as many as there are. */
	int first = t->rows > 0 ? (t->rows < 3 ? t->rows : 3) : 1;
	return (1 + first) * row_height(p, t, heads, PS_SMALL_BOLD) + 4;
}

void pdf_table_head(struct pdf *p, const struct pdf_table *t)
{
	p->table = t;
	pdf_need(p, pdf_table_keep(p, t));
	heading_row(p, t);
	p->table_row = 0;
}

/*
 * Whether row i (h points high) must start a new page: it does not fit, or
 * the rows are known and the last three would not all fit here, so one or
 * two would go alone onto the next page (unless this page would keep fewer
 * than three).
 */
static bool row_breaks(const struct pdf *p, const struct pdf_table *t, int i, double h)
{
	if (p->y + h > p->bottom)
		return true;
	return t->rows > 0 && t->rows - i == 3 && i >= 3 && p->y + 3 * h > p->bottom;
}

void pdf_table_row(struct pdf *p, const char *const *cells)
{
	const struct pdf_table *t = p->table;
	double h = row_height(p, t, cells, PS_SMALL);
	if (row_breaks(p, t, p->table_row++, h) && p->y > p->top_content) {
		pdf_new_page(p);
		if (t->title) {
			/* TRANSLATORS: at the top of a page that goes on from the one before: %s
			   is the title of the table (or the routine, on an exercise sheet). */
			char *more = xasprintf(_("%s (continued)"), t->title);
			p->y += pdf_text_at(p, p->left, p->y, p->right - p->left, more, PS_BOLD,
					    pdf_grey, false) + 3;
			free(more);
		}
		heading_row(p, t);
	}
	draw_row(p, t, cells, PS_SMALL, h, p->row++ % 2 == 1);
}

void pdf_table_end(struct pdf *p, double after)
{
	p->table = NULL;
	p->y += after;
}
