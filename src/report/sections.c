/* SPDX-License-Identifier: ISC */
/* sections.c - the parts of the clinician's report, each drawn at the cursor */
#include "config.h"

#include "report/sections.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/strbuf.h"
#include "base/xalloc.h"
#include "insight/report_text.h"
#include "insight/stats.h"
#include "insight/trends.h"
#include "report/steps.h"

void sections_date(char *buf, size_t n, int64_t t, bool with_time)
{
	time_t tt = (time_t)t;
	struct tm tm;
	localtime_r(&tt, &tm);
	strftime(buf, n, with_time ? "%a %e %b %Y %H:%M" : "%e %b %Y", &tm);
	/* "Mon  5 Jan" and " 5 Jan": one space, none in front. */
	char *sp;
	while ((sp = strstr(buf, "  ")))
		memmove(sp, sp + 1, strlen(sp));
	if (buf[0] == ' ')
		memmove(buf, buf + 1, strlen(buf));
}

/* "4.5", or "–" for none. */
static void num1(char *buf, size_t n, double v)
{
	if (isnan(v))
		snprintf(buf, n, "–");
	else
		snprintf(buf, n, "%.1f", v);
}

/* Rows of red flags, newest first: from the one before `from` down to `to`. */
static void flag_rows(struct pdf *p, const struct report_data *d, size_t from, size_t to)
{
	for (size_t i = from; i-- > to;) {
		char when[48];
		sections_date(when, sizeof when, d->flag[i].at, true);
		/* The labels, not the names: "numbness around the genitals or bottom". */
		struct strbuf b;
		sb_init(&b);
		for (int k = 0; k < FLAG_COUNT; k++)
			if (d->flag[i].flags & (1u << k))
				sb_addf(&b, "%s%s", b.len ? "; " : "", field_flags.labels[k]);
		char *label = sb_steal(&b);
		pdf_table_row(p, (const char *const[]){when, label});
		free(label);
	}
}

static const struct pdf_col flag_cols[] = {{"When", 0.28, false}, {"Red flag ticked", 0.72, false}};

void sections_red_flags(struct pdf *p, const struct report_data *d)
{
	if (!d->nflags) {
		/* Silence would read as "not asked": every entry asks. */
		pdf_para(p, "No red flags reported in this period: no entry ticked a sign of "
			    "cauda equina syndrome (the diary asks at every entry).",
			 PS_BOLD, pdf_black, 8);
		return;
	}
	struct pdf_table t = {flag_cols, 2, p->left + 8, p->right - p->left - 16, "Red flags", 0};
	size_t shown = d->nflags < SECTIONS_FLAGS_FIRST ? d->nflags : SECTIONS_FLAGS_FIRST;
	pdf_need(p, 60 + 16 * (double)shown);
	double top = p->y;
	p->y += 6;
	char *head = xasprintf("RED FLAGS: %zu %s ticked a sign of possible cauda equina syndrome",
			       d->nflags, d->nflags == 1 ? "entry" : "entries");
	p->y += pdf_text_at(p, p->left + 8, p->y, p->right - p->left - 16, head, PS_HEADING,
			    pdf_alert, false) + 2;
	free(head);
	p->y += pdf_text_at(p, p->left + 8, p->y, p->right - p->left - 16,
			    "Each needs same-day assessment if it is current. Newest first.",
			    PS_BODY, pdf_alert, false) + 4;
	pdf_table_head(p, &t);
	flag_rows(p, d, d->nflags, d->nflags - shown);
	pdf_table_end(p, 4);
	if (shown < d->nflags) {
		char *more = xasprintf("And %zu earlier: all %zu are listed at the end of the report.",
				       d->nflags - shown, d->nflags);
		p->y += pdf_text_at(p, p->left + 8, p->y, p->right - p->left - 16, more, PS_BOLD,
				    pdf_alert, false) + 4;
		free(more);
	}
	if (!p->dry) {
		pdf_colour(p, pdf_alert);
		cairo_set_line_width(p->cr, 1.5);
		cairo_rectangle(p->cr, p->left, top, p->right - p->left, p->y - top);
		cairo_stroke(p->cr);
	}
	p->y += 10;
}

void sections_all_red_flags(struct pdf *p, const struct report_data *d)
{
	if (d->nflags <= SECTIONS_FLAGS_FIRST)
		return;
	struct pdf_table t = {flag_cols, 2, 0, 0, "All red flags", (int)d->nflags};
	char *head = xasprintf("All red flags: %zu entries, newest first", d->nflags);
	pdf_heading(p, head, 40);
	free(head);
	pdf_table_head(p, &t);
	flag_rows(p, d, d->nflags, 0);
	pdf_table_end(p, 4);
}

