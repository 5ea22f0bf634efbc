/* SPDX-License-Identifier: ISC */
/* sections.c - the parts of the clinician's report, each drawn at the cursor */
#include "config.h"

#include "report/sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "insight/progress.h"
#include "insight/report_text.h"
#include "insight/stats.h"
#include "insight/trends.h"
#include "insight/words.h"
#include "report/steps.h"

void sections_nothing(struct pdf *p, const char *text)
{
	pdf_para(p, text, PS_BODY, pdf_black, 4);
}

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
		i18n_snprintf(buf, n, "%.1f", v);
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
				sb_addf(&b, "%s%s", b.len ? "; " : "", _(field_flags.labels[k]));
		char *label = sb_steal(&b);
		pdf_table_row(p, (const char *const[]){when, label});
		free(label);
	}
}

/* TRANSLATORS: the headings of the report's table of red flags. */
static const struct pdf_col flag_cols[] = {{N_("When"), 0.28, false},
					   {N_("Red flag ticked"), 0.72, false}};

void sections_red_flags(struct pdf *p, const struct report_data *d)
{
	if (!d->nflags) {
		/* Silence would read as "not asked": every entry asks. */
		pdf_para(p,
			 _("No red flags reported in this period: no entry ticked a sign of cauda "
			   "equina syndrome (the diary asks at every entry)."),
			 PS_BOLD, pdf_black, 8);
		return;
	}
	struct pdf_table t = {flag_cols, 2, p->left + 8, p->right - p->left - 16, _("Red flags"),
			      0};
	size_t shown = d->nflags < SECTIONS_FLAGS_FIRST ? d->nflags : SECTIONS_FLAGS_FIRST;
	pdf_need(p, 60 + 16 * (double)shown);
	double top = p->y;
	p->y += 6;
	/* TRANSLATORS: the report's warning over the table of red flags. */
	char *head = xasprintf(ngettext("RED FLAGS: %zu entry ticked a sign of possible cauda "
					"equina syndrome",
					"RED FLAGS: %zu entries ticked a sign of possible cauda "
					"equina syndrome",
					(unsigned long)d->nflags),
			       d->nflags);
	p->y += pdf_text_at(p, p->left + 8, p->y, p->right - p->left - 16, head, PS_HEADING,
			    pdf_alert, false) + 2;
	free(head);
	p->y += pdf_text_at(p, p->left + 8, p->y, p->right - p->left - 16,
			    _("Each needs same-day assessment if it is current. Newest first."),
			    PS_BODY, pdf_alert, false) + 4;
	pdf_table_head(p, &t);
	flag_rows(p, d, d->nflags, d->nflags - shown);
	pdf_table_end(p, 4);
	if (shown < d->nflags) {
		/* TRANSLATORS: the red flags not in the first table, and all of them. */
		char *more = xasprintf(ngettext("And %zu earlier: all %zu are listed at the end of "
						"the report.",
						"And %zu earlier: all %zu are listed at the end of "
						"the report.",
						(unsigned long)(d->nflags - shown)),
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
	struct pdf_table t = {flag_cols, 2, 0, 0, _("All red flags"), (int)d->nflags};
	/* TRANSLATORS: a heading of the report (there are always more than 3). */
	char *head = xasprintf(ngettext("All red flags: %zu entry, newest first",
					"All red flags: %zu entries, newest first",
					(unsigned long)d->nflags),
			       d->nflags);
	pdf_heading(p, head, pdf_table_keep(p, &t));
	free(head);
	pdf_table_head(p, &t);
	flag_rows(p, d, d->nflags, 0);
	pdf_table_end(p, 4);
}

void sections_verdicts(struct pdf *p, const struct report_data *d)
{
	pdf_heading(p, _("Is the pain changing?"), 40);
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
		 /* xgettext:no-c-format */
		 _("The mean of daily means over the first two weeks with ratings against the "
		   "last two, on the 0–10 scale, with the 95% interval of the difference. A "
		   "clinically important change is at least 2 points or 30% (Ostelo et al., Spine "
		   "2008)."),
		 PS_SMALL, pdf_grey, 4);
}

/*
 * The week table's columns; the function score's last, only when it was
 * rated in the period. The labels are translated where shown (pdf.c).
 */
struct week_col {
	const char *head;
	double share, share_fn; /* without and with the function score's column */
};
/* TRANSLATORS: the headings of the report's weekly table: narrow columns, so the
   short ones come in two lines ("\n"). */
static const struct week_col week_cols[] = {
    {N_("Week from"), 0.15, 0.13},
    {N_("Entries"), 0.095, 0.095},
    {N_("Sessions"), 0.105, 0.1},
    {N_("Minutes"), 0.095, 0.095},
    {N_("Leg\nmean"), 0.0925, 0.075},
    {N_("Leg\nworst"), 0.0925, 0.075},
    {N_("Back\nmean"), 0.0925, 0.0925},
    {N_("Back\nworst"), 0.0925, 0.0925},
    {N_("Sitting\nmin"), 0.0925, 0.085},
    {N_("Sleep\n0–10"), 0.0925, 0.085},
    /* TRANSLATORS: the weekly table's column of the Patient-Specific Functional Scale
       score (what one can do); PSFS is the scale's usual abbreviation. */
    {N_("PSFS\n0–10"), 0, 0.075},
};

void sections_weeks(struct pdf *p, const struct report_data *d)
{
	bool fn = d->fn_rated > 0;
	enum { ALL = sizeof week_cols / sizeof *week_cols };
	int n = fn ? ALL : ALL - 1; /* the function score's column is the last */
	struct pdf_col cols[ALL];
	for (int i = 0; i < n; i++)
		cols[i] = (struct pdf_col){week_cols[i].head,
		                           fn ? week_cols[i].share_fn : week_cols[i].share, i > 0};
	struct pdf_table t = {cols, n, 0, 0, _("Week by week"), (int)d->t.nweeks};
	pdf_heading(p, _("Week by week"), pdf_table_keep(p, &t));
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
			i18n_snprintf(sit, sizeof sit, "%.0f", v);
		num1(slp, sizeof slp, report_data_week_other(d, i, TO_SLEEP, NULL));
		num1(fs, sizeof fs, report_data_week_function(d, i));
		pdf_table_row(p, (const char *const[]){start, e, s, min, lm, lx, bm, bx, sit, slp, fs});
	}
	pdf_table_end(p, 2);
	pdf_para(p,
		 fn ? _("Pain 0 (none) to 10 (worst imaginable); the mean of the week's ratings, "
			"and its worst. Sessions played in limber and logged afterwards, and their "
			"minutes. Sitting: minutes tolerated; sleep: quality, 10 best; PSFS: the "
			"week's Patient-Specific Functional Scale score, 0 unable to 10 able as "
			"before. – means nothing was noted.")
		    : _("Pain 0 (none) to 10 (worst imaginable); the mean of the week's ratings, "
			"and its worst. Sessions played in limber and logged afterwards, and their "
			"minutes. Sitting: minutes tolerated; sleep: quality, 10 best. – means "
			"nothing was noted."),
		 PS_SMALL, pdf_grey, 4);
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
			sb_addf(&b, "%s%s", b.len ? ", " : "", _(v->labels[k]));
	/* TRANSLATORS: under a table of the report: the places or symptoms never noted,
	   joined by ", ". */
	char *s = b.len ? xasprintf(_("Not noted: %s."), b.s) : NULL;
	sb_free(&b);
	return s;
}

