/* SPDX-License-Identifier: ISC */
/* entry.h - the diary entry form: how the back and the leg feel, in under 15 seconds */
#ifndef LIMBER_ENTRY_H
#define LIMBER_ENTRY_H

#include <stdbool.h>
#include <stdint.h>

#include "diary/diary.h"
#include "tui/tui.h"

/*
 * Edits e in a form: a new entry (diary_entry_init'ed, at and tz set) or a
 * stored one. Enter validates and saves it (diary_add_entry when is_new,
 * else diary_update_entry, stamped with now), showing the urgent-care
 * message full screen first when a red flag is ticked; *saved says whether
 * it was written. Esc cancels. Returns -1 when a signal ended it
 * (t->signal set), else 0.
 */
int entry_form_run(struct tui *t, struct diary *db, struct diary_entry *e, bool is_new, int64_t now,
                   bool *saved);

#endif