void sections_verdicts(struct pdf *p, const struct report_data *d)
{
	pdf_heading(p, "Is the pain changing?", 40);
	for (int m = TM_LEG; m >= TM_BACK; m--) {
		struct stats_verdict v;
		int64_t since;
		trends_verdict(&d->t, (enum trends_measure)m, &v, &since);
		char *s = report_text_verdict(d, (enum trends_measure)m);
		struct pdf_rgb c = v.direction == DIR_BETTER  ? pdf_good
				   : v.direction == DIR_WORSE ? pdf_alert
							      : pdf_black;
		pdf_para(p, s, PS_BOLD, c, 3);
		free(s);
	}
	pdf_para(p,
		 "The mean of daily means over the first two weeks with ratings against the last "
		 "two, on the 0–10 scale, with the 95% interval of the difference. A clinically "
		 "important change is at least 2 points or 30% (Ostelo et al., Spine 2008).",
		 PS_SMALL, pdf_grey, 4);
}

/* The week table's columns; the function score's last, only when it was rated in the period. */
static const struct pdf_col week_cols[] = {
	{"Week from", 0.15, false},    {"Entries", 0.095, true},      {"Sessions", 0.105, true},
	{"Minutes", 0.095, true},      {"Leg\nmean", 0.0925, true},   {"Leg\nworst", 0.0925, true},
	{"Back\nmean", 0.0925, true},  {"Back\nworst", 0.0925, true}, {"Sitting\nmin", 0.0925, true},
	{"Sleep\n0–10", 0.0925, true},
};
static const struct pdf_col week_cols_fn[] = {
	{"Week from", 0.15, false},    {"Entries", 0.085, true},      {"Sessions", 0.1, true},
	{"Minutes", 0.09, true},       {"Leg\nmean", 0.08, true},     {"Leg\nworst", 0.08, true},
	{"Back\nmean", 0.08, true},    {"Back\nworst", 0.085, true},  {"Sitting\nmin", 0.085, true},
	{"Sleep\n0–10", 0.08, true},   {"PSFS\n0–10", 0.085, true},
};

void sections_weeks(struct pdf *p, const struct report_data *d)
{
	bool fn = d->fn_rated > 0;
	struct pdf_table t = {fn ? week_cols_fn : week_cols, fn ? 11 : 10, 0, 0, "Week by week",
			      (int)d->t.nweeks};
	pdf_heading(p, "Week by week", 100); /* with the table's heading and its first rows */
	pdf_table_head(p, &t);
	for (size_t i = 0; i < d->t.nweeks; i++) {
		const struct trends_week *w = &d->t.week[i];
		char start[32], e[16], s[16], min[24], lm[16], lx[16], bm[16], bx[16], sit[16],
			slp[16], fs[16];
		sections_date(start, sizeof start, w->start, false);
		snprintf(e, sizeof e, "%d", w->entries);
		snprintf(s, sizeof s, "%d", w->sessions);
		snprintf(min, sizeof min, "%ld", (w->seconds + 30) / 60);
		num1(lm, sizeof lm, trends_week_mean(w, TM_LEG));
		num1(bm, sizeof bm, trends_week_mean(w, TM_BACK));
		snprintf(lx, sizeof lx, w->n[TM_LEG] ? "%d" : "–", w->max[TM_LEG]);
		snprintf(bx, sizeof bx, w->n[TM_BACK] ? "%d" : "–", w->max[TM_BACK]);
		double v = report_data_week_other(d, i, TO_SITTING, NULL);
		if (isnan(v))
			snprintf(sit, sizeof sit, "–");
		else
			snprintf(sit, sizeof sit, "%.0f", v);
		num1(slp, sizeof slp, report_data_week_other(d, i, TO_SLEEP, NULL));
		num1(fs, sizeof fs, report_data_week_function(d, i));
		pdf_table_row(p, (const char *const[]){start, e, s, min, lm, lx, bm, bx, sit, slp, fs});
	}
	pdf_table_end(p, 2);
	pdf_para(p,
		 fn ? "Pain 0 (none) to 10 (worst imaginable); the mean of the week's ratings, and "
		      "its worst. Sessions played in limber and logged afterwards, and their minutes. "
		      "Sitting: minutes tolerated; sleep: quality, 10 best; PSFS: the week's "
		      "Patient-Specific Functional Scale score, 0 unable to 10 able as before. – "
		      "means nothing was noted."
		    : "Pain 0 (none) to 10 (worst imaginable); the mean of the week's ratings, and "
		      "its worst. Sessions played in limber and logged afterwards, and their minutes. "
		      "Sitting: minutes tolerated; sleep: quality, 10 best. – means nothing was noted.",
		 PS_SMALL, pdf_grey, 4);
}

