/* SPDX-License-Identifier: ISC */
/* function.c - `limber function`: the activities that are hard, rated 0..10 once a week */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "insight/function.h"

struct function_opts {
	int64_t now, at;
	char *set[FIELD_ACTIVITIES];
	int nset;
	bool setting;
	int rate[FIELD_ACTIVITIES];
	bool rated;
};

static void function_init(void *opts)
{
	struct function_opts *o = opts;
	o->now = o->at = clock_wall();
	for (int i = 0; i < FIELD_ACTIVITIES; i++)
		o->rate[i] = -1;
}

static void function_done(void *opts)
{
	struct function_opts *o = opts;
	for (int i = 0; i < o->nset; i++)
		free(o->set[i]);
}

static int add_name(struct function_opts *o, const char *arg)
{
	char *why = NULL;
	if (!field_check_text(F_ACTIVITY, arg, &why))
		return app_refuse(why);
	if (!*arg)
		return app_refuse(xstrdup(_("--set: an activity needs a name")));
	if (o->nset == FIELD_ACTIVITIES)
		return app_refuse(xasprintf(
			ngettext("--set: at most %d activity, got '%s' as one more",
				 "--set: at most %d activities, got '%s' as one more",
				 FIELD_ACTIVITIES),
			FIELD_ACTIVITIES, arg));
	o->set[o->nset++] = xstrdup(arg);
	return 0;
}

/* "N=R": activity N (1..3) rated R (0..10). */
static int add_rating(struct function_opts *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	char *why = NULL;
	int r;
	if (!eq || eq - arg != 1 || arg[0] < '1' || arg[0] > '0' + FIELD_ACTIVITIES)
		return app_refuse(xasprintf(_("--rate: must be N=R with N 1..%d (the activity) and R "
					  "0..10, got '%s'"),
					FIELD_ACTIVITIES, arg));
	if (!field_parse_number(F_FUNCTION, eq + 1, &r, &why))
		return app_refuse(why);
	o->rate[arg[0] - '1'] = r;
	o->rated = true;
	return 0;
}

static int set_name(struct app *a, void *dest, const struct parse_opt *opt, const char *arg)
{
	(void)a, (void)opt;
	struct function_opts *o = dest;
	o->setting = true;
	return add_name(o, arg);
}

static int set_rate(struct app *a, void *dest, const struct parse_opt *opt, const char *arg)
{
	(void)a, (void)opt;
	return add_rating(dest, arg);
}

static int set_at(struct app *a, void *dest, const struct parse_opt *opt, const char *arg)
{
	(void)a, (void)opt;
	struct function_opts *o = dest;
	return app_parse_at(arg, o->now, &o->at);
}

static const struct parse_opt function_options[] = {
	PARSE_CALL("set", 0, "NAME", set_name,
		   /* TRANSLATORS: the two activities in quotes are examples of a person's own. */
		   N_("name the activities that are hard because of the\n"
		      "back or leg, up to 3 (the operands after it name\n"
		      "more): \"sitting through a film\", \"putting on socks\"")),
	PARSE_CALL("rate", 0, "N=R", set_rate,
		   N_("rate activity N 0 (unable) to 10 (as before the\n"
		      "problem); more N=R operands may follow")),
	PARSE_CALL("at", 0, "TIME", set_at, APP_AT_HELP),
	PARSE_END,
};

/* A score as the locale writes a number with one decimal: "5.5", "5,5" in German. */
static void score_text(char buf[16], double score)
{
	i18n_snprintf(buf, 16, "%.1f", score);
}

/* "logged entry 12: function score 5.0 of 10: sitting through a film 4, putting on socks 6." */
static void print_check(long long id, const struct function_check *c)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < FIELD_ACTIVITIES; i++)
		if (c->activity[i] && c->rating[i] >= 0)
			sb_addf(&b, "%s%s %d", b.len ? ", " : "", c->activity[i], c->rating[i]);
	char score[16];
	score_text(score, c->score);
	if (b.len)
		/* TRANSLATORS: the entry's number, the score (5.5), then each activity
		   (a person's own words) with its rating 0..10: "sitting 4, socks 6". */
		printf(_("logged entry %lld: function score %s of 10: %s.\n"), id, score, b.s);
	else
		printf(_("logged entry %lld: function score %s of 10.\n"), id, score);
	sb_free(&b);
}

