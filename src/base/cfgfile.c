/* SPDX-License-Identifier: ISC */
/* cfgfile.c - reading a libconfuse file safely, with exact line numbers */
#include "config.h"

#include "base/cfgfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/numparse.h"
#include "base/strbuf.h"
#include "base/strdist.h"
#include "base/xalloc.h"

enum tok_type { TOK_NONE, TOK_WORD, TOK_STRING, TOK_PUNCT };

struct tok {
	enum tok_type type;
	size_t start, end; /* byte range in the text */
	int line;
	char punct;
};


/* A section being read: where it is in sec[], what it may hold, where it began. */
struct frame {
	int idx;
	cfg_opt_t *opts; /* NULL: an unknown section, blanked out when it closes */
	size_t start;
};

/* What the scanner has learned about the file so far. */
struct scan {
	const char *path;
	char *out; /* the text for libconfuse, being rewritten */
	size_t n;
	struct cfgfile *cf;
	struct diags *d;
	cfg_opt_t *root;
	struct frame *stack; /* open sections */
	size_t depth, stack_cap;
	int list_line; /* > 0 while inside a list value */
	struct tok t1, t2, t3; /* the last three tokens, newest first */
	size_t grown; /* bytes the text grew by since the scanner last looked */
	bool blanking; /* an unknown key's value is being read */
	size_t blank_from;
	bool fatal;
};

static int add_section(struct cfgfile *cf, const char *kind, size_t kind_len, const char *id,
		       size_t id_len, int line, int parent)
{
	if (cf->nsec == cf->sec_cap) {
		cf->sec_cap = cf->sec_cap ? cf->sec_cap * 2 : 16;
		cf->sec = xreallocarray(cf->sec, cf->sec_cap, sizeof *cf->sec);
	}
	struct cfgfile_section *s = &cf->sec[cf->nsec];
	s->kind = xstrndup(kind, kind_len);
	s->id = id ? xstrndup(id, id_len) : NULL;
	s->line = line;
	s->parent = parent;
	s->keys = NULL;
	s->nkeys = s->keys_cap = 0;
	return (int)cf->nsec++;
}

static struct frame *top(struct scan *sc)
{
	static struct frame none;
	return sc->depth ? &sc->stack[sc->depth - 1] : &none;
}

static int current(struct scan *sc)
{
	return sc->depth ? top(sc)->idx : 0;
}

static cfg_opt_t *current_opts(struct scan *sc)
{
	return sc->depth ? top(sc)->opts : sc->root;
}

/* Whether we are inside a section that will be blanked out as a whole. */
static bool in_unknown(struct scan *sc)
{
	for (size_t i = 0; i < sc->depth; i++)
		if (!sc->stack[i].opts)
			return true;
	return false;
}

/* Replaces text with spaces, keeping newlines so line numbers stay true. */
static void blank(struct scan *sc, size_t from, size_t to)
{
	for (size_t i = from; i < to && i < sc->n; i++)
		if (sc->out[i] != '\n')
			sc->out[i] = ' ';
}

/* Reports msg about an unknown name, with the name meant or the names known there. */
static void report_unknown(struct scan *sc, int line, const char *msg, const char *name,
                           cfg_opt_t *opts, bool sections)
{
	size_t n = 0;
	const char *words[64] = {0};
	for (size_t i = 0; opts[i].name && n < 64; i++)
		if ((opts[i].type == CFGT_SEC) == sections)
			words[n++] = opts[i].name;
	const char *hint = str_suggest(name, words, n);
	if (hint) {
		/* TRANSLATORS: a problem ("unknown key 'titel'"), then the key meant. */
		diags_add(sc->d, sc->path, line, _("%s (did you mean '%s'?)"), msg, hint);
		return;
	}
	if (n == 0) {
		diags_add(sc->d, sc->path, line, "%s", msg);
		return;
	}
	struct strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < n; i++)
		sb_addf(&b, "%s%s", i ? ", " : "", words[i]);
	/* TRANSLATORS: a problem ("unknown key 'titel'"), then the keys known there. */
	diags_add(sc->d, sc->path, line, _("%s (known: %s)"), msg, b.s);
	sb_free(&b);
}