/* "Left thigh" from "left thigh". */
static char *capital(const char *s)
{
	char *c = xstrdup(s);
	c[0] = (char)toupper((unsigned char)c[0]);
	return c;
}

/* A count and its share of n: "12 (40%)". */
static void share(char *buf, size_t size, int count, long n)
{
	if (n > 0 && count > 0)
		snprintf(buf, size, "%d (%ld%%)", count, (long)lround(100.0 * count / (double)n));
	else
		snprintf(buf, size, "%d", count);
}

/* "Not noted: right buttock, right calf." for the words of v whose count is 0; NULL when none. */
static char *not_noted(const struct field_vocab *v, const int *counts)
{
	struct strbuf b;
	sb_init(&b);
	for (int k = 0; k < v->count; k++)
		if (!counts[k])
			sb_addf(&b, "%s%s", b.len ? ", " : "Not noted: ", v->labels[k]);
	if (!b.len) {
		sb_free(&b);
		return NULL;
	}
	sb_adds(&b, ".");
	return sb_steal(&b);
}

/* Places over time: the first two weeks, the last two, and the whole period, side by side. */
static void places_table(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col apart[] = {{"Where it hurts", 0.31, false},
					       {"First two weeks", 0.23, true},
					       {"Last two weeks", 0.23, true},
					       {"Whole period", 0.23, true}};
	static const struct pdf_col whole[] = {{"Where it hurts", 0.62, false},
					       {"Entries", 0.38, true}};
	const struct report_places *pl = &d->places;
	int rows = 0;
	for (int k = 0; k < LOC_COUNT; k++)
		rows += d->where[k] > 0;
	struct pdf_table t = {pl->apart ? apart : whole, pl->apart ? 4 : 2, 0, 0, "Where it hurts",
			      rows};
	if (!pl->apart)
		t.x = p->left, t.w = (p->right - p->left) * 0.6;
	pdf_table_head(p, &t);
	for (int k = 0; k < LOC_COUNT; k++) {
		if (!d->where[k])
			continue;
		char first[32], last[32], all[32];
		share(first, sizeof first, pl->where[REPORT_FIRST][k], pl->noted[REPORT_FIRST]);
		share(last, sizeof last, pl->where[REPORT_LAST][k], pl->noted[REPORT_LAST]);
		share(all, sizeof all, d->where[k], d->with_where);
		char *label = capital(field_locations.labels[k]);
		if (pl->apart)
			pdf_table_row(p, (const char *const[]){label, first, last, all});
		else
			pdf_table_row(p, (const char *const[]){label, all});
		free(label);
	}
	pdf_table_end(p, 2);
	char *none = not_noted(&field_locations, d->where);
	struct strbuf b;
	sb_init(&b);
	if (pl->apart)
		sb_addf(&b, "Entries noting the place, and their share of the entries that noted any "
			    "place: %d in the first two weeks, %d in the last two, %d in all. ",
			pl->noted[REPORT_FIRST], pl->noted[REPORT_LAST], d->with_where);
	else
		sb_addf(&b, "%d of %ld entries noted where it hurt. ", d->with_where, d->t.entries);
	if (none)
		sb_adds(&b, none);
	pdf_para(p, b.s, PS_SMALL, pdf_grey, 4);
	sb_free(&b);
	free(none);
}

/* The symptoms noted, over the whole period. */
static void symptoms_table(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {{"What it feels like", 0.62, false},
					      {"Entries", 0.38, true}};
	int sym[SYM_COUNT], rows = 0;
	report_data_symptoms(d, sym);
	for (int k = 0; k < SYM_COUNT; k++)
		rows += sym[k] > 0;
	struct pdf_table t = {cols, 2, p->left, (p->right - p->left) * 0.6, "What it feels like",
			      rows};
	pdf_table_head(p, &t);
	for (int k = 0; k < SYM_COUNT; k++) {
		if (!sym[k])
			continue;
		char c[32];
		share(c, sizeof c, sym[k], d->with_symptoms);
		char *label = capital(field_symptoms.labels[k]);
		pdf_table_row(p, (const char *const[]){label, c});
		free(label);
	}
	pdf_table_end(p, 2);
	char *none = not_noted(&field_symptoms, sym);
	char *s = xasprintf("%d of %ld entries noted what it felt like; an entry may note several. "
			    "%s",
			    d->with_symptoms, d->t.entries, none ? none : "");
	pdf_para(p, s, PS_SMALL, pdf_grey, 4);
	free(s);
	free(none);
}

