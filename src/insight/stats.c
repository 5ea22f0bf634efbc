/* SPDX-License-Identifier: ISC */
/* stats.c - changes with 95% intervals: is pain changing, does a routine help */
#include "config.h"

#include "insight/stats.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/xalloc.h"

const char *const stats_direction_names[] = {
	[DIR_UNKNOWN] = "unknown",
	[DIR_BETTER] = "better",
	[DIR_UNCHANGED] = "unchanged",
	[DIR_WORSE] = "worse",
};

const char *const stats_effect_names[] = {
	[EFFECT_TOO_FEW] = "too-few",
	[EFFECT_HELPS] = "helps",
	[EFFECT_UNCLEAR] = "unclear",
	[EFFECT_WORSE] = "worse",
};

/*
 * Why a bootstrap: daily pain is autocorrelated (a bad day follows a bad
 * day), so treating 14 days as 14 independent ratings would make the
 * interval too narrow; Welch's interval on weekly means would have two
 * weeks a side, one degree of freedom, and an interval too wide to ever
 * say anything. A moving-block bootstrap resamples runs of days, which
 * keeps the correlation inside each run, and needs no normality. The seed
 * is fixed so the same diary always gives the same words.
 */
#define BOOT_RESAMPLES 2000
#define BOOT_BLOCK_DAYS 3
#define BOOT_SEED 0x6c696d626572ULL /* "limber" */

static uint64_t rng_next(uint64_t *s)
{
	/* xorshift64*: small, fast and the same on every machine. */
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545F4914F6CDD1DULL;
}

static int rng_below(uint64_t *s, int n)
{
	return (int)(rng_next(s) % (uint64_t)n);
}

