/* SPDX-License-Identifier: ISC */
/* test_chart.c - the text charts, compared with expected text under tests/data/chart */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "insight/chart.h"
#include "insight/chart_words.h"

/* A fixed two-week trends record, built without a diary. */
static struct trends make(void)
{
	fixture_tz("UTC");
	struct trends t;
	memset(&t, 0, sizeof t);
	t.weeks = 2;
	t.ndays = 14;
	t.nweeks = 2;
	t.days = xcalloc(14, sizeof *t.days);
	t.week = xcalloc(2, sizeof *t.week);
	t.from = 1794787200; /* Monday 16 Nov 2026 00:00 UTC */
	for (size_t i = 0; i < 14; i++)
		t.days[i].start = t.from + (int64_t)i * 86400;
	t.to = t.from + 14 * 86400;
	t.week[0].start = t.from;
	t.week[1].start = t.from + 7 * 86400;
	/* Leg 8 falling to 4, back steady at 3, a gap on days 3 and 9. */
	int leg[14] = {8, 8, 7, -1, 7, 6, 6, 6, 5, -1, 5, 4, 4, 4};
	for (size_t i = 0; i < 14; i++) {
		if (leg[i] < 0)
			continue;
		t.days[i].sum[TM_LEG] = leg[i];
		t.days[i].n[TM_LEG] = 1;
		t.days[i].sum[TM_BACK] = 3;
		t.days[i].n[TM_BACK] = 1;
		t.days[i].entries = 1;
		struct trends_week *w = &t.week[i / 7];
		w->sum[TM_LEG] += leg[i];
		w->n[TM_LEG]++;
		w->sum[TM_BACK] += 3;
		w->n[TM_BACK]++;
		if (leg[i] > w->max[TM_LEG])
			w->max[TM_LEG] = leg[i];
		w->max[TM_BACK] = 3;
		w->entries++;
		w->symptoms[SYM_TINGLING]++;
	}
	t.entries = 12;
	t.week[0].sessions = 3;
	t.week[0].seconds = 1800;
	t.week[1].sessions = 5;
	t.week[1].seconds = 3000;
	t.nroutines = 1;
	t.routine = xcalloc(1, sizeof *t.routine);
	t.routine[0].id = xstrdup("sciatica-morning");
	t.routine[0].title = xstrdup("Morning sciatica relief");
	t.routine[0].sessions = 8;
	static const double deltas[8] = {-2, -1, -1.5, -1.2, -1.8, -1, -1.5, -1.2};
	t.routine[0].delta_n[TM_LEG] = 8;
	t.routine[0].delta[TM_LEG] = xmalloc(sizeof deltas);
	memcpy(t.routine[0].delta[TM_LEG], deltas, sizeof deltas);
	t.today = 13;
	return t;
}

static char *expected(const char *name)
{
	char *path = xasprintf("%s/chart/%s", TEST_DATA, name);
	char *buf = fixture_read_file(path, NULL);
	free(path);
	return buf;
}

static void compare(bool utf8, int width, const char *name)
{
	struct trends t = make();
	struct chart c;
	chart_init(&c, width, utf8);
	chart_trends(&c, &t);
	char *got = chart_to_text(&c);
	char *want = expected(name);
	if (strcmp(got, want) != 0) {
		char *out = xasprintf("/tmp/limber-chart-%s", name);
		fixture_write_file(out, got, strlen(got));
		cr_log_error("the chart differs; what was drawn is in %s", out);
		free(out);
	}
	cr_assert_str_eq(got, want);
	free(got);
	free(want);
	chart_free(&c);
	trends_free(&t);
}

Test(chart, report_in_utf8_at_80_columns)
{
	compare(true, 80, "report-utf8-80.txt");
}

Test(chart, report_in_ascii_at_80_columns)
{
	compare(false, 80, "report-ascii-80.txt");
}

Test(chart, report_at_40_columns)
{
	compare(true, 40, "report-utf8-40.txt");
}

