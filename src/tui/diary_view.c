/* SPDX-License-Identifier: ISC */
/* diary_view.c - the diary list: entries and sessions, newest first */
#include "config.h"

#include "tui/diary_view.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/entrytext.h"
#include "tui/away.h"
#include "tui/diary_find.h"
#include "tui/entry.h"
#include "tui/keys.h"
#include "tui/pager.h"
#include "tui/searchline.h"

#define MIN_COLS  40
#define MIN_ROWS  10
#define WIDE_COLS 60 /* room for weekday names and separate back and leg columns */
#define PANE_ROWS 18 /* from this height the selected line is shown whole below the list */


enum dv_mode { DV_LIST, DV_DELETE };

struct dview {
	struct diary *db;
	const struct library *lib;
	int count_in;
	int64_t now;
	struct diary_item *items; /* newest first */
	size_t n, cap, sel, top;
	size_t entries, sessions;
	enum dv_mode mode;
	char msg[200]; /* on the key line until the next key */
	struct searchline search; /* its pattern, for n and N */
	int day_w[2];         /* the widest day name, narrow and wide (a language's own names) */
};

static int collect(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct dview *v = ctx;
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 256;
		v->items = xreallocarray(v->items, v->cap, sizeof *v->items);
	}
	v->items[v->n++] =
	    e ? (struct diary_item){e->id, e->at, false}
	      : (struct diary_item){s->id, s->started, true};
	return 0;
}

/* (Re)reads the list, keeping the selection on the same record when it is still there. */
static void load(struct dview *v)
{
	struct diary_item keep = v->n ? v->items[v->sel] : (struct diary_item){0, 0, false};
	size_t old_sel = v->sel;
	v->n = 0;
	struct diags err = {0};
	if (diary_each(v->db, INT64_MIN, INT64_MAX, collect, v, &err) != LB_OK)
		snprintf(v->msg, sizeof v->msg, _("Cannot read the diary: %s"),
		         err.n ? err.v[0].msg : _("unknown error"));
	diags_free(&err);
	v->entries = v->sessions = 0;
	for (size_t i = 0; i < v->n / 2; i++) {
		struct diary_item tmp = v->items[i];
		v->items[i] = v->items[v->n - 1 - i];
		v->items[v->n - 1 - i] = tmp;
	}
	v->sel = old_sel < v->n ? old_sel : v->n ? v->n - 1 : 0;
	for (size_t i = 0; i < v->n; i++) {
		if (v->items[i].session)
			v->sessions++;
		else
			v->entries++;
		if (v->items[i].id == keep.id && v->items[i].session == keep.session)
			v->sel = i;
	}
}

/* ---- one line's words ---- */

/* How a line is worded: in the list, wide or narrow, or whole below it. */
enum wording { W_WIDE, W_NARROW, W_WHOLE };

/* What a line shows: the pain columns, the details, how much of them is red flags. */
struct row {
	char back[24], leg[24];
	char *details;
	size_t flag_len;
};

/* A session as its line words it; wide lines show the change in pain in their own columns. */
static char *session_details(const struct diary_session *s, enum wording w, const char *arrow)
{
	if (w == W_WHOLE)
		return entrytext_session(s, ET_STEPS | ET_SPEED | ET_PAIN, arrow);
	char *text = entrytext_session(s, w == W_NARROW ? ET_PAIN : 0, arrow);
	/* TRANSLATORS: a line of the diary list: a session (or one played faster, to try the
	 * routine out) and its words. */
	char *line = s->speed != 1 ? xasprintf(_("preview: %s"), text)
	                           : xasprintf(_("session: %s"), text);
	free(text);
	return line;
}

