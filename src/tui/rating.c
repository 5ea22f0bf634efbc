/* SPDX-License-Identifier: ISC */
/* rating.c - the quick pain rating before and after a session */
#include "config.h"

#include "tui/rating.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/utf8.h"
#include "diary/fields.h"
#include "tui/keys.h"
#include "tui/pager.h"

struct rating {
	const char *title;
	const char *heading; /* the question, translated: "Before you start: how is your pain?" */
	enum rating_esc esc;
	int value[2]; /* back, leg */
	int field;    /* 0 back, 1 leg, 2 finished */
	bool back;    /* Esc went back */
	const int *before; /* back and leg before the session, shown beside; NULL: none */
};

/* The two pain ratings, in full and short (as the form names them on a narrow window). */
static const char *const labels[] = {N_("Back pain"), N_("Leg pain")};
static const char *const briefs[] = {NC_("body", "Back"), NC_("body", "Leg")};

/* A label, in full or short. */
static const char *label_text(const char *const *names, int f)
{
	return names == labels ? _(labels[f]) : i18n_cgettext("body", briefs[f]);
}

#define SCALE_COLS   34 /* " 0 " ... " 10 " */
#define COMPACT_COLS 24 /* " 0 1 2[3]4 ... 10 " */

int rating_draw_scale(struct tui *t, int row, int x, int value)
{
	/* Narrow: a number every two columns, the brackets of the one chosen between them. */
	bool compact = x + SCALE_COLS > t->cols;
	for (int v = 0; v <= 10 && x + (compact ? 3 : 4) < t->cols; v++) {
		char cell[8];
		if (value == v)
			snprintf(cell, sizeof cell, "[%d]", v);
		else
			snprintf(cell, sizeof cell, compact ? "%d" : " %d ", v);
		tui_text(t, row, compact && value != v ? x + 1 : x,
			 value == v ? A_BOLD | A_REVERSE : A_NORMAL, cell);
		x += compact ? (v == 10 ? 3 : 2) : (v == 10 ? 4 : 3);
	}
	return compact ? x + 1 : x;
}

/* The labels' column: in full when at least the compact scale fits after them, else short. */
static int label_width(struct tui *t, const char *const **names)
{
	int full = 10, brief = 4;
	for (int f = 0; f < 2; f++) {
		if (utf8_width(_(labels[f])) > full)
			full = utf8_width(_(labels[f]));
		if (utf8_width(label_text(briefs, f)) > brief)
			brief = utf8_width(label_text(briefs, f));
	}
	*names = 4 + full + 2 + COMPACT_COLS <= t->cols ? labels : briefs;
	return *names == labels ? full : brief;
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
	/* The question may take two lines of a narrow window; what follows moves down. */
	y += tui_wrap(t, y, 2, t->cols - 3, 2, A_BOLD | tui_attr(t, TC_TITLE), r->heading) - 1;
	/* What the ends mean: on a second line too when the window has a row to spare. */
	y += tui_wrap(t, y + 1, 2, t->cols - 3, y + 7 < t->rows - 2 ? 2 : 1, tui_attr(t, TC_DIM),
		      _("0 none ... 10 worst imaginable")) - 1;
	const char *const *names;
	int lw = label_width(t, &names); /* as wide as the wider label */
	for (int f = 0; f < 2; f++) {
		int row = y + 3 + f * 2, attr = f == r->field ? A_BOLD : A_NORMAL;
		tui_text(t, row, 2, attr, f == r->field ? tui_sym(t, "› ", "> ") : "  ");
		tui_text(t, row, 4, attr, label_text(names, f));
		int x = rating_draw_scale(t, row, 4 + lw + 2, r->value[f]);
		/* After a session: what it was before, beside the scale (under it when narrow). */
		if (r->before && r->before[f] >= 0) {
			char was[64];
			/* TRANSLATORS: beside a pain rating after a session: the one before it. */
			snprintf(was, sizeof was, _("before: %d"), r->before[f]);
			bool beside = x + 2 + utf8_width(was) < t->cols;
			tui_text(t, beside ? row : row + 1, beside ? x + 2 : 4 + lw + 2,
				 tui_attr(t, TC_DIM), was);
		}
	}
	tui_hline(t, t->rows - 2);
	/* TRANSLATORS: key lines of the pain rating; after a \n, shorter forms for a narrow
	 * window (the first that fits is shown). */
	tui_key_line(t, tui_attr(t, TC_DIM),
		     r->esc == RATING_ESC_BACK
			     ? _("0-9 rate · t for 10 · Enter skip · Esc back, no session · ? help\n"
				 "0-9 · Enter skip · Esc back · ? help")
			     : _("0-9 rate · t for 10 · Enter skip · Esc skip both · ? help\n"
				 "0-9 · Enter skip · Esc skip all · ? help\n"
				 "0-9 · Enter skip · Esc skip all"));
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
		pager_keys(t, KC_RATING, _("Keys of the pain rating"));
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
	tui_wrap(t, y, 2, t->cols - 3, 1, A_BOLD | tui_attr(t, TC_TITLE), _("Leg symptoms now:"));
	for (int i = 0; i < LEGS_COUNT; i++) {
		tui_text(t, y + 2 + i, 4, A_NORMAL, legs_keys[i].key);
		tui_wrap(t, y + 2 + i, 7, t->cols - 8, 1, A_NORMAL,
			 _(field_legs.labels[legs_keys[i].legs]));
	}
	int room = t->rows - 2 - (y + 6);
	if (room > 0)
		tui_wrap(t, y + 6, 2, t->cols - 3, room > 2 ? 2 : room, tui_attr(t, TC_DIM),
			 _("Moving toward the back is a good sign; spreading down the leg means "
			   "ease off that routine."));
	tui_hline(t, t->rows - 2);
	/* TRANSLATORS: the key line of where leg symptoms went; the keys b, s and d stay. After
	 * a \n, a shorter form for a narrow window. */
	tui_key_line(t, tui_attr(t, TC_DIM),
		     _("b back · s same · d down the leg · Enter skip · ? help\n"
		       "b · s · d · Enter skip · ? help"));
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
		pager_show(t, _("Keys of the leg-symptom question"), help, _("q back"));
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
