/* SPDX-License-Identifier: ISC */
/* routine_figure.c - an exercise's figure: figures/NAME.svg found through the layers */
#include "config.h"

#include "routine/routine_figure.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"

void routine_figure_add_dir(struct library *lib, const char *dir)
{
	for (size_t i = 0; i < lib->ndirs; i++)
		if (strcmp(lib->dirs[i], dir) == 0)
			return;
	lib->dirs = xreallocarray(lib->dirs, lib->ndirs + 1, sizeof *lib->dirs);
	lib->dirs[lib->ndirs++] = xstrdup(dir);
}

void routine_figure_add_file_dir(struct library *lib, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash) {
		routine_figure_add_dir(lib, ".");
		return;
	}
	char *dir = xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	routine_figure_add_dir(lib, dir);
	free(dir);
}

/* 0 when PATH is a regular file that can be read, else an errno (EISDIR for not a file). */
static int readable(const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return errno;
	if (!S_ISREG(st.st_mode))
		return EISDIR;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno;
	char c;
	int err = read(fd, &c, 1) < 0 ? errno : 0;
	close(fd);
	return err;
}

void routine_figure_find(struct library *lib, struct exercise *e)
{
	e->figure_path = NULL;
	if (!e->figure)
		return;
	for (size_t i = 0; i < lib->ndirs; i++) {
		char *p = xasprintf("%s/" ROUTINE_FIGURES_DIR "/%s.svg", lib->dirs[i], e->figure);
		int err = readable(p);
		if (err == 0) {
			char *abs = realpath(p, NULL);
			e->figure_path = arena_strdup(&lib->arena, abs ? abs : p);
			free(abs);
			free(p);
			return;
		}
		if (err != ENOENT && err != ENOTDIR) {
			diags_add(&lib->figure_problems, e->file, e->figure_line,
			          _("figure \"%s\": cannot read %s: %s"), e->figure, p,
			          err == EISDIR ? _("not a regular file") : strerror(err));
			free(p);
			return;
		}
		free(p);
	}
	diags_add(&lib->figure_problems, e->file, e->figure_line,
	          /* TRANSLATORS: a figure's name, then its file under the figures folder. */
	          _("figure \"%s\": no %s/%s.svg beside the routine files "
	            "(the exercise plays without it)"),
	          e->figure, ROUTINE_FIGURES_DIR, e->figure);
}
