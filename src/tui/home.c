/* SPDX-License-Identifier: ISC */
/* home.c - the home screen: today at a glance, and every action one key away */
#include "config.h"

#include "tui/home_impl.h"

#include <curses.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "insight/function.h"
#include "insight/progress.h"
#include "insight/safety.h"
#include "insight/today.h"
#include "routine/describe.h"
#include "tui/diary_view.h"
#include "tui/entry.h"
#include "tui/function_form.h"
#include "tui/keys.h"
#include "tui/pager.h"
#include "tui/picker.h"
#include "tui/player.h"
#include "tui/trends_view.h"
#include "tui/urgent.h"

#define NOTICE_FILE "notice-seen"

static void reload(struct home *h)
{
	if (h->loaded) {
		today_free(&h->today);
		function_free(&h->fn);
	}
	struct diags err = {0};
	time_t now = (time_t)clock_wall();
	if (today_compute(&h->today, h->ctx->db, h->ctx->st, now, &err) == LB_OK)
		today_advise(&h->today, h->ctx->db, h->ctx->lib, h->ctx->st, now, h->utf8, &err);
	function_read(&h->fn, h->ctx->db, now, &err);
	if (err.n) {
		free(h->message);
		h->message = diag_format(&err.v[0]);
	}
	diags_free(&err);
	h->loaded = true;
}

static void say(struct home *h, char *msg)
{
	free(h->message);
	h->message = msg;
}

static void play(struct tui *t, struct home *h, const struct routine *r)
{
	if (!r)
		return;
	struct progress_routine dosed;
	struct diags err = {0};
	/* Read only: a busy diary must not hold the session up (saved once it is recorded). */
	progress_for(&dosed, h->ctx->db, h->ctx->lib, r, clock_wall(), false, &err);
	diags_free(&err); /* the file's doses then: a session is never held up by them */
	struct player_opts o;
	player_opts_init(&o, &dosed.r, h->ctx->st, h->ctx->db);
	struct player_result res;
	player_run(t, &o, &res);
	progress_routine_free(&dosed);
	if (res.recorded && !res.pending) {
		progress_for(&dosed, h->ctx->db, h->ctx->lib, r, clock_wall(), true, &err);
		progress_routine_free(&dosed);
		diags_free(&err);
	}
	if (res.started) {
		char steps[64];
		/* TRANSLATORS: the steps of a session done, out of the routine's steps. */
		snprintf(steps, sizeof steps,
			 ngettext("%d of %zu step", "%d of %zu steps", r->nsteps), res.steps_done,
			 r->nsteps);
		/* TRANSLATORS: after a session, on the home screen: the routine's title, complete
		 * or partial, the steps done ("3 of 4 steps"), and what became of the record. */
		say(h, xasprintf(_("%s: %s, %s; %s"), r->title,
				 res.complete ? C_("session", "complete") : C_("session", "partial"),
				 steps,
				 res.pending    ? _("kept aside: the diary was busy")
				 : res.recorded ? _("recorded in the diary")
						: _("NOT recorded")));
	}
	diags_free(&res.problems);
}

static void log_entry(struct tui *t, struct home *h)
{
	struct diary_entry e;
	diary_entry_init(&e);
	time_t now = (time_t)clock_wall();
	e.at = now;
	e.tz = timefmt_offset(now);
	bool saved = false;
	entry_form_run(t, h->ctx->db, &e, true, now, &saved);
	if (saved)
		say(h, xasprintf(_("logged entry %lld"), (long long)e.id));
	diary_entry_free(&e);
}

/* While a red flag is open, no session without the urgent message and a deliberate key. */
static bool flag_cleared(struct tui *t, const struct home *h)
{
	if (!h->today.advised || h->today.advice.why != COACH_RED_FLAG)
		return true;
	return urgent_confirm(t, _(URGENT_BEFORE_SESSION));
}

/* Reads the routines one by one; s or Enter starts the one read. True when one was started. */
static bool browse(struct tui *t, struct home *h)
{
	for (;;) {
		/* TRANSLATORS: what Enter does in the routine picker ("Enter read"). */
		const char *verb = NC_("picker", "read");
		const struct routine *r =
			picker_choose(t, h->ctx->lib, h->ctx->st->count_in, NULL, verb);
		if (!r || t->signal)
			return false;
		int cols = t->cols - 2 > 100 ? 100 : t->cols - 2;
		char *text = describe_routine(r, h->ctx->st->count_in, cols, t->utf8);
		/* TRANSLATORS: a key line: the keys stay as they are. After a \n, a shorter form
		 * for a narrow window (the first that fits is shown); add or drop forms freely. */
		const char *keys = _("s start · j/k scroll · space page · q back\n"
				     "s start · space page · q back");
		int rc = pager_show_keys(t, r->title, text, keys, KC_READER);
		free(text);
		if (t->signal)
			return false;
		if (rc == KA_SESSION) {
			if (!flag_cleared(t, h))
				return false;
			play(t, h, r);
			return true;
		}
	}
}

