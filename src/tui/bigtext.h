/* bigtext.h - large digits and a few letters, readable from the mat */
#ifndef LIMBER_BIGTEXT_H
#define LIMBER_BIGTEXT_H

#include "tui/tui.h"

#define BIGTEXT_ROWS 5

/* Columns the text takes (digits, ':', space and the letters of PAUSED and DONE). */
int bigtext_width(const char *s);
/* Draws s with its top-left corner at (y, x): blocks under UTF-8, '#' otherwise. */
void bigtext_draw(struct tui *t, int y, int x, int attr, const char *s);

#endif
