/* SPDX-License-Identifier: ISC */
/* picker.h - choosing a routine: title, minutes, areas; typing filters */
#ifndef LIMBER_PICKER_H
#define LIMBER_PICKER_H

#include "routine/routine.h"
#include "tui/tui.h"

/*
 * Shows the routines of lib; returns the one chosen, or NULL when the user
 * backed out (or a signal arrived: t->signal). suggested is selected first.
 * verb says what Enter does ("start"), marked NC_("picker", ...): the key
 * line shows its translation.
 */
const struct routine *picker_choose(struct tui *t, const struct library *lib, int count_in,
				    const char *suggested, const char *verb);

#endif