Test(chart, every_line_fits_the_width)
{
	struct trends t = make();
	for (int width = 40; width <= 100; width += 20) {
		struct chart c;
		chart_init(&c, width, true);
		chart_trends(&c, &t);
		char *text = chart_to_text(&c);
		for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
			cr_assert_leq(utf8_width(line), width, "'%s' is wider than %d", line, width);
		free(text);
		chart_free(&c);
	}
	trends_free(&t);
}

Test(chart, ascii_has_no_multibyte_characters)
{
	struct trends t = make();
	struct chart c;
	chart_init(&c, 80, false);
	chart_trends(&c, &t);
	char *text = chart_to_text(&c);
	for (const char *p = text; *p; p++)
		cr_assert_lt((unsigned char)*p, 0x80, "byte %d of the ASCII chart", (int)(p - text));
	free(text);
	chart_free(&c);
	trends_free(&t);
}

Test(chart, gaps_are_not_drawn_as_zero)
{
	struct trends t = make();
	struct chart c;
	chart_init(&c, 19, false); /* 14 days in 14 columns: one each */
	int rows = chart_pain(&c, 0, &t);
	cr_assert_eq(rows, 12);
	/* Day 3 is a gap: its column (x = 4 + 3) has no marker at any level. */
	for (int y = 0; y <= 10; y++) {
		const char *g = c.cells[(size_t)y * (size_t)c.w + 7].g;
		cr_assert(strcmp(g, "*") && strcmp(g, "o") && strcmp(g, "@"), "marker at row %d", y);
	}
	/* Day 0: leg 8 (row 2), back 3 (row 7). */
	cr_assert_str_eq(c.cells[2 * (size_t)c.w + 4].g, "*");
	cr_assert_str_eq(c.cells[7 * (size_t)c.w + 4].g, "o");
	chart_free(&c);
	trends_free(&t);
}

Test(chart, averages_stop_at_today)
{
	struct trends t = make();
	t.today = 6; /* the second week has not happened yet */
	struct chart c;
	chart_init(&c, 80, true);
	int rows = chart_pain(&c, 0, &t);
	int avg_after = 0, avg_before = 0;
	for (int y = 0; y < rows - 2; y++) {
		for (int x = 4; x < c.w; x++) {
			const struct chart_cell *cell = &c.cells[(size_t)y * (size_t)c.w + (size_t)x];
			bool avg = cell->colour == CC_AVG_LEG || cell->colour == CC_AVG_BACK;
			if (avg && x >= 4 + 7 * 3)
				avg_after++;
			else if (avg)
				avg_before++;
		}
	}
	cr_assert_gt(avg_before, 10);
	cr_assert_eq(avg_after, 0, "an average drawn into days to come");
	chart_free(&c);
	trends_free(&t);
}

/*
 * Table columns take their width from their (translated) heading: a heading
 * wider than the column widens it for every row, and headings never run
 * into each other where the columns' cells may.
 */
Test(chart, columns_fit_their_headings)
{
	struct chart_column col[] = {{"week", 6, false, 0},
				     {"a much longer heading", 4, true, 1},
				     {"abc", 3, false, 0},
				     {"last", 0, false, 2}};
	chart_words_fit(col, 4);
	cr_assert_eq(col[1].width, 21, "widened to its heading");
	char *head = chart_words_line(col, 4, NULL);
	cr_assert_str_eq(head, "week   a much longer heading abc  last");
	free(head);
	char *row = chart_words_line(col, 4, (const char *const[]){"1 Oct", "7", "x", ""});
	cr_assert_str_eq(row, "1 Oct                      7x    ");
	free(row);
	/* Wide characters count as the columns they take. */
	row = chart_words_line(col, 2, (const char *const[]){"\u00e9t\u00e9", "1"});
	cr_assert_eq(utf8_width(row), 6 + 1 + 21);
	free(row);
}