/* An entry's details as `limber diary` words them, a note's line breaks as spaces. */
static char *entry_details(struct tui *t, const struct diary_entry *e, size_t *flag_len)
{
	char *s = entrytext_details(e, t->utf8, "; ", flag_len);
	for (char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return s;
}

/* Reads item i and words its line; false when it is no longer in the diary. */
static bool item_row(struct tui *t, struct dview *v, size_t i, enum wording w, struct row *r)
{
	struct diags err = {0};
	memset(r, 0, sizeof *r);
	bool found;
	if (v->items[i].session) {
		struct diary_session s;
		found = diary_get_session(v->db, v->items[i].id, &s, &err) == LB_OK;
		if (found) {
			const char *arrow = tui_sym(t, "→", ">");
			entrytext_change(r->back, sizeof r->back, s.before_back, s.after_back,
			                 arrow);
			entrytext_change(r->leg, sizeof r->leg, s.before_leg, s.after_leg, arrow);
			r->details = session_details(&s, w, arrow);
			diary_session_free(&s);
		}
	} else {
		struct diary_entry e;
		found = diary_get_entry(v->db, v->items[i].id, &e, &err) == LB_OK;
		if (found) {
			if (e.back >= 0)
				snprintf(r->back, sizeof r->back, "%d", e.back);
			if (e.leg >= 0)
				snprintf(r->leg, sizeof r->leg, "%d", e.leg);
			r->details = entry_details(t, &e, &r->flag_len);
			diary_entry_free(&e);
		}
	}
	diags_free(&err);
	if (!found)
		r->details = xstrdup(_("(no longer in the diary)"));
	return found;
}

/* ---- drawing ---- */

static int list_rows(struct tui *t)
{
	return t->rows - 5 - (t->rows >= PANE_ROWS ? 3 : 0);
}

/* The day as the home screen names it too. */
static void day_name(struct dview *v, bool wide, int64_t at, char *buf, size_t n)
{
	timefmt_day_name(buf, n, (time_t)at, (time_t)v->now, wide);
}

/* The widest names of days in the list, narrow and wide: every month and weekday of two years. */
static void measure_days(struct dview *v)
{
	v->day_w[0] = v->day_w[1] = 0;
	for (int d = 0; d < 800; d++) {
		for (int wide = 0; wide < 2; wide++) {
			char day[64];
			day_name(v, wide, v->now - (int64_t)d * 86400, day, sizeof day);
			if (utf8_width(day) > v->day_w[wide])
				v->day_w[wide] = utf8_width(day);
		}
	}
}

/*
 * The columns of the list, from their (translated) headings and the days'
 * names: DAY, TIME, then BACK and LEG right-aligned (wide) or B/L, then the
 * details.
 */
struct columns {
	const char *day, *time, *back, *leg, *pain, *details; /* the headings */
	int time_x, back_end, leg_end, pain_x, details_x;
};

static void columns(const struct dview *v, bool wide, struct columns *c)
{
	/* TRANSLATORS: the headings of the diary list's columns; B/L is back/leg pain. */
	*c = (struct columns){_("DAY"), _("TIME"), _("BACK"), _("LEG"), _("B/L"), _("DETAILS"),
			      0, 0, 0, 0, 0};
	int day_w = v->day_w[wide] > utf8_width(c->day) ? v->day_w[wide] : utf8_width(c->day);
	int time_w = utf8_width(c->time) > 5 ? utf8_width(c->time) : 5; /* "21:14" */
	int back_w = utf8_width(c->back) > 4 ? utf8_width(c->back) : 4;
	int leg_w = utf8_width(c->leg) > 4 ? utf8_width(c->leg) : 4;
	int pain_w = utf8_width(c->pain) > 5 ? utf8_width(c->pain) : 5; /* "10/10" */
	c->time_x = 1 + day_w + 1;
	if (wide) {
		c->back_end = c->time_x + time_w + 2 + back_w;
		c->leg_end = c->back_end + 2 + leg_w;
		c->details_x = c->leg_end + 1;
	} else {
		c->pain_x = c->time_x + time_w + 1;
		c->details_x = c->pain_x + pain_w + 1;
	}
}

static void draw_heading(struct tui *t, const struct columns *c, bool wide)
{
	int attr = tui_attr(t, TC_DIM);
	tui_text(t, 2, 1, attr, c->day);
	tui_text(t, 2, c->time_x, attr, c->time);
	if (wide) {
		tui_text_right(t, 2, c->back_end, attr, c->back);
		tui_text_right(t, 2, c->leg_end, attr, c->leg);
	} else {
		tui_text(t, 2, c->pain_x, attr, c->pain);
	}
	tui_text(t, 2, c->details_x, attr, c->details);
}

static void draw_row(struct tui *t, struct dview *v, const struct columns *c, int y, size_t i,
		     bool show_day)
{
	bool on = i == v->sel, wide = t->cols >= WIDE_COLS;
	int base = on ? A_REVERSE : A_NORMAL;
	if (on) {
		attron(A_REVERSE);
		mvhline(y, 0, ' ', t->cols);
		attroff(A_REVERSE);
		tui_text(t, y, 0, base | A_BOLD, tui_sym(t, "›", ">"));
	}
	char day[64], when[16], pain[64] = "";
	if (show_day) {
		day_name(v, wide, v->items[i].at, day, sizeof day);
		tui_text(t, y, 1, base | A_BOLD, day);
	}
	timefmt_local(when, sizeof when, "%H:%M", (time_t)v->items[i].at);
	tui_text(t, y, c->time_x, base, when);
	struct row row;
	item_row(t, v, i, wide ? W_WIDE : W_NARROW, &row);
	char *text = row.details;
	size_t flag_len = row.flag_len;
	if (wide) {
		tui_text_right(t, y, c->back_end, base, row.back);
		tui_text_right(t, y, c->leg_end, base, row.leg);
	} else {
		if (!v->items[i].session && (row.back[0] || row.leg[0]))
			snprintf(pain, sizeof pain, "%2s/%-2s", row.back[0] ? row.back : "-",
			         row.leg[0] ? row.leg : "-");
		tui_text(t, y, c->pain_x, base, pain);
	}
	int x = c->details_x;
	/* Cut to the width with an ellipsis; the red flags in warning colour and bold. */
	int room = t->cols - x - 1;
	size_t n = strlen(text), fit = utf8_fit(text, room);
	if (fit < n) {
		fit = utf8_fit(text, room - 1);
		text[fit] = '\0';
	}
	char *rest = xstrdup(text + (flag_len < fit ? flag_len : fit));
	text[flag_len < fit ? flag_len : fit] = '\0';
	tui_text(t, y, x, base | A_BOLD | tui_attr(t, TC_WARN), text);
	int w = utf8_width(text);
	tui_text(t, y, x + (w > 0 ? w : 0), base, rest);
	if (fit < n)
		tui_text(t, y, t->cols - 2, base, tui_sym(t, "…", "~"));
	free(rest);
	free(text);
}

/* "entry 12 (Wed 25 Nov 08:10)" or "session s3 (...)": what a question names. */
static void item_name(struct dview *v, size_t i, char *buf, size_t n)
{
	char when[64];
	/* xgettext:no-c-format */
	timefmt_local(when, sizeof when, _("%a %d %b %H:%M"), (time_t)v->items[i].at);
	if (v->items[i].session)
		/* TRANSLATORS: a session named in a question or a message: s and its id (keep
		 * the s: it is how limber's commands name a session), then when. */
		snprintf(buf, n, _("session s%lld (%s)"), (long long)v->items[i].id, when);
	else
		/* TRANSLATORS: an entry named in a question or a message: its id, then when. */
		snprintf(buf, n, _("entry %lld (%s)"), (long long)v->items[i].id, when);
}

/* The selected line whole, with its id for `limber edit` and `limber delete`. */
static void draw_pane(struct tui *t, struct dview *v)
{
	int y = t->rows - 5;
	tui_hline(t, y);
	struct row row;
	item_row(t, v, v->sel, W_WHOLE, &row);
	char name[160];
	item_name(v, v->sel, name, sizeof name);
	struct strbuf pain;
	sb_init(&pain);
	if (!v->items[v->sel].session) {
		/* TRANSLATORS: an entry's back and leg pain, whole below the diary list. */
		if (row.back[0])
			sb_addf(&pain, _("back %s"), row.back);
		if (row.leg[0])
			sb_adds(&pain, pain.len ? ", " : ""), sb_addf(&pain, _("leg %s"), row.leg);
		if (pain.len)
			sb_adds(&pain, "; ");
	}
	char *line = xasprintf("%s: %s%s", name, pain.s ? pain.s : "", row.details);
	tui_wrap(t, y + 1, 1, t->cols - 2, 2, row.flag_len ? A_BOLD : A_NORMAL, line);
	free(line);
	sb_free(&pain);
	free(row.details);
}

/* The key line: a question, the search being typed, a message, or the keys. */
static void draw_keys(struct tui *t, struct dview *v)
{
	if (v->mode == DV_DELETE) {
		char name[160];
		item_name(v, v->sel, name, sizeof name);
		/* TRANSLATORS: %s names an entry or a session; y and n are the keys. */
		char *ask = xasprintf(_("Delete %s? y/n"), name);
		tui_key_line(t, A_BOLD | tui_attr(t, TC_WARN), ask);
		free(ask);
	} else if (v->search.typing) {
		searchline_draw(&v->search, t, t->rows - 1);
	} else if (v->msg[0]) {
		tui_key_line(t, A_BOLD, v->msg);
	} else {
		/* An empty list offers only what can be done in it. */
		/* TRANSLATORS: key lines of the diary; after a \n, a shorter form for a narrow
		 * window (the first that fits is shown). */
		tui_key_line(t, tui_attr(t, TC_DIM),
			     v->n ? _("Enter view · e edit · / search · d delete · a add · ? help · "
				      "q back\nEnter view · e edit · / find · q back")
				  : _("a add a session done away from the screen · ? help · q back\n"
				      "a add a session · ? help · q back"));
	}
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct dview *v = s->data;
	if (tui_too_small(t, MIN_COLS, MIN_ROWS))
		return;
	bool wide = t->cols >= WIDE_COLS;
	char entries[64], sessions[64], count[160];
	snprintf(entries, sizeof entries, ngettext("%zu entry", "%zu entries", v->entries),
		 v->entries);
	snprintf(sessions, sizeof sessions, ngettext("%zu session", "%zu sessions", v->sessions),
		 v->sessions);
	snprintf(count, sizeof count, "%s %s %s", entries, tui_sym(t, "·", "-"), sessions);
	char *title = tui_fit_words(t, _("Diary"), t->cols - 4 - utf8_width(count));
	tui_text(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), title);
	free(title);
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, count);
	tui_hline(t, 1);
	int rows = list_rows(t);
	struct columns c;
	columns(v, wide, &c);
	draw_heading(t, &c, wide);
	if (v->sel < v->top)
		v->top = v->sel;
	if (v->sel >= v->top + (size_t)rows)
		v->top = v->sel - (size_t)rows + 1;
	for (int r = 0; r < rows && v->top + (size_t)r < v->n; r++) {
		size_t i = v->top + (size_t)r;
		bool new_day = r == 0 || timefmt_day_start((time_t)v->items[i].at) !=
		                             timefmt_day_start((time_t)v->items[i - 1].at);
		draw_row(t, v, &c, 3 + r, i, new_day);
	}
	if (!v->n)
		tui_wrap(t, 4, 3, t->cols - 6, 3, A_NORMAL,
		         _("Nothing here yet: the entries you log and the sessions you play "
		           "will be listed here, newest first."));
	if (t->rows >= PANE_ROWS && v->n)
		draw_pane(t, v);
	tui_hline(t, t->rows - 2);
	draw_keys(t, v);
}

