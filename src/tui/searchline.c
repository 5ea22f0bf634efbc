/* SPDX-License-Identifier: ISC */
/* searchline.c - the "/" line of a page or a list, as in less */
#include "config.h"

#include "tui/searchline.h"

#include <curses.h>
#include <stdlib.h>

#include "tui/keys.h"

/* The most characters a pattern holds. */
#define SEARCHLINE_MAX 200

void searchline_init(struct searchline *s)
{
	textline_init(&s->line, NULL, SEARCHLINE_MAX);
	s->typing = false;
	s->pattern = NULL;
}

void searchline_free(struct searchline *s)
{
	textline_free(&s->line);
	free(s->pattern);
	s->pattern = NULL;
}

void searchline_open(struct searchline *s)
{
	textline_set(&s->line, NULL);
	s->typing = true;
}

bool searchline_key(struct searchline *s, int ch)
{
	if (textline_key(&s->line, ch) != TL_IGNORED)
		return false;
	struct key_act k = keys_action(KC_SEARCH, ch);
	if (k.act != KA_ENTER && k.act != KA_QUIT)
		return false;
	s->typing = false;
	curs_set(0);
	char *typed = textline_text(&s->line);
	if (k.act == KA_QUIT || (!typed && !s->pattern)) {
		free(typed);
		return false;
	}
	if (typed) { /* an empty line searches again for the last pattern, as in less */
		free(s->pattern);
		s->pattern = typed;
	}
	return true;
}

void searchline_draw(struct searchline *s, struct tui *t, int y)
{
	tui_text(t, y, 1, A_BOLD, "/");
	int cx = textline_draw(&s->line, t, y, 2, t->cols - 3, true);
	if (cx >= 0) {
		move(y, cx);
		curs_set(1);
	}
}
