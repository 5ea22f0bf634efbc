/* SPDX-License-Identifier: ISC */
/* rating.h - the quick pain rating before and after a session */
#ifndef LIMBER_RATING_H
#define LIMBER_RATING_H

#include "tui/tui.h"

/* What Esc does on the rating: skip both ratings, or (before a session) go back. */
enum rating_esc { RATING_ESC_SKIPS, RATING_ESC_BACK };

/*
 * Asks for back and leg pain, one key each: 0-9, t for 10, Enter skips.
 * title names the routine for the title line; heading is the question, whole
 * and translated ("Before you start: how is your pain?"). *back and *leg are
 * -1 when skipped. Returns -1 when a
 * signal ended it, 1 when Esc went back (RATING_ESC_BACK), else 0.
 */
int rating_ask(struct tui *t, const char *title, const char *heading, enum rating_esc esc,
	       int *back, int *leg);

/* A 0..10 scale on row from column x, value (or none, -1) marked in brackets, not by colour alone
 * (compact, a number every two columns, where the whole one does not fit); returns the column
 * after it. */
int rating_draw_scale(struct tui *t, int row, int x, int value);
/* The same after a session, with the ratings before it (-1: not given) shown beside. */
int rating_ask_beside(struct tui *t, const char *title, const char *heading, enum rating_esc esc,
		      const int before[2], int *back, int *leg);
/*
 * After a session: "Leg symptoms now: moved toward the back / same / spread
 * further down the leg", one key each (b, s, d); Enter or Esc skips.
 * *legs gets the enum field_legs, or -1. Returns -1 when a signal ended it.
 */
int rating_legs(struct tui *t, const char *title, int *legs);

#endif
