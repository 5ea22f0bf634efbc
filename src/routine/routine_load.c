/* SPDX-License-Identifier: ISC */
/* routine_load.c - routine files into a library: layers, overrides, resolved steps */
#include "config.h"

#include "routine/routine.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "base/strdist.h"
#include "base/xalloc.h"
#include "routine/routine_figure.h"
#include "routine/routine_read.h"
#include "routine/routine_text.h"

/* One file's contents, before overrides are resolved. */
struct lib_file {
	const char *path;
	int layer;
	bool bad;
	bool shipped; /* from library_add_shipped_dir: its text is translated */
	struct exercise *ex;
	size_t nex;
	struct routine *rt;
	size_t nrt;
};

static struct lib_file *new_file(struct library *lib, const char *path, int layer)
{
	lib->files = xreallocarray(lib->files, lib->nfiles + 1, sizeof *lib->files);
	struct lib_file *f = &lib->files[lib->nfiles++];
	memset(f, 0, sizeof *f);
	f->path = arena_strdup(&lib->arena, path);
	f->layer = layer;
	return f;
}

struct lib_seen {
	dev_t dev;
	ino_t ino;
};

/* Whether this file was loaded already (by another name, or in an earlier layer). */
static bool seen_before(struct library *lib, const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return false; /* the load reports it */
	for (size_t i = 0; i < lib->nseen; i++)
		if (lib->seen[i].dev == st.st_dev && lib->seen[i].ino == st.st_ino)
			return true;
	lib->seen = xreallocarray(lib->seen, lib->nseen + 1, sizeof *lib->seen);
	lib->seen[lib->nseen++] = (struct lib_seen){st.st_dev, st.st_ino};
	return false;
}

static void load_file(struct library *lib, const char *path, int layer, const char *buf,
		      bool shipped)
{
	if (!buf && seen_before(lib, path))
		return;
	struct lib_file *f = new_file(lib, path, layer);
	f->shipped = shipped;
	routine_read_file(lib, f->path, buf, &f->ex, &f->nex, &f->rt, &f->nrt);
}

void library_init(struct library *lib)
{
	memset(lib, 0, sizeof *lib);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_conf_name(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".conf") == 0;
}

static enum lb_status add_dir(struct library *lib, const char *dir, bool must_exist, bool shipped)
{
	int layer = lib->nlayers++;
	DIR *dp = opendir(dir);
	if (!dp) {
		if (must_exist || errno != ENOENT) {
			diags_add(&lib->problems, dir, 0, _("cannot open routine directory: %s"),
			          strerror(errno));
			return LB_NOT_FOUND;
		}
		return LB_OK;
	}
	routine_figure_add_dir(lib, dir);
	char **names = NULL;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(dp))) {
		if (!is_conf_name(de->d_name))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(dp);
	if (n) /* qsort wants an array, even of none */
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			load_file(lib, names[i], layer, NULL, shipped);
		free(names[i]);
	}
	free(names);
	return LB_OK;
}

enum lb_status library_add_dir(struct library *lib, const char *dir, bool must_exist)
{
	return add_dir(lib, dir, must_exist, false);
}

enum lb_status library_add_shipped_dir(struct library *lib, const char *dir)
{
	return add_dir(lib, dir, false, true);
}

void library_add_files(struct library *lib, const char *const *paths, size_t n)
{
	int layer = lib->nlayers++;
	for (size_t i = 0; i < n; i++) {
		routine_figure_add_file_dir(lib, paths[i]);
		load_file(lib, paths[i], layer, NULL, false);
	}
}

void library_add_buf(struct library *lib, const char *name, const char *text_)
{
	load_file(lib, name, lib->nlayers++, text_, false);
}

bool library_has_file(const struct library *lib, const char *path)
{
	for (size_t i = 0; i < lib->nfiles; i++)
		if (strcmp(lib->files[i].path, path) == 0)
			return true;
	return false;
}

/* An exercise or routine with what decides which one wins. */
struct item {
	const char *id;
	int layer;
	size_t file;
	int line;
	void *p;
};

