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
#include "insight/stats.h"
#include "insight/trends.h"

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
	if (!d->nflags)
		return;
	struct pdf_table t = {flag_cols, 2, p->left + 8, p->right - p->left - 16, "Red flags"};
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
	struct pdf_table t = {flag_cols, 2, 0, 0, "All red flags"};
	char *head = xasprintf("All red flags: %zu entries, newest first", d->nflags);
	pdf_heading(p, head, 40);
	free(head);
	pdf_table_head(p, &t);
	flag_rows(p, d, d->nflags, 0);
	pdf_table_end(p, 4);
}

void sections_verdicts(struct pdf *p, const struct report_data *d)
{
	static const char *const names[TM_COUNT] = {"Back pain", "Leg pain"};
	pdf_heading(p, "Is the pain changing?", 40);
	for (int m = TM_LEG; m >= TM_BACK; m--) {
		struct stats_verdict v;
		int64_t since;
		trends_verdict(&d->t, (enum trends_measure)m, &v, &since);
		char *s = stats_verdict_sentence(&v, names[m], since, true);
		struct pdf_rgb c = v.direction == DIR_BETTER  ? pdf_good
				   : v.direction == DIR_WORSE ? pdf_alert
							      : pdf_black;
		pdf_para(p, s, PS_BOLD, c, 3);
		free(s);
	}
	pdf_para(p,
		 "The first two weeks with ratings against the last two, each day's mean, with a "
		 "95% interval. A change of 2 points or 30% is the smallest that patients notice "
		 "as meaningful (Ostelo et al., Spine 2008).",
		 PS_SMALL, pdf_grey, 4);
}

