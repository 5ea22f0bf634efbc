/* SPDX-License-Identifier: ISC */
/* theme.c - the screens' colours for a dark and a light background, and their contrast */
#include "config.h"

#include "base/theme.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * Chosen by their contrast on xterm's palette (test_theme measures each
 * against black, white and the greys terminals use as backgrounds):
 * text at least 4.5:1, the big digits at least 3:1. The 8 ANSI colours
 * give little on white (green, cyan, yellow under 2:1), so there the
 * light theme keeps to blue, red and the terminal's own foreground.
 */
static const short colours[2][2][TR_COUNT] = {
	/* dark background */
	{
		/* 8 colours: ANSI blue and red are under 3:1 on black */
		{THEME_DEFAULT, 6, 2, 6, 3, 3, THEME_DEFAULT, 6, 2, 3},
		/* 256: teal, green, sky blue, gold, salmon, grey; an orange accent */
		{THEME_DEFAULT, 80, 114, 111, 220, 210, 248, 80, 114, 214},
	},
	/* light background */
	{
		{THEME_DEFAULT, 4, THEME_DEFAULT, 4, THEME_DEFAULT, 1, THEME_DEFAULT, 4,
		 THEME_DEFAULT, 1},
		/* 256: deep teal, dark green, navy, brown, dark red, grey; brown for the accent */
		{THEME_DEFAULT, 24, 22, 19, 94, 124, 240, 24, 22, 94},
	},
};

int theme_colour(bool light, bool rich, enum theme_role role)
{
	if (role <= TR_NONE || role >= TR_COUNT)
		return THEME_DEFAULT;
	return colours[light][rich][role];
}

/* xterm's first 16 (its defaults, as in its XTerm-col.ad). */
static const unsigned char ansi[16][3] = {
	{0, 0, 0},	 {205, 0, 0},	{0, 205, 0},	 {205, 205, 0},
	{0, 0, 238},	 {205, 0, 205}, {0, 205, 205},	 {229, 229, 229},
	{127, 127, 127}, {255, 0, 0},	{0, 255, 0},	 {255, 255, 0},
	{92, 92, 255},	 {255, 0, 255}, {0, 255, 255},	 {255, 255, 255},
};

void theme_rgb(int index, unsigned char rgb[3])
{
	static const unsigned char cube[6] = {0, 95, 135, 175, 215, 255};
	if (index < 0 || index > 255)
		index = 0;
	if (index < 16) {
		memcpy(rgb, ansi[index], 3);
	} else if (index < 232) {
		int i = index - 16;
		rgb[0] = cube[i / 36];
		rgb[1] = cube[i / 6 % 6];
		rgb[2] = cube[i % 6];
	} else {
		unsigned char g = (unsigned char)(8 + 10 * (index - 232));
		rgb[0] = rgb[1] = rgb[2] = g;
	}
}

static double channel(unsigned char c)
{
	double x = c / 255.0;
	return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4);
}

double theme_luminance(const unsigned char rgb[3])
{
	return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

double theme_contrast(const unsigned char a[3], const unsigned char b[3])
{
	double la = theme_luminance(a), lb = theme_luminance(b);
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* Every colour each screen draws with (grep tui_attr in src/tui/). */
const struct theme_use theme_uses[] = {
	{"home", TR_TITLE, false},	 {"home", TR_DIM, false},
	{"home", TR_GOOD, false},	 {"home", TR_WARN, false},
	{"picker", TR_TITLE, false},	 {"picker", TR_DIM, false},
	{"rating", TR_TITLE, false},	 {"rating", TR_DIM, false},
	{"player", TR_TITLE, false},	 {"player", TR_DIM, false},
	{"player", TR_GOOD, false},	 {"player", TR_WARN, false},
	{"player", TR_BAR, false},	 {"player", TR_HOLD, false},
	{"player", TR_REST, false},	 {"player", TR_READY, false},
	{"player", TR_HOLD, true},	 {"player", TR_REST, true},
	{"player", TR_READY, true},	 {"entry form", TR_TITLE, false},
	{"entry form", TR_DIM, false},	 {"entry form", TR_WARN, false},
	{"diary", TR_TITLE, false},	 {"diary", TR_DIM, false},
	{"diary", TR_WARN, false},	 {"trends", TR_TITLE, false},
	{"trends", TR_DIM, false},	 {"trends", TR_GOOD, false},
	{"trends", TR_READY, false},	 {"trends", TR_WARN, false},
	{"pager", TR_DIM, false},	 {"urgent", TR_WARN, false},
	{"urgent", TR_DIM, false},	 {"away", TR_DIM, false},
	{"player", TR_ACCENT, true},	 {"picker", TR_ACCENT, true},
};
const size_t theme_nuses = sizeof theme_uses / sizeof theme_uses[0];

/*
 * A background on which dark text has more contrast than light text: black
 * and white give the same ratio at a luminance of sqrt(1.05 * 0.05) - 0.05.
 */
static bool light_background(const unsigned char rgb[3])
{
	return theme_luminance(rgb) > sqrt(1.05 * 0.05) - 0.05;
}

/* A channel of 1 to 4 hex digits, scaled to 0..255. */
static bool hex_channel(const char **p, const char *end, unsigned char *out)
{
	unsigned long v = 0;
	int n = 0;
	while (*p < end && n < 4) {
		char c = **p;
		int d = c >= '0' && c <= '9' ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10
					       : -1;
		if (d < 0)
			break;
		v = v * 16 + (unsigned long)d;
		n++;
		(*p)++;
	}
	if (n == 0)
		return false;
	unsigned long max = (1ul << (4 * n)) - 1;
	*out = (unsigned char)((v * 255 + max / 2) / max);
	return true;
}

bool theme_from_osc11(const char *reply, size_t len, bool *light)
{
	static const char head[] = "\033]11;rgb:";
	const char *end = reply + len;
	const char *p = NULL;
	for (const char *s = reply; s + sizeof head - 1 <= end && !p; s++)
		if (memcmp(s, head, sizeof head - 1) == 0)
			p = s + sizeof head - 1;
	if (!p)
		return false;
	unsigned char rgb[3];
	for (int i = 0; i < 3; i++) {
		if (!hex_channel(&p, end, &rgb[i]))
			return false;
		if (i < 2 && (p >= end || *p++ != '/'))
			return false;
	}
	/* Ended by BEL or ST (ESC \). */
	if (p >= end || !(*p == '\a' || (*p == '\033' && p + 1 < end && p[1] == '\\')))
		return false;
	*light = light_background(rgb);
	return true;
}

bool theme_from_colorfgbg(const char *value, bool *light)
{
	if (!value || !*value)
		return false;
	const char *last = strrchr(value, ';');
	if (!last)
		return false;
	last++;
	char *end;
	long bg = strtol(last, &end, 10);
	if (end == last || *end || bg < 0 || bg > 255)
		return false;
	/* rxvt's convention: 7 and 9..15 are light backgrounds, 0..6 and 8 dark. */
	if (bg < 16) {
		*light = bg == 7 || bg >= 9;
	} else {
		unsigned char rgb[3];
		theme_rgb((int)bg, rgb);
		*light = light_background(rgb);
	}
	return true;
}
