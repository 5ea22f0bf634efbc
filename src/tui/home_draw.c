/* SPDX-License-Identifier: ISC */
/* home_draw.c - how the home screen looks: today at a glance, the week, the recent days */
#include "config.h"

#include <curses.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/stats.h"
#include "tui/home_impl.h"

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

/* Text on one line from x to the edge, cut at a word with "…" when it is longer. */
static void fit_text(struct tui *t, int y, int x, int attr, const char *s)
{
	char *cut = tui_fit_words(t, s, t->cols - 1 - x);
	tui_text(t, y, x, attr, cut);
	free(cut);
}

/* A week's line: the label at x (lw columns), the days' sparkline, the average and its change. */
static void week_line(struct tui *t, int y, int x, int lw, const char *label,
		      const struct trends *w, enum trends_measure m)
{
	char *spark = sparkline(t, w, m);
	tui_text(t, y, x, A_NORMAL, label);
	tui_text(t, y, x + lw + 1, A_NORMAL, spark);
	free(spark);
	if (w->nweeks < 2)
		return;
	int vx = x + lw + 1 + 7 + 2;
	double now = trends_week_mean(&w->week[1], m), before = trends_week_mean(&w->week[0], m);
	if (isnan(now)) {
		fit_text(t, y, vx, tui_attr(t, TC_DIM), _("no ratings yet this week"));
		return;
	}
	char line[160];
	if (isnan(before))
		/* TRANSLATORS: this week's average pain rating (0..10), on the home screen. */
		i18n_snprintf(line, sizeof line, _("avg %.1f"), now);
	else
		/* TRANSLATORS: this week's average pain, then how it changed since last week, its
		 * sign first (a minus sign, + or nothing): "avg 3.2   (−0.8 on last week)". */
		i18n_snprintf(line, sizeof line, _("avg %.1f   (%s%.1f on last week)"), now,
			      now - before < -0.05  ? tui_sym(t, "−", "-")
			      : now - before > 0.05 ? "+"
						    : "",
			      fabs(now - before));
	fit_text(t, y, vx, A_NORMAL, line);
}

/* The labels of the symptoms in mask, translated, joined with ", ". Caller frees. */
static char *symptom_labels(unsigned mask)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < field_symptoms.count; i++)
		if (mask & (1u << i))
			sb_addf(&b, "%s%s", b.len ? ", " : "", _(field_symptoms.labels[i]));
	return sb_steal(&b);
}

/* A session of the recent days in words: "Hips, complete, leg 5→3". */
static void recent_session(struct tui *t, struct strbuf *b, const struct today_recent *r)
{
	/* TRANSLATORS: %s is a routine's title: a session played faster, to try it out. */
	sb_addf(b, r->preview ? _("preview: %s") : "%s", r->title);
	sb_addf(b, ", %s", r->complete ? C_("session", "complete") : C_("session", "partial"));
	if (r->before_leg >= 0 && r->leg >= 0)
		/* TRANSLATORS: leg pain before and after a session, an arrow between: "leg 5→3". */
		sb_addf(b, _(", leg %d%s%d"), r->before_leg, tui_sym(t, "→", "->"), r->leg);
}

/*
 * "Yesterday 21:14  back 3  leg 5  tingling  “the note…”", the day named
 * as in the diary list (padded to day_w columns), or a session's routine and change.
 */
