/* SPDX-License-Identifier: ISC */
/* test_theme.c - every colour each screen uses reads on its theme's background */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "base/theme.h"

/* Backgrounds terminals use: xterm's black and white, and the greys of common dark and light schemes. */
static const int dark_bgs[] = {0, 16, 233, 234, 235, 236};
static const int light_bgs[] = {15, 231, 255, 254};
/* A role in the terminal's own colour: xterm's default foreground for the theme. */
static int measured(bool light, bool rich, enum theme_role role)
{
	int c = theme_colour(light, rich, role);
	return c == THEME_DEFAULT ? (light ? 0 : 7) : c;
}

static double worst(bool light, int colour)
{
	const int *bgs = light ? light_bgs : dark_bgs;
	size_t n = light ? sizeof light_bgs / sizeof *light_bgs : sizeof dark_bgs / sizeof *dark_bgs;
	unsigned char fg[3], bg[3];
	theme_rgb(colour, fg);
	double min = 99;
	for (size_t i = 0; i < n; i++) {
		theme_rgb(bgs[i], bg);
		double c = theme_contrast(fg, bg);
		if (c < min)
			min = c;
	}
	return min;
}

Test(theme, palette_is_xterms)
{
	unsigned char c[3];
	theme_rgb(4, c);
	cr_assert(c[0] == 0 && c[1] == 0 && c[2] == 238);
	theme_rgb(24, c); /* the cube: 0, 95, 135, 175, 215, 255 */
	cr_assert(c[0] == 0 && c[1] == 95 && c[2] == 135);
	theme_rgb(244, c);
	cr_assert(c[0] == 128 && c[1] == 128 && c[2] == 128);
	unsigned char black[3] = {0, 0, 0}, white[3] = {255, 255, 255};
	cr_assert_float_eq(theme_contrast(black, white), 21.0, 0.01);
	cr_assert_float_eq(theme_contrast(white, white), 1.0, 0.001);
}

/* What the issue measured: today's yellow, green, cyan on white and blue on black. */
Test(theme, the_old_colours_fail_and_are_gone)
{
	cr_assert_lt(worst(true, 3), 3.0);
	cr_assert_lt(worst(true, 2), 3.0);
	cr_assert_lt(worst(true, 6), 3.0);
	cr_assert_lt(worst(false, 4), 3.0);
	cr_assert_neq(theme_colour(false, true, TR_REST), 4);
	cr_assert_neq(theme_colour(true, true, TR_READY), 3);
}

Test(theme, every_pair_each_screen_uses_reads)
{
	cr_assert_gt(theme_nuses, 20);
	for (int light = 0; light <= 1; light++)
		for (int rich = 0; rich <= 1; rich++)
			for (size_t i = 0; i < theme_nuses; i++) {
				const struct theme_use *u = &theme_uses[i];
				int c = measured(light, rich, u->role);
				double need = u->digits ? THEME_DIGITS_CONTRAST : THEME_TEXT_CONTRAST;
				double got = worst(light, c);
				cr_expect_geq(got, need,
					      "%s theme, %s colours: %s, role %d (colour %d) has "
					      "%.2f:1, needs %.1f:1",
					      light ? "light" : "dark", rich ? "256" : "8", u->screen,
					      (int)u->role, c, got, need);
			}
}

Test(theme, phases_differ_where_colours_allow)
{
	/* With 256 colours HOLD, REST and GET READY are told apart by colour too. */
	for (int light = 0; light <= 1; light++) {
		int h = theme_colour(light, true, TR_HOLD), r = theme_colour(light, true, TR_REST),
		    g = theme_colour(light, true, TR_READY), w = theme_colour(light, true, TR_WARN);
		cr_assert(h != r && r != g && h != g && w != g && w != h);
	}
}

Test(theme, osc11_reply)
{
	bool light = false;
	const char white[] = "\033]11;rgb:ffff/ffff/ffff\033\\";
	cr_assert(theme_from_osc11(white, strlen(white), &light));
	cr_assert(light);
	const char dark[] = "junk\033]11;rgb:1c1c/1c1c/1c1c\a\033[?1;2c";
	cr_assert(theme_from_osc11(dark, strlen(dark), &light));
	cr_assert_not(light);
	const char two[] = "\033]11;rgb:fd/f6/e3\a"; /* solarized light, 2 digits */
	cr_assert(theme_from_osc11(two, strlen(two), &light));
	cr_assert(light);
	const char cut[] = "\033]11;rgb:ffff/ffff";
	cr_assert_not(theme_from_osc11(cut, strlen(cut), &light));
	cr_assert_not(theme_from_osc11("\033[?1;2c", 7, &light));
}

Test(theme, colorfgbg)
{
	bool light = true;
	cr_assert(theme_from_colorfgbg("15;0", &light));
	cr_assert_not(light);
	cr_assert(theme_from_colorfgbg("0;15", &light));
	cr_assert(light);
	cr_assert(theme_from_colorfgbg("0;default;7", &light));
	cr_assert(light);
	cr_assert(theme_from_colorfgbg("7;8", &light));
	cr_assert_not(light);
	cr_assert_not(theme_from_colorfgbg("15", &light));
	cr_assert_not(theme_from_colorfgbg("0;default", &light));
	cr_assert_not(theme_from_colorfgbg("", &light));
}
