/* test_util.c - allocation helpers, diagnostics, strings, UTF-8 */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

Test(util, status_table_maps_exit_codes)
{
	cr_assert_eq(lb_status_exit(LB_OK), 0);
	cr_assert_eq(lb_status_exit(LB_INVALID), 2);
	cr_assert_eq(lb_status_exit(LB_USAGE), 2);
	cr_assert_eq(lb_status_exit(LB_IO), 1);
	cr_assert_eq(lb_status_exit(LB_DB), 1);
	cr_assert_str_eq(lb_status_str(LB_IO), "input/output error");
}

Test(util, parse_uint_is_strict)
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

Test(util, utf8_validation_finds_the_bad_byte)
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

Test(util, utf8_width_counts_columns)
{
	cr_assert_eq(utf8_width("abc"), 3);
	cr_assert_eq(utf8_width("caf\xc3\xa9"), 4);
	cr_assert_eq(utf8_width("\xe6\x97\xa5\xe6\x9c\xac"), 4, "two wide CJK characters");
	cr_assert_eq(utf8_width("e\xcc\x81"), 1, "combining accent has no width");
	cr_assert_eq(utf8_width("a\nb"), -1, "control characters are not text");
	cr_assert_eq(utf8_width("\xff"), -1);
}

Test(util, utf8_fit_never_cuts_a_character)
{
	cr_assert_eq(utf8_fit("abcdef", 3), 3);
	cr_assert_eq(utf8_fit("\xc3\xa9\xc3\xa9\xc3\xa9", 2), 4);
	cr_assert_eq(utf8_fit("\xe6\x97\xa5\xe6\x9c\xac", 3), 3, "a wide char that does not fit stays out");
	cr_assert_eq(utf8_fit("ab", 10), 2);
}

Test(util, utf8_wrap_breaks_at_spaces)
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

Test(util, suggest_finds_close_words_only)
{
	const char *words[] = {"glutes", "hips", "hamstrings", "lower-back"};
	cr_assert_str_eq(str_suggest("glute", words, 4), "glutes");
	cr_assert_str_eq(str_suggest("lowerback", words, 4), "lower-back");
	cr_assert_null(str_suggest("shoulder", words, 4));
	cr_assert_null(str_suggest("hips", words, 4), "an exact word needs no suggestion");
	cr_assert_eq(str_distance("kitten", "sitting"), 3);
}

Test(util, diags_format_and_sort)
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

Test(util, strbuf_and_arena)
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

	struct arena a = {0};
	char *big = arena_alloc(&a, 200000);
	memset(big, 'x', 200000);
	char *t = arena_strdup(&a, "hold");
	cr_assert_str_eq(t, "hold");
	for (int i = 0; i < 10000; i++)
		cr_assert_not_null(arena_alloc(&a, 24));
	arena_free(&a);
	cr_assert_null(a.head);
}
