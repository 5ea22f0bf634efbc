/* SPDX-License-Identifier: ISC */
/* safety.c - the safety wording limber shows, in one place (from shared/content/safety.md) */
#include "config.h"

#include "insight/safety.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "base/emergency.h"
#include "base/i18n.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/*
 * Each text is kept as whole paragraphs, each one message for the
 * translators; the faces get them as lines, wrapped here in the language
 * shown. Translators: take the meaning from shared/content/safety.md (the
 * NHS wording), not from the English here, and keep it exactly.
 */

/* TRANSLATORS: the first paragraph of the urgent-care message, shown when a red flag is
   ticked (shared/content/safety.md). Keep the medical meaning exactly. */
#define URGENT_WHY                                                                                 \
	N_("URGENT: these can be signs of cauda equina syndrome, a pressed nerve bundle at the "  \
	   "base of the spine that needs treatment straight away.")

static const char *const urgent[] = {
	URGENT_WHY,
	/* TRANSLATORS: the urgent-care message's call to action, outside the UK: one line of
	   69 columns at most, shown alone when the screen is small. */
	N_("Contact emergency services now."),
	NULL,
};

static const char *const urgent_gb[] = {
	URGENT_WHY,
	/* TRANSLATORS: the urgent-care message's call to action in the UK (British English
	   only: other languages never see it); 69 columns at most. */
	N_("Contact emergency services now: go to A&E or call 999."),
	NULL,
};

/* Where the country of the locale has a number limber knows (base/emergency.c), it is said. */
static const char *const urgent_112[] = {
	URGENT_WHY,
	/* TRANSLATORS: the urgent-care message's call to action where 112 is the emergency
	   number (the European Union); 69 columns at most. */
	N_("Contact emergency services now: call 112."),
	NULL,
};

static const char *const urgent_911[] = {
	URGENT_WHY,
	/* TRANSLATORS: the urgent-care message's call to action where 911 is the emergency
	   number (the United States, Canada); 69 columns at most. */
	N_("Contact emergency services now: call 911."),
	NULL,
};

/* The first-run notice; paragraphs are shown with a blank line between them. */
static const char *const notice[] = {
	/* TRANSLATORS: the first paragraph of the safety notice shown at the first run. */
	N_("limber is self-care support, not treatment."),
	/* TRANSLATORS: the safety notice (shared/content/safety.md, "During exercise"). */
	N_("Mild stretch or discomfort is fine; sharp pain is not. Stop an exercise that makes "
	   "symptoms worse or sends pain further down the leg."),
	/* TRANSLATORS: the safety notice: the red flags (shared/content/safety.md, "Urgent").
	   Keep the medical meaning exactly. */
	N_("Contact emergency services now if you have numbness around the genitals or bottom, "
	   "new trouble controlling your bladder or bowel, new loss of sexual function, sciatica "
	   "in both legs, or weakness or numbness in both legs that is severe or getting worse."),
	/* TRANSLATORS: the safety notice (shared/content/safety.md, "See a doctor (GP) soon"). */
	N_("See a doctor if the pain is not better after a few weeks, is getting worse or stops "
	   "you doing normal things, if the exercises cause severe pain, or if you feel generally "
	   "unwell with it."),
	NULL,
};

/* A paragraph wraps at this many columns: the urgent one after "!! " in `limber log`'s rule
 * of 72, the notice in the home screen's pager of 80, indented by two. */
#define URGENT_COLS (72 - 3)
#define NOTICE_COLS 72

/* Paragraphs translated, wrapped at cols into lines ("" between paragraphs when blank). */
struct safety_lines {
	const char *said[8]; /* the translations they were made from */
	char **line;         /* NULL-terminated */
};

static bool lines_current(const struct safety_lines *l, const char *const *para)
{
	if (!l->line)
		return false;
	for (size_t i = 0; para[i] && i < sizeof l->said / sizeof *l->said; i++)
		if (l->said[i] != _(para[i]))
			return false;
	return true;
}

