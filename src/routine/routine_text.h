/* SPDX-License-Identifier: ISC */
/* routine_text.h - a shipped routine's text in the user's language, through the catalogs */
#ifndef LIMBER_ROUTINE_TEXT_H
#define LIMBER_ROUTINE_TEXT_H

#include "routine/routine.h"

/*
 * The prose of a shipped exercise or routine (title, summary, position,
 * cues, caution), each looked up in the catalogs under the context
 * "ID|FIELD" (msgctxt "figure-four|cue"), as tools/routine-po writes them
 * for translators. A translation that breaks the rules of routine files
 * (not one line of safe text, or wider than the field's limit) is not
 * used: the English stays. Only for the shipped directory's files: a
 * person's own routines are shown as they wrote them.
 */
void routine_text_exercise(struct exercise *e);
void routine_text_routine(struct routine *r);
/*
 * A session's stored title as the user's language shows it: the title a
 * shipped routine had in English, translated as its file's is; any other
 * title (another language's, a person's own routine's) as stored.
 */
const char *routine_text_title(const char *id, const char *title);

#endif
