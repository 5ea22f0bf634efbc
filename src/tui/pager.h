/* pager.h - a scrollable page of text: routine details, help, notices */
#ifndef LIMBER_PAGER_H
#define LIMBER_PAGER_H

#include "tui/tui.h"

/*
 * Shows text (lines separated by '\n') under a title line, scrollable with
 * the pager keys. footer is the key line. Returns -1 on a signal.
 */
int pager_show(struct tui *t, const char *title, const char *text, const char *footer);

#endif
