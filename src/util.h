/* util.h - checked allocation, status codes, diagnostics, strings */
#ifndef LIMBER_UTIL_H
#define LIMBER_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * Status codes: one list, expanded into the enum, the message table and the
 * exit status each maps to (0 ok, 1 runtime failure, 2 invalid input).
 */
#define LB_STATUS_LIST(X)                                                                          \
	X(LB_OK, 0, "success")                                                                     \
	X(LB_INVALID, 2, "invalid input")                                                          \
	X(LB_USAGE, 2, "usage error")                                                              \
	X(LB_NOT_FOUND, 2, "not found")                                                            \
	X(LB_IO, 1, "input/output error")                                                          \
	X(LB_DB, 1, "database error")                                                              \
	X(LB_NEWER, 1, "written by a newer limber")

enum lb_status {
#define LB_STATUS_ENUM(name, exit, msg) name,
	LB_STATUS_LIST(LB_STATUS_ENUM)
#undef LB_STATUS_ENUM
};

/* The human text of a status code. */
const char *lb_status_str(enum lb_status st);
/* The process exit status a status code maps to. */
int lb_status_exit(enum lb_status st);

/* Allocation that aborts with a message on exhaustion. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* One problem found in an input: where, and what. line 0 means "the whole file". */
struct diag {
	char *file;
	int line;
	char *msg;
};

/* A growing list of problems; core code fills it, faces print it. */
struct diags {
	struct diag *v;
	size_t n, cap;
};

void diags_add(struct diags *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diags_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));
/* Moves every problem of src to the end of dst, leaving src empty. */
void diags_move(struct diags *dst, struct diags *src);
/* Number of problems reported for one file. */
size_t diags_count_file(const struct diags *d, const char *file);
/* Orders problems by line within each file, files as they first appear (stable). */
void diags_sort(struct diags *d);
void diags_free(struct diags *d);
/* Formats one problem as "FILE:LINE: MSG" (or "FILE: MSG"); caller frees. */
char *diag_format(const struct diag *g);

/* A growable byte string that is always NUL-terminated. */
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

/* A bump allocator: many small objects freed at once. */
struct arena {
	struct arena_block *head;
};

void *arena_alloc(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
void arena_free(struct arena *a);

/*
 * UTF-8. utf8_valid reports the byte offset of the first bad sequence.
 * utf8_width counts terminal columns (wide characters 2, combining 0) and
 * does not depend on the user's locale; -1 for invalid or control input.
 */
bool utf8_valid(const char *s, size_t n, size_t *bad_at);
int utf8_width(const char *s);
/* Bytes of s that fit in cols columns (never cutting a character). */
size_t utf8_fit(const char *s, int cols);

/*
 * Bytes of s that make its next line when wrapped at cols columns: breaks
 * after the last space that fits, or mid-word when a word is wider than cols.
 * *next is where the following line starts (spaces skipped).
 */
size_t utf8_wrap(const char *s, int cols, const char **next);

/* Strict decimal integer: digits only, no sign, no leading zero, in min..max. */
bool parse_uint(const char *s, long min, long max, long *out);

/* Levenshtein distance, for "did you mean". */
size_t str_distance(const char *a, const char *b);
/* The word in words[0..n) closest to s, or NULL when none is close. */
const char *str_suggest(const char *s, const char *const *words, size_t n);

#endif
