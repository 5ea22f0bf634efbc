/* SPDX-License-Identifier: ISC */
/* numparse.h - numbers to and from text: strict, and the same under every locale */
#ifndef LIMBER_NUMPARSE_H
#define LIMBER_NUMPARSE_H

#include <stdbool.h>

/* Strict decimal integer: digits only, no sign, no leading zero, in min..max. */
bool parse_uint(const char *s, long min, long max, long *out);

#include <stddef.h>

/*
 * Strict decimal: digits, then optionally '.' and digits ("2", "2.5",
 * "0.75"); no sign, exponent or spaces, and never the locale's comma, so
 * a number means one thing under every LC_NUMERIC. Correctly rounded
 * ("2.2" is the double nearest 2.2). In min..max.
 */
bool parse_decimal(const char *s, double min, double max, double *out);

/* strtod and snprintf in the "C" locale, whatever LC_NUMERIC says. */
double c_strtod(const char *s, char **end);
int c_snprintf(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Room for any double written by format_real. */
#define REAL_TEXT_MAX 32
/* The fewest significant digits (15..17) with which "%.*g" gives v back exactly. */
int real_digits(double v);
/* v in its shortest exact form with a '.': 2.2 (not 2.2000000000000002), 2.5, 1. Returns buf. */
char *format_real(char buf[REAL_TEXT_MAX], double v);

#endif
