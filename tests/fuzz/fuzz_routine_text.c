/* SPDX-License-Identifier: ISC */
/*
 * fuzz_routine_text.c - libFuzzer target: any bytes as a routine file, and
 * what the loader lets through must hold: its texts pass the one text check
 * (no bidi or invisible format characters), no routine plays past 4 hours,
 * and a session of any routine is a record that import takes back.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/textsafe.h"
#include "diary/record.h"
#include "routine/routine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A text the loader kept that the check refuses: a finding, made loud. */
static void must_pass(const char *what, const char *s)
{
	if (!s)
		return;
	char *why = textsafe_why(s, 0);
	if (why) {
		fprintf(stderr, "%s let through: %s\n", what, why);
		abort();
	}
}

static void refused(void *ctx, const char *msg)
{
	fprintf(stderr, "a session of '%s' would not import: %s\n", (const char *)ctx, msg);
	abort();
}

static void check_routine(const struct routine *r)
{
	must_pass("routine title", r->title);
	must_pass("routine summary", r->summary);
	if (routine_total_seconds(r, 0) > ROUTINE_MAX_SECONDS)
		abort();
	struct diary_session s;
	diary_session_init(&s);
	s.routine = (char *)r->id;
	s.title = (char *)r->title;
	s.started = 1700000000;
	s.ended = s.started + 60;
	s.steps_total = (int)r->nsteps;
	s.steps_done = (int)r->nsteps;
	s.complete = true;
	record_check(&record_session, &s, refused, (void *)r->id);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	struct library lib;
	library_init(&lib);
	library_add_buf(&lib, "fuzz.conf", text);
	library_finish(&lib);
	for (size_t i = 0; i < lib.nex; i++) {
		const struct exercise *e = lib.ex[i];
		must_pass("exercise title", e->title);
		must_pass("summary", e->summary);
		must_pass("position", e->position);
		must_pass("caution", e->caution);
		for (size_t k = 0; k < e->ncues; k++)
			must_pass("cue", e->cues[k]);
	}
	for (size_t i = 0; i < lib.nrt; i++)
		check_routine(lib.rt[i]);
	library_free(&lib);
	free(text);
	return 0;
}
