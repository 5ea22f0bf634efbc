/* SPDX-License-Identifier: ISC */
/* test_numparse.c - strict number parsing */
#include "config.h"

#include <criterion/criterion.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/numparse.h"
#include "base/xalloc.h"
#include "fixture.h"

Test(numparse, parse_uint_is_strict)
{
	long v = -1;
	cr_assert(parse_uint("0", 0, 10, &v));
	cr_assert_eq(v, 0);
	cr_assert(parse_uint("600", 1, 600, &v));
	cr_assert_eq(v, 600);
	cr_assert_not(parse_uint("601", 1, 600, &v));
	cr_assert_not(parse_uint("010", 0, 100, &v), "leading zero is not octal, it is refused");
	cr_assert_not(parse_uint("-1", -5, 5, &v));
	cr_assert_not(parse_uint("+1", 0, 5, &v));
	cr_assert_not(parse_uint("1.5", 0, 5, &v));
	cr_assert_not(parse_uint("", 0, 5, &v));
	cr_assert_not(parse_uint(" 1", 0, 5, &v));
	cr_assert_not(parse_uint("99999999999999999999999", 0, 5, &v), "overflow is refused");
}

Test(numparse, parse_decimal_is_strict_and_locale_proof)
{
	double v = -1;
	cr_assert(parse_decimal("2.5", 1, 100, &v));
	cr_assert_float_eq(v, 2.5, 1e-12);
	cr_assert(parse_decimal("100", 1, 100, &v));
	cr_assert_float_eq(v, 100, 1e-12);
	cr_assert(parse_decimal("0.75", 0, 1, &v));
	cr_assert_float_eq(v, 0.75, 1e-12);
	cr_assert_not(parse_decimal("2,5", 1, 100, &v), "the comma is never a decimal point");
	cr_assert_not(parse_decimal("100.5", 1, 100, &v));
	cr_assert_not(parse_decimal("0.5", 1, 100, &v));
	cr_assert_not(parse_decimal("+2", 1, 100, &v));
	cr_assert_not(parse_decimal("-2", -5, 100, &v));
	cr_assert_not(parse_decimal("2e1", 1, 100, &v));
	cr_assert_not(parse_decimal("2.", 1, 100, &v));
	cr_assert_not(parse_decimal(".5", 0, 100, &v));
	cr_assert_not(parse_decimal("1.2.3", 0, 100, &v));
	cr_assert_not(parse_decimal(" 2", 1, 100, &v));
	cr_assert_not(parse_decimal("nan", 0, 100, &v));
	cr_assert_not(parse_decimal("", 0, 100, &v));
}

Test(numparse, parse_decimal_rounds_correctly)
{
	double v = 0;
	cr_assert(parse_decimal("2.2", 1, 100, &v));
	cr_assert(v == 2.2, "2.2 is the double nearest 2.2, not 22 * 0.1");
	cr_assert(parse_decimal("2.2000000000000002", 1, 100, &v), "17 digits, as old exports hold");
	cr_assert(v == 2.2, "the old export's %%.17g of 2.2 reads back as 2.2");
	cr_assert(parse_decimal("1.10", 1, 100, &v));
	cr_assert(v == 1.1);
}

static void expect_real(double v, const char *want)
{
	char buf[REAL_TEXT_MAX];
	cr_assert_str_eq(format_real(buf, v), want);
	cr_assert(c_strtod(buf, NULL) == v, "%s gives the value back", buf);
}

Test(numparse, format_real_is_shortest_exact)
{
	expect_real(2.2, "2.2");
	expect_real(2.5, "2.5");
	expect_real(1, "1");
	expect_real(100, "100");
	expect_real(0.1 + 0.2, "0.30000000000000004");
	expect_real(nextafter(2.2, 3), "2.2000000000000006"); /* 2.2's neighbour keeps its digits */
	expect_real(1.0 / 3, "0.3333333333333333");
	cr_assert_eq(real_digits(2.2), 15);
	cr_assert_eq(real_digits(1.0 / 3), 16);
	cr_assert_eq(real_digits(0.1 + 0.2), 17);
}

/* Under a comma-decimal LC_NUMERIC (made with localedef), numbers keep their point. */
Test(numparse, a_comma_locale_changes_nothing)
{
	char *dir = fixture_tmpdir("numparse");
	char *cmd = xasprintf("localedef -i de_DE -f UTF-8 '%s/de_DE.UTF-8' >/dev/null 2>&1", dir);
	int rc = system(cmd);
	free(cmd);
	setenv("LOCPATH", dir, 1);
	if (rc != 0 || !setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
		fixture_rmdir(dir);
		cr_skip_test("cannot make a de_DE.UTF-8 locale with localedef");
	}
	char buf[32];
	snprintf(buf, sizeof buf, "%.1f", 2.5);
	cr_assert_str_eq(buf, "2,5", "the locale is in force");
	double v = 0;
	cr_assert(parse_decimal("2.5", 1, 100, &v));
	cr_assert(v == 2.5);
	cr_assert_not(parse_decimal("2,5", 1, 100, &v));
	expect_real(2.5, "2.5");
	expect_real(2.2, "2.2");
	cr_assert(c_strtod("2.5", NULL) == 2.5);
	setlocale(LC_NUMERIC, "C");
	fixture_rmdir(dir);
}
