/* SPDX-License-Identifier: ISC */
/* describe.h - a routine as readable text: what `limber show` prints and the browser shows */
#ifndef LIMBER_DESCRIBE_H
#define LIMBER_DESCRIBE_H

#include <stdbool.h>

#include "base/strbuf.h"
#include "routine/routine.h"

/* "1 min 5 s", "45 s", "12 min" into buf. */
void describe_duration(char *buf, size_t n, long seconds);
/* A step's dose: "3 reps × 30 s each side (left, then right), 10 s rest between reps". */
void describe_dosage(struct strbuf *b, const struct step *s, bool utf8);
/* Every step with position, cues, dosage, caution and time, wrapped at cols. Caller frees. */
char *describe_routine(const struct routine *r, int count_in, int cols, bool utf8);

/* describe_routine in parts, for a caller that puts something between them (show's figures). */
enum describe_part {
	DESCRIBE_HEAD,      /* title, summary, areas, steps and time */
	DESCRIBE_STEP_HEAD, /* step STEP (from 0): its title line and dosage */
	DESCRIBE_STEP_BODY, /* its start, cues and caution */
	DESCRIBE_FOOT,      /* the total time and the safety line */
};
char *describe_part(const struct routine *r, enum describe_part part, size_t step, int count_in,
		    int cols, bool utf8);

#endif
