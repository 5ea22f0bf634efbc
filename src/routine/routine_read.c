/* SPDX-License-Identifier: ISC */
/* routine_read.c - one routine file's sections into exercises and routines, every problem found */
#include "config.h"

#include "routine/routine_read.h"

#include <confuse.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/cfgfile.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/numparse.h"
#include "base/status.h"
#include "base/strdist.h"
#include "base/textsafe.h"
#include "base/utf8.h"

/* The dose keys: an exercise sets them, a step may override each one. */
#define DOSE_OPTS                                                                                  \
	CFG_STR("hold", NULL, CFGF_NODEFAULT), CFG_STR("reps", NULL, CFGF_NODEFAULT),              \
		CFG_STR("rest", NULL, CFGF_NODEFAULT), CFG_STR("sides", NULL, CFGF_NODEFAULT)

static cfg_opt_t step_opts[] = {
	DOSE_OPTS,
	CFG_END(),
};

/* How the dose grows: `progress { reps = "5..10 step 1"  hold = "20..30 step 5"  every = 3 }`. */
static cfg_opt_t progress_opts[] = {
	CFG_STR("reps", NULL, CFGF_NODEFAULT),
	CFG_STR("hold", NULL, CFGF_NODEFAULT),
	CFG_STR("every", NULL, CFGF_NODEFAULT),
	CFG_END(),
};

static cfg_opt_t exercise_opts[] = {
	CFG_STR("title", NULL, CFGF_NODEFAULT),	    CFG_STR("summary", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("area", NULL, CFGF_NODEFAULT), CFG_STR("position", NULL, CFGF_NODEFAULT),
	CFG_STR_LIST("cue", NULL, CFGF_NODEFAULT),  DOSE_OPTS,
	CFG_STR("caution", NULL, CFGF_NODEFAULT),   CFG_STR("kind", NULL, CFGF_NODEFAULT),
	CFG_STR("figure", NULL, CFGF_NODEFAULT),     CFG_SEC("progress", progress_opts, CFGF_NONE),
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
			/* TRANSLATORS: a section ("exercise"), its id, a key: the file's words. */
			problem(c, NULL, _("%s \"%s\" has no %s"), c->what, c->s->id, key);
		return NULL;
	}
	if (!*v) {
		problem(c, key, _("%s must not be empty"), key);
		return NULL;
	}
	char *why = textsafe_why(v, 0);
	if (why) {
		problem(c, key, "%s: %s", key, why);
		free(why);
		return NULL;
	}
	int w = utf8_width(v);
	if (w < 0) {
		problem(c, key, _("%s must be one line of printable text"), key);
		return NULL;
	}
	if (w > max_cols) {
		problem(c, key, _("%s is %d columns wide; the limit is %d"), key, w, max_cols);
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
	long dummy;
	bool secs = lim->unit != NULL; /* "seconds", the only unit */
	if (v[0] == '0' && v[1] && strspn(v, "0123456789") == strlen(v))
		problem(c, lim->key, _("write %s without leading zeros, got %s"), lim->key, v);
	else if (parse_uint(v, 0, 1000000000L, &dummy) && secs)
		problem(c, lim->key, _("%s must be %ld..%ld seconds, got %s"), lim->key, lim->min,
		        lim->max, v);
	else if (parse_uint(v, 0, 1000000000L, &dummy))
		problem(c, lim->key, _("%s must be %ld..%ld, got %s"), lim->key, lim->min, lim->max,
		        v);
	else if (secs)
		problem(c, lim->key, _("%s must be a whole number %ld..%ld seconds, got '%s'"),
		        lim->key, lim->min, lim->max, v);
	else
		problem(c, lim->key, _("%s must be a whole number %ld..%ld, got '%s'"), lim->key,
		        lim->min, lim->max, v);
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
	/* TRANSLATORS: the words are the file's own: keep them. */
	problem(c, "sides", _("sides must be none, both or alternate, got '%s'"), v);
	return def;
}

static enum routine_kind kind(struct ctx *c, cfg_t *sec)
{
	const char *v = cfg_getstr(sec, "kind");
	if (!v)
		return KIND_HOLD;
	for (int i = 0; i < KIND_COUNT; i++)
		if (strcmp(v, routine_kind_names[i]) == 0)
			return (enum routine_kind)i;
	/* TRANSLATORS: the words are the file's own: keep them. */
	problem(c, "kind", _("kind must be hold or move, got '%s'"), v);
	return KIND_HOLD;
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
			problem(c, "area", _("unknown area '%s' (did you mean '%s'?)"), v, hint);
		else
			/* TRANSLATORS: the areas are the file's own words: keep them. */
			problem(c, "area",
			        _("unknown area '%s' (known: lower-back, glutes, hips, hamstrings, "
			          "legs, "
			          "core, upper-back, neck)"),
			        v);
	}
	if (required && n == 0)
		/* TRANSLATORS: a section ("exercise") and its id; areas: file words. */
		problem(c, NULL,
		        _("%s \"%s\" needs an area (one or more of: lower-back, glutes, hips, "
		          "hamstrings, legs, core, upper-back, neck)"),
		        c->what, c->s->id);
	return mask;
}

