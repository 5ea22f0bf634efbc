/* SPDX-License-Identifier: ISC */
/* numparse.c - numbers to and from text: strict, and the same under every locale */
#include "config.h"

#include "base/numparse.h"

#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

/* The "C" locale, for strtod and snprintf that must not follow LC_NUMERIC. */
static locale_t c_locale(void)
{
	static locale_t c;
	if (!c) {
		c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
		if (!c)
			abort(); /* only out of memory: "C" always exists */
	}
	return c;
}

double c_strtod(const char *s, char **end)
{
	return strtod_l(s, end, c_locale());
}

int c_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	locale_t old = uselocale(c_locale());
	va_list ap;
	va_start(ap, fmt);
	int r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	uselocale(old);
	return r;
}

bool parse_decimal(const char *s, double min, double max, double *out)
{
	if (!s || *s < '0' || *s > '9')
		return false;
	size_t n = strspn(s, "0123456789");
	if (s[n] == '.') {
		size_t frac = strspn(s + n + 1, "0123456789");
		if (frac == 0)
			return false;
		n += 1 + frac;
	}
	if (s[n] != '\0' || n > 40)
		return false;
	/* The syntax is checked: strtod in the C locale rounds it correctly. */
	double v = c_strtod(s, NULL);
	if (!(v >= min && v <= max))
		return false;
	*out = v;
	return true;
}

int real_digits(double v)
{
	char buf[REAL_TEXT_MAX];
	for (int p = 15; p < 17; p++) {
		c_snprintf(buf, sizeof buf, "%.*g", p, v);
		if (c_strtod(buf, NULL) == v)
			return p;
	}
	return 17;
}

char *format_real(char buf[REAL_TEXT_MAX], double v)
{
	c_snprintf(buf, REAL_TEXT_MAX, "%.*g", real_digits(v), v);
	return buf;
}