/* Places over time: the first two weeks, the last two, and the whole period, side by side. */
static void places_table(struct pdf *p, const struct report_data *d)
{
	/* TRANSLATORS: the headings of the report's table of where it hurts. */
	static const struct pdf_col apart[] = {{N_("Where it hurts"), 0.31, false},
					       {N_("First two weeks"), 0.23, true},
					       {N_("Last two weeks"), 0.23, true},
					       {N_("Whole period"), 0.23, true}};
	static const struct pdf_col whole[] = {{N_("Where it hurts"), 0.62, false},
					       {N_("Entries"), 0.38, true}};
	const struct report_places *pl = &d->places;
	int rows = 0;
	for (int k = 0; k < LOC_COUNT; k++)
		rows += d->where[k] > 0;
	struct pdf_table t = {pl->apart ? apart : whole, pl->apart ? 4 : 2, 0, 0,
			      _("Where it hurts"), rows};
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
		char *label = words_capital(_(field_locations.labels[k]));
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
		/* TRANSLATORS: under the report's table of where it hurts. */
		sb_addf(&b, _("Entries noting the place, and their share of the entries that noted "
			      "any place: %d in the first two weeks, %d in the last two, %d in "
			      "all."),
			pl->noted[REPORT_FIRST], pl->noted[REPORT_LAST], d->with_where);
	else
		/* TRANSLATORS: under the report's table of where it hurts (the plural follows
		   the entries of the period). */
		sb_addf(&b, ngettext("%d of %ld entry noted where it hurt.",
				     "%d of %ld entries noted where it hurt.",
				     (unsigned long)d->t.entries),
			d->with_where, d->t.entries);
	sb_adds(&b, " ");
	if (none)
		sb_adds(&b, none);
	pdf_para(p, b.s, PS_SMALL, pdf_grey, 4);
	sb_free(&b);
	free(none);
}

