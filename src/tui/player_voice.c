/* SPDX-License-Identifier: ISC */
/* player_voice.c - the player's voice: says each cue of the list as its time comes */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "tui/player_impl.h"

/* How long a note about the voice stays in the key line. */
#define VOICE_NOTE_MS 6000

/* Where cue k falls in its phase, in planned ms from the phase's start (phase_ms its length now).
 */
static int64_t cue_at(const struct cue *c, int64_t phase_ms)
{
	return c->from_end ? phase_ms - c->offset_ms : c->offset_ms;
}

/* Planned ms into the current phase, and its length, as the session has them now. */
static void phase_now(const struct player *p, int64_t now, int64_t *into, int64_t *len)
{
	struct session_view v;
	session_view(&p->s, now, &v);
	*len = v.phase_ms;
	*into = v.phase_ms - v.remaining_ms;
}

/*
 * Points next_cue at the first cue of the current phase not yet due: after
 * a phase change, a skip or back, and when the voice comes on, so what is
 * late is skipped, never said late.
 */
static void catch_up(struct player *p, int64_t now, bool skip_due)
{
	p->cue_phase = p->s.cur;
	p->next_cue = cues_first_of_phase(&p->cues, p->s.cur);
	if (!skip_due)
		return;
	int64_t into, len;
	phase_now(p, now, &into, &len);
	while (p->next_cue < p->cues.n && p->cues.v[p->next_cue].phase == p->s.cur &&
	       cue_at(&p->cues.v[p->next_cue], len) <= into)
		p->next_cue++;
}

void player_note(struct player *p, int64_t now, char *text)
{
	free(p->note);
	p->note = text;
	p->note_until = now + VOICE_NOTE_MS;
}

/* Opens the speakers; on failure one calm line says why and the bell goes on alone. */
static bool open_voice(struct player *p, int64_t now)
{
	if (p->sp)
		return true;
	struct diags err = {0};
	enum lb_status st = speech_open_aloud(&p->sp, &p->o->speech, &err);
	/* What espeak-ng said goes to the log (standard error, away from the screen). */
	for (size_t i = 0; i < err.n; i++)
		fprintf(stderr, "limber: voice: %s\n", err.v[i].msg);
	if (st == LB_OK)
		fprintf(stderr, "limber: espeak-ng voice %s\n", speech_voice(p->sp));
	if (st != LB_OK) {
		if (st == LB_IO)
			player_note(p, now, xstrdup(_("Voice off: no sound card found.")));
		else if (err.n)
			/* TRANSLATORS: %s is why the voice could not start (espeak-ng's words). */
			player_note(p, now, xasprintf(_("Voice off: %s."), err.v[0].msg));
		else
			player_note(p, now, xstrdup(_("Voice off: no speech.")));
		p->sp = NULL;
	}
	diags_free(&err);
	return p->sp != NULL;
}

void player_voice_start(struct player *p, int64_t now)
{
	if (p->voice && !open_voice(p, now))
		p->voice = false;
	catch_up(p, now, false);
}

void player_voice_toggle(struct player *p, int64_t now)
{
	if (p->voice) {
		p->voice = false;
		speech_hush(p->sp);
		player_note(p, now, xstrdup(_("Voice off.")));
		return;
	}
	if (!open_voice(p, now))
		return;
	p->voice = true;
	catch_up(p, now, true);
	player_note(p, now, xstrdup(_("Voice on.")));
}

void player_voice_tick(struct player *p, int64_t now)
{
	if (p->s.cur != p->cue_phase) {
		/* A new phase cuts short what is still being said about the last. */
		speech_hush(p->sp);
		catch_up(p, now, false);
	}
	if (p->s.paused || p->s.quit)
		return;
	int64_t into, len;
	phase_now(p, now, &into, &len);
	const char *say = NULL;
	while (p->next_cue < p->cues.n && p->cues.v[p->next_cue].phase == p->s.cur &&
	       cue_at(&p->cues.v[p->next_cue], len) <= into) {
		const struct cue *c = &p->cues.v[p->next_cue++];
		if (c->words)
			say = c->words; /* several due at once: only the last is still timely */
		int done, skipped;
		session_counts(&p->s, &done, &skipped);
		if (c->kind == CUE_DONE && skipped)
			/* TRANSLATORS: spoken at the end of a session with steps skipped (not "well
			 * done"). */
			say = _("session over");
	}
	if (say && p->voice && p->sp)
		speech_say(p->sp, say);
}

int64_t player_voice_wake(const struct player *p, int64_t now)
{
	if (!p->voice || !p->sp || p->s.paused || session_done(&p->s) || p->next_cue >= p->cues.n ||
	    p->cues.v[p->next_cue].phase != p->s.cur)
		return -1;
	int64_t into, len;
	phase_now(p, now, &into, &len);
	int64_t planned = cue_at(&p->cues.v[p->next_cue], len) - into;
	if (planned <= 0)
		return 0;
	double speed = p->s.speed > 0 ? p->s.speed : 1;
	return (int64_t)((double)planned / speed) + 1;
}

void player_voice_stop(struct player *p)
{
	speech_close(p->sp);
	p->sp = NULL;
	free(p->note);
	p->note = NULL;
}
