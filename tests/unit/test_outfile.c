/* SPDX-License-Identifier: ISC */
/* test_outfile.c - files written whole or not at all; FIFOs and devices written into, never replaced */
#include "config.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/outfile.h"
#include "base/xalloc.h"
#include "fixture.h"

static char *tmp;
static struct diags err;

static void setup(void)
{
	tmp = fixture_tmpdir("outfile");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	diags_free(&err);
}

TestSuite(outfile, .init = setup, .fini = teardown);

/* Files in tmp, "." and ".." aside. */
static int entries(void)
{
	char *cmd = xasprintf("ls -A '%s' | wc -l", tmp);
	FILE *p = popen(cmd, "r");
	int n = -1;
	cr_assert_eq(fscanf(p, "%d", &n), 1);
	pclose(p);
	free(cmd);
	return n;
}

Test(outfile, a_new_file_appears_whole_and_private)
{
	umask(022);
	char *path = xasprintf("%s/out.csv", tmp);
	struct outfile o;
	cr_assert_eq(outfile_open(&o, path, &err), LB_OK);
	cr_assert_not_null(o.tmp);
	fputs("half", o.f);
	cr_assert_eq(access(path, F_OK), -1, "nothing at the name before it is whole");
	cr_assert_eq(outfile_close(&o, true, &err), LB_OK);
	cr_assert_str_eq(fixture_read_file(path, NULL), "half");
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0600);
	cr_assert_eq(entries(), 1, "no temporary file left");
	free(path);
}

Test(outfile, a_failed_write_keeps_the_old_file)
{
	char *path = xasprintf("%s/out.csv", tmp);
	fixture_write_file(path, "old", 3);
	struct outfile o;
	cr_assert_eq(outfile_open(&o, path, &err), LB_OK);
	fputs("new but broken", o.f);
	cr_assert_eq(outfile_close(&o, false, &err), LB_IO);
	cr_assert_str_eq(fixture_read_file(path, NULL), "old");
	cr_assert_eq(entries(), 1);
	free(path);
}

Test(outfile, a_fifo_is_written_into_not_replaced)
{
	char *path = xasprintf("%s/pipe", tmp);
	cr_assert_eq(mkfifo(path, 0600), 0);
	int rd = open(path, O_RDONLY | O_NONBLOCK);
	cr_assert_geq(rd, 0);
	struct outfile o;
	cr_assert_eq(outfile_open(&o, path, &err), LB_OK);
	cr_assert_null(o.tmp, "written directly");
	fputs("through", o.f);
	cr_assert_eq(outfile_close(&o, true, &err), LB_OK);
	char buf[16] = {0};
	cr_assert_eq(read(rd, buf, sizeof buf - 1), 7);
	cr_assert_str_eq(buf, "through");
	close(rd);
	struct stat st;
	cr_assert_eq(lstat(path, &st), 0);
	cr_assert(S_ISFIFO(st.st_mode), "still a FIFO");
	free(path);
}

Test(outfile, dev_null_stays_a_device)
{
	struct outfile o;
	cr_assert_eq(outfile_open(&o, "/dev/null", &err), LB_OK);
	cr_assert_null(o.tmp);
	fputs("gone", o.f);
	cr_assert_eq(outfile_close(&o, true, &err), LB_OK);
	struct stat st;
	cr_assert_eq(stat("/dev/null", &st), 0);
	cr_assert(S_ISCHR(st.st_mode));
}

Test(outfile, a_link_is_followed_not_replaced)
{
	char *real = xasprintf("%s/real.csv", tmp), *link = xasprintf("%s/link.csv", tmp);
	fixture_write_file(real, "old", 3);
	cr_assert_eq(symlink(real, link), 0);
	struct outfile o;
	cr_assert_eq(outfile_open(&o, link, &err), LB_OK);
	fputs("new", o.f);
	cr_assert_eq(outfile_close(&o, true, &err), LB_OK);
	struct stat st;
	cr_assert_eq(lstat(link, &st), 0);
	cr_assert(S_ISLNK(st.st_mode), "the link is still a link");
	cr_assert_str_eq(fixture_read_file(real, NULL), "new");
	free(real);
	free(link);
}

Test(outfile, a_killed_writers_file_is_removed_next_time)
{
	char *path = xasprintf("%s/out.csv", tmp);
	char *stale = xasprintf("%s/.out.csv.limber-AbC123", tmp);
	fixture_write_file(stale, "half", 4);
	/* One still being written (its writer holds the lock) stays. */
	char *live = xasprintf("%s/.out.csv.limber-LiVe99", tmp);
	fixture_write_file(live, "busy", 4);
	int fd = open(live, O_RDONLY);
	cr_assert_eq(flock(fd, LOCK_EX), 0);
	if (fork() == 0) {
		struct outfile o;
		struct diags e = {0};
		_exit(outfile_open(&o, path, &e) == LB_OK && outfile_close(&o, true, &e) == LB_OK ? 0
												    : 1);
	}
	int status;
	wait(&status);
	cr_assert_eq(WEXITSTATUS(status), 0);
	cr_assert_eq(access(stale, F_OK), -1, "the stale file is gone");
	cr_assert_eq(access(live, F_OK), 0, "the live one stays");
	close(fd);
	free(path);
	free(stale);
	free(live);
}
