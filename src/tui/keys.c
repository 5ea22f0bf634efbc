/* SPDX-License-Identifier: ISC */
/* keys.c - every key of every screen, and its help, in one table (calcurse's keys.c, tig's help) */
#include "config.h"

#include "tui/keys.h"

#include <curses.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/*
 * A key, or a range of keys, and what it does where. A row with help text
 * starts a line of its context's help; the rows after it with none add
 * their keys to that line. So a key cannot work without being in the help,
 * nor be in the help without working.
 */
struct key_binding {
	enum key_context ctx;
	int lo, hi;
	enum key_action act;
	const char *help; /* N_(): translated where the help is made */
	const char *name; /* a range's name in the help ("0-9"); NULL: not named */
};

#define K(c, k, a, h)          {c, k, k, a, h, NULL}
#define RANGE(c, lo, hi, a, n, h) {c, lo, hi, a, h, n}
#define CTRL(x)                ((x) & 0x1f)

static const struct key_binding bindings[] = {
	/* Moving in a page or a list, where letters do not type (KC_PAGER, KC_DIARY). */
	/* TRANSLATORS: the texts of this table say what a key does; the help of each screen
	 * shows them after the keys' names ("j  k  Up  Down  a line down, up"). A "\n" in
	 * them is only where English breaks the line: the help is reflowed to the window. */
	K(KC_MOVE, 'j', KA_DOWN, N_("a line down, up")), K(KC_MOVE, 'k', KA_UP, NULL),
	  K(KC_MOVE, KEY_UP, KA_UP, NULL), K(KC_MOVE, KEY_DOWN, KA_DOWN, NULL),
	K(KC_MOVE, KEY_NPAGE, KA_PAGE_DOWN, N_("a page down, up")),
	  K(KC_MOVE, KEY_PPAGE, KA_PAGE_UP, NULL),
	K(KC_MOVE, 'g', KA_HOME, N_("top and bottom")), K(KC_MOVE, 'G', KA_END, NULL),
	  K(KC_MOVE, KEY_HOME, KA_HOME, NULL), K(KC_MOVE, KEY_END, KA_END, NULL),
	K(KC_MOVE, 'q', KA_QUIT, N_("back")), K(KC_MOVE, 27, KA_QUIT, NULL),
	K(KC_MOVE, '?', KA_HELP, N_("this help")),
	/* A page of text: help, routine details, notices, trends. */
	K(KC_PAGER, ' ', KA_PAGE_DOWN, N_("a page down, up")), K(KC_PAGER, 'b', KA_PAGE_UP, NULL),
	K(KC_PAGER, '/', KA_SEARCH, N_("search (as in less)")),
	K(KC_PAGER, 'n', KA_FIND_NEXT, N_("the next match, the one before")),
	  K(KC_PAGER, 'N', KA_FIND_PREV, NULL),
	/* The search line at the bottom of a pager: the text line's keys, then these. */
	K(KC_SEARCH, '\r', KA_ENTER, N_("search")), K(KC_SEARCH, '\n', KA_ENTER, NULL),
	  K(KC_SEARCH, KEY_ENTER, KA_ENTER, NULL),
	K(KC_SEARCH, 27, KA_QUIT, N_("cancel")),

	/* The player: the user may be lying on the floor, so few and big keys. */
	K(KC_PLAYER, ' ', KA_PAUSE, N_("pause or resume")),
	K(KC_PLAYER, 'n', KA_SKIP, N_("skip to the next exercise")),
	  K(KC_PLAYER, KEY_RIGHT, KA_SKIP, NULL), K(KC_PLAYER, 'l', KA_SKIP, NULL),
	K(KC_PLAYER, 'p', KA_BACK,
	  N_("back to the start of this exercise\n(at its very start: the one before)")),
	  K(KC_PLAYER, KEY_LEFT, KA_BACK, NULL), K(KC_PLAYER, 'h', KA_BACK, NULL),
	K(KC_PLAYER, '+', KA_MORE, N_("5 seconds more or less on every hold of this exercise")),
	  K(KC_PLAYER, '=', KA_MORE, NULL), K(KC_PLAYER, '-', KA_LESS, NULL),
	K(KC_PLAYER, 'v', KA_VOICE, N_("voice on or off (speaks the cues)")), K(KC_PLAYER, 'V', KA_VOICE, NULL),
	/* TRANSLATORS: fg is the shell's command that brings a stopped program back. */
	K(KC_PLAYER, KEY_SUSPEND, KA_SUSPEND,
	  N_("suspend limber (the session pauses; fg brings it back)")),
	K(KC_PLAYER, 'q', KA_QUIT, N_("quit (asks first; the session is kept as partial)")),
	  K(KC_PLAYER, 27, KA_QUIT, NULL),
	K(KC_PLAYER, '?', KA_HELP, N_("this help")),
	/* N_("Quit this session?"): q twice quits. */
	K(KC_PLAYER_QUIT, 'y', KA_YES, N_("quit; any other key goes on")),
	  K(KC_PLAYER_QUIT, 'Y', KA_YES, NULL), K(KC_PLAYER_QUIT, 'q', KA_YES, NULL),

	/* The entry form. Its text lines take the keys they know first (KC_TEXT), so
	 * letters and digits here act only on the ratings, the grids and the question.
	 * Help lines of at most 38 columns (texts of 18 after the keys) fit the smallest form. */
	K(KC_FORM, '\t', KA_NEXT, N_("next, previous\nfield")), K(KC_FORM, KEY_BTAB, KA_PREV, NULL),
	K(KC_FORM, KEY_DOWN, KA_DOWN, N_("the same; inside\nthe map and lists\nfirst")),
	  K(KC_FORM, KEY_UP, KA_UP, NULL), K(KC_FORM, 'j', KA_DOWN, NULL),
	  K(KC_FORM, 'k', KA_UP, NULL),
	RANGE(KC_FORM, '0', '9', KA_DIGIT, "0-9", N_("rate pain, sleep\n(1 then 0, or t:\n10)")),
	  K(KC_FORM, 't', KA_TEN, NULL), K(KC_FORM, 'T', KA_TEN, NULL),
	K(KC_FORM, KEY_LEFT, KA_LEFT, N_("change a rating")), K(KC_FORM, KEY_RIGHT, KA_RIGHT, NULL),
	  K(KC_FORM, 'h', KA_LEFT, NULL), K(KC_FORM, 'l', KA_RIGHT, NULL),
	K(KC_FORM, KEY_BACKSPACE, KA_CLEAR, N_("clear, or edit")), K(KC_FORM, 127, KA_CLEAR, NULL),
	  K(KC_FORM, 8, KA_CLEAR, NULL), K(KC_FORM, KEY_DC, KA_CLEAR, NULL),
	K(KC_FORM, ' ', KA_TICK, N_("tick or untick")), K(KC_FORM, 'x', KA_TICK, NULL),
	K(KC_FORM, '\r', KA_ENTER, N_("save (in Note: a\nnew line)")), K(KC_FORM, '\n', KA_ENTER, NULL),
	  K(KC_FORM, KEY_ENTER, KA_ENTER, NULL),
	K(KC_FORM, CTRL('S'), KA_SAVE, N_("save, from any\nfield")), K(KC_FORM, KEY_F(10), KA_SAVE, NULL),
	K(KC_FORM, 27, KA_QUIT, N_("cancel (asks first\nwhen changed)")),
	  K(KC_FORM, 'q', KA_QUIT, NULL),
	K(KC_FORM, '?', KA_HELP, N_("this help (F1 in a\ntext)")), K(KC_FORM, KEY_F(1), KA_HELP, NULL),
	/* The red-flag question: on top of the form's keys; n also under it, in the flags. */
	K(KC_ASK, 'y', KA_YES, N_("yes")), K(KC_ASK, 'Y', KA_YES, NULL),
	K(KC_ASK, 'n', KA_NO, N_("no (also in the\nlist under it)")), K(KC_ASK, 'N', KA_NO, NULL),
	K(KC_ASK, ' ', KA_TOGGLE, N_("change the answer")), K(KC_ASK, KEY_LEFT, KA_TOGGLE, NULL),
	  K(KC_ASK, KEY_RIGHT, KA_TOGGLE, NULL),
	/* A line of text: Emacs keys as in a shell; printable characters are typed. */
	K(KC_TEXT, KEY_LEFT, KA_LEFT, N_("a character back")), K(KC_TEXT, CTRL('B'), KA_LEFT, NULL),
	K(KC_TEXT, KEY_RIGHT, KA_RIGHT, N_("a character on; at\nthe end: take the\nsuggested one")),
	  K(KC_TEXT, CTRL('F'), KA_RIGHT, NULL),
	K(KC_TEXT, KEY_UP, KA_UP, N_("in Medication:\nolder and newer\nones")),
	  K(KC_TEXT, KEY_DOWN, KA_DOWN, NULL),
	K(KC_TEXT, KEY_HOME, KA_HOME, N_("the start")), K(KC_TEXT, CTRL('A'), KA_HOME, NULL),
	K(KC_TEXT, KEY_END, KA_END, N_("the end")), K(KC_TEXT, CTRL('E'), KA_END, NULL),
	K(KC_TEXT, KEY_BACKSPACE, KA_DEL_BACK, N_("delete before")), K(KC_TEXT, 127, KA_DEL_BACK, NULL),
	  K(KC_TEXT, 8, KA_DEL_BACK, NULL),
	K(KC_TEXT, KEY_DC, KA_DEL_FORWARD, N_("delete under")),
	  K(KC_TEXT, CTRL('D'), KA_DEL_FORWARD, NULL),
	K(KC_TEXT, CTRL('U'), KA_DEL_TO_START, N_("delete to the\nstart")),
	K(KC_TEXT, CTRL('K'), KA_DEL_TO_END, N_("delete to the end")),
	RANGE(KC_TEXT, 0x20, 0x7e, KA_CHAR, N_("letters"), N_("are typed")),
	  RANGE(KC_TEXT, 0x80, 0xff, KA_UTF8, NULL, NULL),
	K(KC_TEXT, KEYS_PASTE, KA_PASTE, N_("pasted text is\ntyped; in Note its\nline breaks stay")),

	/* The diary list, newest first; lines of at most 38 columns fit the smallest list. */
	K(KC_DIARY, '\r', KA_VIEW, N_("the entry or session\nwhole: every field,\nthe whole note")),
	  K(KC_DIARY, '\n', KA_VIEW, NULL), K(KC_DIARY, KEY_ENTER, KA_VIEW, NULL),
	  K(KC_DIARY, 'v', KA_VIEW, NULL),
	K(KC_DIARY, 'e', KA_EDIT, N_("edit the entry")),
	K(KC_DIARY, '/', KA_SEARCH, N_("search notes, meds,\nplaces, symptoms,\nroutines")),
	K(KC_DIARY, 'n', KA_FIND_NEXT, N_("the next match\n(older), the one\nbefore")),
	  K(KC_DIARY, 'N', KA_FIND_PREV, NULL),
	K(KC_DIARY, 'd', KA_DELETE, N_("delete the entry or\nsession (asks first)")),
	  K(KC_DIARY, KEY_DC, KA_DELETE, NULL),
	K(KC_DIARY, 'a', KA_ADD, N_("add a session done\naway from the screen")),
	/* A y/n question: every other key answers no. */
	K(KC_CONFIRM, 'y', KA_YES, N_("yes; any other key: no")), K(KC_CONFIRM, 'Y', KA_YES, NULL),

	/* The home screen: every action one key away. */
	K(KC_HOME, '\r', KA_ENTER, N_("start the suggested routine")), K(KC_HOME, '\n', KA_ENTER, NULL),
	  K(KC_HOME, KEY_ENTER, KA_ENTER, NULL),
	K(KC_HOME, 's', KA_SESSION, N_("choose a routine and start a session")),
	K(KC_HOME, 'l', KA_LOG, N_("log how you feel (back, leg, where, what, sitting, sleep)")),
	K(KC_HOME, 'd', KA_DIARY, N_("the diary: entries and sessions, edit and delete")),
	K(KC_HOME, 't', KA_TRENDS, N_("trends: pain over the weeks and what helps")),
	K(KC_HOME, 'r', KA_ROUTINES, N_("read the routines, step by step")),
	K(KC_HOME, 'f', KA_FUNCTION, N_("rate what you can do: up to 3 activities, weekly")),
	K(KC_HOME, '?', KA_HELP, N_("this help")),
	K(KC_HOME, 'q', KA_QUIT, N_("quit")), /* not Esc: a stray Esc (the end of an arrow key) must not quit */

	/* Choosing a routine: letters search, so only keys that type nothing move. */
	K(KC_PICKER, KEY_UP, KA_UP, N_("move")), K(KC_PICKER, CTRL('P'), KA_UP, NULL),
	  K(KC_PICKER, KEY_DOWN, KA_DOWN, NULL), K(KC_PICKER, CTRL('N'), KA_DOWN, NULL),
	K(KC_PICKER, KEY_PPAGE, KA_PAGE_UP, N_("move ten")),
	  K(KC_PICKER, KEY_NPAGE, KA_PAGE_DOWN, NULL),
	K(KC_PICKER, KEY_HOME, KA_HOME, N_("first, last")), K(KC_PICKER, KEY_END, KA_END, NULL),
	K(KC_PICKER, '\r', KA_ENTER, N_("choose")), K(KC_PICKER, '\n', KA_ENTER, NULL),
	  K(KC_PICKER, KEY_ENTER, KA_ENTER, NULL),
	K(KC_PICKER, 27, KA_CLEAR, N_("clear the search; a second Esc: back")),
	K(KC_PICKER, '?', KA_HELP, N_("this help")),
	K(KC_PICKER, KEY_BACKSPACE, KA_DEL_BACK, N_("delete a letter of the search")),
	  K(KC_PICKER, 127, KA_DEL_BACK, NULL), K(KC_PICKER, 8, KA_DEL_BACK, NULL),
	/* TRANSLATORS: "letters" stands in the key help in place of a key: any letter typed. */
	RANGE(KC_PICKER, 0x20, 0xff, KA_CHAR, N_("letters"),
	      N_("search titles, ids and areas\n(every letter, digit and space; not ?)")),

	/* Reading a routine: the pager's keys, and these. */
	K(KC_READER, 's', KA_SESSION, N_("start this routine")), K(KC_READER, '\r', KA_SESSION, NULL),
	  K(KC_READER, '\n', KA_SESSION, NULL), K(KC_READER, KEY_ENTER, KA_SESSION, NULL),
	/* An entry shown whole from the diary. */
	K(KC_ENTRYVIEW, 'e', KA_EDIT, N_("edit this entry")),
	/* The first-run notice: read, then Enter (or q, Esc) goes on. */
	K(KC_NOTICE, '\r', KA_QUIT, N_("I understand: go on")), K(KC_NOTICE, '\n', KA_QUIT, NULL),
	  K(KC_NOTICE, KEY_ENTER, KA_QUIT, NULL),

	/* The pain rating: one key a rating. */
	RANGE(KC_RATING, '0', '9', KA_DIGIT, "0-9", N_("rate (t: 10)")),
	  K(KC_RATING, 't', KA_TEN, NULL), K(KC_RATING, 'T', KA_TEN, NULL),
	K(KC_RATING, '\r', KA_ENTER, N_("skip this one")), K(KC_RATING, '\n', KA_ENTER, NULL),
	  K(KC_RATING, KEY_ENTER, KA_ENTER, NULL),
	K(KC_RATING, 27, KA_QUIT, N_("skip both (before a session: back, no session)")), K(KC_RATING, 'q', KA_QUIT, NULL),
	K(KC_RATING, KEY_BACKSPACE, KA_BACK, N_("back to the one before")),
	  K(KC_RATING, 127, KA_BACK, NULL), K(KC_RATING, KEY_UP, KA_BACK, NULL),
	  K(KC_RATING, 'k', KA_BACK, NULL),
	K(KC_RATING, '?', KA_HELP, N_("this help")),

	/* Trends: these, then the pager's. */
	K(KC_TRENDS, KEY_LEFT, KA_EARLIER, N_("a week further back")),
	  K(KC_TRENDS, 'h', KA_EARLIER, NULL),
	K(KC_TRENDS, KEY_RIGHT, KA_LATER, N_("a week nearer today")), K(KC_TRENDS, 'l', KA_LATER, NULL),
	K(KC_TRENDS, 'w', KA_WINDOW, N_("window: 4, 8, 12, 26 or 52 weeks")),
	/* TRANSLATORS: the file's name stays as it is: limber writes it so (DATE: the day). */
	K(KC_TRENDS, 'p', KA_REPORT,
	  N_("a PDF report of these weeks for your\nclinician: ~/limber-report-DATE.pdf")),

	/* The urgent-care message after a red flag: a deliberate key, nothing by chance. */
	K(KC_URGENT, '\r', KA_ENTER, N_("I understand: go on")), K(KC_URGENT, '\n', KA_ENTER, NULL),
	  K(KC_URGENT, KEY_ENTER, KA_ENTER, NULL),
	K(KC_URGENT, 27, KA_QUIT, N_("back: no session, or in the form\nto the red-flag question")),
	  K(KC_URGENT, 'q', KA_QUIT, NULL), K(KC_URGENT, 'b', KA_QUIT, NULL),

	/* The minutes of a session done away from the screen. */
	RANGE(KC_MINUTES, '0', '9', KA_DIGIT, "0-9", N_("type the minutes")),
	K(KC_MINUTES, KEY_BACKSPACE, KA_CLEAR, N_("take a digit off")), K(KC_MINUTES, 127, KA_CLEAR, NULL),
	  K(KC_MINUTES, 8, KA_CLEAR, NULL),
	K(KC_MINUTES, '\r', KA_ENTER, N_("go on")), K(KC_MINUTES, '\n', KA_ENTER, NULL),
	  K(KC_MINUTES, KEY_ENTER, KA_ENTER, NULL),
	K(KC_MINUTES, 27, KA_QUIT, N_("back, no session")), K(KC_MINUTES, 'q', KA_QUIT, NULL),
	/* After a session, where leg symptoms went: one key each. */
	K(KC_LEGS, 'b', KA_CENTRALISED, N_("moved toward the back")),
	K(KC_LEGS, 's', KA_SAME, N_("the same")),
	K(KC_LEGS, 'd', KA_SPREAD, N_("spread further down the leg")),
	K(KC_LEGS, '\r', KA_ENTER, N_("skip")), K(KC_LEGS, '\n', KA_ENTER, NULL),
	  K(KC_LEGS, KEY_ENTER, KA_ENTER, NULL), K(KC_LEGS, 27, KA_ENTER, NULL),
	K(KC_LEGS, '?', KA_HELP, N_("this help")),

	RANGE(KC_FUNCTION, '0', '9', KA_DIGIT, "0-9", N_("rate the activity (t: 10), then the next")),
	  K(KC_FUNCTION, 't', KA_TEN, NULL), K(KC_FUNCTION, 'T', KA_TEN, NULL),
	K(KC_FUNCTION, '\r', KA_ENTER, N_("skip this one; save after the last")),
	  K(KC_FUNCTION, '\n', KA_ENTER, NULL), K(KC_FUNCTION, KEY_ENTER, KA_ENTER, NULL),
	K(KC_FUNCTION, KEY_BACKSPACE, KA_BACK, N_("back to the one before")),
	  K(KC_FUNCTION, 127, KA_BACK, NULL), K(KC_FUNCTION, KEY_UP, KA_BACK, NULL),
	K(KC_FUNCTION, CTRL('N'), KA_RENAME, N_("name the activities again")),
	K(KC_FUNCTION, 27, KA_QUIT, N_("back, nothing saved")),
	K(KC_FUNCTION, '?', KA_HELP, N_("this help")),

	/* Every screen: the loop (tui.c) takes these first; the help of every screen ends with them. */
	K(KC_ALL, CTRL('L'), KA_REDRAW, N_("repaint the screen")),
};

