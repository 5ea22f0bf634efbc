/* SPDX-License-Identifier: ISC */
/* test_strbuf.c - the growable string */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

Test(strbuf, grows_and_gives_its_text_away)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < 1000; i++)
		sb_addf(&b, "%d,", i % 10);
	cr_assert_eq(b.len, 2000);
	char *s = sb_steal(&b);
	cr_assert_eq(strncmp(s, "0,1,2,", 6), 0);
	free(s);
	cr_assert_null(b.s);
}

Test(strbuf, stays_terminated_and_steals_empty)
{
	struct strbuf b;
	sb_init(&b);
	char *s = sb_steal(&b);
	cr_assert_str_eq(s, "", "an untouched buffer gives an empty string, not NULL");
	free(s);
	sb_addn(&b, "abcdef", 3);
	sb_addc(&b, '-');
	sb_adds(&b, "xy");
	cr_assert_eq(b.len, 6);
	cr_assert_str_eq(b.s, "abc-xy");
	sb_free(&b);
	cr_assert_null(b.s);
	cr_assert_eq(b.len, 0);
}
