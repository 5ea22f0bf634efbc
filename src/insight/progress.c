/* SPDX-License-Identifier: ISC */
/* progress.c - doses that progress: rated sessions counted into each exercise's dose */
#include "config.h"

#include "insight/progress.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "diary/diary_dose.h"
#include "diary/fields.h"

static int by_exercise(const void *a, const void *b)
{
	return strcmp(((const struct dose *)a)->exercise, ((const struct dose *)b)->exercise);
}

const struct dose *progress_find(const struct progress_book *b, const char *exercise)
{
	struct dose key;
	memset(&key, 0, sizeof key);
	strncpy(key.exercise, exercise, sizeof key.exercise - 1);
	return b->n ? bsearch(&key, b->v, b->n, sizeof *b->v, by_exercise) : NULL;
}

/* The dose of ex, added (at the file's values, nothing counted yet) when missing. */
static struct dose *dose_of(struct progress_book *b, const struct exercise *ex)
{
	struct dose *d = (struct dose *)progress_find(b, ex->id);
	if (d)
		return d;
	b->v = xreallocarray(b->v, b->n + 1, sizeof *b->v);
	dose_start(&b->v[b->n++], ex);
	qsort(b->v, b->n, sizeof *b->v, by_exercise);
	b->changed = true;
	return (struct dose *)progress_find(b, ex->id);
}

struct walk {
	struct progress_book *b;
	const struct library *lib;
	int64_t now;
};

static int count_session(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)e;
	struct walk *w = ctx;
	if (s->speed != 1 || s->started >= w->now)
		return 0;
	const struct routine *r = library_routine(w->lib, s->routine);
	if (!r)
		return 0;
	/* Symptoms spreading down the leg after it step the dose back, rated or not. */
	enum dose_outcome o = dose_outcome(s->before_back, s->before_leg, s->after_back,
					   s->after_leg, s->legs == LEGS_SPREAD);
	for (size_t i = 0; i < r->nsteps; i++) {
		const struct exercise *ex = r->steps[i].ex;
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = r->steps[j].ex == ex;
		if (!ex || seen || !ex->progress.every)
			continue;
		struct dose *d = (struct dose *)progress_find(w->b, ex->id);
		if (!d || s->started < d->since)
			continue;
		dose_count(d, ex, o, s->started);
		d->through = s->started + 1;
	}
	return 0;
}

/*
 * Back to the file's values at `since`, to be counted again. After an edit
 * of the file's values the dose starts over with the sessions not counted
 * under the old ones: the edit wins from then on.
 */
static void restart(struct dose *d, const struct exercise *ex)
{
	int64_t since = d->since;
	if (!dose_current(d, ex) && d->through > since)
		since = d->through;
	dose_start(d, ex);
	d->since = d->through = d->updated = since;
}

/* Whether a and b say the same: nothing to save. */
static bool same(const struct dose *a, const struct dose *b)
{
	return strcmp(a->exercise, b->exercise) == 0 && a->reps_steps == b->reps_steps &&
	       a->hold_steps == b->hold_steps && a->base_reps == b->base_reps &&
	       a->base_hold == b->base_hold && a->comfortable == b->comfortable &&
	       a->change == b->change && a->changed_hold == b->changed_hold &&
	       a->since == b->since && a->through == b->through && a->updated == b->updated;
}

enum lb_status progress_read(struct progress_book *b, struct diary *db, const struct library *lib,
			     int64_t now, struct diags *err)
{
	memset(b, 0, sizeof *b);
	if (!db)
		return LB_OK;
	enum lb_status st = diary_dose_all(db, &b->v, &b->n, err);
	if (st != LB_OK)
		return st;
	struct progress_book stored = {xreallocarray(NULL, b->n + 1, sizeof *b->v), b->n, false};
	if (b->n)
		memcpy(stored.v, b->v, b->n * sizeof *b->v);
	/* Every dose is counted again from its start: a session logged, imported or synced late counts. */
	int64_t from = INT64_MAX;
	for (size_t i = 0; i < lib->nex; i++) {
		const struct exercise *ex = lib->ex[i];
		if (!ex->progress.every)
			continue;
		struct dose *d = dose_of(b, ex);
		restart(d, ex);
		if (d->since < from)
			from = d->since;
	}
	struct walk w = {b, lib, now};
	if (from != INT64_MAX)
		st = diary_each_kind(db, from, now, DIARY_SESSIONS, count_session, &w, err);
	for (size_t i = 0; i < b->n && !b->changed; i++) {
		const struct dose *was = progress_find(&stored, b->v[i].exercise);
		b->changed = !was || !same(was, &b->v[i]);
	}
	free(stored.v);
	return st;
}

enum lb_status progress_save(struct progress_book *b, struct diary *db, struct diags *err)
{
	if (!b->changed || !db)
		return LB_OK;
	enum lb_status st = diary_dose_put(db, b->v, b->n, err);
	if (st == LB_OK)
		b->changed = false;
	return st;
}

void progress_free(struct progress_book *b)
{
	free(b->v);
	memset(b, 0, sizeof *b);
}

void progress_reset(struct progress_book *b, const struct routine *r, int64_t now)
{
	for (size_t i = 0; i < r->nsteps; i++) {
		const struct exercise *ex = r->steps[i].ex;
		if (!ex || !ex->progress.every)
			continue;
		struct dose *d = dose_of(b, ex);
		dose_start(d, ex);
		d->since = d->through = d->updated = now;
		b->changed = true;
	}
}

void progress_apply(struct progress_routine *out, const struct routine *r,
		    const struct progress_book *b)
{
	out->r = *r;
	out->steps = xcalloc(r->nsteps ? r->nsteps : 1, sizeof *out->steps);
	out->why = xcalloc(r->nsteps ? r->nsteps : 1, sizeof *out->why);
	for (size_t i = 0; i < r->nsteps; i++) {
		struct step *st = &out->steps[i];
		*st = r->steps[i];
		const struct dose *d = st->ex ? progress_find(b, st->ex->id) : NULL;
		dose_in_force(&r->steps[i], d, &st->reps, &st->hold);
		bool moved = dose_reason(&r->steps[i], d, out->why[i], sizeof out->why[i]);
		st->dose_why = moved ? out->why[i] : NULL;
	}
	out->r.steps = out->steps;
}

void progress_routine_free(struct progress_routine *p)
{
	free(p->steps);
	free(p->why);
	memset(p, 0, sizeof *p);
}

enum lb_status progress_for(struct progress_routine *out, struct diary *db,
			    const struct library *lib, const struct routine *r, int64_t now,
			    bool save, struct diags *err)
{
	struct progress_book b;
	enum lb_status st = progress_read(&b, db, lib, now, err);
	if (st == LB_OK && save)
		st = progress_save(&b, db, err);
	progress_apply(out, r, &b);
	progress_free(&b);
	return st;
}
