/* SPDX-License-Identifier: ISC */
/* rating.c - the quick pain rating before and after a session */
#include "config.h"

#include "tui/rating.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "diary/fields.h"
#include "tui/keys.h"
#include "tui/pager.h"

struct rating {
	const char *title;
	const char *heading;
	enum rating_esc esc;
	int value[2]; /* back, leg */
	int field;    /* 0 back, 1 leg, 2 finished */
	bool back;    /* Esc went back */
	const int *before; /* back and leg before the session, shown beside; NULL: none */
};

static const char *const labels[] = {"Back pain", "Leg pain"};

int rating_draw_scale(struct tui *t, int row, int x, int value)
{
	for (int v = 0; v <= 10 && x + 4 < t->cols; v++) {
		char cell[8];
		if (value == v)
			snprintf(cell, sizeof cell, "[%d]", v);
		else
			snprintf(cell, sizeof cell, " %d ", v);
		tui_text(t, row, x, value == v ? A_BOLD | A_REVERSE : A_NORMAL, cell);
		x += v == 10 ? 4 : 3;
	}
	return x;
}

/* The title, and the row a question starts on, a little above the middle; -1 when too small. */
static int question_top(struct tui *t, const char *title)
{
	if (tui_too_small(t, 30, 8))
		return -1;
	tui_title(t, title);
	int y = t->rows / 2 - 4;
	return y < 3 ? 3 : y;
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct rating *r = s->data;
	int y = question_top(t, r->title);
	if (y < 0)
		return;
	tui_textf(t, y, 2, A_BOLD | tui_attr(t, TC_TITLE), "%s: how is your pain?", r->heading);
	tui_text(t, y + 1, 2, tui_attr(t, TC_DIM), "0 none ... 10 worst imaginable");
	for (int f = 0; f < 2; f++) {
		int row = y + 3 + f * 2;
		int attr = f == r->field ? A_BOLD : A_NORMAL;
		tui_textf(t, row, 2, attr, "%s%-10s", f == r->field ? tui_sym(t, "› ", "> ") : "  ",
			  labels[f]);
		int x = rating_draw_scale(t, row, 16, r->value[f]);
		/* After a session: what it was before, beside the scale (under it when narrow). */
		if (r->before && r->before[f] >= 0) {
			bool beside = x + 12 < t->cols;
			tui_textf(t, beside ? row : row + 1, beside ? x + 2 : 16, tui_attr(t, TC_DIM),
				  "before: %d", r->before[f]);
		}
	}
	tui_hline(t, t->rows - 2);
	const char *keys =
		r->esc == RATING_ESC_BACK
			 ? (t->utf8 ? "0-9 rate · t for 10 · Enter skip · Esc back, no session · ? help"
				    : "0-9 rate - t for 10 - Enter skip - Esc back, no session - ? help")
			 : (t->utf8 ? "0-9 rate · t for 10 · Enter skip · Esc skip both · ? help"
				    : "0-9 rate - t for 10 - Enter skip - Esc skip both - ? help");
	if (utf8_width(keys) + 2 > t->cols) /* the short line of a narrow screen */
		keys = r->esc == RATING_ESC_BACK
			       ? (t->utf8 ? "0-9 · Enter skip · Esc back · ? help"
					  : "0-9 - Enter skip - Esc back - ? help")
			       : (t->utf8 ? "0-9 · Enter skip · Esc skip all · ? help"
					  : "0-9 - Enter skip - Esc skip all - ? help");
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), keys);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct rating *r = s->data;
	struct key_act k = keys_action(KC_RATING, ch);
	switch (k.act) {
	case KA_DIGIT:
		r->value[r->field++] = k.arg;
		break;
	case KA_TEN:
		r->value[r->field++] = 10;
		break;
	case KA_ENTER:
		r->value[r->field++] = -1;
		break;
	case KA_QUIT:
		r->value[0] = r->value[1] = -1;
		r->field = 2;
		r->back = r->esc == RATING_ESC_BACK;
		break;
	case KA_BACK:
		if (r->field > 0)
			r->field--;
		break;
	case KA_HELP: {
		pager_keys(t, KC_RATING, "Keys of the pain rating");
		break;
	}
	default:
		break;
	}
	if (r->field >= 2)
		tui_finish(s, 0);
}

