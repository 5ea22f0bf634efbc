/* keys.c - every key of every screen, in one table (calcurse's keys.c) */
#include "config.h"

#include "tui/keys.h"

#include <curses.h>
#include <stddef.h>

#include "strbuf.h"

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
	/* The entry form. Its text lines take the keys they know first (KC_TEXT), so
	 * letters and digits here act only on the ratings, the grids and the question. */
	{KC_FORM, '\r', KA_ENTER},	   {KC_FORM, '\n', KA_ENTER},
	{KC_FORM, KEY_ENTER, KA_ENTER},	   {KC_FORM, 27, KA_QUIT},
	{KC_FORM, 'q', KA_QUIT},	   {KC_FORM, '\t', KA_NEXT},
	{KC_FORM, KEY_BTAB, KA_PREV},	   {KC_FORM, KEY_F(1), KA_HELP},
	{KC_FORM, '?', KA_HELP},	   {KC_FORM, KEY_UP, KA_UP},
	{KC_FORM, 'k', KA_UP},		   {KC_FORM, KEY_DOWN, KA_DOWN},
	{KC_FORM, 'j', KA_DOWN},	   {KC_FORM, KEY_LEFT, KA_LEFT},
	{KC_FORM, 'h', KA_LEFT},	   {KC_FORM, KEY_RIGHT, KA_RIGHT},
	{KC_FORM, 'l', KA_RIGHT},	   {KC_FORM, 't', KA_TEN},
	{KC_FORM, 'T', KA_TEN},		   {KC_FORM, ' ', KA_TICK},
	{KC_FORM, 'x', KA_TICK},	   {KC_FORM, KEY_BACKSPACE, KA_CLEAR},
	{KC_FORM, 127, KA_CLEAR},	   {KC_FORM, 8, KA_CLEAR},
	{KC_FORM, KEY_DC, KA_CLEAR},	   {KC_FORM, '0', KA_DIGIT},
	{KC_FORM, '1', KA_DIGIT},	   {KC_FORM, '2', KA_DIGIT},
	{KC_FORM, '3', KA_DIGIT},	   {KC_FORM, '4', KA_DIGIT},
	{KC_FORM, '5', KA_DIGIT},	   {KC_FORM, '6', KA_DIGIT},
	{KC_FORM, '7', KA_DIGIT},	   {KC_FORM, '8', KA_DIGIT},
	{KC_FORM, '9', KA_DIGIT},
	/* The red-flag question: on top of the form's keys; n also under it, in the flags. */
	{KC_ASK, 'y', KA_YES},		   {KC_ASK, 'Y', KA_YES},
	{KC_ASK, 'n', KA_NO},		   {KC_ASK, 'N', KA_NO},
	{KC_ASK, ' ', KA_TOGGLE},	   {KC_ASK, KEY_LEFT, KA_TOGGLE},
	{KC_ASK, KEY_RIGHT, KA_TOGGLE},
	/* A line of text: Emacs keys as in a shell; printable characters are typed. */
	{KC_TEXT, KEY_LEFT, KA_LEFT},	   {KC_TEXT, 2, KA_LEFT},	/* Ctrl-B */
	{KC_TEXT, KEY_RIGHT, KA_RIGHT},	   {KC_TEXT, 6, KA_RIGHT},	/* Ctrl-F */
	{KC_TEXT, KEY_HOME, KA_HOME},	   {KC_TEXT, 1, KA_HOME},	/* Ctrl-A */
	{KC_TEXT, KEY_END, KA_END},	   {KC_TEXT, 5, KA_END},	/* Ctrl-E */
	{KC_TEXT, KEY_BACKSPACE, KA_DEL_BACK}, {KC_TEXT, 127, KA_DEL_BACK},
	{KC_TEXT, 8, KA_DEL_BACK},	   {KC_TEXT, KEY_DC, KA_DEL_FORWARD},
	{KC_TEXT, 4, KA_DEL_FORWARD},	/* Ctrl-D */
	{KC_TEXT, 21, KA_DEL_TO_START},	/* Ctrl-U */
	{KC_TEXT, 11, KA_DEL_TO_END},	/* Ctrl-K */
	{KC_TEXT, KEY_UP, KA_UP},	   {KC_TEXT, KEY_DOWN, KA_DOWN}, /* the completions */
	/* The diary list. */
	{KC_DIARY, KEY_UP, KA_UP},	   {KC_DIARY, 'k', KA_UP},
	{KC_DIARY, KEY_DOWN, KA_DOWN},	   {KC_DIARY, 'j', KA_DOWN},
	{KC_DIARY, KEY_PPAGE, KA_PAGE_UP}, {KC_DIARY, KEY_NPAGE, KA_PAGE_DOWN},
	{KC_DIARY, KEY_HOME, KA_HOME},	   {KC_DIARY, 'g', KA_HOME},
	{KC_DIARY, KEY_END, KA_END},	   {KC_DIARY, 'G', KA_END},
	{KC_DIARY, '\r', KA_EDIT},	   {KC_DIARY, '\n', KA_EDIT},
	{KC_DIARY, KEY_ENTER, KA_EDIT},	   {KC_DIARY, 'e', KA_EDIT},
	{KC_DIARY, 'd', KA_DELETE},	   {KC_DIARY, KEY_DC, KA_DELETE},
	{KC_DIARY, 'q', KA_QUIT},	   {KC_DIARY, 27, KA_QUIT},
	{KC_DIARY, '?', KA_HELP},
	/* A y/n question: every other key answers no. */
	{KC_CONFIRM, 'y', KA_YES},	   {KC_CONFIRM, 'Y', KA_YES},
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

/* Lines of at most 38 columns: the help fits the smallest form. */
static const char *const form_help[] = {
	"Tab  Shift-Tab   next, previous field",
	"Down  Up         the same; inside the",
	"                 map and lists first",
	"0-9  t           rate the pain (t: 10)",
	"Left  Right      change a rating",
	"Backspace        clear, or edit",
	"Space  x         tick or untick",
	"Right  Ctrl-F    take the suggested",
	"                 medication",
	"Up  Down         in Medication: older",
	"                 and newer ones",
	"y  n             the red-flag question",
	"Enter            save, from any field",
	"Esc  q           cancel (asks first",
	"                 when changed)",
	"?  F1            this help (F1 in a",
	"                 text)",
	NULL,
};

/* Lines of at most 38 columns: the help fits the smallest list. */
static const char *const diary_help[] = {
	"j  k  Up  Down    move",
	"PgUp  PgDn        move a page",
	"g  G  Home  End   newest, oldest",
	"Enter  e          edit the entry",
	"d  Delete         delete the entry or",
	"                  session (asks first)",
	"q  Esc            back",
	"?                 this help",
	NULL,
};

static const char *const no_help[] = {NULL};

const char *const *keys_help(enum key_context ctx)
{
	switch (ctx) {
	case KC_PLAYER:
		return player_help;
	case KC_PAGER:
		return pager_help;
	case KC_LIST:
		return list_help;
	case KC_FORM:
	case KC_ASK:
	case KC_TEXT:
		return form_help;
	case KC_DIARY:
		return diary_help;
	case KC_CONFIRM:
		return no_help;
	}
	return list_help;
}

char *keys_help_text(enum key_context ctx)
{
	struct strbuf b;
	sb_init(&b);
	for (const char *const *l = keys_help(ctx); *l; l++)
		sb_addf(&b, "%s\n", *l);
	return sb_steal(&b);
}
