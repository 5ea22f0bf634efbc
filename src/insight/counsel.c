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
#include "base/i18n.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/coach.h"
#include "insight/function.h"
#include "insight/safety.h"
#include "insight/words.h"

const char *const counsel_kind_names[] = {
	[COUNSEL_NOT_BETTER] = "not-better",	 [COUNSEL_NO_CHANGE] = "no-change",
	[COUNSEL_SESSION_PAIN] = "session-pain", [COUNSEL_WORSE] = "worse",
	[COUNSEL_GP_FLAG] = "see-gp-soon",
};

/*
 * Each sentence is said twice: in the user's language for the screen and
 * the report, and in English for JSON (insight/words.h). make(en, ...)
 * gives either.
 */
static void say(struct counsel *c, enum counsel_kind k, char *sentence, char *english)
{
	if (!c->sentence[k])
		c->n++;
	free(c->sentence[k]);
	free(c->sentence_en[k]);
	c->sentence[k] = sentence;
	c->sentence_en[k] = english;
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

static char *not_better_text(bool en, int m, long weeks, const struct stats_verdict *v)
{
	const char *d = words_domain(en);
	unsigned long n = (unsigned long)weeks;
	if (m == TM_LEG)
		/* TRANSLATORS: when to see a doctor (shared/content/safety.md): the weeks since
		   the first entry, then the mean pain of the last two weeks and of the first. */
		return words_asprintf(
		    en,
		    dngettext(d,
		              "Your leg pain is not clearly better after %ld week "
		              "(%.1f now, %.1f at first): see a doctor (GP) to "
		              "have it checked.",
		              "Your leg pain is not clearly better after %ld weeks "
		              "(%.1f now, %.1f at first): see a doctor (GP) to have "
		              "it checked.",
		              n),
		    weeks, v->recent, v->first);
	/* TRANSLATORS: as "Your leg pain is not clearly better ...", for back pain. */
	return words_asprintf(
	    en,
	    dngettext(d,
	              "Your back pain is not clearly better after %ld week (%.1f "
	              "now, %.1f at first): see a doctor (GP) to have it checked.",
	              "Your back pain is not clearly better after %ld weeks (%.1f "
	              "now, %.1f at first): see a doctor (GP) to have it checked.",
	              n),
	    weeks, v->recent, v->first);
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
		    not_better_text(false, worst, (today - first) / 7, &v[worst]),
		    not_better_text(true, worst, (today - first) / 7, &v[worst]));
}

static char *no_change_text(bool en, int m, double now, double before)
{
	const char *d = words_domain(en);
	if (m == TM_LEG)
		/* TRANSLATORS: when to see a doctor (shared/content/safety.md): the mean leg pain
		   of this week and of the week before. */
		return words_asprintf(
		    en,
		    dgettext(d, "Two weeks of regular sessions have not eased your "
		                "leg pain (%.1f this week, %.1f the week before): see "
		                "a doctor or a physiotherapist."),
		    now, before);
	/* TRANSLATORS: as "Two weeks of regular sessions have not eased your leg pain ...". */
	return words_asprintf(
	    en,
	    dgettext(d, "Two weeks of regular sessions have not eased your back pain "
	                "(%.1f this week, %.1f the week before): see a doctor or a "
	                "physiotherapist."),
	    now, before);
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
			say(c, COUNSEL_NO_CHANGE, no_change_text(false, m, now, before),
			    no_change_text(true, m, now, before));
			return;
		}
	}
}

static char *worse_text(bool en, int m, double change)
{
	const char *d = words_domain(en);
	return words_asprintf(
	    en,
	    m == TM_LEG
	        /* TRANSLATORS: when to see a doctor: the rise of the mean pain. */
	        ? dgettext(d, "Your leg pain has risen %.1f points over the last "
	                      "weeks: if it keeps rising, see a doctor.")
	        /* TRANSLATORS: as "Your leg pain has risen ...", for back pain. */
	        : dgettext(d, "Your back pain has risen %.1f points over the last "
	                      "weeks: if it keeps rising, see a doctor."),
	    change);
}

