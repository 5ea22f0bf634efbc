/* SPDX-License-Identifier: ISC */
/* player_draw.c - how the session player looks: header, countdown, cues, keys */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "insight/safety.h"
#include "routine/session.h"
#include "tui/bigtext.h"
#include "tui/keys.h"
#include "tui/player_impl.h"

static enum tui_colour phase_colour(enum session_phase p)
{
	switch (p) {
	case PHASE_HOLD:
		return TC_HOLD;
	case PHASE_GET_READY:
	case PHASE_SWITCH:
		return TC_READY;
	case PHASE_DONE:
		return TC_GOOD;
	default:
		return TC_REST;
	}
}

/* "1:05" or "45". */
static void fmt_clock(char *buf, size_t n, int64_t ms)
{
	long s = (long)((ms + 999) / 1000);
	if (s >= 60)
		snprintf(buf, n, "%ld:%02ld", s / 60, s % 60 < 0 ? 0 : s % 60);
	else
		snprintf(buf, n, "%ld", s);
}

/* "30 s × 3 · each side" */
static char *dosage(struct tui *t, const struct step *st)
{
	const char *dot = tui_sym(t, " · ", " - ");
	struct strbuf b;
	sb_init(&b);
	/* TRANSLATORS: a dose: seconds a hold, a times sign, reps ("30 s × 3"). */
	sb_addf(&b, _("%d s %s %d"), st->hold, tui_sym(t, "×", "x"), st->reps);
	if (st->sides == SIDES_BOTH)
		sb_addf(&b, "%s%s", dot, _("each side"));
	else if (st->sides == SIDES_ALTERNATE)
		sb_addf(&b, "%s%s", dot, _("sides alternate"));
	/* The dose in force, and why when it has moved from the routine file's (limber dose). */
	if (st->dose_why)
		sb_addf(&b, "%s%s", dot, st->dose_why);
	return sb_steal(&b);
}

/* The exercise cue to show now: the one the cue list paces, each on screen long enough. */
static const char *current_cue(const struct player *p, const struct session_view *v)
{
	if (v->phase == PHASE_DONE || v->phase == PHASE_BETWEEN)
		return NULL;
	return cues_text_at(&p->cues, &p->plan, p->s.cur, v->phase_ms - v->remaining_ms,
			    v->phase_ms);
}

/* The top line: the routine's title (the exercise's on a small window), step and time left. */
static void draw_header(struct tui *t, struct player *p, const struct session_view *v,
			const char *title, bool rule)
{
	char left[48], right[256];
	int64_t rest = v->total_ms - v->elapsed_ms;
	long rs = (long)((rest + 999) / 1000);
	snprintf(left, sizeof left, "%ld:%02ld", rs / 60, rs % 60);
	if (v->phase == PHASE_DONE)
		/* TRANSLATORS: at the top right of the player when the session is over. */
		snprintf(right, sizeof right, "%s", C_("session", "done"));
	else
		/* TRANSLATORS: at the top right of the player: the step, the steps, a dot and
		 * the time left in the session ("step 2 of 4 · 3:05 left"). */
		snprintf(right, sizeof right, _("step %zu of %zu %s %s left"), v->step_index + 1,
			 v->nsteps, tui_sym(t, "·", "-"), left);
	/* On a narrow screen the preview mark, then the step, give way to "limber ·". */
	if (p->o->speed != 1 && utf8_width(right) + 14 + 10 < t->cols) {
		size_t n = strlen(right);
		/* TRANSLATORS: after the step: a session played faster, %g times real time. */
		i18n_snprintf(right + n, sizeof right - n, _(" %s preview %gx"),
		              tui_sym(t, "·", "-"), p->o->speed);
	}
	if (v->phase != PHASE_DONE && utf8_width(right) + 10 >= t->cols)
		/* TRANSLATORS: the time left in the session ("3:05 left"). */
		snprintf(right, sizeof right, _("%s left"), left);
	/* Narrow: the routine's title without "limber ·", the step as "1/4" when that helps. */
	int tx = t->cols < 60 || title != p->o->routine->title ? 1 : 10;
	if (v->phase != PHASE_DONE && utf8_width(right) + 2 + tx + utf8_width(title) >= t->cols)
		snprintf(right, sizeof right, "%zu/%zu %s %s", v->step_index + 1, v->nsteps,
			 tui_sym(t, "·", "-"), left);
	int rw = utf8_width(right);
	if (tx > 1)
		tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber %s ", tui_sym(t, "·", "-"));
	/* The right part wins when space is short: it carries the time left. */
	int room = t->cols - 1 - rw - 2 - tx;
	if (room >= utf8_width(title)) {
		tui_text(t, 0, tx, A_BOLD, title);
	} else if (room > 1) {
		const char *next;
		size_t n = utf8_wrap(title, room - 1, &next); /* cut after a word */
		char *cut = xasprintf("%.*s%s", (int)n, title, tui_sym(t, "…", "~"));
		tui_text(t, 0, tx, A_BOLD, cut);
		free(cut);
	}
	tui_text_right(t, 0, t->cols - 1, A_NORMAL, right);
	if (rule)
		tui_hline(t, 1);
}


