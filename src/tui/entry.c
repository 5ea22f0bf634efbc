/* SPDX-License-Identifier: ISC */
/* entry.c - the diary entry form: how the back and the leg feel, in under 15 seconds */
#include "config.h"

#include "tui/entry.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "diary/record.h"
#include "insight/safety.h"
#include "tui/entry_form.h"
#include "tui/keys.h"
#include "tui/pager.h"
#include "tui/textline.h"
#include "tui/urgent.h"

#define RECENT_MEDS     20
#define TEN_MS          1000 /* 1 then 0 within this long rates 10 */

/* ---- the values ---- */

static bool same_text(const struct textline *l, const char *stored)
{
	char *v = textline_text(l);
	bool same = strcmp(v ? v : "", stored ? stored : "") == 0;
	free(v);
	return same;
}

/* Whether the form says anything other than what e held when it opened. */
static bool changed(const struct form *f)
{
	const struct diary_entry *e = f->e;
	return f->back != e->back || f->leg != e->leg || f->sitting != e->sitting ||
	       f->sleep != e->sleep || f->where != e->where || f->symptoms != e->symptoms ||
	       f->flags != e->flags || f->ask != (e->flags ? ANSWER_YES : e->flags_now) ||
	       f->gp != e->gp_flags || !same_text(&f->meds, e->meds) ||
	       !same_text(&f->note, e->note);
}

/* What the form holds, as an entry's values (times and ids aside). */
static void form_values(const struct form *f, struct diary_entry *v)
{
	diary_entry_init(v);
	v->back = f->back;
	v->leg = f->leg;
	v->sitting = f->sitting;
	v->sleep = f->sleep;
	v->where = f->where;
	v->symptoms = f->symptoms;
	v->flags = f->ask == ANSWER_YES ? f->flags : 0;
	v->flags_now = f->ask;
	v->gp_flags = f->gp;
	v->meds = textline_text(&f->meds);
	v->note = textline_text(&f->note);
}

/* The fields the form edits. */
#define FORM_FIELDS                                                                                \
	(RECORD_BIT(RE_BACK) | RECORD_BIT(RE_LEG) | RECORD_BIT(RE_SITTING) | RECORD_BIT(RE_SLEEP) | \
	 RECORD_BIT(RE_WHERE) | RECORD_BIT(RE_SYMPTOMS) | RECORD_BIT(RE_FLAGS) |                   \
	 RECORD_BIT(RE_MEDS) | RECORD_BIT(RE_NOTE) | RECORD_BIT(RE_FLAGS_NOW) |                   \
	 RECORD_BIT(RE_GP_FLAGS))

static bool empty(const struct form *f)
{
	struct diary_entry v;
	form_values(f, &v);
	v.flags = f->flags; /* a flag ticked under an unanswered question still says something */
	bool nothing = record_entry_empty(&v);
	diary_entry_free(&v);
	return nothing;
}

static bool save(struct form *f)
{
	struct diary_entry *e = f->e, v;
	form_values(f, &v);
	record_entry_merge(e, &v, FORM_FIELDS);
	diary_entry_free(&v);
	struct diags err = {0};
	enum lb_status st = f->is_new ? diary_add_entry(f->db, e, f->now, &err)
	                              : diary_update_entry(f->db, e, f->now, &err);
	if (st != LB_OK)
		snprintf(f->msg, sizeof f->msg, _("Not saved: %s"),
		         err.n ? err.v[0].msg : lb_status_str(st));
	diags_free(&err);
	*f->saved = st == LB_OK;
	return st == LB_OK;
}

/* ---- keys ---- */

static bool visible(const struct form *f, enum fld fld)
{
	return fld != FLD_FLAGS || f->ask == ANSWER_YES;
}

