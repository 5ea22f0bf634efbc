/* SPDX-License-Identifier: ISC */
/* trends_view.c - the trends screen: the same charts as `limber trends`, scrollable */
#include "config.h"

#include "tui/trends_view.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "insight/chart.h"
#include "insight/report_data.h"
#include "insight/safety.h"
#include "insight/trends.h"
#include "report/report.h"
#include "tui/pager.h"

static const int windows[] = {4, 8, 12, 26, 52};
#define NWINDOWS (int)(sizeof windows / sizeof windows[0])

struct view {
	struct diary *db;
	const struct settings *st;
	const struct library *lib; /* for the report: what each routine holds */
	int window; /* index into windows */
	int back;   /* weeks moved into the past */
	struct chart chart;
	int built_cols;
	struct diags err;
	char *said; /* what the last key did, on the key line until the next */
};

static void rebuild(struct tui *t, struct view *v)
{
	chart_free(&v->chart);
	struct trends tr;
	diags_free(&v->err);
	trends_compute(&tr, v->db, windows[v->window], v->back, v->st->week_starts, clock_wall(),
		       &v->err);
	int width = t->cols - 2;
	struct counsel c;
	counsel_gather(&c, v->db, NULL, v->st->week_starts, clock_wall(), safety_locale_en_gb(),
		       &v->err);
	chart_init(&v->chart, width < 20 ? 20 : width, t->utf8);
	chart_trends_counsel(&v->chart, &tr, &c);
	counsel_free(&c);
	trends_free(&tr);
	v->built_cols = t->cols;
}

static int colour_of(struct tui *t, unsigned char cc)
{
	switch (cc) {
	case CC_LEG:
		return tui_attr(t, TC_WARN) | A_BOLD;
	case CC_BACK:
		return tui_attr(t, TC_TITLE);
	case CC_AVG:
		return tui_attr(t, TC_READY);
	case CC_AVG_LEG:
		return tui_attr(t, TC_WARN);
	case CC_AVG_BACK:
		return tui_attr(t, TC_TITLE); /* not A_DIM: its contrast could not be known */
	case CC_AXIS:
		return tui_attr(t, TC_DIM);
	case CC_GOOD:
		return tui_attr(t, TC_GOOD) | A_BOLD;
	case CC_BAD:
		return tui_attr(t, TC_WARN) | A_BOLD;
	case CC_HEAD:
		return A_BOLD;
	default:
		return A_NORMAL;
	}
}

/* The chart's lines, laid out anew when the width changed. */
static size_t lines(struct tui *t, void *data)
{
	struct view *v = data;
	if (v->built_cols != t->cols)
		rebuild(t, v);
	return (size_t)v->chart.h;
}

static void line(struct tui *t, void *data, size_t i, int y)
{
	struct view *v = data;
	for (int x = 0; x < v->chart.w && x + 1 < t->cols; x++) {
		const struct chart_cell *c = &v->chart.cells[i * (size_t)v->chart.w + (size_t)x];
		if (!c->g[0])
			continue;
		attron(colour_of(t, c->colour));
		mvaddstr(y, 1 + x, c->g);
		attroff(colour_of(t, c->colour));
	}
}

/* Line i as text, for the pager's search: a space where the chart has nothing. */
static char *text(struct tui *t, void *data, size_t i)
{
	struct view *v = data;
	struct strbuf b;
	sb_init(&b);
	for (int x = 0; x < v->chart.w && x + 1 < t->cols; x++) {
		const struct chart_cell *c = &v->chart.cells[i * (size_t)v->chart.w + (size_t)x];
		sb_adds(&b, c->g[0] ? c->g : " ");
	}
	return sb_steal(&b);
}

/* How far back, beside the title; a failure to read the diary on the key line. */
static void decorate(struct tui *t, void *data)
{
	struct view *v = data;
	if (v->back) {
		char ago[96];
		/* TRANSLATORS: beside the title of the trends: the weeks shown end this long ago. */
		snprintf(ago, sizeof ago,
			 ngettext("ending %d week ago", "ending %d weeks ago", v->back), v->back);
		tui_text_right(t, 0, t->cols - 1, A_NORMAL, ago);
	}
	if (v->err.n) {
		char *m = diag_format(&v->err.v[0]);
		tui_text(t, t->rows - 1, 1, tui_attr(t, TC_WARN), m);
		free(m);
	} else if (v->said) {
		move(t->rows - 1, 0);
		clrtoeol();
		tui_text(t, t->rows - 1, 1, tui_attr(t, TC_GOOD), v->said);
	}
}

