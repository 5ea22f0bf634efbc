/* SPDX-License-Identifier: ISC */
/* i18n.c - messages in the user's language: contexts known at run time, the language, numbers */
#include "config.h"

#include "base/i18n.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

const char *i18n_cgettext(const char *ctx, const char *text)
{
	if (!text || !*text || !ctx)
		return text;
#ifdef ENABLE_NLS
	/* The key as msgfmt stores a msgctxt: "ctx\004text". */
	char small[256];
	size_t nc = strlen(ctx), nt = strlen(text);
	char *key = nc + nt + 2 <= sizeof small ? small : xmalloc(nc + nt + 2);
	memcpy(key, ctx, nc);
	key[nc] = '\004';
	memcpy(key + nc + 1, text, nt + 1);
	const char *t = gettext(key);
	if (t == key)
		t = text; /* untranslated: gettext gave our key back */
	if (key != small)
		free(key);
	return t;
#else
	(void)ctx;
	return text;
#endif
}

bool i18n_header_language(const char *header, char buf[I18N_LANG_MAX])
{
	static const char field[] = "Language:";
	for (const char *p = header; p && *p;) {
		if (strncmp(p, field, sizeof field - 1) == 0) {
			p += sizeof field - 1;
			p += strspn(p, " \t");
			size_t n = strcspn(p, " \t\r\n");
			if (n == 0 || n >= I18N_LANG_MAX)
				return false;
			memcpy(buf, p, n);
			buf[n] = '\0';
			return true;
		}
		const char *nl = strchr(p, '\n');
		p = nl ? nl + 1 : NULL;
	}
	return false;
}

char *i18n_language(char buf[I18N_LANG_MAX])
{
#ifdef ENABLE_NLS
	/* The empty msgid's translation is the header of the catalog gettext picked, if any. */
	const char *header = gettext("");
	if (header && *header && i18n_header_language(header, buf))
		return buf;
#endif
	strcpy(buf, "en");
	return buf;
}

/* The user's LC_NUMERIC, whatever the process's is (main.c sets "C"); NULL if unknown. */
static locale_t user_numeric(void)
{
	static locale_t loc;
	static bool tried;
	if (!tried) {
		tried = true;
		/* The process's own categories but numbers; the environment's numbers. */
		locale_t base = duplocale(LC_GLOBAL_LOCALE);
		loc = base ? newlocale(LC_NUMERIC_MASK, "", base) : (locale_t)0;
		if (base && !loc)
			freelocale(base);
	}
	return loc;
}

/* Switches this thread to the user's numbers; give the result to numbers_end(). */
static locale_t numbers_begin(void)
{
	locale_t loc = user_numeric();
	return loc ? uselocale(loc) : (locale_t)0;
}

static void numbers_end(locale_t old)
{
	if (old)
		uselocale(old);
}

int i18n_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	locale_t old = numbers_begin();
	int r = vsnprintf(buf, n, fmt, ap);
	numbers_end(old);
	va_end(ap);
	return r;
}

char *i18n_vasprintf(const char *fmt, va_list ap)
{
	locale_t old = numbers_begin();
	char *s = xvasprintf(fmt, ap);
	numbers_end(old);
	return s;
}

char *i18n_asprintf(const char *fmt, ...)
{
	locale_t old = numbers_begin();
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	numbers_end(old);
	return s;
}
