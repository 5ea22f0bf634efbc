/* SPDX-License-Identifier: ISC */
/* urgent.h - the urgent-care message after a red flag: before a session, and in the form */
#ifndef LIMBER_URGENT_H
#define LIMBER_URGENT_H

#include <stdbool.h>

#include "base/i18n.h"
#include "tui/tui.h"

/* What the message says besides the urgent advice, and where its keys lead (all translated). */
struct urgent_text {
	const char *why;   /* a paragraph after the advice */
	unsigned flags;    /* red flags listed under "You noted:" (field_flags bits), or 0 */
	const char *hint;  /* a last, dim paragraph, or NULL */
	const char *go_on, *go_on_short; /* what Enter does: "I understand, go on", "go on" */
	const char *back, *back_short;   /* what Esc, q and b do: "back, no session", "back" */
};

/*
 * Shows the urgent-care message over the whole screen and waits for a
 * deliberate answer: Enter (not in the first moment, so a key typed on
 * does not count) goes on, Esc, q or b go back. Any other key does
 * nothing. Returns 1 to go on, 0 to go back, -1 when a signal ended it.
 */
int urgent_show(struct tui *t, const struct urgent_text *u);

/* The message before a session: true to go on with it. */
bool urgent_confirm(struct tui *t, const char *why);

/* Why the message comes before a session (N_: the caller translates it). */
#define URGENT_BEFORE_SESSION                                                                      \
	N_("You noted a red flag in the last 24 hours. Exercise can wait: have this checked first.")

#endif
