/* SPDX-License-Identifier: ISC */
/* entry_draw.c - the diary entry form's drawing: the fields and the key line */
#include "config.h"

#include <ctype.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "insight/safety.h"
#include "tui/entry_form.h"

const struct field_info *entry_field_info(enum fld f)
{
	static const enum field_id ids[FLD_COUNT] = {
	    [FLD_BACK] = F_BACK,   [FLD_LEG] = F_LEG,   [FLD_SITTING] = F_SITTING,
	    [FLD_SLEEP] = F_SLEEP, [FLD_MEDS] = F_MEDS, [FLD_NOTE] = F_NOTE,
	};
	return &field_table[ids[f]];
}

#define MIN_COLS  40
#define MIN_ROWS  14
#define WIDE_COLS 74 /* the body map and the symptoms side by side */

/* ---- drawing ---- */

/*
 * The body is laid out on virtual rows and shown through a window of the
 * screen's rows, scrolled to keep the focused field in view; a dry pass
 * measures first.
 */
struct canvas {
	struct tui *t;
	int top, rows, off;
	bool dry, wide, spaced;
	int height, focus_lo, focus_hi;
	int cur_y, cur_x; /* the terminal cursor, -1 when hidden */
};

static void put(struct canvas *c, int vy, int x, int attr, const char *s)
{
	if (vy + 1 > c->height)
		c->height = vy + 1;
	int y = vy - c->off;
	if (c->dry || y < 0 || y >= c->rows)
		return;
	tui_text(c->t, c->top + y, x, attr, s);
}

static void focus(struct canvas *c, int lo, int hi)
{
	c->focus_lo = lo;
	c->focus_hi = hi;
}

static void cursor(struct canvas *c, int vy, int x)
{
	int y = vy - c->off;
	if (!c->dry && y >= 0 && y < c->rows)
		c->cur_y = c->top + y, c->cur_x = x;
}

/* A field's label, marked and bold while the field has the focus. */
static void label(struct canvas *c, const struct form *f, enum fld fld, int vy, int x,
                  const char *text)
{
	bool on = f->field == fld;
	if (on) {
		put(c, vy, x - 1, A_BOLD | tui_attr(c->t, TC_TITLE), tui_sym(c->t, "›", ">"));
		focus(c, vy, vy);
	}
	put(c, vy, x, on ? A_BOLD | tui_attr(c->t, TC_TITLE) : A_NORMAL, text);
}

/* "back pain" as "Back pain", or only its first word ("Back"). */
static void caption(char *buf, size_t n, const char *text, bool first_word)
{
	snprintf(buf, n, "%s", text);
	buf[0] = (char)toupper((unsigned char)buf[0]);
	char *sp = strchr(buf, ' ');
	if (first_word && sp)
		*sp = '\0';
}

static void draw_scale(struct canvas *c, const struct form *f, enum fld fld, int vy, int value)
{
	char name[32], cell[32];
	bool full = c->t->cols >= 48;
	caption(name, sizeof name, entry_field_info(fld)->label, !full);
	label(c, f, fld, vy, 1, name);
	int x = full ? 14 : 6;
	for (long v = entry_field_info(fld)->min; v <= entry_field_info(fld)->max; v++) {
		bool chosen = value == v;
		snprintf(cell, sizeof cell, chosen ? "[%ld]" : " %ld ", v);
		put(c, vy, x, chosen ? A_BOLD | A_REVERSE : A_NORMAL, cell);
		x += (int)strlen(cell);
	}
}

/* Under the scales, what their ends mean: the first word under 0, the last under 10. */
static void draw_ends(struct canvas *c, enum fld fld, int vy)
{
	const char *low, *high;
	if (!field_scale_ends((enum field_id)(entry_field_info(fld) - field_table), &low, &high))
		return;
	int x = c->t->cols >= 48 ? 14 : 6, last = x + 3 * 10 + 3; /* " 0 " ... " 10 " */
	put(c, vy, x + 1, tui_attr(c->t, TC_DIM), low);
	put(c, vy, last - utf8_width(high), tui_attr(c->t, TC_DIM), high);
}

static void draw_box(struct canvas *c, int vy, int x, bool ticked, bool under_cursor)
{
	put(c, vy, x, under_cursor ? A_REVERSE | A_BOLD : A_NORMAL, ticked ? "[x]" : "[ ]");
}

