/* SPDX-License-Identifier: ISC */
/* function.c - what the person can do: the Patient-Specific Functional Scale, and its verdict */
#include "config.h"

#include "insight/function.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "insight/words.h"

static int keep(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)s;
	struct function_history *h = ctx;
	bool any = false;
	for (int i = 0; i < FIELD_ACTIVITIES; i++)
		any |= e->activity[i] != NULL || e->function[i] >= 0;
	if (!any)
		return 0;
	h->v = xreallocarray(h->v, h->n + 1, sizeof *h->v);
	struct function_check *c = &h->v[h->n++];
	memset(c, 0, sizeof *c);
	c->at = e->at;
	for (int i = 0; i < FIELD_ACTIVITIES; i++) {
		c->activity[i] = e->activity[i] ? xstrdup(e->activity[i]) : NULL;
		c->rating[i] = e->function[i];
	}
	c->score = function_score(e);
	return 0;
}

double function_score(const struct diary_entry *e)
{
	double sum = 0;
	int n = 0;
	for (int i = 0; i < FIELD_ACTIVITIES; i++)
		if (e->function[i] >= 0) {
			sum += e->function[i];
			n++;
		}
	return n ? sum / n : NAN;
}

enum lb_status function_read(struct function_history *h, struct diary *db, int64_t now,
			     struct diags *err)
{
	memset(h, 0, sizeof *h);
	enum lb_status st =
	    db ? diary_each_kind(db, INT64_MIN / 2, now + 1, DIARY_ENTRIES, keep, h, err) : LB_OK;
	for (size_t i = h->n; i-- > 0 && !h->nactivities;) {
		for (int k = 0; k < FIELD_ACTIVITIES; k++)
			if (h->v[i].activity[k])
				h->activity[h->nactivities++] = h->v[i].activity[k];
	}
	return st;
}

void function_free(struct function_history *h)
{
	for (size_t i = 0; i < h->n; i++)
		for (int k = 0; k < FIELD_ACTIVITIES; k++)
			free(h->v[i].activity[k]);
	free(h->v);
	memset(h, 0, sizeof *h);
}

const struct function_check *function_last(const struct function_history *h)
{
	for (size_t i = h->n; i-- > 0;)
		if (!isnan(h->v[i].score))
			return &h->v[i];
	return NULL;
}

double function_mean_between(const struct function_history *h, int64_t from, int64_t to, int *n)
{
	double sum = 0;
	int k = 0;
	for (size_t i = 0; i < h->n; i++)
		if (!isnan(h->v[i].score) && h->v[i].at >= from && h->v[i].at < to) {
			sum += h->v[i].score;
			k++;
		}
	if (n)
		*n = k;
	return k ? sum / k : NAN;
}

bool function_due(const struct function_history *h, int64_t now)
{
	const struct function_check *c = function_last(h);
	return h->nactivities > 0 && (!c || now - c->at >= FUNCTION_DUE_DAYS * 86400LL - 3600);
}

/* Mean and variance of the scores of the rated check-ins with index from <= i < to. */
static void window(const double *score, int from, int to, double *mean, double *var)
{
	double sum = 0, sq = 0;
	int n = to - from;
	for (int i = from; i < to; i++) {
		sum += score[i];
		sq += score[i] * score[i];
	}
	*mean = sum / n;
	*var = n > 1 ? (sq - sum * sum / n) / (n - 1) : 0;
	if (*var < 0)
		*var = 0;
}

