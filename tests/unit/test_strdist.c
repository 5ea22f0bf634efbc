/* SPDX-License-Identifier: ISC */
/* test_strdist.c - edit distance and "did you mean" */
#include "config.h"

#include <criterion/criterion.h>

#include "base/strdist.h"

Test(strdist, suggest_finds_close_words_only)
{
	const char *words[] = {"glutes", "hips", "hamstrings", "lower-back"};
	cr_assert_str_eq(str_suggest("glute", words, 4), "glutes");
	cr_assert_str_eq(str_suggest("lowerback", words, 4), "lower-back");
	cr_assert_null(str_suggest("shoulder", words, 4));
	cr_assert_null(str_suggest("hips", words, 4), "an exact word needs no suggestion");
	cr_assert_eq(str_distance("kitten", "sitting"), 3);
}