/*
 * The lines of para in the language of now. Made once and kept: the faces
 * hold on to them as they would to a constant; remade (the old ones let go)
 * only if the language has changed since.
 */
static const char *const *lines_of(struct safety_lines *l, const char *const *para, int cols,
				   bool blank)
{
	if (lines_current(l, para))
		return (const char *const *)l->line;
	for (size_t i = 0; l->line && l->line[i]; i++)
		free(l->line[i]);
	free(l->line);
	size_t n = 0, cap = 8;
	l->line = xcalloc(cap, sizeof *l->line);
	for (size_t i = 0; para[i] && i < sizeof l->said / sizeof *l->said; i++) {
		const char *p = l->said[i] = _(para[i]), *next;
		for (bool first = true; *p || first; p = next, first = false) {
			if (n + 3 > cap)
				l->line = xreallocarray(l->line, cap *= 2, sizeof *l->line);
			if (first && blank && i > 0)
				l->line[n++] = xstrdup("");
			size_t len = utf8_wrap(p, cols, &next);
			l->line[n++] = xstrndup(p, len);
			l->line[n] = NULL;
		}
	}
	return (const char *const *)l->line;
}

/* The locale the messages are in: LC_MESSAGES, or the environment's when that is "C". */
static const char *messages_locale(void)
{
	const char *loc = setlocale(LC_MESSAGES, NULL);
	if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "C.UTF-8") == 0) {
		const char *env = getenv("LC_ALL");
		if (!env || !*env)
			env = getenv("LC_MESSAGES");
		if (!env || !*env)
			env = getenv("LANG");
		loc = env;
	}
	return loc;
}

const char *const *safety_urgent_lines(bool en_gb)
{
	static struct safety_lines world, gb, n112, n911;
	if (en_gb)
		return lines_of(&gb, urgent_gb, URGENT_COLS, false);
	const char *number = emergency_number(messages_locale());
	if (number && strcmp(number, "112") == 0)
		return lines_of(&n112, urgent_112, URGENT_COLS, false);
	if (number && strcmp(number, "911") == 0)
		return lines_of(&n911, urgent_911, URGENT_COLS, false);
	return lines_of(&world, urgent, URGENT_COLS, false);
}

const char *const *safety_notice_lines(void)
{
	static struct safety_lines lines;
	return lines_of(&lines, notice, NOTICE_COLS, true);
}

const char *safety_flag_question(void)
{
	/* TRANSLATORS: the red-flag question of the diary form: about now, not "new since last
	   time" (shared/content/safety.md). */
	return _("Do you have any of these now?");
}

const char *safety_gp_question(void)
{
	/* TRANSLATORS: the heading of the optional "see a GP soon" list of the diary form. */
	return _("Not urgent, but any of these? (optional: see a GP soon)");
}

const char *safety_gp_line_english(bool en_gb)
{
	return en_gb
		       /* TRANSLATORS: what to do about a "see a GP soon" sign, in the UK (British
			  English only: other languages never see it). */
		       ? N_("Not an emergency, but see a GP soon (or call NHS 111).")
		       /* TRANSLATORS: what to do about a "see a GP soon" sign. */
		       : N_("Not an emergency, but see a doctor soon.");
}

const char *safety_gp_line(bool en_gb)
{
	return _(safety_gp_line_english(en_gb));
}

const char *safety_flags_noted(void)
{
	/* TRANSLATORS: before the list of red flags ticked, with the urgent-care message. */
	return _("You noted:");
}

const char *safety_exercise_reminder(void)
{
	/* TRANSLATORS: shown during every exercise that has no caution of its own; 60 columns
	   at most. */
	return _("Stop if pain sharpens or spreads down the leg.");
}

bool safety_locale_en_gb(void)
{
	const char *loc = messages_locale();
	return loc && strncmp(loc, "en_GB", 5) == 0;
}
