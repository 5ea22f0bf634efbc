/* SPDX-License-Identifier: ISC */
/* diag.c - a list of problems found in an input */
#include "config.h"

#include "base/diag.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

/* Makes room for one more problem at the end of d. */
static struct diag *diags_push(struct diags *d)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	return &d->v[d->n++];
}

void diags_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
{
	struct diag *g = diags_push(d);
	g->file = file ? xstrdup(file) : NULL;
	g->line = line;
	g->msg = xvasprintf(fmt, ap);
}

void diags_add(struct diags *d, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(d, file, line, fmt, ap);
	va_end(ap);
}

void diags_move(struct diags *dst, struct diags *src)
{
	for (size_t i = 0; i < src->n; i++)
		*diags_push(dst) = src->v[i];
	free(src->v);
	src->v = NULL;
	src->n = src->cap = 0;
}

size_t diags_count_file(const struct diags *d, const char *file)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].file && strcmp(d->v[i].file, file) == 0)
			n++;
	return n;
}

static bool same_file(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

void diags_sort(struct diags *d)
{
	/* Gather each file's problems behind its first one... */
	for (size_t i = 0; i < d->n; i++) {
		size_t k = i + 1;
		for (size_t j = i + 1; j < d->n; j++) {
			if (!same_file(d->v[j].file, d->v[i].file))
				continue;
			struct diag g = d->v[j];
			memmove(&d->v[k + 1], &d->v[k], (j - k) * sizeof *d->v);
			d->v[k++] = g;
		}
		i = k - 1;
	}
	/* ...then order each file's run by line: an insertion sort, stable, lists are short. */
	for (size_t i = 1; i < d->n; i++) {
		struct diag g = d->v[i];
		size_t j = i;
		while (j > 0 && same_file(d->v[j - 1].file, g.file) && d->v[j - 1].line > g.line) {
			d->v[j] = d->v[j - 1];
			j--;
		}
		d->v[j] = g;
	}
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

char *diag_format(const struct diag *g)
{
	if (g->file && g->line > 0)
		return xasprintf("%s:%d: %s", g->file, g->line, g->msg);
	if (g->file)
		return xasprintf("%s: %s", g->file, g->msg);
	return xstrdup(g->msg);
}
