/* SPDX-License-Identifier: ISC */
/* strdist.c - how far apart two words are, for "did you mean" */
#include "config.h"

#include "base/strdist.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

size_t str_distance(const char *a, const char *b)
{
	/* Optimal string alignment: a swap of two neighbours counts as one edit. */
	size_t la = strlen(a), lb = strlen(b);
	size_t *prev2 = xcalloc(lb + 1, sizeof *prev2);
	size_t *prev = xcalloc(lb + 1, sizeof *prev);
	size_t *row = xcalloc(lb + 1, sizeof *row);
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = prev[j - 1] + cost;
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			row[j] = best;
		}
		size_t *t = prev2;
		prev2 = prev;
		prev = row;
		row = t;
	}
	size_t d = prev[lb];
	free(prev2);
	free(prev);
	free(row);
	return d;
}

const char *str_suggest(const char *s, const char *const *words, size_t n)
{
	const char *best = NULL;
	size_t best_d = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		size_t d = str_distance(s, words[i]);
		if (d < best_d) {
			best_d = d;
			best = words[i];
		}
	}
	/* Close means at most a third of the word changed (and at least one edit allowed). */
	size_t len = strlen(s);
	size_t limit = len / 3 > 1 ? len / 3 : 1;
	if (best && best_d <= limit && best_d > 0)
		return best;
	return NULL;
}