static void worse(struct counsel *c, const struct trends *t)
{
	for (int m = TM_COUNT - 1; m >= 0; m--) {
		struct stats_verdict v;
		trends_verdict(t, (enum trends_measure)m, &v, NULL);
		if (v.direction == DIR_WORSE && v.meaningful) {
			say(c, COUNSEL_WORSE, worse_text(false, m, v.change),
			    worse_text(true, m, v.change));
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

/* What the sessions and entries of the last days add: the last session with severe pain. */
struct recent {
	int64_t session_from;
	int64_t severe_at; /* 0: none */
	int severe_m, severe_before, severe_after;
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
		r->severe_at = s->started;
		r->severe_m = m;
		r->severe_before = before[m];
		r->severe_after = after[m];
		break;
	}
	return 0;
}

/* "Severe pain with a session on Tue 3 Nov (leg pain 4 to 8): stop that routine ...". */
static char *severe_text(const struct recent *r, bool en)
{
	const char *d = words_domain(en);
	char day[64];
	words_strftime(day, sizeof day, "%a %-d %b", (time_t)r->severe_at, en);
	bool leg = r->severe_m == TM_LEG;
	if (r->severe_before >= 0)
		return xasprintf(
			leg
				/* TRANSLATORS: when to stop a routine (shared/content/safety.md):
				   the session's day, then leg pain before and after it. */
				? dgettext(d, "Severe pain with a session on %s (leg pain %d "
					      "to %d): stop that routine and see a doctor before "
					      "going on with it.")
				/* TRANSLATORS: as "Severe pain ... (leg pain %d to %d) ...". */
				: dgettext(d, "Severe pain with a session on %s (back pain %d "
					      "to %d): stop that routine and see a doctor before "
					      "going on with it."),
			day, r->severe_before, r->severe_after);
	return xasprintf(leg
				 /* TRANSLATORS: as "Severe pain ... (leg pain %d to %d) ...", with
				    only the rating after the session. */
				 ? dgettext(d, "Severe pain with a session on %s (leg pain %d): "
					       "stop that routine and see a doctor before going on "
					       "with it.")
				 /* TRANSLATORS: as "Severe pain ... (leg pain %d) ...". */
				 : dgettext(d, "Severe pain with a session on %s (back pain %d): "
					       "stop that routine and see a doctor before going on "
					       "with it."),
			 day, r->severe_after);
}

/* "You noted fever; night pain. Not an emergency, but see a doctor soon." */
static char *gp_text(unsigned gp, bool en_gb, bool en)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < field_gp_flags.count; i++)
		if (gp & (1u << i)) {
			const char *label = field_gp_flags.labels[i];
			sb_addf(&b, "%s%s", b.len ? "; " : "", en ? label : _(label));
		}
	/* TRANSLATORS: "see a GP soon" (shared/content/safety.md): the first %s lists the signs
	   noted, joined by "; "; the second is the advice ("Not an emergency, but ..."). */
	char *s = xasprintf(dgettext(words_domain(en), "You noted %s. %s"), b.s ? b.s : "",
			    en ? safety_gp_line_english(en_gb) : safety_gp_line(en_gb));
	sb_free(&b);
	return s;
}

static void gp_flags(struct counsel *c, unsigned gp, bool en_gb)
{
	c->gp_flags = gp;
	if (gp)
		say(c, COUNSEL_GP_FLAG, gp_text(gp, en_gb, false), gp_text(gp, en_gb, true));
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
	if (r.severe_at)
		say(c, COUNSEL_SESSION_PAIN, severe_text(&r, false), severe_text(&r, true));
	gp_flags(c, r.gp, en_gb);
	if (rc == LB_OK)
		rc = coach_red_flag(db, now, &c->red_open, &c->red_flags, &c->red_since, err);
	return rc;
}

void counsel_free(struct counsel *c)
{
	for (int k = 0; k < COUNSEL_KINDS; k++) {
		free(c->sentence[k]);
		free(c->sentence_en[k]);
	}
	memset(c, 0, sizeof *c);
}

char *counsel_red_flag_text(const struct counsel *c)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < field_flags.count; i++)
		if (c->red_flags & (1u << i))
			sb_addf(&b, "%s%s", b.len ? "; " : "", _(field_flags.labels[i]));
	char day[64];
	timefmt_local(day, sizeof day, "%a %-d %b %Y", (time_t)c->red_since);
	/* TRANSLATORS: the red flags still open, joined by "; ", and the day they were first
	   ticked. */
	char *s = xasprintf(_("%s (first noted %s)"), b.s ? b.s : "", day);
	sb_free(&b);
	return s;
}
