/* SPDX-License-Identifier: ISC */
/* remind.c - what a reminder says, from the coach's facts and the month's verdict */
#include "config.h"

#include "insight/remind.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "insight/function.h"
#include "insight/safety.h"
#include "insight/today.h"
#include "insight/trends.h"
#include "insight/words.h"

enum remind_slot remind_slot_at(time_t now)
{
	struct tm tm;
	localtime_r(&now, &tm);
	return tm.tm_hour >= REMIND_EVENING_HOUR ? REMIND_EVENING : REMIND_MORNING;
}

enum lb_status remind_gather(struct remind_facts *f, struct diary *db, const struct library *lib,
                             const struct settings *st, time_t now, struct diags *err)
{
	memset(f, 0, sizeof *f);
	f->slot = remind_slot_at(now);
	f->en_gb = safety_locale_en_gb();
	f->why = COACH_NONE;
	struct today td;
	enum lb_status rc = today_compute(&td, db, st, now, err);
	if (rc == LB_OK)
		rc = today_advise(&td, db, lib, st, now, false, err);
	if (rc == LB_OK) {
		f->why = td.advice.why;
		const struct routine *r = td.advice.routine;
		if (r) {
			f->routine = r->id;
			f->title = r->title;
			f->minutes = routine_minutes(r, st->count_in);
		}
		f->reason = td.advice.reason ? xstrdup(td.advice.reason) : NULL;
		const struct trends_day *day =
		    td.weeks.ndays ? &td.weeks.days[td.weeks.today] : NULL;
		f->rated_today = day && day->n[TM_LEG] + day->n[TM_BACK] > 0;
		f->sessions_today = td.sessions_today;
	}
	today_free(&td);
	if (rc != LB_OK)
		return rc;
	struct trends month;
	rc = trends_compute(&month, db, REMIND_MONTH_WEEKS, 0, st->week_starts, now, err);
	if (rc == LB_OK)
		trends_verdict(&month, TM_LEG, &f->leg, NULL);
	trends_free(&month);
	if (rc != LB_OK)
		return rc;
	struct function_history fn;
	struct stats_verdict v;
	rc = function_read(&fn, db, (int64_t)now, err);
	f->function_gain = rc == LB_OK && function_gained(&fn, (int64_t)now, &v);
	f->function_change = f->function_gain ? v.change : 0;
	function_free(&fn);
	return rc;
}

void remind_facts_free(struct remind_facts *f)
{
	free(f->reason);
	memset(f, 0, sizeof *f);
}

/* Whole points from 0.95 on ("1 point", "2 points"), else tenths ("0.6 points"): the places. */
static int points_places(double x, unsigned long *n)
{
	int places = x >= 0.95 ? 0 : 1;
	*n = places ? 2 : x < 1.5 ? 1 : (unsigned long)lround(x);
	return places;
}

/* sb_addf with the user's numbers ("1,5" in German): the reminder is for a person. */
static void add_numbers(struct strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void add_numbers(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = i18n_vasprintf(fmt, ap);
	va_end(ap);
	sb_adds(b, s);
	free(s);
}

/*
 * Doing more is progress too: a meaningful function gain said when leg pain
 * has not fallen (and has not risen: that warning stands alone), in one
 * sentence with a space after it. Whether it was said.
 */
static bool add_gain(struct strbuf *b, const struct remind_facts *f)
{
	const struct stats_verdict *v = &f->leg;
	if (!f->function_gain || (v->direction != DIR_UNCHANGED && v->direction != DIR_UNKNOWN))
		return false;
	double x = fabs(f->function_change);
	unsigned long n;
	int places = points_places(x, &n);
	if (v->direction == DIR_UNCHANGED)
		/* TRANSLATORS: a reminder: leg pain has not moved this month, but the function
		   score (what one can do, 0 to 10) has risen by %.*f points (whole or tenths). */
		add_numbers(b,
		            ngettext("Your leg pain is about the same this month, but you can do "
		                     "more: function up %.*f point.",
		                     "Your leg pain is about the same this month, but you can do "
		                     "more: function up %.*f points.",
		                     n),
		            places, x);
	else
		/* TRANSLATORS: a reminder: the function score (what one can do, 0 to 10) has
		   risen by %.*f points (whole or tenths). */
		add_numbers(b,
		            ngettext("You can do more: function up %.*f point.",
		                     "You can do more: function up %.*f points.", n),
		            places, x);
	sb_addc(b, ' ');
	return true;
}

/* The month's leg pain in one sentence, with a space after it; nothing when unknown. */
static void add_month(struct strbuf *b, const struct remind_facts *f)
{
	if (add_gain(b, f))
		return;
	const struct stats_verdict *v = &f->leg;
	double x = fabs(v->change);
	unsigned long n;
	int places = points_places(x, &n);
	switch (v->direction) {
	case DIR_BETTER:
		/* TRANSLATORS: a reminder: the fall of leg pain over the month, in whole points
		   or tenths (%.*f). */
		add_numbers(b,
		            ngettext("Your leg pain is down %.*f point this month.",
		                     "Your leg pain is down %.*f points this month.", n),
		            places, x);
		break;
	case DIR_WORSE:
		/* TRANSLATORS: a reminder: the rise of leg pain over the month, in whole points
		   or tenths (%.*f). */
		add_numbers(b,
		            ngettext("Your leg pain is up %.*f point this month; see a GP if it "
		                     "keeps getting worse.",
		                     "Your leg pain is up %.*f points this month; see a GP if it "
		                     "keeps getting worse.",
		                     n),
		            places, x);
		break;
	case DIR_UNCHANGED:
		sb_adds(b, _("Your leg pain is about the same this month."));
		break;
	case DIR_UNKNOWN:
		return;
	}
	sb_addc(b, ' ');
}

/* After a red flag: care, never a session (shared/content/safety.md). */
static void compose_care(const struct remind_facts *f, struct remind_msg *m)
{
	/* TRANSLATORS: the summary of a reminder after a red flag was ticked. */
	m->summary = xstrdup(_("Seek medical care first, not a session"));
	m->urgent = true;
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, _("You noted a red flag in the last 24 hours."));
	for (const char *const *l = safety_urgent_lines(f->en_gb); *l; l++)
		sb_addf(&b, " %s", *l);
	m->body = sb_steal(&b);
}

