/* SPDX-License-Identifier: ISC */
/* stats.c - changes with 95% intervals: is pain changing, does a routine help */
#include "config.h"

#include "insight/stats.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "insight/words.h"

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
static void month_part(char *buf, size_t n, int64_t t, bool en)
{
	const char *d = words_domain(en);
	char month[64];
	words_strftime(month, sizeof month, "%B", (time_t)t, en);
	struct tm tm;
	time_t tt = (time_t)t;
	localtime_r(&tt, &tm);
	if (tm.tm_mday <= 10)
		/* TRANSLATORS: %s is a month's name (strftime's %B): its first ten days. */
		snprintf(buf, n, dgettext(d, "early-%s"), month);
	else if (tm.tm_mday <= 20)
		/* TRANSLATORS: %s is a month's name (strftime's %B): its middle ten days. */
		snprintf(buf, n, dgettext(d, "mid-%s"), month);
	else
		/* TRANSLATORS: %s is a month's name (strftime's %B): its last days. */
		snprintf(buf, n, dgettext(d, "late-%s"), month);
}

/* "5–18 Oct", or "28 Oct–10 Nov" across months. */
static void span(char *buf, size_t n, int64_t from, int64_t to, const char *dash, bool en)
{
	time_t a = (time_t)from, b = (time_t)to;
	struct tm ta, tb;
	localtime_r(&a, &ta);
	localtime_r(&b, &tb);
	char end[32];
	words_strftime(end, sizeof end, "%d %b", b, en);
	const char *e = end[0] == '0' ? end + 1 : end;
	if (ta.tm_mon == tb.tm_mon && ta.tm_year == tb.tm_year)
		snprintf(buf, n, "%d%s%s", ta.tm_mday, dash, e);
	else {
		char start[32];
		words_strftime(start, sizeof start, "%d %b", a, en);
		snprintf(buf, n, "%s%s%s", start[0] == '0' ? start + 1 : start, dash, e);
	}
}

/* What was compared: "; the first 14 rated days (5–18 Oct) against the last 14 (14–27 Nov)". */
static char *compared(const struct stats_verdict *v, int64_t since, bool utf8, bool en)
{
	const char *d = words_domain(en);
	if (!v->first_start) {
		char when[80];
		month_part(when, sizeof when, since, en);
		/* TRANSLATORS: ends the verdict's figures: "..., -46% since mid-October". */
		return xasprintf(dgettext(d, " since %s"), when);
	}
	const char *dash = utf8 ? "\u2013" : "-";
	char a[80], b[80];
	span(a, sizeof a, v->first_start, v->first_end, dash, en);
	span(b, sizeof b, v->recent_start, v->recent_end, dash, en);
	/* TRANSLATORS: ends the verdict's figures, after a percentage; the %s are spans of
	   days ("5–18 Oct"), the first %d and the second are the same kind of number. */
	return xasprintf(dngettext(d, "; the first %d rated day (%s) against the last %d (%s)",
				   "; the first %d rated days (%s) against the last %d (%s)",
				   (unsigned long)v->first_days),
			 v->first_days, a, v->recent_days, b);
}

/* "Leg pain" or "Leg pain, first signs": what the verdict is about. */
static char *verdict_head(const struct stats_verdict *v, const char *what, bool en)
{
	if (!v->early)
		return xstrdup(what);
	/* TRANSLATORS: the heading of a verdict, before a colon; %s is "Leg pain" or "Back
	   pain": the change is judged from fewer days than it needs to be firm. */
	return xasprintf(dgettext(words_domain(en), "%s, first signs"), what);
}

/* "; early: 7 more rated days make it firm", or "". */
static char *verdict_tail(const struct stats_verdict *v, bool en)
{
	if (!v->early)
		return xstrdup("");
	/* TRANSLATORS: the end of a verdict that rests on too few days ("first signs"). */
	return xasprintf(dngettext(words_domain(en), "; early: %d more rated day makes it firm",
				   "; early: %d more rated days make it firm",
				   (unsigned long)v->days_needed),
			 v->days_needed);
}

