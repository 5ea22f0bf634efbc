/* SPDX-License-Identifier: ISC */
/* svg_none.c - figures in a limber built without librsvg and chafa (configure --without-figures) */
#include "config.h"

#include "report/svg.h"

#include <stddef.h>

#include "base/i18n.h"
#include "base/xalloc.h"

bool svg_available(void)
{
	return false;
}

struct svg *svg_open(const char *path, char **err)
{
	if (err)
		*err = xasprintf(_("%s: this limber was built without figures "
				   "(configure --without-figures)"),
				 path);
	return NULL;
}

void svg_close(struct svg *s)
{
	(void)s;
}

bool svg_check(const char *path, char **err)
{
	(void)path;
	if (err)
		*err = NULL;
	return true; /* nothing to draw it with: only its presence is checked */
}

double svg_aspect(const struct svg *s)
{
	(void)s;
	return 1;
}

bool svg_draw(struct svg *s, cairo_t *cr, double x, double y, double w, double h, bool mirror)
{
	(void)s, (void)cr, (void)x, (void)y, (void)w, (void)h, (void)mirror;
	return false;
}

cairo_surface_t *svg_image(struct svg *s, int w, int h, bool mirror)
{
	(void)s, (void)w, (void)h, (void)mirror;
	return NULL;
}

cairo_surface_t *svg_image_part(struct svg *s, int w, int h, const double part[4], bool mirror)
{
	(void)s, (void)w, (void)h, (void)part, (void)mirror;
	return NULL;
}