static void recent_line(struct tui *t, int y, int day_w, const struct today_recent *r)
{
	char day[64], when[16];
	timefmt_day_name(day, sizeof day, (time_t)r->at, (time_t)clock_wall(), true);
	timefmt_local(when, sizeof when, "%H:%M", (time_t)r->at);
	struct strbuf b;
	sb_init(&b);
	int pad = day_w - utf8_width(day);
	sb_addf(&b, "%s%*s %s  ", day, pad > 0 ? pad : 0, "", when);
	if (r->session) {
		recent_session(t, &b, r);
	} else {
		if (r->flags)
			/* TRANSLATORS: in a line of the recent days: the entry noted a red flag. */
			sb_addf(&b, "%s  ", _("RED FLAG"));
		if (r->back >= 0) /* back and leg pain (0..10) */
			sb_addf(&b, _("back %d"), r->back), sb_adds(&b, "  ");
		if (r->leg >= 0)
			sb_addf(&b, _("leg %d"), r->leg), sb_adds(&b, "  ");
		char *sym = symptom_labels(r->symptoms);
		sb_addf(&b, "%s%s", sym, *sym ? "  " : "");
		free(sym);
		if (!isnan(r->function)) {
			char score[64];
			/* TRANSLATORS: the function score of an entry: "function 6.5/10". */
			i18n_snprintf(score, sizeof score, _("function %.1f/10"), r->function);
			sb_addf(&b, "%s  ", score);
		}
		/* The note's start, its line breaks as spaces (tui_text); cut with "…" below. */
		if (r->note)
			sb_addf(&b, "%s%s%s", tui_sym(t, "“", "\""), r->note, tui_sym(t, "”", "\""));
	}
	/* Cut where the width ends, with "…": the note's words are the person's, not ours. */
	int attr = r->flags ? tui_attr(t, TC_WARN) : (int)A_NORMAL, room = t->cols - 4;
	if (utf8_fit(b.s, room) < b.len) {
		size_t keep = utf8_fit(b.s, room - 1);
		b.len = keep, b.s[keep] = '\0';
		sb_adds(&b, tui_sym(t, "…", "~"));
	}
	tui_text(t, y, 3, attr, b.s);
	sb_free(&b);
}

/* The labels of "Today", in a column before their values. */
enum today_label { TL_LAST, TL_SESSIONS, TL_SUGGESTED, TL_HELPS, TL_TREND, TL_FUNCTION, TL_COUNT };
static const char *const today_labels[TL_COUNT] = {
	/* TRANSLATORS: labels on the home screen, in a column before what they name; the
	 * column is as wide as the widest of them, so short ones leave more room. */
	[TL_LAST] = N_("Last entry"),	[TL_SESSIONS] = N_("Sessions"),
	[TL_SUGGESTED] = N_("Suggested"), [TL_HELPS] = N_("What helps"),
	[TL_TREND] = N_("Trend"),	[TL_FUNCTION] = N_("Function"),
};

/* Where the values of "Today" start: after the widest label (from 16; at most 2/5 across). */
static int value_column(struct tui *t)
{
	int w = 10;
	for (int i = 0; i < TL_COUNT; i++)
		if (utf8_width(_(today_labels[i])) > w)
			w = utf8_width(_(today_labels[i]));
	return 3 + w + 3 < t->cols * 2 / 5 ? 3 + w + 3 : t->cols * 2 / 5;
}

static void today_label(struct tui *t, int y, int vx, enum today_label l)
{
	char *s = tui_fit_words(t, _(today_labels[l]), vx - 5);
	tui_text(t, y, 3, tui_attr(t, TC_DIM), s);
	free(s);
}

/* "21:14   back 3/10   leg 5/10   tingling": the last entry, beside its label. */
static void last_entry_line(struct tui *t, int y, int vx, const struct today *td)
{
	today_label(t, y, vx, TL_LAST);
	if (!td->has_entry) {
		fit_text(t, y, vx, A_NORMAL, _("none yet: l logs how you feel"));
		return;
	}
	const struct diary_entry *e = &td->last;
	char when[64];
	time_t at = (time_t)e->at;
	if (at >= timefmt_day_start((time_t)clock_wall()))
		timefmt_local(when, sizeof when, "%H:%M", at);
	else
		/* TRANSLATORS: a strftime format: the last entry's day and time, when not today. */
		/* xgettext:no-c-format */
		timefmt_local(when, sizeof when, _("%a %e %b %H:%M"), at);
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "%s", when);
	if (e->back >= 0) /* back and leg pain out of 10 */
		sb_adds(&b, "   "), sb_addf(&b, _("back %d/10"), e->back);
	if (e->leg >= 0)
		sb_adds(&b, "   "), sb_addf(&b, _("leg %d/10"), e->leg);
	char *sym = symptom_labels(e->symptoms);
	if (*sym)
		sb_addf(&b, "   %s", sym);
	free(sym);
	if (!isnan(function_score(e))) {
		char score[64];
		i18n_snprintf(score, sizeof score, _("function %.1f/10"), function_score(e));
		sb_addf(&b, "   %s", score);
	}
	tui_wrap(t, y, vx, t->cols - vx - 1, 1, A_NORMAL, b.s);
	sb_free(&b);
}

