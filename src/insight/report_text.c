/* SPDX-License-Identifier: ISC */
/* report_text.c - the report's sentences, in a clinician's words, from what report_data gathered */
#include "config.h"

#include "insight/report_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/xalloc.h"

#define MINUS "\u2212"

/* "−1.3", "+0.4", "0.0" with places decimals; a real minus sign. */
static void signed_num(char *buf, size_t n, double v, int places)
{
	double scale = pow(10, places), r = round(v * scale) / scale;
	i18n_snprintf(buf, n, "%s%.*f", r < 0 ? MINUS : r > 0 ? "+" : "", places, fabs(r));
}

/* "95% interval −3.6 to −2.8". */
static void interval(char *buf, size_t n, double low, double high, int places)
{
	char a[24], b[24];
	signed_num(a, sizeof a, low, places);
	signed_num(b, sizeof b, high, places);
	/* TRANSLATORS: in the report: a 95% confidence interval, from a signed number to one. */
	snprintf(buf, n, _("95%% interval %s to %s"), a, b);
}

/* "Stretching: 41 sessions played in limber and 26 done away ...; 10 h 54 min in all." */
static char *stretching(long played, long away, long minutes)
{
	long h = minutes / 60, min = minutes % 60;
	if (played && away)
		/* TRANSLATORS: the report's summary: sessions played in limber (the plural
		   follows them), sessions done away from the screen, and the time in all. */
		return xasprintf(ngettext("Stretching: %ld session played in limber and %ld done "
					  "away from the screen and logged afterwards; %ld h %02ld "
					  "min in all.",
					  "Stretching: %ld sessions played in limber and %ld done "
					  "away from the screen and logged afterwards; %ld h %02ld "
					  "min in all.",
					  (unsigned long)played),
				 played, away, h, min);
	if (played)
		/* TRANSLATORS: as "Stretching: %ld session played in limber and ...". */
		return xasprintf(ngettext("Stretching: %ld session played in limber; %ld h %02ld "
					  "min in all.",
					  "Stretching: %ld sessions played in limber; %ld h %02ld "
					  "min in all.",
					  (unsigned long)played),
				 played, h, min);
	/* TRANSLATORS: as "Stretching: %ld session played in limber and ...". */
	return xasprintf(ngettext("Stretching: %ld session done away from the screen and logged "
				  "afterwards; %ld h %02ld min in all.",
				  "Stretching: %ld sessions done away from the screen and logged "
				  "afterwards; %ld h %02ld min in all.",
				  (unsigned long)away),
			 away, h, min);
}

char *report_text_summary(const struct report_data *d)
{
	size_t days = d->t.today + 1 < d->t.ndays ? d->t.today + 1 : d->t.ndays;
	/* TRANSLATORS: the report's summary: the entries (the plural follows them), the days
	   with an entry, and the days of the period so far. */
	char *head = xasprintf(ngettext("In this period: %ld entry on %d of %zu days.",
					"In this period: %ld entries on %d of %zu days.",
					(unsigned long)d->t.entries),
			       d->t.entries, report_data_days(d), days);
	long seconds = 0;
	for (size_t i = 0; i < d->t.nweeks; i++)
		seconds += d->t.week[i].seconds;
	char *tail = d->t.sessions ? stretching(d->t.sessions - d->t.away, d->t.away,
						(seconds + 30) / 60)
				   : xstrdup(_("No stretching sessions."));
	char *s = xasprintf("%s %s", head, tail);
	free(head);
	free(tail);
	return s;
}

/* "Leg pain fell from 6.9 to 3.7: −3.2 points (95% interval ...), −46%; a ... change." */
static char *changed(const struct stats_verdict *v, enum trends_measure m, const char *change,
		     const char *ci, const char *pct)
{
	const char *meant = v->meaningful ? _("a clinically important change")
					  : _("less than a clinically important change");
	bool fell = v->direction == DIR_BETTER;
	/* TRANSLATORS: the report's verdict: the mean daily pain of the first two weeks and of
	   the last two, the change in points with its 95% interval, the change in percent, and
	   "a clinically important change" or "less than a clinically important change". */
	return i18n_asprintf(m == TM_LEG
	                         ? fell ? _("Leg pain fell from %.1f to %.1f: %s points (%s), "
	                                    "%s%%; %s.")
	                                /* TRANSLATORS: as "Leg pain fell from ...". */
	                                : _("Leg pain rose from %.1f to %.1f: %s points (%s), "
	                                    "%s%%; %s.")
	                     : fell
	                         /* TRANSLATORS: as "Leg pain fell from ...". */
	                         ? _("Back pain fell from %.1f to %.1f: %s points (%s), %s%%; %s.")
	                         /* TRANSLATORS: as "Leg pain fell from ...". */
	                         : _("Back pain rose from %.1f to %.1f: %s points (%s), %s%%; %s."),
	                     v->first, v->recent, change, ci, pct, meant);
}

