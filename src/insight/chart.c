/* SPDX-License-Identifier: ISC */
/* chart.c - trends drawn into a text grid: printed by `limber trends`, copied by the TUI */
#include "config.h"

#include "insight/chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/textsafe.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "insight/chart_words.h"

void chart_init(struct chart *c, int w, bool utf8)
{
	memset(c, 0, sizeof *c);
	c->w = w;
	c->utf8 = utf8;
}

void chart_free(struct chart *c)
{
	free(c->cells);
	memset(c, 0, sizeof *c);
}

static void grow(struct chart *c, int h)
{
	if (h <= c->h)
		return;
	c->cells = xreallocarray(c->cells, (size_t)h * (size_t)c->w, sizeof *c->cells);
	memset(c->cells + (size_t)c->h * (size_t)c->w, 0,
	       (size_t)(h - c->h) * (size_t)c->w * sizeof *c->cells);
	c->h = h;
}

void chart_put(struct chart *c, int y, int x, const char *glyph, int colour)
{
	if (y < 0 || x < 0 || x >= c->w)
		return;
	grow(c, y + 1);
	struct chart_cell *cell = &c->cells[(size_t)y * (size_t)c->w + (size_t)x];
	size_t n = strnlen(glyph, sizeof cell->g - 1);
	memcpy(cell->g, glyph, n);
	cell->g[n] = '\0';
	cell->colour = (unsigned char)colour;
}

int chart_text(struct chart *c, int y, int x, const char *text, int colour)
{
	/* Titles come from routine files and imports: shown, never obeyed. */
	char *s = textsafe(text, 0);
	const char *p = s;
	int col = x;
	while (*p && col < c->w) {
		size_t len = 1;
		while (p[len] && ((unsigned char)p[len] & 0xc0) == 0x80)
			len++;
		char g[8];
		if (len > sizeof g - 1)
			len = sizeof g - 1;
		memcpy(g, p, len);
		g[len] = '\0';
		chart_put(c, y, col, g, colour);
		int w = (unsigned char)g[0] < 0x80 ? 1 : utf8_width(g);
		col += w > 0 ? w : 1;
		p += len;
	}
	free(s);
	grow(c, y + 1);
	return col - x;
}

char *chart_to_text(const struct chart *c)
{
	struct strbuf b;
	sb_init(&b);
	for (int y = 0; y < c->h; y++) {
		int last = -1;
		for (int x = 0; x < c->w; x++)
			if (c->cells[(size_t)y * (size_t)c->w + (size_t)x].g[0])
				last = x;
		for (int x = 0; x <= last; x++) {
			const char *g = c->cells[(size_t)y * (size_t)c->w + (size_t)x].g;
			/* A wide character's second column is empty: write nothing for it. */
			if (!g[0] && x > 0 &&
			    utf8_width(c->cells[(size_t)y * (size_t)c->w + (size_t)x - 1].g) == 2)
				continue;
			sb_adds(&b, g[0] ? g : " ");
		}
		sb_addc(&b, '\n');
	}
	return sb_steal(&b);
}

static const char *sym(const struct chart *c, const char *utf8, const char *ascii)
{
	return c->utf8 ? utf8 : ascii;
}

/* The pain axis: 0..10, one row per point, labelled every other row. */
static void pain_axis(struct chart *c, int y0)
{
	for (int v = 10; v >= 0; v--) {
		int y = y0 + 10 - v;
		char lab[8];
		if (v % 2 == 0)
			snprintf(lab, sizeof lab, "%2d ", v);
		else
			snprintf(lab, sizeof lab, "   ");
		chart_text(c, y, 0, lab, CC_AXIS);
		chart_put(c, y, 3, v == 0 ? sym(c, "┼", "+") : v % 2 == 0 ? sym(c, "┤", "+") : sym(c, "│", "|"),
			  CC_AXIS);
	}
}

/*
 * One group of days d0..d1, span cells wide from x0: the days' dots in its
 * first cell, the 7-day averages in the others, so no glyph ever covers
 * another of the other kind. Leg and back on the same row share ◉.
 */