static int cmp_item(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	if (x->layer != y->layer)
		return x->layer < y->layer ? -1 : 1;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* Items of the files still good, sorted by id then priority. */
static struct item *collect(struct library *lib, bool routines, size_t *n)
{
	struct item *v = NULL;
	size_t cnt = 0;
	for (size_t i = 0; i < lib->nfiles; i++) {
		struct lib_file *f = &lib->files[i];
		if (f->bad)
			continue;
		size_t m = routines ? f->nrt : f->nex;
		v = xreallocarray(v, cnt + m + 1, sizeof *v);
		for (size_t k = 0; k < m; k++) {
			if (routines)
				v[cnt++] = (struct item){f->rt[k].id, f->layer, i, f->rt[k].line,
							 &f->rt[k]};
			else
				v[cnt++] = (struct item){f->ex[k].id, f->layer, i, f->ex[k].line,
							 &f->ex[k]};
		}
	}
	if (cnt)
		qsort(v, cnt, sizeof *v, cmp_item);
	*n = cnt;
	return v;
}

static void mark_bad_files(struct library *lib)
{
	for (size_t i = 0; i < lib->nfiles; i++)
		if (!lib->files[i].bad && diags_count_file(&lib->problems, lib->files[i].path))
			lib->files[i].bad = true;
}

/* The same id twice in one layer: the later definition is the mistake. */
static void find_duplicates(struct library *lib, bool routines)
{
	size_t n;
	struct item *v = collect(lib, routines, &n);
	for (size_t i = 1; i < n; i++) {
		if (strcmp(v[i].id, v[i - 1].id) != 0 || v[i].layer != v[i - 1].layer)
			continue;
		size_t first = i - 1;
		while (first > 0 && strcmp(v[first - 1].id, v[i].id) == 0 &&
		       v[first - 1].layer == v[i].layer)
			first--;
		diags_add(&lib->problems, lib->files[v[i].file].path, v[i].line,
		          /* TRANSLATORS: "routine" or "exercise" (file words), an id, FILE:LINE. */
		          _("%s \"%s\" is already defined at %s:%d"),
		          routines ? "routine" : "exercise", v[i].id,
		          lib->files[v[first].file].path, v[first].line);
	}
	free(v);
	mark_bad_files(lib);
}

/* Keeps the first item of each id: the winner of its override chain. */
static void **winners(struct item *v, size_t n, size_t *out)
{
	void **w = xcalloc(n + 1, sizeof *w);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || strcmp(v[i].id, v[i - 1].id) != 0)
			w[k++] = v[i].p;
	*out = k;
	return w;
}

/* A step's exercise, or why there is none. Returns false after reporting. */
static bool resolve_step(struct library *lib, struct routine *r, struct step *s)
{
	s->ex = library_exercise(lib, s->exercise_id);
	if (s->ex)
		return true;
	for (size_t i = 0; i < lib->nfiles; i++) {
		struct lib_file *f = &lib->files[i];
		for (size_t k = 0; f->bad && k < f->nex; k++) {
			if (strcmp(f->ex[k].id, s->exercise_id) == 0) {
				if (f->path == r->file)
					return false; /* its own problems are reported */
				diags_add(
				    &lib->problems, r->file, s->line,
				    _("step \"%s\": that exercise is in %s, which has errors"),
				    s->exercise_id, f->path);
				return false;
			}
		}
	}
	const char **ids = xcalloc(lib->nex + 1, sizeof *ids);
	for (size_t i = 0; i < lib->nex; i++)
		ids[i] = lib->ex[i]->id;
	const char *hint = str_suggest(s->exercise_id, ids, lib->nex);
	if (hint)
		diags_add(&lib->problems, r->file, s->line,
		          _("step \"%s\": no exercise has that id (did you mean '%s'?)"),
		          s->exercise_id, hint);
	else
		diags_add(&lib->problems, r->file, s->line,
		          _("step \"%s\": no exercise has that id"), s->exercise_id);
	free(ids);
	return false;
}

/* Picks winners and resolves steps; false when some file turned out bad. */
static bool settle(struct library *lib)
{
	size_t n;
	struct item *v = collect(lib, false, &n);
	free(lib->ex);
	lib->ex = (struct exercise **)winners(v, n, &lib->nex);
	free(v);
	v = collect(lib, true, &n);
	free(lib->rt);
	lib->rt = (struct routine **)winners(v, n, &lib->nrt);
	free(v);

	bool stable = true;
	for (size_t i = 0; i < lib->nrt; i++) {
		struct routine *r = lib->rt[i];
		for (size_t k = 0; k < r->nsteps; k++)
			if (!resolve_step(lib, r, &r->steps[k]))
				stable = false;
	}
	if (!stable)
		mark_bad_files(lib);
	return stable;
}

/* Fills in what a step takes from its exercise, and a routine's default areas. */
static void complete_routine(struct routine *r)
{
	unsigned areas_union = 0;
	for (size_t k = 0; k < r->nsteps; k++) {
		struct step *s = &r->steps[k];
		const struct exercise *e = s->ex;
		if (!s->hold_set)
			s->hold = e->hold;
		if (!s->reps_set)
			s->reps = e->reps;
		if (!s->rest_set)
			s->rest = e->rest;
		if (!s->sides_set)
			s->sides = e->sides;
		areas_union |= e->areas;
	}
	if (!r->areas_given)
		r->areas = areas_union;
}

