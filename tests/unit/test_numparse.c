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
