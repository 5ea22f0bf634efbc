/* SPDX-License-Identifier: ISC */
/* doc.c - a PDF laid out once to count its pages, then drawn into a file written whole */
#include "config.h"

#include "report/doc.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/outfile.h"

static cairo_status_t to_file(void *closure, const unsigned char *data, unsigned int n)
{
	return fwrite(data, 1, n, closure) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t to_nowhere(void *closure, const unsigned char *data, unsigned int n)
{
	(void)closure;
	(void)data;
	(void)n;
	return CAIRO_STATUS_SUCCESS;
}

/* Lays the document out once to count its pages ("page 2 of 3"), then draws it into f. */
static bool render(const struct doc *d, FILE *f, int *pages_out)
{
	struct pdf p;
	int pages = 0;
	bool ok = pdf_open(&p, d->paper, to_nowhere, NULL, true);
	if (ok) {
		p.footer = d->footer;
		d->draw(&p, d->ctx);
		pages = p.page;
		ok = pdf_close(&p);
	}
	if (ok && (ok = pdf_open(&p, d->paper, to_file, f, false))) {
		p.footer = d->footer;
		p.pages = pages;
		d->draw(&p, d->ctx);
		ok = pdf_close(&p);
	}
	if (pages_out)
		*pages_out = pages;
	return ok;
}

/* Writes the document to path whole or not at all, mode 0600 (outfile.h). */
static enum lb_status write_file(const struct doc *d, const char *path, int *pages,
				 struct diags *err)
{
	struct outfile out;
	enum lb_status st = outfile_open(&out, path, err);
	if (st != LB_OK)
		return st;
	errno = 0;
	bool drawn = render(d, out.f, pages);
	if (!drawn)
		diags_add(err, path, 0, _("cannot write: %s"),
			  errno ? strerror(errno) : _("cairo failed"));
	st = outfile_close(&out, drawn, err);
	return drawn ? st : LB_IO;
}

enum lb_status doc_write(const struct doc *d, const char *path, int *pages, struct diags *err)
{
	if (strcmp(path, "-") != 0)
		return write_file(d, path, pages, err);
	errno = 0;
	if (!render(d, stdout, pages) || fflush(stdout) != 0) {
		diags_add(err, "-", 0, _("cannot write: %s"),
			  errno ? strerror(errno) : _("cairo failed"));
		return LB_IO;
	}
	return LB_OK;
}