/* Routines that would play longer than ROUTINE_MAX_SECONDS: their files are left out. */
static bool too_long(struct library *lib)
{
	bool any = false;
	for (size_t i = 0; i < lib->nrt; i++) {
		const struct routine *r = lib->rt[i];
		long t = routine_total_seconds(r, 0);
		if (t <= ROUTINE_MAX_SECONDS)
			continue;
		diags_add(
		    &lib->problems, r->file, r->line,
		    ngettext("routine \"%s\" plays for %ld h %02ld min; a routine may play for "
		             "at most %d hour",
		             "routine \"%s\" plays for %ld h %02ld min; a routine may play for "
		             "at most %d hours",
		             ROUTINE_MAX_SECONDS / 3600),
		    r->id, t / 3600, t / 60 % 60, ROUTINE_MAX_SECONDS / 3600);
		any = true;
	}
	if (any)
		mark_bad_files(lib);
	return any;
}

/* The shipped files' text in the user's language (checked as written: a translation never
 * makes a file bad). */
static void translate_shipped(struct library *lib)
{
	for (size_t i = 0; i < lib->nfiles; i++) {
		struct lib_file *f = &lib->files[i];
		for (size_t k = 0; f->shipped && k < f->nex; k++)
			routine_text_exercise(&f->ex[k]);
		for (size_t k = 0; f->shipped && k < f->nrt; k++)
			routine_text_routine(&f->rt[k]);
	}
}

void library_finish(struct library *lib)
{
	mark_bad_files(lib);
	find_duplicates(lib, false);
	find_duplicates(lib, true);
	/* Files already left out never reach settle(); remember which they are. */
	bool *left_out = xcalloc(lib->nfiles + 1, sizeof *left_out);
	for (size_t i = 0; i < lib->nfiles; i++)
		left_out[i] = lib->files[i].bad;
	while (!settle(lib))
		;
	/* Their steps are still checked, so `limber check` lists every problem. */
	for (size_t i = 0; i < lib->nfiles; i++) {
		struct lib_file *f = &lib->files[i];
		for (size_t k = 0; left_out[i] && k < f->nrt; k++)
			for (size_t j = 0; j < f->rt[k].nsteps; j++)
				resolve_step(lib, &f->rt[k], &f->rt[k].steps[j]);
	}
	free(left_out);
	for (size_t i = 0; i < lib->nrt; i++)
		complete_routine(lib->rt[i]);
	/* A routine too long leaves its file out: another may win in its place. */
	while (too_long(lib)) {
		while (!settle(lib))
			;
		for (size_t i = 0; i < lib->nrt; i++)
			complete_routine(lib->rt[i]);
	}
	for (size_t i = 0; i < lib->nfiles; i++)
		for (size_t k = 0; k < lib->files[i].nex; k++)
			routine_figure_find(lib, &lib->files[i].ex[k]);
	translate_shipped(lib);

	for (size_t i = 0; i < lib->nfiles; i++) {
		struct lib_file *f = &lib->files[i];
		if (!f->bad)
			continue;
		struct routine_skip *sk = NULL;
		for (size_t k = 0; k < lib->problems.n; k++) {
			struct diag *g = &lib->problems.v[k];
			if (!g->file || strcmp(g->file, f->path) != 0)
				continue;
			if (!sk) {
				lib->skipped = xreallocarray(lib->skipped, lib->nskipped + 1,
							     sizeof *lib->skipped);
				sk = &lib->skipped[lib->nskipped++];
				sk->file = xstrdup(f->path);
				sk->first = diag_format(g);
				sk->nproblems = 0;
			}
			sk->nproblems++;
		}
	}
	/* Problems about directories (no file record) are skipped sources too. */
	for (size_t k = 0; k < lib->problems.n; k++) {
		struct diag *g = &lib->problems.v[k];
		if (g->file && !library_has_file(lib, g->file)) {
			lib->skipped = xreallocarray(lib->skipped, lib->nskipped + 1,
						     sizeof *lib->skipped);
			struct routine_skip *sk = &lib->skipped[lib->nskipped++];
			sk->file = xstrdup(g->file);
			sk->first = diag_format(g);
			sk->nproblems = 1;
		}
	}
}

void library_free(struct library *lib)
{
	for (size_t i = 0; i < lib->nskipped; i++) {
		free(lib->skipped[i].file);
		free(lib->skipped[i].first);
	}
	free(lib->skipped);
	free(lib->files);
	free(lib->seen);
	free(lib->ex);
	free(lib->rt);
	diags_free(&lib->problems);
	diags_free(&lib->figure_problems);
	for (size_t i = 0; i < lib->ndirs; i++)
		free(lib->dirs[i]);
	free(lib->dirs);
	arena_free(&lib->arena);
	memset(lib, 0, sizeof *lib);
}