/* ---- keys ---- */

static void edit(struct tui *t, struct tui_screen *s, struct dview *v)
{
	struct diary_item it = v->items[v->sel];
	if (it.session) {
		snprintf(v->msg, sizeof v->msg, "%s", _("Sessions cannot be edited (d deletes one)"));
		return;
	}
	struct diary_entry e;
	struct diags err = {0};
	if (diary_get_entry(v->db, it.id, &e, &err) != LB_OK) {
		snprintf(v->msg, sizeof v->msg, _("Cannot read entry %lld: %s"), (long long)it.id,
		         err.n ? err.v[0].msg : _("it is no longer in the diary"));
		diags_free(&err);
		load(v);
		return;
	}
	bool saved = false;
	int rc = entry_form_run(t, v->db, &e, false, clock_wall(), &saved);
	diary_entry_free(&e);
	if (rc < 0) {
		tui_finish(s, -1);
		return;
	}
	if (saved)
		snprintf(v->msg, sizeof v->msg, _("Saved entry %lld"), (long long)it.id);
	load(v);
}

static void delete_selected(struct dview *v)
{
	struct diary_item it = v->items[v->sel];
	struct diags err = {0};
	char name[160];
	item_name(v, v->sel, name, sizeof name);
	enum lb_status st = it.session ? diary_delete_session(v->db, it.id, &err)
	                               : diary_delete_entry(v->db, it.id, &err);
	if (st == LB_OK)
		/* TRANSLATORS: %s names an entry or a session ("entry 12 (Wed 25 Nov 08:10)"). */
		snprintf(v->msg, sizeof v->msg, _("Deleted %s"), name);
	else
		snprintf(v->msg, sizeof v->msg, _("Not deleted: %s"),
		         err.n ? err.v[0].msg : lb_status_str(st));
	diags_free(&err);
	load(v);
}

