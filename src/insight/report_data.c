/* SPDX-License-Identifier: ISC */
/* report_data.c - what the clinician's report shows for a period, gathered from the diary */
#include "config.h"

#include "insight/report_data.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/xalloc.h"

/* The medication named name (case aside), added when new. */
static struct report_med *med_for(struct report_data *d, const char *name, size_t len)
{
	for (size_t i = 0; i < d->nmeds; i++)
		if (strlen(d->med[i].name) == len && strncasecmp(d->med[i].name, name, len) == 0)
			return &d->med[i];
	d->med = xreallocarray(d->med, d->nmeds + 1, sizeof *d->med);
	struct report_med *m = &d->med[d->nmeds++];
	*m = (struct report_med){xstrndup(name, len), 0, 0, 0};
	return m;
}

/* Each item of a medication text: split at commas, semicolons and new lines, trimmed. */
static void add_meds(struct report_data *d, const char *text, int64_t at)
{
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, ",;\n");
		const char *a = p, *b = p + n;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
			b--;
		if (b > a) {
			struct report_med *m = med_for(d, a, (size_t)(b - a));
			/* An entry naming it twice counts once. */
			if (m->entries == 0 || m->last != at) {
				if (!m->entries)
					m->first = at;
				m->last = at;
				m->entries++;
			}
		}
		p += n;
		if (*p)
			p++;
	}
}

struct gather {
	struct report_data *d;
	bool notes;
};

/* The two windows of places over time: the first 14 days with entries and the last 14 up to today. */
static void place_windows(struct report_places *pl, const struct trends *t)
{
	size_t end = t->today + 1 < t->ndays ? t->today + 1 : t->ndays, first = 0;
	/* As the verdict does: the first window starts with the first day that has an entry. */
	while (first < end && !t->days[first].entries)
		first++;
	pl->apart = end >= first + 2 * STATS_WINDOW_DAYS;
	pl->from[REPORT_FIRST] = first;
	pl->to[REPORT_FIRST] = end - first < STATS_WINDOW_DAYS ? end : first + STATS_WINDOW_DAYS;
	pl->from[REPORT_LAST] = end > STATS_WINDOW_DAYS ? end - STATS_WINDOW_DAYS : 0;
	pl->to[REPORT_LAST] = end;
}

/* An entry's places into the windows that hold its day. */
static void add_places(struct report_places *pl, long day, unsigned where)
{
	unsigned below = (1u << LOC_CALF_LEFT) | (1u << LOC_CALF_RIGHT) | (1u << LOC_FOOT_LEFT) |
			 (1u << LOC_FOOT_RIGHT);
	for (int w = REPORT_FIRST; w <= REPORT_LAST; w++) {
		if (day < 0 || (size_t)day < pl->from[w] || (size_t)day >= pl->to[w])
			continue;
		pl->entries[w]++;
		pl->noted[w] += where != 0;
		pl->below_knee[w] += (where & below) != 0;
		for (int k = 0; k < LOC_COUNT; k++)
			pl->where[w][k] += (where >> k) & 1;
	}
}

static int add_entry(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct gather *g = ctx;
	struct report_data *d = g->d;
	if (!e || s)
		return 0;
	for (int k = 0; k < LOC_COUNT; k++)
		if (e->where & (1u << k))
			d->where[k]++;
	d->with_where += e->where != 0;
	add_places(&d->places, trends_day_of(&d->t, e->at), e->where);
	d->with_symptoms += e->symptoms != 0;
	if (e->meds && *e->meds)
		add_meds(d, e->meds, e->at);
	if (e->flags) {
		d->flag = xreallocarray(d->flag, d->nflags + 1, sizeof *d->flag);
		d->flag[d->nflags++] = (struct report_flag){e->at, e->flags};
	}
	if (g->notes && e->note && *e->note) {
		d->note = xreallocarray(d->note, d->nnotes + 1, sizeof *d->note);
		d->note[d->nnotes++] = (struct report_note){e->at, xstrdup(e->note)};
	}
	return 0;
}