/* The PDF report of the weeks shown, to ~/limber-report-YYYY-MM-DD.pdf; says where. */
static void write_report(struct view *v)
{
	const char *home = getenv("HOME");
	if (!home || !*home) {
		diags_add(&v->err, "report", 0, _("HOME is not set: use limber report -o FILE"));
		return;
	}
	char day[16];
	time_t now = (time_t)clock_wall();
	struct tm tm;
	localtime_r(&now, &tm);
	strftime(day, sizeof day, "%Y-%m-%d", &tm);
	char *path = xasprintf("%s/limber-report-%s.pdf", home, day);
	struct report_period p = {.weeks = windows[v->window], .back = v->back};
	struct report_data d;
	int pages = 0;
	enum lb_status st =
		report_data_gather(&d, v->db, &p, v->st->week_starts, false, now, &v->err);
	struct counsel c = {0};
	if (st == LB_OK)
		st = counsel_gather(&c, v->db, NULL, v->st->week_starts, now, safety_locale_en_gb(),
				    &v->err);
	struct progress_book book = {0}; /* the doses in force, as limber report says them */
	if (st == LB_OK && v->lib)
		st = progress_read(&book, v->db, v->lib, now, &v->err);
	if (st == LB_OK) {
		struct report_opts o = {REPORT_A4,    NULL, PACKAGE_VERSION, false,
					v->lib,       &c,   v->lib ? &book : NULL};
		st = report_write(&d, &o, path, &pages, &v->err);
	}
	progress_free(&book);
	counsel_free(&c);
	if (st == LB_OK)
		/* TRANSLATORS: %s is the file the PDF report was written to. */
		v->said = xasprintf(ngettext("Report written: %s (%d page)",
					     "Report written: %s (%d pages)", pages),
				    path, pages);
	report_data_free(&d);
	free(path);
}

static bool key(struct tui *t, void *data, struct key_act k)
{
	struct view *v = data;
	free(v->said);
	v->said = NULL;
	switch (k.act) {
	case KA_REPORT:
		diags_free(&v->err);
		write_report(v);
		break;
	case KA_WINDOW:
		v->window = (v->window + 1) % NWINDOWS;
		rebuild(t, v);
		return true;
	case KA_EARLIER:
		v->back++;
		rebuild(t, v);
		break;
	case KA_LATER:
		if (v->back > 0) {
			v->back--;
			rebuild(t, v);
		}
		break;
	default:
		break;
	}
	return false;
}

int trends_view_run(struct tui *t, struct diary *db, const struct settings *st,
		    const struct library *lib)
{
	struct view v = {.db = db, .st = st, .lib = lib, .window = 1};
	struct pager_page pg = {.data = &v, .min_cols = 40, .min_rows = 12, .position = true,
				.lines = lines,
				.line = line, .text = text, .decorate = decorate, .keys = KC_TRENDS, .key = key};
	/* TRANSLATORS: key lines of the trends; after a \n, a shorter form for a narrow
	 * window (the first that fits is shown). The keys stay as they are. */
	const char *keys = t->utf8 ? _("←/→ weeks · w window · p PDF report · ? help · q back\n"
				       "←/→ · w weeks · p PDF · ? help · q back")
				   /* TRANSLATORS: the same, for a terminal without Unicode arrows. */
				   : _("Left/Right weeks · w window · p PDF report · ? help · q back\n"
				       "Left/Right · w weeks · p PDF · ? help · q back");
	/* Saying the page scrolls when it does, the pager's "40%" at the right. */
	pg.scroll_footer =
		/* TRANSLATORS: the same while the page is taller than the window. */
		t->utf8 ? _("j/k scroll · ←/→ weeks · w window · p PDF report · ? help · q back\n"
			    "j/k scroll · ←/→ · w weeks · q back")
			/* TRANSLATORS: the same, for a terminal without Unicode arrows. */
			: _("j/k scroll · Left/Right weeks · w window · p PDF · ? help · q back\n"
			    "j/k scroll · Left/Right · w · q back");
	int rc = pager_run(t, _("Trends"), &pg, keys);
	chart_free(&v.chart);
	diags_free(&v.err);
	free(v.said);
	return rc;
}