static cfg_opt_t *find_opt(cfg_opt_t *opts, const char *name, size_t len, bool section)
{
	for (size_t i = 0; opts && opts[i].name; i++)
		if ((opts[i].type == CFGT_SEC) == section && strlen(opts[i].name) == len &&
		    memcmp(opts[i].name, name, len) == 0)
			return &opts[i];
	return NULL;
}

/*
 * Records `key =` with its line. An unknown key is reported here and its
 * value blanked out: libconfuse would stop at the first one (and its own
 * skipping mode mishandles unknown titled sections), so the scanner, which
 * sees every key with its line, reports them all instead.
 */
static void add_key(struct scan *sc, const struct tok *k)
{
	if (in_unknown(sc))
		return;
	struct cfgfile_section *s = &sc->cf->sec[current(sc)];
	const char *name = sc->out + k->start;
	size_t len = k->end - k->start;
	cfg_opt_t *opt = find_opt(current_opts(sc), name, len, false);
	if (!opt) {
		char *word = xstrndup(name, len);
		/* TRANSLATORS: a key and a section ("exercise") of the file, as written. */
		char *msg = sc->depth ? xasprintf(_("unknown key '%s' in %s"), word, s->kind)
		                      : xasprintf(_("unknown key '%s'"), word);
		report_unknown(sc, k->line, msg, word, current_opts(sc), false);
		free(msg);
		free(word);
		sc->blanking = true;
		sc->blank_from = k->start;
		return;
	}
	for (size_t i = 0; i < s->nkeys; i++) {
		if (s->keys[i].name == opt->name) {
			diags_add(sc->d, sc->path, k->line,
			          _("'%s' is given twice (first on line %d)"), opt->name,
			          s->keys[i].line);
			return;
		}
	}
	if (s->nkeys == s->keys_cap) {
		s->keys_cap = s->keys_cap ? s->keys_cap * 2 : 8;
		s->keys = xreallocarray(s->keys, s->keys_cap, sizeof *s->keys);
	}
	s->keys[s->nkeys].name = opt->name;
	s->keys[s->nkeys].line = k->line;
	s->nkeys++;
}

static bool is_punct(const struct tok *t, char c)
{
	return t->type == TOK_PUNCT && t->punct == c;
}

/* Rewrites a section title token as its index (a bare number, space-padded). */
static void retitle(struct scan *sc, const struct tok *title, int index)
{
	char num[24];
	int len = snprintf(num, sizeof num, "%d", index);
	size_t room = title->end - title->start;
	/* Rebuild the text only when the index is longer than the title (short
	 * bare titles in long files); the scanner then skips the growth. */
	if ((size_t)len <= room) {
		memcpy(sc->out + title->start, num, (size_t)len);
		memset(sc->out + title->start + len, ' ', room - (size_t)len);
		return;
	}
	size_t extra = (size_t)len - room;
	char *out = xmalloc(sc->n + extra + 1);
	memcpy(out, sc->out, title->start);
	memcpy(out + title->start, num, (size_t)len);
	memcpy(out + title->start + len, sc->out + title->end, sc->n - title->end + 1);
	free(sc->out);
	sc->out = out;
	sc->n += extra;
	sc->grown += extra;
}

/*
 * libconfuse replaces ${VAR} in a double-quoted string with the environment's
 * VAR, and has no switch for it; routine text is taken literally, so the
 * dollar at out[i] is escaped as \$ (which libconfuse reads as a plain $).
 */
static void escape_dollar(struct scan *sc, size_t i)
{
	char *out = xmalloc(sc->n + 2);
	memcpy(out, sc->out, i);
	out[i] = '\\';
	memcpy(out + i + 1, sc->out + i, sc->n - i + 1);
	free(sc->out);
	sc->out = out;
	sc->n++;
}

