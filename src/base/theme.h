/* SPDX-License-Identifier: ISC */
/* theme.h - the screens' colours for a dark and a light background, and their contrast */
#ifndef LIMBER_THEME_H
#define LIMBER_THEME_H

#include <stdbool.h>
#include <stddef.h>

/*
 * What a colour means on the screens; tui.h's colour pairs have the same
 * numbers. Meaning is carried by words too: colour only adds.
 */
enum theme_role {
	TR_NONE,
	TR_TITLE, /* titles, the selected field's name */
	TR_HOLD,  /* HOLD and its digits, in the player */
	TR_REST,  /* REST and its digits */
	TR_READY, /* GET READY and its digits; "a little worse" in trends */
	TR_WARN,  /* red flags, errors, "worse" */
	TR_DIM,   /* secondary text: keys, hints, the 7-day average */
	TR_BAR,   /* progress bars */
	TR_GOOD,  /* "better", done */
	TR_ACCENT, /* the working side of an exercise's figure: a graphic, as the big digits */
	TR_COUNT,
};

/* The terminal's own colour (the foreground for a role, the background for all). */
#define THEME_DEFAULT (-1)

/*
 * The xterm 256-colour palette index a role is drawn in, on a light or dark
 * background, on a terminal with 256 colours (rich) or only the 8 of ANSI;
 * THEME_DEFAULT for the terminal's own foreground.
 */
int theme_colour(bool light, bool rich, enum theme_role role);

/* The red, green and blue (0..255) of an xterm 256-colour palette index. */
void theme_rgb(int index, unsigned char rgb[3]);
/* WCAG relative luminance of a colour (0..1). */
double theme_luminance(const unsigned char rgb[3]);
/* WCAG contrast ratio of two colours (1..21). */
double theme_contrast(const unsigned char a[3], const unsigned char b[3]);

/* The least contrast a role must keep: text, and the big digits of the player. */
#define THEME_TEXT_CONTRAST 4.5
#define THEME_DIGITS_CONTRAST 3.0

/* A colour a screen draws with: what the tests measure. */
struct theme_use {
	const char *screen;
	enum theme_role role;
	bool digits; /* the player's big digits (else text) */
};
extern const struct theme_use theme_uses[];
extern const size_t theme_nuses;

/*
 * Light or dark from a terminal's answer to OSC 11 ("ESC ] 11 ; rgb:ffff/ffff/ffff"
 * ended by BEL or ST, 1 to 4 hex digits a channel); false when it is not one.
 */
bool theme_from_osc11(const char *reply, size_t len, bool *light);
/* Light or dark from COLORFGBG ("15;0", "0;default;15": the last field is the background). */
bool theme_from_colorfgbg(const char *value, bool *light);

#endif
