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
		struct dose *d = dose_of(w->b, ex);
		if (s->started < d->through)
			continue;
		dose_count(d, ex, o, s->started);
		d->through = s->started + 1;
		w->b->changed = true;
	}
	return 0;
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
	int64_t from = INT64_MAX;
	for (size_t i = 0; i < b->n; i++)
		if (b->v[i].through < from)
			from = b->v[i].through;
	/* An exercise with no dose yet counts every session there is. */
	for (size_t i = 0; i < lib->nex; i++)
		if (lib->ex[i]->progress.every && !progress_find(b, lib->ex[i]->id))
			from = 0;
	if (from == INT64_MAX)
		return LB_OK;
	struct walk w = {b, lib, now};
	return diary_each_kind(db, from, now, DIARY_SESSIONS, count_session, &w, err);
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
		d->through = now;
		d->updated = now;
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
