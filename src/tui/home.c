/* SPDX-License-Identifier: ISC */
/* home.c - the home screen: today at a glance, and every action one key away */
#include "config.h"

#include "tui/home.h"

#include <curses.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/safety.h"
#include "insight/today.h"
#include "routine/describe.h"
#include "tui/diary_view.h"
#include "tui/entry.h"
#include "tui/keys.h"
#include "tui/pager.h"
#include "tui/picker.h"
#include "tui/player.h"
#include "tui/trends_view.h"
#include "tui/urgent.h"

#define NOTICE_FILE "notice-seen"

struct home {
	struct home_ctx *ctx;
	bool utf8;
	struct today today;
	bool loaded;
	char *message; /* a line about what just happened */
};

static void reload(struct home *h)
{
	if (h->loaded)
		today_free(&h->today);
	struct diags err = {0};
	time_t now = (time_t)clock_wall();
	if (today_compute(&h->today, h->ctx->db, h->ctx->st, now, &err) == LB_OK)
		today_advise(&h->today, h->ctx->db, h->ctx->lib, h->ctx->st, now, h->utf8, &err);
	if (err.n) {
		free(h->message);
		h->message = diag_format(&err.v[0]);
	}
	diags_free(&err);
	h->loaded = true;
}

static void say(struct home *h, char *msg)
{
	free(h->message);
	h->message = msg;
}

/* "▂▃▅▄▃▃▂" for the days of this week, a gap for a day without ratings. */
static char *sparkline(struct tui *t, const struct trends *w, enum trends_measure m)
{
	static const char *const blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
	struct strbuf b;
	sb_init(&b);
	for (size_t d = 7; d < 14 && d < w->ndays; d++) {
		double v = trends_day_mean(w, d, m);
		if (isnan(v)) {
			sb_adds(&b, t->utf8 ? "·" : ".");
		} else if (t->utf8) {
			int i = (int)lround(v * 7 / 10);
			sb_adds(&b, blocks[i < 0 ? 0 : i > 7 ? 7 : i]);
		} else {
			sb_addf(&b, "%d", (int)lround(v) > 9 ? 9 : (int)lround(v));
		}
	}
	return sb_steal(&b);
}

static void week_line(struct tui *t, int y, const char *label, const struct trends *w,
		      enum trends_measure m)
{
	char *spark = sparkline(t, w, m);
	tui_textf(t, y, 15, A_NORMAL, "%-5s %s", label, spark);
	free(spark);
	if (w->nweeks < 2)
		return;
	double now = trends_week_mean(&w->week[1], m), before = trends_week_mean(&w->week[0], m);
	if (isnan(now)) {
		tui_text(t, y, 30, tui_attr(t, TC_DIM), "no ratings yet this week");
		return;
	}
	char line[96];
	if (isnan(before))
		snprintf(line, sizeof line, "avg %.1f", now);
	else
		snprintf(line, sizeof line, "avg %.1f   (%s%.1f on last week)", now,
			 now - before < -0.05 ? tui_sym(t, "−", "-") : now - before > 0.05 ? "+" : "",
			 fabs(now - before));
	tui_wrap(t, y, 30, t->cols - 31, 1, A_NORMAL, line);
}

/*
 * "Yesterday 21:14  back 3  leg 5  tingling  “the note…”", the day named
 * as in the diary list, or a session's routine and change.
 */
static void recent_line(struct tui *t, int y, const struct today_recent *r)
{
	char day[32], when[16];
	timefmt_day_name(day, sizeof day, (time_t)r->at, (time_t)clock_wall(), true);
	timefmt_local(when, sizeof when, "%H:%M", (time_t)r->at);
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "%-10s %s  ", day, when);
	if (r->session) {
		sb_addf(&b, "%s%s, %s", r->preview ? "preview: " : "", r->title,
			r->complete ? "complete" : "partial");
		if (r->before_leg >= 0 && r->leg >= 0)
			sb_addf(&b, ", leg %d%s%d", r->before_leg, tui_sym(t, "→", "->"), r->leg);
	} else {
		if (r->flags)
			sb_adds(&b, "RED FLAG  ");
		if (r->back >= 0)
			sb_addf(&b, "back %d  ", r->back);
		if (r->leg >= 0)
			sb_addf(&b, "leg %d  ", r->leg);
		char *sym = field_list_text(&field_symptoms, r->symptoms, ", ");
		sb_addf(&b, "%s%s", sym, *sym ? "  " : "");
		free(sym);
		/* The note's start, its line breaks as spaces (tui_text); cut with "…" below. */
		if (r->note)
			sb_addf(&b, "%s%s%s", tui_sym(t, "“", "\""), r->note, tui_sym(t, "”", "\""));
	}
	int attr = r->flags ? tui_attr(t, TC_WARN) : (int)A_NORMAL;
	tui_wrap(t, y, 3, t->cols - 4, 1, attr, b.s);
	sb_free(&b);
}

