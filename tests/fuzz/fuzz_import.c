/* SPDX-License-Identifier: ISC */
/* fuzz_import.c - the import targets' shared driver */
#include "config.h"

#include "fuzz_import.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "diary/diary.h"
#include "formats/export.h"

static struct diary *db;
static char dir[] = "/tmp/limber-fuzz-XXXXXX";

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

/* The diary and its directory go with the process. */
static void clean_up(void)
{
	diary_close(db);
	nftw(dir, remove_one, 8, FTW_DEPTH | FTW_PHYS);
}

/* One diary for the whole run. */
static struct diary *diary(void)
{
	if (db)
		return db;
	if (!mkdtemp(dir))
		abort();
	atexit(clean_up);
	struct diags warn = {0}, err = {0};
	if (diary_open(&db, dir, DIARY_CREATE, &warn, &err) != LB_OK)
		abort();
	diags_free(&warn);
	diags_free(&err);
	return db;
}

int fuzz_import(const uint8_t *data, size_t size, char first)
{
	/* The bytes as a file, in memory: import reads a path. */
	int fd = memfd_create("limber-fuzz", 0);
	if (fd < 0)
		abort();
	if ((!size || data[0] != (uint8_t)first) && write(fd, &first, 1) != 1)
		abort();
	if (size && write(fd, data, size) != (ssize_t)size)
		abort();
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	struct import_result res;
	struct diags err = {0};
	export_import(diary(), path, 1900000000, &res, &err);
	diags_free(&err);
	close(fd);
	return 0;
}
