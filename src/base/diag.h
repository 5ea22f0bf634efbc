/* SPDX-License-Identifier: ISC */
/* diag.h - problems found in an input: core code fills the list, faces print it */
#ifndef LIMBER_DIAG_H
#define LIMBER_DIAG_H

#include <stdarg.h>
#include <stddef.h>

/* One problem found in an input: where, and what. line 0 means "the whole file". */
struct diag {
	char *file;
	int line;
	char *msg;
};

/* A growing list of problems; core code fills it, faces print it. */
struct diags {
	struct diag *v;
	size_t n, cap;
};

void diags_add(struct diags *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diags_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));
/* Moves every problem of src to the end of dst, leaving src empty. */
void diags_move(struct diags *dst, struct diags *src);
/* Number of problems reported for one file. */
size_t diags_count_file(const struct diags *d, const char *file);
/* Orders problems by line within each file, files as they first appear (stable). */
void diags_sort(struct diags *d);
void diags_free(struct diags *d);
/* Formats one problem as "FILE:LINE: MSG" (or "FILE: MSG"); caller frees. */
char *diag_format(const struct diag *g);

#endif
