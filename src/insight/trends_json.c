/* SPDX-License-Identifier: ISC */
/* trends_json.c - the trends as JSON, for scripts */
/*
 * JSON is for scripts: the same in every language. Names and values stay
 * limber's own words ("better", "helps"), and the "sentence" and "reason"
 * fields are the English the C locale shows: each sentence maker is asked
 * for English (its english flag, or the coach's reason_en and counsel's
 * sentence_en), never for the screen's translation.
 */
#include "config.h"

#include "insight/trends_json.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>

#include "base/timefmt.h"
#include "base/xalloc.h"
#include "diary/fields.h"

/* A number to two places, or null when there is none. */
static json_t *num(double v)
{
	return isnan(v) ? json_null() : json_real(round(v * 100) / 100);
}

static json_t *day(int64_t t)
{
	char buf[16];
	timefmt_local(buf, sizeof buf, "%Y-%m-%d", (time_t)t);
	return json_string(buf);
}

static json_t *verdict(const struct trends *t, enum trends_measure m, const char *what, bool utf8)
{
	struct stats_verdict v;
	int64_t since;
	trends_verdict(t, m, &v, &since);
	bool known = v.direction != DIR_UNKNOWN;
	char *sentence = stats_verdict_sentence(&v, what, since, utf8, true);
	json_t *o = json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b, s:o, s:i, s:i, s:s}",
			      "direction", stats_direction_names[v.direction],
			      "change", known ? num(v.change) : json_null(),
			      "low", known ? num(v.low) : json_null(),
			      "high", known ? num(v.high) : json_null(),
			      "percent", known && v.first > 0 ? num(v.percent) : json_null(),
			      "first", known ? num(v.first) : json_null(),
			      "recent", known ? num(v.recent) : json_null(),
			      "meaningful", v.meaningful,
			      "since", known ? day(since) : json_null(),
			      "days_needed", known && !v.early ? 0 : v.days_needed,
			      "recent_days", v.recent_days,
			      "sentence", sentence);
	free(sentence);
	/* Which rated days were compared, and whether it is first signs only. */
	json_object_set_new(o, "early", json_boolean(known && v.early));
	json_object_set_new(o, "first_from", known ? day(v.first_start) : json_null());
	json_object_set_new(o, "first_to", known ? day(v.first_end) : json_null());
	json_object_set_new(o, "recent_from", known ? day(v.recent_start) : json_null());
	json_object_set_new(o, "recent_to", known ? day(v.recent_end) : json_null());
	return o;
}

/* prefix_change, prefix_low, prefix_high, prefix_effect, prefix_rated of one measure. */
static void effect(json_t *o, const struct trends_routine *r, enum trends_measure m,
		   const char *const keys[5])
{
	struct stats_paired p;
	trends_routine_effect(r, m, &p);
	bool judged = p.effect != EFFECT_TOO_FEW;
	json_object_set_new(o, keys[0], p.n ? num(p.mean) : json_null());
	json_object_set_new(o, keys[1], judged ? num(p.low) : json_null());
	json_object_set_new(o, keys[2], judged ? num(p.high) : json_null());
	json_object_set_new(o, keys[3], json_string(stats_effect_names[p.effect]));
	json_object_set_new(o, keys[4], json_integer(p.n));
}