/* The evening's question, when today has no rating yet. */
static void compose_rating(struct remind_msg *m)
{
	/* TRANSLATORS: the summary of the evening reminder (a desktop notification). */
	m->summary = xstrdup(_("How was today? Rate your back and leg pain"));
	/* TRANSLATORS: "limber log" and "limber" are commands: keep them as they are. */
	m->body = xstrdup(_("It takes a few seconds: run limber log, or open limber."));
}

/* A session to do today: the suggested routine, its length, why, and how to start it. */
static void compose_session(const struct remind_facts *f, bool utf8, struct remind_msg *m)
{
	struct strbuf b;
	sb_init(&b);
	add_month(&b, f);
	if (!f->routine) {
		m->summary = xstrdup(_("Time for a stretch"));
		/* TRANSLATORS: "limber run" is a command: keep it as it is. */
		sb_adds(&b, _("Pick a routine when you are ready: limber run."));
		m->body = sb_steal(&b);
		return;
	}
	/* TRANSLATORS: a reminder's summary: the routine's title, a dash and its minutes. */
	m->summary = xasprintf(_("%s %s %d min"), f->title, utf8 ? "\u2014" : "-", f->minutes);
	if ((f->why == COACH_FLARE || f->why == COACH_STEP_UP) && f->reason && *f->reason) {
		char *why = words_capital(f->reason);
		/* TRANSLATORS: the coach's reason ("Leg pain 8 today") as a sentence of its own. */
		sb_addf(&b, _("%s."), why);
		sb_addc(&b, ' ');
		free(why);
	}
	/* TRANSLATORS: "limber run %s" is a command with a routine's id: keep it as it is. */
	sb_addf(&b, _("When you are ready: limber run %s."), f->routine);
	m->body = sb_steal(&b);
}

void remind_compose(const struct remind_facts *f, bool utf8, struct remind_msg *m)
{
	memset(m, 0, sizeof *m);
	if (f->why == COACH_RED_FLAG) {
		compose_care(f, m);
	} else if (f->slot == REMIND_EVENING && !f->rated_today) {
		compose_rating(m);
	} else if (f->slot == REMIND_EVENING && f->sessions_today > 0) {
		/* TRANSLATORS: the summary of the evening reminder when the day is logged. */
		m->summary = xstrdup(_("Today is in your diary"));
		struct strbuf b;
		sb_init(&b);
		add_month(&b, f);
		sb_adds(&b, _("A session and a rating today: well done."));
		m->body = sb_steal(&b);
	} else {
		compose_session(f, utf8, m);
	}
}

char *remind_line(const struct remind_msg *m)
{
	size_t n = strlen(m->summary);
	bool ends = n && strchr(".?!", m->summary[n - 1]);
	return xasprintf("%s%s%s", m->summary, ends ? " " : ". ", m->body);
}

void remind_msg_free(struct remind_msg *m)
{
	free(m->summary);
	free(m->body);
	memset(m, 0, sizeof *m);
}
