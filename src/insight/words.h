/* SPDX-License-Identifier: ISC */
/* words.h - one sentence, two readers: a person in their language, a file (JSON) in English */
#ifndef LIMBER_WORDS_H
#define LIMBER_WORDS_H

/*
 * Some sentences go both to the screen and into `limber trends --format
 * json` (a verdict, the coach's reason, "see a doctor"). JSON is for
 * scripts and reads the same in every language, so the function making
 * such a sentence takes `bool english` and looks its words up with
 *
 *     dgettext(words_domain(english), "text")
 *     dngettext(words_domain(english), "%d day", "%d days", n)
 *
 * words_domain(false) is NULL: limber's own catalog, what _() reads.
 * words_domain(true) names a domain no catalog is ever installed for, and
 * gettext then gives the msgid back, with English plurals (n == 1: the
 * first). xgettext finds both calls without being told. Dates go through
 * words_strftime, which uses the C locale's names for a file; numbers
 * through words_asprintf, C's for a file and the user's for a person
 * (limber runs with LC_NUMERIC "C").
 */

#include <limits.h>
#include <stdarg.h>
#include <locale.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* The domain that has no catalog: its lookups are the English msgids. */
#define WORDS_ENGLISH_DOMAIN "limber-english-for-files"

static inline const char *words_domain(bool english)
{
	return english ? WORDS_ENGLISH_DOMAIN : NULL;
}

#ifndef ENABLE_NLS
/* Without gettext, every domain is English. */
static inline const char *words_dgettext(const char *domain, const char *s)
	__attribute__((format_arg(2)));
static inline const char *words_dgettext(const char *domain, const char *s)
{
	(void)domain;
	return s;
}
static inline const char *words_dngettext(const char *domain, const char *one, const char *many,
					  unsigned long n) __attribute__((format_arg(2)))
	__attribute__((format_arg(3)));
static inline const char *words_dngettext(const char *domain, const char *one, const char *many,
					  unsigned long n)
{
	(void)domain;
	return n == 1 ? one : many;
}
#define dgettext(domain, s) words_dgettext(domain, s)
#define dngettext(domain, one, many, n) words_dngettext(domain, one, many, n)
#endif

/* strftime of t in local time, with the locale's names for a person and C's for a file. */
static inline size_t words_strftime(char *buf, size_t n, const char *fmt, time_t t, bool english)
	__attribute__((format(strftime, 3, 0)));
/* Callers' formats are checked through the attribute on the declaration (as timefmt_local). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static inline size_t words_strftime(char *buf, size_t n, const char *fmt, time_t t, bool english)
{
	struct tm tm;
	localtime_r(&t, &tm);
	locale_t c = english ? newlocale(LC_ALL_MASK, "C", (locale_t)0) : (locale_t)0;
	size_t r = c ? strftime_l(buf, n, fmt, &tm, c) : strftime(buf, n, fmt, &tm);
	if (c)
		freelocale(c);
	return r;
}
#pragma GCC diagnostic pop

/*
 * xasprintf with numbers for the sentence's reader: C's for a file
 * ("2.5"), the user's for a person ("2,5" in German). Caller frees.
 */
static inline char *words_asprintf(bool english, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static inline char *words_asprintf(bool english, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = english ? xvasprintf(fmt, ap) : i18n_vasprintf(fmt, ap);
	va_end(ap);
	return s;
}

/*
 * s with its first letter a capital, in the user's locale ("left thigh",
 * "linker Oberschenkel", "érable"); only ASCII in the C locale. Caller frees.
 */
static inline char *words_capital(const char *s)
{
	mbstate_t in, out;
	memset(&in, 0, sizeof in);
	memset(&out, 0, sizeof out);
	wchar_t wc;
	size_t len = mbrtowc(&wc, s, strlen(s), &in);
	char up[MB_LEN_MAX];
	size_t ulen = (size_t)-1;
	if (len > 0 && len <= MB_LEN_MAX)
		ulen = wcrtomb(up, (wchar_t)towupper((wint_t)wc), &out);
	if (ulen == (size_t)-1)
		return xstrdup(s);
	return xasprintf("%.*s%s", (int)ulen, up, s + len);
}

#endif