/* The routine coach suggests today and, under it, why; returns the rows used. */
static int suggested_line(struct tui *t, int y, int vx, const struct home *h)
{
	const struct today *td = &h->today;
	const struct coach_advice *adv = &td->advice;
	today_label(t, y, vx, TL_SUGGESTED);
	if (td->advised && adv->why == COACH_RED_FLAG) {
		return tui_wrap(t, y, vx, t->cols - vx - 1, 2, tui_attr(t, TC_WARN) | A_BOLD,
				_("no session: a red flag is still open; get urgent care first"));
	}
	const struct routine *sug = td->advised ? adv->routine : NULL;
	if (!sug) {
		fit_text(t, y, vx, A_NORMAL, _("s picks a routine"));
		return 1;
	}
	char line[200];
	/* TRANSLATORS: the suggested routine: its title, a dot, its length in minutes. */
	snprintf(line, sizeof line, _("%s %s %d min"), sug->title, tui_sym(t, "·", "-"),
		 routine_minutes(sug, h->ctx->st->count_in));
	/* TRANSLATORS: at the right of the suggested routine: the key that starts it. */
	const char *start = _("[Enter] start");
	int sw = utf8_width(start) + 2;
	bool room = t->cols >= 70 && t->cols - sw - vx >= 30;
	tui_wrap(t, y, vx, t->cols - vx - 1 - (room ? sw : 0), 1, A_BOLD, line);
	if (room)
		tui_text_right(t, y, t->cols - 2, A_NORMAL, start);
	int attr = adv->why == COACH_FLARE ? tui_attr(t, TC_WARN) : tui_attr(t, TC_DIM);
	return 1 + tui_wrap(t, y + 1, vx, t->cols - vx - 1, 1, attr, adv->reason);
}

/* The leg-pain verdict of the last weeks, on one line. */
static void verdict_line(struct tui *t, int y, int vx, const struct today *td)
{
	today_label(t, y, vx, TL_TREND);
	if (!td->verdict)
		return;
	/* TRANSLATORS: %s is the verdict on leg pain: "better — down 3.0 points (−46%), …". */
	char *line = xasprintf(_("leg pain %s"), td->verdict);
	int attr = td->verdict_dir == DIR_BETTER  ? tui_attr(t, TC_GOOD)
		   : td->verdict_dir == DIR_WORSE ? tui_attr(t, TC_WARN)
						  : (int)A_NORMAL;
	tui_wrap(t, y, vx, t->cols - vx - 1, 1, attr, line);
	free(line);
}

/* What the person can do: the function score's verdict, or that a rating is due. */
static void function_line(struct tui *t, int y, int vx, const struct home *h)
{
	today_label(t, y, vx, TL_FUNCTION);
	int64_t now = clock_wall();
	char *line;
	int attr = A_NORMAL;
	const struct function_check *last = function_last(&h->fn);
	if (!h->fn.nactivities) {
		line = xstrdup(_("f: name what is hard to do, and rate it weekly"));
		attr = tui_attr(t, TC_DIM);
	} else if (function_due(&h->fn, now)) {
		line = xstrdup(_("this week's rating is due: press f"));
		attr = A_BOLD;
	} else {
		struct stats_verdict v;
		function_verdict(&h->fn, now, &v);
		char *verdict = function_verdict_short(&v, t->utf8), score[160];
		/* TRANSLATORS: the last function score out of 10, a dot, its verdict. */
		i18n_snprintf(score, sizeof score, _("%.1f/10 %s %s"), last ? last->score : 0.0,
			      tui_sym(t, "·", "-"), verdict);
		line = xstrdup(score);
		free(verdict);
		attr = v.direction == DIR_BETTER  ? tui_attr(t, TC_GOOD)
		       : v.direction == DIR_WORSE ? tui_attr(t, TC_WARN)
						  : (int)A_NORMAL;
	}
	tui_wrap(t, y, vx, t->cols - vx - 1, 1, attr, line);
	free(line);
}