int entry_map_loc(int row, int col)
{
	return row == 0 ? LOC_LOWER_BACK : 1 + (row - 1) * 2 + col;
}

/* Where it hurts: rows of the body, a box for each side. Returns rows used. */
static int draw_map(struct canvas *c, const struct form *f, int vy)
{
	bool on = f->field == FLD_WHERE;
	label(c, f, FLD_WHERE, vy, 1, "Where");
	put(c, vy, 18, tui_attr(c->t, TC_DIM), "left");
	put(c, vy, 25, tui_attr(c->t, TC_DIM), "right");
	for (int row = 0; row < MAP_ROWS; row++) {
		/* The row is named by its locations' label without the side: "left calf" -> "calf".
		 */
		const char *name = field_locations.labels[entry_map_loc(row, 0)];
		if (row > 0 && strchr(name, ' '))
			name = strchr(name, ' ') + 1;
		put(c, vy + 1 + row, 3, A_NORMAL, name);
		for (int col = 0; col < (row ? 2 : 1); col++) {
			int loc = entry_map_loc(row, col);
			bool at = on && f->map_row == row && (row == 0 || f->map_col == col);
			draw_box(c, vy + 1 + row, col ? 25 : 18, f->where & (1u << loc), at);
		}
	}
	if (on)
		focus(c, vy, vy + 1 + f->map_row);
	return 1 + MAP_ROWS;
}

/* What it feels like: two columns of ticks from x. Returns rows used. */
static int draw_feels(struct canvas *c, const struct form *f, int vy, int x)
{
	bool on = f->field == FLD_FEELS;
	label(c, f, FLD_FEELS, vy, x, "Feels like");
	int colw = 0;
	for (int i = 0; i < SYM_ROWS; i++) {
		int w = utf8_width(field_symptoms.labels[i]);
		if (w > colw)
			colw = w;
	}
	for (int i = 0; i < SYM_COUNT; i++) {
		int row = i % SYM_ROWS, col = i / SYM_ROWS;
		int bx = x + 2 + col * (colw + 7);
		draw_box(c, vy + 1 + row, bx, f->symptoms & (1u << i), on && f->sym == i);
		put(c, vy + 1 + row, bx + 4, A_NORMAL, field_symptoms.labels[i]);
	}
	if (on)
		focus(c, vy, vy + 1 + f->sym % SYM_ROWS);
	return 1 + SYM_ROWS;
}

/*
 * A number field from x: its label, an underlined slot as wide as its
 * largest value, its unit ("minutes", or "/10"). Returns the column after
 * it; *slot_x is where the slot starts.
 */
static int draw_number(struct canvas *c, const struct form *f, enum fld fld, int vy, int x,
                       int value, int *slot_x)
{
	const struct field_info *fi = entry_field_info(fld);
	char name[32], buf[24] = "", slot[24], unit[32];
	caption(name, sizeof name, fi->label, true);
	label(c, f, fld, vy, x, name);
	x += (int)strlen(name) + 1;
	*slot_x = x;
	int w = snprintf(slot, sizeof slot, "%ld", fi->max);
	snprintf(slot, sizeof slot, "%*s", w, "");
	if (value >= 0)
		snprintf(buf, sizeof buf, "%d", value);
	put(c, vy, x, A_UNDERLINE, slot);
	put(c, vy, x, A_UNDERLINE | A_BOLD, buf);
	if (f->field == fld)
		cursor(c, vy, x + (int)strlen(buf));
	if (fi->unit)
		snprintf(unit, sizeof unit, " %s", fi->unit);
	else
		snprintf(unit, sizeof unit, "/%ld", fi->max);
	put(c, vy, x + w, A_NORMAL, unit);
	return x + w + (int)strlen(unit);
}

/* A text field in an underlined slot from x to the right edge. */
static void draw_text(struct canvas *c, const struct form *f, enum fld fld, int vy, int x,
                      struct textline *l)
{
	int y = vy - c->off;
	bool shown = !c->dry && y >= 0 && y < c->rows;
	int cx =
	    textline_draw(l, c->t, shown ? c->top + y : -1, x, c->t->cols - 1 - x, f->field == fld);
	if (cx >= 0)
		cursor(c, vy, cx);
}

