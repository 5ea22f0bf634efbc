/* SPDX-License-Identifier: ISC */
/* textline.c - a line of text being typed: UTF-8, a cursor, scrolling, a suggested completion */
#include "config.h"

#include "tui/textline.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"
#include "base/xalloc.h"
#include "tui/keys.h"

void textline_init(struct textline *l, const char *text, size_t max)
{
	*l = (struct textline){.max = max, .sugg = -1};
	textline_set(l, text);
}

void textline_free(struct textline *l)
{
	free(l->s);
	l->s = NULL;
}

void textline_set(struct textline *l, const char *text)
{
	free(l->s);
	l->len = text ? strlen(text) : 0;
	l->cap = l->len + 16;
	l->s = xmalloc(l->cap);
	memcpy(l->s, text ? text : "", l->len + 1);
	l->cur = l->len;
	l->first = 0;
}

char *textline_text(const struct textline *l)
{
	const char *s = l->s, *end = l->s + l->len;
	while (s < end && *s == ' ')
		s++;
	while (end > s && end[-1] == ' ')
		end--;
	return end > s ? xstrndup(s, (size_t)(end - s)) : NULL;
}

/* ---- completions ---- */

/* The first completion from index i on, in direction dir, that starts with the text; or -1. */
static int match(const struct textline *l, int i, int dir)
{
	for (; i >= 0 && i < (int)l->nwords; i += dir)
		if (strlen(l->words[i]) > l->len && strncasecmp(l->words[i], l->s, l->len) == 0)
			return i;
	return -1;
}

void textline_complete(struct textline *l, char *const *words, size_t n)
{
	l->words = words;
	l->nwords = n;
}

void textline_focus(struct textline *l)
{
	l->sugg = match(l, 0, 1);
}

bool textline_suggesting(const struct textline *l)
{
	return l->sugg >= 0;
}

/* ---- editing ---- */

static size_t chars(const struct textline *l)
{
	size_t n = 0;
	for (size_t i = 0; i < l->len; i++)
		n += ((unsigned char)l->s[i] & 0xc0) != 0x80;
	return n;
}

static size_t prev_char(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[--i] & 0xc0) == 0x80)
		;
	return i;
}

static size_t next_char(const char *s, size_t len, size_t i)
{
	while (i < len && ((unsigned char)s[++i] & 0xc0) == 0x80)
		;
	return i;
}

static enum textline_result insert(struct textline *l, const char *s, size_t n)
{
	if (chars(l) >= l->max)
		return TL_FULL;
	if (l->len + n + 1 > l->cap) {
		l->cap = (l->len + n + 1) * 2;
		l->s = xrealloc(l->s, l->cap);
	}
	memmove(l->s + l->cur + n, l->s + l->cur, l->len - l->cur + 1);
	memcpy(l->s + l->cur, s, n);
	l->len += n;
	l->cur += n;
	textline_focus(l);
	return TL_USED;
}

static void remove_range(struct textline *l, size_t from, size_t to)
{
	memmove(l->s + from, l->s + to, l->len - to + 1);
	l->len -= to - from;
	l->cur = from;
	if (l->first > from)
		l->first = from;
}

/* Bytes of a UTF-8 character arrive one key at a time (tui_run reads with getch). */
static enum textline_result utf8_byte(struct textline *l, unsigned char b)
{
	if (l->u8_len && (b & 0xc0) != 0x80)
		l->u8_len = 0; /* a new start: drop the broken character */
	if (!l->u8_len) {
		l->u8_need = b >= 0xc2 && b <= 0xdf   ? 2
		             : b >= 0xe0 && b <= 0xef ? 3
		             : b >= 0xf0 && b <= 0xf4 ? 4
		                                      : 0;
		if (l->u8_need)
			l->u8[l->u8_len++] = b;
		return TL_USED;
	}
	l->u8[l->u8_len++] = b;
	if (l->u8_len < l->u8_need)
		return TL_USED;
	l->u8_len = 0;
	char ch[5] = {0};
	memcpy(ch, l->u8, (size_t)l->u8_need);
	if (utf8_width(ch) < 0) /* invalid, or a control character */
		return TL_USED;
	return insert(l, ch, (size_t)l->u8_need);
}

