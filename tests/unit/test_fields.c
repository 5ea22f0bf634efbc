/* SPDX-License-Identifier: ISC */
/* test_fields.c - the diary's field table and vocabularies */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "diary/fields.h"

Test(fields, numbers_are_checked_against_the_table)
{
	int v = -1;
	char *err = NULL;
	cr_assert(field_parse_number(F_BACK, "0", &v, &err));
	cr_assert_eq(v, 0);
	cr_assert(field_parse_number(F_LEG, "10", &v, &err));
	cr_assert_eq(v, 10);
	cr_assert(field_parse_number(F_SLEEP, "05", &v, &err), "people type 05");
	cr_assert_eq(v, 5);
	cr_assert_not(field_parse_number(F_BACK, "12", &v, &err));
	cr_assert_str_eq(err, "--back: must be 0..10, got 12");
	free(err);
	cr_assert_not(field_parse_number(F_SITTING, "1441", &v, &err));
	cr_assert_str_eq(err, "--sitting: must be 0..1440 minutes, got 1441");
	free(err);
	cr_assert_not(field_parse_number(F_LEG, "five", &v, &err));
	cr_assert(strstr(err, "--leg: must be 0..10, got five"), "%s", err);
	free(err);
	cr_assert_not(field_parse_number(F_LEG, "-1", &v, &err));
	free(err);
	cr_assert_not(field_parse_number(F_LEG, "", &v, &err));
	free(err);
}

Test(fields, lists_map_to_masks_with_suggestions)
{
	unsigned m = 0;
	char *err = NULL;
	cr_assert(field_parse_list(&field_locations, "--where", "buttock-left,thigh-left", &m, &err));
	cr_assert_eq(m, (1u << LOC_BUTTOCK_LEFT) | (1u << LOC_THIGH_LEFT));
	cr_assert(field_parse_list(&field_symptoms, "--symptoms", "tingling, numbness", &m, &err));
	cr_assert_eq(m, (1u << SYM_TINGLING) | (1u << SYM_NUMBNESS));
	cr_assert_not(field_parse_list(&field_locations, "--where", "lower-back,buttok-left", &m,
				       &err));
	cr_assert(strstr(err, "--where: unknown location 'buttok-left' (did you mean "
			      "'buttock-left'?); allowed: lower-back, buttock-left"),
		  "%s", err);
	free(err);
	cr_assert_not(field_parse_list(&field_flags, "--flag", "everything", &m, &err));
	cr_assert(strstr(err, "unknown red flag 'everything'"), "%s", err);
	free(err);
	char *t = field_list_text(&field_symptoms, (1u << SYM_BURNING) | (1u << SYM_STIFFNESS), ",");
	cr_assert_str_eq(t, "burning,stiffness");
	free(t);
	t = field_list_text(&field_symptoms, 0, ",");
	cr_assert_str_eq(t, "");
	free(t);
}

Test(fields, text_is_utf8_without_controls_and_bounded)
{
	char *err = NULL;
	cr_assert(field_check_text(F_NOTE, "worse after the drive\nbetter by noon", &err));
	cr_assert(field_check_text(F_NOTE, "caf\xc3\xa9", &err));
	cr_assert_not(field_check_text(F_NOTE, "caf\xe9", &err));
	cr_assert(strstr(err, "--note: not valid UTF-8"), "%s", err);
	free(err);
	cr_assert_not(field_check_text(F_MEDS, "a\x1b[31mred", &err));
	cr_assert(strstr(err, "control characters"), "%s", err);
	free(err);
	/* 2,000 characters is the limit, counted in characters, not bytes. */
	char *big = xmalloc(2 * 2001 + 1);
	for (int i = 0; i < 2000; i++)
		memcpy(big + 2 * i, "\xc3\xa9", 2);
	big[4000] = '\0';
	cr_assert(field_check_text(F_NOTE, big, &err), "2,000 two-byte characters fit");
	memcpy(big + 4000, "\xc3\xa9", 3);
	cr_assert_not(field_check_text(F_NOTE, big, &err));
	cr_assert(strstr(err, "at most 2000 characters, got 2001"), "%s", err);
	free(err);
	free(big);
}

Test(fields, vocabularies_are_complete)
{
	cr_assert_eq(field_locations.count, 9);
	cr_assert_eq(field_symptoms.count, 6);
	cr_assert_eq(field_flags.count, 5);
	cr_assert_eq(field_word(&field_flags, "saddle-numbness"), FLAG_SADDLE);
	cr_assert_eq(field_word(&field_locations, "knee"), -1);
}

Test(fields, scales_name_their_ends)
{
	const char *low = NULL, *high = NULL;
	cr_assert(field_scale_ends(F_BACK, &low, &high));
	cr_assert_str_eq(low, "none");
	cr_assert_str_eq(high, "worst imaginable");
	cr_assert(field_scale_ends(F_LEG, &low, &high));
	cr_assert(field_scale_ends(F_SLEEP, &low, &high));
	cr_assert_str_eq(high, "very good");
	cr_assert_not(field_scale_ends(F_SITTING, &low, &high), "minutes are no scale");
}
