/* numparse.h - reading numbers from text strictly */
#ifndef LIMBER_NUMPARSE_H
#define LIMBER_NUMPARSE_H

#include <stdbool.h>

/* Strict decimal integer: digits only, no sign, no leading zero, in min..max. */
bool parse_uint(const char *s, long min, long max, long *out);

/*
 * Strict decimal: digits, then optionally '.' and digits ("2", "2.5",
 * "0.75"); no sign, exponent or spaces, and never the locale's comma, so
 * a number means one thing under every LC_NUMERIC. In min..max.
 */
bool parse_decimal(const char *s, double min, double max, double *out);

#endif
