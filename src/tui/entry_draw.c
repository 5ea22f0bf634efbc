/* SPDX-License-Identifier: ISC */
/* entry_draw.c - the diary entry form's drawing: the fields and the key line */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
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
	/* Columns from the (translated) names: the map's boxes, the symptoms' column. */
	int left_x, right_x, feels_x, sym_step; /* sym_step: box to box across */
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

/* The form's names of its fields. */
static const char *const captions[FLD_COUNT] = {
	/* TRANSLATORS: the entry form's names of its fields. */
	[FLD_BACK] = N_("Back pain"),	[FLD_LEG] = N_("Leg pain"),
	[FLD_WHERE] = N_("Where"),	[FLD_FEELS] = N_("Feels like"),
	[FLD_SITTING] = N_("Sitting"), [FLD_SLEEP] = N_("Sleep"),
	[FLD_MEDS] = N_("Medication"), [FLD_NOTE] = N_("Note"),
};
/* TRANSLATORS: short names of the back and leg pain, before the 0..10 scales of a narrow
 * window: at most 4 columns leave the scale whole. */
static const char *const briefs[] = {NC_("body", "Back"), NC_("body", "Leg")};

/*
 * Where the 0..10 scales go: after the names in full from column 14 when all
 * fits, else after the short names from column 6; where even those leave no
 * room (a long translation) the scale is compact, two columns a number.
 */
struct scale {
	int x;        /* the scale's first column */
	bool full;    /* the names in full */
	bool compact; /* " 0 1 2[3]4": a number every two columns, not three */
};

#define SCALE_COLS   34 /* " 0 " ... " 10 " */
#define COMPACT_COLS 24

static struct scale scale_of(struct tui *t)
{
	int full = 0, brief = 0;
	for (enum fld f = FLD_BACK; f <= FLD_LEG; f++) {
		if (utf8_width(_(captions[f])) > full)
			full = utf8_width(_(captions[f]));
		if (utf8_width(i18n_cgettext("body", briefs[f])) > brief)
			brief = utf8_width(i18n_cgettext("body", briefs[f]));
	}
	struct scale sc = {1 + full + 2 > 14 ? 1 + full + 2 : 14, true, false};
	if (sc.x + SCALE_COLS <= t->cols)
		return sc;
	sc = (struct scale){1 + brief + 1 > 6 ? 1 + brief + 1 : 6, false, false};
	sc.compact = sc.x + SCALE_COLS > t->cols;
	return sc;
}

static void draw_scale(struct canvas *c, const struct form *f, enum fld fld, int vy, int value)
{
	char cell[32];
	struct scale sc = scale_of(c->t);
	label(c, f, fld, vy, 1, sc.full ? _(captions[fld]) : i18n_cgettext("body", briefs[fld]));
	int x = sc.x;
	for (long v = entry_field_info(fld)->min; v <= entry_field_info(fld)->max; v++) {
		bool chosen = value == v;
		snprintf(cell, sizeof cell, chosen ? "[%ld]" : " %ld ", v);
		/* Compact: the brackets take the spaces between the numbers. */
		int attr = chosen ? A_BOLD | A_REVERSE : A_NORMAL;
		put(c, vy, sc.compact && !chosen ? x + 1 : x, attr,
		    sc.compact && !chosen ? cell + 1 : cell);
		x += sc.compact ? (int)strlen(cell) - 1 : (int)strlen(cell);
	}
}

/* Under the scales, what their ends mean: the first word under 0, the last under 10. */
static void draw_ends(struct canvas *c, enum fld fld, int vy)
{
	const char *low, *high;
	if (!field_scale_ends((enum field_id)(entry_field_info(fld) - field_table), &low, &high))
		return;
	struct scale sc = scale_of(c->t);
	int last = sc.x + (sc.compact ? COMPACT_COLS : SCALE_COLS) - 1; /* after 10's digits */
	int low_end = sc.x + 1 + utf8_width(_(low));
	/*
	 * The high end ends under 10; where the two names are longer than the
	 * scale (German), it starts two columns after the low one and may run
	 * past 10, cut with "…" at the window's edge.
	 */
	int hx = last - utf8_width(_(high));
	if (hx < low_end + 2)
		hx = low_end + 2;
	put(c, vy, sc.x + 1, tui_attr(c->t, TC_DIM), _(low));
	if (hx < c->t->cols - 1) {
		char *fit = tui_fit_words(c->t, _(high), c->t->cols - 1 - hx);
		put(c, vy, hx, tui_attr(c->t, TC_DIM), fit);
		free(fit);
	}
}

