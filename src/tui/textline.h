/* SPDX-License-Identifier: ISC */
/* textline.h - a line of text being typed: UTF-8, a cursor, scrolling, a suggested completion */
#ifndef LIMBER_TEXTLINE_H
#define LIMBER_TEXTLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/tui.h"

/* Fields are the line's own; use the functions below. */
struct textline {
	char *s; /* the text, NUL-terminated */
	size_t len, cap;
	size_t cur, first;  /* byte offsets on character starts: the cursor, the first shown */
	size_t max;         /* characters it holds at most */
	char *const *words; /* completions, preferred first; not owned */
	size_t nwords;
	int sugg;            /* the completion suggested, -1 for none */
	unsigned char u8[4]; /* a UTF-8 character arriving a byte at a time */
	int u8_len, u8_need;
};

/* What textline_key did with a key. */
enum textline_result {
	TL_IGNORED, /* not a key of the line: the caller's to handle */
	TL_USED,
	TL_FULL, /* a character refused: the line already holds max characters */
};

/* A line holding text (NULL for none) and at most max characters, the cursor at its end. */
void textline_init(struct textline *l, const char *text, size_t max);
void textline_free(struct textline *l);
/* Replaces the text (NULL for none), the cursor at its end. */
void textline_set(struct textline *l, const char *text);
/* The text without surrounding spaces, or NULL when nothing is left; caller frees. */
char *textline_text(const struct textline *l);

/*
 * Offers completions: the first of words longer than the text and starting
 * with it (ignoring case) is suggested after the cursor; Right or Ctrl-F at
 * the end takes it, Up and Down go to earlier and later ones. words stay
 * the caller's and must outlive the line.
 */
void textline_complete(struct textline *l, char *const *words, size_t n);
/* The line gets the focus: the suggestion starts again from the first completion that fits. */
void textline_focus(struct textline *l);
/* Whether a completion is suggested. */
bool textline_suggesting(const struct textline *l);

/*
 * Handles a key (the KC_TEXT keys, printable characters, UTF-8 arriving a
 * byte at a time); Up and Down only while another completion fits.
 */
enum textline_result textline_key(struct textline *l, int ch);

/*
 * Types pasted text at the cursor: valid UTF-8 only, without control
 * characters; line breaks and tabs are kept when lines is true (a note),
 * else they become spaces. TL_FULL when the line could not take it all.
 */
enum textline_result textline_paste(struct textline *l, const char *text, bool lines);

/*
 * Shows the line in an underlined slot of width columns from (y, x), with
 * "…" at x - 1 when it is scrolled (and at its end when it is cut there
 * and not focused); when focused it scrolls to keep the
 * cursor in view and shows the suggestion after it. Returns the cursor's
 * column, -1 when not focused or the slot is under 4 columns wide. With y < 0
 * it only scrolls (the line is out of view).
 */
int textline_draw(struct textline *l, struct tui *t, int y, int x, int width, bool focused);

#endif
