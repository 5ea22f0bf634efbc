/* SPDX-License-Identifier: ISC */
/* textsafe.h - text from a file or a user, made safe to print on a terminal */
#ifndef LIMBER_TEXTSAFE_H
#define LIMBER_TEXTSAFE_H

#include <stdbool.h>
#include <stddef.h>

enum textsafe_flags {
	TEXTSAFE_LINES = 1, /* newlines and tabs are text (notes), not controls */
};

/*
 * A copy of s in which nothing can drive a terminal: control characters
 * (C0, DEL, C1), bidirectional controls (U+202E and its kin), invisible
 * format characters (U+200B and its kin) and bytes that are not UTF-8 are
 * shown as \xNN or \uNNNN. Caller frees.
 */
char *textsafe(const char *s, unsigned flags);
/* The byte offset of the first character textsafe would change, or -1 when none. */
long textsafe_find(const char *s, size_t n, unsigned flags);

/*
 * Why s cannot be kept as text, or NULL when it can: "not valid UTF-8
 * (byte N)", a bidirectional control, an invisible format character, a
 * control character. The one check of texts from routine files and from
 * imports (caller frees).
 */
char *textsafe_why(const char *s, unsigned flags);

#endif
