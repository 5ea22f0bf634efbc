/* SPDX-License-Identifier: ISC */
/* test_svg.c - figures through librsvg: every shipped one draws, fitted, mirrored; bad files say why */
#include "config.h"

#include <cairo.h>
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "report/svg.h"
#include "routine/routine.h"
#include "base/xalloc.h"

/* Opaque pixels of an ARGB32 image, and the mean x of them. */
static long ink(cairo_surface_t *img, double *mean_x)
{
	unsigned char *d = cairo_image_surface_get_data(img);
	int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
	int stride = cairo_image_surface_get_stride(img);
	long n = 0;
	double sx = 0;
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			uint32_t px;
			memcpy(&px, d + y * stride + x * 4, 4);
			if ((px >> 24) > 128) {
				n++;
				sx += x;
			}
		}
	if (mean_x)
		*mean_x = n ? sx / n : 0;
	return n;
}

static bool opaque(cairo_surface_t *img, int x, int y)
{
	unsigned char *d = cairo_image_surface_get_data(img);
	int stride = cairo_image_surface_get_stride(img);
	uint32_t px;
	memcpy(&px, d + y * stride + x * 4, 4);
	return (px >> 24) > 128;
}

Test(svg, every_shipped_exercise_figure_draws)
{
	struct library lib;
	fixture_library(&lib, LIMBER_SRCDIR "/routines");
	cr_assert(lib.nex >= 19);
	for (size_t i = 0; i < lib.nex; i++) {
		const struct exercise *e = lib.ex[i];
		cr_assert_not_null(e->figure_path, "%s has a figure", e->id);
		char *err = NULL;
		struct svg *s = svg_open(e->figure_path, &err);
		cr_assert_not_null(s, "%s: %s", e->id, err ? err : "");
		cr_expect_float_eq(svg_aspect(s), 240.0 / 190.0, 1e-6, "%s: one scale for all", e->id);
		cairo_surface_t *img = svg_image(s, 120, 95, false);
		cr_assert_not_null(img);
		long n = ink(img, NULL);
		cr_expect(n > 120 * 95 / 20, "%s draws a figure (%ld pixels)", e->id, n);
		cairo_surface_destroy(img);
		svg_close(s);
	}
	library_free(&lib);
}

Test(svg, mirror_flips_left_to_right_and_fits_the_box)
{
	char *err = NULL;
	struct svg *s = svg_open(LIMBER_SRCDIR "/routines/figures/nerve-slider.svg", &err);
	cr_assert_not_null(s, "%s", err ? err : "");
	cairo_surface_t *a = svg_image(s, 200, 100, false), *b = svg_image(s, 200, 100, true);
	double ax, bx;
	long na = ink(a, &ax), nb = ink(b, &bx);
	cr_assert(labs(na - nb) < na / 100, "the same drawing: %ld, %ld pixels", na, nb);
	long same = 0, flipped = 0;
	for (int y = 0; y < 100; y++)
		for (int x = 0; x < 200; x++) {
			bool in_a = opaque(a, x, y);
			same += in_a != opaque(b, x, y);
			flipped += in_a != opaque(b, 199 - x, y);
		}
	cr_assert(flipped < na / 20, "b is a flipped left to right (%ld pixels differ)", flipped);
	cr_assert(same > na / 4, "and not a itself (%ld pixels differ)", same);
	cr_assert_float_eq(ax + bx, 199.0, 1.0, "mirrored about the middle: %f %f", ax, bx);
	/* A wide box: the figure keeps its shape, centred; the sides stay empty. */
	unsigned char *d = cairo_image_surface_get_data(a);
	int stride = cairo_image_surface_get_stride(a);
	int stray = 0;
	for (int y = 0; y < 100; y++)
		for (int x = 0; x < 30; x++)
			stray += d[y * stride + x * 4 + 3] != 0;
	cr_assert_eq(stray, 0, "nothing left of the figure");
	cairo_surface_destroy(a);
	cairo_surface_destroy(b);
	svg_close(s);
}

Test(svg, a_file_that_is_not_an_svg_says_so)
{
	char *dir = fixture_tmpdir("svg");
	char *p = xasprintf("%s/bad.svg", dir);
	fixture_write_file(p, "not <svg at all", 15);
	char *err = NULL;
	cr_assert_null(svg_open(p, &err));
	cr_assert_not_null(err);
	cr_assert(strstr(err, "bad.svg: ") == err + strlen(dir) + 1, "%s", err);
	free(err);
	err = NULL;
	cr_assert_not(svg_check(p, &err));
	free(err);
	err = NULL;
	cr_assert(svg_check(LIMBER_SRCDIR "/tests/data/figures/stick.svg", &err));
	free(p);
	fixture_rmdir(dir);
}

Test(svg, a_part_fills_the_image_and_mirrors_with_the_figure)
{
	struct svg *s = svg_open(LIMBER_SRCDIR "/tests/data/figures/stick.svg", NULL);
	cr_assert_not_null(s);
	/* The stick figure's right half (x 50..100 of 100) on 50 x 100: its right arm and leg. */
	static const double right_half[4] = {0.5, 0, 0.5, 1};
	cairo_surface_t *whole = svg_image(s, 100, 100, false);
	cairo_surface_t *part = svg_image_part(s, 50, 100, right_half, false);
	cr_assert_not_null(part);
	long differ = 0;
	for (int y = 0; y < 100; y++)
		for (int x = 0; x < 50; x++)
			differ += opaque(part, x, y) != opaque(whole, 50 + x, y);
	cr_assert(differ < 100, "the part is the right half (%ld pixels differ)", differ);
	/* Mirrored, the same part of the limbs: the right half of the mirror image is the left half. */
	cairo_surface_t *mpart = svg_image_part(s, 50, 100, right_half, true);
	differ = 0;
	for (int y = 0; y < 100; y++)
		for (int x = 0; x < 50; x++)
			differ += opaque(mpart, x, y) != opaque(part, 49 - x, y);
	cr_assert(differ < 100, "mirrored part is the same limbs flipped (%ld differ)", differ);
	cairo_surface_destroy(whole);
	cairo_surface_destroy(part);
	cairo_surface_destroy(mpart);
	svg_close(s);
}