/* "21:14   back 3/10   leg 5/10   tingling": the last entry, beside its label. */
static void last_entry_line(struct tui *t, int y, const struct today *td)
{
	tui_text(t, y, 3, tui_attr(t, TC_DIM), "Last entry");
	if (!td->has_entry) {
		tui_text(t, y, 16, A_NORMAL, "none yet: l logs how you feel");
		return;
	}
	const struct diary_entry *e = &td->last;
	char when[48];
	time_t at = (time_t)e->at;
	if (at >= timefmt_day_start((time_t)clock_wall()))
		timefmt_local(when, sizeof when, "%H:%M", at);
	else
		timefmt_local(when, sizeof when, "%a %e %b %H:%M", at);
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "%s", when);
	if (e->back >= 0)
		sb_addf(&b, "   back %d/10", e->back);
	if (e->leg >= 0)
		sb_addf(&b, "   leg %d/10", e->leg);
	char *sym = field_list_text(&field_symptoms, e->symptoms, ", ");
	if (*sym)
		sb_addf(&b, "   %s", sym);
	free(sym);
	tui_wrap(t, y, 16, t->cols - 17, 1, A_NORMAL, b.s);
	sb_free(&b);
}

/* The routine coach suggests today and, under it, why; returns the rows used. */
static int suggested_line(struct tui *t, int y, const struct home *h)
{
	const struct today *td = &h->today;
	const struct coach_advice *adv = &td->advice;
	tui_text(t, y, 3, tui_attr(t, TC_DIM), "Suggested");
	if (td->advised && adv->why == COACH_RED_FLAG) {
		return tui_wrap(t, y, 16, t->cols - 17, 2, tui_attr(t, TC_WARN) | A_BOLD,
				"no session: a red flag in the last 24 hours; get urgent care first");
	}
	const struct routine *sug = td->advised ? adv->routine : NULL;
	if (!sug) {
		tui_text(t, y, 16, A_NORMAL, "s picks a routine");
		return 1;
	}
	char line[160];
	snprintf(line, sizeof line, "%s %s %d min", sug->title, tui_sym(t, "·", "-"),
		 routine_minutes(sug, h->ctx->st->count_in));
	bool room = t->cols >= 70;
	tui_wrap(t, y, 16, t->cols - (room ? 32 : 17), 1, A_BOLD, line);
	if (room)
		tui_text_right(t, y, t->cols - 2, A_NORMAL, "[Enter] start");
	int attr = adv->why == COACH_FLARE ? tui_attr(t, TC_WARN) : tui_attr(t, TC_DIM);
	return 1 + tui_wrap(t, y + 1, 16, t->cols - 17, 1, attr, adv->reason);
}

/* The leg-pain verdict of the last weeks, on one line. */
static void verdict_line(struct tui *t, int y, const struct today *td)
{
	tui_text(t, y, 3, tui_attr(t, TC_DIM), "Trend");
	if (!td->verdict)
		return;
	char *line = xasprintf("leg pain %s", td->verdict);
	int attr = td->verdict_dir == DIR_BETTER  ? tui_attr(t, TC_GOOD)
		   : td->verdict_dir == DIR_WORSE ? tui_attr(t, TC_WARN)
						  : (int)A_NORMAL;
	tui_wrap(t, y, 16, t->cols - 17, 1, attr, line);
	free(line);
}

/* Which routine helps the leg most, or how to find out. */
static void helps_line(struct tui *t, int y, const struct today *td)
{
	tui_text(t, y, 3, tui_attr(t, TC_DIM), "What helps");
	if (td->helps_title) {
		char line[200];
		snprintf(line, sizeof line, "%s %s leg %s%.1f after a session (%d%s)",
			 td->helps_title, tui_sym(t, "·", "-"), tui_sym(t, "−", "-"), -td->helps_delta,
			 td->helps_sessions, tui_sym(t, "×", "x"));
		tui_wrap(t, y, 16, t->cols - 17, 1, A_NORMAL, line);
	} else {
		tui_wrap(t, y, 16, t->cols - 17, 1, tui_attr(t, TC_DIM),
			 "rate pain before and after sessions to see which routine helps");
	}
}