char *stats_verdict_sentence(const struct stats_verdict *v, const char *what, int64_t since,
			     bool utf8, bool en)
{
	const char *d = words_domain(en);
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	if (v->direction == DIR_UNKNOWN)
		/* TRANSLATORS: %s is "Leg pain" or "Back pain", then a dash (— or -). */
		return xasprintf(dngettext(d, "%s: not known yet %s needs %d more day with "
					      "ratings.",
					   "%s: not known yet %s needs %d more days with ratings.",
					   (unsigned long)v->days_needed),
				 what, dash, v->days_needed);
	char *cmp = compared(v, since, utf8, en);
	char *head = verdict_head(v, what, en), *tail = verdict_tail(v, en);
	const char *meant = v->meaningful ? dgettext(d, "a meaningful change")
					  : dgettext(d, "less than a meaningful change");
	char *out;
	if (v->direction == DIR_UNCHANGED) {
		/* TRANSLATORS: a verdict: "Leg pain: unchanged — 4.1 now against 4.3 (change
		   -0.2, -0.9 to +0.5) since mid-October; within day-to-day variation." The
		   first %s is the heading, the second a dash, then the new and the old mean,
		   the change and its 95% interval (each after its sign), the days compared
		   (" since mid-October" or "; the first 14 rated days ...") and "" or "; early:
		   ...". */
		out = words_asprintf(en,
		                     dgettext(d, "%s: unchanged %s %.1f now against %.1f (change "
		                                 "%s%.1f, %s%.1f to %s%.1f)%s; within day-to-day "
		                                 "variation%s."),
		                     head, dash, v->recent, v->first, v->change < 0 ? minus : "+",
		                     fabs(v->change), v->low < 0 ? minus : "", fabs(v->low),
		                     v->high < 0 ? minus : "", fabs(v->high), cmp, tail);
	} else if (v->direction == DIR_BETTER) {
		/* TRANSLATORS: a verdict: "Leg pain: better — down 3.0 points (2.4 to 3.6),
		   −46% since mid-October; a meaningful change." The first %s is the heading,
		   the second a dash, then the fall and its 95% interval, a minus sign and the
		   percentage, the days compared, "a meaningful change" or "less than a
		   meaningful change", and "" or "; early: ...". */
		out = words_asprintf(en,
		                     dgettext(d, "%s: better %s down %.1f points (%.1f to %.1f), "
		                                 "%s%.0f%%%s; %s%s."),
		                     head, dash, fabs(v->change), -v->high, -v->low, minus,
		                     fabs(v->percent), cmp, meant, tail);
	} else {
		/* TRANSLATORS: as "%s: better %s down ...", for pain that rose. */
		out = words_asprintf(en,
		                     dgettext(d, "%s: worse %s up %.1f points (%.1f to %.1f), "
		                                 "+%.0f%%%s; %s%s."),
		                     head, dash, fabs(v->change), v->low, v->high, fabs(v->percent),
		                     cmp, meant, tail);
	}
	free(cmp);
	free(head);
	free(tail);
	return out;
}

/* The body of a short verdict, with its qualifiers: ", a meaningful change", "first signs: ". */
static char *short_qualified(const struct stats_verdict *v, char *body)
{
	if (v->meaningful && v->direction != DIR_UNCHANGED) {
		/* TRANSLATORS: %s is a short verdict, "better — down 3.0 points (−46%)". */
		char *s = xasprintf(_("%s, a meaningful change"), body);
		free(body);
		body = s;
	}
	if (v->early) {
		/* TRANSLATORS: %s is a short verdict judged from too few days to be firm. */
		char *s = xasprintf(_("first signs: %s"), body);
		free(body);
		body = s;
	}
	return body;
}

char *stats_verdict_short(const struct stats_verdict *v, bool utf8)
{
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	switch (v->direction) {
	case DIR_UNKNOWN:
		/* TRANSLATORS: a short verdict on pain; %s is a dash (— or -). */
		return xasprintf(ngettext("not known yet %s %d more day with ratings",
					  "not known yet %s %d more days with ratings",
					  (unsigned long)v->days_needed),
				 dash, v->days_needed);
	case DIR_UNCHANGED:
		/* TRANSLATORS: a short verdict on pain; %s is a dash (— or -). */
		return short_qualified(v, xasprintf(_("unchanged %s within day-to-day variation"),
						    dash));
	case DIR_BETTER:
		/* TRANSLATORS: a short verdict on pain: a dash, the fall in points, a minus sign
		   and the fall in percent. */
		return short_qualified(v, i18n_asprintf(_("better %s down %.1f points (%s%.0f%%)"),
		                                        dash, fabs(v->change), minus,
		                                        fabs(v->percent)));
	case DIR_WORSE:
		break;
	}
	/* TRANSLATORS: a short verdict on pain: a dash, the rise in points and in percent. */
	return short_qualified(v, i18n_asprintf(_("worse %s up %.1f points (+%.0f%%)"), dash,
	                                        fabs(v->change), fabs(v->percent)));
}

