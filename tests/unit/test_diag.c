/* SPDX-License-Identifier: ISC */
/* test_diag.c - the list of problems found in an input */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>

#include "base/diag.h"

Test(diag, diags_format_and_sort)
{
	struct diags d = {0};
	diags_add(&d, "b.conf", 9, "late");
	diags_add(&d, "a.conf", 3, "first of a");
	diags_add(&d, "b.conf", 2, "early");
	diags_add(&d, NULL, 0, "plain");
	diags_sort(&d);
	cr_assert_str_eq(d.v[0].msg, "early");
	cr_assert_str_eq(d.v[1].msg, "late");
	cr_assert_str_eq(d.v[2].msg, "first of a");
	char *s = diag_format(&d.v[0]);
	cr_assert_str_eq(s, "b.conf:2: early");
	free(s);
	s = diag_format(&d.v[3]);
	cr_assert_str_eq(s, "plain");
	free(s);
	cr_assert_eq(diags_count_file(&d, "b.conf"), 2);
	struct diags e = {0};
	diags_add(&e, "c.conf", 0, "whole file");
	diags_move(&d, &e);
	cr_assert_eq(d.n, 5);
	cr_assert_eq(e.n, 0);
	s = diag_format(&d.v[4]);
	cr_assert_str_eq(s, "c.conf: whole file");
	free(s);
	diags_free(&d);
}