#define NBINDINGS (sizeof bindings / sizeof bindings[0])

/* Where a key not bound in a context is looked up next; its help follows. */
static const enum key_context fallback[] = {
	[KC_MOVE] = KC_NONE,	   [KC_PAGER] = KC_MOVE,  [KC_PLAYER] = KC_NONE,
	[KC_PLAYER_QUIT] = KC_NONE, [KC_FORM] = KC_NONE,   [KC_ASK] = KC_NONE,
	[KC_TEXT] = KC_NONE,	   [KC_DIARY] = KC_MOVE,  [KC_CONFIRM] = KC_NONE,
	[KC_HOME] = KC_NONE,	   [KC_PICKER] = KC_NONE, [KC_RATING] = KC_NONE,
	[KC_TRENDS] = KC_PAGER,    [KC_URGENT] = KC_NONE,   [KC_ALL] = KC_NONE,
	[KC_SEARCH] = KC_NONE,     [KC_MINUTES] = KC_NONE,    [KC_FUNCTION] = KC_NONE,
	[KC_READER] = KC_PAGER,    [KC_NOTICE] = KC_PAGER,    [KC_ENTRYVIEW] = KC_PAGER,
	[KC_LEGS] = KC_NONE,
};

/* Contexts a screen also uses, whose help follows its own under a heading. */
static const struct help_part {
	enum key_context ctx, also;
	const char *heading;
} help_parts[] = {
	/* TRANSLATORS: headings in a screen's key help, over the keys of a part of it. */
	{KC_FORM, KC_TEXT, N_("In Medication and Note:")},
	{KC_FORM, KC_ASK, N_("The red-flag question:")},
	{KC_PAGER, KC_SEARCH, N_("On the search line:")},
	{KC_FUNCTION, KC_TEXT, N_("While naming an activity:")},
};

