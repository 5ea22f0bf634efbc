/* SPDX-License-Identifier: ISC */
/* termbg.h - is the terminal's background light or dark? (theme = auto) */
#ifndef LIMBER_TERMBG_H
#define LIMBER_TERMBG_H

#include <stdbool.h>

/*
 * Asks the terminal on in and out for its background colour (OSC 11), then
 * falls back to COLORFGBG; dark when neither says. Call before curses takes
 * the terminal. Waits at most timeout_ms for an answer, usually far less:
 * the question is followed by one every terminal answers (DA1), so a
 * terminal that does not know OSC 11 is seen at once.
 */
bool termbg_light(int in, int out, int timeout_ms);

#endif
