/* SPDX-License-Identifier: ISC */
/* chart_words.h - the trends chart's words: dates, table columns, sentences, for chart.c to draw */
#ifndef LIMBER_CHART_WORDS_H
#define LIMBER_CHART_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "insight/counsel.h"
#include "insight/trends.h"

/* "5 Oct", or "5 Oct 2025" when t's window spans years; the locale's month names. */
void chart_words_day(char *buf, size_t n, const struct trends *t, int64_t at);
/* The width of a table's week column: its longest date and a space, 12 at least. */
int chart_words_week_width(const struct trends *t);

/* A column of a text table: its heading (marked N_), least width, side, spaces before it. */
struct chart_column {
	const char *head;
	int width;
	bool right;
	int gap;
};

/* Translates the headings; each column becomes as wide as its heading at least. */
void chart_words_fit(struct chart_column *col, int n);
/* One line of cells in the columns (cell NULL: the headings); the last, on the left, unpadded. */
char *chart_words_line(const struct chart_column *col, int n, const char *const *cell);

/* "Trends · last 8 weeks (5 Oct – 29 Nov)"; caller frees. */
char *chart_words_heading(const struct trends *t, bool utf8);
/* "−2.0 helps", "too few (2)" or "-": a routine's mean change after a session, for a cell. */
void chart_words_effect(char *buf, size_t n, const struct trends_routine *r,
			enum trends_measure m, bool utf8);
/* "Title: helps — leg pain 2.0 lower ..." when the routine helps or makes it worse, else NULL. */
char *chart_words_helps(const struct trends_routine *r, bool utf8);
/* Where leg symptoms went after the routine's sessions, or NULL when no session said. */
char *chart_words_legs(const struct trends_routine *r);
/* The red flag still open: "! Red flag: ... Contact emergency services now. ..."; caller frees. */
char *chart_words_red_flag(const struct counsel *co);

#endif
