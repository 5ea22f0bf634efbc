/* urgent.c - the urgent-care message before a session, after a red flag */
#include "config.h"

#include "tui/urgent.h"

#include <curses.h>

#include "clock.h"
#include "safety.h"
#include "strbuf.h"
#include "tui/keys.h"

/* Keys in the first moment are ones typed on from the screen before: they do not count. */
#define URGENT_GUARD_MS 800

struct urgent {
	const char *why;
	int64_t shown;
	bool ready;
};

static void draw(struct tui *t, struct tui_screen *s)
{
	struct urgent *u = s->data;
	if (tui_too_small(t, 30, 10))
		return;
	tui_title(t, "Urgent");
	int w = t->cols - 4, y = 3, last = t->rows - 3;
	/* The message first, as one paragraph: on a small screen it is what must show. */
	struct strbuf b;
	sb_init(&b);
	for (const char *const *l = safety_urgent_lines(safety_locale_en_gb()); *l; l++)
		sb_addf(&b, "%s%s", b.len ? " " : "", *l);
	y += tui_wrap(t, y, 2, w, last - y, tui_attr(t, TC_WARN) | A_BOLD, b.s) + 1;
	sb_free(&b);
	if (y < last)
		y += tui_wrap(t, y, 2, w, last - y, A_BOLD, u->why) + 1;
	if (y < last)
		tui_wrap(t, y, 2, w, last - y, tui_attr(t, TC_DIM),
			 "Ticked by mistake? Change that entry in the diary (d on the home "
			 "screen, or 'limber edit ID --flag \"\"').");
	tui_hline(t, t->rows - 2);
	bool wide = t->cols >= 60;
	const char *keys = !u->ready ? "Read this first."
			   : wide    ? (t->utf8 ? "Enter  I understand, go on · Esc  back, no session"
						: "Enter  I understand, go on - Esc  back, no session")
				     : (t->utf8 ? "Enter go on · Esc back" : "Enter go on - Esc back");
	tui_text(t, t->rows - 1, 1, A_BOLD, keys);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	(void)t;
	struct urgent *u = s->data;
	switch (keys_action(KC_URGENT, ch).act) {
	case KA_ENTER:
		if (u->ready)
			tui_finish(s, 1);
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		break;
	default:
		break; /* nothing by chance */
	}
}

/* Wakes once, when Enter starts to count. */
static int64_t tick(struct tui *t, struct tui_screen *s, int64_t now)
{
	(void)t;
	struct urgent *u = s->data;
	int64_t left = u->shown + URGENT_GUARD_MS - now;
	if (left > 0)
		return left;
	if (!u->ready) {
		u->ready = true;
		s->dirty = true;
	}
	return -1;
}

static const struct tui_screen_ops urgent_ops = {NULL, draw, key, tick, NULL};

bool urgent_confirm(struct tui *t, const char *why)
{
	struct urgent u = {why, clock_now_ms(), false};
	struct tui_screen s = {&urgent_ops, &u, false, 0, true};
	return tui_run(t, &s) == 1;
}
