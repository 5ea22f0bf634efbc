/* SPDX-License-Identifier: ISC */
/* test_i18n.c - translations through the catalogs: _(), C_(), contexts at run time, the language */
#include "config.h"

#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"

/*
 * The test catalog (tests/data/i18n/de.po, compiled by make check) with
 * LANGUAGE=de, as main.c sets up the real ones. Each test runs in its own
 * process, so the environment set here is the test's alone.
 */
static void german(void)
{
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "de", 1);
	setlocale(LC_ALL, "");
#ifdef ENABLE_NLS
	cr_assert_not_null(bindtextdomain(PACKAGE, LIMBER_TEST_LOCALEDIR));
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
}

static void english(void)
{
	setenv("LC_ALL", "C.UTF-8", 1);
	unsetenv("LANGUAGE");
	setlocale(LC_ALL, "");
#ifdef ENABLE_NLS
	bindtextdomain(PACKAGE, LIMBER_TEST_LOCALEDIR);
	textdomain(PACKAGE);
#endif
}

#ifdef ENABLE_NLS
#define DE(german, english) german
#else
#define DE(german, english) english
#endif

Test(i18n, marked_strings_are_translated, .init = german)
{
	cr_expect_str_eq(_("show this help and exit"), DE("diese Hilfe zeigen und beenden",
							  "show this help and exit"));
	cr_expect_str_eq(C_("list of choices: before the last", " or "), DE(" oder ", " or "));
	cr_expect_str_eq(ngettext("1 session", "%d sessions", 1), DE("1 Sitzung", "1 session"));
	cr_expect_str_eq(ngettext("1 session", "%d sessions", 3), DE("%d Sitzungen", "%d sessions"));
	/* N_ only marks: the table's text is translated where it is shown. */
	static const char *const table[] = {N_("show this help and exit")};
	cr_expect_str_eq(table[0], "show this help and exit");
	cr_expect_str_eq(_(table[0]), DE("diese Hilfe zeigen und beenden", "show this help and exit"));
}

Test(i18n, unknown_strings_come_back_as_they_are, .init = german)
{
	const char *s = "not in any catalog";
	cr_expect_eq(_(s), s);
	cr_expect_str_eq(C_("no such context", "rest"), "rest");
	cr_expect_eq(i18n_cgettext("no such context", s), s);
}

Test(i18n, empty_and_null_are_not_looked_up, .init = german)
{
	/* gettext("") would be the catalog's header. */
	cr_expect_str_eq(_(""), "");
	cr_expect_null(i18n_gettext(NULL));
	cr_expect_str_eq(i18n_cgettext("test|ctx", ""), "");
	cr_expect_null(i18n_cgettext("test|ctx", NULL));
}

Test(i18n, a_context_known_at_run_time_is_looked_up, .init = german)
{
	cr_expect_str_eq(i18n_cgettext("test|ctx", "rest"), DE("Pause", "rest"));
	/* The same text in another context is another message. */
	cr_expect_str_eq(i18n_cgettext("test|other", "rest"), "rest");
	char ctx[320];
	strcpy(ctx, "long-");
	memset(ctx + 5, 'x', 300);
	ctx[305] = '\0';
	cr_expect_str_eq(i18n_cgettext(ctx, "rest"), DE("lange Pause", "rest"),
			 "a context longer than the stack buffer");
}

Test(i18n, without_a_catalog_everything_is_english, .init = english)
{
	cr_expect_str_eq(_("show this help and exit"), "show this help and exit");
	cr_expect_str_eq(i18n_cgettext("test|ctx", "rest"), "rest");
	char lang[I18N_LANG_MAX];
	cr_expect_str_eq(i18n_language(lang), "en");
}

Test(i18n, the_language_is_the_catalogs, .init = german)
{
	char lang[I18N_LANG_MAX];
	cr_expect_str_eq(i18n_language(lang), DE("de", "en"));
}

Test(i18n, a_language_no_catalog_has_is_english)
{
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "it", 1);
	setlocale(LC_ALL, "");
#ifdef ENABLE_NLS
	bindtextdomain(PACKAGE, LIMBER_TEST_LOCALEDIR);
	textdomain(PACKAGE);
#endif
	char lang[I18N_LANG_MAX];
	cr_expect_str_eq(i18n_language(lang), "en");
}

Test(i18n, the_header_names_the_language)
{
	char lang[I18N_LANG_MAX];
	cr_assert(i18n_header_language("Project-Id-Version: x\nLanguage: fr\nMIME-Version: 1.0\n",
				       lang));
	cr_expect_str_eq(lang, "fr");
	cr_assert(i18n_header_language("Language: pt_BR\n", lang));
	cr_expect_str_eq(lang, "pt_BR");
	cr_assert(i18n_header_language("X: y\nLanguage:   es", lang));
	cr_expect_str_eq(lang, "es");
	cr_expect_not(i18n_header_language("Language: \n", lang));
	cr_expect_not(i18n_header_language("Language-Team: German\n", lang));
	cr_expect_not(i18n_header_language("X-Language: de\n", lang));
	cr_expect_not(i18n_header_language("", lang));
	cr_expect_not(i18n_header_language(NULL, lang));
}

/* Numbers: the process's stay C (as main.c sets them), i18n_snprintf gives the user's. */
Test(i18n, numbers_on_screen_follow_the_locale_files_do_not)
{
	setenv("LC_ALL", "de_DE.UTF-8", 1);
	if (!setlocale(LC_ALL, ""))
		cr_skip_test("no de_DE.UTF-8 locale here (tools/bootstrap generates it)");
	setlocale(LC_NUMERIC, "C");
	char buf[32];
	snprintf(buf, sizeof buf, "%.1f", 3.5);
	cr_expect_str_eq(buf, "3.5", "a plain printf writes C numbers");
	i18n_snprintf(buf, sizeof buf, "%.1f", 3.5);
	cr_expect_str_eq(buf, "3,5", "i18n_snprintf writes the user's");
	i18n_snprintf(buf, sizeof buf, "%'d", 1234567);
	cr_expect_str_eq(buf, "1.234.567");
	snprintf(buf, sizeof buf, "%.2f", 0.25);
	cr_expect_str_eq(buf, "0.25", "and the process's numbers are C again after it");
}
