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
	KA_COUNT,
};

/* Where a key is pressed: the same key can mean different things on different screens. */
enum key_context { KC_LIST, KC_PLAYER, KC_PAGER };

/* The action of key ch on a screen of the given kind. */
enum key_action keys_action(enum key_context ctx, int ch);
/* The help lines ("space   pause or resume") of a context, NULL-terminated. */
const char *const *keys_help(enum key_context ctx);

#endif
