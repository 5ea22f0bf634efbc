/* SPDX-License-Identifier: ISC */
/* function_form.c - rating what the person can do: up to three activities, 0..10, weekly */
#include "config.h"

#include "tui/function_form.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/function.h"
#include "tui/keys.h"
#include "tui/pager.h"
#include "tui/rating.h"
#include "tui/textline.h"

struct fform {
	struct textline name[FIELD_ACTIVITIES];
	int value[FIELD_ACTIVITIES];
	int nnames; /* activities named (while rating) */
	bool naming;
	int field;  /* the line or activity with the cursor */
	char msg[200];
};

/* The names typed, without the empty lines, at the front. */
static int take_names(struct fform *f)
{
	int n = 0;
	for (int i = 0; i < FIELD_ACTIVITIES; i++) {
		char *v = textline_text(&f->name[i]);
		if (v && n != i)
			textline_set(&f->name[n], v);
		if (v)
			n++;
		free(v);
	}
	for (int i = n; i < FIELD_ACTIVITIES; i++)
		textline_set(&f->name[i], NULL);
	return n;
}

/* Lines s takes wrapped to width, at most max. */
static int lines_of(const char *s, int width, int max)
{
	int n = 0;
	for (const char *p = s, *next; *p && n < max; p = next, n++)
		utf8_wrap(p, width, &next);
	return n;
}

static void draw_naming(struct tui *t, struct fform *f, int y)
{
	const char *ask = _("Which activities are hard because of your back or leg?");
	const char *hint = _("Up to three, in your own words: \"sitting through a film\", "
			     "\"putting on socks\".");
	/* The three lines must show: short of rows, they close up, then the hint goes. */
	int room = t->rows - 2 - y, q = lines_of(ask, t->cols - 4, 3);
	int h = lines_of(hint, t->cols - 4, 2), gap = q + h + 1 + 3 * 2 - 1 <= room ? 2 : 1;
	if (q + h + 1 + 3 > room)
		h = room - q - 1 - 3 > 0 ? room - q - 1 - 3 : 0;
	y += tui_wrap(t, y, 2, t->cols - 4, q, A_BOLD | tui_attr(t, TC_TITLE), ask);
	if (h)
		y += tui_wrap(t, y, 2, t->cols - 4, h, tui_attr(t, TC_DIM), hint) + 1;
	int cx = -1, cy = 0;
	for (int i = 0; i < FIELD_ACTIVITIES && y < t->rows - 2; i++, y += gap) {
		tui_textf(t, y, 2, i == f->field ? A_BOLD : A_NORMAL, "%s%d",
			  i == f->field ? tui_sym(t, "› ", "> ") : "  ", i + 1);
		int c = textline_draw(&f->name[i], t, y, 6, t->cols - 8, i == f->field);
		if (c >= 0)
			cx = c, cy = y;
	}
	if (cx >= 0) {
		move(cy, cx);
		curs_set(1);
	}
}

static void draw_rating(struct tui *t, struct fform *f, int y)
{
	curs_set(0);
	y += tui_wrap(t, y, 2, t->cols - 4, 2, A_BOLD | tui_attr(t, TC_TITLE),
		      _("How well can you do each of these today?"));
	y += tui_wrap(t, y, 2, t->cols - 4, 1, tui_attr(t, TC_DIM),
		      _("0 unable ... 10 as well as before the problem")) + 1;
	for (int i = 0; i < f->nnames && y + 1 < t->rows - 2; i++, y += 3) {
		char *name = textline_text(&f->name[i]);
		tui_textf(t, y, 2, i == f->field ? A_BOLD : A_NORMAL, "%s%s",
			  i == f->field ? tui_sym(t, "› ", "> ") : "  ", name ? name : "");
		free(name);
		rating_draw_scale(t, y + 1, 4, f->value[i]);
	}
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct fform *f = s->data;
	if (tui_too_small(t, 34, 10))
		return;
	tui_title(t, _("What you can do"));
	int y = t->rows > 16 ? 3 : 2;
	if (f->naming)
		draw_naming(t, f, y);
	else
		draw_rating(t, f, y);
	tui_hline(t, t->rows - 2);
	/* TRANSLATORS: key lines of the function score; after a \n, a shorter form for a
	 * narrow window (the first that fits is shown). */
	const char *keys = f->naming ? _("Enter next · Esc back · ? help")
				     : _("0-9 rate · t 10 · Enter skip · Ctrl-N rename · Esc back\n"
					 "0-9 · Enter skip · Esc back");
	tui_key_line(t, tui_attr(t, TC_DIM), f->msg[0] ? f->msg : keys);
}