/* Moves to the next (dir 1) or previous (-1) field; Tab wraps around, arrows stop at the ends. */
static void move_field(struct form *f, int dir, bool wrap)
{
	int fld = (int)f->field;
	do {
		fld += dir;
		if (fld < 0 || fld >= FLD_COUNT) {
			if (!wrap)
				return;
			fld = fld < 0 ? FLD_COUNT - 1 : 0;
		}
	} while (!visible(f, (enum fld)fld));
	f->field = (enum fld)fld;
	if (f->field == FLD_MEDS)
		textline_focus(&f->meds);
	if (wrap)
		return;
	/* Coming in with an arrow: start at the near edge of a grid. */
	bool down = dir > 0;
	f->map_row = down ? 0 : MAP_ROWS - 1;
	f->sym = down ? f->sym / SYM_ROWS * SYM_ROWS : f->sym / SYM_ROWS * SYM_ROWS + SYM_ROWS - 1;
	if (f->sym >= SYM_COUNT)
		f->sym = SYM_COUNT - 1;
	f->flag = down ? 0 : FLAG_COUNT - 1;
	f->gpi = down ? 0 : GP_FLAG_COUNT - 1;
}

/*
 * The urgent-care message before a red flag is saved: Enter saves, Esc or
 * b go back to the question to change the answer. A signal while it shows
 * keeps the entry (Enter was pressed to save it) and ends the form.
 */
static bool urgent_ok(struct tui *t, struct tui_screen *s, struct form *f)
{
	const struct urgent_text text = {
	    .why = _("Saving keeps the red flag with this entry; Esc goes back to change the "
	             "answer."),
	    .flags = f->flags,
	    /* TRANSLATORS: what Enter and Esc do under the urgent-care message of the form
	     * ("Enter  I understand, save the entry · Esc  back to the question"); the short
	     * forms are for a narrow window. */
	    .go_on = _("I understand, save the entry"),
	    .go_on_short = C_("Enter", "save"),
	    .back = _("back to the question"),
	    .back_short = C_("Esc", "back"),
	};
	int rc = urgent_show(t, &text);
	if (rc < 0) {
		save(f);
		tui_finish(s, -1);
		return false;
	}
	if (rc == 0) {
		f->field = FLD_ASK;
		/* TRANSLATORS: the keys n and Enter stay as they are. */
		snprintf(f->msg, sizeof f->msg, "%s", _("Not saved: n for no, Enter saves"));
	}
	return rc == 1;
}

static void submit(struct tui *t, struct tui_screen *s, struct form *f)
{
	if (f->ask == ANSWER_YES && !f->flags) {
		snprintf(f->msg, sizeof f->msg, "%s",
		         _("You answered yes: tick what you have now with Space, or press n for no"));
		f->field = FLD_FLAGS;
		return;
	}
	if (!f->is_new && !changed(f)) {
		tui_finish(s, 0);
		return;
	}
	if (empty(f)) {
		snprintf(f->msg, sizeof f->msg, "%s",
		         _("Nothing to save yet: rate the pain or tick something (Esc leaves)"));
		return;
	}
	if (f->back < 0 && f->leg < 0 && f->mode != MODE_NO_PAIN) {
		f->mode = MODE_NO_PAIN; /* asked first; y comes back here */
		return;
	}
	f->mode = MODE_EDIT;
	if (f->flags && !urgent_ok(t, s, f))
		return;
	if (save(f))
		tui_finish(s, 0);
}

/* "Save without pain ratings? y/n": y saves, anything else goes to the back pain. */
static void no_pain_key(struct tui *t, struct tui_screen *s, struct form *f, int ch)
{
	if (keys_action(KC_CONFIRM, ch).act == KA_YES) {
		submit(t, s, f);
		return;
	}
	f->mode = MODE_EDIT;
	f->field = FLD_BACK;
	snprintf(f->msg, sizeof f->msg, "%s",
	         _("Not saved yet: rate the back and leg pain 0-9 (t: 10)"));
}

