/* numparse.c - reading numbers from text strictly */
#include "config.h"

#include "numparse.h"

#include <limits.h>

bool parse_uint(const char *s, long min, long max, long *out)
{
	if (!s || !*s)
		return false;
	if (s[0] == '0' && s[1] != '\0')
		return false;
	long v = 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		if (v > (LONG_MAX - (*p - '0')) / 10)
			return false;
		v = v * 10 + (*p - '0');
	}
	if (v < min || v > max)
		return false;
	*out = v;
	return true;
}
