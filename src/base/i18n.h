/* SPDX-License-Identifier: ISC */
/* i18n.h - messages in the user's language: _(), N_(), C_(), NC_(), ngettext (GNU gettext) */
#ifndef LIMBER_I18N_H
#define LIMBER_I18N_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * How a string is marked (xgettext finds these; po/Makevars names them):
 *
 *   _("text")            translated here
 *   N_("text")           only marked: a table entry, translated where it is
 *                        shown, with _(entry) (never _("") or _(NULL): both
 *                        are returned as they are)
 *   C_("ctx", "text")    translated with a context, for a short text that
 *                        means two things ("rest" the phase, "rest" the verb)
 *   NC_("ctx", "text")   only marked, with a context; shown with
 *                        i18n_cgettext("ctx", entry)
 *   ngettext("1 session", "%d sessions", n)   plurals, the language's own rules
 *
 * A comment starting "TRANSLATORS:" just above a marked string goes to the
 * translators with it. Build sentences whole, with placeholders, never from
 * fragments; not translated: command, option and config key names, routine
 * ids, and everything written to export files (CSV, JSON, SQL).
 *
 * With configure --disable-nls (no ENABLE_NLS) every one of these gives the
 * English text back, and the catalogs are not built.
 */

#ifdef ENABLE_NLS
#include <libintl.h>
#endif

/* _(): a non-empty s translated; NULL and "" as they are (gettext("") is the catalog's header). */
static inline const char *i18n_gettext(const char *s) __attribute__((format_arg(1)));
static inline const char *i18n_gettext(const char *s)
{
#ifdef ENABLE_NLS
	return s && *s ? gettext(s) : s;
#else
	return s;
#endif
}

/* C_(): key is "ctx\004text", as xgettext and msgfmt store a msgctxt; text when untranslated. */
static inline const char *i18n_pgettext(const char *key, const char *text)
	__attribute__((format_arg(2)));
static inline const char *i18n_pgettext(const char *key, const char *text)
{
#ifdef ENABLE_NLS
	const char *t = gettext(key);
	return t == key ? text : t;
#else
	(void)key;
	return text;
#endif
}

#define _(s) i18n_gettext(s)
#define N_(s) (s)
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)
#define NC_(ctx, s) (s)

#ifndef ENABLE_NLS
/* English's rule: one, else many. */
#define ngettext(one, many, n) ((n) == 1 ? (one) : (many))
#endif

/*
 * pgettext with a context known only at run time (NC_ entries, and the
 * shipped routines' text: ctx "figure-four|cue"): the translation of text
 * in the catalog, else text itself. NULL and "" come back as they are.
 */
const char *i18n_cgettext(const char *ctx, const char *text) __attribute__((format_arg(2)));

/* Room for a language code from i18n_language(): "de", "pt_BR", "sr@latin". */
#define I18N_LANG_MAX 32

/*
 * The language the messages are shown in: the "Language:" of the catalog in
 * use ("de", "es", "fr"), else "en" (no catalog for the user's locale, or
 * none built). What the voice speaks follows it. Returns buf.
 */
char *i18n_language(char buf[I18N_LANG_MAX]);
/* The "Language:" field of a catalog header into buf; false when it has none. */
bool i18n_header_language(const char *header, char buf[I18N_LANG_MAX]);

/*
 * snprintf with the user's own numbers (LC_NUMERIC as the environment sets
 * it: a decimal comma in German, %'d grouping) for the screen and the
 * report. limber runs with LC_NUMERIC "C" (main.c says why), so a plain
 * printf gives C numbers: the right thing for files, and for any number a
 * program reads back.
 */
int i18n_snprintf(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* xasprintf with the user's numbers, as i18n_snprintf. Caller frees. */
char *i18n_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *i18n_vasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
