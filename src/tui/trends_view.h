/* SPDX-License-Identifier: ISC */
/* trends_view.h - the trends screen: the same charts as `limber trends`, scrollable */
#ifndef LIMBER_TRENDS_VIEW_H
#define LIMBER_TRENDS_VIEW_H

#include "base/settings.h"
#include "diary/diary.h"
#include "tui/tui.h"

/* Shows trends from the diary; returns -1 on a signal. */
int trends_view_run(struct tui *t, struct diary *db, const struct settings *st);

#endif