static void open_section(struct scan *sc, const struct tok *brace)
{
	struct tok *title = NULL, *kind = NULL;
	/* `kind "title" {` at the start of a statement, or `kind {`. */
	if ((sc->t1.type == TOK_STRING || sc->t1.type == TOK_WORD) && sc->t2.type == TOK_WORD &&
	    !is_punct(&sc->t3, '=') && !is_punct(&sc->t3, ',') && !is_punct(&sc->t3, '+')) {
		kind = &sc->t2;
		title = &sc->t1;
	} else if (sc->t1.type == TOK_WORD) {
		kind = &sc->t1;
	}
	int idx;
	struct frame fr = {0, NULL, brace->start};
	if (kind) {
		const char *id = NULL;
		size_t id_len = 0;
		if (title) {
			id = sc->out + title->start;
			id_len = title->end - title->start;
			if (title->type == TOK_STRING) {
				id++;
				id_len = id_len >= 2 ? id_len - 2 : 0;
			}
		}
		const char *kname = sc->out + kind->start;
		size_t klen = kind->end - kind->start;
		idx = add_section(sc->cf, kname, klen, id, id_len, kind->line, current(sc));
		fr.start = kind->start;
		if (!in_unknown(sc)) {
			cfg_opt_t *o = find_opt(current_opts(sc), kname, klen, true);
			if (o) {
				fr.opts = o->subopts;
			} else {
				const struct cfgfile_section *s = &sc->cf->sec[idx];
				/* TRANSLATORS: sections of the file ("progress"), as written. */
				char *msg = sc->depth
				                ? xasprintf(_("unknown section '%s' in %s"),
				                            s->kind, sc->cf->sec[current(sc)].kind)
				                : xasprintf(_("unknown section '%s'"), s->kind);
				report_unknown(sc, s->line, msg, s->kind, current_opts(sc), true);
				free(msg);
			}
		}
		if (title)
			retitle(sc, title, idx);
	} else {
		idx = add_section(sc->cf, "?", 1, NULL, 0, brace->line, current(sc));
		diags_add(sc->d, sc->path, brace->line, _("'{' without a section name before it"));
		sc->fatal = true;
	}
	fr.idx = idx;
	if (sc->depth == sc->stack_cap) {
		sc->stack_cap = sc->stack_cap ? sc->stack_cap * 2 : 8;
		sc->stack = xreallocarray(sc->stack, sc->stack_cap, sizeof *sc->stack);
	}
	sc->stack[sc->depth++] = fr;
}

static void close_section(struct scan *sc, const struct tok *brace)
{
	struct frame fr = sc->stack[--sc->depth];
	if (!fr.opts && !in_unknown(sc))
		blank(sc, fr.start, brace->end + sc->grown);
}

static void push_tok(struct scan *sc, struct tok t)
{
	if (sc->blanking) {
		/* The value of an unknown key: one word or string, or a whole list. */
		if (is_punct(&t, '{') && is_punct(&sc->t1, '=')) {
			/* the list is blanked when it closes */
		} else if (sc->list_line && !is_punct(&t, '}')) {
			/* inside the list */
		} else if (t.type == TOK_WORD || t.type == TOK_STRING || is_punct(&t, '}')) {
			blank(sc, sc->blank_from, t.end);
			sc->blanking = false;
		} else if (!is_punct(&t, '=') && !is_punct(&t, '+')) {
			sc->blanking = false; /* not a value: leave it to the parser */
		}
	}
	if (t.type == TOK_PUNCT) {
		switch (t.punct) {
		case '{':
			if (is_punct(&sc->t1, '='))
				sc->list_line = t.line;
			else if (!sc->list_line)
				open_section(sc, &t);
			break;
		case '}':
			if (sc->list_line) {
				if (is_punct(&sc->t1, ','))
					diags_add(
					    sc->d, sc->path, sc->t1.line,
					    _("a comma ends the list: remove it or add a value"));
				sc->list_line = 0;
			} else if (sc->depth) {
				close_section(sc, &t);
			} else {
				diags_add(sc->d, sc->path, t.line,
				          _("'}' closes no section (one '}' too many?)"));
				sc->fatal = true;
			}
			break;
		case '=':
			/* `key =` or `key +=`: remember where the key was written. */
			if (!sc->list_line) {
				if (sc->t1.type == TOK_WORD)
					add_key(sc, &sc->t1);
				else if (is_punct(&sc->t1, '+') && sc->t2.type == TOK_WORD)
					add_key(sc, &sc->t2);
			}
			break;
		default:
			break;
		}
	}
	sc->t3 = sc->t2;
	sc->t2 = sc->t1;
	sc->t1 = t;
}

