/* SPDX-License-Identifier: ISC */
/* xalloc.h - allocation that aborts with a message on exhaustion */
#ifndef LIMBER_XALLOC_H
#define LIMBER_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/*
 * Registers fn to run once, before the message and abort(), when memory runs
 * out: a face restores the terminal there. NULL removes it. fn must not
 * allocate and must be safe to call twice.
 */
void xalloc_set_fatal_hook(void (*fn)(void));

#endif
