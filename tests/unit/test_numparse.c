/* test_numparse.c - strict number parsing */
#include "config.h"

#include <criterion/criterion.h>

#include "numparse.h"

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