/* Character classes of the scanner, looked up rather than searched for. */
enum { CH_WORD = 0, CH_SPACE, CH_PUNCT, CH_QUOTE, CH_HASH, CH_SLASH, CH_NEWLINE };

static const unsigned char char_classes[256] = {
	[' '] = CH_SPACE, ['\t'] = CH_SPACE, ['\r'] = CH_SPACE, ['\n'] = CH_NEWLINE,
	['{'] = CH_PUNCT, ['}'] = CH_PUNCT,   ['('] = CH_PUNCT,	  [')'] = CH_PUNCT,
	['='] = CH_PUNCT, ['+'] = CH_PUNCT,   [','] = CH_PUNCT,	  ['"'] = CH_QUOTE,
	['\''] = CH_QUOTE, ['#'] = CH_HASH,  ['/'] = CH_SLASH,
};

static inline unsigned char char_class(unsigned char c)
{
	return char_classes[c];
}

static inline bool word_char(char c)
{
	unsigned char k = char_class((unsigned char)c);
	return k == CH_WORD || k == CH_SLASH;
}

/* Splits the text into tokens, blanking comments out of sc->out. */
static void tokenize(struct scan *sc)
{
	int line = 1;
	size_t i = 0;
	while (i < sc->n) {
		char c = sc->out[i];
		if (c == '\n') {
			line++;
			i++;
		} else if (char_class((unsigned char)c) == CH_SPACE) {
			i++;
		} else if (c == '#' || (c == '/' && i + 1 < sc->n && sc->out[i + 1] == '/')) {
			while (i < sc->n && sc->out[i] != '\n')
				sc->out[i++] = ' ';
		} else if (c == '/' && i + 1 < sc->n && sc->out[i + 1] == '*') {
			int start = line;
			sc->out[i] = sc->out[i + 1] = ' ';
			i += 2;
			while (i < sc->n && !(sc->out[i] == '*' && i + 1 < sc->n && sc->out[i + 1] == '/')) {
				if (sc->out[i] == '\n')
					line++;
				else
					sc->out[i] = ' ';
				i++;
			}
			if (i >= sc->n) {
				diags_add(sc->d, sc->path, start,
				          _("comment '/*' is never closed with '*/'"));
				sc->fatal = true;
				return;
			}
			sc->out[i] = sc->out[i + 1] = ' ';
			i += 2;
		} else if (c == '"' || c == '\'') {
			struct tok t = {TOK_STRING, i, 0, line, 0};
			i++;
			while (i < sc->n && sc->out[i] != c) {
				if (c == '"' && sc->out[i] == '$' && i + 1 < sc->n && sc->out[i + 1] == '{')
					escape_dollar(sc, i++);
				if (sc->out[i] == '\\' && i + 1 < sc->n)
					i++;
				if (sc->out[i] == '\n')
					line++;
				i++;
			}
			if (i >= sc->n) {
				diags_add(sc->d, sc->path, t.line,
				          _("string is never closed with %c"), c);
				sc->fatal = true;
				return;
			}
			i++;
			t.end = i;
			push_tok(sc, t);
		} else if (char_class((unsigned char)c) == CH_PUNCT) {
			struct tok t = {TOK_PUNCT, i, i + 1, line, c};
			i++;
			sc->grown = 0;
			push_tok(sc, t);
			i += sc->grown;
			sc->grown = 0;
		} else {
			struct tok t = {TOK_WORD, i, 0, line, 0};
			while (i < sc->n && word_char(sc->out[i]) &&
			       !(sc->out[i] == '/' && i + 1 < sc->n &&
				 (sc->out[i + 1] == '/' || sc->out[i + 1] == '*')))
				i++;
			t.end = i;
			push_tok(sc, t);
		}
	}
	if (sc->list_line) {
		diags_add(sc->d, sc->path, sc->list_line, _("list '{' is never closed with '}'"));
		sc->fatal = true;
	}
	while (sc->depth) {
		const struct cfgfile_section *s = &sc->cf->sec[sc->stack[--sc->depth].idx];
		diags_add(sc->d, sc->path, s->line, _("'%s' section is never closed with '}'"),
		          s->kind);
		sc->fatal = true;
	}
}

/* libconfuse's callbacks carry no user pointer: the load in progress is here. */
static _Thread_local struct {
	const char *path;
	struct diags *d;
} parsing;