void sections_where(struct pdf *p, const struct report_data *d)
{
	if (!d->with_where && !d->with_symptoms) {
		/* Two tables of zeros would only take the clinician's time. */
		pdf_heading(p, "Where it hurts and what it feels like", 40);
		pdf_para(p, "Neither where it hurt nor what it felt like was noted in this period.",
			 PS_BODY, pdf_black, 3);
		return;
	}
	pdf_heading(p, "Where it hurts and what it feels like", 60);
	char *moved = report_text_places(d);
	if (moved)
		pdf_para(p, moved, PS_BODY, pdf_black, 4);
	free(moved);
	if (d->with_where)
		places_table(p, d);
	if (d->with_symptoms)
		symptoms_table(p, d);
}

/* "Sitting tolerance: mean 45 minutes over 50 days; 30 in the first two weeks, 61 in the last two." */
static void other_summary(struct pdf *p, const struct report_data *d, enum trends_other o)
{
	static const char *const what[TO_COUNT] = {"Sitting tolerance (minutes, self-reported)",
						   "Sleep quality (0–10, 10 best)"};
	int places = o == TO_SITTING ? 0 : 1;
	int n, n1, n2;
	size_t end = d->t.today + 1;
	double all = report_data_other(d, 0, end, o, &n);
	if (!n) {
		char *s = xasprintf("%s: not noted in this period.", what[o]);
		pdf_para(p, s, PS_BODY, pdf_black, 3);
		free(s);
		return;
	}
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "%s: mean %.*f over %d %s", what[o], places, all, n, n == 1 ? "day" : "days");
	const struct report_places *w = &d->places; /* the same two weeks as the places */
	double first = report_data_other(d, w->from[REPORT_FIRST], w->to[REPORT_FIRST], o, &n1);
	double last = report_data_other(d, w->from[REPORT_LAST], w->to[REPORT_LAST], o, &n2);
	if (w->apart && n1 && n2)
		sb_addf(&b, "; %.*f in the first two weeks, %.*f in the last two", places, first,
			places, last);
	sb_adds(&b, ".");
	pdf_para(p, b.s, PS_BODY, pdf_black, 3);
	sb_free(&b);
}

void sections_sitting_sleep(struct pdf *p, const struct report_data *d)
{
	pdf_heading(p, "Sitting and sleep", 40);
	for (int o = 0; o < TO_COUNT; o++)
		other_summary(p, d, (enum trends_other)o);
	for (int o = 0; o < TO_COUNT; o++) {
		char *s = report_text_assoc(d, (enum trends_other)o);
		if (s)
			pdf_para(p, s, PS_BODY, pdf_black, 3);
		free(s);
	}
	pdf_para(p, "Each week's means are in the table of weeks. A link with leg pain is stated "
		    "only with 14 or more days with both and a 95% interval of r that excludes 0.",
		 PS_SMALL, pdf_grey, 4);
}

void sections_meds(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {{"Medication, as noted", 0.46, false},
					      {"First noted", 0.19, false},
					      {"Last noted", 0.19, false},
					      {"Entries", 0.16, true}};
	struct pdf_table t = {cols, 4, 0, 0, "Medication", (int)d->nmeds};
	pdf_heading(p, "Medication", 40);
	if (!d->nmeds) {
		pdf_para(p, "No medication noted in this period.", PS_BODY, pdf_black, 4);
		return;
	}
	pdf_table_head(p, &t);
	for (size_t i = 0; i < d->nmeds; i++) {
		const struct report_med *m = &d->med[i];
		char first[32], last[32], n[16];
		sections_date(first, sizeof first, m->first, false);
		sections_date(last, sizeof last, m->last, false);
		snprintf(n, sizeof n, "%d", m->entries);
		pdf_table_row(p, (const char *const[]){m->name, first, last, n});
	}
	pdf_table_end(p, 2);
	pdf_para(p, "As the person typed it, split at commas; not checked against a prescription.",
		 PS_SMALL, pdf_grey, 4);
}