/* Which routine helps the leg most, or how to find out. */
static void helps_line(struct tui *t, int y, int vx, const struct today *td)
{
	today_label(t, y, vx, TL_HELPS);
	if (!td->helps_title) {
		tui_wrap(t, y, vx, t->cols - vx - 1, 1, tui_attr(t, TC_DIM),
			 _("rate pain before and after 5 sessions to see what helps"));
		return;
	}
	char line[300];
	const char *dot = tui_sym(t, "·", "-"), *minus = tui_sym(t, "−", "-");
	/* The effect with its interval; under a point, it helps only a little. */
	if (-td->helps_delta < STATS_HELPS_LITTLE)
		/* TRANSLATORS: the routine that helps the leg most: its title, a dot, a minus
		 * sign and how far leg pain falls after a session, the 95% interval of that, the
		 * sessions it is from and a times sign: "Hips · a little: leg −0.8 after a
		 * session (0.2 to 1.4; 6×)". */
		i18n_snprintf(line, sizeof line,
			      _("%s %s a little: leg %s%.1f after a session (%.1f to %.1f; %d%s)"),
			      td->helps_title, dot, minus, -td->helps_delta, -td->helps_high,
			      -td->helps_low, td->helps_sessions, tui_sym(t, "×", "x"));
	else
		/* TRANSLATORS: as "a little: leg ..." above, for a fall of a point or more. */
		i18n_snprintf(line, sizeof line,
			      _("%s %s leg %s%.1f after a session (%.1f to %.1f; %d%s)"),
			      td->helps_title, dot, minus, -td->helps_delta, -td->helps_high,
			      -td->helps_low, td->helps_sessions, tui_sym(t, "×", "x"));
	tui_wrap(t, y, vx, t->cols - vx - 1, 1, A_NORMAL, line);
}

/* Today at a glance from row y; returns the row after it. */
static int draw_today(struct tui *t, const struct home *h, int y)
{
	const struct today *td = &h->today;
	int vx = value_column(t);
	tui_text(t, y++, 1, A_BOLD, _("Today"));
	last_entry_line(t, y++, vx, td);
	today_label(t, y, vx, TL_SESSIONS);
	/* After "Sessions": how many today, this week, and the days in a row with one. */
	char today[64], week[64], streak[64];
	/* TRANSLATORS: after the label "Sessions": sessions done today. */
	snprintf(today, sizeof today, _("%d today"), td->sessions_today);
	/* TRANSLATORS: after the label "Sessions": sessions done this week. */
	snprintf(week, sizeof week, _("%d this week"), td->sessions_week);
	/* TRANSLATORS: after the label "Sessions": the days in a row with a session. */
	snprintf(streak, sizeof streak, ngettext("%d-day streak", "%d-day streak", td->streak),
		 td->streak);
	const char *dot = tui_sym(t, "·", "-");
	char *line = xasprintf("%s %s %s %s %s", today, dot, week, dot, streak);
	tui_wrap(t, y++, vx, t->cols - vx - 1, 1, A_NORMAL, line);
	free(line);
	y += suggested_line(t, y, vx, h);
	helps_line(t, y++, vx, td);
	verdict_line(t, y++, vx, td);
	function_line(t, y, vx, h);
	return y + 1;
}

/* The widest of the first n recent days' names, at least 10 columns: the column they pad to. */
static int day_width(const struct today *td, int n)
{
	int w = 10;
	for (int i = 0; i < n && i < td->nrecent; i++) {
		char day[64];
		timefmt_day_name(day, sizeof day, (time_t)td->recent[i].at, (time_t)clock_wall(),
				 true);
		if (utf8_width(day) > w)
			w = utf8_width(day);
	}
	return w;
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
		/* TRANSLATORS: a routine file left out; %s says which and why. */
		char *line = xasprintf(_("! skipped %s"), h->ctx->lib->skipped[i - 1].first);
		tui_wrap(t, --foot, 1, t->cols - 2, 1, tui_attr(t, TC_WARN), line);
		free(line);
	}
	tui_hline(t, foot - 1);
	int room = foot - 1 - y;
	if (room >= 3 && td->nrecent) {
		tui_text(t, y++, 1, A_BOLD, _("Recent"));
		int day_w = day_width(td, room - 1);
		for (int i = 0; i < td->nrecent && i < room - 1; i++)
			recent_line(t, y++, day_w, &td->recent[i]);
	}
	if (h->message)
		tui_wrap(t, t->rows - 2, 1, t->cols - 2, 1, A_BOLD, h->message);
	tui_key_line(t, tui_attr(t, TC_DIM), _("? help · q quit"));
}

/*
 * The red flag still open, urgent, until a check-in answers "none of these
 * now"; else what is due about seeing a doctor, calmly, each once. Returns
 * the row after them.
 */
