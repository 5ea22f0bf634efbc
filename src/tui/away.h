/* SPDX-License-Identifier: ISC */
/* away.h - adding a session done away from the screen, from the diary list */
#ifndef LIMBER_AWAY_H
#define LIMBER_AWAY_H

#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"
#include "routine/routine.h"
#include "tui/tui.h"

/*
 * Records a session done away from the screen (on holiday, from a printed
 * sheet), as 'limber log --session' does: the routine from the picker, its
 * minutes (the planned time unless another is typed), the pain before and
 * after; it ended at now, complete, in real time. Says what happened in
 * msg. Returns 1 when added (*id set), 0 when backed out or not stored,
 * -1 when a signal ended it.
 */
int away_add_session(struct tui *t, struct diary *db, const struct library *lib, int count_in,
		     int64_t now, int64_t *id, char *msg, size_t n);

#endif
