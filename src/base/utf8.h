/* SPDX-License-Identifier: ISC */
/* utf8.h - validating UTF-8 and measuring it in terminal columns */
#ifndef LIMBER_UTF8_H
#define LIMBER_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/*
 * utf8_valid reports the byte offset of the first bad sequence.
 * utf8_width counts terminal columns (wide characters 2, combining 0) and
 * does not depend on the user's locale; -1 for invalid or control input.
 */
bool utf8_valid(const char *s, size_t n, size_t *bad_at);
int utf8_width(const char *s);
/* Bytes of s that fit in cols columns (never cutting a character). */
size_t utf8_fit(const char *s, int cols);

/*
 * Bytes of s that make its next line when wrapped at cols columns: breaks
 * after the last space that fits, or mid-word when a word is wider than cols.
 * *next is where the following line starts (spaces skipped).
 */
size_t utf8_wrap(const char *s, int cols, const char **next);

#endif
