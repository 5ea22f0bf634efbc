/* SPDX-License-Identifier: ISC */
/* fixture.h - what the unit tests share: a temporary directory, an open diary, local times */
#ifndef LIMBER_FIXTURE_H
#define LIMBER_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "diary/diary.h"
#include "routine/routine.h"
#include "testdata.h"

/* A fresh private directory, $TMPDIR/limber-test-NAME-XXXXXX (default /tmp). Caller removes. */
char *fixture_tmpdir(const char *name);
/* Removes DIR and everything under it with nftw (no shell), then frees DIR; NULL is fine. */
void fixture_rmdir(char *dir);

/* Opens the diary in DIR with DIARY_CREATE and asserts that it opened. */
struct diary *fixture_diary(const char *dir, struct diags *warn, struct diags *err);

/* Sets the time zone for the rest of the test (TZ, then tzset). */
void fixture_tz(const char *tz);
/* The time_t of a wall-clock time in the current zone; mktime resolves DST. */
time_t fixture_local(int year, int month, int day, int hour, int min);

/* Writes N bytes to PATH, asserting that it worked. */
void fixture_write_file(const char *path, const char *bytes, size_t n);
/* The whole of PATH, NUL-terminated, its length in *N (N may be NULL). Caller frees. */
char *fixture_read_file(const char *path, size_t *n);

/* Loads the routine files of DIR into a fresh LIB and asserts there was no problem. */
void fixture_library(struct library *lib, const char *dir);

/*
 * Whether D holds a problem on LINE containing WHAT, in a file ending with
 * SUFFIX (any file when SUFFIX is NULL). When not, logs every problem, so a
 * failing test shows what was said instead.
 */
bool fixture_has_diag(const struct diags *d, const char *suffix, int line, const char *what);

#endif
