/* SPDX-License-Identifier: ISC */
/* diary_find.h - the diary screen's search and its full view of one entry or session */
#ifndef LIMBER_DIARY_FIND_H
#define LIMBER_DIARY_FIND_H

#include <stdbool.h>
#include <stdint.h>

#include "diary/diary.h"
#include "tui/tui.h"

/* A line of the diary list; the record itself is read when the line is drawn. */
struct diary_item {
	int64_t id, at;
	bool session;
};

/* Whether the entry (or session) id holds text, as entrytext_entry_has says; false when gone. */
bool diary_find_has(struct diary *db, bool session, int64_t id, const char *text);

/*
 * The first of the n items from `from` on, in direction dir (1: older, -1:
 * newer), that holds pattern; n when none. Says in msg which match it is
 * of how many ("/knee: 2 of 5 (n next, N before)"), or that there is none.
 */
size_t diary_find_next(struct diary *db, const struct diary_item *items, size_t n, size_t from,
		       int dir, const char *pattern, char *msg, size_t msg_n);

/*
 * Shows an entry or a session whole (every field, the whole note wrapped)
 * in a pager. Returns KA_EDIT when e was pressed on an entry to edit it,
 * KA_QUIT when closed, -1 on a signal.
 */
int diary_find_show(struct tui *t, struct diary *db, bool session, int64_t id);

#endif