/* A number out of its field's range, refused and said: never cut to what fits. */
static void refuse(struct form *f, int *v, long typed)
{
	const struct field_info *fi = entry_field_info(f->field);
	if (fi->unit)
		/* TRANSLATORS: a number out of its field's range: the field ("sitting
		 * tolerance"), its limits and unit ("minutes"), the number typed. */
		snprintf(f->msg, sizeof f->msg, _("%s must be %ld..%ld %s: %ld refused, type it again"),
		         _(fi->label), fi->min, fi->max, _(fi->unit), typed);
	else
		/* TRANSLATORS: a number out of its field's range: the field ("sleep quality"),
		 * its limits, the number typed. */
		snprintf(f->msg, sizeof f->msg, _("%s must be %ld..%ld: %ld refused, type it again"),
		         _(fi->label), fi->min, fi->max, typed);
	*v = -1;
}

/* A text line is full: it says how much it holds. */
static void full(struct form *f)
{
	long max = entry_field_info(f->field)->max;
	if (f->field == FLD_NOTE)
		snprintf(f->msg, sizeof f->msg,
		         ngettext("The note holds at most %ld character",
		                  "The note holds at most %ld characters", max),
		         max);
	else
		snprintf(f->msg, sizeof f->msg,
		         ngettext("The medication holds at most %ld character",
		                  "The medication holds at most %ld characters", max),
		         max);
}

static void cancel(struct tui_screen *s, struct form *f)
{
	if (changed(f))
		f->mode = MODE_DISCARD;
	else
		tui_finish(s, 0);
}

/* Ticks and unticks in a grid; returns whether the key was a tick. */
static bool toggle_key(unsigned *mask, int bit, enum key_action a)
{
	if (a != KA_TICK)
		return false;
	*mask ^= 1u << bit;
	return true;
}

/* Up and Down inside a list of n rows; at its ends they leave the field. */
static void rows_key(struct form *f, int *row, int n, enum key_action a)
{
	if (a == KA_UP) {
		if (*row > 0)
			(*row)--;
		else
			move_field(f, -1, false);
	} else if (a == KA_DOWN) {
		if (*row < n - 1)
			(*row)++;
		else
			move_field(f, 1, false);
	}
}

/* Up and Down in a field of one row. */
static void step_key(struct form *f, enum key_action a)
{
	int row = 0;
	rows_key(f, &row, 1, a);
}

/*
 * A digit on a 0..10 rating sets it and the cursor stays, so a slip is
 * mended in place; 1 then 0 within TEN_MS is 10. Any other digit after a
 * 1 replaces it: 1 then 5 is 5, not 15.
 */
static void rate_digit(struct form *f, int *v, int digit, long max)
{
	int64_t now = clock_now_ms();
	if (f->one_at && *v == 1 && now - f->one_at <= TEN_MS) {
		if (10 + digit <= max)
			*v = 10 + digit;
		else
			refuse(f, v, 10 + digit); /* sleep 12 is not 2 */
		return;
	}
	if (digit > max)
		return;
	*v = digit;
	if (digit == 1)
		f->one_at_next = now;
}

static void scale_key(struct form *f, int *v, struct key_act k)
{
	long max = entry_field_info(f->field)->max, min = entry_field_info(f->field)->min;
	enum key_action a = k.act;
	if (a == KA_DIGIT) {
		rate_digit(f, v, k.arg, max);
	} else if (a == KA_TEN) {
		*v = (int)max;
	} else if (a == KA_LEFT) {
		*v = *v > min ? *v - 1 : (int)min;
	} else if (a == KA_RIGHT) {
		*v = *v < 0 ? (int)min : *v < max ? *v + 1 : (int)max;
	} else if (a == KA_CLEAR) {
		*v = -1;
	} else {
		step_key(f, a);
	}
}

/* A number typed digit by digit; a 0..10 rating (sleep) takes digits as the scales do. */
static void number_key(struct form *f, int *v, struct key_act k)
{
	const struct field_info *fi = entry_field_info(f->field);
	enum key_action a = k.act;
	if (a == KA_DIGIT && fi->max <= 10) {
		rate_digit(f, v, k.arg, fi->max);
	} else if (a == KA_TEN && fi->max <= 10) {
		*v = (int)fi->max;
	} else if (a == KA_DIGIT) {
		long nv = (*v < 0 ? 0 : (long)*v * 10) + k.arg;
		if (nv > fi->max)
			refuse(f, v, nv); /* sitting 2000 is not 200 */
		else
			*v = (int)nv;
	} else if (a == KA_CLEAR) {
		*v = *v >= 10 ? *v / 10 : -1;
	} else {
		step_key(f, a);
	}
}

