/* SPDX-License-Identifier: ISC */
/* safety.h - the safety wording limber shows, in one place (from shared/content/safety.md) */
#ifndef LIMBER_SAFETY_H
#define LIMBER_SAFETY_H

#include <stdbool.h>

/*
 * Each text is in the user's language. The urgent-care message and the
 * notice come as lines (NULL-terminated) of whole paragraphs wrapped where
 * the faces need them: the urgent message at 69 columns (after "!! " in a
 * rule of 72), its last line alone the call to action; the notice at 72,
 * paragraphs apart by an empty line. The lines stay valid while the
 * language shown does not change.
 */

/* Lines of the urgent-care message for red flags, NULL-terminated. */
const char *const *safety_urgent_lines(bool en_gb);
/* Lines of the first-run notice, NULL-terminated. */
const char *const *safety_notice_lines(void);
/* The red-flag question the diary form asks directly: people rarely mention these unless asked. */
const char *safety_flag_question(void);
/* The heading of the optional "see a GP soon" list in the form. */
const char *safety_gp_question(void);
/* What to do about a "see a GP soon" flag: one line, never in the way of a session. */
const char *safety_gp_line(bool en_gb);
/* The same in English whatever the language, for a file (JSON). */
const char *safety_gp_line_english(bool en_gb);
/* The words before the red flags ticked, shown with the urgent-care message. */
const char *safety_flags_noted(void);
/* The one-line reminder shown during exercise. */
const char *safety_exercise_reminder(void);
/* Whether the user's locale is British English (for the UK wording). */
bool safety_locale_en_gb(void);

#endif