static void pain_column(struct chart *c, int y0, const struct trends *t, size_t d0, size_t d1,
			int x0, int span)
{
	double sum[TM_COUNT] = {0, 0};
	int n[TM_COUNT] = {0, 0};
	for (size_t d = d0; d < d1; d++) {
		for (int m = 0; m < TM_COUNT; m++) {
			double v = trends_day_mean(t, d, m);
			if (!isnan(v)) {
				sum[m] += v;
				n[m]++;
			}
		}
	}
	int x = x0;
	/* The averages stop at today: the days to come have no average yet. */
	size_t last = d1 - 1 > t->today ? t->today : d1 - 1;
	double avg_back = d0 <= t->today ? trends_moving_avg(t, last, TM_BACK) : NAN;
	double avg = d0 <= t->today ? trends_moving_avg(t, last, TM_LEG) : NAN;
	for (int k = 1; k < span; k++) {
		if (!isnan(avg_back))
			chart_put(c, y0 + 10 - (int)lround(avg_back), x0 + k, sym(c, "·", "."),
				  CC_AVG_BACK);
		if (!isnan(avg))
			chart_put(c, y0 + 10 - (int)lround(avg), x0 + k, sym(c, "─", "-"),
				  CC_AVG_LEG);
	}
	int row[TM_COUNT] = {-1, -1};
	for (int m = 0; m < TM_COUNT; m++)
		if (n[m])
			row[m] = 10 - (int)lround(sum[m] / n[m]);
	if (row[TM_BACK] >= 0)
		chart_put(c, y0 + row[TM_BACK], x, sym(c, "○", "o"), CC_BACK);
	if (row[TM_LEG] >= 0)
		chart_put(c, y0 + row[TM_LEG], x,
			  row[TM_LEG] == row[TM_BACK] ? sym(c, "◉", "@") : sym(c, "●", "*"),
			  CC_LEG);
}

int chart_pain(struct chart *c, int y0, const struct trends *t)
{
	const int label_w = 5; /* "10 ┤" and a space */
	int plot_w = c->w - label_w;
	if (plot_w < 10)
		plot_w = 10;
	size_t days = t->ndays;
	/* Two cells a group of days at least: one for the dots, one for the averages. */
	size_t groups = (size_t)plot_w / 2;
	size_t per_col = (days + groups - 1) / groups;
	if (per_col < 1)
		per_col = 1;
	size_t ncols = (days + per_col - 1) / per_col;
	/* Few days on a wide chart: each day gets up to three columns. */
	int span = per_col == 1 ? plot_w / (int)days : 2;
	if (span < 2)
		span = 2;
	if (span > 3)
		span = 3;

	pain_axis(c, y0);
	/* Per column: the 7-day average first, then back, then leg on top. */
	for (size_t col = 0; col < ncols; col++) {
		size_t d0 = col * per_col, d1 = d0 + per_col < days ? d0 + per_col : days;
		pain_column(c, y0, t, d0, d1, label_w - 1 + (int)col * span, span);
	}
	/* The time axis runs along the 0 row, under any markers of 0; dates below it. */
	int axis_y = y0 + 11;
	for (int x = label_w - 1; x < label_w - 1 + (int)ncols * span && x < c->w; x++)
		if (!c->cells[(size_t)(axis_y - 1) * (size_t)c->w + (size_t)x].g[0])
			chart_put(c, axis_y - 1, x, sym(c, "─", "-"), CC_AXIS);
	int next_free = 0;
	for (size_t w = 0; w < t->nweeks; w++) {
		size_t col = (w * 7) / per_col;
		int x = label_w - 1 + (int)col * span;
		char lab[64];
		chart_words_day(lab, sizeof lab, t, t->week[w].start);
		int lw = utf8_width(lab);
		if (x < next_free || x + lw > c->w)
			continue;
		chart_text(c, axis_y, x, lab, CC_AXIS);
		next_free = x + lw + 1;
	}
	return 12;
}

/* "5.1 / 7" or "  -    " */
static void mean_max(char *buf, size_t n, const struct trends_week *w, enum trends_measure m)
{
	if (w->n[m])
		i18n_snprintf(buf, n, "%4.1f / %-2d", trends_week_mean(w, m), w->max[m]);
	else
		snprintf(buf, n, "   -     ");
}

/* Narrower than this, tables keep only their main columns. */
#define CHART_WIDE 72

/* Draws the line of cells (the headings when cell is NULL) at row y. */
static void columns_draw(struct chart *c, int y, const struct chart_column *col, int n,
			 const char *const *cell, int colour)
{
	char *line = chart_words_line(col, n, cell);
	chart_text(c, y, 0, line, colour);
	free(line);
}

/*
 * Draws the headings of a table that keeps only its main columns in a
 * narrow chart; returns the columns in use and their number in *n.
 */