static void help(struct tui *t)
{
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "%s\n\n", _("Keys on the home screen"));
	/* As wide as the window: a narrow one wraps the texts, never cuts them. */
	char *keys = keys_help_text_width(KC_HOME, t->cols - 4);
	for (char *l = keys, *nl; *l && (nl = strchr(l, '\n')); l = nl + 1)
		sb_addf(&b, "  %.*s\n", (int)(nl - l), l);
	free(keys);
	char *prose = xasprintf(
		"%s\n\n%s",
		_("Lists, the diary and trends have ? for their keys and go back with Esc or q; in "
		  "a session q asks before it stops, and in the picker letters search (Esc goes "
		  "back)."),
		_("limber is self-care support, not treatment. Stop an exercise that causes sharp "
		  "pain or sends pain further down the leg."));
	char *flow = pager_reflow(prose, t->cols - 4 < 72 ? t->cols - 4 : 72, 0);
	sb_addf(&b, "\n%s", flow);
	free(flow);
	free(prose);
	pager_show(t, _("Help"), b.s, _("q back"));
	sb_free(&b);
}

/* Starts the suggested routine, or asks which when there is none. */
static void start_suggested(struct tui *t, struct home *h)
{
	if (!flag_cleared(t, h))
		return;
	const struct routine *r = h->today.advised ? h->today.advice.routine : NULL;
	if (!r)
		/* TRANSLATORS: what Enter does in the routine picker ("Enter start"). */
		r = picker_choose(t, h->ctx->lib, h->ctx->st->count_in, h->today.suggested,
				  NC_("picker", "start"));
	play(t, h, r);
}

static void key(struct tui *t, struct tui_screen *s, int ch)
{
	struct home *h = s->data;
	bool changed = true;
	switch (keys_action(KC_HOME, ch).act) {
	case KA_SESSION:
		if (flag_cleared(t, h))
			play(t, h,
			     picker_choose(t, h->ctx->lib, h->ctx->st->count_in,
					   h->today.advised && h->today.advice.routine
						   ? h->today.advice.routine->id
						   : h->today.suggested,
					   NC_("picker", "start")));
		break;
	case KA_ENTER:
		start_suggested(t, h);
		break;
	case KA_LOG:
		log_entry(t, h);
		break;
	case KA_DIARY:
		diary_view_run(t, h->ctx->db, h->ctx->lib, h->ctx->st->count_in, clock_wall());
		break;
	case KA_TRENDS:
		trends_view_run(t, h->ctx->db, h->ctx->st, h->ctx->lib);
		break;
	case KA_FUNCTION: {
		char msg[200];
		if (function_form_run(t, h->ctx->db, clock_wall(), msg, sizeof msg) > 0 || msg[0])
			say(h, xstrdup(msg));
		break;
	}
	case KA_ROUTINES:
		changed = browse(t, h);
		break;
	case KA_HELP:
		help(t);
		changed = false;
		break;
	case KA_QUIT:
		tui_finish(s, 0);
		return;
	default:
		changed = false;
		break;
	}
	if (t->signal) {
		tui_finish(s, -1);
		return;
	}
	if (changed)
		reload(h);
}

static const struct tui_screen_ops home_ops = {NULL, home_draw, key, NULL, NULL};

/* The safety notice, once: remembered by a file in the data directory. */
static int first_run_notice(struct tui *t, struct home_ctx *ctx)
{
	char *path = xasprintf("%s/%s", ctx->data_dir, NOTICE_FILE);
	if (access(path, F_OK) == 0) {
		free(path);
		return 0;
	}
	/* Its lines joined into paragraphs, wrapped anew: a translation breaks them elsewhere. */
	struct strbuf b;
	sb_init(&b);
	for (const char *const *l = safety_notice_lines(); *l; l++)
		sb_addf(&b, "%s\n", _(*l));
	sb_addf(&b, "\n%s\n", _("This notice is shown once. It is also in 'man limber'."));
	char *text = pager_reflow(b.s, t->cols - 6 < 72 ? t->cols - 6 : 72, 2);
	int rc = pager_show_keys(t, _("Before you start"), text,
				 _("Enter, q or Esc: I understand, continue\nEnter: I understand"),
				 KC_NOTICE);
	free(text);
	sb_free(&b);
	if (rc >= 0) {
		int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
		if (fd >= 0)
			close(fd);
	}
	free(path);
	return rc;
}

int home_run(struct tui *t, struct home_ctx *ctx)
{
	if (first_run_notice(t, ctx) < 0)
		return -1;
	struct home h = {.ctx = ctx, .utf8 = t->utf8};
	reload(&h);
	struct tui_screen s = {&home_ops, &h, false, 0, true};
	int rc = tui_run(t, &s);
	today_free(&h.today);
	function_free(&h.fn);
	free(h.message);
	return t->signal ? -1 : rc;
}