static void key_naming(struct tui *t, struct tui_screen *s, struct fform *f, int ch)
{
	struct textline *l = &f->name[f->field];
	if (ch == KEYS_PASTE ? textline_paste(l, t->paste ? t->paste : "", false) != TL_IGNORED
			     : textline_key(l, ch) != TL_IGNORED)
		return;
	struct key_act k = keys_action(KC_FUNCTION, ch);
	if (k.act == KA_QUIT) {
		tui_finish(s, 0);
	} else if (k.act == KA_HELP) {
		if (pager_keys(t, KC_FUNCTION, _("Keys of the function score")) < 0)
			tui_finish(s, -1);
	} else if (k.act == KA_BACK && f->field > 0) {
		f->field--;
	} else if (k.act == KA_ENTER) {
		char *v = textline_text(l);
		bool last = !v || f->field == FIELD_ACTIVITIES - 1;
		free(v);
		if (!last) {
			f->field++;
			textline_focus(&f->name[f->field]);
			return;
		}
		f->nnames = take_names(f);
		if (f->nnames == 0) {
			snprintf(f->msg, sizeof f->msg, "%s",
				 _("Name at least one activity, or Esc to go back."));
			f->field = 0;
			return;
		}
		f->naming = false;
		f->field = 0;
	}
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct fform *f = s->data;
	f->msg[0] = '\0';
	if (f->naming) {
		key_naming(t, s, f, ch);
		return;
	}
	struct key_act k = keys_action(KC_FUNCTION, ch);
	switch (k.act) {
	case KA_DIGIT:
	case KA_TEN:
		f->value[f->field++] = k.act == KA_TEN ? 10 : k.arg;
		break;
	case KA_ENTER:
		f->field++;
		break;
	case KA_BACK:
		if (f->field > 0)
			f->field--;
		break;
	case KA_RENAME:
		f->naming = true;
		f->field = 0;
		textline_focus(&f->name[0]);
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	case KA_HELP:
		if (pager_keys(t, KC_FUNCTION, _("Keys of the function score")) < 0)
			tui_finish(s, -1);
		break;
	default:
		break;
	}
	if (f->field >= f->nnames)
		tui_finish(s, 1);
}

static void leave(struct tui *t, struct tui_screen *s)
{
	(void)t, (void)s;
	curs_set(0);
}

static const struct tui_screen_ops fform_ops = {NULL, draw, key, NULL, leave};

/* Stores the names and ratings as an entry at now; says how it went in msg. */
static int store(struct diary *db, const struct fform *f, int64_t now, char *msg, size_t n)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = now;
	e.tz = timefmt_offset((time_t)now);
	double sum = 0;
	int rated = 0;
	for (int i = 0; i < f->nnames; i++) {
		e.activity[i] = textline_text(&f->name[i]);
		e.function[i] = f->value[i];
		if (f->value[i] >= 0)
			sum += f->value[i], rated++;
	}
	struct diags err = {0};
	enum lb_status st = diary_add_entry(db, &e, now, &err);
	if (st == LB_OK && rated)
		/* TRANSLATORS: after rating the activities: the mean of the ratings, how many of
		 * the activities were rated, and the entry they are kept in. */
		i18n_snprintf(msg, n, _("Function score %.1f of 10 (%d of %d rated): entry %lld"),
			      sum / rated, rated, f->nnames, (long long)e.id);
	else if (st == LB_OK)
		/* TRANSLATORS: f is the home screen's key that rates them. */
		snprintf(msg, n, _("Activities named (entry %lld); rate them next week with f"),
			 (long long)e.id);
	else
		snprintf(msg, n, _("Not saved: %s"), err.n ? err.v[0].msg : lb_status_str(st));
	diags_free(&err);
	diary_entry_free(&e);
	return st == LB_OK ? 1 : 0;
}

int function_form_run(struct tui *t, struct diary *db, int64_t now, char *msg, size_t n)
{
	msg[0] = '\0';
	struct function_history h;
	struct diags err = {0};
	function_read(&h, db, now, &err);
	diags_free(&err);
	struct fform f = {.naming = h.nactivities == 0, .nnames = h.nactivities};
	for (int i = 0; i < FIELD_ACTIVITIES; i++) {
		textline_init(&f.name[i], i < h.nactivities ? h.activity[i] : NULL,
			      FIELD_ACTIVITY_COLS);
		f.value[i] = -1;
	}
	function_free(&h);
	textline_focus(&f.name[0]);
	struct tui_screen s = {&fform_ops, &f, false, 0, true};
	int rc = tui_run(t, &s);
	if (rc == 1)
		rc = store(db, &f, now, msg, n);
	for (int i = 0; i < FIELD_ACTIVITIES; i++)
		textline_free(&f.name[i]);
	return rc;
}