void sections_weeks(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {
		{"Week from", 0.15, false},    {"Entries", 0.095, true},      {"Sessions", 0.105, true},
		{"Minutes", 0.095, true},      {"Leg\nmean", 0.0925, true},   {"Leg\nworst", 0.0925, true},
		{"Back\nmean", 0.0925, true},  {"Back\nworst", 0.0925, true}, {"Sitting\nmin", 0.0925, true},
		{"Sleep\n0–10", 0.0925, true},
	};
	struct pdf_table t = {cols, 10, 0, 0, "Week by week"};
	pdf_heading(p, "Week by week", 40);
	pdf_table_head(p, &t);
	for (size_t i = 0; i < d->t.nweeks; i++) {
		const struct trends_week *w = &d->t.week[i];
		char start[32], e[16], s[16], min[24], lm[16], lx[16], bm[16], bx[16], sit[16],
			slp[16];
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
		pdf_table_row(p, (const char *const[]){start, e, s, min, lm, lx, bm, bx, sit, slp});
	}
	pdf_table_end(p, 2);
	pdf_para(p,
		 "Pain 0 (none) to 10 (worst imaginable); the mean of the week's ratings, and its "
		 "worst. Minutes of stretching in guided sessions. Sitting: minutes tolerated; "
		 "sleep: quality, 10 best. – means nothing was noted.",
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

/* One of the two tables side by side: labels of v with counts; returns its bottom. */
static double count_table(struct pdf *p, const struct pdf_col *cols, double x, double w,
			  const struct field_vocab *v, const int *counts, long n)
{
	struct pdf_table t = {cols, 2, x, w, NULL};
	pdf_table_head(p, &t);
	for (int k = 0; k < v->count; k++) {
		char c[32];
		share(c, sizeof c, counts[k], n);
		char *label = capital(v->labels[k]);
		pdf_table_row(p, (const char *const[]){label, c});
		free(label);
	}
	pdf_table_end(p, 0);
	return p->y;
}

void sections_where(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col where[] = {{"Where it hurts", 0.62, false},
					       {"Entries", 0.38, true}};
	static const struct pdf_col what[] = {{"What it feels like", 0.62, false},
					      {"Entries", 0.38, true}};
	if (!d->with_where && !d->with_symptoms) {
		/* Two tables of zeros would only take the clinician's time. */
		pdf_heading(p, "Where it hurts and what it feels like", 40);
		pdf_para(p, "Neither where it hurt nor what it felt like was noted in this period.",
			 PS_BODY, pdf_black, 3);
		return;
	}
	pdf_heading(p, "Where it hurts and what it feels like", 12 * LOC_COUNT + 20);
	int sym[SYM_COUNT];
	report_data_symptoms(d, sym);
	double half = (p->right - p->left - 24) / 2, top = p->y;
	double y1 = count_table(p, where, p->left, half, &field_locations, d->where,
				d->t.entries);
	p->y = top;
	double y2 = count_table(p, what, p->left + half + 24, half, &field_symptoms, sym,
				d->t.entries);
	p->y = y1 > y2 ? y1 : y2;
	char *s = xasprintf("Out of %ld entries: %d noted where it hurt, %d what it felt like; an "
			    "entry may note several.",
			    d->t.entries, d->with_where, d->with_symptoms);
	p->y += 2;
	pdf_para(p, s, PS_SMALL, pdf_grey, 4);
	free(s);
}

/* "Sitting tolerance: 35 minutes on average over 40 days; 25 in the first two weeks, 45 in the last two." */
static void other_summary(struct pdf *p, const struct report_data *d, enum trends_other o)
{
	static const char *const what[TO_COUNT] = {"Sitting tolerance", "Sleep quality (0–10)"};
	static const char *const unit[TO_COUNT] = {" minutes", ""};
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
	sb_addf(&b, "%s: ", what[o]);
	sb_addf(&b, "%.*f", places, all);
	sb_addf(&b, "%s on average, noted on %d %s", unit[o], n, n == 1 ? "day" : "days");
	double first = report_data_other(d, 0, 14, o, &n1);
	double last = report_data_other(d, end > 14 ? end - 14 : 0, end, o, &n2);
	if (end >= 28 && n1 && n2) {
		sb_adds(&b, "; ");
		sb_addf(&b, "%.*f", places, first);
		sb_adds(&b, " in the first two weeks, ");
		sb_addf(&b, "%.*f", places, last);
		sb_adds(&b, " in the last two");
	}
	sb_adds(&b, ".");
	char *s = sb_steal(&b);
	pdf_para(p, s, PS_BODY, pdf_black, 3);
	free(s);
}

void sections_sitting_sleep(struct pdf *p, const struct report_data *d)
{
	static const char *const what[TO_COUNT] = {"Sitting", "Sleep"};
	static const char *const more[TO_COUNT] = {"you could sit longer", "you slept better"};
	pdf_heading(p, "Sitting and sleep", 40);
	for (int o = 0; o < TO_COUNT; o++)
		other_summary(p, d, (enum trends_other)o);
	for (int o = 0; o < TO_COUNT; o++) {
		struct stats_assoc a;
		trends_assoc(&d->t, (enum trends_other)o, &a);
		char *s = stats_assoc_sentence(&a, what[o], more[o], true);
		if (s)
			pdf_para(p, s, PS_BODY, pdf_black, 3);
		free(s);
	}
	pdf_para(p, "Week by week in the table of weeks. Beside leg pain only when there are 14 "
		    "days with both and the link is clear; a link is not a cause.",
		 PS_SMALL, pdf_grey, 4);
}

void sections_meds(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {{"Medication, as noted", 0.46, false},
					      {"First noted", 0.19, false},
					      {"Last noted", 0.19, false},
					      {"Entries", 0.16, true}};
	struct pdf_table t = {cols, 4, 0, 0, "Medication"};
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

/* "+0.6" or "−1.8": signed, with a real minus sign. */
static void signed1(char *buf, size_t n, double v)
{
	double r = round(v * 10) / 10;
	snprintf(buf, n, "%s%.1f", r < 0 ? "−" : r > 0 ? "+" : "", fabs(r));
}

/* "−2.0 (−2.6 to −1.4): helps", "+0.5: too few rated", or "–". */
static void effect_cell(char *buf, size_t n, const struct trends_routine *r, enum trends_measure m)
{
	struct stats_paired e;
	trends_routine_effect(r, m, &e);
	char mean[16], low[16], high[16];
	signed1(mean, sizeof mean, e.mean);
	signed1(low, sizeof low, e.low);
	signed1(high, sizeof high, e.high);
	if (!e.n)
		snprintf(buf, n, "–");
	else if (e.effect == EFFECT_TOO_FEW)
		snprintf(buf, n, "%s: too few rated (%d)", mean, e.n);
	else
		snprintf(buf, n, "%s (%s to %s): %s", mean, low, high,
			 e.effect == EFFECT_HELPS ? "helps" : e.effect == EFFECT_WORSE ? "worse" : "unclear");
}

void sections_routines(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {{"Routine", 0.34, false},
					      {"Sessions", 0.12, true},
					      {"Leg pain after", 0.27, false},
					      {"Back pain after", 0.27, false}};
	struct pdf_table t = {cols, 4, 0, 0, "Stretching routines"};
	pdf_heading(p, "Stretching routines and their effect", 40);
	if (!d->t.nroutines) {
		pdf_para(p, "No guided sessions in this period.", PS_BODY, pdf_black, 4);
		return;
	}
	pdf_table_head(p, &t);
	for (size_t i = 0; i < d->t.nroutines; i++) {
		const struct trends_routine *r = &d->t.routine[i];
		char n[16], leg[96], back[96];
		snprintf(n, sizeof n, "%d", r->sessions);
		effect_cell(leg, sizeof leg, r, TM_LEG);
		effect_cell(back, sizeof back, r, TM_BACK);
		pdf_table_row(p, (const char *const[]){r->title, n, leg, back});
	}
	pdf_table_end(p, 2);
	pdf_para(p, "The change in pain from before to after a session (points, with a 95% "
		    "interval); 3 rated sessions are needed to judge.",
		 PS_SMALL, pdf_grey, 4);
	for (size_t i = 0; i < d->t.nroutines; i++) {
		const struct trends_routine *r = &d->t.routine[i];
		struct stats_paired e;
		trends_routine_effect(r, TM_LEG, &e);
		if (e.effect == EFFECT_TOO_FEW)
			continue;
		char *words = stats_effect_sentence(&e, "leg pain", true);
		char *line = xasprintf("%s: %s.", r->title, words);
		pdf_para(p, line, PS_BODY, e.effect == EFFECT_WORSE ? pdf_alert : pdf_black, 2);
		free(line);
		free(words);
	}
}

void sections_notes(struct pdf *p, const struct report_data *d)
{
	static const struct pdf_col cols[] = {{"When", 0.24, false}, {"Note, as written", 0.76, false}};
	struct pdf_table t = {cols, 2, 0, 0, "Notes"};
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