static struct chart_column *table_head(struct chart *c, int y, struct chart_column *wide, int nwide,
                                       struct chart_column *narrow, int nnarrow, int *n)
{
	struct chart_column *col = c->w >= CHART_WIDE ? wide : narrow;
	*n = col == wide ? nwide : nnarrow;
	chart_words_fit(col, *n);
	columns_draw(c, y, col, *n, NULL, CC_HEAD);
	return col;
}

static void mean_only(char *buf, size_t n, const struct trends_week *w, enum trends_measure m)
{
	if (w->n[m])
		i18n_snprintf(buf, n, "%4.1f", trends_week_mean(w, m));
	else
		snprintf(buf, n, "   -");
}

static int weekly_table(struct chart *c, int y, const struct trends *t)
{
	int week = chart_words_week_width(t);
	/* TRANSLATORS: the headings of the weekly table of `limber trends`. */
	struct chart_column wide[] = {{N_("week"), week, false, 0},
				      {N_("back avg/max"), 12, false, 0},
				      {N_("leg avg/max"), 11, false, 2},
				      {N_("entries"), 7, true, 0},
				      {N_("sessions"), 8, true, 1},
				      {N_("min"), 3, true, 2},
				      {N_("symptom"), 0, false, 2}};
	struct chart_column narrow[] = {{N_("week"), week, false, 0}, {C_("body", "back"), 4, true, 1},
					{C_("body", "leg"), 4, true, 2}, {N_("entries"), 7, true, 2}};
	int n;
	struct chart_column *col = table_head(c, y, wide, 7, narrow, 4, &n);
	bool is_wide = col == wide;
	int rows = 1;
	for (size_t i = 0; i < t->nweeks; i++) {
		const struct trends_week *w = &t->week[i];
		char lab[64], back[24], leg[24], e[16], s[16], min[24];
		chart_words_day(lab, sizeof lab, t, w->start);
		snprintf(e, sizeof e, "%d", w->entries);
		snprintf(s, sizeof s, "%d", w->sessions);
		snprintf(min, sizeof min, "%ld", (w->seconds + 30) / 60);
		(is_wide ? mean_max : mean_only)(back, sizeof back, w, TM_BACK);
		(is_wide ? mean_max : mean_only)(leg, sizeof leg, w, TM_LEG);
		int top = trends_week_top_symptom(w);
		const char *what = top >= 0 ? _(field_symptoms.labels[top]) : "";
		const char *wide_cells[] = {lab, back, leg, e, s, min, what};
		const char *narrow_cells[] = {lab, back, leg, e};
		columns_draw(c, y + rows++, col, n, is_wide ? wide_cells : narrow_cells, CC_NONE);
	}
	return rows;
}

static int sessions_chart(struct chart *c, int y, const struct trends *t)
{
	bool wide = c->w >= CHART_WIDE;
	/* TRANSLATORS: the headings of the sessions chart of `limber trends`. */
	struct chart_column col[] = {{N_("week"), chart_words_week_width(t), false, 0},
				     {N_("sessions"), 24, false, 0},
				     {N_("mean leg"), 8, true, 0},
				     {N_("mean back"), 9, true, 2}};
	chart_words_fit(col, 4);
	columns_draw(c, y, col, wide ? 4 : 2, NULL, CC_HEAD);
	int most = 1;
	for (size_t i = 0; i < t->nweeks; i++)
		if (t->week[i].sessions > most)
			most = t->week[i].sessions;
	int x0 = col[0].width, bar_w = wide ? 20 : c->w - x0 - 5;
	int rows = 1;
	for (size_t i = 0; i < t->nweeks; i++) {
		const struct trends_week *w = &t->week[i];
		char lab[64], line[64];
		chart_words_day(lab, sizeof lab, t, w->start);
		chart_text(c, y + rows, 0, lab, CC_NONE);
		int fill = (w->sessions * bar_w + most - 1) / most;
		for (int k = 0; k < fill; k++)
			chart_put(c, y + rows, x0 + k, sym(c, "█", "#"), CC_AVG);
		snprintf(line, sizeof line, "%d", w->sessions);
		chart_text(c, y + rows, x0 + fill + (fill ? 1 : 0), line, CC_NONE);
		double leg = trends_week_mean(w, TM_LEG), back = trends_week_mean(w, TM_BACK);
		char l[16] = "   -", b[16] = "    -";
		if (!isnan(leg))
			i18n_snprintf(l, sizeof l, "%4.1f", leg);
		if (!isnan(back))
			i18n_snprintf(b, sizeof b, "%5.1f", back);
		if (wide) {
			char *right = chart_words_line(col + 2, 2, (const char *const[]){l, b});
			chart_text(c, y + rows, x0 + col[1].width, right, CC_NONE);
			free(right);
		}
		rows++;
	}
	return rows;
}