static const struct tui_screen_ops rating_ops = {NULL, draw, key, NULL, NULL};

/* ---- where leg symptoms went: one key each ---- */

struct legs {
	const char *title;
	int value;
};

static const struct {
	const char *key;
	enum field_legs legs;
} legs_keys[] = {
	{"b", LEGS_CENTRALISED},
	{"s", LEGS_SAME},
	{"d", LEGS_SPREAD},
};

static void legs_draw(struct tui *t, struct tui_screen *s)
{
	struct legs *l = s->data;
	int y = question_top(t, l->title);
	if (y < 0)
		return;
	tui_text(t, y, 2, A_BOLD | tui_attr(t, TC_TITLE), "Leg symptoms now:");
	for (int i = 0; i < LEGS_COUNT; i++)
		tui_textf(t, y + 2 + i, 4, A_NORMAL, "%s  %s", legs_keys[i].key,
			  field_legs.labels[legs_keys[i].legs]);
	int room = t->rows - 2 - (y + 6);
	if (room > 0)
		tui_wrap(t, y + 6, 2, t->cols - 3, room > 2 ? 2 : room, tui_attr(t, TC_DIM),
			 "Moving toward the back is a good sign; spreading down the leg means "
			 "ease off that routine.");
	tui_hline(t, t->rows - 2);
	const char *keys = t->utf8 ? "b back · s same · d down the leg · Enter skip · ? help"
				   : "b back - s same - d down the leg - Enter skip - ? help";
	if (utf8_width(keys) + 2 > t->cols) /* the short line of a narrow screen */
		keys = t->utf8 ? "b · s · d · Enter skip · ? help" : "b - s - d - Enter skip - ? help";
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM), keys);
}

static void legs_key(struct tui *t, struct tui_screen *s, int ch)
{
	struct legs *l = s->data;
	switch (keys_action(KC_LEGS, ch).act) {
	case KA_CENTRALISED:
		l->value = LEGS_CENTRALISED;
		break;
	case KA_SAME:
		l->value = LEGS_SAME;
		break;
	case KA_SPREAD:
		l->value = LEGS_SPREAD;
		break;
	case KA_ENTER:
		l->value = -1;
		break;
	case KA_HELP: {
		char *help = keys_help_text_width(KC_LEGS, t->cols - 2);
		pager_show(t, "Keys of the leg-symptom question", help, "q back");
		free(help);
		return;
	}
	default:
		return;
	}
	tui_finish(s, 0);
}

static const struct tui_screen_ops legs_ops = {NULL, legs_draw, legs_key, NULL, NULL};

int rating_legs(struct tui *t, const char *title, int *legs)
{
	struct legs l = {title, -1};
	struct tui_screen s = {&legs_ops, &l, false, 0, true};
	int rc = tui_run(t, &s);
	*legs = l.value;
	return rc < 0 ? rc : 0;
}

int rating_ask(struct tui *t, const char *title, const char *heading, enum rating_esc esc,
	       int *back, int *leg)
{
	return rating_ask_beside(t, title, heading, esc, NULL, back, leg);
}

int rating_ask_beside(struct tui *t, const char *title, const char *heading, enum rating_esc esc,
		      const int before[2], int *back, int *leg)
{
	struct rating r = {title, heading, esc, {-1, -1}, 0, false, before};
	struct tui_screen s = {&rating_ops, &r, false, 0, true};
	int rc = tui_run(t, &s);
	*back = r.value[0];
	*leg = r.value[1];
	return rc < 0 ? rc : r.back ? 1 : 0;
}
