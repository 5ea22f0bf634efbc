/* SPDX-License-Identifier: ISC */
/* textsafe.c - text from a file or a user, made safe to print on a terminal */
#include "config.h"

#include "base/textsafe.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

/* Length of the UTF-8 sequence at s (at most n bytes) and its code point; 0 when not UTF-8. */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	if (!len || len > 4 || len > n || s[0] > 0xf4)
		return 0;
	uint32_t v = s[0] & (0x3f >> (len - 1));
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3f);
	}
	static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (v < least[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

/* Bidirectional controls: they reorder what follows them on the screen. */
static bool bidi(uint32_t cp)
{
	return cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Invisible format characters (Unicode's Cf, and the line and paragraph
 * separators): they show nothing, or break a line, yet change what a text
 * is. The zero width joiner and non-joiner (U+200C, U+200D) are left to
 * the scripts and emoji that need them.
 */
static bool invisible(uint32_t cp)
{
	return cp == 0x00ad || cp == 0x180e || cp == 0x200b || cp == 0x2028 || cp == 0x2029 ||
	       (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206a && cp <= 0x206f) ||
	       cp == 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb) || cp == 0xe0001 ||
	       (cp >= 0xe0020 && cp <= 0xe007f);
}

static bool unsafe(uint32_t cp, unsigned flags)
{
	if (cp == '\n' || cp == '\t')
		return !(flags & TEXTSAFE_LINES);
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || bidi(cp) || invisible(cp);
}

char *textsafe_why(const char *s, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = decode(p + i, n - i, &cp);
		if (!len)
			return xasprintf(_("not valid UTF-8 (byte %zu)"), i + 1);
		if (bidi(cp))
			return xasprintf(
			    _("the bidirectional control U+%04X is not allowed (byte %zu)"),
			    (unsigned)cp, i + 1);
		if (invisible(cp))
			return xasprintf(_("the invisible format character U+%04X is not allowed "
			                   "(byte %zu)"),
			                 (unsigned)cp, i + 1);
		if (unsafe(cp, flags))
			return xasprintf(_("control characters are not allowed (byte %zu)"), i + 1);
		i += len;
	}
	return NULL;
}

long textsafe_find(const char *s, size_t n, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = decode(p + i, n - i, &cp);
		if (!len || unsafe(cp, flags))
			return (long)i;
		i += len;
	}
	return -1;
}

char *textsafe(const char *s, unsigned flags)
{
	struct strbuf b;
	sb_init(&b);
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = strlen((const char *)p);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = decode(p + i, n - i, &cp);
		if (!len) {
			sb_addf(&b, "\\x%02x", p[i]);
			i++;
		} else if (!unsafe(cp, flags)) {
			sb_addn(&b, (const char *)p + i, len);
			i += len;
		} else {
			if (cp < 0x80)
				sb_addf(&b, "\\x%02x", (unsigned)cp);
			else
				sb_addf(&b, "\\u%04x", (unsigned)cp);
			i += len;
		}
	}
	if (!b.s)
		sb_adds(&b, "");
	return sb_steal(&b);
}
