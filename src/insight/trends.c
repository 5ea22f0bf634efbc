/* SPDX-License-Identifier: ISC */
/* trends.c - the diary aggregated: days, weeks, routines and the change over a window */
#include "config.h"

#include "insight/trends.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "diary/entrytext.h"

time_t trends_week_start(time_t t, enum settings_week week_start)
{
	struct tm tm;
	localtime_r(&t, &tm);
	int first = week_start == WEEK_SUNDAY ? 0 : 1;
	return timefmt_add_days(t, -((tm.tm_wday - first + 7) % 7));
}

/* The day an instant falls on: a binary search over the day starts. */
long trends_day_of(const struct trends *t, int64_t at)
{
	if (at < t->from || at >= t->to)
		return -1;
	size_t lo = 0, hi = t->ndays;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (t->days[mid].start <= at)
			lo = mid;
		else
			hi = mid;
	}
	return (long)lo;
}

struct collect {
	struct trends *t;
};

static struct trends_routine *routine_for(struct trends *t, const struct diary_session *s)
{
	for (size_t i = 0; i < t->nroutines; i++)
		if (strcmp(t->routine[i].id, s->routine) == 0)
			return &t->routine[i];
	t->routine = xreallocarray(t->routine, t->nroutines + 1, sizeof *t->routine);
	struct trends_routine *r = &t->routine[t->nroutines++];
	memset(r, 0, sizeof *r);
	r->id = xstrdup(s->routine);
	r->stored = xstrdup(s->title ? s->title : s->routine);
	r->title = xstrdup(entrytext_session_title(s));
	return r;
}

/* Counts pain ratings v (back, leg; -1 for none) on day d and its week. */
static void add_ratings(struct trends *t, long d, const int v[TM_COUNT])
{
	struct trends_day *day = &t->days[d];
	struct trends_week *w = &t->week[d / 7];
	for (int m = 0; m < TM_COUNT; m++) {
		if (v[m] < 0)
			continue;
		day->sum[m] += v[m];
		if (!day->n[m] || v[m] > day->max[m])
			day->max[m] = v[m];
		day->n[m]++;
		w->sum[m] += v[m];
		w->n[m]++;
		if (v[m] > w->max[m])
			w->max[m] = v[m];
	}
}

static void add_delta(struct trends_routine *r, int m, int d)
{
	r->delta[m] = xreallocarray(r->delta[m], (size_t)r->delta_n[m] + 1, sizeof *r->delta[m]);
	r->delta[m][r->delta_n[m]++] = d;
}

/* Where the session left leg symptoms, counted and kept among the routine's last answers. */
static void add_legs(struct trends_routine *r, int legs)
{
	if (legs >= 0 && legs < LEGS_COUNT)
		r->legs[legs]++;
	if (r->nlast == TRENDS_LAST_LEGS)
		memmove(r->last_legs, r->last_legs + 1, (TRENDS_LAST_LEGS - 1) * sizeof *r->last_legs);
	else
		r->nlast++;
	r->last_legs[r->nlast - 1] = legs;
}

static int add_record(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct trends *t = ((struct collect *)ctx)->t;
	if (e) {
		long d = trends_day_of(t, e->at);
		if (d < 0)
			return 0;
		struct trends_day *day = &t->days[d];
		struct trends_week *w = &t->week[d / 7];
		add_ratings(t, d, (int[TM_COUNT]){e->back, e->leg});
		int other[TO_COUNT] = {e->sitting, e->sleep};
		for (int o = 0; o < TO_COUNT; o++)
			if (other[o] >= 0)
				day->other_sum[o] += other[o], day->other_n[o]++;
		day->entries++;
		w->entries++;
		for (int k = 0; k < SYM_COUNT; k++)
			if (e->symptoms & (1u << k))
				w->symptoms[k]++;
		t->entries++;
		return 0;
	}
	/* Previews (played faster) are not real sessions: they stay out of trends. */
	if (s->speed != 1) {
		t->previews++;
		return 0;
	}
	long d = trends_day_of(t, s->started);
	if (d < 0)
		return 0;
	struct trends_week *w = &t->week[d / 7];
	t->days[d].sessions++;
	w->sessions++;
	if (s->ended > s->started)
		w->seconds += (long)(s->ended - s->started);
	t->sessions++;
	struct trends_routine *r = routine_for(t, s);
	r->sessions++;
	t->away += s->away;
	r->away += s->away;
	add_legs(r, s->legs);
	int before[TM_COUNT] = {s->before_back, s->before_leg};
	int after[TM_COUNT] = {s->after_back, s->after_leg};
	/* How it hurt before a session is that day's pain; after, it measures the session. */
	add_ratings(t, d, before);
	for (int m = 0; m < TM_COUNT; m++)
		if (before[m] >= 0 && after[m] >= 0)
			add_delta(r, m, after[m] - before[m]);
	return 0;
}

