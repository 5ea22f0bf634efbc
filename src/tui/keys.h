/* keys.h - every key of every screen, in one table */
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
	KA_BACK,   /* p, Left in the player */
	KA_MORE,   /* + */
	KA_LESS,   /* - */
	KA_NEXT,   /* Tab: the next field */
	KA_PREV,   /* Shift-Tab: the previous field */
	KA_DIGIT,  /* 0-9: the key's digit */
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
	KA_COUNT,
};

/* Where a key is pressed: the same key can mean different things on different screens. */
enum key_context {
	KC_LIST,
	KC_PLAYER,
	KC_PAGER,
	KC_FORM,    /* the entry form, outside its text lines (they take their keys first) */
	KC_ASK,     /* the form's red-flag question, and "no after all" under it */
	KC_TEXT,    /* a line of text being typed (textline.c) */
	KC_DIARY,   /* the diary list */
	KC_CONFIRM, /* a y/n question on the key line: anything but yes is no */
};

/* The action of key ch on a screen of the given kind. */
enum key_action keys_action(enum key_context ctx, int ch);
/* The help lines ("space   pause or resume") of a context, NULL-terminated. */
const char *const *keys_help(enum key_context ctx);
/* The same lines as one text, each ending with '\n', for the pager. Caller frees. */
char *keys_help_text(enum key_context ctx);

#endif