/* One block-bootstrap draw of the mean of x[0..len): runs of values, wrapping inside it. */
static double resampled_mean(const double *x, int len, uint64_t *rng)
{
	double sum = 0;
	for (int got = 0; got < len;) {
		int start = rng_below(rng, len);
		for (int j = 0; j < BOOT_BLOCK_DAYS && got < len; j++, got++)
			sum += x[(start + j) % len];
	}
	return sum / len;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The 95% percentile interval of the mean of recent minus that of first, len values each. */
static void boot_interval(const double *first, const double *recent, int len, double *low,
			  double *high)
{
	double *d = xmalloc(BOOT_RESAMPLES * sizeof *d);
	uint64_t rng = BOOT_SEED;
	for (int b = 0; b < BOOT_RESAMPLES; b++)
		d[b] = resampled_mean(recent, len, &rng) - resampled_mean(first, len, &rng);
	qsort(d, BOOT_RESAMPLES, sizeof *d, cmp_double);
	*low = d[(int)(0.025 * BOOT_RESAMPLES)];
	*high = d[(int)(0.975 * BOOT_RESAMPLES) - 1];
	free(d);
}

static double mean(const double *x, int n)
{
	double sum = 0;
	for (int i = 0; i < n; i++)
		sum += x[i];
	return n ? sum / n : NAN;
}

void stats_verdict(const double *day, int n, struct stats_verdict *v)
{
	memset(v, 0, sizeof *v);
	v->first_from = v->first_to = v->recent_from = v->recent_to = -1;
	/* The rated days, in order: runs of rated days are what is compared, not the calendar. */
	double *x = xcalloc((size_t)(n > 0 ? n : 1), sizeof *x);
	int *at = xcalloc((size_t)(n > 0 ? n : 1), sizeof *at);
	int rated = 0;
	for (int i = 0; i < n; i++)
		if (!isnan(day[i]))
			x[rated] = day[i], at[rated++] = i;
	int k = rated / 2 < STATS_WINDOW_DAYS ? rated / 2 : STATS_WINDOW_DAYS;
	if (k < STATS_EARLY_DAYS) {
		v->direction = DIR_UNKNOWN;
		v->first_days = v->recent_days = k;
		v->days_needed = 2 * STATS_EARLY_DAYS - rated;
		free(x);
		free(at);
		return;
	}
	v->early = k < STATS_WINDOW_DAYS;
	v->days_needed = v->early ? 2 * STATS_WINDOW_DAYS - rated : 0;
	v->first_days = v->recent_days = k;
	v->first_from = at[0];
	v->first_to = at[k - 1];
	v->recent_from = at[rated - k];
	v->recent_to = at[rated - 1];
	v->first = mean(x, k);
	v->recent = mean(x + rated - k, k);
	v->change = v->recent - v->first;
	boot_interval(x, x + rated - k, k, &v->low, &v->high);
	free(x);
	free(at);
	v->percent = v->first > 0 ? 100.0 * v->change / v->first : 0;
	v->direction = v->high < 0 ? DIR_BETTER : v->low > 0 ? DIR_WORSE : DIR_UNCHANGED;
	double size = fabs(v->change);
	/* Better: 2 points, or 30% of the start but at least about a point (baselines of 1..4). */
	if (v->direction == DIR_BETTER)
		v->meaningful = size >= STATS_MIC_POINTS - 1e-9 ||
				(v->first > 0 && size >= STATS_MIC_FRACTION * v->first - 1e-9 &&
				 size >= STATS_MIC_FLOOR - 1e-9);
	/* Worse is noticed earlier: 1.5 points, or 20% of the start. */
	else if (v->direction == DIR_WORSE)
		v->meaningful = size >= STATS_WORSE_POINTS - 1e-9 ||
				(v->first > 0 && size >= STATS_WORSE_FRACTION * v->first - 1e-9);
	else
		v->meaningful = false;
}

double stats_t95(int df)
{
	static const double t[] = {
		0,     12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
		2.201, 2.179,  2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080,
		2.074, 2.069,  2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
	};
	if (df < 1)
		return INFINITY;
	if (df < (int)(sizeof t / sizeof t[0]))
		return t[df];
	return 1.960 + 2.4 / df; /* within 0.003 of the exact value past 30 */
}

void stats_paired(const double *diff, int n, struct stats_paired *p)
{
	memset(p, 0, sizeof *p);
	p->n = n;
	double sum = 0, ss = 0;
	for (int i = 0; i < n; i++)
		sum += diff[i];
	p->mean = n ? sum / n : 0;
	if (n < STATS_MIN_SESSIONS) {
		p->effect = EFFECT_TOO_FEW;
		return;
	}
	for (int i = 0; i < n; i++)
		ss += (diff[i] - p->mean) * (diff[i] - p->mean);
	double half = stats_t95(n - 1) * sqrt(ss / (n - 1)) / sqrt(n);
	p->low = p->mean - half;
	p->high = p->mean + half;
	p->effect = p->high < 0 ? EFFECT_HELPS : p->low > 0 ? EFFECT_WORSE : EFFECT_UNCLEAR;
}

void stats_assoc(const double *x, const double *y, int n, struct stats_assoc *a)
{
	memset(a, 0, sizeof *a);
	double mx = 0, my = 0;
	int k = 0;
	for (int i = 0; i < n; i++)
		if (!isnan(x[i]) && !isnan(y[i]))
			mx += x[i], my += y[i], k++;
	a->n = k;
	if (k < STATS_MIN_PAIRS)
		return;
	mx /= k;
	my /= k;
	double sxy = 0, sxx = 0, syy = 0;
	for (int i = 0; i < n; i++) {
		if (isnan(x[i]) || isnan(y[i]))
			continue;
		sxy += (x[i] - mx) * (y[i] - my);
		sxx += (x[i] - mx) * (x[i] - mx);
		syy += (y[i] - my) * (y[i] - my);
	}
	if (sxx <= 0 || syy <= 0)
		return;
	a->r = sxy / sqrt(sxx * syy);
	/* Fisher's z: atanh(r) is nearly normal with standard error 1/sqrt(n - 3). */
	double z = atanh(fmax(-0.999999, fmin(0.999999, a->r))), se = 1.0 / sqrt(k - 3);
	a->low = tanh(z - 1.96 * se);
	a->high = tanh(z + 1.96 * se);
	a->known = true;
}

/* "mid-October": the part of the month a date falls in. */
static void month_part(char *buf, size_t n, int64_t t)
{
	static const char *const months[] = {"January", "February", "March",	 "April",
					     "May",	"June",	    "July",	 "August",
					     "September", "October", "November", "December"};
	time_t tt = (time_t)t;
	struct tm tm;
	localtime_r(&tt, &tm);
	const char *part = tm.tm_mday <= 10 ? "early" : tm.tm_mday <= 20 ? "mid" : "late";
	snprintf(buf, n, "%s-%s", part, months[tm.tm_mon]);
}

/* "5–18 Oct", or "28 Oct–10 Nov" across months. */
static void span(char *buf, size_t n, int64_t from, int64_t to, const char *dash)
{
	time_t a = (time_t)from, b = (time_t)to;
	struct tm ta, tb;
	localtime_r(&a, &ta);
	localtime_r(&b, &tb);
	char end[16];
	strftime(end, sizeof end, "%d %b", &tb);
	const char *e = end[0] == '0' ? end + 1 : end;
	if (ta.tm_mon == tb.tm_mon && ta.tm_year == tb.tm_year)
		snprintf(buf, n, "%d%s%s", ta.tm_mday, dash, e);
	else {
		char start[16];
		strftime(start, sizeof start, "%d %b", &ta);
		snprintf(buf, n, "%s%s%s", start[0] == '0' ? start + 1 : start, dash, e);
	}
}

/* What was compared: "the first 14 rated days (5–18 Oct) against the last 14 (14–27 Nov)". */
static char *compared(const struct stats_verdict *v, int64_t since, bool utf8)
{
	if (!v->first_start) {
		char when[32];
		month_part(when, sizeof when, since);
		return xasprintf(" since %s", when);
	}
	const char *dash = utf8 ? "\u2013" : "-";
	char a[40], b[40];
	span(a, sizeof a, v->first_start, v->first_end, dash);
	span(b, sizeof b, v->recent_start, v->recent_end, dash);
	return xasprintf("; the first %d rated days (%s) against the last %d (%s)", v->first_days,
			 a, v->recent_days, b);
}

char *stats_verdict_sentence(const struct stats_verdict *v, const char *what, int64_t since,
			     bool utf8)
{
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	if (v->direction == DIR_UNKNOWN)
		return xasprintf("%s: not known yet %s needs %d more day%s with ratings.", what,
				 dash, v->days_needed, v->days_needed == 1 ? "" : "s");
	char *cmp = compared(v, since, utf8);
	char *head = v->early ? xasprintf("%s, first signs", what) : xstrdup(what);
	char *tail = v->early ? xasprintf("; early: %d more rated day%s make it firm",
					  v->days_needed, v->days_needed == 1 ? "" : "s")
			      : xstrdup("");
	char *out;
	if (v->direction == DIR_UNCHANGED) {
		out = xasprintf("%s: unchanged %s %.1f now against %.1f (change %s%.1f, %s%.1f to "
				"%s%.1f)%s; within day-to-day variation%s.",
				head, dash, v->recent, v->first, v->change < 0 ? minus : "+",
				fabs(v->change), v->low < 0 ? minus : "", fabs(v->low),
				v->high < 0 ? minus : "", fabs(v->high), cmp, tail);
	} else {
		bool down = v->direction == DIR_BETTER;
		double a = down ? -v->high : v->low, b = down ? -v->low : v->high;
		out = xasprintf("%s: %s %s %s %.1f points (%.1f to %.1f), %s%.0f%%%s; %s%s.", head,
				stats_direction_names[v->direction], dash, down ? "down" : "up",
				fabs(v->change), a, b, down ? minus : "+", fabs(v->percent), cmp,
				v->meaningful ? "a meaningful change" : "less than a meaningful change",
				tail);
	}
	free(cmp);
	free(head);
	free(tail);
	return out;
}

char *stats_verdict_short(const struct stats_verdict *v, bool utf8)
{
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	const char *early = v->early ? "first signs: " : "";
	switch (v->direction) {
	case DIR_UNKNOWN:
		return xasprintf("not known yet %s %d more day%s with ratings", dash, v->days_needed,
				 v->days_needed == 1 ? "" : "s");
	case DIR_UNCHANGED:
		return xasprintf("%sunchanged %s within day-to-day variation", early, dash);
	case DIR_BETTER:
	case DIR_WORSE:
		break;
	}
	bool down = v->direction == DIR_BETTER;
	return xasprintf("%s%s %s %s %.1f points (%s%.0f%%)%s", early,
			 stats_direction_names[v->direction], dash, down ? "down" : "up",
			 fabs(v->change), down ? minus : "+", fabs(v->percent),
			 v->meaningful ? ", a meaningful change" : "");
}

char *stats_effect_sentence(const struct stats_paired *p, const char *what, bool utf8)
{
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	int more = STATS_MIN_SESSIONS - p->n;
	switch (p->effect) {
	case EFFECT_TOO_FEW:
		return xasprintf("too few rated sessions to tell %s %d more needed", dash, more);
	case EFFECT_HELPS:
		return xasprintf("helps%s %s %s %.1f lower after a session (%.1f to %.1f; %d sessions)",
				 -p->mean < STATS_HELPS_LITTLE ? " a little" : "", dash, what,
				 -p->mean, -p->high, -p->low, p->n);
	case EFFECT_WORSE:
		return xasprintf("seems to make %s worse (+%.1f; %d sessions) %s a gentler routine "
				 "may suit you better for now",
				 what, p->mean, p->n, dash);
	case EFFECT_UNCLEAR:
		break;
	}
	return xasprintf("unclear %s %s %s%.1f after a session (%s%.1f to %s%.1f; %d sessions)",
			 dash, what, p->mean < 0 ? minus : "+", fabs(p->mean),
			 p->low < 0 ? minus : "", fabs(p->low), p->high < 0 ? minus : "",
			 fabs(p->high), p->n);
}

char *stats_assoc_sentence(const struct stats_assoc *a, const char *what, const char *more,
			   bool utf8)
{
	if (!a->known || (a->low <= 0 && a->high >= 0))
		return NULL;
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	return xasprintf("%s: on days %s, leg pain was %s (r = %s%.2f, %s%.2f to %s%.2f; %d days) "
			 "%s they go together, which does not say that one causes the other.",
			 what, more, a->r < 0 ? "lower" : "higher", a->r < 0 ? minus : "",
			 fabs(a->r), a->low < 0 ? minus : "", fabs(a->low), a->high < 0 ? minus : "",
			 fabs(a->high), a->n, dash);
}
