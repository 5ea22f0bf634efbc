/* SPDX-License-Identifier: ISC */
/* outfile.c - a file written whole or not at all */
#include "config.h"

#include "base/outfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* Temporary files are ".NAME.limber-XXXXXX" beside NAME: hidden, and known as limber's. */
#define OUTFILE_MARK ".limber-"

/* dir and base of path, each allocated. */
static void split(const char *path, char **dir, char **base)
{
	char *a = xstrdup(path), *b = xstrdup(path);
	*dir = xstrdup(dirname(a));
	*base = xstrdup(basename(b));
	free(a);
	free(b);
}

/*
 * A writer holds a lock on its temporary file while it writes; a file of
 * ours that can be locked has no writer left (it was killed): remove it.
 */
static void remove_stale(const char *dir, const char *base)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	char *prefix = xasprintf(".%s%s", base, OUTFILE_MARK);
	size_t n = strlen(prefix);
	struct dirent *de;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, prefix, n) != 0 || strlen(de->d_name) != n + 6)
			continue;
		int fd = openat(dirfd(d), de->d_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0)
			continue;
		struct stat st;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlinkat(dirfd(d), de->d_name, 0);
		close(fd);
	}
	free(prefix);
	closedir(d);
}

/* what, already translated ("cannot write"), and why. */
static enum lb_status fail(struct outfile *o, struct diags *err, const char *what)
{
	diags_add(err, o->path, 0, "%s: %s", what, strerror(errno));
	return LB_IO;
}

/* outfile_open could not: nothing is left open or allocated. */
static enum lb_status not_opened(struct outfile *o, struct diags *err, const char *what)
{
	if (what)
		fail(o, err, what);
	if (o->tmp)
		unlink(o->tmp);
	free(o->tmp);
	free(o->path);
	*o = (struct outfile){0};
	return LB_IO;
}

/* The file itself: a symbolic link is followed, a missing file is fine. */
static char *target(const char *path)
{
	struct stat st;
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		char *real = realpath(path, NULL);
		if (real)
			return real;
	}
	return xstrdup(path);
}

enum lb_status outfile_open(struct outfile *o, const char *path, struct diags *err)
{
	*o = (struct outfile){NULL, target(path), NULL};
	struct stat st;
	if (stat(o->path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode)) {
			diags_add(err, o->path, 0, _("is a directory"));
			return not_opened(o, err, NULL);
		}
		o->f = fopen(o->path, "wb"); /* a FIFO, a device: written into, never replaced */
		return o->f ? LB_OK : not_opened(o, err, _("cannot write"));
	}
	char *dir, *base;
	split(o->path, &dir, &base);
	remove_stale(dir, base);
	o->tmp = xasprintf("%s/.%s%sXXXXXX", dir, base, OUTFILE_MARK);
	free(dir);
	free(base);
	int fd = mkstemp(o->tmp); /* 0600 whatever the umask: what limber writes is health data */
	if (fd < 0) {
		free(o->tmp);
		o->tmp = NULL;
		return not_opened(o, err, _("cannot write"));
	}
	flock(fd, LOCK_EX);
	o->f = fdopen(fd, "wb");
	if (!o->f)
		close(fd);
	return o->f ? LB_OK : not_opened(o, err, _("cannot write"));
}

/* The rename itself is durable once the directory is synced. */
static void sync_dir(const char *path)
{
	char *dir, *base;
	split(path, &dir, &base);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
	free(base);
}

enum lb_status outfile_close(struct outfile *o, bool ok, struct diags *err)
{
	enum lb_status st = LB_OK;
	if (ok && fflush(o->f) != 0)
		st = fail(o, err, _("cannot write"));
	if (ok && st == LB_OK && o->tmp && fsync(fileno(o->f)) != 0)
		st = fail(o, err, _("cannot write"));
	if (fclose(o->f) != 0 && ok && st == LB_OK)
		st = fail(o, err, _("cannot write"));
	if (o->tmp) {
		if (ok && st == LB_OK && rename(o->tmp, o->path) != 0)
			st = fail(o, err, _("cannot replace"));
		if (!ok || st != LB_OK)
			unlink(o->tmp);
		else
			sync_dir(o->path);
	}
	free(o->tmp);
	free(o->path);
	*o = (struct outfile){0};
	return ok ? st : LB_IO;
}

/* Whether a file with st's device and inode is one of dir's entries. */
static bool among(const char *dir, const struct stat *st)
{
	DIR *d = opendir(dir);
	if (!d)
		return false;
	bool found = false;
	struct dirent *de;
	while (!found && (de = readdir(d))) {
		struct stat e;
		if (fstatat(dirfd(d), de->d_name, &e, AT_SYMLINK_NOFOLLOW) == 0)
			found = e.st_dev == st->st_dev && e.st_ino == st->st_ino;
	}
	closedir(d);
	return found;
}

/* Whether the directory at path (followed), or one above it, is the one with dev and ino. */
static bool below(const char *path, dev_t dev, ino_t ino)
{
	char *real = realpath(path, NULL);
	if (!real)
		return false;
	bool found = false;
	for (;;) {
		struct stat st;
		if (stat(real, &st) == 0 && st.st_dev == dev && st.st_ino == ino) {
			found = true;
			break;
		}
		char *slash = strrchr(real, '/');
		if (!slash || slash == real) {
			found = stat("/", &st) == 0 && st.st_dev == dev && st.st_ino == ino;
			break;
		}
		*slash = '\0';
	}
	free(real);
	return found;
}

enum lb_status outfile_guard(const char *path, const char *dir, struct diags *err)
{
	struct stat d, t;
	if (!dir || stat(dir, &d) != 0 || !S_ISDIR(d.st_mode))
		return LB_OK;
	bool inside;
	if (stat(path, &t) == 0) {
		inside = among(dir, &t) || (S_ISDIR(t.st_mode) ? below(path, d.st_dev, d.st_ino)
				: false);
		if (!inside && S_ISREG(t.st_mode)) {
			char *parent, *base;
			split(path, &parent, &base);
			inside = below(parent, d.st_dev, d.st_ino);
			free(parent);
			free(base);
		}
	} else {
		/* Not there yet (or a dangling link): where it would be made. */
		char *to = target(path), *parent, *base;
		split(to, &parent, &base);
		inside = below(parent, d.st_dev, d.st_ino);
		free(to);
		free(parent);
		free(base);
	}
	if (!inside)
		return LB_OK;
	diags_add(err, path, 0,
	          _("is in limber's data directory (%s), where the diary lives; limber will not "
	            "write there: give a file elsewhere"),
	          dir);
	return LB_USAGE;
}