struct key_act keys_action(enum key_context ctx, int ch)
{
	for (; ctx != KC_NONE; ctx = fallback[ctx]) {
		for (size_t i = 0; i < NBINDINGS; i++) {
			const struct key_binding *b = &bindings[i];
			if (b->ctx != ctx || ch < b->lo || ch > b->hi)
				continue;
			struct key_act k = {b->act, 0};
			if (b->act == KA_DIGIT)
				k.arg = ch - '0';
			else if (b->act == KA_CHAR || b->act == KA_UTF8)
				k.arg = ch;
			return k;
		}
	}
	return (struct key_act){KA_NONE, 0};
}

/* How the help names a key. */
static void binding_name(const struct key_binding *b, char *buf, size_t n)
{
	static const struct {
		int ch;
		const char *name;
	} names[] = {
	    /* TRANSLATORS: the names of keys in the key help, as printed on keyboards of the
	     * language (German: "Leertaste", "Entf", "Pos1", "Bild↑"). */
	    {' ', NC_("key", "Space")},	  {27, NC_("key", "Esc")},
	    {'\r', NC_("key", "Enter")},	  {'\n', NC_("key", "Enter")},
	    {KEY_ENTER, NC_("key", "Enter")}, {'\t', NC_("key", "Tab")},
	    {KEY_BTAB, NC_("key", "Shift-Tab")}, {KEY_UP, NC_("key", "Up")},
	    {KEY_DOWN, NC_("key", "Down")},	  {KEY_LEFT, NC_("key", "Left")},
	    {KEY_RIGHT, NC_("key", "Right")},	  {KEY_PPAGE, NC_("key", "PgUp")},
	    {KEY_NPAGE, NC_("key", "PgDn")},	  {KEY_HOME, NC_("key", "Home")},
	    {KEY_END, NC_("key", "End")},	  {KEY_BACKSPACE, NC_("key", "Backspace")},
	    {127, NC_("key", "Backspace")},	  {8, NC_("key", "Backspace")},
	    {KEY_DC, NC_("key", "Delete")},	  {KEY_F(1), "F1"},
	    {KEY_SUSPEND, NC_("key", "Ctrl-Z")}, {KEY_F(10), "F10"},
	    /* TRANSLATORS: in the key help, in place of a key: text pasted into a line. */
	    {KEYS_PASTE, NC_("key", "paste")},
	};
	buf[0] = '\0';
	if (b->lo != b->hi) {
		snprintf(buf, n, "%s", b->name ? _(b->name) : "");
		return;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].ch == b->lo) {
			snprintf(buf, n, "%s", i18n_cgettext("key", names[i].name));
			return;
		}
	if (b->lo < 0x20)
		/* TRANSLATORS: the Control key with a letter, in the key help (German: "Strg-%c"). */
		snprintf(buf, n, _("Ctrl-%c"), b->lo + '@');
	else
		snprintf(buf, n, "%c", b->lo);
}

