/* routine_load.c - reading routine files into a library, with every problem found */
#include "config.h"

#include "routine.h"

#include <confuse.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cfgfile.h"
#include "numparse.h"
#include "strdist.h"
#include "utf8.h"
#include "xalloc.h"

/* One file's contents, before overrides are resolved. */
struct lib_file {
	const char *path;
	int layer;
	bool bad;
	struct exercise *ex;
	size_t nex;
	struct routine *rt;
	size_t nrt;
};

static cfg_opt_t step_opts[] = {
	CFG_STR("hold", NULL, CFGF_NODEFAULT), CFG_STR("reps", NULL, CFGF_NODEFAULT),
	CFG_STR("rest", NULL, CFGF_NODEFAULT), CFG_STR("sides", NULL, CFGF_NODEFAULT),
	CFG_END(),
};

static cfg_opt_t exercise_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),	   CFG_STR("summary", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("area", NULL, CFGF_NODEFAULT), CFG_STR("position", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("cue", NULL, CFGF_NODEFAULT),  CFG_STR("hold", NULL, CFGF_NODEFAULT),
	CFG_STR("reps", NULL, CFGF_NODEFAULT),	   CFG_STR("rest", NULL, CFGF_NODEFAULT),
	CFG_STR("sides", NULL, CFGF_NODEFAULT),	   CFG_STR("caution", NULL, CFGF_NODEFAULT),
	CFG_END(),
};

static cfg_opt_t routine_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),	   CFG_STR("summary", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("area", NULL, CFGF_NODEFAULT), CFG_STR("rest", NULL, CFGF_NODEFAULT),
	CFG_SEC("step", step_opts, CFGF_MULTI | CFGF_TITLE),
	CFG_END(),
};

static cfg_opt_t file_opts[] = {
	CFG_SEC("exercise", exercise_opts, CFGF_MULTI | CFGF_TITLE),
	CFG_SEC("routine", routine_opts, CFGF_MULTI | CFGF_TITLE),
	CFG_END(),
};

/* What the checks of one section need: where to report, what to allocate in. */
struct ctx {
	struct library *lib;
	const char *path;
	const struct cfgfile_section *s;
	const char *what; /* "exercise" or "routine" or "step" */
};

static void problem(struct ctx *c, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct ctx *c, const char *key, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int line = key ? cfgfile_key_line(c->s, key) : c->s->line;
	diags_vadd(&c->lib->problems, c->path, line, fmt, ap);
	va_end(ap);
}

/* A text value: present when required, one line of printable UTF-8, not too wide. */
static const char *text(struct ctx *c, cfg_t *sec, const char *key, int max_cols, bool required)
{
	const char *v = cfg_getstr(sec, key);
	if (!v) {
		if (required)
			problem(c, NULL, "%s \"%s\" has no %s", c->what, c->s->id, key);
		return NULL;
	}
	if (!*v) {
		problem(c, key, "%s must not be empty", key);
		return NULL;
	}
	int w = utf8_width(v);
	if (w < 0) {
		problem(c, key, "%s must be one line of printable text", key);
		return NULL;
	}
	if (w > max_cols) {
		problem(c, key, "%s is %d columns wide; the limit is %d", key, w, max_cols);
		return NULL;
	}
	return arena_strdup(&c->lib->arena, v);
}

/* An integer value within its limits; def when absent or wrong. */
static int number(struct ctx *c, cfg_t *sec, enum routine_field f, int def, int *given)
{
	const struct routine_limit *lim = &routine_limits[f];
	const char *v = cfg_getstr(sec, lim->key);
	if (given)
		*given = 0;
	if (!v)
		return def;
	long n;
	if (parse_uint(v, lim->min, lim->max, &n)) {
		if (given)
			*given = 1;
		return (int)n;
	}
	const char *unit = lim->unit ? " " : "";
	const char *unit_name = lim->unit ? lim->unit : "";
	long dummy;
	if (v[0] == '0' && v[1] && strspn(v, "0123456789") == strlen(v))
		problem(c, lim->key, "write %s without leading zeros, got %s", lim->key, v);
	else if (parse_uint(v, 0, 1000000000L, &dummy))
		problem(c, lim->key, "%s must be %ld..%ld%s%s, got %s", lim->key, lim->min, lim->max,
			unit, unit_name, v);
	else
		problem(c, lim->key, "%s must be a whole number %ld..%ld%s%s, got '%s'", lim->key,
			lim->min, lim->max, unit, unit_name, v);
	return def;
}

