/* SPDX-License-Identifier: ISC */
/* progress.h - doses that progress: rated sessions counted into each exercise's dose */
#ifndef LIMBER_PROGRESS_H
#define LIMBER_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"
#include "routine/dose.h"
#include "routine/routine.h"

/* Each exercise's dose, sorted by exercise id. */
struct progress_book {
	struct dose *v;
	size_t n;
	bool changed; /* something was counted since the diary's copy: save it */
};

/*
 * Reads the stored doses (db may be NULL: none) and counts each one again
 * from its `since` (where it last started over): every real session that
 * started from then until now, in time order, for the exercises of the
 * session's routine that progress; its pain ratings before and after, and
 * whether it spread symptoms down the leg (session.legs), decide
 * (dose_outcome). A dose whose file values changed starts over after the
 * sessions counted under the old ones. The caller saves with progress_save
 * when changed.
 */
enum lb_status progress_read(struct progress_book *b, struct diary *db, const struct library *lib,
			     int64_t now, struct diags *err);
/* Writes the book back to the diary, when it changed. */
enum lb_status progress_save(struct progress_book *b, struct diary *db, struct diags *err);
void progress_free(struct progress_book *b);

/* The dose of an exercise, or NULL. */
const struct dose *progress_find(const struct progress_book *b, const char *exercise);

/* Starts the doses of a routine's exercises over from the file's values, counting from now. */
void progress_reset(struct progress_book *b, const struct routine *r, int64_t now);

/*
 * A routine with the doses in force: a copy of r whose steps carry each
 * exercise's current reps and hold. why[i] says why step i has its dose.
 */
struct progress_routine {
	struct routine r;
	struct step *steps;
	char (*why)[96];
};
void progress_apply(struct progress_routine *out, const struct routine *r,
		    const struct progress_book *b);
void progress_routine_free(struct progress_routine *p);

/*
 * All of it for one routine about to be shown or played: the doses read and
 * counted up to now, saved when save (a writable diary), applied to r.
 * out is always filled, with the file's doses when the diary fails.
 */
enum lb_status progress_for(struct progress_routine *out, struct diary *db,
			    const struct library *lib, const struct routine *r, int64_t now,
			    bool save, struct diags *err);

#endif
