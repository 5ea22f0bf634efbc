/* SPDX-License-Identifier: ISC */
/* searchline.h - the "/" line of a page or a list, as in less: type, Enter, then n and N */
#ifndef LIMBER_SEARCHLINE_H
#define LIMBER_SEARCHLINE_H

#include <stdbool.h>

#include "base/i18n.h"
#include "tui/textline.h"
#include "tui/tui.h"

struct searchline {
	struct textline line; /* what is typed after / */
	bool typing;          /* the line is open */
	char *pattern;        /* the last search, NULL before the first */
};

/* What n and N say before the first search (N_: shown with _()). */
#define SEARCHLINE_NONE N_("No search yet: / searches")

void searchline_init(struct searchline *s);
void searchline_free(struct searchline *s);
/* Opens the line, empty, for a new pattern. */
void searchline_open(struct searchline *s);
/*
 * A key while the line is open: typed into it, or Enter or Esc, which close
 * it. True when Enter asks for a search of s->pattern: what was typed, or the
 * last pattern again when the line was left empty.
 */
bool searchline_key(struct searchline *s, int ch);
/* The open line at row y, after a "/", with the cursor in it. */
void searchline_draw(struct searchline *s, struct tui *t, int y);

#endif
