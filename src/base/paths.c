/* SPDX-License-Identifier: ISC */
/* paths.c - where limber's files live (XDG base directories) */
#include "config.h"

#include "base/paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* An XDG variable counts only when it holds an absolute path (the spec says so). */
static char *xdg_dir(const char *var, const char *fallback)
{
	const char *v = getenv(var);
	if (v && v[0] == '/')
		return xasprintf("%s/limber", v);
	const char *home = getenv("HOME");
	if (!home || home[0] != '/')
		return NULL;
	return xasprintf("%s/%s/limber", home, fallback);
}

char *paths_config_dir(void)
{
	return xdg_dir("XDG_CONFIG_HOME", ".config");
}

char *paths_data_dir(void)
{
	return xdg_dir("XDG_DATA_HOME", ".local/share");
}

char *paths_tree_routines(const char *exe_dir)
{
	char *marker = xasprintf("%s/" PATHS_TREE_MARKER, exe_dir);
	FILE *f = fopen(marker, "r");
	free(marker);
	if (!f)
		return NULL;
	char line[PATH_MAX];
	char *dir = NULL;
	if (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '/')
			dir = xasprintf("%s/routines", line);
	}
	fclose(f);
	return dir;
}

char *paths_shipped_routines(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			char *tree = paths_tree_routines(slash == exe ? "/" : exe);
			if (tree)
				return tree;
		}
	}
	return xstrdup(LIMBER_PKGDATADIR "/routines");
}

enum lb_status paths_make_private_dir(const char *dir, int *tightened, struct diags *d)
{
	if (tightened)
		*tightened = 0;
	char *p = xstrdup(dir);
	/* Parents first, with the default mode, as mkdir -p does. */
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST) {
			diags_add(d, p, 0, _("cannot create directory: %s"), strerror(errno));
			free(p);
			return LB_IO;
		}
		*s = '/';
	}
	free(p);
	if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
		diags_add(d, dir, 0, _("cannot create directory: %s"), strerror(errno));
		return LB_IO;
	}
	unsigned was;
	int e = paths_set_mode(dir, S_IFDIR, 0700, &was);
	if (e < 0)
		diags_add(d, dir, 0, _("not a directory"));
	else if (e)
		diags_add(d, dir, 0, _("cannot make the directory private: %s"), strerror(e));
	else if (tightened && (was & 077))
		*tightened = 1;
	return e ? LB_IO : LB_OK;
}

int paths_set_mode(const char *path, unsigned type, unsigned mode, unsigned *was)
{
	struct stat st;
	if (stat(path, &st) < 0 || (type && (st.st_mode & S_IFMT) != type))
		return -1;
	*was = st.st_mode & 07777;
	if (*was != mode && chmod(path, mode) < 0)
		return errno;
	return 0;
}
