/* SPDX-License-Identifier: ISC */
/* test_utf8.c - UTF-8 validation, widths, fitting and wrapping */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "base/utf8.h"

Test(utf8, utf8_validation_finds_the_bad_byte)
{
	size_t at = 99;
	cr_assert(utf8_valid("caf\xc3\xa9", 5, &at));
	cr_assert_not(utf8_valid("caf\xe9!", 5, &at));
	cr_assert_eq(at, 3);
	cr_assert_not(utf8_valid("\xc0\x80", 2, &at), "overlong NUL");
	cr_assert_not(utf8_valid("\xed\xa0\x80", 3, &at), "surrogate");
	cr_assert_not(utf8_valid("\xf4\x90\x80\x80", 4, &at), "beyond U+10FFFF");
	cr_assert_not(utf8_valid("\xe2\x82", 2, &at), "truncated");
}

Test(utf8, utf8_width_counts_columns)
{
	cr_assert_eq(utf8_width("abc"), 3);
	cr_assert_eq(utf8_width("caf\xc3\xa9"), 4);
	cr_assert_eq(utf8_width("\xe6\x97\xa5\xe6\x9c\xac"), 4, "two wide CJK characters");
	cr_assert_eq(utf8_width("e\xcc\x81"), 1, "combining accent has no width");
	cr_assert_eq(utf8_width("a\nb"), -1, "control characters are not text");
	cr_assert_eq(utf8_width("\xff"), -1);
}

Test(utf8, utf8_fit_never_cuts_a_character)
{
	cr_assert_eq(utf8_fit("abcdef", 3), 3);
	cr_assert_eq(utf8_fit("\xc3\xa9\xc3\xa9\xc3\xa9", 2), 4);
	cr_assert_eq(utf8_fit("\xe6\x97\xa5\xe6\x9c\xac", 3), 3, "a wide char that does not fit stays out");
	cr_assert_eq(utf8_fit("ab", 10), 2);
}

Test(utf8, utf8_wrap_breaks_at_spaces)
{
	const char *next;
	const char *s = "Lie on your back with knees bent";
	size_t n = utf8_wrap(s, 12, &next);
	cr_assert_eq(n, 11);
	cr_assert_eq(strncmp(s, "Lie on your", n), 0);
	cr_assert_str_eq(next, "back with knees bent");
	n = utf8_wrap("unbreakablelongword rest", 5, &next);
	cr_assert_eq(n, 5, "a word wider than the line is cut");
	n = utf8_wrap("short", 80, &next);
	cr_assert_eq(n, 5);
	cr_assert_str_eq(next, "");
}