char *report_text_verdict(const struct report_data *d, enum trends_measure m)
{
	/* TRANSLATORS: what the report's verdict is about, before a colon. */
	const char *what = m == TM_LEG ? _("Leg pain") : _("Back pain");
	struct stats_verdict v;
	int64_t since;
	trends_verdict(&d->t, m, &v, &since);
	if (v.direction == DIR_UNKNOWN)
		/* TRANSLATORS: %s is "Leg pain" or "Back pain"; then the rated days needed. */
		return xasprintf(ngettext("%s: too few days with ratings to compare the first and "
					  "the last two weeks (%d more needed).",
					  "%s: too few days with ratings to compare the first and "
					  "the last two weeks (%d more needed).",
					  (unsigned long)v.days_needed),
				 what, v.days_needed);
	char change[24], ci[80], pct[24];
	if (v.high - v.low < 0.05) { /* the same on every day of each window: no spread to draw */
		int a = fabs(v.first - round(v.first)) < 0.05 ? 0 : 1;
		int b = fabs(v.recent - round(v.recent)) < 0.05 ? 0 : 1;
		/* TRANSLATORS: %s is "Leg pain" or "Back pain"; then the same rating on every
		   day of the first two weeks, and on every day of the last two. */
		return i18n_asprintf(
		    _("%s: %.*f on every rated day of the first two weeks, %.*f on "
		      "every rated day of the last two."),
		    what, a, v.first, b, v.recent);
	}
	signed_num(change, sizeof change, v.change, 1);
	interval(ci, sizeof ci, v.low, v.high, 1);
	signed_num(pct, sizeof pct, v.percent, 0);
	if (v.direction == DIR_UNCHANGED)
		/* TRANSLATORS: %s is "Leg pain" or "Back pain"; then the mean daily pain of the
		   first two weeks and of the last two, the change and its 95% interval. */
		return i18n_asprintf(
		    _("%s: no clear change, %.1f then %.1f: %s points (%s); within "
		      "day-to-day variation."),
		    what, v.first, v.recent, change, ci);
	return changed(&v, m, change, ci, pct);
}

/* Whether every one of the n changes is the same (whole-point ratings, no spread). */
static bool all_same(const double *v, int n)
{
	for (int i = 1; i < n; i++)
		if (v[i] != v[0])
			return false;
	return n > 0;
}

/* "all 4 sessions: −1, lower after each": identical changes have no spread to draw. */
static char *same_each(const struct stats_paired *e, const char *mean)
{
	unsigned long n = (unsigned long)e->n;
	/* TRANSLATORS: a cell of the report's routines table: every rated session changed pain
	   by the same (signed) number of points. */
	return xasprintf(e->mean < 0   ? ngettext("all %d session: %s, lower after each",
						  "all %d sessions: %s, lower after each", n)
			 : e->mean > 0 ? ngettext("all %d session: %s, higher after each",
						  "all %d sessions: %s, higher after each", n)
				       : ngettext("all %d session: %s, no change",
						  "all %d sessions: %s, no change", n),
			 e->n, mean);
}

char *report_text_effect(const struct trends_routine *r, enum trends_measure m)
{
	struct stats_paired e;
	trends_routine_effect(r, m, &e);
	if (!e.n)
		/* TRANSLATORS: a cell of the report's routines table: no session was rated. */
		return xstrdup(_("not rated"));
	const double *v = r->delta[m];
	bool same = all_same(v, e.n);
	char mean[24];
	signed_num(mean, sizeof mean, e.mean, same ? 0 : 1);
	if (e.effect == EFFECT_TOO_FEW)
		/* TRANSLATORS: a cell of the report's routines table: the mean change in points. */
		return xasprintf(ngettext("%s from %d rated session: too few to judge",
					  "%s from %d rated sessions: too few to judge",
					  (unsigned long)e.n),
				 mean, e.n);
	if (same)
		return same_each(&e, mean);
	char ci[80];
	interval(ci, sizeof ci, e.low, e.high, 1);
	/* TRANSLATORS: a cell of the report's routines table: the mean change in points and
	   its 95% interval, then what it means. */
	return xasprintf(e.effect == EFFECT_HELPS   ? _("%s (%s): lower after")
			 : e.effect == EFFECT_WORSE ? _("%s (%s): higher after")
						    : _("%s (%s): no clear change"),
			 mean, ci);
}

