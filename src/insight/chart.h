/* SPDX-License-Identifier: ISC */
/* chart.h - trends drawn into a text grid: printed by `limber trends`, copied by the TUI */
#ifndef LIMBER_CHART_H
#define LIMBER_CHART_H

#include <stdbool.h>

#include "insight/counsel.h"
#include "insight/trends.h"

/* Colour hints: extras only, every meaning is also in the glyphs and words. */
enum chart_colour {
	CC_NONE,
	CC_LEG,
	CC_BACK,
	CC_AVG,      /* bars */
	CC_AXIS,
	CC_GOOD,
	CC_BAD,
	CC_HEAD,
	CC_AVG_LEG,  /* the 7-day average of leg pain: the leg's colour, dimmer */
	CC_AVG_BACK, /* and of back pain */
};

struct chart_cell {
	char g[8]; /* one character, UTF-8; "" is a blank */
	unsigned char colour;
};

/* A grid that grows downwards; every row is w cells wide. */
struct chart {
	int w, h;
	struct chart_cell *cells;
	bool utf8;
};

void chart_init(struct chart *c, int w, bool utf8);
void chart_free(struct chart *c);
/* Puts one character (UTF-8) at (y, x), growing the grid as needed. */
void chart_put(struct chart *c, int y, int x, const char *glyph, int colour);
/* Writes text from (y, x), clipped at the right edge; returns columns written. */
int chart_text(struct chart *c, int y, int x, const char *s, int colour);
/* The grid as text lines, trailing blanks trimmed. Caller frees. */
char *chart_to_text(const struct chart *c);

/*
 * The trends report: the verdict in words first, then the pain chart with
 * its 7-day average, the weekly table, sessions beside pain and what each
 * routine does.
 */
void chart_trends(struct chart *c, const struct trends *t);
/*
 * The same with, after the verdicts, the red flag still open and what is
 * due about seeing a doctor (co may be NULL: chart_trends).
 */
void chart_trends_counsel(struct chart *c, const struct trends *t, const struct counsel *co);
/* Only the pain chart, from row y; returns the rows used. */
int chart_pain(struct chart *c, int y, const struct trends *t);

#endif