/* Today at a glance from row y; returns the row after it. */
static int draw_today(struct tui *t, const struct home *h, int y)
{
	const struct today *td = &h->today;
	tui_text(t, y++, 1, A_BOLD, "Today");
	last_entry_line(t, y++, td);
	tui_text(t, y, 3, tui_attr(t, TC_DIM), "Sessions");
	char *sessions = xasprintf("%d today %s %d this week %s %d-day streak", td->sessions_today,
				   tui_sym(t, "·", "-"), td->sessions_week, tui_sym(t, "·", "-"),
				   td->streak);
	tui_wrap(t, y++, 16, t->cols - 17, 1, A_NORMAL, sessions);
	free(sessions);
	y += suggested_line(t, y, h);
	helps_line(t, y++, td);
	verdict_line(t, y, td);
	return y + 2;
}

/*
 * From row y: the foot first (files skipped as invalid, up to 3; what just
 * happened; the keys), then the recent days in what room is left above it.
 */
static void draw_foot(struct tui *t, const struct home *h, int y)
{
	const struct today *td = &h->today;
	int foot = t->rows - 2;
	size_t shown = 0;
	for (size_t i = h->ctx->lib->nskipped; i > 0 && shown < 3 && foot > y + 1; i--, shown++) {
		char *line = xasprintf("! skipped %s", h->ctx->lib->skipped[i - 1].first);
		tui_wrap(t, --foot, 1, t->cols - 2, 1, tui_attr(t, TC_WARN), line);
		free(line);
	}
	tui_hline(t, foot - 1);
	int room = foot - 1 - y;
	if (room >= 3 && td->nrecent) {
		tui_text(t, y++, 1, A_BOLD, "Recent");
		for (int i = 0; i < td->nrecent && i < room - 1; i++)
			recent_line(t, y++, &td->recent[i]);
	}
	if (h->message)
		tui_wrap(t, t->rows - 2, 1, t->cols - 2, 1, A_BOLD, h->message);
	tui_text(t, t->rows - 1, 1, tui_attr(t, TC_DIM),
		 t->utf8 ? "? help · q quit" : "? help - q quit");
}

static void draw(struct tui *t, struct tui_screen *s)
{
	struct home *h = s->data;
	if (tui_too_small(t, 50, 16))
		return;
	const struct today *td = &h->today;
	char date[64];
	timefmt_local(date, sizeof date, "%a %e %b %Y", (time_t)clock_wall());
	tui_text(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber");
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, date);
	tui_hline(t, 1);
	int y = draw_today(t, h, 2);
	tui_text(t, y, 1, A_BOLD, "This week");
	week_line(t, y++, "leg", &td->weeks, TM_LEG);
	week_line(t, y++, "back", &td->weeks, TM_BACK);
	y++;
	if (td->has_entry && td->last.flags) {
		y += tui_wrap_prefixed(t, y, 1, t->cols - 2, 2, tui_attr(t, TC_WARN) | A_BOLD, "! ",
				       "Your last entry noted a red flag. If it is new or getting "
				       "worse, contact emergency services now.");
		y++;
	}
	const char *actions = "s session   l log how you feel   d diary   t trends   r routines";
	y += tui_wrap(t, y, 1, t->cols - 2, 2, A_BOLD, actions) + 1;
	draw_foot(t, h, y);
}

static void play(struct tui *t, struct home *h, const struct routine *r)
{
	if (!r)
		return;
	struct player_opts o;
	player_opts_init(&o, r, h->ctx->st, h->ctx->db);
	struct player_result res;
	player_run(t, &o, &res);
	if (res.started)
		say(h, xasprintf("%s: %s, %d of %zu steps; %s", r->title,
				 res.complete ? "complete" : "partial", res.steps_done, r->nsteps,
				 res.pending    ? "kept aside: the diary was busy"
				 : res.recorded ? "recorded in the diary"
						: "NOT recorded"));
	diags_free(&res.problems);
}

static void log_entry(struct tui *t, struct home *h)
{
	struct diary_entry e;
	diary_entry_init(&e);
	time_t now = (time_t)clock_wall();
	e.at = now;
	e.tz = timefmt_offset(now);
	bool saved = false;
	entry_form_run(t, h->ctx->db, &e, true, now, &saved);
	if (saved)
		say(h, xasprintf("logged entry %lld", (long long)e.id));
	diary_entry_free(&e);
}