/* A session done away from the screen; selected in the list once added. */
static void add_session(struct tui *t, struct tui_screen *s, struct dview *v)
{
	int64_t id = 0;
	int rc = away_add_session(t, v->db, v->lib, v->count_in, clock_wall(), &id, v->msg,
	                          sizeof v->msg);
	if (rc < 0) {
		tui_finish(s, -1);
		return;
	}
	load(v);
	for (size_t i = 0; rc > 0 && i < v->n; i++)
		if (v->items[i].session && v->items[i].id == id)
			v->sel = i;
}

/* Moves the selection to the next item holding the pattern, in direction dir (1: older). */
static void find(struct dview *v, size_t from, int dir)
{
	size_t i = diary_find_next(v->db, v->items, v->n, from, dir, v->search.pattern, v->msg,
	                           sizeof v->msg);
	if (i < v->n)
		v->sel = i;
}

/* n and N: from the item after (before) the selection. */
static void find_again(struct dview *v, int dir)
{
	if (!v->search.pattern)
		snprintf(v->msg, sizeof v->msg, "%s", _(SEARCHLINE_NONE));
	else if (dir > 0)
		find(v, v->sel + 1, 1);
	else
		find(v, v->sel - 1, -1); /* from 0: (size_t)-1, past the end: none */
}