static json_t *routines(const struct trends *t)
{
	static const char *const leg[5] = {"leg_change", "low", "high", "effect", "leg_rated"};
	static const char *const back[5] = {"back_change", "back_low", "back_high", "back_effect",
					    "back_rated"};
	json_t *a = json_array();
	for (size_t i = 0; i < t->nroutines; i++) {
		const struct trends_routine *r = &t->routine[i];
		json_t *o = json_pack("{s:s, s:s, s:i}", "id", r->id, "title", r->stored,
		                      "sessions", r->sessions);
		effect(o, r, TM_LEG, leg);
		effect(o, r, TM_BACK, back);
		/* Where leg symptoms went after its sessions, when that was said. */
		json_object_set_new(o, "centralised", json_integer(r->legs[LEGS_CENTRALISED]));
		json_object_set_new(o, "same", json_integer(r->legs[LEGS_SAME]));
		json_object_set_new(o, "spread", json_integer(r->legs[LEGS_SPREAD]));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *weeks(const struct trends *t)
{
	json_t *a = json_array();
	for (size_t i = 0; i < t->nweeks; i++) {
		const struct trends_week *w = &t->week[i];
		json_array_append_new(
			a, json_pack("{s:o, s:i, s:i, s:i, s:o, s:o, s:o, s:o}", "start", day(w->start),
				     "entries", w->entries, "sessions", w->sessions, "minutes",
				     (int)((w->seconds + 30) / 60), "leg_mean",
				     num(trends_week_mean(w, TM_LEG)), "back_mean",
				     num(trends_week_mean(w, TM_BACK)), "leg_max",
				     w->n[TM_LEG] ? json_integer(w->max[TM_LEG]) : json_null(),
				     "back_max",
				     w->n[TM_BACK] ? json_integer(w->max[TM_BACK]) : json_null()));
	}
	return a;
}

/* Sitting and sleep beside leg pain: an object each, with null where too few days. */
static json_t *together(const struct trends *t, bool utf8)
{
	static const char *const names[TO_COUNT] = {"sitting", "sleep"};
	json_t *o = json_object();
	for (int k = 0; k < TO_COUNT; k++) {
		struct stats_assoc a;
		trends_assoc(t, (enum trends_other)k, &a);
		char *s = stats_assoc_sentence(&a, (enum stats_beside)k, utf8, true);
		json_object_set_new(o, names[k],
				    json_pack("{s:i, s:o, s:o, s:o, s:o}", "days", a.n, "r",
					      a.known ? num(a.r) : json_null(), "low",
					      a.known ? num(a.low) : json_null(), "high",
					      a.known ? num(a.high) : json_null(), "sentence",
					      s ? json_string(s) : json_null()));
		free(s);
	}
	return o;
}

/*
 * The function score: its activities, each weekly score of the window
 * (null without a rating), and its verdict over every rating up to now.
 */
static json_t *function(const struct trends *t, const struct function_history *h, bool utf8)
{
	json_t *names = json_array();
	for (int i = 0; i < h->nactivities; i++)
		json_array_append_new(names, json_string(h->activity[i]));
	json_t *weeks = json_array();
	for (size_t w = 0; w < t->nweeks; w++) {
		int64_t from = t->week[w].start;
		int64_t to = w + 1 < t->nweeks ? t->week[w + 1].start : t->to;
		double score = function_mean_between(h, from, to, NULL);
		json_array_append_new(weeks, json_pack("{s:o, s:o}", "from", day(from), "score",
						       isnan(score) ? json_null() : num(score)));
	}
	struct stats_verdict v;
	function_verdict(h, t->to, &v);
	bool known = v.direction != DIR_UNKNOWN;
	char *s = function_verdict_text(&v, utf8, true);
	json_t *verdict = json_pack(
	    "{s:s, s:o, s:o, s:o, s:o, s:o, s:b, s:i, s:s}", "direction",
	    stats_direction_names[v.direction], "change", known ? num(v.change) : json_null(), "low",
	    known ? num(v.low) : json_null(), "high", known ? num(v.high) : json_null(), "first",
	    known ? num(v.first) : json_null(), "recent", known ? num(v.recent) : json_null(),
	    "meaningful", v.meaningful, "ratings_needed", known ? 0 : v.days_needed, "sentence", s);
	free(s);
	return json_pack("{s:o, s:o, s:o}", "activities", names, "weeks", weeks, "verdict",
			 verdict);
}

/* advice[] and red_flag_open. */
static void counsel(json_t *o, const struct counsel *c)
{
	json_t *a = json_array();
	for (int k = 0; k < COUNSEL_KINDS; k++)
		if (c->sentence_en[k])
			json_array_append_new(a, json_pack("{s:s, s:s}", "kind", counsel_kind_names[k],
							   "sentence", c->sentence_en[k]));
	json_object_set_new(o, "advice", a);
	if (!c->red_open) {
		json_object_set_new(o, "red_flag_open", json_null());
		return;
	}
	json_t *flags = json_array();
	for (int i = 0; i < field_flags.count; i++)
		if (c->red_flags & (1u << i))
			json_array_append_new(flags, json_string(field_flags.names[i]));
	json_object_set_new(o, "red_flag_open",
			    json_pack("{s:o, s:o}", "flags", flags, "since", day(c->red_since)));
}

char *trends_json(const struct trends *t, const struct coach_advice *advice,
		  const struct counsel *c, const struct function_history *fn, bool utf8)
{
	json_t *o = json_object();
	json_object_set_new(o, "from", day(t->from));
	json_object_set_new(o, "to", day(timefmt_add_days((time_t)t->to, -1)));
	json_object_set_new(o, "weeks_shown", json_integer(t->weeks));
	json_object_set_new(o, "verdict", json_pack("{s:o, s:o}", "leg",
						    verdict(t, TM_LEG, "Leg pain", utf8), "back",
						    verdict(t, TM_BACK, "Back pain", utf8)));
	json_object_set_new(o, "routines", routines(t));
	json_object_set_new(o, "weeks", weeks(t));
	json_object_set_new(o, "with_leg_pain", together(t, utf8));
	if (advice)
		json_object_set_new(
			o, "suggestion",
			json_pack("{s:o, s:s, s:s}", "routine",
				  advice->routine ? json_string(advice->routine->id) : json_null(),
				  "why", coach_why_names[advice->why], "reason",
				  advice->reason_en));
	if (fn)
		json_object_set_new(o, "function", function(t, fn, utf8));
	if (c)
		counsel(o, c);
	json_object_set_new(o, "previews", json_integer(t->previews));
	char *text = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
	json_decref(o);
	char *out = xasprintf("%s\n", text);
	free(text);
	return out;
}
