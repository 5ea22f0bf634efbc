/* SPDX-License-Identifier: ISC */
/* dose.c - a person's dose of an exercise: how it grows after comfortable sessions, and falls back */
#include "config.h"

#include "routine/dose.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"

enum dose_outcome dose_outcome(int before_back, int before_leg, int after_back, int after_leg,
			       bool spread)
{
	if (spread)
		return DOSE_SPREAD;
	int rise = -100;
	bool rated = false;
	if (before_back >= 0 && after_back >= 0) {
		rise = after_back - before_back;
		rated = true;
	}
	if (before_leg >= 0 && after_leg >= 0) {
		if (after_leg - before_leg > rise)
			rise = after_leg - before_leg;
		rated = true;
	}
	if (!rated)
		return DOSE_UNRATED;
	return rise >= 2 ? DOSE_TOO_MUCH : rise >= 1 ? DOSE_UNEASY : DOSE_COMFORTABLE;
}

void dose_start(struct dose *d, const struct exercise *ex)
{
	memset(d, 0, sizeof *d);
	snprintf(d->exercise, sizeof d->exercise, "%s", ex->id);
	d->base_reps = ex->reps;
	d->base_hold = ex->hold;
	d->change = DOSE_START;
}

/* The value v + steps * r.step, kept inside the range (widened to hold v itself). */
static int stepped(int v, int steps, const struct dose_range *r)
{
	int lo = r->min < v ? r->min : v, hi = r->max > v ? r->max : v;
	long x = (long)v + (long)steps * r->step;
	return (int)(x < lo ? lo : x > hi ? hi : x);
}

/* Whether one more step of part r (at steps now, from v) stays inside the range. */
static bool can_step(int v, int steps, int dir, const struct dose_range *r)
{
	return r->step && stepped(v, steps + dir, r) != stepped(v, steps, r);
}

bool dose_current(const struct dose *d, const struct exercise *ex)
{
	return d->base_reps == ex->reps && d->base_hold == ex->hold;
}

bool dose_count(struct dose *d, const struct exercise *ex, enum dose_outcome o, int64_t at)
{
	const struct progress *p = &ex->progress;
	if (!dose_current(d, ex))
		dose_start(d, ex);
	if (!p->every || o == DOSE_UNRATED || o == DOSE_UNEASY) {
		if (o == DOSE_UNEASY)
			d->comfortable = 0;
		return false;
	}
	int dir;
	if (o == DOSE_COMFORTABLE) {
		if (++d->comfortable < p->every)
			return false;
		dir = 1;
	} else { /* DOSE_TOO_MUCH, DOSE_SPREAD */
		dir = -1;
	}
	d->comfortable = 0;
	/* Up: reps first, then the hold. Back: the hold first, then reps. */
	bool hold_first = dir < 0;
	bool reps_ok = can_step(ex->reps, d->reps_steps, dir, &p->reps);
	bool hold_ok = can_step(ex->hold, d->hold_steps, dir, &p->hold);
	bool hold = hold_ok && (hold_first || !reps_ok);
	if (!hold && !reps_ok)
		return false;
	if (hold)
		d->hold_steps += dir;
	else
		d->reps_steps += dir;
	d->changed_hold = hold;
	d->change = dir > 0 ? DOSE_UP : o == DOSE_SPREAD ? DOSE_BACK_SPREAD : DOSE_BACK;
	d->updated = at;
	return true;
}

void dose_in_force(const struct step *st, const struct dose *d, int *reps, int *hold)
{
	*reps = st->reps;
	*hold = st->hold;
	const struct exercise *ex = st->ex;
	if (!d || !ex || !dose_current(d, ex))
		return;
	*reps = stepped(st->reps, d->reps_steps, &ex->progress.reps);
	*hold = stepped(st->hold, d->hold_steps, &ex->progress.hold);
}

bool dose_reason(const struct step *st, const struct dose *d, char *buf, size_t n)
{
	const struct exercise *ex = st->ex;
	if (!d || !ex || !dose_current(d, ex) || d->change == DOSE_START ||
	    (d->change == DOSE_UP && d->reps_steps == 0 && d->hold_steps == 0)) {
		/* TRANSLATORS: why a step's dose is what it is: the routine file's own. */
		snprintf(buf, n, "%s", _("starting dose"));
		return false;
	}
	int reps, hold;
	dose_in_force(st, d, &reps, &hold);
	int dir = d->change == DOSE_UP ? 1 : -1;
	bool h = d->changed_hold;
	int was = h ? stepped(st->hold, d->hold_steps - dir, &ex->progress.hold)
		    : stepped(st->reps, d->reps_steps - dir, &ex->progress.reps);
	int every = ex->progress.every;
	if (d->change == DOSE_UP && h)
		/* TRANSLATORS: why a hold grew: the seconds it was, then the sessions counted. */
		snprintf(buf, n,
		         ngettext("up from %d s after %d comfortable session",
		                  "up from %d s after %d comfortable sessions", every),
		         was, every);
	else if (d->change == DOSE_UP)
		/* TRANSLATORS: why the reps grew: the reps it was, then the sessions counted. */
		snprintf(buf, n,
		         ngettext("up from %d after %d comfortable session",
		                  "up from %d after %d comfortable sessions", every),
		         was, every);
	else if (h)
		snprintf(buf, n,
			 d->change == DOSE_BACK_SPREAD
				 /* TRANSLATORS: why a hold went back: the seconds it was. */
				 ? _("back from %d s: symptoms spread down the leg after a session")
				 /* TRANSLATORS: why a hold went back: the seconds it was. */
				 : _("back from %d s: pain rose 2 or more points in a session"),
			 was);
	else
		snprintf(buf, n,
			 d->change == DOSE_BACK_SPREAD
				 /* TRANSLATORS: why the reps went back: the reps it was. */
				 ? _("back from %d: symptoms spread down the leg after a session")
				 /* TRANSLATORS: why the reps went back: the reps it was. */
				 : _("back from %d: pain rose 2 or more points in a session"),
			 was);
	return true;
}
