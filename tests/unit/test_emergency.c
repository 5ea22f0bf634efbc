/* SPDX-License-Identifier: ISC */
/* test_emergency.c - the emergency number of a locale's country */
#include "config.h"

#include <criterion/criterion.h>
#include <stddef.h>
#include <string.h>

#include "base/emergency.h"

static void expect_number(const char *locale, const char *want)
{
	const char *got = emergency_number(locale);
	if (!want)
		cr_expect_null(got, "%s: want none, got %s", locale ? locale : "(null)", got);
	else
		cr_expect(got && strcmp(got, want) == 0, "%s: want %s, got %s", locale, want,
			  got ? got : "(null)");
}

Test(emergency, european_union_countries_answer_112)
{
	static const char *const eu[] = {
	    "de_DE.UTF-8", "de_AT.UTF-8", "fr_FR.UTF-8", "fr_BE", "nl_BE.UTF-8", "es_ES.UTF-8",
	    "ca_ES.UTF-8@valencia", "it_IT", "pl_PL.UTF-8", "sv_SE.UTF-8", "fi_FI", "el_GR.UTF-8",
	    "en_IE.UTF-8", "pt_PT", "ro_RO", "bg_BG", "hr_HR", "cs_CZ", "sk_SK", "sl_SI", "hu_HU",
	    "et_EE", "lv_LV", "lt_LT", "da_DK", "mt_MT", "lb_LU", "de_LU.UTF-8", "el_CY"};
	for (size_t i = 0; i < sizeof eu / sizeof *eu; i++)
		expect_number(eu[i], "112");
}

Test(emergency, the_uk_answers_999)
{
	expect_number("en_GB.UTF-8", "999");
	expect_number("en_GB", "999");
	expect_number("cy_GB.UTF-8", "999");
	expect_number("gd_GB.UTF-8", "999");
}

Test(emergency, the_us_and_canada_answer_911)
{
	expect_number("en_US.UTF-8", "911");
	expect_number("es_US.UTF-8", "911");
	expect_number("en_CA.UTF-8", "911");
	expect_number("fr_CA.UTF-8", "911");
	expect_number("fr_CA@euro", "911");
}

Test(emergency, other_countries_are_not_guessed)
{
	/* Switzerland and Norway use 112 too, but are not in the EU: "emergency services". */
	static const char *const other[] = {"de_CH.UTF-8", "nb_NO.UTF-8", "en_AU.UTF-8",
					    "en_NZ", "ja_JP.UTF-8", "pt_BR.UTF-8", "es_MX.UTF-8",
					    "en_IN", "ru_RU.UTF-8", "tr_TR"};
	for (size_t i = 0; i < sizeof other / sizeof *other; i++)
		expect_number(other[i], NULL);
}

Test(emergency, a_locale_without_a_country_has_no_number)
{
	static const char *const none[] = {"C", "C.UTF-8", "C.utf8", "POSIX", "de", "fr.UTF-8",
					   "", "en_", "en_G", "en_gb", "en_GBR", "en_GB_x",
					   "C.UTF_DE", "x@y_DE", "_DE"};
	for (size_t i = 0; i < sizeof none / sizeof *none; i++)
		expect_number(none[i], NULL);
	expect_number(NULL, NULL);
}
