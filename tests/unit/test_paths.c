/* SPDX-License-Identifier: ISC */
/* test_paths.c - XDG directories and private directory creation */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/paths.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"

static char *tmp;

static void setup(void)
{
	tmp = fixture_tmpdir("paths");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
}

TestSuite(paths, .init = setup, .fini = teardown);

Test(paths, xdg_variables_win_when_absolute)
{
	setenv("HOME", "/home/u", 1);
	setenv("XDG_CONFIG_HOME", "/cfg", 1);
	setenv("XDG_DATA_HOME", "/data", 1);
	char *c = paths_config_dir(), *d = paths_data_dir();
	cr_assert_str_eq(c, "/cfg/limber");
	cr_assert_str_eq(d, "/data/limber");
	free(c);
	free(d);
	setenv("XDG_CONFIG_HOME", "relative/path", 1);
	unsetenv("XDG_DATA_HOME");
	c = paths_config_dir();
	d = paths_data_dir();
	cr_assert_str_eq(c, "/home/u/.config/limber", "a relative XDG path is ignored (the spec)");
	cr_assert_str_eq(d, "/home/u/.local/share/limber");
	free(c);
	free(d);
	unsetenv("HOME");
	unsetenv("XDG_CONFIG_HOME");
	cr_assert_null(paths_config_dir());
}

Test(paths, private_dir_is_0700_whatever_the_umask)
{
	umask(0);
	char *dir = xasprintf("%s/a/b/limber", tmp);
	struct diags d = {0};
	int tightened = -1;
	cr_assert_eq(paths_make_private_dir(dir, &tightened, &d), LB_OK);
	struct stat st;
	cr_assert_eq(stat(dir, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0700);
	cr_assert_eq(tightened, 0);
	/* An existing, looser directory is tightened and says so. */
	chmod(dir, 0755);
	cr_assert_eq(paths_make_private_dir(dir, &tightened, &d), LB_OK);
	cr_assert_eq(stat(dir, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0700);
	cr_assert_eq(tightened, 1);
	free(dir);
	diags_free(&d);
}

Test(paths, a_file_in_the_way_is_reported)
{
	char *file = xasprintf("%s/file", tmp);
	fixture_write_file(file, "", 0);
	char *dir = xasprintf("%s/file/limber", tmp);
	struct diags d = {0};
	cr_assert_eq(paths_make_private_dir(dir, NULL, &d), LB_IO);
	cr_assert_eq(d.n, 1);
	cr_assert(strstr(d.v[0].msg, "cannot create directory"), "%s", d.v[0].msg);
	free(file);
	free(dir);
	diags_free(&d);
}

Test(paths, shipped_routines_outside_the_build_tree)
{
	/* This test binary lives in tests/unit/, not the build tree's top: installed layout. */
	char *p = paths_shipped_routines();
	cr_assert_str_eq(p, LIMBER_PKGDATADIR "/routines");
	free(p);
}

Test(paths, the_build_tree_marker_names_the_tree_routines)
{
	char *marker = xasprintf("%s/" PATHS_TREE_MARKER, tmp);
	cr_assert_null(paths_tree_routines(tmp), "no marker, no tree");
	fixture_write_file(marker, "/src/limber-0.1\n", 16);
	char *p = paths_tree_routines(tmp);
	cr_assert_str_eq(p, "/src/limber-0.1/routines");
	free(p);
	/* A relative or empty line is no tree: the binary falls back to pkgdatadir. */
	fixture_write_file(marker, "src\n", 4);
	cr_assert_null(paths_tree_routines(tmp));
	fixture_write_file(marker, "", 0);
	cr_assert_null(paths_tree_routines(tmp));
	free(marker);
}
