/* SPDX-License-Identifier: ISC */
/* counsel.c - when to see a doctor, and the red flag still open (shared/content/safety.md) */
#include "config.h"

#include "insight/counsel.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/coach.h"
#include "insight/function.h"
#include "insight/safety.h"

const char *const counsel_kind_names[] = {
	[COUNSEL_NOT_BETTER] = "not-better",	 [COUNSEL_NO_CHANGE] = "no-change",
	[COUNSEL_SESSION_PAIN] = "session-pain", [COUNSEL_WORSE] = "worse",
	[COUNSEL_GP_FLAG] = "see-gp-soon",
};

static const char *const what[TM_COUNT] = {[TM_BACK] = "back", [TM_LEG] = "leg"};

static void say(struct counsel *c, enum counsel_kind k, char *sentence)
{
	free(c->sentence[k]);
	if (!c->sentence[k])
		c->n++;
	c->sentence[k] = sentence;
}

/* Mean daily pain of days [from, to], NAN unless at least `need` of them were rated. */
static double days_mean(const struct trends *t, enum trends_measure m, long from, long to,
			int need)
{
	double sum = 0;
	int n = 0;
	for (long d = from < 0 ? 0 : from; d <= to; d++) {
		double v = trends_day_mean(t, (size_t)d, m);
		if (!isnan(v))
			sum += v, n++;
	}
	return n >= need && n ? sum / n : NAN;
}

/* NHS: not improving after a few weeks; sciatica usually eases within 4 to 6. */
static void not_better(struct counsel *c, const struct trends *t)
{
	long today = (long)t->today, first = -1;
	for (long d = 0; d <= today && first < 0; d++)
		if (t->days[d].n[TM_BACK] || t->days[d].n[TM_LEG])
			first = d;
	if (first < 0 || today - first < COUNSEL_WEEKS_NOT_BETTER * 7)
		return;
	int worst = -1;
	struct stats_verdict v[TM_COUNT];
	for (int m = 0; m < TM_COUNT; m++) {
		trends_verdict(t, (enum trends_measure)m, &v[m], NULL);
		bool better = v[m].direction == DIR_BETTER && v[m].meaningful;
		if (v[m].direction != DIR_UNKNOWN && !better && v[m].recent > COUNSEL_LOW_PAIN &&
		    (worst < 0 || v[m].recent > v[worst].recent))
			worst = m;
	}
	if (worst >= 0)
		say(c, COUNSEL_NOT_BETTER,
		    xasprintf("Your %s pain is not clearly better after %ld weeks (%.1f now, %.1f at "
			      "first): see a doctor (GP) to have it checked.",
			      what[worst], (today - first) / 7, v[worst].recent, v[worst].first));
}

/* NHS inform: see a doctor if the exercises bring no improvement after 2 weeks. */
static void no_change(struct counsel *c, const struct trends *t)
{
	long today = (long)t->today;
	if (today < 13)
		return;
	int days = 0, early = 0;
	for (long d = today - 13; d <= today; d++)
		if (t->days[d].sessions) {
			days++;
			early += d <= today - 7;
		}
	if (days < COUNSEL_REGULAR_DAYS || early < 3)
		return;
	for (int m = TM_COUNT - 1; m >= 0; m--) {
		double before = days_mean(t, (enum trends_measure)m, today - 13, today - 7, 3);
		double now = days_mean(t, (enum trends_measure)m, today - 6, today, 3);
		if (now > COUNSEL_LOW_PAIN && now - before > -STATS_MIC_FLOOR) {
			say(c, COUNSEL_NO_CHANGE,
			    xasprintf("Two weeks of regular sessions have not eased your %s pain "
				      "(%.1f this week, %.1f the week before): see a doctor or a "
				      "physiotherapist.",
				      what[m], now, before));
			return;
		}
	}
}

static void worse(struct counsel *c, const struct trends *t)
{
	for (int m = TM_COUNT - 1; m >= 0; m--) {
		struct stats_verdict v;
		trends_verdict(t, (enum trends_measure)m, &v, NULL);
		if (v.direction == DIR_WORSE && v.meaningful) {
			say(c, COUNSEL_WORSE,
			    xasprintf("Your %s pain has risen %.1f points over the last weeks: if "
				      "it keeps rising, see a doctor.",
				      what[m], v.change));
			return;
		}
	}
}