static void draw_box(struct canvas *c, int vy, int x, bool ticked, bool under_cursor)
{
	put(c, vy, x, under_cursor ? A_REVERSE | A_BOLD : A_NORMAL, ticked ? "[x]" : "[ ]");
}

int entry_map_loc(int row, int col)
{
	return row == 0 ? LOC_LOWER_BACK : 1 + (row - 1) * 2 + col;
}

/*
 * The rows of the body map: each names the two locations of its row without
 * their side (the lower back has one), as the columns say the side.
 */
static const char *const map_rows[MAP_ROWS] = {
	/* TRANSLATORS: the rows of the form's body map, under the columns "left" and "right". */
	N_("lower back"), N_("buttock"), N_("thigh"), N_("calf"), N_("foot"),
};

/* The columns of the map and of the symptoms beside it, from their names' widths. */
static void measure_columns(struct canvas *c)
{
	int name_w = 0;
	for (int row = 0; row < MAP_ROWS; row++)
		if (utf8_width(_(map_rows[row])) > name_w)
			name_w = utf8_width(_(map_rows[row]));
	c->left_x = 3 + name_w + 2 > 18 ? 3 + name_w + 2 : 18;
	int side_w = utf8_width(C_("side", "left")) + 2;
	c->right_x = c->left_x + (side_w > 7 ? side_w : 7);
	/* Four columns after the right-hand boxes, two after the word "right". */
	int near = c->right_x + 3 + 4;
	if (near < c->right_x + utf8_width(C_("side", "right")) + 2)
		near = c->right_x + utf8_width(C_("side", "right")) + 2;
	int sym_w = 0; /* the first column's labels: the second starts after the widest */
	for (int i = 0; i < SYM_ROWS; i++)
		if (utf8_width(_(field_symptoms.labels[i])) > sym_w)
			sym_w = utf8_width(_(field_symptoms.labels[i]));
	int second = 0;
	for (int i = SYM_ROWS; i < SYM_COUNT; i++)
		if (utf8_width(_(field_symptoms.labels[i])) > second)
			second = utf8_width(_(field_symptoms.labels[i]));
	/*
	 * Side by side when the symptoms fit whole beside the map: from column 38
	 * with three columns between theirs (as in English) where they can, else
	 * nearer the map, else with two (German's and French's longer names).
	 */
	static const int tries[][2] = {{38, 3}, {0, 3}, {0, 2}};
	c->wide = false;
	for (size_t k = 0; k < sizeof tries / sizeof tries[0] && !c->wide; k++) {
		c->feels_x = tries[k][0] > near ? tries[k][0] : near;
		c->sym_step = 4 + sym_w + tries[k][1];
		c->wide = c->t->cols >= WIDE_COLS &&
			  c->feels_x + 2 + c->sym_step + 4 + second + 1 <= c->t->cols;
	}
	if (!c->wide) /* under the map, from the left: room for the wider gap */
		c->sym_step = 4 + sym_w + 3;
}

