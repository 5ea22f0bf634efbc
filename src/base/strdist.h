/* SPDX-License-Identifier: ISC */
/* strdist.h - how far apart two words are, for "did you mean" */
#ifndef LIMBER_STRDIST_H
#define LIMBER_STRDIST_H

#include <stddef.h>

/* Levenshtein distance, for "did you mean". */
size_t str_distance(const char *a, const char *b);
/* The word in words[0..n) closest to s, or NULL when none is close. */
const char *str_suggest(const char *s, const char *const *words, size_t n);

#endif