/* Writes text wrapped to the chart's width from row y; returns the rows used. */
static int wrapped(struct chart *c, int y, const char *text, int colour)
{
	int rows = 0;
	const char *p = text, *next;
	while (*p) {
		size_t n = utf8_wrap(p, c->w, &next);
		char *line = xstrndup(p, n);
		chart_text(c, y + rows++, 0, line, colour);
		free(line);
		p = next;
	}
	return rows;
}

/* The routines that help or make leg pain worse, then where each moved leg symptoms, in words. */
static int routine_words(struct chart *c, int y, const struct trends *t)
{
	int rows = 0;
	for (size_t i = 0; i < t->nroutines; i++) {
		char *line = chart_words_helps(&t->routine[i], c->utf8);
		struct stats_paired p;
		trends_routine_effect(&t->routine[i], TM_LEG, &p);
		int colour = p.effect == EFFECT_HELPS ? CC_GOOD : CC_BAD;
		if (line)
			rows += wrapped(c, y + rows, line, colour);
		free(line);
	}
	for (size_t i = 0; i < t->nroutines; i++) {
		const struct trends_routine *r = &t->routine[i];
		int in = r->legs[LEGS_CENTRALISED], out = r->legs[LEGS_SPREAD];
		char *line = chart_words_legs(r);
		if (line)
			rows += wrapped(c, y + rows, line,
					out > in ? CC_BAD : in > out ? CC_GOOD : CC_NONE);
		free(line);
	}
	return rows;
}

/* A routine's title in w columns: cut to them with "…", so it never reads as whole. */
static void title_cell(const struct chart *c, char *buf, size_t n, const char *title, int w)
{
	bool cut = utf8_width(title) > w;
	size_t keep = utf8_fit(title, cut ? w - 1 : w);
	snprintf(buf, n, "%.*s%s", (int)keep, title, cut ? sym(c, "…", "~") : "");
}

static int routines_table(struct chart *c, int y, const struct trends *t)
{
	if (!t->nroutines) {
		chart_text(c, y, 0, _("Per routine: no sessions in this window."), CC_NONE);
		return 1;
	}
	/* TRANSLATORS: the headings of the routines table of `limber trends`. */
	struct chart_column wide[] = {{N_("routine"), 27, false, 0},
				      {N_("sessions"), 8, true, 2},
				      {N_("leg pain after"), 17, false, 2},
				      {N_("back pain after"), 0, false, 2}};
	/* TRANSLATORS: the narrow routines table: "n" heads the count of sessions. */
	struct chart_column narrow[] = {{N_("routine"), 15, false, 0},
					{N_("n"), 3, true, 1},
					{N_("leg after"), 0, false, 2}};
	int n;
	struct chart_column *col = table_head(c, y, wide, 4, narrow, 3, &n);
	int rows = 1;
	for (size_t i = 0; i < t->nroutines; i++) {
		const struct trends_routine *r = &t->routine[i];
		char title[160], count[16], leg[64], back[64];
		title_cell(c, title, sizeof title, r->title, col[0].width);
		snprintf(count, sizeof count, "%d", r->sessions);
		chart_words_effect(leg, sizeof leg, r, TM_LEG, c->utf8);
		chart_words_effect(back, sizeof back, r, TM_BACK, c->utf8);
		columns_draw(c, y + rows++, col, n, (const char *const[]){title, count, leg, back},
			     CC_NONE);
	}
	rows += wrapped(c, y + rows,
			_("(the change in pain from before to after a session; 3 rated sessions to "
			  "judge)"),
			CC_AXIS);
	return rows + routine_words(c, y + rows, t);
}

/* What goes with worse days: sitting and sleep beside leg pain, when the data say something. */
static int together_text(struct chart *c, int y, const struct trends *t)
{
	int rows = 0;
	for (int o = 0; o < TO_COUNT; o++) {
		struct stats_assoc a;
		trends_assoc(t, (enum trends_other)o, &a);
		char *s = stats_assoc_sentence(&a, (enum stats_beside)o, c->utf8, false);
		if (s)
			rows += wrapped(c, y + rows, s, CC_NONE);
		free(s);
	}
	return rows;
}