/* The optional parts, most wanted first: what goes first when rows run short is last. */
enum opt {
	OPT_CAUTION,  /* when to ease off */
	OPT_POSITION, /* the starting position, during the count-in */
	OPT_KEYS,     /* the key line */
	OPT_GAP,      /* a blank row between the countdown and the words under it */
	OPT_BAR,      /* the phase's bar, "18 of 30 s" */
	OPT_SESSION,  /* the rule and the session's bar above the keys */
	OPT_NEXT,     /* what comes next: the next hold, during a rest */
	OPT_RULE,     /* the rule under the header */
	OPT_COUNT
};

/* Everything the screen says now, in words, before it is placed. */
struct content {
	const char *title;    /* the exercise, "Rest", "Well done." or "3 of 4 steps — partial" */
	char big[32];         /* the big text: seconds, a movement's rep, DONE, "3/4" */
	char tmpl[32];        /* as wide as big gets in this phase */
	const char *word;     /* HOLD, MOVE, REST, GET READY, PAUSED, DONE, PARTIAL */
	const char *side;     /* LEFT, RIGHT or "" */
	char rep[64];         /* "rep 2 of 3" or "" */
	char left[64];        /* "25 s left" or "" */
	char *line;           /* all of the above in one line, for under the digits */
	char *line_short;     /* "HOLD · LEFT · 1/3", when that line would wrap */
	const char *under;    /* the one of the two that is shown */
	const char *cue;      /* the exercise's cue now, wrapped in full */
	const char *message;  /* the end, or the rest between exercises: what next */
	char *dose;           /* the next exercise's dosage, during the rest between */
	const char *position, *caution;
	char *next;           /* "next: a 30 s hold" during a rest between reps */
	const char *offer;    /* the first run's offer of the voice */
	char end[128];        /* "3 of 4 steps — partial" */
	int colour;
};

/* Lines s takes wrapped to width (0 for none). */
static int lines_of(const char *s, int width)
{
	int n = 0;
	for (const char *p = s, *next; p && *p && width > 0; p = next, n++)
		utf8_wrap(p, width, &next);
	return n;
}