/* Lays out ndays days from the local midnight from, in weeks of 7 (the last may be short). */
static void lay_out(struct trends *t, time_t from, size_t ndays, time_t now)
{
	t->ndays = ndays;
	t->nweeks = (ndays + 6) / 7;
	t->weeks = (int)t->nweeks;
	t->days = xcalloc(t->ndays, sizeof *t->days);
	t->week = xcalloc(t->nweeks, sizeof *t->week);
	time_t day = from;
	for (size_t i = 0; i < t->ndays; i++) {
		t->days[i].start = day;
		if (i % 7 == 0)
			t->week[i / 7].start = day;
		day = timefmt_add_days(day, 1);
	}
	t->from = from;
	t->to = day;
	long today = trends_day_of(t, (int64_t)now);
	t->today = today >= 0 ? (size_t)today : t->ndays - 1;
	t->past = today < 0 && (int64_t)now >= t->to;
}

static enum lb_status collect(struct trends *t, struct diary *db, struct diags *err)
{
	if (!db)
		return LB_OK;
	struct collect c = {t};
	return diary_each_kind(db, t->from, t->to, DIARY_ENTRIES | DIARY_SESSIONS | DIARY_NUMBERS,
			       add_record, &c, err);
}

/* The days the verdict judges: STATS_PERIOD_DAYS up to the window's last day begun. */
static enum lb_status verdict_days(struct trends *t, struct diary *db, time_t now,
				   struct diags *err)
{
	struct trends v;
	memset(&v, 0, sizeof v);
	time_t last = (time_t)t->days[t->today].start;
	lay_out(&v, timefmt_add_days(last, -(STATS_PERIOD_DAYS - 1)), STATS_PERIOD_DAYS, now);
	enum lb_status st = collect(&v, db, err);
	t->nvday = v.today + 1;
	t->vstart = xcalloc(t->nvday, sizeof *t->vstart);
	for (int m = 0; m < TM_COUNT; m++)
		t->vday[m] = xcalloc(t->nvday, sizeof *t->vday[m]);
	for (size_t i = 0; i < t->nvday; i++) {
		t->vstart[i] = v.days[i].start;
		for (int m = 0; m < TM_COUNT; m++)
			t->vday[m][i] = trends_day_mean(&v, i, (enum trends_measure)m);
	}
	trends_free(&v);
	return st;
}

/* The window's days, then the verdict's. */
static enum lb_status compute(struct trends *t, struct diary *db, time_t now, struct diags *err)
{
	enum lb_status st = collect(t, db, err);
	return st == LB_OK ? verdict_days(t, db, now, err) : st;
}

enum lb_status trends_compute(struct trends *t, struct diary *db, int weeks, int back,
			      enum settings_week week_start, time_t now, struct diags *err)
{
	memset(t, 0, sizeof *t);
	if (weeks < 1)
		weeks = 1;
	time_t this_week = trends_week_start(now, week_start);
	time_t from = timefmt_add_days(this_week, -7 * (weeks - 1 + back));
	lay_out(t, from, (size_t)weeks * 7, now);
	return compute(t, db, now, err);
}

enum lb_status trends_compute_days(struct trends *t, struct diary *db, time_t from, time_t to,
				   time_t now, struct diags *err)
{
	memset(t, 0, sizeof *t);
	size_t ndays = 0;
	for (time_t d = timefmt_day_start(from); d < to; d = timefmt_add_days(d, 1))
		ndays++;
	lay_out(t, timefmt_day_start(from), ndays ? ndays : 1, now);
	return compute(t, db, now, err);
}

