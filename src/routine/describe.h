/* SPDX-License-Identifier: ISC */
/* describe.h - a routine as readable text: what `limber show` prints and the browser shows */
#ifndef LIMBER_DESCRIBE_H
#define LIMBER_DESCRIBE_H

#include <stdbool.h>

#include "routine/routine.h"

/* "1 min 5 s", "45 s", "12 min" into buf. */
void describe_duration(char *buf, size_t n, long seconds);
struct strbuf;
/* A step's dose in words: "6 reps × 20 s each side, alternating, 5 s rest between reps". */
void describe_dosage(struct strbuf *b, const struct step *s, bool utf8);
/* Every step with position, cues, dosage, caution and time, wrapped at cols. Caller frees. */
char *describe_routine(const struct routine *r, int count_in, int cols, bool utf8);

#endif