/* The red-flag question, wrapped, with its answer; the flags to tick when yes. */
static int draw_flags(struct canvas *c, const struct form *f, int vy)
{
	struct tui *t = c->t;
	int width = t->cols - 11, rows = 0;
	bool on = f->field == FLD_ASK;
	for (const char *p = safety_flag_question(), *next; *p; p = next, rows++) {
		size_t n = utf8_wrap(p, width, &next);
		char *part = xstrndup(p, n);
		put(c, vy + rows, 1, on ? A_BOLD : A_NORMAL, part);
		free(part);
	}
	if (on) {
		put(c, vy, 0, A_BOLD | tui_attr(t, TC_TITLE), tui_sym(t, "›", ">"));
		focus(c, vy, vy + rows - 1);
	}
	int attr = (on ? A_REVERSE : 0) | (f->ask ? A_BOLD | tui_attr(t, TC_WARN) : 0);
	put(c, vy + rows - 1, t->cols - 9, attr, f->ask ? "[ yes ]" : "[ no ]");
	if (!f->ask)
		return rows;
	for (int i = 0; i < FLAG_COUNT; i++) {
		bool at = f->field == FLD_FLAGS && f->flag == i;
		draw_box(c, vy + rows + i, 3, f->flags & (1u << i), at);
		put(c, vy + rows + i, 7, f->flags & (1u << i) ? A_BOLD : A_NORMAL,
		    field_flags.labels[i]);
	}
	if (f->field == FLD_FLAGS) {
		put(c, vy + rows + f->flag, 1, A_BOLD | tui_attr(t, TC_TITLE),
		    tui_sym(t, "›", ">"));
		focus(c, vy + rows + f->flag, vy + rows + f->flag);
	}
	return rows + FLAG_COUNT;
}

static void draw_body(struct canvas *c, struct form *f)
{
	char name[32];
	int vy = 0, gap = c->spaced ? 1 : 0;
	draw_scale(c, f, FLD_BACK, vy++, f->back);
	draw_scale(c, f, FLD_LEG, vy++, f->leg);
	draw_ends(c, FLD_LEG, vy++);
	if (c->wide) {
		int used = draw_map(c, f, vy);
		draw_feels(c, f, vy, 38);
		vy += used;
	} else {
		vy += draw_map(c, f, vy);
		vy += draw_feels(c, f, vy, 1);
	}
	/* Sitting and sleep share a line; the medication joins them when there is room. */
	int slot_x, x = draw_number(c, f, FLD_SITTING, vy, 1, f->sitting, &slot_x) + 3;
	int note_x = slot_x;
	x = draw_number(c, f, FLD_SLEEP, vy, x, f->sleep, &slot_x) + 3;
	if (!c->wide)
		vy++, x = 1;
	caption(name, sizeof name, entry_field_info(FLD_MEDS)->label, true);
	label(c, f, FLD_MEDS, vy, x, name);
	if (!c->wide)
		note_x = x + (int)strlen(name) + 1;
	draw_text(c, f, FLD_MEDS, vy++, x + (int)strlen(name) + 1, &f->meds);
	caption(name, sizeof name, entry_field_info(FLD_NOTE)->label, true);
	label(c, f, FLD_NOTE, vy, 1, name);
	draw_text(c, f, FLD_NOTE, vy++, note_x, &f->note);
	vy += gap;
	draw_flags(c, f, vy);
}

/* The key line: the first of the variants that fits, with "-" for "·" without UTF-8. */
static void key_line(struct tui *t, int attr, const char *const *variants)
{
	const char *s = variants[0];
	for (int i = 0; variants[i]; i++) {
		s = variants[i];
		if (utf8_width(s) <= t->cols - 2)
			break;
	}
	char *line = xstrdup(s);
	if (!t->utf8) {
		char *p;
		while ((p = strstr(line, "·")))
			memmove(p, p + 1, strlen(p + 1) + 1), *p = '-';
	}
	tui_text(t, t->rows - 1, 1, attr, line);
	free(line);
}