/*
 * The red-flag question: y, n, or Space and the arrows to change the
 * answer; Backspace leaves it unanswered (which clears no red flag).
 */
static void ask_key(struct form *f, enum key_action a, enum key_action answer)
{
	if (answer == KA_YES)
		f->ask = ANSWER_YES;
	else if (answer == KA_NO)
		f->ask = ANSWER_NO;
	else if (answer == KA_TOGGLE)
		f->ask = f->ask == ANSWER_YES ? ANSWER_NO : ANSWER_YES;
	else if (a == KA_CLEAR)
		f->ask = -1;
	else
		step_key(f, a);
	if (f->ask != ANSWER_YES)
		f->flags = 0;
}

/*
 * A key in a field other than the text lines: k is what it does on the
 * form (KC_FORM), ask what it does to the red-flag question (KC_ASK).
 */
static void field_key(struct form *f, struct key_act k, enum key_action ask)
{
	enum key_action a = k.act;
	switch (f->field) {
	case FLD_BACK:
	case FLD_LEG:
		scale_key(f, f->field == FLD_BACK ? &f->back : &f->leg, k);
		break;
	case FLD_SITTING:
	case FLD_SLEEP:
		number_key(f, f->field == FLD_SITTING ? &f->sitting : &f->sleep, k);
		break;
	case FLD_WHERE:
		if (toggle_key(&f->where, entry_map_loc(f->map_row, f->map_col), a))
			break;
		if (a == KA_LEFT)
			f->map_col = 0;
		else if (a == KA_RIGHT)
			f->map_col = f->map_row > 0; /* the lower back has one box */
		else
			rows_key(f, &f->map_row, MAP_ROWS, a);
		break;
	case FLD_FEELS: {
		if (toggle_key(&f->symptoms, f->sym, a))
			break;
		int row = f->sym % SYM_ROWS, col = f->sym / SYM_ROWS;
		if (a == KA_LEFT && col > 0)
			col--;
		else if (a == KA_RIGHT && (col + 1) * SYM_ROWS + row < SYM_COUNT)
			col++;
		else
			rows_key(f, &row,
			         SYM_COUNT - col * SYM_ROWS < SYM_ROWS ? SYM_COUNT - col * SYM_ROWS
			                                               : SYM_ROWS,
			         a);
		if (f->field == FLD_FEELS)
			f->sym = col * SYM_ROWS + row;
		break;
	}
	case FLD_ASK:
		ask_key(f, a, ask);
		break;
	case FLD_FLAGS:
		if (ask == KA_NO) { /* no after all: back to the question */
			f->ask = ANSWER_NO;
			f->flags = 0;
			f->field = FLD_ASK;
		} else if (!toggle_key(&f->flags, f->flag, a)) {
			rows_key(f, &f->flag, FLAG_COUNT, a);
		}
		break;
	case FLD_GP:
		if (!toggle_key(&f->gp, f->gpi, a))
			rows_key(f, &f->gpi, GP_FLAG_COUNT, a);
		break;
	default: /* the text lines: Up and Down they left to the form */
		step_key(f, a);
		break;
	}
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct form *f = s->data;
	switch (f->mode) {
	case MODE_DISCARD:
		if (keys_action(KC_CONFIRM, ch).act == KA_YES)
			tui_finish(s, 0);
		f->mode = MODE_EDIT;
		return;
	case MODE_NO_PAIN:
		no_pain_key(t, s, f, ch);
		return;
	case MODE_EDIT:
		break;
	}
	f->msg[0] = '\0';
	/* A lone 1 counts towards 10 only until the next key. */
	f->one_at = f->one_at_next;
	f->one_at_next = 0;
	/* The focused text line takes the keys it knows; the rest are the form's. */
	struct textline *text = f->field == FLD_MEDS   ? &f->meds
	                        : f->field == FLD_NOTE ? &f->note
	                                               : NULL;
	enum textline_result r = TL_IGNORED;
	if (keys_action(KC_TEXT, ch).act == KA_PASTE) {
		/* A paste is text, never keys: Enter in it does not save. */
		if (!text) {
			snprintf(f->msg, sizeof f->msg, "%s", _("Paste into the Note or the Medication"));
			return;
		}
		r = textline_paste(text, t->paste ? t->paste : "", text == &f->note);
	} else if (text) {
		r = textline_key(text, ch);
	}
	if (r == TL_FULL)
		full(f);
	if (r != TL_IGNORED)
		return;
	struct key_act k = keys_action(KC_FORM, ch);
	enum key_action a = k.act;
	if (a == KA_ENTER && text == &f->note) { /* a line break; Ctrl-S or F10 saves */
		if (textline_paste(text, "\n", true) == TL_FULL)
			full(f);
	} else if (a == KA_ENTER || a == KA_SAVE) {
		submit(t, s, f);
	} else if (a == KA_QUIT) {
		cancel(s, f);
	} else if (a == KA_NEXT || a == KA_PREV) {
		move_field(f, a == KA_NEXT ? 1 : -1, true);
	} else if (a == KA_HELP) {
		curs_set(0);
		if (pager_keys(t, KC_FORM, _("Keys in the entry form")) < 0)
			tui_finish(s, -1);
	} else {
		field_key(f, k, keys_action(KC_ASK, ch).act);
	}
}

