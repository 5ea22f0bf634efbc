/* util.c - checked allocation, status codes, diagnostics, strings */
#include "config.h"

#include "util.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static const struct {
	int exit;
	const char *msg;
} status_table[] = {
#define LB_STATUS_ROW(name, ex, text) [name] = {ex, text},
	LB_STATUS_LIST(LB_STATUS_ROW)
#undef LB_STATUS_ROW
};

const char *lb_status_str(enum lb_status st)
{
	return status_table[st].msg;
}

int lb_status_exit(enum lb_status st)
{
	return status_table[st].exit;
}

static void oom(size_t n)
{
	fprintf(stderr, "limber: out of memory (allocating %zu bytes)\n", n);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom(n);
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (!p)
		oom(nmemb * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom(n);
	return q;
}

void *xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size && nmemb > SIZE_MAX / size)
		oom(SIZE_MAX);
	return xrealloc(p, nmemb * size);
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *s;
	if (vasprintf(&s, fmt, ap) < 0)
		oom(0);
	return s;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

void diags_vadd(struct diags *d, const char *file, int line, const char *fmt, va_list ap)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	d->v[d->n].file = file ? xstrdup(file) : NULL;
	d->v[d->n].line = line;
	d->v[d->n].msg = xvasprintf(fmt, ap);
	d->n++;
}

void diags_add(struct diags *d, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(d, file, line, fmt, ap);
	va_end(ap);
}

void diags_move(struct diags *dst, struct diags *src)
{
	for (size_t i = 0; i < src->n; i++) {
		if (dst->n == dst->cap) {
			dst->cap = dst->cap ? dst->cap * 2 : 8;
			dst->v = xreallocarray(dst->v, dst->cap, sizeof *dst->v);
		}
		dst->v[dst->n++] = src->v[i];
	}
	free(src->v);
	src->v = NULL;
	src->n = src->cap = 0;
}

size_t diags_count_file(const struct diags *d, const char *file)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].file && strcmp(d->v[i].file, file) == 0)
			n++;
	return n;
}