/* Each activity named last: its first and its latest rating, matched by name. */
static void activities(struct report_data *d)
{
	const struct function_history *h = &d->fn;
	d->nact = h->nactivities;
	for (int k = 0; k < d->nact; k++) {
		struct report_activity *a = &d->act[k];
		*a = (struct report_activity){h->activity[k], -1, -1, 0, 0, 0};
		for (size_t i = 0; i < h->n; i++)
			for (int j = 0; j < FIELD_ACTIVITIES; j++) {
				const struct function_check *c = &h->v[i];
				if (!c->activity[j] || c->rating[j] < 0 || strcmp(c->activity[j], a->name))
					continue;
				if (a->first < 0) {
					a->first = c->rating[j];
					a->first_at = c->at;
				}
				a->latest = c->rating[j];
				a->latest_at = c->at;
				a->ratings++;
			}
	}
}

/* The function score's check-ins up to the end of the period, or now when that is sooner. */
static enum lb_status function_gather(struct report_data *d, struct diary *db, time_t now,
				      struct diags *err)
{
	int64_t end = d->t.to < (int64_t)now ? d->t.to : (int64_t)now;
	enum lb_status st = function_read(&d->fn, db, end - 1, err);
	if (st != LB_OK)
		return st;
	function_verdict(&d->fn, end, &d->fn_verdict);
	activities(d);
	function_mean_between(&d->fn, d->t.from, d->t.to, &d->fn_rated);
	return LB_OK;
}

enum lb_status report_data_gather(struct report_data *d, struct diary *db,
				  const struct report_period *p, enum settings_week week_start,
				  bool notes, time_t now, struct diags *err)
{
	memset(d, 0, sizeof *d);
	d->made = now;
	enum lb_status st =
		p->weeks > 0
			? trends_compute(&d->t, db, p->weeks, p->back, week_start, now, err)
			: trends_compute_days(&d->t, db, p->from, p->to, now, err);
	if (st != LB_OK || !db)
		return st;
	place_windows(&d->places, &d->t);
	struct gather g = {d, notes};
	st = diary_each_kind(db, d->t.from, d->t.to, DIARY_ENTRIES, add_entry, &g, err);
	return st == LB_OK ? function_gather(d, db, now, err) : st;
}

void report_data_free(struct report_data *d)
{
	trends_free(&d->t);
	for (size_t i = 0; i < d->nmeds; i++)
		free(d->med[i].name);
	free(d->med);
	free(d->flag);
	for (size_t i = 0; i < d->nnotes; i++)
		free(d->note[i].text);
	free(d->note);
	function_free(&d->fn);
	memset(d, 0, sizeof *d);
}

bool report_data_empty(const struct report_data *d)
{
	return d->t.entries == 0 && d->t.sessions == 0;
}

int report_data_days(const struct report_data *d)
{
	int n = 0;
	for (size_t i = 0; i < d->t.ndays; i++)
		n += d->t.days[i].entries > 0 || d->t.days[i].sessions > 0;
	return n;
}

double report_data_other(const struct report_data *d, size_t first, size_t last,
			 enum trends_other o, int *n)
{
	double sum = 0;
	int days = 0;
	for (size_t i = first; i < last && i < d->t.ndays; i++) {
		const struct trends_day *day = &d->t.days[i];
		if (day->other_n[o]) {
			sum += day->other_sum[o] / day->other_n[o];
			days++;
		}
	}
	if (n)
		*n = days;
	return days ? sum / days : NAN;
}

double report_data_week_other(const struct report_data *d, size_t w, enum trends_other o, int *n)
{
	return report_data_other(d, w * 7, w * 7 + 7, o, n);
}

double report_data_week_function(const struct report_data *d, size_t w)
{
	const struct trends_week *wk = &d->t.week[w];
	int64_t to = w + 1 < d->t.nweeks ? d->t.week[w + 1].start : d->t.to;
	return function_mean_between(&d->fn, wk->start, to, NULL);
}

void report_data_symptoms(const struct report_data *d, int out[SYM_COUNT])
{
	memset(out, 0, sizeof(int) * SYM_COUNT);
	for (size_t w = 0; w < d->t.nweeks; w++)
		for (int k = 0; k < SYM_COUNT; k++)
			out[k] += d->t.week[w].symptoms[k];
}
