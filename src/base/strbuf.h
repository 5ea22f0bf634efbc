/* SPDX-License-Identifier: ISC */
/* strbuf.h - a growable byte string that is always NUL-terminated */
#ifndef LIMBER_STRBUF_H
#define LIMBER_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *s;
	size_t len, cap;
};

void sb_init(struct strbuf *b);
void sb_addn(struct strbuf *b, const char *s, size_t n);
void sb_adds(struct strbuf *b, const char *s);
void sb_addc(struct strbuf *b, char c);
void sb_addf(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Gives the buffer to the caller; the strbuf is left empty. */
char *sb_steal(struct strbuf *b);
void sb_free(struct strbuf *b);

#endif