static const char *const keys_general[] = {
    "Tab next · Shift-Tab back · Space toggle · 0-9 rate · Enter save · Esc cancel",
    "Tab next · Space toggle · 0-9 rate · Enter save · Esc cancel",
    "Tab next · Space tick · 0-9 rate · Enter save · Esc",
    "Tab next · 0-9 rate · Enter save · Esc",
    NULL,
};
static const char *const keys_meds[] = {
    "Right or Ctrl-F take suggestion · Up/Down earlier ones · Tab next · Enter save",
    "Right take suggestion · Up/Down earlier ones · Enter save",
    "Right take it · Up/Down others · Enter save",
    "Right take · Up/Down others",
    NULL,
};
static const char *const keys_ask[] = {
    "y yes · n no · Tab next · Shift-Tab back · Enter save · Esc cancel",
    "y yes · n no · Tab next · Enter save",
    "y yes · n no · Enter save",
    NULL,
};

/* On the sleep field, what its ends mean, where the key line is: there is no room beside it. */
static void sleep_line(struct tui *t)
{
	const char *low, *high, *more = tui_sym(t, "…", "...");
	field_scale_ends(F_SLEEP, &low, &high);
	char *v[4] = {
	    xasprintf("Sleep quality: 0 %s %s 10 %s · Tab next · Enter save", low, more, high),
	    xasprintf("Sleep: 0 %s %s 10 %s · Tab next", low, more, high),
	    xasprintf("0 %s %s 10 %s", low, more, high),
	    NULL,
	};
	key_line(t, tui_attr(t, TC_DIM), (const char *const *)v);
	for (int i = 0; v[i]; i++)
		free(v[i]);
}

void entry_draw(struct tui *t, struct tui_screen *s)
{
	struct form *f = s->data;
	curs_set(0);
	if (tui_too_small(t, MIN_COLS, MIN_ROWS))
		return;
	char when[40];
	struct tm at, now;
	time_t ta = (time_t)f->e->at, tn = (time_t)f->now;
	localtime_r(&ta, &at);
	localtime_r(&tn, &now);
	if (at.tm_year != now.tm_year)
		timefmt_local(when, sizeof when, "%a %d %b %Y %H:%M", ta);
	else
		timefmt_local(when, sizeof when, "%a %d %b %H:%M", ta);
	if (f->is_new)
		tui_text(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "How do you feel?");
	else
		tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "Edit entry %lld",
		          (long long)f->e->id);
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, when);
	tui_hline(t, 1);

	struct canvas c = {t, 2, t->rows - 4, 0, true, t->cols >= WIDE_COLS, true, 0, 0, 0, -1, -1};
	draw_body(&c, f);
	if (c.height > c.rows) {
		c.spaced = false;
		c.height = 0;
		draw_body(&c, f);
	}
	/* Scroll as little as keeps the focused field (the question whole) in view. */
	if (c.focus_hi >= f->scroll + c.rows)
		f->scroll = c.focus_hi - c.rows + 1;
	if (c.focus_lo < f->scroll)
		f->scroll = c.focus_lo;
	if (f->scroll > c.height - c.rows)
		f->scroll = c.height - c.rows;
	if (f->scroll < 0)
		f->scroll = 0;
	c.off = f->scroll;
	c.dry = false;
	draw_body(&c, f);
	if (c.off > 0)
		tui_text(t, c.top, t->cols - 1, A_BOLD, tui_sym(t, "↑", "^"));
	if (c.off + c.rows < c.height)
		tui_text(t, c.top + c.rows - 1, t->cols - 1, A_BOLD, tui_sym(t, "↓", "v"));

	tui_hline(t, t->rows - 2);
	if (f->mode == MODE_DISCARD) {
		tui_text(t, t->rows - 1, 1, A_BOLD | tui_attr(t, TC_WARN),
		         f->is_new ? "Discard this entry? y/n" : "Discard your changes? y/n");
	} else if (f->msg[0]) {
		tui_wrap(t, t->rows - 1, 1, t->cols - 2, 1, A_BOLD, f->msg);
	} else {
		const char *const *keys = keys_general;
		if (f->field == FLD_MEDS && textline_suggesting(&f->meds))
			keys = keys_meds;
		else if (f->field == FLD_ASK)
			keys = keys_ask;
		if (f->field == FLD_SLEEP)
			sleep_line(t);
		else
			key_line(t, tui_attr(t, TC_DIM), keys);
	}
	if (c.cur_y >= 0 && f->mode == MODE_EDIT) {
		move(c.cur_y, c.cur_x);
		curs_set(1);
	}
}
