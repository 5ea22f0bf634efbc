/* SPDX-License-Identifier: ISC */
/* test_cfgfile_text.c - reading a configuration file's raw text within limits */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/cfgfile_text.h"
#include "base/diag.h"
#include "base/status.h"

static struct diags d;

static void teardown(void)
{
	diags_free(&d);
}

TestSuite(cfgfile_text, .fini = teardown);

Test(cfgfile_text, reads_a_file_whole)
{
	char path[] = "/tmp/limber-cfgtext-XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	const char text[] = "a = 1\nb = \"two\"\n";
	cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	char *buf = NULL;
	size_t n = 0;
	enum lb_status st = cfgfile_text_read(path, &buf, &n, &d);
	unlink(path);
	cr_assert_eq(st, LB_OK);
	cr_assert_eq(n, strlen(text));
	cr_assert_str_eq(buf, text);
	cr_assert(cfgfile_text_check(path, buf, n, &d));
	cr_assert_eq(d.n, 0);
	free(buf);
}

Test(cfgfile_text, refuses_a_directory_reads_a_device)
{
	char *buf = NULL;
	size_t n = 0;
	cr_assert_eq(cfgfile_text_read("/tmp", &buf, &n, &d), LB_IO);
	cr_assert_str_eq(d.v[0].msg, "not a regular file");
	cr_assert_eq(cfgfile_text_read("/nonexistent/limber.conf", &buf, &n, &d), LB_IO);
	cr_assert_eq(strncmp(d.v[1].msg, "cannot open: ", 13), 0);
	cr_assert_null(buf);
	/* A character device is read to its end: /dev/null is empty text. */
	cr_assert_eq(cfgfile_text_read("/dev/null", &buf, &n, &d), LB_OK);
	cr_assert_eq(n, 0);
	cr_assert_str_eq(buf, "");
	free(buf);
}

Test(cfgfile_text, finds_each_kind_of_bad_text)
{
	cr_assert_not(cfgfile_text_check("t", "ok\nbell\a\n", 8, &d));
	cr_assert_str_eq(d.v[0].msg, "not text: control byte 0x07 at column 5");
	cr_assert_eq(d.v[0].line, 2);
	cr_assert_not(cfgfile_text_check("t", "caf\xe9\n", 5, &d));
	cr_assert_str_eq(d.v[1].msg, "invalid UTF-8 (byte 0xe9 at column 4)");
	cr_assert_not(cfgfile_text_check("t", "x", CFGFILE_MAX_BYTES + 1, &d),
		      "the size is judged before the bytes are read");
	cr_assert_eq(strncmp(d.v[2].msg, "file is ", 8), 0);
}