static bool same_file(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

void diags_sort(struct diags *d)
{
	/* Gather each file's problems behind its first one... */
	for (size_t i = 0; i < d->n; i++) {
		size_t k = i + 1;
		for (size_t j = i + 1; j < d->n; j++) {
			if (!same_file(d->v[j].file, d->v[i].file))
				continue;
			struct diag g = d->v[j];
			memmove(&d->v[k + 1], &d->v[k], (j - k) * sizeof *d->v);
			d->v[k++] = g;
		}
		i = k - 1;
	}
	/* ...then order each file's run by line: an insertion sort, stable, lists are short. */
	for (size_t i = 1; i < d->n; i++) {
		struct diag g = d->v[i];
		size_t j = i;
		while (j > 0 && same_file(d->v[j - 1].file, g.file) && d->v[j - 1].line > g.line) {
			d->v[j] = d->v[j - 1];
			j--;
		}
		d->v[j] = g;
	}
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

char *diag_format(const struct diag *g)
{
	if (g->file && g->line > 0)
		return xasprintf("%s:%d: %s", g->file, g->line, g->msg);
	if (g->file)
		return xasprintf("%s: %s", g->file, g->msg);
	return xstrdup(g->msg);
}

void sb_init(struct strbuf *b)
{
	b->s = NULL;
	b->len = b->cap = 0;
}

static void sb_grow(struct strbuf *b, size_t more)
{
	if (b->len + more + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + more + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void sb_addn(struct strbuf *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_adds(struct strbuf *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

void sb_addc(struct strbuf *b, char c)
{
	sb_addn(b, &c, 1);
}

void sb_addf(struct strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	sb_adds(b, s);
	free(s);
}

char *sb_steal(struct strbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	sb_init(b);
	return s;
}

void sb_free(struct strbuf *b)
{
	free(b->s);
	sb_init(b);
}

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_BLOCK (64 * 1024)

void *arena_alloc(struct arena *a, size_t n)
{
	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		b = xmalloc(sizeof *b + size);
		b->size = size;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = arena_alloc(a, n);
	memcpy(p, s, n);
	return p;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}

/* Decodes one UTF-8 sequence; returns its length, or 0 when it is malformed. */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	size_t len;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2, v = c & 0x1f, min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3, v = c & 0x0f, min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

bool utf8_valid(const char *s, size_t n, size_t *bad_at)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len) {
			if (bad_at)
				*bad_at = i;
			return false;
		}
		i += len;
	}
	return true;
}

/* Column width of one code point, taken from glibc's tables under C.UTF-8. */
static int cp_width(uint32_t cp)
{
	static locale_t utf8_locale;
	static bool tried;
	if (cp < 0x80)
		return (cp < 0x20 || cp == 0x7f) ? -1 : 1;
	if (!tried) {
		tried = true;
		utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	if (!utf8_locale)
		return 1;
	locale_t old = uselocale(utf8_locale);
	int w = wcwidth((wchar_t)cp);
	uselocale(old);
	return w;
}

int utf8_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	int cols = 0;
	while (i < n) {
		if (p[i] >= 0x20 && p[i] < 0x7f) { /* printable ASCII: the common case */
			cols++;
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len)
			return -1;
		int w = cp_width(cp);
		if (w < 0)
			return -1;
		cols += w;
		i += len;
	}
	return cols;
}

size_t utf8_fit(const char *s, int cols)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	int used = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = utf8_decode(p + i, n - i, &cp);
		if (!len)
			break;
		int w = cp_width(cp);
		if (w < 0)
			w = 1;
		if (used + w > cols)
			break;
		used += w;
		i += len;
	}
	return i;
}

size_t utf8_wrap(const char *s, int cols, const char **next)
{
	size_t fit = utf8_fit(s, cols);
	size_t len = strlen(s);
	size_t cut = fit;
	if (fit < len) {
		size_t sp = fit;
		while (sp > 0 && s[sp] != ' ')
			sp--;
		if (sp > 0)
			cut = sp;
		else if (fit == 0)
			cut = len; /* nothing fits: give the rest rather than loop */
	}
	size_t end = cut;
	while (end > 0 && s[end - 1] == ' ')
		end--;
	const char *n = s + cut;
	while (*n == ' ')
		n++;
	*next = n;
	return end;
}

bool parse_uint(const char *s, long min, long max, long *out)
{
	if (!s || !*s)
		return false;
	if (s[0] == '0' && s[1] != '\0')
		return false;
	long v = 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		if (v > (LONG_MAX - (*p - '0')) / 10)
			return false;
		v = v * 10 + (*p - '0');
	}
	if (v < min || v > max)
		return false;
	*out = v;
	return true;
}

size_t str_distance(const char *a, const char *b)
{
	/* Optimal string alignment: a swap of two neighbours counts as one edit. */
	size_t la = strlen(a), lb = strlen(b);
	size_t *prev2 = xcalloc(lb + 1, sizeof *prev2);
	size_t *prev = xcalloc(lb + 1, sizeof *prev);
	size_t *row = xcalloc(lb + 1, sizeof *row);
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = prev[j - 1] + cost;
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			row[j] = best;
		}
		size_t *t = prev2;
		prev2 = prev;
		prev = row;
		row = t;
	}
	size_t d = prev[lb];
	free(prev2);
	free(prev);
	free(row);
	return d;
}

const char *str_suggest(const char *s, const char *const *words, size_t n)
{
	const char *best = NULL;
	size_t best_d = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		size_t d = str_distance(s, words[i]);
		if (d < best_d) {
			best_d = d;
			best = words[i];
		}
	}
	/* Close means at most a third of the word changed (and at least one edit allowed). */
	size_t len = strlen(s);
	size_t limit = len / 3 > 1 ? len / 3 : 1;
	if (best && best_d <= limit && best_d > 0)
		return best;
	return NULL;
}
