/* SPDX-License-Identifier: ISC */
/* urgent.c - the urgent-care message after a red flag: before a session, and in the form */
#include "config.h"

#include "tui/urgent.h"

#include <curses.h>
#include <stdlib.h>

#include "base/clock.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/safety.h"
#include "tui/keys.h"

/* Keys in the first moment are ones typed on from the screen before: they do not count. */
#define URGENT_GUARD_MS 800

struct urgent {
	const struct urgent_text *text;
	int64_t shown;
	bool ready;
};

static void draw(struct tui *t, struct tui_screen *s)
{
	struct urgent *u = s->data;
	if (tui_too_small(t, 30, 10))
		return;
	/* TRANSLATORS: the title of the urgent-care message after a red flag. */
	tui_title(t, _("Urgent"));
	int w = t->cols - 4, y = 3, last = t->rows - 3;
	/* The message first, as one paragraph: on a small screen it is what must show. */
	struct strbuf b;
	sb_init(&b);
	for (const char *const *l = safety_urgent_lines(safety_locale_en_gb()); *l; l++)
		sb_addf(&b, "%s%s", b.len ? " " : "", _(*l));
	y += tui_wrap(t, y, 2, w, last - y, tui_attr(t, TC_WARN) | A_BOLD, b.s) + 1;
	sb_free(&b);
	const struct urgent_text *ut = u->text;
	if (y < last)
		y += tui_wrap(t, y, 2, w, last - y, A_BOLD, ut->why) + 1;
	if (ut->flags && y < last)
		tui_text(t, y++, 2, A_BOLD, _(safety_flags_noted()));
	for (int i = 0; i < FLAG_COUNT; i++)
		if (ut->flags & (1u << i) && y < last)
			y += tui_wrap_prefixed(t, y, 4, w - 2, last - y, A_NORMAL, "! ",
					       _(field_flags.labels[i]));
	if (ut->flags && y < last)
		y++;
	if (ut->hint && y < last)
		tui_wrap(t, y, 2, w, last - y, tui_attr(t, TC_DIM), ut->hint);
	tui_hline(t, t->rows - 2);
	if (!u->ready) {
		/* TRANSLATORS: on the key line of the urgent-care message, before Enter counts. */
		tui_text(t, t->rows - 1, 1, A_BOLD, _("Read this first."));
		return;
	}
	const char *dot = tui_sym(t, "·", "-");
	/* TRANSLATORS: the key line of the urgent-care message: what Enter does, a dot, what
	 * Esc does ("Enter  I understand, go on · Esc  back, no session"). */
	char *keys = xasprintf(_("Enter  %s %s Esc  %s"), ut->go_on, dot, ut->back);
	if (utf8_width(keys) > t->cols - 2) {
		free(keys);
		/* TRANSLATORS: the same, short, for a narrow window ("Enter go on · Esc back"). */
		keys = xasprintf(_("Enter %s %s Esc %s"), ut->go_on_short, dot, ut->back_short);
	}
	tui_key_line(t, A_BOLD, keys);
	free(keys);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	(void)t;
	struct urgent *u = s->data;
	/* Enter only once ready; nothing else by chance. */
	tui_finish_answer(s, keys_action(KC_URGENT, ch).act, u->ready);
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

int urgent_show(struct tui *t, const struct urgent_text *text)
{
	struct urgent u = {text, clock_now_ms(), false};
	struct tui_screen s = {&urgent_ops, &u, false, 0, true};
	int rc = tui_run(t, &s);
	return rc < 0 ? -1 : rc;
}

bool urgent_confirm(struct tui *t, const char *why)
{
	const struct urgent_text text = {
		.why = why,
		/* TRANSLATORS: d, the command and its option stay as they are. */
		.hint = _("Ticked by mistake? Change that entry in the diary (d on the home "
			  "screen, or 'limber edit ID --flag \"\"')."),
		/* TRANSLATORS: what Enter and Esc do under the urgent-care message before a
		 * session; the short forms are for a narrow window. */
		.go_on = _("I understand, go on"),
		.go_on_short = C_("Enter", "go on"),
		.back = _("back, no session"),
		.back_short = C_("Esc", "back"),
	};
	return urgent_show(t, &text) == 1;
}
