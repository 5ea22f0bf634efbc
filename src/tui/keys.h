/* SPDX-License-Identifier: ISC */
/* keys.h - every key of every screen, and its help, in one table */
#ifndef LIMBER_KEYS_H
#define LIMBER_KEYS_H

enum key_action {
	KA_NONE,
	KA_QUIT,   /* q, Esc: back or quit */
	KA_HELP,   /* ? */
	KA_UP,
	KA_DOWN,
	KA_LEFT,
	KA_RIGHT,
	KA_PAGE_UP,
	KA_PAGE_DOWN,
	KA_HOME,
	KA_END,
	KA_ENTER,
	KA_PAUSE,  /* space in the player */
	KA_SKIP,   /* n, Right in the player */
	KA_BACK,   /* p, Left in the player; Backspace in the rating */
	KA_MORE,   /* + */
	KA_LESS,   /* - */
	KA_VOICE,  /* v in the player: the voice on or off */
	KA_SUSPEND, /* Ctrl-Z (KEY_SUSPEND from the loop): pause before the process stops */
	KA_NEXT,   /* Tab: the next field */
	KA_PREV,   /* Shift-Tab: the previous field */
	KA_DIGIT,  /* 0-9: the key's digit is the argument */
	KA_TEN,    /* t: a rating of 10 */
	KA_TICK,   /* space, x: tick or untick */
	KA_CLEAR,  /* Backspace, Delete: clear a rating, or its last digit */
	KA_YES,
	KA_NO,
	KA_TOGGLE, /* yes to no and back */
	KA_EDIT,   /* Enter, e in the diary */
	KA_DELETE, /* d, Delete in the diary */
	KA_DEL_BACK,     /* Backspace in a text: the character before the cursor */
	KA_DEL_FORWARD,  /* Delete, Ctrl-D: the character under the cursor */
	KA_DEL_TO_START, /* Ctrl-U */
	KA_DEL_TO_END,   /* Ctrl-K */
	KA_CHAR,   /* a printable character typed: it is the argument */
	KA_UTF8,   /* a byte of a UTF-8 character typed: it is the argument */
	KA_SESSION,  /* home: choose a routine and start */
	KA_LOG,      /* home: log how you feel */
	KA_DIARY,    /* home: the diary */
	KA_TRENDS,   /* home: trends */
	KA_ROUTINES, /* home: read the routines */
	KA_EARLIER,  /* trends: a week further back */
	KA_LATER,    /* trends: a week nearer today */
	KA_WINDOW,   /* trends: the next window of weeks */
	KA_REPORT,   /* trends: write the PDF report of the window shown */
	KA_PASTE,    /* a bracketed paste, whole: its text is struct tui's paste */
	KA_ADD,      /* diary: add a session done away from the screen */
	KA_REDRAW,   /* Ctrl-L on every screen: the loop repaints it */
	KA_SEARCH,   /* / in a pager: type a search */
	KA_FIND_NEXT, /* n in a pager: the next match */
	KA_FIND_PREV, /* N in a pager: the match before */
	KA_FUNCTION,  /* home: rate what you can do (the function score) */
	KA_RENAME,    /* the function score: name the activities again */
	KA_VIEW,     /* diary: the entry whole (Enter, v) */
	KA_SAVE,     /* the entry form: save from any field (Ctrl-S, F10) */
	KA_CENTRALISED, /* after a session: leg symptoms moved toward the back */
	KA_SAME,        /* ... stayed the same */
	KA_SPREAD,      /* ... spread further down the leg */
	KA_COUNT,
};

/* Where a key is pressed: the same key can mean different things on different screens. */
enum key_context {
	KC_NONE = -1,
	KC_MOVE,    /* moving in a page or a list: under KC_PAGER and KC_DIARY */
	KC_PAGER,
	KC_PLAYER,
	KC_PLAYER_QUIT, /* the player's "Quit this session?": anything but yes goes on */
	KC_FORM,    /* the entry form, outside its text lines (they take their keys first) */
	KC_ASK,     /* the form's red-flag question, and "no after all" under it */
	KC_TEXT,    /* a line of text being typed (textline.c) */
	KC_DIARY,   /* the diary list */
	KC_CONFIRM, /* a y/n question on the key line: anything but yes is no */
	KC_HOME,
	KC_PICKER,  /* choosing a routine: letters search */
	KC_RATING,  /* the pain rating before and after a session */
	KC_TRENDS,  /* the trends view's own keys, on top of the pager's */
	KC_URGENT,  /* the urgent-care message (a session, the form): only Enter goes on */
	KC_MINUTES, /* how many minutes a session done away took */
	KC_LEGS,    /* after a session: where leg symptoms went */
	KC_ALL,     /* every screen: the loop acts on these before the screen sees them */
	KC_SEARCH,  /* a pager's search line, after the text line's own keys */
	KC_FUNCTION, /* rating the activities of the function score, and naming them */
	KC_READER,  /* a routine read in a pager: s, Enter start it; then the pager's keys */
	KC_NOTICE,  /* the first-run notice: Enter goes on too; then the pager's keys */
	KC_ENTRYVIEW, /* an entry shown whole from the diary: e edits it; then the pager's */
};

/* The loop's own key: a bracketed paste arrived whole (tui.c; above every curses key). */
#define KEYS_PASTE 0x7100

/*
 * What a key does. A screen hands the key it got to keys_action (or to a
 * text line, which does) and acts on the answer only, never on the key.
 */
struct key_act {
	enum key_action act;
	int arg; /* KA_DIGIT: the digit; KA_CHAR, KA_UTF8: the byte typed; else 0 */
};

/*
 * The action of key ch on a screen of the given kind (KA_NONE when it has
 * none there); a context may fall back to another's keys (the trends view
 * to the pager's, the pager and the diary to KC_MOVE).
 */
struct key_act keys_action(enum key_context ctx, int ch);

/*
 * The help of a context as lines ("Space  pause or resume"), made from the
 * bindings themselves: its own, those it falls back to, then those of the
 * contexts its screen also uses (the form: its text lines and the question). NULL-terminated; free
 * with keys_help_free.
 */
char **keys_help(enum key_context ctx);
/* The same lines with each text reflowed to fit width columns (0: as the table breaks them). */
char **keys_help_width(enum key_context ctx, int width);
void keys_help_free(char **lines);
/* The same lines as one text, each ending with '\n', for the pager. Caller frees. */
char *keys_help_text(enum key_context ctx);
/* The same with each text reflowed to fit width columns: the window's width, not the smallest. */
char *keys_help_text_width(enum key_context ctx, int width);

#endif