/* The selected entry or session whole; e there edits an entry. */
static void view(struct tui *t, struct tui_screen *s, struct dview *v)
{
	int rc = diary_find_show(t, v->db, v->items[v->sel].session, v->items[v->sel].id);
	if (rc < 0)
		tui_finish(s, -1);
	else if (rc == KA_EDIT)
		edit(t, s, v);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct dview *v = s->data;
	v->msg[0] = '\0';
	if (v->search.typing) {
		if (searchline_key(&v->search, ch))
			find(v, v->sel, 1); /* from the selection on */
		return;
	}
	if (v->mode == DV_DELETE) {
		v->mode = DV_LIST;
		if (keys_action(KC_CONFIRM, ch).act == KA_YES)
			delete_selected(v);
		else
			snprintf(v->msg, sizeof v->msg, "%s", _("Kept it"));
		return;
	}
	size_t page = list_rows(t) > 1 ? (size_t)list_rows(t) - 1 : 1;
	size_t last = v->n ? v->n - 1 : 0;
	enum key_action a = keys_action(KC_DIARY, ch).act;
	if (tui_move(&v->sel, a, page, last))
		return;
	/* What acts on the items needs one. */
	if (!v->n && (a == KA_VIEW || a == KA_EDIT || a == KA_SEARCH || a == KA_DELETE))
		return;
	switch (a) {
	case KA_VIEW:
		view(t, s, v);
		break;
	case KA_EDIT:
		edit(t, s, v);
		break;
	case KA_SEARCH:
		searchline_open(&v->search);
		break;
	case KA_FIND_NEXT:
	case KA_FIND_PREV:
		find_again(v, a == KA_FIND_NEXT ? 1 : -1);
		break;
	case KA_DELETE:
		v->mode = DV_DELETE;
		break;
	case KA_ADD:
		add_session(t, s, v);
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	case KA_HELP: {
		if (pager_keys(t, KC_DIARY, _("Keys in the diary")) < 0)
			tui_finish(s, -1);
		break;
	}
	default:
		break;
	}
}

static const struct tui_screen_ops view_ops = {NULL, draw, key, NULL, NULL};

int diary_view_run(struct tui *t, struct diary *db, const struct library *lib, int count_in,
                   int64_t now)
{
	struct dview v = {.db = db, .lib = lib, .count_in = count_in, .now = now};
	searchline_init(&v.search);
	measure_days(&v);
	load(&v);
	struct tui_screen s = {&view_ops, &v, false, 0, true};
	int rc = tui_run(t, &s);
	curs_set(0);
	searchline_free(&v.search);
	free(v.items);
	return rc < 0 ? -1 : 0;
}
