/* SPDX-License-Identifier: ISC */
/* trends.c - `limber trends`: the weekly review on stdout */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/numparse.h"
#include "base/status.h"
#include "base/strbuf.h"
#include "cli/cli.h"
#include "insight/chart.h"
#include "insight/function.h"
#include "insight/trends.h"
#include "insight/safety.h"
#include "insight/trends_json.h"

struct trends_opts {
	long weeks;
	bool ascii;
	int format;
};

enum { FORMAT_TEXT, FORMAT_JSON };
static const char *const formats[] = {"text", "json", NULL};

static const struct parse_opt trends_options[] = {
	PARSE_INT("weeks", "N", 1, 520, struct trends_opts, weeks, N_("the window, 1..520 weeks")),
	PARSE_CHOICE("format", "FORMAT", formats, struct trends_opts, format,
		     /* TRANSLATORS: text and json are the option's words, kept in English. */
		     N_("text (the default) or json, for scripts")),
	PARSE_FLAG("ascii", 0, struct trends_opts, ascii,
		   N_("plain ASCII characters (also without a UTF-8 locale)")),
	PARSE_END,
};

static void trends_init(void *opts)
{
	((struct trends_opts *)opts)->weeks = 8;
}

/* The trends as JSON, with today's suggestion and its reason. */
static enum lb_status print_json(struct app *a, const struct trends *t, struct diary *db,
				 struct diags *err)
{
	struct library lib;
	if (app_load_library(a, &lib, NULL, 0, true))
		return LB_IO;
	struct coach_facts f;
	struct counsel c = {0};
	time_t now = (time_t)clock_wall();
	enum lb_status st = coach_gather(&f, t, db, &a->settings, now, err);
	if (st == LB_OK)
		st = counsel_gather(&c, db, NULL, a->settings.week_starts, now,
				    safety_locale_en_gb(), err);
	if (st == LB_OK) {
		struct coach_advice adv;
		coach_suggest(&f, &lib, &adv);
		struct function_history fn;
		st = function_read(&fn, db, clock_wall(), err);
		char *text = trends_json(t, &adv, &c, st == LB_OK ? &fn : NULL, a->utf8);
		function_free(&fn);
		fputs(text, stdout);
		free(text);
		coach_advice_free(&adv);
	}
	counsel_free(&c);
	coach_facts_free(&f);
	library_free(&lib);
	return st;
}

/* The function score after the charts: its verdict, and the score of each week shown. */
static enum lb_status print_function(struct app *a, const struct trends *t, struct diary *db,
				     struct diags *err)
{
	struct function_history fn;
	enum lb_status st = function_read(&fn, db, clock_wall(), err);
	if (st == LB_OK && fn.nactivities) {
		struct stats_verdict v;
		function_verdict(&fn, clock_wall(), &v);
		char *s = function_verdict_short(&v, a->utf8);
		/* TRANSLATORS: %s is a verdict: "better — up 2.5 points (95% interval ...)". */
		printf(_("\nFunction (what you can do, 0 unable to 10 as before): %s.\n"), s);
		free(s);
		struct strbuf b;
		sb_init(&b);
		for (size_t w = 0; w < t->nweeks; w++) {
			int64_t to = w + 1 < t->nweeks ? t->week[w + 1].start : t->to;
			double score = function_mean_between(&fn, t->week[w].start, to, NULL);
			char buf[16] = "";
			if (!isnan(score)) /* with the locale's decimal mark, 5,5 in German */
				i18n_snprintf(buf, sizeof buf, "%.1f", score);
			sb_addf(&b, "%s%s", b.len ? " " : "", !isnan(score) ? buf : a->utf8 ? "·" : "-");
		}
		/* TRANSLATORS: %s is the weeks' scores, oldest first: "4.0 · 5.5 6.0". */
		printf(_("Weekly score: %s\n"), b.s);
		sb_free(&b);
	}
	function_free(&fn);
	return st;
}

static int trends(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct trends_opts *o = opts;
	int rc = app_load_settings(a);
	if (rc)
		return rc;
	struct diary *db;
	rc = app_open_diary(a, DIARY_READ, &db);
	if (rc)
		return rc;
	struct trends t;
	struct diags err = {0};
	enum lb_status st = trends_compute(&t, db, (int)o->weeks, 0, a->settings.week_starts,
					   (time_t)clock_wall(), &err);
	if (st == LB_OK && o->format == FORMAT_JSON) {
		st = print_json(a, &t, db, &err);
	} else if (st == LB_OK) {
		int width = app_columns();
		if (width > 100)
			width = 100;
		/* The red flag still open and "see a doctor", whatever window is shown. */
		struct counsel c;
		st = counsel_gather(&c, db, NULL, a->settings.week_starts, (time_t)clock_wall(),
				    safety_locale_en_gb(), &err);
		struct chart ch;
		chart_init(&ch, width, a->utf8 && !o->ascii);
		chart_trends_counsel(&ch, &t, &c);
		counsel_free(&c);
		char *text = chart_to_text(&ch);
		fputs(text, stdout);
		free(text);
		chart_free(&ch);
		st = print_function(a, &t, db, &err);
	}
	trends_free(&t);
	diary_close(db);
	return app_report(&err, st);
}

const struct cli_command cli_trends_command = {
	.spec = {.name = "trends", .args = "[--weeks N] [--ascii] [--format text|json]",
		 .opts = trends_options,
		 .about = N_("Print the trends of the last N weeks (default 8): first the verdict for\n"
			     "leg and back pain in words, then pain per day with a 7-day average, a\n"
			     "weekly table, sessions per week beside pain, and what each routine does.\n"
			     "Preview sessions (played at another speed) are left out.\n")},
	.summary = N_("print the trend charts"), .opts_size = sizeof(struct trends_opts),
	.init = trends_init, .run = trends,
};