/* One line of help as the table gives it: its keys' names and what they do. */
struct help_line {
	char keys[128];
	const char *text; /* NULL: a heading, in keys */
};

/* Adds name to the line's keys unless it is there already ("Enter" for \r and \n). */
static void add_name(struct help_line *l, const char *name)
{
	size_t len = strlen(l->keys), n = strlen(name);
	for (const char *p = l->keys; n && (p = strstr(p, name)); p += n)
		if ((p == l->keys || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return;
	if (n && len + n + 3 < sizeof l->keys)
		snprintf(l->keys + len, sizeof l->keys - len, "%s%s", len ? "  " : "", name);
}

/* Appends the lines of one context's bindings to v. */
static void context_lines(enum key_context ctx, struct help_line **v, size_t *n)
{
	struct help_line *cur = NULL;
	for (size_t i = 0; i < NBINDINGS; i++) {
		const struct key_binding *b = &bindings[i];
		if (b->ctx != ctx)
			continue;
		if (b->help) {
			/* A line that says the same as one before joins it ("a page down, up"). */
			cur = NULL;
			for (size_t k = 0; k < *n && !cur; k++)
				if ((*v)[k].text && strcmp((*v)[k].text, _(b->help)) == 0)
					cur = &(*v)[k];
			if (!cur) {
				*v = xreallocarray(*v, *n + 1, sizeof **v);
				cur = &(*v)[(*n)++];
				cur->keys[0] = '\0';
				cur->text = _(b->help);
			}
		}
		char name[64];
		binding_name(b, name, sizeof name);
		if (cur)
			add_name(cur, name);
	}
}

/* The lines of a context's help and of the contexts that follow it. */
static struct help_line *collect(enum key_context ctx, size_t *n)
{
	struct help_line *v = NULL;
	*n = 0;
	for (enum key_context c = ctx; c != KC_NONE; c = fallback[c])
		context_lines(c, &v, n);
	context_lines(KC_ALL, &v, n);
	for (size_t i = 0; i < sizeof help_parts / sizeof help_parts[0]; i++) {
		/* Those of the contexts it falls back to too: the trends view has the pager's. */
		enum key_context c = ctx;
		while (c != KC_NONE && c != help_parts[i].ctx)
			c = fallback[c];
		if (c == KC_NONE)
			continue;
		if (help_parts[i].heading) {
			v = xreallocarray(v, *n + 2, sizeof *v);
			v[(*n)++] = (struct help_line){"", NULL};
			v[*n] = (struct help_line){"", NULL};
			snprintf(v[(*n)++].keys, sizeof v->keys, "%s", _(help_parts[i].heading));
		}
		context_lines(help_parts[i].also, &v, n);
	}
	return v;
}

/* The keys' column: as wide as the widest keys up to 20, then two spaces. */
#define KEYS_MAX 20

/* Adds one text after the keys' column: its own lines, or (width > 0) reflowed to width. */
static void add_text(struct strbuf *b, const char *text, int col, int width)
{
	char *flow = xstrdup(text);
	if (width > 0)
		for (char *p = flow; *p; p++)
			if (*p == '\n')
				*p = ' ';
	int room = width - col < 12 ? 12 : width - col;
	bool first = true;
	for (char *t = flow, *nl; *t; t = nl) {
		nl = strchr(t, '\n');
		nl = nl ? nl + 1 : t + strlen(t);
		size_t len = (size_t)(nl - t) - (*nl == '\0' && nl[-1] != '\n' ? 0 : 1);
		char *piece = xstrndup(t, len);
		for (const char *p = piece, *next; *p; p = next) {
			size_t k = width > 0 ? utf8_wrap(p, room, &next) : strlen(p);
			if (width <= 0)
				next = p + k;
			sb_addf(b, "%*s%.*s\n", first ? 0 : col, "", (int)k, p);
			first = false;
		}
		free(piece);
	}
	if (first)
		sb_adds(b, "\n");
	free(flow);
}

/* The lines as one text: the keys in a column, a longer text's lines under its first. */
static char *format(const struct help_line *v, size_t n, int width)
{
	/* On a narrow window a long list of keys goes on a line of its own, not the column. */
	int col = 0, max = width > 0 && width < 60 ? 12 : KEYS_MAX;
	for (size_t i = 0; i < n; i++) {
		int w = v[i].text ? utf8_width(v[i].keys) : 0;
		if (w > col && w <= max)
			col = w;
	}
	col += 2;
	struct strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (!v[i].text) { /* a heading, or the blank line before it: wrapped as a text */
			add_text(&b, v[i].keys, 0, width);
			continue;
		}
		int w = utf8_width(v[i].keys);
		if (w + 2 > col) /* keys too many for the column: the text below them */
			sb_addf(&b, "%s\n%*s", v[i].keys, col, "");
		else
			sb_addf(&b, "%s%*s", v[i].keys, col - w, "");
		add_text(&b, v[i].text, col, width);
	}
	return sb_steal(&b);
}

char *keys_help_text_width(enum key_context ctx, int width)
{
	size_t n;
	struct help_line *v = collect(ctx, &n);
	char *text = format(v, n, width);
	free(v);
	return text;
}

char *keys_help_text(enum key_context ctx)
{
	return keys_help_text_width(ctx, 0);
}

char **keys_help(enum key_context ctx)
{
	return keys_help_width(ctx, 0);
}

char **keys_help_width(enum key_context ctx, int width)
{
	char *text = keys_help_text_width(ctx, width);
	size_t lines = 0;
	for (char *p = text; *p; p++)
		lines += *p == '\n';
	char **out = xcalloc(lines + 1, sizeof *out);
	size_t k = 0;
	for (char *p = text, *nl; *p && (nl = strchr(p, '\n')); p = nl + 1)
		out[k++] = xstrndup(p, (size_t)(nl - p));
	free(text);
	return out;
}

void keys_help_free(char **lines)
{
	if (!lines)
		return;
	for (char **l = lines; *l; l++)
		free(*l);
	free(lines);
}
