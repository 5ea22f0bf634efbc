/* SPDX-License-Identifier: ISC */
/* entrytext.h - a diary entry or session in words: one wording for the CLI and the diary list */
#ifndef LIMBER_ENTRYTEXT_H
#define LIMBER_ENTRYTEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "diary/diary.h"

/*
 * An entry's details after its time and pain: the red flags first ("RED
 * FLAG: ..."), then where, what it feels like, sitting, sleep, medication
 * and the note in quotes (“” with utf8, "" without), joined with sep; ""
 * when there are none. *flag_len, when flag_len is not NULL, is how many
 * leading bytes are the red flags (with the separator after them). Caller
 * frees.
 */
char *entrytext_details(const struct diary_entry *e, bool utf8, const char *sep, size_t *flag_len);

/* An entry in one line: its local time, back and leg pain, then its details, joined with sep. */
char *entrytext_line(const struct diary_entry *e, bool utf8, const char *sep);

/* "4→3" into buf: pain before and after a session, "?" for a skipped rating; "" for neither. */
void entrytext_change(char *buf, size_t n, int before, int after, const char *arrow);

/* What entrytext_session adds after "Nerve glide, 8 min, complete". */
enum entrytext_part {
	ET_STEPS = 1, /* ", 3 of 5 steps" */
	ET_SPEED = 2, /* " (preview at 2x)" when not played in real time */
	ET_PAIN = 4,  /* "; back 4→3, leg ?→1" when either was rated */
};

/* The session's routine title as the user's language has it (routine_text_title). */
const char *entrytext_session_title(const struct diary_session *s);
/* A session: routine, minutes, whether complete, then the parts asked for. Caller frees. */
char *entrytext_session(const struct diary_session *s, unsigned parts, const char *arrow);

/* Whether text (case ignored, ASCII) is in the entry's note, medication, places, symptoms or red flags. */
bool entrytext_entry_has(const struct diary_entry *e, const char *text);
/* Whether text is in the session's routine title or id. */
bool entrytext_session_has(const struct diary_session *s, const char *text);

/*
 * An entry whole, in lines of at most width columns ending in '\n': every
 * field under its name, then the whole note wrapped, its line breaks kept.
 * Caller frees.
 */
char *entrytext_full(const struct diary_entry *e, bool utf8, int width);
/* A session whole, the same way. Caller frees. */
char *entrytext_session_full(const struct diary_session *s, bool utf8, int width);

#endif
