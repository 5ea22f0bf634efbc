/* SPDX-License-Identifier: ISC */
/* diary_dose.h - each person's dose of each exercise, kept in the diary's dose table */
#ifndef LIMBER_DIARY_DOSE_H
#define LIMBER_DIARY_DOSE_H

#include <stddef.h>

#include "diary/diary.h"
#include "routine/dose.h"

/* Every stored dose, by exercise id, into a new array (*n of them; the caller frees). */
enum lb_status diary_dose_all(struct diary *db, struct dose **v, size_t *n, struct diags *err);
/* Stores doses (replacing those of the same exercise) in one transaction. */
enum lb_status diary_dose_put(struct diary *db, const struct dose *v, size_t n,
			      struct diags *err);

#endif