/* Turns libconfuse's messages into limber's, with the line it was at. */
static void on_cfg_error(cfg_t *cfg, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

static void on_cfg_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);
	int line = cfg ? cfg->line : 0;
	diags_add(parsing.d, parsing.path, line, "%s", msg);
	free(msg);
}

enum lb_status cfgfile_load_buf(struct cfgfile *cf, const char *path, const char *buf, size_t n,
				cfg_opt_t *opts, struct diags *d)
{
	memset(cf, 0, sizeof *cf);
	cf->path = xstrdup(path);
	add_section(cf, "top level", 9, NULL, 0, 1, 0);
	/* A UTF-8 byte-order mark (some Windows editors write one) is not part of the text. */
	if (n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		n -= 3;
	}
	if (!cfgfile_text_check(path, buf, n, d))
		return LB_INVALID;

	struct scan sc = {
		.path = path, .out = xstrndup(buf, n), .n = n, .cf = cf, .d = d, .root = opts};
	size_t before = d->n;
	tokenize(&sc);
	free(sc.stack);
	if (sc.fatal) {
		free(sc.out);
		return LB_INVALID;
	}

	cf->cfg = cfg_init(opts, CFGF_NONE);
	parsing.path = path;
	parsing.d = d;
	cfg_set_error_function(cf->cfg, on_cfg_error);
	int rc = cfg_parse_buf(cf->cfg, sc.out);
	parsing.path = NULL;
	parsing.d = NULL;
	free(sc.out);
	if (rc != CFG_SUCCESS) {
		if (d->n == before)
			diags_add(d, path, 0, _("cannot be parsed"));
		cfg_free(cf->cfg);
		cf->cfg = NULL;
		return LB_INVALID;
	}
	return LB_OK;
}

enum lb_status cfgfile_load(struct cfgfile *cf, const char *path, cfg_opt_t *opts,
			    struct diags *d)
{
	memset(cf, 0, sizeof *cf);
	char *buf;
	size_t n;
	enum lb_status st = cfgfile_text_read(path, &buf, &n, d);
	if (st != LB_OK)
		return st;
	st = cfgfile_load_buf(cf, path, buf, n, opts, d);
	free(buf);
	return st;
}

const struct cfgfile_section *cfgfile_section(const struct cfgfile *cf, cfg_t *sec)
{
	const char *title = cfg_title(sec);
	if (title) {
		long idx;
		if (parse_uint(title, 1, (long)cf->nsec - 1, &idx))
			return &cf->sec[idx];
		return &cf->sec[0];
	}
	/* Untitled sections are single: the first of that kind written anywhere. */
	if (sec->name && strcmp(sec->name, "root") != 0)
		for (size_t i = 1; i < cf->nsec; i++)
			if (strcmp(cf->sec[i].kind, sec->name) == 0)
				return &cf->sec[i];
	return &cf->sec[0];
}

const struct cfgfile_section *cfgfile_child(const struct cfgfile *cf,
					    const struct cfgfile_section *parent, const char *kind)
{
	size_t p = (size_t)(parent - cf->sec);
	for (size_t i = p + 1; i < cf->nsec; i++)
		if (cf->sec[i].parent == (int)p && strcmp(cf->sec[i].kind, kind) == 0)
			return &cf->sec[i];
	return NULL;
}

int cfgfile_key_line(const struct cfgfile_section *s, const char *key)
{
	for (size_t i = 0; i < s->nkeys; i++)
		if (strcmp(s->keys[i].name, key) == 0)
			return s->keys[i].line;
	return s->line;
}

int cfgfile_has_key(const struct cfgfile_section *s, const char *key)
{
	for (size_t i = 0; i < s->nkeys; i++)
		if (strcmp(s->keys[i].name, key) == 0)
			return 1;
	return 0;
}

void cfgfile_free(struct cfgfile *cf)
{
	if (cf->cfg)
		cfg_free(cf->cfg);
	for (size_t i = 0; i < cf->nsec; i++) {
		free(cf->sec[i].kind);
		free(cf->sec[i].id);
		free(cf->sec[i].keys);
	}
	free(cf->sec);
	free(cf->path);
	memset(cf, 0, sizeof *cf);
}
