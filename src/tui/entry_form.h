/* SPDX-License-Identifier: ISC */
/* entry_form.h - the entry form's state: its keys (entry.c) and its drawing (entry_draw.c) share
 * it; the keys call down into the drawing's helpers, never the other way */
#ifndef LIMBER_ENTRY_FORM_H
#define LIMBER_ENTRY_FORM_H

#include <stdbool.h>
#include <stdint.h>

#include "diary/diary.h"
#include "diary/fields.h"
#include "tui/textline.h"
#include "tui/tui.h"

#define MAP_ROWS (1 + (LOC_COUNT - 1) / 2) /* lower back, then a left/right pair a row */
#define SYM_ROWS ((SYM_COUNT + 1) / 2)     /* symptoms in two columns */

enum fld {
	FLD_BACK,
	FLD_LEG,
	FLD_WHERE,
	FLD_FEELS,
	FLD_SITTING,
	FLD_SLEEP,
	FLD_MEDS,
	FLD_NOTE,
	FLD_ASK,
	FLD_FLAGS, /* only while the question is answered yes */
	FLD_COUNT,
};

enum mode { MODE_EDIT, MODE_DISCARD };

struct form {
	struct diary *db;
	struct diary_entry *e;
	bool is_new, *saved;
	int64_t now;
	int back, leg, sitting, sleep;
	unsigned where, symptoms, flags;
	bool ask;                   /* the red-flag question answered yes */
	struct textline meds, note; /* the medication completes from earlier entries' */
	enum fld field;
	int map_row, map_col, sym, flag; /* cursors inside the grids */
	char **recent;                   /* earlier medication, newest first */
	size_t nrecent;
	enum mode mode;
	char msg[200]; /* shown on the key line until the next key */
	int scroll;        /* first body row shown when the form is taller than the screen */
	int64_t one_at, one_at_next; /* when a rating was set to 1 by the key before, else 0 */
};

/* The field table's row for a rating, number or text of the form. */
const struct field_info *entry_field_info(enum fld f);
/* The location of the body map's box in row, col (the lower back has one box). */
int entry_map_loc(int row, int col);
/* Draws the form: the screen's draw. */
void entry_draw(struct tui *t, struct tui_screen *s);

#endif
