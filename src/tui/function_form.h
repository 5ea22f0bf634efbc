/* SPDX-License-Identifier: ISC */
/* function_form.h - rating what the person can do: up to three activities, 0..10, weekly */
#ifndef LIMBER_FUNCTION_FORM_H
#define LIMBER_FUNCTION_FORM_H

#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"
#include "tui/tui.h"

/*
 * Asks for the week's function score: names the activities first when none
 * are named yet (or on Ctrl-N), then rates each. Stores an entry at now.
 * Returns 1 when one was stored (msg says what), 0 for back, -1 on a signal.
 */
int function_form_run(struct tui *t, struct diary *db, int64_t now, char *msg, size_t n);

#endif