/* "Sitting tolerance was higher on days with lower leg pain (r = ...; 20 days): ...". */
char *report_text_assoc(const struct report_data *d, enum trends_other o)
{
	struct stats_assoc a;
	trends_assoc(&d->t, o, &a);
	if (!a.known || (a.low <= 0 && a.high >= 0))
		return NULL;
	char r[24], ci[80];
	signed_num(r, sizeof r, a.r, 2);
	char *stat;
	if (a.high - a.low >= 0.005) { /* a perfect line has no interval to show */
		interval(ci, sizeof ci, a.low, a.high, 2);
		/* TRANSLATORS: Pearson's r and its 95% interval ("95% interval ... to ..."). */
		stat = xasprintf(_("r = %s, %s"), r, ci);
	} else {
		/* TRANSLATORS: Pearson's r. */
		stat = xasprintf(_("r = %s"), r);
	}
	unsigned long n = (unsigned long)a.n;
	bool sitting = o == TO_SITTING, lower = a.r < 0;
	/* TRANSLATORS: the report: %s is r with its 95% interval, then the days with both
	   measures. An association, never a cause. */
	char *s = xasprintf(
		sitting && lower ? ngettext("Sitting tolerance was higher on days with lower leg "
					    "pain (%s; %d day): an association, not evidence that "
					    "one causes the other.",
					    "Sitting tolerance was higher on days with lower leg "
					    "pain (%s; %d days): an association, not evidence that "
					    "one causes the other.",
					    n)
		: sitting	 ? ngettext("Sitting tolerance was higher on days with higher leg "
					    "pain (%s; %d day): an association, not evidence that "
					    "one causes the other.",
					    "Sitting tolerance was higher on days with higher leg "
					    "pain (%s; %d days): an association, not evidence that "
					    "one causes the other.",
					    n)
		: lower		 ? ngettext("Sleep quality was better on days with lower leg pain "
					    "(%s; %d day): an association, not evidence that one "
					    "causes the other.",
					    "Sleep quality was better on days with lower leg pain "
					    "(%s; %d days): an association, not evidence that one "
					    "causes the other.",
					    n)
				 : ngettext("Sleep quality was better on days with higher leg pain "
					    "(%s; %d day): an association, not evidence that one "
					    "causes the other.",
					    "Sleep quality was better on days with higher leg pain "
					    "(%s; %d days): an association, not evidence that one "
					    "causes the other.",
					    n),
		stat, a.n);
	free(stat);
	return s;
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
	int f1 = pl->below_knee[REPORT_FIRST], n1 = pl->noted[REPORT_FIRST];
	int f2 = pl->below_knee[REPORT_LAST], n2 = pl->noted[REPORT_LAST];
	unsigned long n = (unsigned long)n1;
	/* A shift of 20 points of the entries is more than a few days' difference. */
	if (b <= a - 20)
		/* TRANSLATORS: the report: entries with pain below the knee among those noting
		   a place, and their share, in the first two weeks and in the last two. */
		return xasprintf(ngettext("Pain below the knee (calf or foot): %d of %d entry "
					  "noting a place (%d%%) in the first two weeks, %d of %d "
					  "(%d%%) in the last two: the pain has moved up the leg "
					  "(centralising).",
					  "Pain below the knee (calf or foot): %d of %d entries "
					  "noting a place (%d%%) in the first two weeks, %d of %d "
					  "(%d%%) in the last two: the pain has moved up the leg "
					  "(centralising).",
					  n),
				 f1, n1, a, f2, n2, b);
	if (b >= a + 20)
		/* TRANSLATORS: as "Pain below the knee ...: the pain has moved up the leg". */
		return xasprintf(ngettext("Pain below the knee (calf or foot): %d of %d entry "
					  "noting a place (%d%%) in the first two weeks, %d of %d "
					  "(%d%%) in the last two: the pain has spread further "
					  "down the leg (peripheralising).",
					  "Pain below the knee (calf or foot): %d of %d entries "
					  "noting a place (%d%%) in the first two weeks, %d of %d "
					  "(%d%%) in the last two: the pain has spread further "
					  "down the leg (peripheralising).",
					  n),
				 f1, n1, a, f2, n2, b);
	/* TRANSLATORS: as "Pain below the knee ...", when it has not moved. */
	return xasprintf(ngettext("Pain below the knee (calf or foot): %d of %d entry noting a "
				  "place (%d%%) in the first two weeks, %d of %d (%d%%) in the "
				  "last two.",
				  "Pain below the knee (calf or foot): %d of %d entries noting a "
				  "place (%d%%) in the first two weeks, %d of %d (%d%%) in the "
				  "last two.",
				  n),
			 f1, n1, a, f2, n2, b);
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
	/* TRANSLATORS: the report, after the function verdict: how many weekly ratings were
	   compared (the plural follows them), the first one's date, then the last one's. */
	snprintf(buf, n,
		 ngettext("The first %d weekly rating (from %s) against the last %d (to %s)",
			  "The first %d weekly ratings (from %s) against the last %d (to %s)",
			  (unsigned long)k),
		 k, a, k, b);
}

