/* SPDX-License-Identifier: ISC */
/* test_cfgfile.c - the text checks and scanner in front of libconfuse */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "base/cfgfile.h"
#include "base/diag.h"
#include "base/status.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "fixture.h"

static cfg_opt_t item_opts[] = {
	CFG_STR("name", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("tags", NULL, CFGF_NODEFAULT),
	CFG_END(),
};

static cfg_opt_t opts[] = {
	CFG_SEC("item", item_opts, CFGF_MULTI | CFGF_TITLE),
	CFG_STR("top", NULL, CFGF_NODEFAULT),
	CFG_END(),
};

static struct cfgfile cf;
static struct diags d;

static void teardown(void)
{
	cfgfile_free(&cf);
	diags_free(&d);
}

static enum lb_status load(const char *text)
{
	return cfgfile_load_buf(&cf, "t.conf", text, strlen(text), opts, &d);
}

/* Asserts that the problems include one at LINE containing WHAT. */
static void expect(int line, const char *what)
{
	if (!fixture_has_diag(&d, NULL, line, what))
		cr_assert_fail("no problem on line %d containing '%s'", line, what);
}

TestSuite(cfgfile, .fini = teardown);

Test(cfgfile, lines_stay_true_after_comments)
{
	/* libconfuse 3.3 alone reports line 6 for the key on line 4 here. */
	cr_assert_eq(load("# one\n"
			  "// two\n"
			  "/* three\n   four */ item \"a\" {\n"
			  "  name = \"x\"   # trailing\n"
			  "}\n"),
		     LB_OK);
	cr_assert_eq(d.n, 0);
	cr_assert_eq(cfg_size(cf.cfg, "item"), 1);
	cfg_t *sec = cfg_getnsec(cf.cfg, "item", 0);
	const struct cfgfile_section *s = cfgfile_section(&cf, sec);
	cr_assert_str_eq(s->id, "a");
	cr_assert_eq(s->line, 4);
	cr_assert_eq(cfgfile_key_line(s, "name"), 5);
	cr_assert_str_eq(cfg_getstr(sec, "name"), "x");
}

Test(cfgfile, comments_inside_lists_are_fine)
{
	cr_assert_eq(load("item \"a\" {\n tags = {\"x\", # first\n \"y\" // second\n }\n}\n"), LB_OK);
	cfg_t *sec = cfg_getnsec(cf.cfg, "item", 0);
	cr_assert_eq(cfg_size(sec, "tags"), 2);
	cr_assert_str_eq(cfg_getnstr(sec, "tags", 1), "y");
}

Test(cfgfile, hash_inside_a_string_is_not_a_comment)
{
	cr_assert_eq(load("top = \"a # b // c\"\n"), LB_OK);
	cr_assert_str_eq(cfg_getstr(cf.cfg, "top"), "a # b // c");
}

Test(cfgfile, same_titles_stay_separate)
{
	cr_assert_eq(load("item \"a\" { name = \"1\" }\nitem \"a\" { name = \"2\" }\n"), LB_OK);
	cr_assert_eq(cfg_size(cf.cfg, "item"), 2, "libconfuse would merge them");
	const struct cfgfile_section *s = cfgfile_section(&cf, cfg_getnsec(cf.cfg, "item", 1));
	cr_assert_eq(s->line, 2);
	cr_assert_str_eq(s->id, "a");
}

Test(cfgfile, long_titles_in_long_files_are_retitled)
{
	/* Single-letter bare titles are shorter than their index beyond 9 sections. */
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < 150; i++)
		sb_addf(&b, "item %c { name = \"n%d\" }\n", 'a' + i % 26, i);
	cr_assert_eq(load(b.s), LB_OK);
	sb_free(&b);
	cr_assert_eq(cfg_size(cf.cfg, "item"), 150);
	cfg_t *last = cfg_getnsec(cf.cfg, "item", 149);
	cr_assert_str_eq(cfg_getstr(last, "name"), "n149");
	cr_assert_eq(cfgfile_section(&cf, last)->line, 150);
}

