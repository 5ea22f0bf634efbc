/* SPDX-License-Identifier: ISC */
/* fixture.c - what the unit tests share: a temporary directory, an open diary, local times */
#include "config.h"

#include "fixture.h"

#include <criterion/criterion.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *fixture_tmpdir(const char *name)
{
	const char *base = getenv("TMPDIR");
	if (!base || base[0] != '/')
		base = "/tmp";
	char *dir = NULL;
	cr_assert_geq(asprintf(&dir, "%s/limber-test-%s-XXXXXX", base, name), 0);
	cr_assert_not_null(mkdtemp(dir), "cannot make a directory like %s", dir);
	return dir;
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	(void)type;
	(void)ftw;
	cr_expect_eq(remove(path), 0, "cannot remove %s", path);
	return 0;
}

void fixture_rmdir(char *dir)
{
	if (!dir)
		return;
	/* Depth first, so a directory is empty when its turn comes; never follow links. */
	cr_expect_eq(nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS), 0, "cannot walk %s", dir);
	free(dir);
}

struct diary *fixture_diary(const char *dir, struct diags *warn, struct diags *err)
{
	struct diary *db = NULL;
	enum lb_status st = diary_open(&db, dir, DIARY_CREATE, warn, err);
	cr_assert_eq(st, LB_OK, "cannot open a diary in %s: %s", dir,
		     err->n ? err->v[err->n - 1].msg : "no message");
	return db;
}

void fixture_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

time_t fixture_local(int year, int month, int day, int hour, int min)
{
	struct tm tm = {0};
	tm.tm_year = year - 1900;
	tm.tm_mon = month - 1;
	tm.tm_mday = day;
	tm.tm_hour = hour;
	tm.tm_min = min;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

void fixture_write_file(const char *path, const char *bytes, size_t n)
{
	FILE *f = fopen(path, "wb");
	cr_assert_not_null(f, "cannot create %s", path);
	cr_assert_eq(fwrite(bytes, 1, n, f), n, "cannot write %s", path);
	cr_assert_eq(fclose(f), 0, "cannot write %s", path);
}

char *fixture_read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f, "missing %s", path);
	size_t len = 0, cap = 4096;
	char *buf = malloc(cap);
	cr_assert_not_null(buf);
	size_t got;
	while ((got = fread(buf + len, 1, cap - len - 1, f)) > 0) {
		len += got;
		if (cap - len - 1 == 0) {
			cap *= 2;
			buf = realloc(buf, cap);
			cr_assert_not_null(buf);
		}
	}
	cr_assert_not(ferror(f), "cannot read %s", path);
	fclose(f);
	buf[len] = '\0';
	if (n)
		*n = len;
	return buf;
}

void fixture_library(struct library *lib, const char *dir)
{
	library_init(lib);
	cr_assert_eq(library_add_dir(lib, dir, true), LB_OK, "cannot read %s", dir);
	library_finish(lib);
	for (size_t i = 0; i < lib->problems.n; i++)
		cr_log_error("%s:%d: %s", lib->problems.v[i].file, lib->problems.v[i].line,
			     lib->problems.v[i].msg);
	cr_assert_eq(lib->problems.n, 0, "the routines in %s load cleanly", dir);
}

static bool ends_with(const char *s, const char *suffix)
{
	if (!s)
		return false;
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

bool fixture_has_diag(const struct diags *d, const char *suffix, int line, const char *what)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		if ((!suffix || ends_with(g->file, suffix)) && g->line == line &&
		    strstr(g->msg, what))
			return true;
	}
	for (size_t i = 0; i < d->n; i++)
		cr_log_info("%s:%d: %s", d->v[i].file ? d->v[i].file : "", d->v[i].line,
			    d->v[i].msg);
	return false;
}
