/* SPDX-License-Identifier: ISC */
/* utf8.c - validating UTF-8 and measuring it in terminal columns */
#include "config.h"

#include "base/utf8.h"

#include <locale.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

/* Decodes one UTF-8 sequence; returns its length, or 0 when it is malformed. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	size_t len;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2, v = c & 0x1f, min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3, v = c & 0x0f, min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

bool utf8_valid(const char *s, size_t n, size_t *bad_at)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len) {
			if (bad_at)
				*bad_at = i;
			return false;
		}
		i += len;
	}
	return true;
}

/* Column width of one code point, taken from glibc's tables under C.UTF-8. */
static int cp_width(uint32_t cp)
{
	static locale_t utf8_locale;
	static bool tried;
	if (cp < 0x80)
		return (cp < 0x20 || cp == 0x7f) ? -1 : 1;
	if (!tried) {
		tried = true;
		utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	if (!utf8_locale)
		return 1;
	locale_t old = uselocale(utf8_locale);
	int w = wcwidth((wchar_t)cp);
	uselocale(old);
	return w;
}

int utf8_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	int cols = 0;
	while (i < n) {
		if (p[i] >= 0x20 && p[i] < 0x7f) { /* printable ASCII: the common case */
			cols++;
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len)
			return -1;
		int w = cp_width(cp);
		if (w < 0)
			return -1;
		cols += w;
		i += len;
	}
	return cols;
}

size_t utf8_fit(const char *s, int cols)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	int used = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len)
			break;
		int w = cp_width(cp);
		if (w < 0)
			w = 1;
		if (used + w > cols)
			break;
		used += w;
		i += len;
	}
	return i;
}

size_t utf8_wrap(const char *s, int cols, const char **next)
{
	size_t fit = utf8_fit(s, cols);
	size_t len = strlen(s);
	size_t cut = fit;
	if (fit < len) {
		size_t sp = fit;
		while (sp > 0 && s[sp] != ' ')
			sp--;
		if (sp > 0)
			cut = sp;
		else if (fit == 0)
			cut = len; /* nothing fits: give the rest rather than loop */
	}
	size_t end = cut;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	const char *n = s + cut;
	while (*n == ' ')
		n++;
	*next = n;
	return end;
}