/* Where it hurts: rows of the body, a box for each side. Returns rows used. */
static int draw_map(struct canvas *c, const struct form *f, int vy)
{
	bool on = f->field == FLD_WHERE;
	label(c, f, FLD_WHERE, vy, 1, _(captions[FLD_WHERE]));
	/* TRANSLATORS: the columns of the body map: the side of the body. */
	put(c, vy, c->left_x, tui_attr(c->t, TC_DIM), C_("side", "left"));
	put(c, vy, c->right_x, tui_attr(c->t, TC_DIM), C_("side", "right"));
	for (int row = 0; row < MAP_ROWS; row++) {
		put(c, vy + 1 + row, 3, A_NORMAL, _(map_rows[row]));
		for (int col = 0; col < (row ? 2 : 1); col++) {
			int loc = entry_map_loc(row, col);
			bool at = on && f->map_row == row && (row == 0 || f->map_col == col);
			int x = col ? c->right_x : c->left_x;
			draw_box(c, vy + 1 + row, x, f->where & (1u << loc), at);
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
	label(c, f, FLD_FEELS, vy, x, _(captions[FLD_FEELS]));
	for (int i = 0; i < SYM_COUNT; i++) {
		int row = i % SYM_ROWS, col = i / SYM_ROWS;
		int bx = x + 2 + col * c->sym_step;
		draw_box(c, vy + 1 + row, bx, f->symptoms & (1u << i), on && f->sym == i);
		/* A label too long for a narrow window is cut at a word: the box still says it. */
		int room = c->t->cols - 1 - bx - 4;
		char *name = tui_fit_words(c->t, _(field_symptoms.labels[i]), room);
		put(c, vy + 1 + row, bx + 4, A_NORMAL, name);
		free(name);
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
	char buf[24] = "", slot[24], unit[64];
	const char *name = _(captions[fld]);
	label(c, f, fld, vy, x, name);
	x += utf8_width(name) + 1;
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
		snprintf(unit, sizeof unit, " %s", _(fi->unit));
	else
		snprintf(unit, sizeof unit, "/%ld", fi->max);
	put(c, vy, x + w, A_NORMAL, unit);
	return x + w + utf8_width(unit);
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

/* Text wrapped from column x to the right edge, from row vy; returns the rows used. */
static int put_wrapped(struct canvas *c, int vy, int x, int attr, const char *text)
{
	int rows = 0, width = c->t->cols - 1 - x;
	for (const char *p = text, *next; *p; p = next, rows++) {
		size_t n = utf8_wrap(p, width > 8 ? width : 8, &next);
		char *part = xstrndup(p, n);
		put(c, vy + rows, x, attr, part);
		free(part);
		if (next == p)
			break;
	}
	return rows ? rows : 1;
}

/*
 * A list of boxes (or bullets while they cannot be ticked), each label
 * wrapped under itself: no red flag is ever cut short. at is the row under
 * the cursor, or -1. Returns the rows used; *at_y gets that row's first line.
 */
static int draw_list(struct canvas *c, int vy, const struct field_vocab *v, unsigned mask,
		     bool boxes, int at, int *at_y)
{
	struct tui *t = c->t;
	int rows = 0;
	for (int i = 0; i < v->count; i++) {
		if (i == at)
			*at_y = vy + rows;
		if (boxes)
			draw_box(c, vy + rows, 3, mask & (1u << i), i == at);
		else
			put(c, vy + rows, 4, A_NORMAL, tui_sym(t, "•", "-"));
		rows += put_wrapped(c, vy + rows, 7, mask & (1u << i) ? A_BOLD : A_NORMAL,
				    _(v->labels[i]));
	}
	return rows;
}

/* The red-flag question, wrapped, with its answer, then the flags it asks about. */
static int draw_flags(struct canvas *c, const struct form *f, int vy)
{
	struct tui *t = c->t;
	/* TRANSLATORS: the answer to the red-flag question, in brackets at the right. */
	const char *yes_s = _("[ yes ]"), *no_s = _("[ no ]"), *none_s = _("[ ? ]");
	int ans_w = utf8_width(yes_s); /* the answers' column: as wide as the widest */
	if (utf8_width(no_s) > ans_w)
		ans_w = utf8_width(no_s);
	if (utf8_width(none_s) > ans_w)
		ans_w = utf8_width(none_s);
	int width = t->cols - 4 - ans_w, rows = 0;
	bool on = f->field == FLD_ASK;
	for (const char *p = _(safety_flag_question()), *next; *p; p = next, rows++) {
		size_t n = utf8_wrap(p, width, &next);
		char *part = xstrndup(p, n);
		put(c, vy + rows, 1, on ? A_BOLD : A_NORMAL, part);
		free(part);
	}
	if (on) {
		put(c, vy, 0, A_BOLD | tui_attr(t, TC_TITLE), tui_sym(t, "›", ">"));
		focus(c, vy, vy + rows - 1);
	}
	bool yes = f->ask == ANSWER_YES;
	int attr = (on ? A_REVERSE : 0) | (yes ? A_BOLD | tui_attr(t, TC_WARN) : 0);
	put(c, vy + rows - 1, t->cols - 2 - ans_w, attr,
	    yes ? yes_s : f->ask == ANSWER_NO ? no_s : none_s);
	/* The list the question is about, always there; its boxes are ticked after yes. */
	int at = f->field == FLD_FLAGS ? f->flag : -1, at_y = vy;
	rows += draw_list(c, vy + rows, &field_flags, f->flags, yes, at, &at_y);
	if (at >= 0) {
		put(c, at_y, 1, A_BOLD | tui_attr(t, TC_TITLE), tui_sym(t, "›", ">"));
		focus(c, at_y, at_y);
	}
	return rows;
}

/* "See a GP soon": one optional list of boxes, never in the way of a session. */
static int draw_gp(struct canvas *c, const struct form *f, int vy)
{
	struct tui *t = c->t;
	bool on = f->field == FLD_GP;
	int rows = put_wrapped(c, vy, 1, on ? A_BOLD : A_NORMAL, _(safety_gp_question()));
	int at_y = vy;
	rows += draw_list(c, vy + rows, &field_gp_flags, f->gp, true, on ? f->gpi : -1, &at_y);
	if (on) {
		put(c, at_y, 1, A_BOLD | tui_attr(t, TC_TITLE), tui_sym(t, "›", ">"));
		focus(c, vy, at_y);
	}
	return rows;
}

/* Columns a number field takes: its name, a space, its slot, its unit. */
static int number_width(enum fld fld)
{
	const struct field_info *fi = entry_field_info(fld);
	char slot[24];
	int w = utf8_width(_(captions[fld])) + 1;
	w += snprintf(slot, sizeof slot, "%ld", fi->max);
	if (fi->unit)
		return w + 1 + utf8_width(_(fi->unit));
	return w + snprintf(slot, sizeof slot, "/%ld", fi->max);
}

static void draw_body(struct canvas *c, struct form *f)
{
	int vy = 0, gap = c->spaced ? 1 : 0;
	draw_scale(c, f, FLD_BACK, vy++, f->back);
	draw_scale(c, f, FLD_LEG, vy++, f->leg);
	draw_ends(c, FLD_LEG, vy++);
	if (c->wide) {
		int used = draw_map(c, f, vy);
		draw_feels(c, f, vy, c->feels_x);
		vy += used;
	} else {
		vy += draw_map(c, f, vy);
		vy += draw_feels(c, f, vy, 1);
	}
	/* Sitting and sleep share a line (when they fit); the medication joins them when wide. */
	int slot_x, x = draw_number(c, f, FLD_SITTING, vy, 1, f->sitting, &slot_x) + 3;
	int note_x = slot_x;
	if (x + number_width(FLD_SLEEP) >= c->t->cols)
		vy++, x = 1;
	x = draw_number(c, f, FLD_SLEEP, vy, x, f->sleep, &slot_x) + 3;
	if (!c->wide)
		vy++, x = 1;
	const char *meds = _(captions[FLD_MEDS]), *note = _(captions[FLD_NOTE]);
	label(c, f, FLD_MEDS, vy, x, meds);
	if (!c->wide)
		note_x = x + utf8_width(meds) + 1;
	/* The note's slot under the others' slots, but after its own name. */
	if (note_x < 1 + utf8_width(note) + 1)
		note_x = 1 + utf8_width(note) + 1;
	draw_text(c, f, FLD_MEDS, vy++, x + utf8_width(meds) + 1, &f->meds);
	label(c, f, FLD_NOTE, vy, 1, note);
	draw_text(c, f, FLD_NOTE, vy++, note_x, &f->note);
	vy += gap;
	vy += draw_flags(c, f, vy) + gap;
	draw_gp(c, f, vy);
}

/* On the sleep field, what its ends mean, where the key line is: there is no room beside it. */
static void sleep_line(struct tui *t)
{
	const char *low, *high, *more = tui_sym(t, "…", "...");
	field_scale_ends(F_SLEEP, &low, &high);
	low = _(low), high = _(high);
	/* TRANSLATORS: the key line on the sleep field: what 0 and 10 mean ("0 very poor …
	 * 10 very good"); %s are the two words and the ellipsis between them. */
	char *full = xasprintf(_("Sleep quality: 0 %s %s 10 %s · Tab next · Enter save"), low,
			       more, high);
	/* TRANSLATORS: the same, shorter, for a narrower window. */
	char *brief = xasprintf(_("Sleep: 0 %s %s 10 %s · Tab next"), low, more, high);
	char *v = xasprintf("%s\n%s\n0 %s %s 10 %s", full, brief, low, more, high);
	tui_key_line(t, tui_attr(t, TC_DIM), v);
	free(v);
	free(brief);
	free(full);
}

/* The key line of the field with the cursor; the first of its forms that fits is shown. */
static const char *field_keys(const struct form *f)
{
	/* TRANSLATORS: key lines of the entry form; the keys stay as they are. After each \n
	 * a shorter form for a narrower window: the first that fits is shown. */
	if (f->field == FLD_MEDS && textline_suggesting(&f->meds))
		return _("Right or Ctrl-F take suggestion · Up/Down earlier ones · Tab next · Enter save\n"
			 "Right take suggestion · Up/Down earlier ones · Enter save\n"
			 "Right take it · Up/Down others · Enter save\n"
			 "Right take · Up/Down others");
	if (f->field == FLD_ASK)
		return _("y yes · n no · Backspace unanswered · Tab next · Enter save · Esc cancel\n"
			 "y yes · n no · Tab next · Shift-Tab back · Enter save · Esc cancel\n"
			 "y yes · n no · Tab next · Enter save\n"
			 "y yes · n no · Enter save");
	if (f->field == FLD_NOTE)
		return _("Enter new line · Ctrl-S or F10 save · Tab next · Shift-Tab back · Esc cancel\n"
			 "Enter new line · Ctrl-S or F10 save · Tab next · Esc cancel\n"
			 "Enter new line · Ctrl-S save · Tab next\n"
			 "Enter new line · Ctrl-S save");
	return _("Tab next · Shift-Tab back · Space toggle · 0-9 rate · Enter save · Esc cancel\n"
		 "Tab next · Space toggle · 0-9 rate · Enter save · Esc cancel\n"
		 "Tab next · Space tick · 0-9 rate · Enter save · Esc\n"
		 "Tab next · 0-9 rate · Enter save · Esc");
}

void entry_draw(struct tui *t, struct tui_screen *s)
{
	struct form *f = s->data;
	curs_set(0);
	if (tui_too_small(t, MIN_COLS, MIN_ROWS))
		return;
	char when[80];
	struct tm at, now;
	time_t ta = (time_t)f->e->at, tn = (time_t)f->now;
	localtime_r(&ta, &at);
	localtime_r(&tn, &now);
	if (at.tm_year != now.tm_year)
		/* TRANSLATORS: a strftime format: when an entry of another year was made. */
		/* xgettext:no-c-format */
		timefmt_local(when, sizeof when, _("%a %d %b %Y %H:%M"), ta);
	else
		/* TRANSLATORS: a strftime format: when an entry was made. */
		/* xgettext:no-c-format */
		timefmt_local(when, sizeof when, _("%a %d %b %H:%M"), ta);
	char *title = f->is_new ? xstrdup(_("How do you feel?"))
	                        : xasprintf(_("Edit entry %lld"), (long long)f->e->id);
	char *fit = tui_fit_words(t, title, t->cols - 4 - utf8_width(when)); /* the date wins */
	tui_text(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), fit);
	free(fit);
	free(title);
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, when);
	tui_hline(t, 1);

	struct canvas c = {t, 2, t->rows - 4, 0, true, false, true, 0, 0, 0, -1, -1, 0, 0, 0, 0};
	measure_columns(&c);
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
		/* TRANSLATORS: questions on the form's key line; y and n are the keys. */
		tui_key_line(t, A_BOLD | tui_attr(t, TC_WARN),
		             f->is_new ? _("Discard this entry? y/n") : _("Discard your changes? y/n"));
	} else if (f->mode == MODE_NO_PAIN) {
		tui_key_line(t, A_BOLD, _("Save without pain ratings? y/n"));
	} else if (f->msg[0]) {
		tui_key_line(t, A_BOLD, f->msg);
	} else if (f->field == FLD_SLEEP) {
		sleep_line(t);
	} else {
		tui_key_line(t, tui_attr(t, TC_DIM), field_keys(f));
	}
	if (c.cur_y >= 0 && f->mode == MODE_EDIT) {
		move(c.cur_y, c.cur_x);
		curs_set(1);
	}
}