/* What to say at the end: "Well done." only when every step was done. */
static void end_words(const struct player *p, struct content *c, const char *dash)
{
	int done, skipped;
	session_counts(&p->s, &done, &skipped);
	int total = (int)p->plan.nsteps;
	if (skipped == 0 && done == total) {
		c->title = _("Well done.");
		/* TRANSLATORS: the word of a session done whole, shown in big letters when they
		 * have it: A-Z, digits, space and - ' . , : & / only (no accented letters). */
		c->word = _("DONE");
		/* Big, when the font has its letters; else the steps, as a partial session. */
		if (bigtext_can(c->word))
			snprintf(c->big, sizeof c->big, "%s", c->word);
		else
			snprintf(c->big, sizeof c->big, "%d/%d", done, total);
		c->message = _("The session is over. Press any key.");
		return;
	}
	/* TRANSLATORS: the steps done of a session quit early or with steps skipped: "3 of 4
	 * steps — partial"; %s is the dash. */
	snprintf(c->end, sizeof c->end,
		 ngettext("%d of %d step %s partial", "%d of %d steps %s partial", total), done,
		 total, dash);
	c->title = c->end;
	/* TRANSLATORS: the word of a session not done whole (quit early, steps skipped). */
	c->word = _("PARTIAL");
	snprintf(c->big, sizeof c->big, "%d/%d", done, total);
	c->message = ngettext("One step was skipped: kept as partial. Press any key.",
			      "Steps were skipped: kept as partial. Press any key.", skipped);
}

static void gather(struct tui *t, const struct player *p, const struct session_view *v,
		   struct content *c)
{
	memset(c, 0, sizeof *c);
	const struct exercise *e = v->step ? v->step->ex : NULL;
	bool doing = e && v->phase != PHASE_DONE && v->phase != PHASE_BETWEEN;
	c->colour = tui_attr(t, phase_colour(v->phase));
	c->side = "";
	/* TRANSLATORS: the phase words are shown in big letters when they have them: A-Z,
	 * digits, space and - ' . , : & / only; else in plain bold letters. */
	c->word = v->paused ? _("PAUSED") : _(session_phase_word(v));
	fmt_clock(c->big, sizeof c->big, v->remaining_ms);
	fmt_clock(c->tmpl, sizeof c->tmpl, v->phase_ms);
	if (v->phase != PHASE_DONE)
		/* TRANSLATORS: the time left in a phase: seconds, or minutes:seconds. */
		snprintf(c->left, sizeof c->left, _("%s s left"), c->big);
	if (v->phase == PHASE_HOLD && v->move) {
		/* A movement counts its reps, big; its seconds are the small print. */
		snprintf(c->big, sizeof c->big, "%d", v->rep);
		snprintf(c->tmpl, sizeof c->tmpl, "%d", v->reps);
	}
	if (doing) {
		c->title = e->title;
		if (v->side != SIDE_NONE)
			c->side = _(session_side_names[v->side]);
		/* TRANSLATORS: the repetition of an exercise being done, of how many. */
		snprintf(c->rep, sizeof c->rep, _("rep %d of %d"), v->rep, v->reps);
		c->cue = current_cue(p, v);
		c->caution = e->caution ? e->caution : safety_exercise_reminder();
		if (v->phase == PHASE_GET_READY && e->position && *e->position)
			c->position = e->position;
		if (v->phase == PHASE_GET_READY && v->step && v->step->dose_why)
			c->dose = dosage(t, v->step);
		if ((v->phase == PHASE_REST || v->phase == PHASE_SWITCH) && v->step)
			c->next = v->move
				/* TRANSLATORS: during a rest: the next repetition of a movement. */
				? xasprintf(_("next: a %lld s rep"), (long long)(v->hold_ms / 1000))
				/* TRANSLATORS: during a rest: the next hold of a stretch. */
				: xasprintf(_("next: a %lld s hold"), (long long)(v->hold_ms / 1000));
	} else if (v->phase == PHASE_BETWEEN) {
		/* TRANSLATORS: the title of the rest between two exercises. */
		c->title = C_("phase", "Rest");
		const struct exercise *n = v->next ? v->next->ex : NULL;
		if (n) {
			c->message = c->next = n->position && *n->position
				/* TRANSLATORS: between exercises: the next one's title, a dash and
				 * the position to get into. */
				? xasprintf(_("next: %s %s %s"), n->title, tui_sym(t, "—", "-"),
					    n->position)
				/* TRANSLATORS: between exercises: the next one's title. */
				: xasprintf(_("next: %s"), n->title);
			c->dose = dosage(t, v->next);
		}
	} else {
		end_words(p, c, tui_sym(t, "—", "-"));
		snprintf(c->tmpl, sizeof c->tmpl, "%s", c->big);
	}
	const char *dot = tui_sym(t, " · ", " - ");
	c->line = xasprintf("%s%s%s%s%s%s%s", c->word, *c->side ? dot : "", c->side,
			    *c->rep ? dot : "", c->rep, *c->left ? dot : "", c->left);
	char rep[24] = "";
	if (*c->rep)
		snprintf(rep, sizeof rep, "%d/%d", v->rep, v->reps);
	c->line_short = xasprintf("%s%s%s%s%s", c->word, *c->side ? dot : "", c->side,
				  *rep ? dot : "", rep);
	if (p->offer && v->phase == PHASE_GET_READY && v->step_index == 0) {
		/* The long offer when it fits on a line, else the short one. */
		c->offer = _("Hard to read from the floor? Press v to hear the cues spoken.");
		if (utf8_width(c->offer) > t->cols - 5)
			c->offer = _("Press v to hear the cues spoken.");
	}
}