static void browse(struct tui *t, struct home *h)
{
	for (;;) {
		const struct routine *r =
			picker_choose(t, h->ctx->lib, h->ctx->st->count_in, NULL, "read");
		if (!r || t->signal)
			return;
		int cols = t->cols - 2 > 100 ? 100 : t->cols - 2;
		char *text = describe_routine(r, h->ctx->st->count_in, cols, t->utf8);
		pager_show(t, r->title, text,
			   t->utf8 ? "j/k scroll · space page · q back" : "j/k scroll - space page - q back");
		free(text);
		if (t->signal)
			return;
	}
}

static void help(struct tui *t)
{
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, "Keys on the home screen\n\n");
	char **keys = keys_help(KC_HOME);
	for (char **l = keys; *l; l++)
		sb_addf(&b, "  %s\n", *l);
	keys_help_free(keys);
	sb_adds(&b, "\n"
		    "Lists, the diary and trends have ? for their keys and go back with\n"
		    "Esc or q; in a session q asks before it stops, and in the picker\n"
		    "letters search (Esc goes back).\n"
		    "\n"
		    "limber is self-care support, not treatment. Stop an exercise that\n"
		    "causes sharp pain or sends pain further down the leg.\n");
	pager_show(t, "Help", b.s, "q back");
	sb_free(&b);
}

/* After a red flag of the last day, no session without the urgent message and a deliberate key. */
static bool flag_cleared(struct tui *t, const struct home *h)
{
	if (!h->today.advised || h->today.advice.why != COACH_RED_FLAG)
		return true;
	return urgent_confirm(t, URGENT_BEFORE_SESSION);
}

/* Starts the suggested routine, or asks which when there is none. */
static void start_suggested(struct tui *t, struct home *h)
{
	if (!flag_cleared(t, h))
		return;
	const struct routine *r = h->today.advised ? h->today.advice.routine : NULL;
	if (!r)
		r = picker_choose(t, h->ctx->lib, h->ctx->st->count_in, h->today.suggested, "start");
	play(t, h, r);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct home *h = s->data;
	bool changed = true;
	switch (keys_action(KC_HOME, ch).act) {
	case KA_SESSION:
		if (flag_cleared(t, h))
			play(t, h,
			     picker_choose(t, h->ctx->lib, h->ctx->st->count_in,
					   h->today.advised && h->today.advice.routine
						   ? h->today.advice.routine->id
						   : h->today.suggested,
					   "start"));
		break;
	case KA_ENTER:
		start_suggested(t, h);
		break;
	case KA_LOG:
		log_entry(t, h);
		break;
	case KA_DIARY:
		diary_view_run(t, h->ctx->db, h->ctx->lib, h->ctx->st->count_in, clock_wall());
		break;
	case KA_TRENDS:
		trends_view_run(t, h->ctx->db, h->ctx->st);
		break;
	case KA_ROUTINES:
		browse(t, h);
		changed = false;
		break;
	case KA_HELP:
		help(t);
		changed = false;
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		return;
	default:
		changed = false;
		break;
	}
	if (t->signal) {
		tui_finish(s, -1);
		return;
	}
	if (changed)
		reload(h);
}

static const struct tui_screen_ops home_ops = {NULL, draw, key, NULL, NULL};

/* The safety notice, once: remembered by a file in the data directory. */
static int first_run_notice(struct tui *t, struct home_ctx *ctx)
{
	char *path = xasprintf("%s/%s", ctx->data_dir, NOTICE_FILE);
	if (access(path, F_OK) == 0) {
		free(path);
		return 0;
	}
	struct strbuf b;
	sb_init(&b);
	for (const char *const *l = safety_notice_lines(); *l; l++)
		sb_addf(&b, "  %s\n", *l);
	sb_adds(&b, "\n  This notice is shown once. It is also in 'man limber'.\n");
	int rc = pager_show(t, "Before you start", b.s, "q or Esc: I understand, continue");
	sb_free(&b);
	if (rc >= 0) {
		int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
		if (fd >= 0)
			close(fd);
	}
	free(path);
	return rc;
}

int home_run(struct tui *t, struct home_ctx *ctx)
{
	if (first_run_notice(t, ctx) < 0)
		return -1;
	struct home h = {.ctx = ctx, .utf8 = t->utf8};
	reload(&h);
	struct tui_screen s = {&home_ops, &h, false, 0, true};
	int rc = tui_run(t, &s);
	today_free(&h.today);
	free(h.message);
	return t->signal ? -1 : rc;
}