/*
 * One part of a progression, "MIN..MAX step N" or "MIN..MAX" (step 1 for
 * reps, 5 s for holds), around the exercise's own value start.
 */
static struct dose_range dose_range(struct ctx *c, cfg_t *sec, enum routine_field f, int start)
{
	const struct routine_limit *lim = &routine_limits[f];
	struct dose_range r = {start, start, 0};
	const char *v = cfg_getstr(sec, lim->key);
	if (!v)
		return r;
	long lo, hi, step = f == RF_HOLD ? 5 : 1;
	char *dots = strstr(v, ".."), *end = NULL;
	char *copy = arena_strdup(&c->lib->arena, v);
	char *sp = dots ? strstr(copy, " step ") : NULL;
	if (sp) {
		*sp = '\0';
		end = sp + 6;
	}
	char *mid = dots ? copy + (dots - v) : NULL;
	if (mid)
		*mid = '\0';
	if (!mid || !parse_uint(copy, lim->min, lim->max, &lo) ||
	    !parse_uint(mid + 2, lim->min, lim->max, &hi) ||
	    (end && !parse_uint(end, 1, lim->max, &step))) {
		problem(
		    c, lim->key,
		    /* TRANSLATORS: "step" is the file's own word: keep it. */
		    _("%s must be MIN..MAX or MIN..MAX step N, whole numbers %ld..%ld, got '%s'"),
		    lim->key, lim->min, lim->max, v);
		return r;
	}
	if (lo > hi) {
		problem(c, lim->key, _("%s: %ld..%ld runs backwards"), lim->key, lo, hi);
		return r;
	}
	if (start < lo || start > hi) {
		/* TRANSLATORS: a key ("reps") twice, the exercise's value, the range around it. */
		problem(c, lim->key, _("%s: the exercise's %s, %d, is outside %ld..%ld"), lim->key,
		        lim->key, start, lo, hi);
		return r;
	}
	if (hi > lo && step > hi - lo) {
		problem(c, lim->key, _("%s: a step of %ld does not fit in %ld..%ld"), lim->key,
		        step, lo, hi);
		return r;
	}
	return (struct dose_range){(int)lo, (int)hi, hi > lo ? (int)step : 0};
}

static void read_progress(struct ctx *c, cfg_t *sec, struct exercise *e)
{
	struct progress *p = &e->progress;
	p->reps = dose_range(c, sec, RF_REPS, e->reps);
	p->hold = dose_range(c, sec, RF_HOLD, e->hold);
	p->every = PROGRESS_EVERY_DEFAULT;
	const char *v = cfg_getstr(sec, "every");
	long n;
	if (v && !parse_uint(v, 1, PROGRESS_EVERY_MAX, &n))
		problem(c, "every", _("every must be 1..%d sessions, got '%s'"), PROGRESS_EVERY_MAX,
		        v);
	else if (v)
		p->every = (int)n;
	if (!cfg_getstr(sec, "reps") && !cfg_getstr(sec, "hold"))
		/* TRANSLATORS: progress, reps, hold, step: the file's words, keep them. */
		problem(c, NULL, _("progress needs reps or hold (as \"5..10 step 1\")"));
	if (!p->reps.step && !p->hold.step)
		p->every = 0;
}

