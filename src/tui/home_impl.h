/* SPDX-License-Identifier: ISC */
/* home_impl.h - what the home screen's files share (home*.c only; the rest use home.h) */
#ifndef LIMBER_HOME_IMPL_H
#define LIMBER_HOME_IMPL_H

#include <stdbool.h>

#include "insight/function.h"
#include "insight/today.h"
#include "tui/home.h"
#include "tui/tui.h"

struct home {
	struct home_ctx *ctx;
	bool utf8;
	struct today today;
	struct function_history fn; /* what the person can do, beside the pain */
	bool loaded;
	char *message; /* a line about what just happened */
};

/* Draws the home screen (home_draw.c): the screen's draw operation. */
void home_draw(struct tui *t, struct tui_screen *s);

#endif