static int counsel_lines(struct tui *t, const struct home *h, int y)
{
	const struct counsel *c = &h->today.counsel;
	if (!h->today.advised)
		return y;
	if (c->red_open) {
		char *flags = counsel_red_flag_text(c);
		/* TRANSLATORS: %s lists the red flags noted. "none of these now" is the answer to
		 * the form's red-flag question, as the diary names it. */
		char *line = xasprintf(_("Red flag: %s. Contact emergency services now. This stays "
					 "until a check-in answers \"none of these now\"."),
				       flags);
		y += tui_wrap_prefixed(t, y, 1, t->cols - 2, 3, tui_attr(t, TC_WARN) | A_BOLD, "! ",
				       line);
		free(line);
		free(flags);
		return y + 1;
	}
	int shown = 0;
	for (int k = 0; k < COUNSEL_KINDS && shown < 3; k++) {
		if (!c->sentence[k])
			continue;
		y += tui_wrap_prefixed(t, y, 1, t->cols - 2, 2, A_NORMAL, "i ", c->sentence[k]);
		shown++;
	}
	return shown ? y + 1 : y;
}

/*
 * The actions ("s session   l log how you feel   ...") from row y, wrapped
 * between them, never between a key and its word, on at most two lines;
 * draws nothing when dry. Returns the lines they take.
 */
static int draw_actions(struct tui *t, int y, const char *actions, bool dry)
{
	struct strbuf line;
	sb_init(&line);
	int n = 0, width = t->cols - 2;
	for (const char *p = actions; *p && n < 2;) {
		const char *end = strstr(p, "   ");
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char *item = xstrndup(p, len);
		if (line.len && utf8_width(line.s) + 3 + utf8_width(item) > width) {
			if (!dry)
				tui_text(t, y + n, 1, A_BOLD, line.s);
			n++;
			sb_free(&line);
			sb_init(&line);
		}
		if (n < 2)
			sb_addf(&line, "%s%s", line.len ? "   " : "", item);
		free(item);
		p = end ? end + strspn(end, " ") : p + len;
	}
	if (line.len && n < 2) {
		if (!dry)
			tui_wrap(t, y + n, 1, width, 1, A_BOLD, line.s);
		n++;
	}
	sb_free(&line);
	return n;
}

/*
 * Today, the week and the actions from row 2, with gap blank rows between
 * them. Returns the row after the actions (with gap below them).
 */
static int draw_body(struct tui *t, struct home *h, int gap)
{
	const struct today *td = &h->today;
	int y = draw_today(t, h, 2) + gap;
	const char *week = _("This week"), *leg = C_("body", "leg"), *back = C_("body", "back");
	tui_text(t, y, 1, A_BOLD, week);
	/* The week's labels in a column from 15 (further when "This week" is longer). */
	int x = utf8_width(week) + 3 > 15 ? utf8_width(week) + 3 : 15, lw = 5;
	if (utf8_width(leg) > lw)
		lw = utf8_width(leg);
	if (utf8_width(back) > lw)
		lw = utf8_width(back);
	week_line(t, y++, x, lw, leg, &td->weeks, TM_LEG);
	week_line(t, y++, x, lw, back, &td->weeks, TM_BACK);
	y = counsel_lines(t, h, y + gap);
	/* TRANSLATORS: the home screen's actions, each after its key; it may wrap onto two lines. */
	const char *actions = _("s session   l log how you feel   d diary   t trends   r routines");
	/* On a short window the actions keep their place above the line at the foot. */
	int n = draw_actions(t, y, actions, true);
	if (!gap && y + n > t->rows - 3)
		y = t->rows - 3 - n;
	return y + draw_actions(t, y, actions, false) + gap;
}

/* The title row: limber, and today's date at the right; the line under it. */
static void draw_top(struct tui *t)
{
	char date[64];
	/* TRANSLATORS: a strftime format: today's date at the top right of the home screen. */
	/* xgettext:no-c-format */
	timefmt_local(date, sizeof date, _("%a %e %b %Y"), (time_t)clock_wall());
	tui_text(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber");
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, date);
	tui_hline(t, 1);
}

void home_draw(struct tui *t, struct tui_screen *s)
{
	struct home *h = s->data;
	if (tui_too_small(t, 50, 16))
		return;
	draw_top(t);
	int y = draw_body(t, h, 1);
	if (y - 1 > t->rows - 3) { /* past the foot's line: again without the blank rows */
		erase();
		draw_top(t);
		y = draw_body(t, h, 0);
	}
	draw_foot(t, h, y);
}