enum textline_result textline_key(struct textline *l, int ch)
{
	struct key_act k = keys_action(KC_TEXT, ch);
	if (k.act == KA_UTF8)
		return utf8_byte(l, (unsigned char)k.arg);
	l->u8_len = 0;
	enum key_action a = k.act;
	switch (a) {
	case KA_LEFT:
		l->cur = prev_char(l->s, l->cur);
		break;
	case KA_RIGHT:
		if (l->sugg >= 0 && l->cur == l->len)
			textline_set(l, l->words[l->sugg]);
		else
			l->cur = next_char(l->s, l->len, l->cur);
		break;
	case KA_HOME:
		l->cur = 0;
		break;
	case KA_END:
		l->cur = l->len;
		break;
	case KA_DEL_BACK:
		if (l->cur)
			remove_range(l, prev_char(l->s, l->cur), l->cur);
		break;
	case KA_DEL_FORWARD:
		if (l->cur < l->len)
			remove_range(l, l->cur, next_char(l->s, l->len, l->cur));
		break;
	case KA_DEL_TO_START:
		remove_range(l, 0, l->cur);
		break;
	case KA_DEL_TO_END:
		remove_range(l, l->cur, l->len);
		break;
	case KA_UP:
	case KA_DOWN: {
		/* Like a shell's history: Up older, Down newer; past the ends the caller's. */
		int dir = a == KA_UP ? 1 : -1,
		    next = l->sugg >= 0 ? match(l, l->sugg + dir, dir) : -1;
		if (next < 0)
			return TL_IGNORED;
		l->sugg = next;
		return TL_USED;
	}
	case KA_CHAR: {
		char c = (char)k.arg;
		return insert(l, &c, 1);
	}
	default:
		return TL_IGNORED;
	}
	textline_focus(l);
	return TL_USED;
}

/* The bytes of the UTF-8 character a lead byte starts, 0 when it starts none. */
static int utf8_len(unsigned char b)
{
	return b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3
	       : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
}

enum textline_result textline_paste(struct textline *l, const char *text, bool lines)
{
	l->u8_len = 0;
	for (const char *p = text; *p;) {
		int n = utf8_len((unsigned char)*p);
		char ch[5] = {0};
		if (n == 0 || strnlen(p, (size_t)n) < (size_t)n) {
			p++;
			continue;
		}
		memcpy(ch, p, (size_t)n);
		p += n;
		if (ch[0] == '\n' || ch[0] == '\t')
			ch[0] = lines ? ch[0] : ' ';
		else if (utf8_width(ch) < 0) /* invalid, or a control character */
			continue;
		if (insert(l, ch, (size_t)n) == TL_FULL)
			return TL_FULL;
	}
	return TL_USED;
}

/* ---- drawing ---- */

/* Columns taken by the n bytes at s, control characters counted as one. */
static int width_n(const char *s, size_t n)
{
	char *c = xstrndup(s, n);
	for (char *p = c; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	int w = utf8_width(c);
	free(c);
	return w < 0 ? (int)n : w;
}

int textline_draw(struct textline *l, struct tui *t, int y, int x, int w, bool focused)
{
	if (w < 4)
		return -1;
	if (focused) {
		if (l->first > l->cur)
			l->first = l->cur;
		while (width_n(l->s + l->first, l->cur - l->first) > w - 1)
			l->first = next_char(l->s, l->len, l->first);
	} else {
		l->first = 0;
	}
	int cx = focused ? x + width_n(l->s + l->first, l->cur - l->first) : -1;
	if (y < 0)
		return cx;
	char *shown = xstrndup(l->s + l->first, l->len - l->first);
	for (char *p = shown; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	/* Not focused and longer than the slot: cut, and say so. */
	bool cut = !focused && utf8_width(shown) > w;
	shown[utf8_fit(shown, cut ? w - 1 : w)] = '\0';
	char *blank = xasprintf("%*s", w, "");
	tui_text(t, y, x, A_UNDERLINE, blank);
	tui_text(t, y, x, A_UNDERLINE, shown);
	if (l->first > 0)
		tui_text(t, y, x - 1, tui_attr(t, TC_DIM), tui_sym(t, "…", "<"));
	if (cut)
		tui_text(t, y, x + utf8_width(shown), A_UNDERLINE | tui_attr(t, TC_DIM),
		         tui_sym(t, "…", ">"));
	if (focused && l->sugg >= 0 && l->cur == l->len) {
		const char *rest = l->words[l->sugg] + l->len;
		char *tail = xstrndup(rest, utf8_fit(rest, x + w - cx));
		tui_text(t, y, cx, A_UNDERLINE | A_DIM | tui_attr(t, TC_DIM), tail);
		free(tail);
	}
	free(blank);
	free(shown);
	return cx;
}
