/* SPDX-License-Identifier: ISC */
/* home.h - the home screen: today at a glance, and every action one key away */
#ifndef LIMBER_HOME_H
#define LIMBER_HOME_H

#include "base/settings.h"
#include "diary/diary.h"
#include "routine/routine.h"
#include "tui/tui.h"

struct home_ctx {
	struct library *lib;
	const struct settings *st;
	struct diary *db;
	const char *data_dir; /* where the first-run notice is remembered */
};

/* Runs the home screen until q; returns -1 on a signal. */
int home_run(struct tui *t, struct home_ctx *ctx);

#endif