static void print_state(struct app *a, const struct function_history *h, int64_t now)
{
	if (!h->nactivities) {
		/* TRANSLATORS: the commands stay as they are; the activities in quotes are
		   examples of a person's own words, to translate. */
		fputs(_("No activities named yet. Name up to three that are hard because of your\n"
			"back or leg, then rate each 0 (unable) to 10 (as before), once a week:\n"
			"  limber function --set \"sitting through a film\" \"putting on socks\"\n"
			"  limber function --rate 1=4 2=6\n"),
		      stdout);
		return;
	}
	printf("%s\n", _("Activities:"));
	for (int i = 0; i < h->nactivities; i++)
		printf("  %d  %s\n", i + 1, h->activity[i]);
	const struct function_check *c = function_last(h);
	if (c) {
		char day[64], score[16];
		/* TRANSLATORS: strftime(3) format of a day: "Mon 05 Dec 2026". */
		timefmt_local(day, sizeof day, _("%a %d %b %Y"), (time_t)c->at);
		score_text(score, c->score);
		/* TRANSLATORS: a day ("Mon 05 Dec 2026"), then the score (5.5). */
		printf(_("Last rated %s: score %s of 10.\n"), day, score);
	}
	struct stats_verdict v;
	function_verdict(h, now, &v);
	char *s = function_verdict_short(&v, a->utf8);
	/* TRANSLATORS: %s is a verdict: "better — up 2.5 points (95% interval ...)". */
	printf(_("Function: %s.\n"), s);
	free(s);
	if (function_due(h, now))
		printf("%s\n", _("A rating is due: limber function --rate 1=N 2=N ..."));
}

static int store(struct app *a, const struct function_opts *o, const struct function_history *h)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = o->at;
	e.tz = timefmt_offset((time_t)o->at);
	int named = o->nset ? o->nset : h->nactivities;
	for (int i = 0; i < named; i++)
		e.activity[i] = xstrdup(o->nset ? o->set[i] : h->activity[i]);
	for (int i = 0; i < FIELD_ACTIVITIES; i++) {
		if (o->rate[i] >= 0 && i >= named) {
			diary_entry_free(&e);
			return app_usage_error(
				a, _("--rate %d=%d: there is no activity %d (name it with --set)"),
				i + 1, o->rate[i], i + 1);
		}
		e.function[i] = o->rate[i];
	}
	struct diary *db;
	int rc = app_open_diary(a, DIARY_CREATE, &db);
	if (rc) {
		diary_entry_free(&e);
		return rc;
	}
	struct diags err = {0};
	enum lb_status st = diary_add_entry(db, &e, o->now, &err);
	if (st == LB_OK) {
		struct function_history after;
		if (function_read(&after, db, o->now, &err) == LB_OK) {
			const struct function_check *c = function_last(&after);
			if (o->rated && c)
				print_check((long long)e.id, c);
			else
				printf(_("logged entry %lld: activities named; rate them with "
					 "limber function --rate 1=N ...\n"),
				       (long long)e.id);
		}
		function_free(&after);
	}
	diary_entry_free(&e);
	diary_close(db);
	return app_report(&err, st);
}

static int function(struct app *a, void *opts, const struct parse_result *res)
{
	struct function_opts *o = opts;
	for (int i = 0; i < res->n; i++) {
		const char *arg = res->v[i];
		bool rating = strlen(arg) >= 3 && arg[1] == '=';
		int rc;
		if (rating)
			rc = add_rating(o, arg);
		else if (o->setting)
			rc = add_name(o, arg);
		else
			rc = app_usage_error(a, _("unexpected argument '%s' (activities follow "
						  "--set, ratings look like 1=4)"),
					     arg);
		if (rc)
			return rc;
	}
	struct diary *db;
	int rc = app_open_diary(a, DIARY_READ, &db);
	if (rc)
		return rc;
	struct diags err = {0};
	struct function_history h;
	enum lb_status st = function_read(&h, db, o->now, &err);
	diary_close(db);
	if (st == LB_OK && !o->nset && !o->rated)
		print_state(a, &h, o->now);
	else if (st == LB_OK && o->rated && !o->nset && !h.nactivities)
		rc = app_usage_error(a, "%s", _("--rate: no activities yet: name them with --set"));
	else if (st == LB_OK)
		rc = store(a, o, &h);
	function_free(&h);
	return st != LB_OK ? app_report(&err, st) : rc;
}

const struct cli_command cli_function_command = {
	.spec = {.name = "function", .args = "[--set NAME...] [--rate N=R...] [--at TIME]",
		 .opts = function_options, .max_operands = -1,
		 .about = N_("What you can do, beside what hurts: name up to three activities that\n"
			     "are hard because of your back or leg, then rate each once a week, 0\n"
			     "(unable) to 10 (as before the problem); the Patient-Specific\n"
			     "Functional Scale. Without options, print the activities, the last\n"
			     "score and whether it is getting better; a change of 2 points in the\n"
			     "average score is a meaningful one.\n")},
	.summary = N_("rate what you can do: up to three activities, weekly"),
	.opts_size = sizeof(struct function_opts), .init = function_init, .done = function_done,
	.run = function,
};