/* The symptoms noted, over the whole period. */
static void symptoms_table(struct pdf *p, const struct report_data *d)
{
	/* TRANSLATORS: the headings of the report's table of symptoms. */
	static const struct pdf_col cols[] = {{N_("What it feels like"), 0.62, false},
					      {N_("Entries"), 0.38, true}};
	int sym[SYM_COUNT], rows = 0;
	report_data_symptoms(d, sym);
	for (int k = 0; k < SYM_COUNT; k++)
		rows += sym[k] > 0;
	struct pdf_table t = {cols, 2, p->left, (p->right - p->left) * 0.6, _("What it feels like"),
			      rows};
	pdf_table_head(p, &t);
	for (int k = 0; k < SYM_COUNT; k++) {
		if (!sym[k])
			continue;
		char c[32];
		share(c, sizeof c, sym[k], d->with_symptoms);
		char *label = words_capital(_(field_symptoms.labels[k]));
		pdf_table_row(p, (const char *const[]){label, c});
		free(label);
	}
	pdf_table_end(p, 2);
	char *none = not_noted(&field_symptoms, sym);
	/* TRANSLATORS: under the report's table of symptoms (the plural follows the entries
	   of the period); %s is "Not noted: ..." or nothing. */
	char *s = xasprintf(ngettext("%d of %ld entry noted what it felt like; an entry may note "
				     "several. %s",
				     "%d of %ld entries noted what it felt like; an entry may note "
				     "several. %s",
				     (unsigned long)d->t.entries),
			    d->with_symptoms, d->t.entries, none ? none : "");
	pdf_para(p, s, PS_SMALL, pdf_grey, 4);
	free(s);
	free(none);
}

