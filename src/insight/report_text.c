/* SPDX-License-Identifier: ISC */
/* report_text.c - the report's sentences, in a clinician's words, from what report_data gathered */
#include "config.h"

#include "insight/report_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/strbuf.h"
#include "base/xalloc.h"

#define MINUS "\u2212"

/* "−1.3", "+0.4", "0.0" with places decimals; a real minus sign. */
static void signed_num(char *buf, size_t n, double v, int places)
{
	double scale = pow(10, places), r = round(v * scale) / scale;
	snprintf(buf, n, "%s%.*f", r < 0 ? MINUS : r > 0 ? "+" : "", places, fabs(r));
}

/* "95% interval −3.6 to −2.8". */
static void interval(char *buf, size_t n, double low, double high, int places)
{
	char a[24], b[24];
	signed_num(a, sizeof a, low, places);
	signed_num(b, sizeof b, high, places);
	snprintf(buf, n, "95%% interval %s to %s", a, b);
}

char *report_text_summary(const struct report_data *d)
{
	struct strbuf b;
	sb_init(&b);
	size_t days = d->t.today + 1 < d->t.ndays ? d->t.today + 1 : d->t.ndays;
	sb_addf(&b, "In this period: %ld %s on %d of %zu days. ", d->t.entries,
		d->t.entries == 1 ? "entry" : "entries", report_data_days(d), days);
	long played = d->t.sessions - d->t.away, seconds = 0;
	for (size_t i = 0; i < d->t.nweeks; i++)
		seconds += d->t.week[i].seconds;
	long minutes = (seconds + 30) / 60;
	if (!d->t.sessions) {
		sb_adds(&b, "No stretching sessions.");
		return sb_steal(&b);
	}
	sb_adds(&b, "Stretching: ");
	if (played)
		sb_addf(&b, "%ld %s played in limber", played, played == 1 ? "session" : "sessions");
	if (played && d->t.away)
		sb_adds(&b, " and ");
	if (d->t.away)
		sb_addf(&b, "%ld%s done away from the screen and logged afterwards", d->t.away,
			played ? "" : d->t.away == 1 ? " session" : " sessions");
	sb_addf(&b, "; %ld h %02ld min in all.", minutes / 60, minutes % 60);
	return sb_steal(&b);
}

char *report_text_verdict(const struct report_data *d, enum trends_measure m)
{
	static const char *const what[TM_COUNT] = {"Back pain", "Leg pain"};
	struct stats_verdict v;
	int64_t since;
	trends_verdict(&d->t, m, &v, &since);
	if (v.direction == DIR_UNKNOWN)
		return xasprintf("%s: too few days with ratings to compare the first and the last "
				 "two weeks (%d more needed).",
				 what[m], v.days_needed);
	char change[24], ci[80], pct[24];
	if (v.high - v.low < 0.05) { /* the same on every day of each window: no spread to draw */
		int a = fabs(v.first - round(v.first)) < 0.05 ? 0 : 1;
		int b = fabs(v.recent - round(v.recent)) < 0.05 ? 0 : 1;
		return xasprintf("%s: %.*f on every rated day of the first two weeks, %.*f on every "
				 "rated day of the last two.",
				 what[m], a, v.first, b, v.recent);
	}
	signed_num(change, sizeof change, v.change, 1);
	interval(ci, sizeof ci, v.low, v.high, 1);
	signed_num(pct, sizeof pct, v.percent, 0);
	if (v.direction == DIR_UNCHANGED)
		return xasprintf("%s: no clear change, %.1f then %.1f: %s points (%s); within "
				 "day-to-day variation.",
				 what[m], v.first, v.recent, change, ci);
	return xasprintf("%s %s from %.1f to %.1f: %s points (%s), %s%%; %s.", what[m],
			 v.direction == DIR_BETTER ? "fell" : "rose", v.first, v.recent, change, ci,
			 pct,
			 v.meaningful ? "a clinically important change"
				      : "less than a clinically important change");
}

/* Whether every one of the n changes is the same (whole-point ratings, no spread). */
static bool all_same(const double *v, int n)
{
	for (int i = 1; i < n; i++)
		if (v[i] != v[0])
			return false;
	return n > 0;
}

char *report_text_effect(const struct trends_routine *r, enum trends_measure m)
{
	struct stats_paired e;
	trends_routine_effect(r, m, &e);
	if (!e.n)
		return xstrdup("not rated");
	const double *v = r->delta[m];
	bool same = all_same(v, e.n);
	char mean[24];
	signed_num(mean, sizeof mean, e.mean, same ? 0 : 1);
	if (e.effect == EFFECT_TOO_FEW)
		return xasprintf("%s from %d rated %s: too few to judge", mean, e.n,
				 e.n == 1 ? "session" : "sessions");
	if (same)
		return xasprintf("all %d sessions: %s, %s", e.n, mean,
				 e.mean < 0   ? "lower after each"
				 : e.mean > 0 ? "higher after each"
					      : "no change");
	char ci[80];
	interval(ci, sizeof ci, e.low, e.high, 1);
	return xasprintf("%s (%s): %s", mean, ci,
			 e.effect == EFFECT_HELPS   ? "lower after"
			 : e.effect == EFFECT_WORSE ? "higher after"
						    : "no clear change");
}

