/* SPDX-License-Identifier: ISC */
/* rating.c - the quick pain rating before and after a session */
#include "config.h"

#include "tui/rating.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "tui/keys.h"
#include "tui/pager.h"

struct rating {
	const char *title;
	const char *heading;
	enum rating_esc esc;
	int value[2]; /* back, leg */
	int field;    /* 0 back, 1 leg, 2 finished */
	bool back;    /* Esc went back */
};

static const char *const labels[] = {"Back pain", "Leg pain"};

static void draw(struct tui *t, struct tui_screen *s)
{
	struct rating *r = s->data;
	if (tui_too_small(t, 30, 8))
		return;
	tui_title(t, r->title);
	int y = t->rows / 2 - 4;
	if (y < 3)
		y = 3;
	tui_textf(t, y, 2, A_BOLD | tui_attr(t, TC_TITLE), "%s: how is your pain?", r->heading);
	tui_text(t, y + 1, 2, tui_attr(t, TC_DIM), "0 none ... 10 worst imaginable");
	for (int f = 0; f < 2; f++) {
		int row = y + 3 + f * 2;
		int attr = f == r->field ? A_BOLD : A_NORMAL;
		tui_textf(t, row, 2, attr, "%s%-10s", f == r->field ? tui_sym(t, "› ", "> ") : "  ",
			  labels[f]);
		/* The scale, with the chosen value marked in brackets (not by colour alone). */
		int x = 16;
		for (int v = 0; v <= 10 && x + 4 < t->cols; v++) {
			char cell[8];
			if (r->value[f] == v)
				snprintf(cell, sizeof cell, "[%d]", v);
			else
				snprintf(cell, sizeof cell, " %d ", v);
			tui_text(t, row, x, r->value[f] == v ? A_BOLD | A_REVERSE : A_NORMAL, cell);
			x += v == 10 ? 4 : 3;
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

int rating_ask(struct tui *t, const char *title, const char *heading, enum rating_esc esc,
	       int *back, int *leg)
{
	struct rating r = {title, heading, esc, {-1, -1}, 0, false};
	struct tui_screen s = {&rating_ops, &r, false, 0, true};
	int rc = tui_run(t, &s);
	*back = r.value[0];
	*leg = r.value[1];
	return rc < 0 ? rc : r.back ? 1 : 0;
}