Test(cfgfile, unknown_keys_and_sections_are_all_reported)
{
	cr_assert_eq(load("item \"a\" {\n  nmae = \"x\"\n  tags = {\"t\"}\n}\n"
			  "iteem \"b\" {\n  name = \"y\"\n}\n"
			  "colour = {\"red\", \"blue\"}\n"),
		     LB_OK);
	expect(2, "unknown key 'nmae' in item (did you mean 'name'?)");
	expect(5, "unknown section 'iteem' (did you mean 'item'?)");
	expect(8, "unknown key 'colour'");
	cr_assert_eq(d.n, 3);
	cr_assert_eq(cfg_size(cf.cfg, "item"), 1, "the unknown section was left out");
}

Test(cfgfile, repeated_key_and_trailing_comma)
{
	load("item \"a\" {\n name = \"x\"\n name = \"y\"\n tags = {\"a\",}\n}\n");
	expect(3, "'name' is given twice (first on line 2)");
	expect(4, "a comma ends the list");
}

Test(cfgfile, unclosed_things_are_named_where_they_open)
{
	cr_assert_eq(load("item \"a\" {\n name = \"x\"\n"), LB_INVALID);
	expect(1, "'item' section is never closed");
	cfgfile_free(&cf);
	diags_free(&d);
	cr_assert_eq(load("top = \"abc\n\n"), LB_INVALID);
	expect(1, "string is never closed");
	cfgfile_free(&cf);
	diags_free(&d);
	cr_assert_eq(load("\n/* open\n"), LB_INVALID);
	expect(2, "comment '/*' is never closed");
	cfgfile_free(&cf);
	diags_free(&d);
	cr_assert_eq(load("top = \"a\"\n}\n"), LB_INVALID);
	expect(2, "'}' closes no section");
}

Test(cfgfile, syntax_errors_carry_their_line)
{
	cr_assert_eq(load("item \"a\" {\n\n name \"x\"\n}\n"), LB_INVALID);
	cr_assert_geq(d.n, 1);
	cr_assert_eq(d.v[0].line, 3);
}

Test(cfgfile, binary_and_bad_encoding_never_reach_the_parser)
{
	const char bin[] = "top = \"a\"\n\x01\x02\x03\n";
	cr_assert_eq(cfgfile_load_buf(&cf, "t.conf", bin, sizeof bin - 1, opts, &d), LB_INVALID);
	expect(2, "control byte 0x01");
	cfgfile_free(&cf);
	diags_free(&d);
	const char nul[] = "top = \"a\0b\"\n";
	cr_assert_eq(cfgfile_load_buf(&cf, "t.conf", nul, sizeof nul - 1, opts, &d), LB_INVALID);
	expect(1, "control byte 0x00");
	cfgfile_free(&cf);
	diags_free(&d);
	cr_assert_eq(load("\n\ntop = \"caf\xe9\"\n"), LB_INVALID);
	expect(3, "invalid UTF-8");
}

Test(cfgfile, enormous_lines_and_files_are_refused)
{
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, "top = \"");
	for (int i = 0; i < CFGFILE_MAX_LINE; i++)
		sb_addc(&b, 'x');
	sb_adds(&b, "\"\n");
	cr_assert_eq(load(b.s), LB_INVALID);
	expect(1, "the limit is 4096");
	sb_free(&b);
	cfgfile_free(&cf);
	diags_free(&d);
	char *huge = xmalloc(CFGFILE_MAX_BYTES + 2);
	memset(huge, '\n', CFGFILE_MAX_BYTES + 1);
	huge[CFGFILE_MAX_BYTES + 1] = '\0';
	cr_assert_eq(load(huge), LB_INVALID);
	expect(0, "the limit is 1048576");
	free(huge);
}

Test(cfgfile, garbage_is_reported_not_crashed_on)
{
	/* A stable pseudo-random byte soup: whatever it is, the answer is a diagnosis. */
	unsigned x = 12345;
	char buf[4096];
	for (int round = 0; round < 50; round++) {
		for (size_t i = 0; i < sizeof buf - 1; i++) {
			x = x * 1103515245u + 12345u;
			buf[i] = " \n{}=\",#/*abc"[(x >> 16) % 13];
		}
		buf[sizeof buf - 1] = '\0';
		enum lb_status st = load(buf);
		cr_assert(st == LB_OK || d.n > 0, "a failure always says why");
		cfgfile_free(&cf);
		diags_free(&d);
	}
}

Test(cfgfile, missing_file_is_an_io_error)
{
	cr_assert_eq(cfgfile_load(&cf, "/nonexistent/limber.conf", opts, &d), LB_IO);
	expect(0, "cannot open");
}