/* The first figure of a routine, small, beside its list of exercises. */
#define FIG_SMALL_W 64.0
#define FIG_SMALL_H 52.0

/* What a routine holds: each exercise and its dose, from the routine files of today. */
static void routine_steps(struct pdf *p, const struct trends_routine *tr,
			  const struct library *lib)
{
	static const struct pdf_col cols[] = {{"Exercise", 0.36, false}, {"Dose", 0.64, false}};
	const struct routine *r = library_routine(lib, tr->id);
	if (!r) {
		char *s = xasprintf("%s: not among the routine files now; its exercises cannot be "
				    "listed.",
				    tr->title);
		pdf_para(p, s, PS_BODY, pdf_grey, 6);
		free(s);
		return;
	}
	char *caption = xasprintf("%s (%s)", r->title, r->id);
	double ch = pdf_measure(p, caption, PS_BOLD, 0);
	/* The caption, the heading and the first rows together, the first figure beside them. */
	pdf_need(p, ch + 4 * 16 > FIG_SMALL_H ? ch + 4 * 16 : FIG_SMALL_H);
	double x = p->left;
	if (steps_first_figure(p, r, p->left, p->y, FIG_SMALL_W, FIG_SMALL_H))
		x += FIG_SMALL_W + 10;
	double top = p->y;
	int page = p->page;
	p->y += pdf_text_at(p, x, p->y, p->right - x, caption, PS_BOLD, pdf_black, false) + 2;
	struct pdf_table t = {cols, 2, x, p->right - x, caption, (int)r->nsteps};
	pdf_table_head(p, &t);
	for (size_t i = 0; i < r->nsteps; i++) {
		if (!r->steps[i].ex)
			continue;
		char *dose = steps_dose(&r->steps[i]);
		pdf_table_row(p, (const char *const[]){r->steps[i].ex->title, dose});
		free(dose);
	}
	if (p->page == page && p->y < top + FIG_SMALL_H) /* a short table: clear of the figure */
		p->y = top + FIG_SMALL_H;
	pdf_table_end(p, 8);
	free(caption);
}

void sections_routines(struct pdf *p, const struct report_data *d, const struct library *lib)
{
	static const struct pdf_col cols[] = {{"Routine", 0.25, false},
					      {"Played", 0.085, true},
					      {"Logged", 0.085, true},
					      {"Leg pain after a session", 0.29, false},
					      {"Back pain after a session", 0.29, false}};
	struct pdf_table t = {cols, 5, 0, 0, "Stretching routines", (int)d->t.nroutines};
	pdf_heading(p, "Stretching routines and their effect", 60);
	if (!d->t.nroutines) {
		pdf_para(p, "No stretching sessions in this period.", PS_BODY, pdf_black, 4);
		return;
	}
	pdf_table_head(p, &t);
	for (size_t i = 0; i < d->t.nroutines; i++) {
		const struct trends_routine *r = &d->t.routine[i];
		char played[16], away[16];
		snprintf(played, sizeof played, "%d", r->sessions - r->away);
		snprintf(away, sizeof away, "%d", r->away);
		char *leg = report_text_effect(r, TM_LEG), *back = report_text_effect(r, TM_BACK);
		pdf_table_row(p, (const char *const[]){r->title, played, away, leg, back});
		free(leg);
		free(back);
	}
	pdf_table_end(p, 2);
	pdf_para(p, "Played: guided by limber; logged: done away from the screen and recorded "
		    "afterwards. The change is pain after minus pain before a session, in points "
		    "(mean, with its 95% interval), over the sessions rated both times; 3 are needed "
		    "to judge.",
		 PS_SMALL, pdf_grey, 6);
	if (!lib)
		return;
	pdf_heading(p, "What each routine holds", 80);
	for (size_t i = 0; i < d->t.nroutines; i++)
		routine_steps(p, &d->t.routine[i], lib);
}

void sections_notes(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {{"When", 0.24, false}, {"Note, as written", 0.76, false}};
	struct pdf_table t = {cols, 2, 0, 0, "Notes", (int)d->nnotes};
	pdf_heading(p, "Notes", 40);
	if (!d->nnotes) {
		pdf_para(p, "No notes in this period.", PS_BODY, pdf_black, 4);
		return;
	}
	pdf_table_head(p, &t);
	for (size_t i = 0; i < d->nnotes; i++) {
		char when[48];
		sections_date(when, sizeof when, d->note[i].at, true);
		pdf_table_row(p, (const char *const[]){when, d->note[i].text});
	}
	pdf_table_end(p, 4);
}
