/* keys.c - every key of every screen, in one table (calcurse's keys.c) */
#include "config.h"

#include "tui/keys.h"

#include <curses.h>
#include <stddef.h>

struct key_binding {
	enum key_context ctx;
	int ch;
	enum key_action act;
};


static const struct key_binding bindings[] = {
	/* Moving, on every screen with a list or text. */
	{KC_LIST, KEY_UP, KA_UP},	   {KC_LIST, 'k', KA_UP},
	{KC_LIST, KEY_DOWN, KA_DOWN},	   {KC_LIST, 'j', KA_DOWN},
	{KC_LIST, KEY_PPAGE, KA_PAGE_UP},  {KC_LIST, KEY_NPAGE, KA_PAGE_DOWN},
	{KC_LIST, KEY_HOME, KA_HOME},	   {KC_LIST, KEY_END, KA_END},
	{KC_LIST, KEY_LEFT, KA_LEFT},	   {KC_LIST, KEY_RIGHT, KA_RIGHT},
	{KC_LIST, '\r', KA_ENTER},	   {KC_LIST, '\n', KA_ENTER},
	{KC_LIST, KEY_ENTER, KA_ENTER},	   {KC_LIST, 27, KA_QUIT},
	{KC_PAGER, KEY_UP, KA_UP},	   {KC_PAGER, 'k', KA_UP},
	{KC_PAGER, KEY_DOWN, KA_DOWN},	   {KC_PAGER, 'j', KA_DOWN},
	{KC_PAGER, KEY_PPAGE, KA_PAGE_UP}, {KC_PAGER, 'b', KA_PAGE_UP},
	{KC_PAGER, KEY_NPAGE, KA_PAGE_DOWN}, {KC_PAGER, ' ', KA_PAGE_DOWN},
	{KC_PAGER, KEY_HOME, KA_HOME},	   {KC_PAGER, 'g', KA_HOME},
	{KC_PAGER, KEY_END, KA_END},	   {KC_PAGER, 'G', KA_END},
	{KC_PAGER, 'q', KA_QUIT},	   {KC_PAGER, 27, KA_QUIT},
	{KC_PAGER, '?', KA_HELP},
	/* The player: the user may be lying on the floor, so few and big keys. */
	{KC_PLAYER, ' ', KA_PAUSE},	   {KC_PLAYER, 'n', KA_SKIP},
	{KC_PLAYER, KEY_RIGHT, KA_SKIP},   {KC_PLAYER, 'l', KA_SKIP},
	{KC_PLAYER, 'p', KA_BACK},	   {KC_PLAYER, KEY_LEFT, KA_BACK},
	{KC_PLAYER, 'h', KA_BACK},	   {KC_PLAYER, '+', KA_MORE},
	{KC_PLAYER, '=', KA_MORE},	   {KC_PLAYER, '-', KA_LESS},
	{KC_PLAYER, 'q', KA_QUIT},	   {KC_PLAYER, 27, KA_QUIT},
	{KC_PLAYER, '?', KA_HELP},
};

enum key_action keys_action(enum key_context ctx, int ch)
{
	for (size_t i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].ctx == ctx && bindings[i].ch == ch)
			return bindings[i].act;
	return KA_NONE;
}

static const char *const player_help[] = {
	"space        pause or resume",
	"n  Right  l  skip to the next exercise",
	"p  Left   h  back to the start of this exercise",
	"             (at its very start: the one before)",
	"+  -         5 seconds more or less on this hold",
	"q  Esc       quit (asks first; the session is kept as partial)",
	"?            this help",
	NULL,
};

static const char *const pager_help[] = {
	"j  k  Up  Down      scroll a line",
	"space  b  PgDn PgUp scroll a page",
	"g  G  Home  End     top and bottom",
	"q  Esc              back",
	"?                   this help",
	NULL,
};

static const char *const list_help[] = {
	"j  k  Up  Down   move",
	"PgUp  PgDn       move a page",
	"Enter            choose",
	"Esc              back",
	NULL,
};

const char *const *keys_help(enum key_context ctx)
{
	switch (ctx) {
	case KC_PLAYER:
		return player_help;
	case KC_PAGER:
		return pager_help;
	case KC_LIST:
		return list_help;
	}
	return list_help;
}