static const char *section_id(struct ctx *c)
{
	const char *id = c->s->id ? c->s->id : "";
	if (!ident_valid(id))
		/* TRANSLATORS: a section of the file ("exercise") and the id it has. */
		problem(c, NULL, _("%s id \"%s\" must be 1..%d characters of a-z, 0-9 and '-'"),
		        c->what, id, ROUTINE_ID_MAX);
	return arena_strdup(&c->lib->arena, id);
}

static void read_exercise(struct ctx *c, struct cfgfile *cf, cfg_t *sec, struct exercise *e)
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
		problem(c, "cue", _("%u cues; the limit is %d"), ncues, ROUTINE_CUES_MAX);
		ncues = ROUTINE_CUES_MAX;
	}
	e->cues = arena_alloc(&c->lib->arena, (ncues + 1) * sizeof *e->cues);
	for (unsigned i = 0; i < ncues; i++) {
		const char *v = cfg_getnstr(sec, "cue", i);
		char *why = textsafe_why(v, 0);
		int w = why ? -1 : utf8_width(v);
		if (why)
			/* TRANSLATORS: "cue" is the file's key; %s: what is wrong with it. */
			problem(c, "cue", _("cue %u: %s"), i + 1, why);
		else if (!*v || w < 0)
			problem(c, "cue", _("cue %u must be one line of printable text"), i + 1);
		else if (w > ROUTINE_TEXT_COLS)
			problem(c, "cue", _("cue %u is %d columns wide; the limit is %d"), i + 1, w,
			        ROUTINE_TEXT_COLS);
		else
			e->cues[e->ncues++] = arena_strdup(&c->lib->arena, v);
		free(why);
	}
	e->hold = number(c, sec, RF_HOLD, (int)routine_limits[RF_HOLD].def, NULL);
	e->reps = number(c, sec, RF_REPS, (int)routine_limits[RF_REPS].def, NULL);
	e->rest = number(c, sec, RF_REST, (int)routine_limits[RF_REST].def, NULL);
	e->sides = sides(c, sec, SIDES_NONE);
	e->kind = kind(c, sec);
	const struct cfgfile_section *ps = cfgfile_child(cf, c->s, "progress");
	if (ps) {
		struct ctx pc = {c->lib, c->path, ps, "progress"};
		read_progress(&pc, cfg_getsec(sec, "progress"), e);
	}
	const char *fig = cfg_getstr(sec, "figure");
	if (fig && !ident_valid(fig))
		problem(c, "figure",
		        _("figure \"%s\" must be 1..%d characters of a-z, 0-9 and '-' "
		          "(the file is figures/NAME.svg)"),
		        fig, ROUTINE_ID_MAX);
	else if (fig) {
		e->figure = arena_strdup(&c->lib->arena, fig);
		e->figure_line = cfgfile_key_line(c->s, "figure");
	}
	e->file = c->path;
	e->line = c->s->line;
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
		problem(c, NULL, _("routine \"%s\" has no steps"), r->id);
	if (n > ROUTINE_STEPS_MAX) {
		problem(c, NULL, _("routine \"%s\" has %u steps; the limit is %d"), r->id, n,
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
	r->file = c->path;
	r->line = c->s->line;
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
		read_exercise(&c, cf, sec, &(*ex)[(*nex)++]);
	}
	for (unsigned i = 0; i < n_rt; i++) {
		cfg_t *sec = cfg_getnsec(cf->cfg, "routine", i);
		struct ctx c = {lib, path, cfgfile_section(cf, sec), "routine"};
		read_routine(&c, cf, sec, &(*rt)[(*nrt)++]);
	}
	if (n_ex + n_rt == 0)
		diags_add(&lib->problems, path, 0, _("holds no exercise or routine"));
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
