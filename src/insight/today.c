/* SPDX-License-Identifier: ISC */
/* today.c - today at a glance: last entry, sessions, streak, suggestion, this week */
#include "config.h"

#include "insight/today.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "diary/entrytext.h"
#include "insight/function.h"
#include "insight/safety.h"

/* Keeps the newest TODAY_RECENT records seen (they arrive oldest first). */
static int keep_recent(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct today *t = ctx;
	if (t->nrecent == TODAY_RECENT) {
		free(t->recent[0].title);
		free(t->recent[0].note);
		memmove(&t->recent[0], &t->recent[1], (TODAY_RECENT - 1) * sizeof t->recent[0]);
		t->nrecent--;
	}
	struct today_recent *r = &t->recent[t->nrecent++];
	memset(r, 0, sizeof *r);
	if (e) {
		r->at = e->at;
		r->back = e->back;
		r->leg = e->leg;
		r->before_leg = -1;
		r->symptoms = e->symptoms;
		r->flags = e->flags;
		r->note = e->note ? xstrdup(e->note) : NULL;
		r->function = function_score(e);
	} else {
		r->session = true;
		r->at = s->started;
		r->back = s->after_back;
		r->leg = s->after_leg;
		r->before_leg = s->before_leg;
		r->function = NAN;
		r->title = xstrdup(entrytext_session_title(s));
		r->complete = s->complete;
		r->preview = s->speed != 1;
	}
	return 0;
}

struct scan {
	struct today *t;
	time_t today, week;
	time_t *starts;      /* starts[i]: local midnight i days before today */
	unsigned char *days; /* days (counted back from today) with a real session */
	struct plan_last last;
};

static int visit(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)e;
	struct scan *sc = ctx;
	if (s->speed != 1)
		return 0;
	if (s->started >= sc->today)
		sc->t->sessions_today++;
	if (s->started >= sc->week)
		sc->t->sessions_week++;
	/* Days back from today: a binary search over the (descending) day starts. */
	size_t lo = 0, hi = TODAY_STREAK_DAYS + 1;
	if (s->started >= sc->starts[TODAY_STREAK_DAYS]) {
		while (hi - lo > 1) {
			size_t mid = (lo + hi) / 2;
			if (sc->starts[mid] > s->started)
				lo = mid;
			else
				hi = mid;
		}
		size_t back = sc->starts[lo] <= s->started ? lo : hi;
		sc->days[back] = 1;
	}
	plan_note_last(&sc->last, s);
	return 0;
}

enum lb_status today_compute(struct today *t, struct diary *db, const struct settings *st,
			     time_t now, struct diags *err)
{
	memset(t, 0, sizeof *t);
	diary_entry_init(&t->last);
	struct scan sc = {.t = t, .last = {INT64_MIN, NULL}};
	sc.today = timefmt_day_start(now);
	sc.week = trends_week_start(now, st->week_starts);
	enum lb_status rc = trends_compute(&t->weeks, db, 2, 0, st->week_starts, now, err);
	if (rc == LB_OK)
		rc = trends_compute(&t->eight, db, TODAY_ADVICE_WEEKS, 0, st->week_starts, now, err);
	if (rc != LB_OK || !db)
		goto suggest;
	rc = diary_last_entry(db, (int64_t)now, &t->last, err);
	t->has_entry = rc == LB_OK;
	if (rc == LB_NOT_FOUND)
		rc = LB_OK;
	if (rc != LB_OK)
		return rc;
	sc.days = xcalloc(TODAY_STREAK_DAYS + 1, 1);
	sc.starts = xcalloc(TODAY_STREAK_DAYS + 1, sizeof *sc.starts);
	for (int i = 0; i <= TODAY_STREAK_DAYS; i++)
		sc.starts[i] = timefmt_add_days(sc.today, -i);
	rc = plan_each_recent_session(db, now, visit, &sc, err);
	if (rc == LB_OK) {
		/* A streak stays alive until the end of today: start from yesterday if needed. */
		int i = sc.days[0] ? 0 : 1;
		while (i <= TODAY_STREAK_DAYS && sc.days[i]) {
			t->streak++;
			i++;
		}
	}
	free(sc.days);
	free(sc.starts);
	if (rc == LB_OK)
		rc = diary_each(db, (int64_t)timefmt_add_days(now, -TODAY_RECENT_DAYS),
				(int64_t)now + 86400, keep_recent, t, err);
	/* Newest first. */
	for (int i = 0; i < t->nrecent / 2; i++) {
		struct today_recent tmp = t->recent[i];
		t->recent[i] = t->recent[t->nrecent - 1 - i];
		t->recent[t->nrecent - 1 - i] = tmp;
	}
	/* What helps, over the weeks the verdict and the coach read too (today_advise). */
	struct stats_paired p;
	const struct trends_routine *helps = rc == LB_OK ? trends_helps_most(&t->eight, &p) : NULL;
	if (helps) {
		t->helps_title = xstrdup(helps->title);
		t->helps_delta = p.mean;
		t->helps_low = p.low;
		t->helps_high = p.high;
		t->helps_sessions = p.n;
	}
suggest : {
	const char *id = plan_suggest(st, now, sc.last.routine, &t->from_plan);
	t->suggested = id ? xstrdup(id) : NULL;
	free(sc.last.routine);
}
	return rc;
}

void today_free(struct today *t)
{
	free(t->verdict);
	if (t->advised) {
		coach_advice_free(&t->advice);
		counsel_free(&t->counsel);
	}
	diary_entry_free(&t->last);
	free(t->suggested);
	free(t->helps_title);
	for (int i = 0; i < t->nrecent; i++) {
		free(t->recent[i].title);
		free(t->recent[i].note);
	}
	trends_free(&t->weeks);
	trends_free(&t->eight);
	memset(t, 0, sizeof *t);
}

enum lb_status today_advise(struct today *t, struct diary *db, const struct library *lib,
			    const struct settings *st, time_t now, bool utf8, struct diags *err)
{
	struct stats_verdict v;
	trends_verdict(&t->eight, TM_LEG, &v, NULL);
	t->verdict = stats_verdict_short(&v, utf8);
	t->verdict_dir = v.direction;
	struct coach_facts f;
	enum lb_status rc = coach_gather(&f, &t->eight, db, st, now, err);
	if (rc == LB_OK) {
		coach_suggest(&f, lib, &t->advice);
		t->advised = true;
		rc = counsel_gather(&t->counsel, db, &t->eight, st->week_starts, now, safety_locale_en_gb(), err);
	}
	coach_facts_free(&f);
	return rc;
}