char *stats_effect_sentence(const struct stats_paired *p, const char *what, bool utf8)
{
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	int more = STATS_MIN_SESSIONS - p->n;
	unsigned long n = (unsigned long)p->n;
	switch (p->effect) {
	case EFFECT_TOO_FEW:
		/* TRANSLATORS: what a routine does to pain; %s is a dash (— or -). */
		return xasprintf(ngettext("too few rated sessions to tell %s %d more needed",
					  "too few rated sessions to tell %s %d more needed",
					  (unsigned long)more),
				 dash, more);
	case EFFECT_HELPS:
		if (-p->mean < STATS_HELPS_LITTLE)
			/* TRANSLATORS: what a routine does: a dash, then %s is "leg pain"; the
			   fall after a session, its 95% interval, and the sessions rated. */
			return i18n_asprintf(
			    ngettext("helps a little %s %s %.1f lower after a session "
			             "(%.1f to %.1f; %d session)",
			             "helps a little %s %s %.1f lower after a session "
			             "(%.1f to %.1f; %d sessions)",
			             n),
			    dash, what, -p->mean, -p->high, -p->low, p->n);
		/* TRANSLATORS: as "helps a little %s %s ...", for a fall of a point or more. */
		return i18n_asprintf(
		    ngettext("helps %s %s %.1f lower after a session (%.1f to %.1f; "
		             "%d session)",
		             "helps %s %s %.1f lower after a session (%.1f to %.1f; "
		             "%d sessions)",
		             n),
		    dash, what, -p->mean, -p->high, -p->low, p->n);
	case EFFECT_WORSE:
		/* TRANSLATORS: what a routine does: %s is "leg pain", then the rise after a
		   session, the sessions rated, and a dash (— or -). */
		return i18n_asprintf(
		    ngettext("seems to make %s worse (+%.1f; %d session) %s a gentler "
		             "routine may suit you better for now",
		             "seems to make %s worse (+%.1f; %d sessions) %s a "
		             "gentler routine may suit you better for now",
		             n),
		    what, p->mean, p->n, dash);
	case EFFECT_UNCLEAR:
		break;
	}
	/* TRANSLATORS: what a routine does: a dash, %s is "leg pain", then the change after a
	   session and its 95% interval, each after its sign, and the sessions rated. */
	return i18n_asprintf(ngettext("unclear %s %s %s%.1f after a session (%s%.1f to %s%.1f; "
	                              "%d session)",
	                              "unclear %s %s %s%.1f after a session (%s%.1f to %s%.1f; "
	                              "%d sessions)",
	                              n),
	                     dash, what, p->mean < 0 ? minus : "+", fabs(p->mean),
	                     p->low < 0 ? minus : "", fabs(p->low), p->high < 0 ? minus : "",
	                     fabs(p->high), p->n);
}

char *stats_assoc_sentence(const struct stats_assoc *a, enum stats_beside what, bool utf8,
			   bool en)
{
	if (!a->known || (a->low <= 0 && a->high >= 0))
		return NULL;
	const char *d = words_domain(en);
	const char *dash = utf8 ? "\u2014" : "-", *minus = utf8 ? "\u2212" : "-";
	bool sitting = what == STATS_SITTING, lower = a->r < 0;
	unsigned long n = (unsigned long)a->n;
	return words_asprintf(
	    en,
	    sitting && lower
	        /* TRANSLATORS: r with its 95% interval (each number after its sign),
	           the days, and a dash (— or -): an association, never a cause. */
	        ? dngettext(d,
	                    "Sitting: on days you could sit longer, leg pain was lower "
	                    "(r = %s%.2f, %s%.2f to %s%.2f; %d day) %s they go "
	                    "together, which does not say that one causes the other.",
	                    "Sitting: on days you could sit longer, leg pain was lower "
	                    "(r = %s%.2f, %s%.2f to %s%.2f; %d days) %s they go "
	                    "together, which does not say that one causes the other.",
	                    n)
	        : sitting
	              /* TRANSLATORS: as "Sitting: ... leg pain was lower ...". */
	              ? dngettext(d,
	                          "Sitting: on days you could sit longer, leg pain was higher "
	                          "(r = %s%.2f, %s%.2f to %s%.2f; %d day) %s they go "
	                          "together, which does not say that one causes the other.",
	                          "Sitting: on days you could sit longer, leg pain was higher "
	                          "(r = %s%.2f, %s%.2f to %s%.2f; %d days) %s they go "
	                          "together, which does not say that one causes the other.",
	                          n)
	              : lower
	                    /* TRANSLATORS: as "Sitting: ... leg pain was lower ...". */
	                    ? dngettext(d,
	                                "Sleep: on days you slept better, leg pain was lower "
	                                "(r = %s%.2f, %s%.2f to %s%.2f; %d day) %s they go "
	                                "together, which does not say that one causes the other.",
	                                "Sleep: on days you slept better, leg pain was lower "
	                                "(r = %s%.2f, %s%.2f to %s%.2f; %d days) %s they go "
	                                "together, which does not say that one causes the other.",
	                                n)
	                    /* TRANSLATORS: as "Sitting: ... leg pain was lower ...". */
	                    : dngettext(d,
	                                "Sleep: on days you slept better, leg pain was higher "
	                                "(r = %s%.2f, %s%.2f to %s%.2f; %d day) %s they go "
	                                "together, which does not say that one causes the other.",
	                                "Sleep: on days you slept better, leg pain was higher "
	                                "(r = %s%.2f, %s%.2f to %s%.2f; %d days) %s they go "
	                                "together, which does not say that one causes the other.",
	                                n),
	    lower ? minus : "", fabs(a->r), a->low < 0 ? minus : "", fabs(a->low),
	    a->high < 0 ? minus : "", fabs(a->high), a->n, dash);
}
