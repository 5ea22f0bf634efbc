/* SPDX-License-Identifier: ISC */
/* timers.c - reminders as systemd user units on disk, and systemctl --user */
#include "config.h"

#include "remind/timers.h"

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "base/i18n.h"
#include "base/outfile.h"
#include "base/xalloc.h"

char *timers_dir(void)
{
	const char *v = getenv("XDG_CONFIG_HOME");
	if (v && v[0] == '/')
		return xasprintf("%s/systemd/user", v);
	const char *home = getenv("HOME");
	if (!home || home[0] != '/')
		return NULL;
	return xasprintf("%s/.config/systemd/user", home);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **timers_find(const char *dir, size_t *n)
{
	*n = 0;
	GDir *d = g_dir_open(dir, 0, NULL);
	if (!d)
		return NULL;
	char **names = NULL;
	const char *name;
	while ((name = g_dir_read_name(d))) {
		if (g_str_has_prefix(name, TIMERS_PREFIX "-") && g_str_has_suffix(name, ".timer")) {
			names = xreallocarray(names, *n + 1, sizeof *names);
			names[(*n)++] = xstrdup(name);
		}
	}
	g_dir_close(d);
	if (*n)
		qsort(names, *n, sizeof *names, by_name);
	return names;
}

void timers_free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

char *timers_read(const char *dir, const char *name)
{
	char *path = g_build_filename(dir, name, NULL), *text = NULL;
	gchar *contents;
	if (g_file_get_contents(path, &contents, NULL, NULL)) {
		text = xstrdup(contents);
		g_free(contents);
	}
	g_free(path);
	return text;
}

enum lb_status timers_write(const char *dir, const char *name, const char *text, struct diags *err)
{
	if (g_mkdir_with_parents(dir, 0755) != 0) {
		/* TRANSLATORS: after the directory's name; %s is why (the system's words). */
		diags_add(err, dir, 0, _("cannot make the directory: %s"), strerror(errno));
		return LB_IO;
	}
	char *path = g_build_filename(dir, name, NULL);
	struct outfile o;
	enum lb_status st = outfile_open(&o, path, err);
	if (st == LB_OK)
		st = outfile_close(&o, fputs(text, o.f) >= 0, err);
	g_free(path);
	return st;
}

enum lb_status timers_remove(const char *dir, const char *name, struct diags *err)
{
	char *path = g_build_filename(dir, name, NULL);
	enum lb_status st = LB_OK;
	if (remove(path) != 0 && errno != ENOENT) {
		/* TRANSLATORS: after the file's name; %s is why (the system's words). */
		diags_add(err, path, 0, _("cannot remove it: %s"), strerror(errno));
		st = LB_IO;
	}
	g_free(path);
	return st;
}

/* The first line of a command's output, without its newline; NULL when it printed none. */
static char *first_line(const char *out, const char *err)
{
	const char *s = err && *err ? err : out;
	if (!s || !*s)
		return NULL;
	return xstrndup(s, strcspn(s, "\n"));
}

int timers_systemctl(const char *const *args, char **said)
{
	size_t n = 0;
	while (args[n])
		n++;
	const char **argv = xcalloc(n + 3, sizeof *argv);
	argv[0] = "systemctl";
	argv[1] = "--user";
	memcpy(argv + 2, args, n * sizeof *argv);
	gchar *out = NULL, *errtext = NULL;
	gint wait = 0;
	GError *e = NULL;
	int rc = -1;
	*said = NULL;
	/* Searched along PATH: the tests put a stand-in first. */
	if (g_spawn_sync(NULL, (gchar **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
	                 &errtext, &wait, &e)) {
		rc = WIFEXITED(wait) ? WEXITSTATUS(wait) : 128 + WTERMSIG(wait);
		*said = first_line(out, errtext);
	} else {
		*said = xstrdup(e->message);
		g_error_free(e);
	}
	g_free(out);
	g_free(errtext);
	free(argv);
	return rc;
}
