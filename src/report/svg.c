/* SPDX-License-Identifier: ISC */
/* svg.c - exercise figures: SVG files drawn by librsvg into cairo, for the terminal and paper */
#include "config.h"

#include "report/svg.h"

#include <cairo.h>
#include <librsvg/rsvg.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"

struct svg {
	RsvgHandle *handle;
	double aspect;
};

bool svg_available(void)
{
	return true;
}

static void say(char **err, const char *path, const GError *e)
{
	if (err)
		/* TRANSLATORS: %s is a figure's file; then why it cannot be read. */
		*err = xasprintf(_("%s: %s"), path,
				 e && e->message ? e->message : _("not an SVG image"));
}

/* The width over the height: the viewBox when there is one, else the size. */
static double aspect_of(RsvgHandle *h)
{
	gboolean has_w, has_h, has_vb;
	RsvgLength lw, lh;
	RsvgRectangle vb;
	rsvg_handle_get_intrinsic_dimensions(h, &has_w, &lw, &has_h, &lh, &has_vb, &vb);
	if (has_vb && vb.width > 0 && vb.height > 0)
		return vb.width / vb.height;
	gdouble w, hh;
	if (rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &hh) && w > 0 && hh > 0)
		return w / hh;
	return 0;
}

struct svg *svg_open(const char *path, char **err)
{
	GError *e = NULL;
	/* No flags: librsvg refuses huge or deeply nested files and external references. */
	GFile *file = g_file_new_for_path(path);
	RsvgHandle *h = rsvg_handle_new_from_gfile_sync(file, RSVG_HANDLE_FLAGS_NONE, NULL, &e);
	g_object_unref(file);
	if (!h) {
		say(err, path, e);
		g_clear_error(&e);
		return NULL;
	}
	double aspect = aspect_of(h);
	if (!(aspect > 0.05 && aspect < 20)) {
		if (err)
			*err = xasprintf(_("%s: the image has no usable size (give it a viewBox)"),
					 path);
		g_object_unref(h);
		return NULL;
	}
	struct svg *s = xcalloc(1, sizeof *s);
	s->handle = h;
	s->aspect = aspect;
	return s;
}

void svg_close(struct svg *s)
{
	if (!s)
		return;
	g_object_unref(s->handle);
	free(s);
}

double svg_aspect(const struct svg *s)
{
	return s->aspect;
}

/* Renders the whole figure into (0, 0, w, h) of CR's user space. */
static bool render(struct svg *s, cairo_t *cr, double w, double h)
{
	RsvgRectangle viewport = {0, 0, w, h};
	GError *e = NULL;
	gboolean ok = rsvg_handle_render_document(s->handle, cr, &viewport, &e);
	g_clear_error(&e);
	return ok && cairo_status(cr) == CAIRO_STATUS_SUCCESS;
}

/*
 * Mirrored: librsvg will not render under a flipped matrix, so the figure is
 * recorded (still vectors) and the recording painted flipped.
 */
static bool render_mirrored(struct svg *s, cairo_t *cr, double w, double h)
{
	cairo_rectangle_t extents = {0, 0, w, h};
	cairo_surface_t *rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
	cairo_t *rc = cairo_create(rec);
	bool ok = render(s, rc, w, h);
	cairo_destroy(rc);
	if (ok) {
		cairo_translate(cr, w, 0);
		cairo_scale(cr, -1, 1);
		cairo_set_source_surface(cr, rec, 0, 0);
		cairo_rectangle(cr, 0, 0, w, h);
		cairo_fill(cr);
		ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS;
	}
	cairo_surface_destroy(rec);
	return ok;
}

bool svg_draw(struct svg *s, cairo_t *cr, double x, double y, double w, double h, bool mirror)
{
	if (!(w > 0 && h > 0))
		return false;
	/* The box the figure fills, centred in the one given. */
	double fw = w, fh = w / s->aspect;
	if (fh > h) {
		fh = h;
		fw = h * s->aspect;
	}
	cairo_save(cr);
	cairo_translate(cr, x + (w - fw) / 2, y + (h - fh) / 2);
	bool ok = mirror ? render_mirrored(s, cr, fw, fh) : render(s, cr, fw, fh);
	cairo_restore(cr);
	return ok;
}

cairo_surface_t *svg_image_part(struct svg *s, int w, int h, const double part[4], bool mirror)
{
	if (w <= 0 || h <= 0 || !(part[2] > 0 && part[3] > 0))
		return NULL;
	cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
	if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(img);
		return NULL;
	}
	/* The whole figure at the scale that makes the part w x h, moved into place. */
	double fw = w / part[2], fh = h / part[3];
	double px = mirror ? 1 - part[0] - part[2] : part[0];
	cairo_t *cr = cairo_create(img);
	bool ok = svg_draw(s, cr, -px * fw, -part[1] * fh, fw, fh, mirror);
	cairo_destroy(cr);
	if (!ok) {
		cairo_surface_destroy(img);
		return NULL;
	}
	cairo_surface_flush(img);
	return img;
}

cairo_surface_t *svg_image(struct svg *s, int w, int h, bool mirror)
{
	static const double whole[4] = {0, 0, 1, 1};
	return svg_image_part(s, w, h, whole, mirror);
}

bool svg_check(const char *path, char **err)
{
	struct svg *s = svg_open(path, err);
	if (!s)
		return false;
	cairo_surface_t *img = svg_image(s, 48, 48, false);
	svg_close(s);
	if (!img) {
		if (err)
			*err = xasprintf(_("%s: librsvg could not draw it"), path);
		return false;
	}
	cairo_surface_destroy(img);
	return true;
}