static int sides(struct ctx *c, cfg_t *sec, int def)
{
	const char *v = cfg_getstr(sec, "sides");
	if (!v)
		return def;
	for (int i = 0; i < SIDES_COUNT; i++)
		if (strcmp(v, routine_sides_names[i]) == 0)
			return i;
	problem(c, "sides", "sides must be none, both or alternate, got '%s'", v);
	return def;
}

static unsigned areas(struct ctx *c, cfg_t *sec, bool required, bool *given)
{
	unsigned n = cfg_size(sec, "area"), mask = 0;
	*given = n > 0;
	for (unsigned i = 0; i < n; i++) {
		const char *v = cfg_getnstr(sec, "area", i);
		int a = routine_area_parse(v);
		if (a >= 0) {
			mask |= 1u << a;
			continue;
		}
		const char *hint = str_suggest(v, routine_area_names, AREA_COUNT);
		if (hint)
			problem(c, "area", "unknown area '%s' (did you mean '%s'?)", v, hint);
		else
			problem(c, "area",
				"unknown area '%s' (known: lower-back, glutes, hips, hamstrings, legs, "
				"core, upper-back, neck)",
				v);
	}
	if (required && n == 0)
		problem(c, NULL, "%s \"%s\" needs an area (one or more of: lower-back, glutes, hips, "
			"hamstrings, legs, core, upper-back, neck)", c->what, c->s->id);
	return mask;
}

static const char *section_id(struct ctx *c)
{
	const char *id = c->s->id ? c->s->id : "";
	if (!routine_id_valid(id))
		problem(c, NULL, "%s id \"%s\" must be 1..%d characters of a-z, 0-9 and '-'", c->what,
			id, ROUTINE_ID_MAX);
	return arena_strdup(&c->lib->arena, id);
}

static void read_exercise(struct ctx *c, cfg_t *sec, struct exercise *e)
{
	e->id = section_id(c);
	e->title = text(c, sec, "title", ROUTINE_TITLE_COLS, true);
	e->summary = text(c, sec, "summary", ROUTINE_TEXT_COLS, false);
	e->position = text(c, sec, "position", ROUTINE_TEXT_COLS, false);
	e->caution = text(c, sec, "caution", ROUTINE_TEXT_COLS, false);
	bool given;
	e->areas = areas(c, sec, true, &given);
	unsigned ncues = cfg_size(sec, "cue");
	if (ncues > ROUTINE_CUES_MAX) {
		problem(c, "cue", "%u cues; the limit is %d", ncues, ROUTINE_CUES_MAX);
		ncues = ROUTINE_CUES_MAX;
	}
	e->cues = arena_alloc(&c->lib->arena, (ncues + 1) * sizeof *e->cues);
	for (unsigned i = 0; i < ncues; i++) {
		const char *v = cfg_getnstr(sec, "cue", i);
		int w = utf8_width(v);
		if (!*v || w < 0)
			problem(c, "cue", "cue %u must be one line of printable text", i + 1);
		else if (w > ROUTINE_TEXT_COLS)
			problem(c, "cue", "cue %u is %d columns wide; the limit is %d", i + 1, w,
				ROUTINE_TEXT_COLS);
		else
			e->cues[e->ncues++] = arena_strdup(&c->lib->arena, v);
	}
	e->hold = number(c, sec, RF_HOLD, (int)routine_limits[RF_HOLD].def, NULL);
	e->reps = number(c, sec, RF_REPS, (int)routine_limits[RF_REPS].def, NULL);
	e->rest = number(c, sec, RF_REST, (int)routine_limits[RF_REST].def, NULL);
	e->sides = sides(c, sec, SIDES_NONE);
}

static void read_routine(struct ctx *c, struct cfgfile *cf, cfg_t *sec, struct routine *r)
{
	r->id = section_id(c);
	r->title = text(c, sec, "title", ROUTINE_TITLE_COLS, true);
	r->summary = text(c, sec, "summary", ROUTINE_TEXT_COLS, false);
	r->areas = areas(c, sec, false, &r->areas_given);
	r->rest = number(c, sec, RF_ROUTINE_REST, (int)routine_limits[RF_ROUTINE_REST].def, NULL);
	unsigned n = cfg_size(sec, "step");
	if (n == 0)
		problem(c, NULL, "routine \"%s\" has no steps", r->id);
	if (n > ROUTINE_STEPS_MAX) {
		problem(c, NULL, "routine \"%s\" has %u steps; the limit is %d", r->id, n,
			ROUTINE_STEPS_MAX);
		n = ROUTINE_STEPS_MAX;
	}
	r->steps = arena_alloc(&c->lib->arena, (n ? n : 1) * sizeof *r->steps);
	for (unsigned i = 0; i < n; i++) {
		cfg_t *st = cfg_getnsec(sec, "step", i);
		struct ctx sc = {c->lib, c->path, cfgfile_section(cf, st), "step"};
		struct step *p = &r->steps[r->nsteps++];
		p->exercise_id = section_id(&sc);
		p->line = sc.s->line;
		p->hold = number(&sc, st, RF_HOLD, 0, &p->hold_set);
		p->reps = number(&sc, st, RF_REPS, 0, &p->reps_set);
		p->rest = number(&sc, st, RF_REST, 0, &p->rest_set);
		p->sides_set = cfg_getstr(st, "sides") != NULL;
		p->sides = sides(&sc, st, SIDES_NONE);
	}
}