static void content_free(struct content *c)
{
	free(c->line);
	free(c->line_short);
	free(c->next);
	free(c->dose);
}

/* Measures the content for the layout at the width text gets. */
static void measure(const struct tui *t, struct content *c, int width, struct layout_in *in)
{
	memset(in, 0, sizeof *in);
	in->big_tmpl = c->tmpl;
	/* Beside the digits, big: the phase word, the side, then rep and seconds in words. */
	const char *paused = _("PAUSED");
	int ww = bigtext_half_width(c->word), wp = bigtext_half_width(paused);
	int big_w = ww > wp ? ww : wp;
	if (*c->side && bigtext_half_width(c->side) > big_w)
		big_w = bigtext_half_width(c->side);
	int text_w = utf8_width(c->word) + 3 + utf8_width(c->left);
	if (utf8_width(c->rep) > text_w)
		text_w = utf8_width(c->rep);
	if (utf8_width(paused) + 3 + utf8_width(c->left) > text_w)
		text_w = utf8_width(paused) + 3 + utf8_width(c->left);
	/* Half-size letters need half blocks: in ASCII the words stay words. */
	in->ascii = !t->utf8;
	/* Big only when the font has every letter, of the side too (a translation may not). */
	bool can = bigtext_can(c->word) && bigtext_can(c->side);
	in->words_big_w = t->utf8 && can && big_w > text_w ? big_w : 0;
	in->words_big_rows = 3 + 1 + (*c->side ? 4 : 0) + (*c->rep ? 1 : 0) + 1;
	in->words_side = *c->side;
	in->words_lines = (*c->rep ? 1 : 0) + 1;
	in->words_text_w = text_w + (*c->side ? 0 : 0);
	in->words_text_rows = 1 + (*c->side ? 1 : 0) + (*c->rep ? 1 : 0) + 1;
	if (*c->side && utf8_width(c->side) + 5 > in->words_text_w)
		in->words_text_w = utf8_width(c->side) + 5;
	c->under = lines_of(c->line, width) > 1 ? c->line_short : c->line;
	in->words_line = lines_of(c->under, width);
	int title = t->rows < 20 ? 0 : 1;
	in->essential = title + lines_of(c->cue, width - 2) + lines_of(c->message, width) +
			lines_of(c->offer, width) + (c->dose ? 1 : 0);
	in->opt[OPT_CAUTION] = lines_of(c->caution, width - 2);
	in->opt[OPT_POSITION] = lines_of(c->position, width);
	in->opt[OPT_KEYS] = 1;
	in->opt[OPT_GAP] = 1;
	in->opt[OPT_BAR] = c->left[0] ? 1 : 0;
	in->opt[OPT_SESSION] = 2;
	in->opt[OPT_NEXT] = c->next && !c->message ? 1 : 0;
	in->opt[OPT_RULE] = 1;
	in->nopt = OPT_COUNT;
	in->foot[OPT_KEYS] = in->foot[OPT_SESSION] = true;
}

