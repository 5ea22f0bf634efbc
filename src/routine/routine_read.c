/* SPDX-License-Identifier: ISC */
/* routine_read.c - one routine file's sections into exercises and routines, every problem found */
#include "config.h"

#include "routine/routine_read.h"

#include <confuse.h>
#include <stdarg.h>
#include <string.h>

#include "base/arena.h"
#include "base/cfgfile.h"
#include "base/diag.h"
#include "base/numparse.h"
#include "base/status.h"
#include "base/strdist.h"
#include "base/utf8.h"

/* The dose keys: an exercise sets them, a step may override each one. */
#define DOSE_OPTS                                                                                  \
	CFG_STR("hold", NULL, CFGF_NODEFAULT), CFG_STR("reps", NULL, CFGF_NODEFAULT),              \
		CFG_STR("rest", NULL, CFGF_NODEFAULT), CFG_STR("sides", NULL, CFGF_NODEFAULT)

static cfg_opt_t step_opts[] = {
	DOSE_OPTS,
	CFG_END(),
};

static cfg_opt_t exercise_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),	    CFG_STR("summary", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("area", NULL, CFGF_NODEFAULT), CFG_STR("position", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("cue", NULL, CFGF_NODEFAULT),  DOSE_OPTS,
	CFG_STR("caution", NULL, CFGF_NODEFAULT),   CFG_END(),
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
	if (!ident_valid(id))
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

/* Turns a parsed file into exercises and routines, reporting what is wrong. */
static void read_sections(struct library *lib, const char *path, struct cfgfile *cf,
			  struct exercise **ex, size_t *nex, struct routine **rt, size_t *nrt)
{
	unsigned n_ex = cfg_size(cf->cfg, "exercise"), n_rt = cfg_size(cf->cfg, "routine");
	*ex = arena_alloc(&lib->arena, (n_ex ? n_ex : 1) * sizeof **ex);
	*rt = arena_alloc(&lib->arena, (n_rt ? n_rt : 1) * sizeof **rt);
	for (unsigned i = 0; i < n_ex; i++) {
		cfg_t *sec = cfg_getnsec(cf->cfg, "exercise", i);
		struct ctx c = {lib, path, cfgfile_section(cf, sec), "exercise"};
		struct exercise *e = &(*ex)[(*nex)++];
		read_exercise(&c, sec, e);
		e->file = path;
		e->line = c.s->line;
	}
	for (unsigned i = 0; i < n_rt; i++) {
		cfg_t *sec = cfg_getnsec(cf->cfg, "routine", i);
		struct ctx c = {lib, path, cfgfile_section(cf, sec), "routine"};
		struct routine *r = &(*rt)[(*nrt)++];
		read_routine(&c, cf, sec, r);
		r->file = path;
		r->line = c.s->line;
	}
	if (n_ex + n_rt == 0)
		diags_add(&lib->problems, path, 0, "holds no exercise or routine");
}

void routine_read_file(struct library *lib, const char *path, const char *buf,
		       struct exercise **ex, size_t *nex, struct routine **rt, size_t *nrt)
{
	struct cfgfile cf;
	enum lb_status st = buf ? cfgfile_load_buf(&cf, path, buf, strlen(buf), file_opts,
						   &lib->problems)
				: cfgfile_load(&cf, path, file_opts, &lib->problems);
	if (st == LB_OK)
		read_sections(lib, path, &cf, ex, nex, rt, nrt);
	cfgfile_free(&cf);
}
