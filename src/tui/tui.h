/* SPDX-License-Identifier: ISC */
/* tui.h - the terminal: set-up and restore, signals, the event loop, drawing helpers */
/*
 * tui/: a face: every curses call; screens get actions from one key table;
 * uses the ground, the core, audio/ and report/; never cli/.
 */
#ifndef LIMBER_TUI_H
#define LIMBER_TUI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/settings.h"
#include "base/theme.h"
#include "tui/keys.h"

/* Colour pairs: meaning is always carried by words too, colour only adds. The theme's roles. */
enum tui_colour {
	TC_NONE = TR_NONE,
	TC_TITLE = TR_TITLE,
	TC_HOLD = TR_HOLD,
	TC_REST = TR_REST,
	TC_READY = TR_READY,
	TC_WARN = TR_WARN,
	TC_DIM = TR_DIM,
	TC_BAR = TR_BAR,
	TC_GOOD = TR_GOOD,
	TC_ACCENT = TR_ACCENT, /* the working side of an exercise's figure */
	TC_COUNT = TR_COUNT,
};

struct tui {
	bool utf8;     /* draw with Unicode blocks and lines */
	bool colour;   /* colours in use */
	bool light;    /* the light theme's colours (a light background) */
	enum settings_sound sound;
	bool figures;  /* show exercise figures where there is room (figures = yes in limber.conf) */
	int signal;    /* the signal that ended the loop, or 0 */
	int rows, cols;
	char *paste;   /* while a screen handles KEYS_PASTE: the text pasted, lines ending in '\n' */
	bool too_small; /* the last draw said "window too small": keys but q and Ctrl-L wait */
};

/* A screen: the loop knows nothing else about it (tig's view_ops). */
struct tui_screen;
struct tui_screen_ops {
	void (*enter)(struct tui *t, struct tui_screen *s);
	void (*draw)(struct tui *t, struct tui_screen *s);
	void (*key)(struct tui *t, struct tui_screen *s, int key);
	/* Advances time; returns ms until the next visible change, -1 for none. */
	int64_t (*tick)(struct tui *t, struct tui_screen *s, int64_t now);
	void (*leave)(struct tui *t, struct tui_screen *s);
};

struct tui_screen {
	const struct tui_screen_ops *ops;
	void *data;
	bool done;
	int result;
	bool dirty;
};

/*
 * Takes over the terminal, with bracketed paste on: a paste reaches the
 * screen whole, as the key KEYS_PASTE with its text in t->paste, so
 * nothing pasted acts as keys (a screen without KA_PASTE ignores it).
 * tui_done() turns it off and drops input not yet read, so nothing typed
 * or pasted reaches the shell afterwards. tui_done() (idempotent, also registered with
 * atexit) gives it back; SIGINT, SIGTERM and SIGHUP end the loop through a
 * self-pipe so the screens can save what was done first. Ctrl-Z (SIGTSTP)
 * comes the same way: the running screen gets KEY_SUSPEND (to pause what
 * runs), the terminal is restored, the process stops; after fg the screen is
 * repainted.
 */
bool tui_init(struct tui *t, const struct settings *st);
void tui_done(void);

/*
 * Sends standard error to the log at path (appended, mode 0600; /dev/null
 * when it cannot be opened) so that nothing a library prints lands on the
 * screen. tui_stderr_back() (also called by tui_done(), so on every exit
 * path) gives the terminal back its standard error.
 */
bool tui_stderr_to(const char *path);
void tui_stderr_back(void);

/* Runs a screen until it finishes (result) or a signal arrives (t->signal set, returns -1). */
int tui_run(struct tui *t, struct tui_screen *s);
/* Ends the running screen with a result. */
void tui_finish(struct tui_screen *s, int result);
/*
 * For a screen that asks one thing: Enter ends it with 1 when ready, back
 * (Esc, q) with 0; any other action does nothing.
 */
void tui_finish_answer(struct tui_screen *s, enum key_action act, bool ready);

/* Sound (or flash) as limber.conf says. */
void tui_bell(struct tui *t);

/* Drawing helpers. Text is clipped to the screen width. */
void tui_text(struct tui *t, int y, int x, int attr, const char *s);
void tui_textf(struct tui *t, int y, int x, int attr, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Right-aligned to end at column x_end (exclusive). */
void tui_text_right(struct tui *t, int y, int x_end, int attr, const char *s);
void tui_hline(struct tui *t, int y);
/* The title line "limber · title" and the rule under it. */
void tui_title(struct tui *t, const char *title);
/* A bar of width cells, filled to fraction (0..1). */
void tui_bar(struct tui *t, int y, int x, int width, double fraction, int attr);
/* Colour attribute (A_NORMAL when colours are off). */
int tui_attr(struct tui *t, enum tui_colour c);
/* Wraps text into at most max_lines lines from (y, x) within width; returns lines used. */
int tui_wrap(struct tui *t, int y, int x, int width, int max_lines, int attr, const char *s);
/* Same, with a prefix ("! ") before the first line and continuation lines indented under the text. */
int tui_wrap_prefixed(struct tui *t, int y, int x, int width, int max_lines, int attr,
		      const char *prefix, const char *s);
/*
 * s cut at a word to fit width columns, ending in "…" when cut (mid-word only
 * for a single word wider than that; a line break counts a column, as
 * tui_text shows it). Caller frees.
 */
char *tui_fit_words(struct tui *t, const char *s, int width);
/*
 * The key line on the last row: the first of its variants (one a line, the
 * fullest first) that fits the window, else the last one cut at a word.
 * "·" becomes "-" without UTF-8.
 */
void tui_key_line(struct tui *t, int attr, const char *variants);
/* The variant tui_key_line would draw in width columns. Caller frees. */
char *tui_key_variant(struct tui *t, const char *variants, int width);
/*
 * "window too small (need WxH)" centred; true when the screen is too small.
 * Until a draw fits again, tui_run passes the screen no key but q (which
 * leaves it as q always does) and Ctrl-L, so nothing acts unseen.
 */
bool tui_too_small(struct tui *t, int min_cols, int min_rows);
/*
 * Moves *pos in a list or page for KA_UP, KA_DOWN, KA_PAGE_UP, KA_PAGE_DOWN,
 * KA_HOME and KA_END, within 0..last; returns false for other actions.
 */
bool tui_move(size_t *pos, enum key_action action, size_t page, size_t last);
/* A symbol with an ASCII stand-in. */
const char *tui_sym(struct tui *t, const char *utf8, const char *ascii);

#endif