/* The words beside the digits: the phase and side big (or plain), rep and seconds under them. */
static void draw_beside(struct tui *t, const struct content *c, const struct player_layout *L,
			int y)
{
	int x = L->words.x, attr = A_BOLD | c->colour;
	if (L->words_big) {
		int k = L->words_px, h = bigtext_rows(k) + 1;
		bigtext_draw_px(t, y, x, attr, c->word, k, k);
		y += h;
		if (*c->side) {
			bigtext_draw_px(t, y, x, A_BOLD, c->side, k, k);
			y += h;
		}
	} else {
		tui_text(t, y++, x, attr, c->word);
		if (*c->side)
			/* TRANSLATORS: %s is LEFT or RIGHT: the side being stretched. */
			tui_textf(t, y++, x, A_BOLD, _("%s side"), c->side);
	}
	if (*c->rep)
		tui_text(t, y++, x, A_BOLD, c->rep);
	/* In words too: the big letters are not text to a screen reader (nor to a test). */
	if (L->words_big)
		tui_textf(t, y, x, A_NORMAL, "%s%s%s", c->word, *c->left ? tui_sym(t, " · ", " - ") : "",
			  c->left);
	else
		tui_text(t, y, x, A_NORMAL, c->left);
}

/* The countdown: right-aligned in its box so the last digit stays put as the first goes. */
static int draw_countdown(struct tui *t, const struct content *c, struct player_layout *L, int y)
{
	if (!L->ph)
		return y;
	int w = bigtext_px_width(c->big, L->pw);
	int x = L->big.x + (L->big.w > w ? L->big.w - w : 0);
	bigtext_draw_px(t, y, x, A_BOLD | c->colour, c->big, L->ph, L->pw);
	if (L->words_beside)
		draw_beside(t, c, L, y + (L->big.h > L->words.h ? 0 : 0));
	return y + L->big.h;
}

/* The phase's bar and "18 of 30 s". */
static void draw_phase_bar(struct tui *t, const struct session_view *v, int y, int width)
{
	long shown_total = (long)(v->phase_ms / 1000);
	long gone = shown_total - (long)((v->remaining_ms + 999) / 1000);
	char text[64];
	/* TRANSLATORS: beside the bar of a phase: the seconds gone, of its seconds. */
	snprintf(text, sizeof text, _("%ld of %ld s"), gone, shown_total);
	/* The bar leaves room for the words after it: 16 columns, more when they are longer. */
	int after = utf8_width(text) + 4 > 16 ? utf8_width(text) + 4 : 16;
	int bar = width - after < 50 ? width - after : 50;
	double frac = v->phase_ms ? 1.0 - (double)v->remaining_ms / (double)v->phase_ms : 1;
	tui_bar(t, y, 2, bar, frac, tui_attr(t, phase_colour(v->phase)));
	tui_text(t, y, 2 + bar + 2, A_NORMAL, text);
}

/* Under the countdown: the cue in full, then what fits of the rest; returns the next row. */
static int draw_words(struct tui *t, const struct session_view *v, const struct content *c,
		      const struct player_layout *L, int y)
{
	int width = L->cols - 4;
	if (!L->words_beside)
		y += tui_wrap(t, y, 2, width, 99, A_BOLD | c->colour, c->under);
	if (L->shown[OPT_BAR])
		draw_phase_bar(t, v, y++, width);
	if (L->shown[OPT_GAP])
		y++;
	if (c->offer)
		y += tui_wrap(t, y, 2, width, 99, A_BOLD, c->offer);
	if (c->message)
		y += tui_wrap(t, y, 2, width, 99, A_BOLD, c->message);
	if (c->dose)
		y += tui_wrap(t, y, 2, width, 1, A_NORMAL, c->dose);
	if (L->shown[OPT_POSITION])
		y += tui_wrap(t, y, 2, width, 99, A_NORMAL, c->position);
	if (c->cue)
		y += tui_wrap_prefixed(t, y, 2, width, 99, A_BOLD, tui_sym(t, "› ", "> "), c->cue);
	if (L->shown[OPT_CAUTION])
		y += tui_wrap_prefixed(t, y, 2, width, 99, tui_attr(t, TC_WARN), "! ", c->caution);
	if (L->shown[OPT_NEXT])
		y += tui_wrap(t, y, 2, width, 1, A_BOLD, c->next);
	return y;
}