static void leave(struct tui *t, struct tui_screen *s)
{
	(void)t;
	(void)s;
	curs_set(0);
}

static const struct tui_screen_ops form_ops = {NULL, entry_draw, key, NULL, leave};

int entry_form_run(struct tui *t, struct diary *db, struct diary_entry *e, bool is_new, int64_t now,
                   bool *saved)
{
	struct form f = {
	    .db = db,
	    .e = e,
	    .is_new = is_new,
	    .saved = saved,
	    .now = now,
	    .back = e->back,
	    .leg = e->leg,
	    .sitting = e->sitting,
	    .sleep = e->sleep,
	    .where = e->where,
	    .symptoms = e->symptoms,
	    .flags = e->flags,
	    .gp = e->gp_flags,
	    .ask = e->flags ? ANSWER_YES : e->flags_now,
	};
	*saved = false;
	textline_init(&f.meds, e->meds, (size_t)entry_field_info(FLD_MEDS)->max);
	textline_init(&f.note, e->note, (size_t)entry_field_info(FLD_NOTE)->max);
	struct diags err = {0};
	diary_recent_meds(db, &f.recent, &f.nrecent, RECENT_MEDS,
	                  &err); /* failing: fewer suggestions */
	diags_free(&err);
	textline_complete(&f.meds, f.recent, f.nrecent);
	/* Ctrl-S saves: the terminal must not take it for XOFF while the form is up. */
	struct termios tio, old;
	bool flow = tcgetattr(STDIN_FILENO, &old) == 0 && (old.c_iflag & IXON);
	if (flow) {
		tio = old;
		tio.c_iflag &= ~(tcflag_t)IXON;
		tcsetattr(STDIN_FILENO, TCSANOW, &tio);
		def_prog_mode(); /* kept after Ctrl-Z and fg */
	}
	struct tui_screen s = {&form_ops, &f, false, 0, true};
	int rc = tui_run(t, &s);
	if (flow) {
		tcsetattr(STDIN_FILENO, TCSANOW, &old);
		def_prog_mode();
	}
	for (size_t i = 0; i < f.nrecent; i++)
		free(f.recent[i]);
	free(f.recent);
	textline_free(&f.meds);
	textline_free(&f.note);
	return rc < 0 ? -1 : 0;
}