/* Too few ratings for a verdict: how many more, and the latest score. */
static char *function_unknown(const struct report_data *d)
{
	const struct stats_verdict *v = &d->fn_verdict;
	const struct function_check *last = function_last(&d->fn);
	if (!last)
		/* TRANSLATORS: the report: the Patient-Specific Functional Scale (what one can
		   do) has activities but no rating yet. */
		return xstrdup(_("Function: activities named, not yet rated."));
	char when[32];
	date(when, sizeof when, last->at);
	/* TRANSLATORS: the report: the weekly function ratings needed for a verdict, then the
	   latest score (0 to 10) and its date. */
	return i18n_asprintf(ngettext("Function: too few weekly ratings to compare the first with "
	                              "the last (%d more needed); latest score %.1f of 10 (%s).",
	                              "Function: too few weekly ratings to compare the first with "
	                              "the last (%d more needed); latest score %.1f of 10 (%s).",
	                              (unsigned long)v->days_needed),
	                     v->days_needed, last->score, when);
}

char *report_text_function(const struct report_data *d)
{
	const struct stats_verdict *v = &d->fn_verdict;
	if (!d->nact)
		return NULL;
	if (v->direction == DIR_UNKNOWN)
		return function_unknown(d);
	char change[24], ci[80], span[160];
	signed_num(change, sizeof change, v->change, 1);
	interval(ci, sizeof ci, v->low, v->high, 1);
	compared(span, sizeof span, d, v->first_days);
	if (v->high - v->low < 0.05) /* the same score at every rating of each window */
		/* TRANSLATORS: in the report's function verdict, in place of the 95% interval. */
		snprintf(ci, sizeof ci, "%s",
			 _("the same score at each rating compared, so no interval"));
	if (v->direction == DIR_UNCHANGED)
		/* TRANSLATORS: the report's function verdict (0 to 10): the mean of the first
		   weekly ratings and of the last, the change in points and its 95% interval, then
		   "The first 4 weekly ratings (from ...) against the last 4 (to ...)". */
		return i18n_asprintf(_("Function unchanged — %.1f then %.1f of 10: %s points (%s); "
		                       "no clear change. %s."),
		                     v->first, v->recent, change, ci, span);
	const char *meant = v->meaningful ? _("a clinically important change")
					  : _("less than a clinically important change");
	/* TRANSLATORS: the report's function verdict (0 to 10): the mean of the first weekly
	   ratings and of the last, the change in points and its 95% interval, "a clinically
	   important change" or "less than a clinically important change", then "The first 4
	   weekly ratings (from ...) against the last 4 (to ...)". */
	return i18n_asprintf(v->direction == DIR_BETTER
	                         ? _("Function better — rose from %.1f to %.1f of 10: %s points "
	                             "(%s); %s. %s.")
	                         /* TRANSLATORS: as "Function better — rose from ...". */
	                         : _("Function worse — fell from %.1f to %.1f of 10: %s points "
	                             "(%s); %s. %s."),
	                     v->first, v->recent, change, ci, meant, span);
}