void sections_where(struct pdf *p, const struct report_data *d)
{
	bool any = d->with_where || d->with_symptoms;
	pdf_heading(p, _("Where it hurts and what it feels like"), any ? 60 : 40);
	if (!any) {
		/* Two tables of zeros would only take the clinician's time. */
		sections_nothing(p, _("Neither where it hurt nor what it felt like was noted in "
		                      "this period."));
		return;
	}
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
	/* TRANSLATORS: what the report says of sitting and of sleep, before a colon. */
	const char *what = o == TO_SITTING ? _("Sitting tolerance (minutes, self-reported)")
					   : _("Sleep quality (0–10, 10 best)");
	int places = o == TO_SITTING ? 0 : 1;
	int n, n1, n2;
	size_t end = d->t.today + 1;
	double all = report_data_other(d, 0, end, o, &n);
	char *s;
	const struct report_places *w = &d->places; /* the same two weeks as the places */
	double first = report_data_other(d, w->from[REPORT_FIRST], w->to[REPORT_FIRST], o, &n1);
	double last = report_data_other(d, w->from[REPORT_LAST], w->to[REPORT_LAST], o, &n2);
	if (!n)
		/* TRANSLATORS: %s is "Sitting tolerance (...)" or "Sleep quality (...)". */
		s = xasprintf(_("%s: not noted in this period."), what);
	else if (w->apart && n1 && n2)
		/* TRANSLATORS: %s is "Sitting tolerance (...)" or "Sleep quality (...)"; then
		   its mean over the days noted, and in the first and the last two weeks. */
		s = i18n_asprintf(
		    ngettext("%s: mean %.*f over %d day; %.*f in the first two weeks, "
		             "%.*f in the last two.",
		             "%s: mean %.*f over %d days; %.*f in the first two weeks, "
		             "%.*f in the last two.",
		             (unsigned long)n),
		    what, places, all, n, places, first, places, last);
	else
		/* TRANSLATORS: as "%s: mean %.*f over %d day; ...", without the two weeks. */
		s = i18n_asprintf(ngettext("%s: mean %.*f over %d day.",
		                           "%s: mean %.*f over %d days.", (unsigned long)n),
		                  what, places, all, n);
	pdf_para(p, s, PS_BODY, pdf_black, 3);
	free(s);
}

void sections_sitting_sleep(struct pdf *p, const struct report_data *d)
{
	pdf_heading(p, _("Sitting and sleep"), 40);
	for (int o = 0; o < TO_COUNT; o++)
		other_summary(p, d, (enum trends_other)o);
	for (int o = 0; o < TO_COUNT; o++) {
		char *s = report_text_assoc(d, (enum trends_other)o);
		if (s)
			pdf_para(p, s, PS_BODY, pdf_black, 3);
		free(s);
	}
	pdf_para(p,
		 /* xgettext:no-c-format */
		 _("Each week's means are in the table of weeks. A link with leg pain is stated "
		   "only with 14 or more days with both and a 95% interval of r that excludes 0."),
		 PS_SMALL, pdf_grey, 4);
}

/*
 * A section of one table: its heading, kept with keep points under it, and the
 * table's head; false, with the words for none instead, when it has no rows.
 */
static bool table_section(struct pdf *p, const struct pdf_table *t, const char *heading,
			  double keep, const char *none)
{
	pdf_heading(p, heading, t->rows ? fmax(keep, pdf_table_keep(p, t)) : keep);
	if (!t->rows) {
		sections_nothing(p, none);
		return false;
	}
	pdf_table_head(p, t);
	return true;
}

void sections_meds(struct pdf *p, const struct report_data *d)
{
	/* TRANSLATORS: the headings of the report's table of medication. */
	static const struct pdf_col cols[] = {{N_("Medication, as noted"), 0.46, false},
					      {N_("First noted"), 0.19, false},
					      {N_("Last noted"), 0.19, false},
					      {N_("Entries"), 0.16, true}};
	struct pdf_table t = {cols, 4, 0, 0, _("Medication"), (int)d->nmeds};
	if (!table_section(p, &t, _("Medication"), 40, _("No medication noted in this period.")))
		return;
	for (size_t i = 0; i < d->nmeds; i++) {
		const struct report_med *m = &d->med[i];
		char first[32], last[32], n[16];
		sections_date(first, sizeof first, m->first, false);
		sections_date(last, sizeof last, m->last, false);
		snprintf(n, sizeof n, "%d", m->entries);
		pdf_table_row(p, (const char *const[]){m->name, first, last, n});
	}
	pdf_table_end(p, 2);
	pdf_para(p,
		 _("As the person typed it, split at commas; not checked against a "
		   "prescription."),
		 PS_SMALL, pdf_grey, 4);
}