/* The verdicts, first: is leg pain, is back pain changing? */
static int verdict_text(struct chart *c, int y, const struct trends *t)
{
	/* TRANSLATORS: what a verdict is about, before a colon: "Leg pain: better — ...". */
	static const char *const names[TM_COUNT] = {N_("Back pain"), N_("Leg pain")};
	int rows = 0;
	for (int m = TM_LEG; m >= TM_BACK; m--) {
		struct stats_verdict v;
		int64_t since;
		trends_verdict(t, (enum trends_measure)m, &v, &since);
		/* A meaningful rise is said once, with the advice of counsel.c. */
		char *s = stats_verdict_sentence(&v, _(names[m]), since, c->utf8, false);
		int colour = v.direction == DIR_BETTER ? CC_GOOD
			     : v.direction == DIR_WORSE ? CC_BAD
							: CC_NONE;
		rows += wrapped(c, y + rows, s, colour);
		free(s);
	}
	return rows;
}

/*
 * "leg ● back ○  7-day avg: leg ─ back ·", each mark in its series' colour,
 * beside the heading (head_w wide) or under it; returns its row.
 */
static int legend(struct chart *c, int y, int head_w)
{
	const struct {
		int gap;
		const char *word, *utf8, *ascii; /* no mark: NULL */
		int colour;
	} part[] = {
		/* TRANSLATORS: the pain chart's legend: "leg ● back ○  7-day avg: leg ─ back ·". */
		{0, C_("chart legend", "leg"), "●", "*", CC_LEG},
		{1, C_("chart legend", "back"), "○", "o", CC_BACK},
		{2, _("7-day avg:"), NULL, NULL, CC_AXIS},
		{1, C_("chart legend", "leg"), "─", "-", CC_AVG_LEG},
		{1, C_("chart legend", "back"), "·", ".", CC_AVG_BACK},
	};
	size_t n = sizeof part / sizeof part[0], split = 2; /* the days' marks, the averages' */
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += part[i].gap + utf8_width(part[i].word) + (part[i].utf8 ? 2 : 0);
	bool two = w > c->w; /* too narrow for one line: the averages under the days */
	if (two || head_w + 2 + w > c->w)
		y++;
	int x = two ? 0 : c->w - w;
	for (size_t i = 0; i < n; i++) {
		if (two && i == split) /* no gap at the start of a line */
			y++, x = 0;
		else
			x += part[i].gap;
		x += chart_text(c, y, x, part[i].word, CC_AXIS);
		if (part[i].utf8) {
			x += chart_text(c, y, x, " ", CC_AXIS);
			chart_put(c, y, x++, sym(c, part[i].utf8, part[i].ascii), part[i].colour);
		}
	}
	return y;
}

/* The red flag still open, then each "see a doctor" that is due. */
static int counsel_text(struct chart *c, int y, const struct counsel *co)
{
	int rows = 0;
	if (co->red_open) {
		char *line = chart_words_red_flag(co);
		rows += wrapped(c, y + rows, line, CC_BAD);
		free(line);
	}
	for (int k = 0; k < COUNSEL_KINDS; k++)
		if (co->sentence[k])
			rows += wrapped(c, y + rows, co->sentence[k], CC_NONE);
	return rows;
}

void chart_trends(struct chart *c, const struct trends *t)
{
	chart_trends_counsel(c, t, NULL);
}

void chart_trends_counsel(struct chart *c, const struct trends *t, const struct counsel *co)
{
	char *head = chart_words_heading(t, c->utf8);
	int y = 0;
	chart_text(c, y, 0, head, CC_HEAD);
	y = legend(c, y, utf8_width(head));
	free(head);
	y += 2;
	y += verdict_text(c, y, t) + 1;
	int said = co ? counsel_text(c, y, co) : 0;
	y += said ? said + 1 : 0;
	if (t->entries == 0) {
		chart_text(c, y++, 0, _("No diary entries in this window: 'limber log' adds one."),
			   CC_NONE);
		y++;
	} else {
		y += chart_pain(c, y, t) + 1;
	}
	y += weekly_table(c, y, t) + 1;
	y += sessions_chart(c, y, t) + 1;
	y += routines_table(c, y, t) + 1;
	int together = together_text(c, y, t);
	y += together ? together + 1 : 0;
	if (t->previews) {
		/* TRANSLATORS: the end of `limber trends`: sessions played faster, not counted. */
		char *line = xasprintf(ngettext("(%ld preview session at other speeds left out.)",
						"(%ld preview sessions at other speeds left out.)",
						(unsigned long)t->previews),
				       t->previews);
		chart_text(c, y++, 0, line, CC_AXIS);
		free(line);
	}
}