void trends_free(struct trends *t)
{
	for (size_t i = 0; i < t->nroutines; i++) {
		free(t->routine[i].id);
		free(t->routine[i].title);
		free(t->routine[i].stored);
		for (int m = 0; m < TM_COUNT; m++)
			free(t->routine[i].delta[m]);
	}
	free(t->routine);
	for (int m = 0; m < TM_COUNT; m++)
		free(t->vday[m]);
	free(t->vstart);
	free(t->days);
	free(t->week);
	memset(t, 0, sizeof *t);
}

double trends_day_mean(const struct trends *t, size_t day, enum trends_measure m)
{
	const struct trends_day *d = &t->days[day];
	return d->n[m] ? d->sum[m] / d->n[m] : NAN;
}

int trends_day_max(const struct trends *t, size_t day, enum trends_measure m)
{
	const struct trends_day *d = &t->days[day];
	return d->n[m] ? d->max[m] : -1;
}

int trends_routine_last(const struct trends_routine *r, int legs)
{
	int n = 0;
	for (int i = 0; i < r->nlast; i++)
		n += r->last_legs[i] == legs;
	return n;
}

double trends_moving_avg(const struct trends *t, size_t day, enum trends_measure m)
{
	double sum = 0;
	int n = 0;
	for (size_t i = day >= 6 ? day - 6 : 0; i <= day; i++) {
		double v = trends_day_mean(t, i, m);
		if (!isnan(v)) {
			sum += v;
			n++;
		}
	}
	return n ? sum / n : NAN;
}

double trends_week_mean(const struct trends_week *w, enum trends_measure m)
{
	return w->n[m] ? w->sum[m] / w->n[m] : NAN;
}

int trends_week_top_symptom(const struct trends_week *w)
{
	int best = -1;
	for (int k = 0; k < SYM_COUNT; k++)
		if (w->symptoms[k] && (best < 0 || w->symptoms[k] > w->symptoms[best]))
			best = k;
	return best;
}

void trends_verdict(const struct trends *t, enum trends_measure m, struct stats_verdict *v,
		    int64_t *since)
{
	/* Without the 8 weeks (a trends put together by hand), the window's days up to today. */
	size_t n = t->nvday ? t->nvday : t->today + 1;
	double *day = xcalloc(n, sizeof *day);
	int64_t *start = xcalloc(n, sizeof *start);
	for (size_t i = 0; i < n; i++) {
		day[i] = t->nvday ? t->vday[m][i] : trends_day_mean(t, i, m);
		start[i] = t->nvday ? t->vstart[i] : t->days[i].start;
	}
	stats_verdict(day, (int)n, v);
	if (v->first_from >= 0) {
		v->first_start = start[v->first_from];
		v->first_end = start[v->first_to];
		v->recent_start = start[v->recent_from];
		v->recent_end = start[v->recent_to];
	}
	if (since)
		*since = v->first_from >= 0 ? start[v->first_from] : t->from;
	free(day);
	free(start);
}

void trends_routine_effect(const struct trends_routine *r, enum trends_measure m,
			   struct stats_paired *p)
{
	stats_paired(r->delta[m], r->delta_n[m], p);
}

void trends_assoc(const struct trends *t, enum trends_other o, struct stats_assoc *a)
{
	int n = (int)t->today + 1;
	double *x = xcalloc((size_t)n, sizeof *x), *y = xcalloc((size_t)n, sizeof *y);
	for (int i = 0; i < n; i++) {
		const struct trends_day *d = &t->days[i];
		x[i] = d->other_n[o] ? d->other_sum[o] / d->other_n[o] : NAN;
		y[i] = trends_day_mean(t, (size_t)i, TM_LEG);
	}
	stats_assoc(x, y, n, a);
	free(x);
	free(y);
}

const struct trends_routine *trends_helps_most(const struct trends *t, struct stats_paired *best)
{
	const struct trends_routine *most = NULL;
	for (size_t i = 0; i < t->nroutines; i++) {
		struct stats_paired p;
		trends_routine_effect(&t->routine[i], TM_LEG, &p);
		if (p.effect == EFFECT_HELPS && p.n >= STATS_MIN_HELPS &&
		    (!most || p.mean < best->mean)) {
			most = &t->routine[i];
			*best = p;
		}
	}
	return most;
}
