/* SPDX-License-Identifier: ISC */
/* diary_find.h - the diary screen's search and its full view of one entry or session */
#ifndef LIMBER_DIARY_FIND_H
#define LIMBER_DIARY_FIND_H

#include <stdbool.h>
#include <stdint.h>

#include "diary/diary.h"
#include "tui/tui.h"

/* Whether the entry (or session) id holds text, as entrytext_entry_has says; false when gone. */
bool diary_find_has(struct diary *db, bool session, int64_t id, const char *text);

/*
 * Shows an entry or a session whole (every field, the whole note wrapped)
 * in a pager. Returns KA_EDIT when e was pressed on an entry to edit it,
 * KA_QUIT when closed, -1 on a signal.
 */
int diary_find_show(struct tui *t, struct diary *db, bool session, int64_t id);

#endif
