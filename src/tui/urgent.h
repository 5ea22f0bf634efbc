/* urgent.h - the urgent-care message before a session, after a red flag */
#ifndef LIMBER_URGENT_H
#define LIMBER_URGENT_H

#include <stdbool.h>

#include "tui/tui.h"

/*
 * Shows the urgent-care message over the whole screen and waits for a
 * deliberate answer: Enter (not in the first moment, so a key typed on
 * does not count) goes on, Esc or q goes back. Any other key does
 * nothing. True to go on.
 */
bool urgent_confirm(struct tui *t, const char *why);

/* Why the message comes before a session. */
#define URGENT_BEFORE_SESSION                                                                      \
	"You noted a red flag in the last 24 hours. Exercise can wait: have this checked first."

#endif