static struct lib_file *new_file(struct library *lib, const char *path, int layer)
{
	lib->files = xreallocarray(lib->files, lib->nfiles + 1, sizeof *lib->files);
	struct lib_file *f = &lib->files[lib->nfiles++];
	memset(f, 0, sizeof *f);
	f->path = arena_strdup(&lib->arena, path);
	f->layer = layer;
	return f;
}

/* Turns a parsed file into exercises and routines, reporting what is wrong. */
static void read_file(struct library *lib, struct lib_file *f, struct cfgfile *cf)
{
	unsigned nex = cfg_size(cf->cfg, "exercise"), nrt = cfg_size(cf->cfg, "routine");
	f->ex = arena_alloc(&lib->arena, (nex ? nex : 1) * sizeof *f->ex);
	f->rt = arena_alloc(&lib->arena, (nrt ? nrt : 1) * sizeof *f->rt);
	for (unsigned i = 0; i < nex; i++) {
		cfg_t *sec = cfg_getnsec(cf->cfg, "exercise", i);
		struct ctx c = {lib, f->path, cfgfile_section(cf, sec), "exercise"};
		struct exercise *e = &f->ex[f->nex++];
		read_exercise(&c, sec, e);
		e->file = f->path;
		e->line = c.s->line;
	}
	for (unsigned i = 0; i < nrt; i++) {
		cfg_t *sec = cfg_getnsec(cf->cfg, "routine", i);
		struct ctx c = {lib, f->path, cfgfile_section(cf, sec), "routine"};
		struct routine *r = &f->rt[f->nrt++];
		read_routine(&c, cf, sec, r);
		r->file = f->path;
		r->line = c.s->line;
	}
	if (nex + nrt == 0)
		diags_add(&lib->problems, f->path, 0, "holds no exercise or routine");
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

static void load_file(struct library *lib, const char *path, int layer, const char *buf)
{
	if (!buf && seen_before(lib, path))
		return;
	struct lib_file *f = new_file(lib, path, layer);
	struct cfgfile cf;
	enum lb_status st = buf ? cfgfile_load_buf(&cf, path, buf, strlen(buf), file_opts,
						   &lib->problems)
				: cfgfile_load(&cf, path, file_opts, &lib->problems);
	if (st == LB_OK)
		read_file(lib, f, &cf);
	cfgfile_free(&cf);
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

enum lb_status library_add_dir(struct library *lib, const char *dir, bool must_exist)
{
	int layer = lib->nlayers++;
	DIR *dp = opendir(dir);
	if (!dp) {
		if (must_exist || errno != ENOENT) {
			diags_add(&lib->problems, dir, 0, "cannot open routine directory: %s",
				  strerror(errno));
			return LB_NOT_FOUND;
		}
		return LB_OK;
	}
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
	qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			load_file(lib, names[i], layer, NULL);
		free(names[i]);
	}
	free(names);
	return LB_OK;
}

void library_add_files(struct library *lib, const char *const *paths, size_t n)
{
	int layer = lib->nlayers++;
	for (size_t i = 0; i < n; i++)
		load_file(lib, paths[i], layer, NULL);
}

void library_add_buf(struct library *lib, const char *name, const char *text_)
{
	load_file(lib, name, lib->nlayers++, text_);
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
			  "%s \"%s\" is already defined at %s:%d", routines ? "routine" : "exercise",
			  v[i].id, lib->files[v[first].file].path, v[first].line);
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
				diags_add(&lib->problems, r->file, s->line,
					  "step \"%s\": that exercise is in %s, which has errors",
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
			  "step \"%s\": no exercise has that id (did you mean '%s'?)", s->exercise_id,
			  hint);
	else
		diags_add(&lib->problems, r->file, s->line, "step \"%s\": no exercise has that id",
			  s->exercise_id);
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
	arena_free(&lib->arena);
	memset(lib, 0, sizeof *lib);
}
