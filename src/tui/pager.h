/* SPDX-License-Identifier: ISC */
/* pager.h - a scrollable page: help, routine details, notices, and pages that draw their own */
#ifndef LIMBER_PAGER_H
#define LIMBER_PAGER_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/keys.h"
#include "tui/tui.h"

/* A page that is more than plain text (trends_view.c): the pager scrolls it, the page draws. */
struct pager_page {
	void *data;
	int min_cols, min_rows;
	bool position; /* show how far down it is ("40%") */
	/* Its number of lines at the screen's width (it lays itself out anew when that changed). */
	size_t (*lines)(struct tui *t, void *data);
	/* Draws its line i on row y. */
	void (*line)(struct tui *t, void *data, size_t i, int y);
	/* Its line i as plain text, as line() draws it from column 1, for / to search; caller
	 * frees. NULL: the page cannot be searched. */
	char *(*text)(struct tui *t, void *data, size_t i);
	/* Draws over the frame (the title's right side, a message on the key line); may be NULL. */
	void (*decorate)(struct tui *t, void *data);
	/* Its own keys, tried before the pager's; its help comes with the pager's. May be NULL. */
	enum key_context keys;
	/* An action of its keys; returns true when the page starts again from its top. */
	bool (*key)(struct tui *t, void *data, struct key_act k);
	/* The key line instead of the footer while the page is taller than the screen. May be NULL. */
	const char *scroll_footer;
	/* When key() sets *closed, the page closes. May be NULL. */
	bool *closed;
};

/*
 * Shows a page under a title line, scrollable with the pager keys; footer
 * is the key line (its variants one a line, as tui_key_line's). / searches
 * it as less does (n, N: the next match, the one before); ? shows its keys
 * in a pager of their own. Returns -1 on a signal.
 */
int pager_run(struct tui *t, const char *title, const struct pager_page *pg, const char *footer);

/* The same for text (lines separated by '\n'). */
int pager_show(struct tui *t, const char *title, const char *text, const char *footer);
/*
 * The same with keys of its own (a context that falls back to KC_PAGER's):
 * returns the action of the one pressed that closed it (KA_QUIT for q, Esc),
 * or -1 on a signal.
 */
int pager_show_keys(struct tui *t, const char *title, const char *text, const char *footer,
		    enum key_context keys);
/*
 * text reflowed to width columns after indent spaces: the lines of each
 * paragraph (paragraphs are apart by an empty line) joined and wrapped
 * anew, as a translation breaks them elsewhere. Caller frees.
 */
char *pager_reflow(const char *text, int width, int indent);
/* A screen's keys, from the key table at the window's width, under title ("Keys in ..."). */
int pager_keys(struct tui *t, enum key_context ctx, const char *title);

#endif
