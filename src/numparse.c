/* numparse.c - reading numbers from text strictly */
#include "config.h"

#include "numparse.h"

#include <limits.h>
#include <string.h>

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

bool parse_decimal(const char *s, double min, double max, double *out)
{
	if (!s || *s < '0' || *s > '9')
		return false;
	double v = 0, scale = 1;
	bool point = false;
	int digits = 0;
	for (const char *p = s; *p; p++) {
		if (*p == '.' && !point) {
			point = true;
			continue;
		}
		if (*p < '0' || *p > '9' || ++digits > 15)
			return false;
		if (point)
			scale /= 10;
		v = v * 10 + (*p - '0');
	}
	if (point && s[strlen(s) - 1] == '.')
		return false;
	v *= scale;
	if (!(v >= min && v <= max))
		return false;
	*out = v;
	return true;
}
