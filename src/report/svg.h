/* SPDX-License-Identifier: ISC */
/* svg.h - exercise figures: SVG files drawn by librsvg into cairo, for the terminal and paper */
#ifndef LIMBER_SVG_H
#define LIMBER_SVG_H

#include <stdbool.h>

/* cairo's own types (the same typedefs as <cairo.h>), so callers need not include it. */
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;

/* An SVG file read by librsvg; nothing here parses SVG itself. */
struct svg;

/* Whether this limber draws figures (false when built --without-figures). */
bool svg_available(void);

/*
 * Reads the SVG file at PATH. NULL when it cannot be read or is not an SVG
 * librsvg can draw, with the reason in *err (caller frees; err may be NULL).
 */
struct svg *svg_open(const char *path, char **err);
void svg_close(struct svg *s);

/* Whether PATH is an SVG that draws, for `limber check`; the reason in *err as svg_open. */
bool svg_check(const char *path, char **err);

/* The figure's width over its height (its viewBox, else its size). */
double svg_aspect(const struct svg *s);

/*
 * Draws S into the box (x, y, w, h) of CR in CR's user units, as large as
 * fits while keeping its aspect ratio, centred; MIRROR flips it left to right
 * (the other side of a two-sided exercise). CR's state is left as it was.
 */
bool svg_draw(struct svg *s, cairo_t *cr, double x, double y, double w, double h, bool mirror);

/*
 * S on a new transparent ARGB32 image of W x H pixels, fitted and centred as
 * svg_draw; NULL when it cannot be made. The caller destroys it.
 */
cairo_surface_t *svg_image(struct svg *s, int w, int h, bool mirror);
/*
 * The same for a part of S: part is its x, y, width and height as fractions
 * of the whole (a crop); that part fills the W x H image. MIRROR mirrors the
 * figure first, so the part is still the same limbs.
 */
cairo_surface_t *svg_image_part(struct svg *s, int w, int h, const double part[4], bool mirror);

#endif
