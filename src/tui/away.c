/* SPDX-License-Identifier: ISC */
/* away.c - adding a session done away from the screen, from the diary list */
#include "config.h"

#include "tui/away.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/entrytext.h"
#include "diary/fields.h"
#include "tui/keys.h"
#include "tui/picker.h"
#include "tui/rating.h"

#define MINUTES_MAX 1440 /* as 'limber log --minutes' */

struct minutes {
	const struct routine *r;
	int planned, value;
	bool typed; /* a digit was typed: value is the person's, not the plan's */
};

static void draw(struct tui *t, struct tui_screen *s)
{
	struct minutes *m = s->data;
	if (tui_too_small(t, 30, 8))
		return;
	tui_title(t, _("Add a session"));
	tui_wrap(t, 3, 2, t->cols - 4, 1, A_BOLD, m->r->title);
	char num[16] = "";
	if (m->value > 0)
		snprintf(num, sizeof num, "%d", m->value);
	/* TRANSLATORS: the label of the minutes a session done away from the screen took. */
	const char *label = _("Minutes");
	int x = 2 + utf8_width(label) + 1; /* the slot, after the label */
	tui_text(t, 5, 2, A_NORMAL, label);
	tui_text(t, 5, x, A_UNDERLINE, "    ");
	tui_text(t, 5, x, A_UNDERLINE | A_BOLD, num);
	char *plan = m->typed ? xasprintf(_("planned: %d min"), m->planned)
			      : xstrdup(_("planned time; type to change"));
	tui_wrap(t, 6, x, t->cols - x - 1, 1, tui_attr(t, TC_DIM), plan);
	free(plan);
	tui_wrap(t, 8, 2, t->cols - 4, t->rows - 10, tui_attr(t, TC_DIM),
		 _("Recorded as complete, ending now; the pain before and after come next."));
	tui_hline(t, t->rows - 2);
	/* TRANSLATORS: a key line. After a \n, a shorter form for a narrow window. */
	tui_key_line(t, tui_attr(t, TC_DIM),
		     _("0-9 minutes · Enter go on · Esc back\nEnter go on · Esc back"));
	move(5, x + (int)strlen(num));
	curs_set(1);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	(void)t;
	struct minutes *m = s->data;
	struct key_act k = keys_action(KC_MINUTES, ch);
	switch (k.act) {
	case KA_DIGIT: {
		int v = (m->typed ? m->value : 0) * 10 + k.arg;
		if (v <= MINUTES_MAX)
			m->value = v, m->typed = true;
		break;
	}
	case KA_CLEAR:
		m->value = m->typed ? m->value / 10 : 0;
		m->typed = true;
		break;
	default:
		tui_finish_answer(s, k.act, m->value > 0);
		break;
	}
}

static void leave(struct tui *t, struct tui_screen *s)
{
	(void)t;
	(void)s;
	curs_set(0);
}

static const struct tui_screen_ops minutes_ops = {NULL, draw, key, NULL, leave};

/* Asks how long it took; 1 with *out set, 0 for back, -1 on a signal. */
static int ask_minutes(struct tui *t, const struct routine *r, int planned, int *out)
{
	struct minutes m = {r, planned, planned, false};
	struct tui_screen s = {&minutes_ops, &m, false, 0, true};
	int rc = tui_run(t, &s);
	*out = m.value;
	return rc;
}

/* Stores the session; says how it went in msg. */
static bool store(struct diary *db, const struct routine *r, int minutes, int64_t now,
		  const int pain[5], int64_t *id, char *msg, size_t n)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(r->id);
	s.title = xstrdup(r->title);
	s.started = now - (int64_t)minutes * 60;
	s.ended = now;
	s.tz = timefmt_offset((time_t)s.started);
	s.steps_done = s.steps_total = (int)r->nsteps;
	s.before_back = pain[0], s.before_leg = pain[1];
	s.after_back = pain[2], s.after_leg = pain[3];
	s.legs = pain[4];
	s.complete = true;
	s.speed = 1;
	s.away = true;
	struct diags err = {0};
	enum lb_status st = diary_add_session(db, &s, &err);
	if (st == LB_OK) {
		char *text = entrytext_session(&s, 0, "->");
		/* TRANSLATORS: s%lld is the session's id (keep the s); %s the session in words. */
		snprintf(msg, n, _("Added session s%lld: %s"), (long long)s.id, text);
		free(text);
		*id = s.id;
	} else {
		snprintf(msg, n, _("Not added: %s"), err.n ? err.v[0].msg : lb_status_str(st));
	}
	diags_free(&err);
	diary_session_free(&s);
	return st == LB_OK;
}

int away_add_session(struct tui *t, struct diary *db, const struct library *lib, int count_in,
		     int64_t now, int64_t *id, char *msg, size_t n)
{
	msg[0] = '\0';
	/* TRANSLATORS: what Enter does in the routine picker ("Enter add"): add a session. */
	const struct routine *r = picker_choose(t, lib, count_in, NULL, NC_("picker", "add"));
	if (!r)
		return t->signal ? -1 : 0;
	int minutes, pain[5];
	int rc = ask_minutes(t, r, routine_minutes(r, count_in), &minutes);
	if (rc <= 0)
		return rc;
	/* TRANSLATORS: the pain before and after a session done away from the screen. */
	rc = rating_ask(t, r->title, _("Before it: how is your pain?"), RATING_ESC_BACK, &pain[0],
			&pain[1]);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (rating_ask(t, r->title, _("After it: how is your pain?"), RATING_ESC_SKIPS, &pain[2],
		       &pain[3]) < 0 ||
	    rating_legs(t, r->title, &pain[4]) < 0)
		return -1;
	return store(db, r, minutes, now, pain, id, msg, n) ? 1 : 0;
}
