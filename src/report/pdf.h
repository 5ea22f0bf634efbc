/* SPDX-License-Identifier: ISC */
/* pdf.h - pages of text and tables on a cairo PDF surface, laid out with pango */
#ifndef LIMBER_PDF_H
#define LIMBER_PDF_H

#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdbool.h>

enum pdf_paper { PDF_A4, PDF_LETTER };

enum pdf_style {
	PS_BODY,
	PS_BOLD,
	PS_SMALL,   /* table cells, axis labels */
	PS_SMALL_BOLD,
	PS_SUBHEAD, /* an item under a section: an exercise on the sheet */
	PS_HEADING, /* a section */
	PS_TITLE,
	PS_COUNT,
};

/* An RGB colour, 0..1. */
struct pdf_rgb {
	double r, g, b;
};
extern const struct pdf_rgb pdf_black, pdf_grey, pdf_light, pdf_leg, pdf_back, pdf_alert,
	pdf_alert_fill, pdf_good;

/* A column of a table: its heading, its share of the table's width, its alignment. */
struct pdf_col {
	const char *head; /* marked N_("..."): translated where the heading is drawn */
	double share;
	bool right;
};

struct pdf_table {
	const struct pdf_col *col;
	int ncols;
	double x, w; /* where on the page; w 0: the text area */
	const char *title; /* repeated, "(continued)", over the heading on a new page; may be NULL;
			    * shown as it is: the caller translates it */
	int rows;          /* how many rows will come (0: not known), so none is left alone */
};

/* The document: pages, the text area and a cursor that moves down it. */
struct pdf {
	cairo_surface_t *surface;
	cairo_t *cr;
	PangoLayout *layout;
	PangoFontDescription *font[PS_COUNT];
	PangoFontset *fontset;            /* the body font and its fallbacks: who draws what */
	gunichar seen[256];               /* characters asked of fontset lately (by c % 256) */
	bool seen_drawable[256];          /* and whether a font draws them */
	double w, h;                      /* the page, in points */
	double left, right, top, bottom;  /* the text area */
	double y;                         /* where the next block goes */
	int page, pages;                  /* this page (from 1); pages: the total once known, else 0 */
	bool dry;                         /* lay out only (counting the pages): draw nothing */
	const char *footer;               /* the footer's left side */
	const char *running;              /* at the top of every page after the first; may be NULL */
	const struct pdf_table *table;    /* the table being drawn, for its heading on a new page */
	int row;                          /* the row of it, for the stripes */
	int table_row;                    /* the same, counted across its pages */
	double top_content;               /* where content starts on this page (under a running head) */
};

/* Starts a document writing through fn (cairo's stream writer); false when cairo cannot. */
bool pdf_open(struct pdf *p, enum pdf_paper paper, cairo_write_func_t fn, void *closure,
	      bool dry);
/* Ends the last page and the document; false when cairo failed on the way. */
bool pdf_close(struct pdf *p);
void pdf_new_page(struct pdf *p);
/* Starts a new page unless h points are left on this one; true when it did. */
bool pdf_need(struct pdf *p, double h);

/* The height of text in style, wrapped at width w (0: no wrap). */
double pdf_measure(struct pdf *p, const char *text, enum pdf_style s, double w);
/* Draws text at (x, y) wrapped at w (0: none); right: ends at x + w. Returns its height. */
double pdf_text_at(struct pdf *p, double x, double y, double w, const char *text,
		   enum pdf_style s, struct pdf_rgb c, bool right);
/* The width of text in style, on one line. */
double pdf_width(struct pdf *p, const char *text, enum pdf_style s);
/* A paragraph across the text area at the cursor, then space after it. */
void pdf_para(struct pdf *p, const char *text, enum pdf_style s, struct pdf_rgb c, double after);
/* A section heading, kept on a page with keep points under it. */
void pdf_heading(struct pdf *p, const char *text, double keep);

/*
 * The room the table's heading row and its first rows take: the keep of a
 * section heading right above the table, so the heading never stays alone.
 */
double pdf_table_keep(struct pdf *p, const struct pdf_table *t);
void pdf_table_head(struct pdf *p, const struct pdf_table *t);
/*
 * One row; on a new page the table's heading comes again first. With rows
 * known, the last rows do not go alone onto a page: the break comes earlier.
 */
void pdf_table_row(struct pdf *p, const char *const *cells);
void pdf_table_end(struct pdf *p, double after);

void pdf_colour(struct pdf *p, struct pdf_rgb c);
/* Fills or strokes the current path, or drops it when laying out only. */
void pdf_paint(struct pdf *p, bool fill);
/* A rule across the text area at the cursor, then space after it. */
void pdf_rule(struct pdf *p, struct pdf_rgb c, double weight, double after);

#endif
