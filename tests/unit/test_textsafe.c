/* SPDX-License-Identifier: ISC */
/* test_textsafe.c - nothing from a file drives the terminal */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "base/textsafe.h"
#include "base/xalloc.h"

static void shows(const char *in, unsigned flags, const char *want)
{
	char *got = textsafe(in, flags);
	cr_assert_str_eq(got, want);
	free(got);
}

Test(textsafe, plain_text_and_any_script_pass_unchanged)
{
	shows("Knee to chest", 0, "Knee to chest");
	shows("膝を胸に · Γόνατο — ok", 0, "膝を胸に · Γόνατο — ok");
	shows("", 0, "");
	shows(NULL, 0, "");
	cr_assert_eq(textsafe_find("Knee — ok", strlen("Knee — ok"), 0), -1);
}

Test(textsafe, terminal_sequences_are_made_visible)
{
	/* A window title, a clear screen, a bell, backspaces and a carriage return. */
	shows("a\x1b]0;pwned\x07" "b\x1b[2Jc\b\bd\re", 0,
	      "a\\x1b]0;pwned\\x07b\\x1b[2Jc\\x08\\x08d\\x0de");
	shows("del\x7f", 0, "del\\x7f");
	/* C1: U+009B is a one-character CSI on some terminals. */
	shows("c1\xc2\x9b" "2J", 0, "c1\\u009b2J");
	/* A right-to-left override that would reverse what follows. */
	shows("abc\xe2\x80\xae" "fed", 0, "abc\\u202efed");
	shows("\xe2\x81\xa6isolate\xe2\x81\xa9", 0, "\\u2066isolate\\u2069");
}

Test(textsafe, newlines_and_tabs_only_in_lines_mode)
{
	shows("one\ntwo\tthree", TEXTSAFE_LINES, "one\ntwo\tthree");
	shows("one\ntwo\tthree", 0, "one\\x0atwo\\x09three");
	shows("one\x1b\n", TEXTSAFE_LINES, "one\\x1b\n");
}

Test(textsafe, bytes_that_are_not_utf8_are_shown_as_bytes)
{
	shows("bad\xff\xfe end", 0, "bad\\xff\\xfe end");
	shows("half\xe2\x80", 0, "half\\xe2\\x80");
	shows("overlong\xc0\xaf", 0, "overlong\\xc0\\xaf");
	shows("surrogate\xed\xa0\x80", 0, "surrogate\\xed\\xa0\\x80");
}

Test(textsafe, find_gives_the_first_offending_byte)
{
	const char *s = "ok\xe2\x80\xae no";
	cr_assert_eq(textsafe_find(s, strlen(s), 0), 2);
	cr_assert_eq(textsafe_find("a\nb", 3, 0), 1);
	cr_assert_eq(textsafe_find("a\nb", 3, TEXTSAFE_LINES), -1);
	cr_assert_eq(textsafe_find("x\xff", 2, 0), 1);
}

/* The one check of routine and imported text: every bidi control, and invisible format characters. */
Test(textsafe, why_names_bidi_and_invisible_characters)
{
	static const char *const bidi[] = {"\xd8\x9c", "\xe2\x80\x8e", "\xe2\x80\x8f",
					   "\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac",
					   "\xe2\x80\xad", "\xe2\x80\xae", "\xe2\x81\xa6",
					   "\xe2\x81\xa7", "\xe2\x81\xa8", "\xe2\x81\xa9"};
	for (size_t i = 0; i < sizeof bidi / sizeof bidi[0]; i++) {
		char *s = xasprintf("ab%scd", bidi[i]);
		char *why = textsafe_why(s, 0);
		cr_assert_not_null(why, "bidi control %zu accepted", i);
		cr_assert(strstr(why, "bidirectional control U+") && strstr(why, "(byte 3)"), "%s", why);
		free(why);
		free(s);
	}
	static const char *const invisible[] = {"\xe2\x80\x8b", "\xe2\x81\xa0", "\xef\xbb\xbf",
						"\xc2\xad", "\xe2\x80\xa8"};
	for (size_t i = 0; i < sizeof invisible / sizeof invisible[0]; i++) {
		char *s = xasprintf("x%s", invisible[i]);
		char *why = textsafe_why(s, TEXTSAFE_LINES);
		cr_assert_not_null(why, "invisible character %zu accepted", i);
		cr_assert(strstr(why, "invisible format character U+"), "%s", why);
		free(why);
		free(s);
	}
	cr_assert_null(textsafe_why("Persian \xe2\x80\x8c and \xf0\x9f\x91\xa9\xe2\x80\x8d\xe2\x9a\x95", 0),
		       "the joiners stay");
	char *why = textsafe_why("bad \xff", 0);
	cr_assert_str_eq(why, "not valid UTF-8 (byte 5)");
	free(why);
	char *shown = textsafe("a\xe2\x80\x8b" "b", 0);
	cr_assert_str_eq(shown, "a\\u200bb", "shown in the visible escape");
	free(shown);
}