void function_verdict(const struct function_history *h, int64_t now, struct stats_verdict *v)
{
	(void)now;
	memset(v, 0, sizeof *v);
	v->direction = DIR_UNKNOWN;
	double *score = xcalloc(h->n + 1, sizeof *score);
	int n = 0;
	for (size_t i = 0; i < h->n; i++)
		if (!isnan(h->v[i].score))
			score[n++] = h->v[i].score;
	/* The first and the last k weekly ratings, k from 2 to FUNCTION_WINDOW, never shared. */
	int k = n / 2 < FUNCTION_WINDOW ? n / 2 : FUNCTION_WINDOW;
	if (k < 2) {
		v->days_needed = 4 - n;
		free(score);
		return;
	}
	double m1, v1, m2, v2;
	window(score, 0, k, &m1, &v1);
	window(score, n - k, n, &m2, &v2);
	free(score);
	v->first_days = v->recent_days = k;
	v->first = m1;
	v->recent = m2;
	v->change = m2 - m1;
	v->percent = m1 > 0 ? 100.0 * v->change / m1 : 0;
	/* Welch's interval for the difference of two means (k ratings each). */
	double a = v1 / k, b = v2 / k, se = sqrt(a + b);
	double df = a + b > 0 ? (a + b) * (a + b) / ((a * a + b * b) / (k - 1)) : 2.0 * (k - 1);
	double half = stats_t95((int)floor(df)) * se;
	v->low = v->change - half;
	v->high = v->change + half;
	v->meaningful = fabs(v->change) >= FUNCTION_MIC;
	v->direction = v->low > 0 ? DIR_BETTER : v->high < 0 ? DIR_WORSE : DIR_UNCHANGED;
}

bool function_gained(const struct function_history *h, int64_t now, struct stats_verdict *v)
{
	struct stats_verdict own;
	if (!v)
		v = &own;
	function_verdict(h, now, v);
	const struct function_check *last = function_last(h);
	return v->direction == DIR_BETTER && v->meaningful && last &&
	       now - last->at <= FUNCTION_CURRENT_DAYS * 86400LL;
}

char *function_verdict_text(const struct stats_verdict *v, bool utf8, bool en)
{
	const char *d = words_domain(en);
	const char *dash = utf8 ? "—" : "-";
	if (v->direction == DIR_UNKNOWN)
		/* TRANSLATORS: the verdict on the function score (what one can do); %s is a
		   dash (— or -). */
		return xasprintf(dngettext(d, "not known yet %s needs %d more weekly rating",
					   "not known yet %s needs %d more weekly ratings",
					   (unsigned long)v->days_needed),
				 dash, v->days_needed);
	const char *minus = utf8 ? "−" : "-";
	char low[32], high[32];
	char *lo = words_asprintf(en, "%s%.1f", v->low < 0 ? minus : "", fabs(v->low));
	char *hi = words_asprintf(en, "%s%.1f", v->high < 0 ? minus : "", fabs(v->high));
	snprintf(low, sizeof low, "%s", lo);
	snprintf(high, sizeof high, "%s", hi);
	free(lo);
	free(hi);
	bool up = v->change >= 0;
	char *s = words_asprintf(
	    en,
	    v->direction == DIR_BETTER
	        /* TRANSLATORS: the verdict on the function score: a dash (— or -), the
	           change and its 95% interval (the %s are signed numbers). */
	        ? dgettext(d, "better %s up %.1f points (95%% interval %s to %s)")
	        : v->direction == DIR_WORSE
	              /* TRANSLATORS: as "better %s up ...", for a score that fell. */
	              ? dgettext(d, "worse %s down %.1f points (95%% interval %s to %s)")
	              : up
	                    /* TRANSLATORS: as "better %s up ...", for a change within the noise. */
	                    ? dgettext(d, "unchanged %s up %.1f points (95%% interval %s to %s)")
	                    /* TRANSLATORS: as "better %s up ...", for a change within the noise. */
	                    : dgettext(d, "unchanged %s down %.1f points (95%% interval %s to %s)"),
	    dash, fabs(v->change), low, high);
	if (!v->meaningful)
		return s;
	/* TRANSLATORS: %s is a short verdict, "better — down 3.0 points (−46%)". */
	char *m = xasprintf(dgettext(d, "%s, a meaningful change"), s);
	free(s);
	return m;
}

char *function_verdict_short(const struct stats_verdict *v, bool utf8)
{
	return function_verdict_text(v, utf8, false);
}