/* The keys of the session: the most needed first, as many as fit, shown in this order. */
struct key_hint {
	const char *text;
	int rank; /* 0 always; the higher, the sooner it gives way */
	bool paused; /* shown while paused (else while running) */
	bool running;
};

static const struct key_hint hints[] = {
	/* TRANSLATORS: the player's key hints, each a key and what it does; as many as fit
	 * are shown on one line, so short words help. The keys stay as they are. */
	{N_("space pause"), 0, false, true}, {N_("space resume"), 0, true, false},
	{N_("n skip"), 3, true, true},	     {N_("p back"), 4, true, true},
	{N_("+/- 5 s"), 5, false, true},     {N_("v voice"), 2, true, true},
	{N_("q quit"), 1, true, true},	     {N_("? help"), 0, true, true},
};

/* The key line with the hints of rank up to `rank`. */
static char *key_line(struct tui *t, bool paused, int rank)
{
	struct strbuf b;
	sb_init(&b);
	for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
		const struct key_hint *h = &hints[i];
		if (h->rank > rank || !(paused ? h->paused : h->running))
			continue;
		if (b.len)
			sb_adds(&b, tui_sym(t, " · ", " - "));
		sb_adds(&b, _(h->text));
	}
	return sb_steal(&b);
}

/* The session bar and the key line, as far as they fit. */
static void draw_footer(struct tui *t, const struct player *p, const struct session_view *v,
			const struct player_layout *L, bool must_keys)
{
	if (L->shown[OPT_SESSION]) {
		int y = t->rows - 3;
		tui_hline(t, y);
		int pct = v->total_ms ? (int)(v->elapsed_ms * 100 / v->total_ms) : 100;
		/* TRANSLATORS: the label of the bar of the whole session, at the player's foot. */
		const char *label = C_("bar", "session");
		int x = 1 + utf8_width(label) + 1;
		tui_text(t, y + 1, 1, A_NORMAL, label);
		tui_bar(t, y + 1, x, t->cols - x - 7, (double)pct / 100, tui_attr(t, TC_BAR));
		tui_textf(t, y + 1, t->cols - 6, A_NORMAL, "%3d%%", pct);
	}
	if (!L->shown[OPT_KEYS] && !must_keys)
		return;
	char *keys;
	if (p->asking_quit)
		/* TRANSLATORS: asked on the player's key line after q; the keys y and n stay.
		 * After a \n, shorter forms for a narrow window: the first that fits is shown. */
		keys = tui_key_variant(t,
				       _("Quit this session? It is kept as partial.  y quit · n go on\n"
					 "Quit this session?  y quit · n go on\n"
					 "Quit?  y · n"),
				       t->cols - 2);
	else if (p->note)
		keys = xstrdup(p->note);
	else if (v->phase == PHASE_DONE)
		keys = xstrdup(_("any key: finish"));
	else
		for (int rank = 5;; rank--) {
			keys = key_line(t, v->paused, rank);
			if (rank == 0 || utf8_width(keys) <= t->cols - 2)
				break;
			free(keys);
		}
	int attr = p->asking_quit || p->note ? (int)A_BOLD : tui_attr(t, TC_DIM);
	char *fit = tui_fit_words(t, keys, t->cols - 2);
	tui_text(t, t->rows - 1, 1, attr, fit);
	free(fit);
	free(keys);
}

/* The widest of lines, and how many there are. */
static int widest(char **lines, int *n)
{
	int w = 0;
	for (*n = 0; lines[*n]; (*n)++)
		if (utf8_width(lines[*n]) > w)
			w = utf8_width(lines[*n]);
	return w;
}

