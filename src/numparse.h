/* numparse.h - reading numbers from text strictly */
#ifndef LIMBER_NUMPARSE_H
#define LIMBER_NUMPARSE_H

#include <stdbool.h>

/* Strict decimal integer: digits only, no sign, no leading zero, in min..max. */
bool parse_uint(const char *s, long min, long max, long *out);

#endif