void counsel_from_trends(struct counsel *c, const struct trends *t,
			 const struct stats_verdict *gain)
{
	/* Doing more is getting better (issue 22): no "see a doctor, it is not better". */
	c->function_gain = gain && gain->direction == DIR_BETTER && gain->meaningful;
	if (!c->function_gain) {
		not_better(c, t);
		no_change(c, t);
	}
	worse(c, t);
}

/* What the sessions and entries of the last days add. */
struct recent {
	int64_t session_from;
	char *severe_text;
	unsigned gp;
};

static int visit(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct recent *r = ctx;
	if (e) {
		r->gp |= e->gp_flags;
		return 0;
	}
	if (s->speed != 1 || s->started < r->session_from)
		return 0;
	int before[TM_COUNT] = {s->before_back, s->before_leg};
	int after[TM_COUNT] = {s->after_back, s->after_leg};
	for (int m = TM_COUNT - 1; m >= 0; m--) {
		bool high = after[m] >= COUNSEL_SEVERE_AFTER;
		bool rise = before[m] >= 0 && after[m] - before[m] >= COUNSEL_SEVERE_RISE;
		if (after[m] < 0 || !(high || rise))
			continue;
		char day[32], from[24] = "";
		timefmt_local(day, sizeof day, "%a %-d %b", (time_t)s->started);
		if (before[m] >= 0)
			snprintf(from, sizeof from, "%d to ", before[m]);
		free(r->severe_text);
		r->severe_text = xasprintf("Severe pain with a session on %s (%s pain %s%d): stop "
					   "that routine and see a doctor before going on with it.",
					   day, what[m], from, after[m]);
		break;
	}
	return 0;
}

static void gp_flags(struct counsel *c, unsigned gp, bool en_gb)
{
	c->gp_flags = gp;
	if (!gp)
		return;
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, "You noted ");
	for (int i = 0, n = 0; i < field_gp_flags.count; i++)
		if (gp & (1u << i))
			sb_addf(&b, "%s%s", n++ ? "; " : "", field_gp_flags.labels[i]);
	sb_addf(&b, ". %s", safety_gp_line(en_gb));
	say(c, COUNSEL_GP_FLAG, sb_steal(&b));
}

enum lb_status counsel_gather(struct counsel *c, struct diary *db, const struct trends *eight,
			      enum settings_week week_start, time_t now, bool en_gb,
			      struct diags *err)
{
	memset(c, 0, sizeof *c);
	if (!db)
		return LB_OK;
	struct function_history fn;
	struct stats_verdict v;
	enum lb_status rc = function_read(&fn, db, (int64_t)now, err);
	bool gain = rc == LB_OK && function_gained(&fn, (int64_t)now, &v);
	function_free(&fn);
	if (rc == LB_OK && eight) {
		counsel_from_trends(c, eight, gain ? &v : NULL);
	} else if (rc == LB_OK) {
		struct trends t;
		rc = trends_compute(&t, db, 8, 0, week_start, now, err);
		if (rc == LB_OK)
			counsel_from_trends(c, &t, gain ? &v : NULL);
		trends_free(&t);
	}
	struct recent r = {.session_from = (int64_t)now - COUNSEL_SESSION_DAYS * 86400LL};
	if (rc == LB_OK)
		rc = diary_each(db, (int64_t)now - COUNSEL_GP_DAYS * 86400LL, (int64_t)now + 1, visit,
				&r, err);
	if (r.severe_text)
		say(c, COUNSEL_SESSION_PAIN, r.severe_text);
	gp_flags(c, r.gp, en_gb);
	if (rc == LB_OK)
		rc = coach_red_flag(db, now, &c->red_open, &c->red_flags, &c->red_since, err);
	return rc;
}

void counsel_free(struct counsel *c)
{
	for (int k = 0; k < COUNSEL_KINDS; k++)
		free(c->sentence[k]);
	memset(c, 0, sizeof *c);
}

char *counsel_red_flag_text(const struct counsel *c)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0, n = 0; i < field_flags.count; i++)
		if (c->red_flags & (1u << i))
			sb_addf(&b, "%s%s", n++ ? "; " : "", field_flags.labels[i]);
	char day[32];
	timefmt_local(day, sizeof day, "%a %-d %b %Y", (time_t)c->red_since);
	sb_addf(&b, " (first noted %s)", day);
	return sb_steal(&b);
}