/* The first figure of a routine, small, beside its list of exercises. */
#define FIG_SMALL_W 64.0
#define FIG_SMALL_H 52.0

/*
 * What a routine holds: each exercise and its dose, from the routine files of
 * today, with the doses in force (grown or fallen back) when doses.
 */
static void routine_steps(struct pdf *p, const struct trends_routine *tr,
			  const struct library *lib, const struct progress_book *doses)
{
	/* TRANSLATORS: the headings of the report's table of a routine's exercises. */
	static const struct pdf_col cols[] = {{N_("Exercise"), 0.36, false},
					      {N_("Dose"), 0.64, false}};
	const struct routine *file = library_routine(lib, tr->id);
	if (!file) {
		/* TRANSLATORS: %s is the title of a routine used in the period. */
		char *s = xasprintf(_("%s: not among the routine files now; its exercises cannot "
				      "be listed."),
				    tr->title);
		pdf_para(p, s, PS_BODY, pdf_grey, 6);
		free(s);
		return;
	}
	struct progress_routine dosed = {0};
	const struct routine *r = file;
	if (doses) {
		progress_apply(&dosed, file, doses);
		r = &dosed.r;
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
	if (doses)
		progress_routine_free(&dosed);
}

void sections_routines(struct pdf *p, const struct report_data *d, const struct library *lib,
		       const struct progress_book *doses)
{
	/* TRANSLATORS: the headings of the report's table of routines: "Played" counts the
	   sessions guided by limber, "Logged" those done away from the screen. */
	static const struct pdf_col cols[] = {{N_("Routine"), 0.22, false},
					      {N_("Played"), 0.1, true},
					      {N_("Logged"), 0.1, true},
					      {N_("Leg pain after a session"), 0.29, false},
					      {N_("Back pain after a session"), 0.29, false}};
	struct pdf_table t = {cols, 5, 0, 0, _("Stretching routines"), (int)d->t.nroutines};
	if (!table_section(p, &t, _("Stretching routines and their effect"), 60,
			   _("No stretching sessions in this period.")))
		return;
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
	pdf_para(p,
		 /* xgettext:no-c-format */
		 _("Played: guided by limber; logged: done away from the screen and recorded "
		   "afterwards. The change is pain after minus pain before a session, in points "
		   "(mean, with its 95% interval), over the sessions rated both times; 3 are "
		   "needed to judge."),
		 PS_SMALL, pdf_grey, 6);
	if (!lib)
		return;
	pdf_heading(p, _("What each routine holds"), 80);
	if (doses)
		pdf_para(p,
			 _("Doses as they stand on the day of this report: a dose grows a step "
			   "after a few comfortable sessions and falls back a step after one "
			   "that raised pain or spread symptoms down the leg."),
			 PS_SMALL, pdf_grey, 6);
	for (size_t i = 0; i < d->t.nroutines; i++)
		routine_steps(p, &d->t.routine[i], lib, doses);
}

void sections_notes(struct pdf *p, const struct report_data *d)
{
	/* TRANSLATORS: the headings of the report's table of notes. */
	static const struct pdf_col cols[] = {{N_("When"), 0.24, false},
					      {N_("Note, as written"), 0.76, false}};
	struct pdf_table t = {cols, 2, 0, 0, _("Notes"), (int)d->nnotes};
	if (!table_section(p, &t, _("Notes"), 40, _("No notes in this period.")))
		return;
	for (size_t i = 0; i < d->nnotes; i++) {
		char when[48];
		sections_date(when, sizeof when, d->note[i].at, true);
		pdf_table_row(p, (const char *const[]){when, d->note[i].text});
	}
	pdf_table_end(p, 4);
}