static void draw_help(struct tui *t)
{
	const char *title = _("Keys in a session"), *close = _("any key closes this help");
	char **lines = keys_help(KC_PLAYER);
	int n, w = widest(lines, &n);
	if (w + 6 > t->cols) { /* too wide for the window: the texts wrapped to it */
		keys_help_free(lines);
		lines = keys_help_width(KC_PLAYER, t->cols - 6);
		w = widest(lines, &n);
	}
	if (utf8_width(title) > w)
		w = utf8_width(title);
	if (utf8_width(close) > w)
		w = utf8_width(close);
	if (w > t->cols - 4)
		w = t->cols - 4;
	bool cut = n > t->rows - 4; /* too many lines: those that fit, the last an ellipsis */
	if (cut)
		n = t->rows - 4 > 1 ? t->rows - 4 : 1;
	int y = (t->rows - n - 4) / 2, x = (t->cols - w - 4) / 2;
	if (y < 0)
		y = 0;
	if (x < 0)
		x = 0;
	for (int i = -1; i <= n + 2; i++) {
		move(y + 1 + i, x);
		for (int k = 0; k < w + 4 && x + k < t->cols; k++)
			addch(' ' | A_REVERSE);
	}
	tui_text(t, y, x + 2, A_REVERSE | A_BOLD, title);
	for (int i = 0; i < n; i++)
		tui_text(t, y + 2 + i, x + 2, A_REVERSE,
			 cut && i == n - 1 ? tui_sym(t, "…", "...") : lines[i]);
	tui_text(t, y + n + 3, x + 2, A_REVERSE, close);
	keys_help_free(lines);
}

/* Measures the content at WIDTH and places it. */
static void lay_out(struct tui *t, struct content *c, double aspect, bool must_keys, int width,
		    struct layout_in *in, struct player_layout *L)
{
	measure(t, c, width, in);
	in->figure = aspect;
	if (must_keys) {
		/* The question or the note: the key line must show, at the foot. */
		in->essential++;
		in->foot_rows = 1;
		in->opt[OPT_KEYS] = 0;
	}
	player_layout(t, in, L);
}

void player_draw(struct tui *t, struct tui_screen *scr)
{
	struct player *p = scr->data;
	struct session_view v;
	session_view(&p->s, p->now, &v);
	if (tui_too_small(t, PLAYER_MIN_COLS, PLAYER_MIN_ROWS))
		return;
	struct content c;
	gather(t, p, &v, &c);
	struct layout_in in;
	bool must_keys = p->asking_quit || p->note;
	bool mirror;
	const char *fig = player_figure_path(t, &v, &mirror);
	/* The figure's shape says where it goes: read once a file, not drawn yet. */
	double aspect = fig && p->fig ? tui_figure_aspect(p->fig, fig) : 0;
	struct player_layout L;
	lay_out(t, &c, aspect, must_keys, t->cols - 4, &in, &L);
	if (L.cols != t->cols) /* A figure takes the right: the words wrap in what is left. */
		lay_out(t, &c, aspect, must_keys, L.cols - 4, &in, &L);
	draw_header(t, p, &v, L.title_in_head ? c.title : p->o->routine->title, L.shown[OPT_RULE]);
	int y = 1 + (L.shown[OPT_RULE] ? 1 : 0);
	if (!L.title_in_head)
		tui_text(t, y++, 2, A_BOLD, c.title);
	/* What is left over goes above and below the countdown, so it sits in the middle. */
	y += L.spare / 3;
	y = draw_countdown(t, &c, &L, y);
	draw_words(t, &v, &c, &L, y);
	if (L.figure.h > 0)
		player_figure_draw(t, p, &v, L.figure.y, L.figure.x, L.figure.h, L.figure.w);
	draw_footer(t, p, &v, &L, must_keys);
	content_free(&c);
	if (p->help)
		draw_help(t);
}
