/* SPDX-License-Identifier: ISC */
/* doc.h - a PDF laid out once to count its pages, then drawn into a file written whole */
#ifndef LIMBER_DOC_H
#define LIMBER_DOC_H

#include "base/diag.h"
#include "base/status.h"
#include "report/pdf.h"

/* Draws the whole document at the cursor of p (called twice: to count, then to draw). */
typedef void (*doc_draw_fn)(struct pdf *p, const void *ctx);

struct doc {
	enum pdf_paper paper;
	const char *footer; /* the left of every page's footer */
	doc_draw_fn draw;
	const void *ctx;
};

/*
 * Writes the document to path ("-": standard output). A file is written to
 * a temporary file of mode 0600 in its directory, synced, then renamed into
 * place (base/outfile.h): limber's PDFs hold health data or a person's
 * programme. *pages (may be NULL): how many it has. LB_IO when it cannot be
 * written.
 */
enum lb_status doc_write(const struct doc *d, const char *path, int *pages, struct diags *err);

#endif
