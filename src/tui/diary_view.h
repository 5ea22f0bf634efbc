/* SPDX-License-Identifier: ISC */
/* diary_view.h - the diary list: entries and sessions, newest first */
#ifndef LIMBER_DIARY_VIEW_H
#define LIMBER_DIARY_VIEW_H

#include <stdint.h>

#include "diary/diary.h"
#include "routine/routine.h"
#include "tui/tui.h"

/*
 * Lists every entry and session, newest first, one line each; entries open
 * in the entry form to edit, and either can be deleted after asking; a
 * session done away from the screen is added from a routine of lib. now
 * names the days ("Today"). Returns -1 when a signal ended it (t->signal
 * set), else 0.
 */
int diary_view_run(struct tui *t, struct diary *db, const struct library *lib, int count_in,
                   int64_t now);

#endif