char *report_text_assoc(const struct report_data *d, enum trends_other o)
{
	static const char *const what[TO_COUNT] = {"Sitting tolerance", "Sleep quality"};
	static const char *const more[TO_COUNT] = {"higher", "better"};
	struct stats_assoc a;
	trends_assoc(&d->t, o, &a);
	if (!a.known || (a.low <= 0 && a.high >= 0))
		return NULL;
	char r[24], ci[80] = "";
	signed_num(r, sizeof r, a.r, 2);
	if (a.high - a.low >= 0.005) { /* a perfect line has no interval to show */
		ci[0] = ',', ci[1] = ' ';
		interval(ci + 2, sizeof ci - 2, a.low, a.high, 2);
	}
	return xasprintf("%s was %s on days with %s leg pain (r = %s%s; %d days): an "
			 "association, not evidence that one causes the other.",
			 what[o], more[o], a.r < 0 ? "lower" : "higher", r, ci, a.n);
}

/* A share in whole percent. */
static int pct(int k, int n)
{
	return n ? (int)lround(100.0 * k / n) : 0;
}

char *report_text_places(const struct report_data *d)
{
	const struct report_places *pl = &d->places;
	if (!pl->apart || !pl->noted[REPORT_FIRST] || !pl->noted[REPORT_LAST])
		return NULL;
	int a = pct(pl->below_knee[REPORT_FIRST], pl->noted[REPORT_FIRST]);
	int b = pct(pl->below_knee[REPORT_LAST], pl->noted[REPORT_LAST]);
	/* A shift of 20 points of the entries is more than a few days' difference. */
	const char *moved = b <= a - 20 ? ": the pain has moved up the leg (centralising)"
			    : b >= a + 20 ? ": the pain has spread further down the leg "
					    "(peripheralising)"
					  : "";
	return xasprintf("Pain below the knee (calf or foot): %d of %d entries noting a place "
			 "(%d%%) in the first two weeks, %d of %d (%d%%) in the last two%s.",
			 pl->below_knee[REPORT_FIRST], pl->noted[REPORT_FIRST], a,
			 pl->below_knee[REPORT_LAST], pl->noted[REPORT_LAST], b, moved);
}

/* "5 Oct 2026". */
static void date(char *buf, size_t n, int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;
	localtime_r(&tt, &tm);
	strftime(buf, n, "%e %b %Y", &tm);
	if (buf[0] == ' ')
		memmove(buf, buf + 1, strlen(buf));
}

/* "The first 4 weekly ratings (from 5 Oct 2026) against the last 4 (to 30 Nov 2026)" */
static void compared(char *buf, size_t n, const struct report_data *d, int k)
{
	const struct function_history *h = &d->fn;
	int64_t first = 0;
	for (size_t i = 0; i < h->n && !first; i++)
		if (!isnan(h->v[i].score))
			first = h->v[i].at;
	const struct function_check *last = function_last(h);
	char a[32], b[32];
	date(a, sizeof a, first);
	date(b, sizeof b, last ? last->at : first);
	snprintf(buf, n, "The first %d weekly ratings (from %s) against the last %d (to %s)", k, a,
		 k, b);
}

char *report_text_function(const struct report_data *d)
{
	const struct stats_verdict *v = &d->fn_verdict;
	if (!d->nact)
		return NULL;
	const struct function_check *last = function_last(&d->fn);
	if (v->direction == DIR_UNKNOWN) {
		char when[32] = "";
		if (last)
			date(when, sizeof when, last->at);
		return last ? xasprintf("Function: too few weekly ratings to compare the first with "
					"the last (%d more needed); latest score %.1f of 10 (%s).",
					v->days_needed, last->score, when)
			    : xstrdup("Function: activities named, not yet rated.");
	}
	char change[24], ci[80], span[160];
	signed_num(change, sizeof change, v->change, 1);
	interval(ci, sizeof ci, v->low, v->high, 1);
	compared(span, sizeof span, d, v->first_days);
	if (v->high - v->low < 0.05) /* the same score at every rating of each window */
		snprintf(ci, sizeof ci, "the same score at each rating compared, so no interval");
	const char *word = stats_direction_names[v->direction];
	if (v->direction == DIR_UNCHANGED)
		return xasprintf("Function %s \u2014 %.1f then %.1f of 10: %s points (%s); no clear "
				 "change. %s.",
				 word, v->first, v->recent, change, ci, span);
	return xasprintf("Function %s \u2014 %s from %.1f to %.1f of 10: %s points (%s); %s. %s.",
			 word, v->change > 0 ? "rose" : "fell", v->first, v->recent, change, ci,
			 v->meaningful ? "a clinically important change"
				       : "less than a clinically important change",
			 span);
}
