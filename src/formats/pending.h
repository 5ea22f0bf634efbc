/* SPDX-License-Identifier: ISC */
/* pending.h - sessions kept in a file while the diary is busy, stored the next time it opens */
#ifndef LIMBER_PENDING_H
#define LIMBER_PENDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"

/* How long a busy diary is retried before a session goes to a pending file. */
#define PENDING_RETRY_MS 30000

/* A pending file: DIR/pending-UID.json, the export's JSON form (limber-diary(5)). */
#define PENDING_PREFIX "pending-"

/*
 * Adds a session to the diary; while the diary stays busy, tries again for
 * at least retry_ms, then keeps the session in a pending file in dir
 * (*kept set, LB_OK). Other failures are returned as they are. s->id and
 * s->uid are filled.
 */
enum lb_status pending_add_session(struct diary *db, const char *dir, struct diary_session *s,
                                   int64_t retry_ms, bool *kept, struct diags *err);
/* The same for a session added before and changed since (its ratings after). */
enum lb_status pending_update_session(struct diary *db, const char *dir,
                                      const struct diary_session *s, int64_t retry_ms, bool *kept,
                                      struct diags *err);

/*
 * Writes the session to its pending file (mode 0600, atomically: a
 * temporary file, fsync, rename); a second call for the same uid replaces it.
 */
enum lb_status pending_save(const char *dir, const struct diary_session *s, struct diags *err);

/* Sessions stored from pending files: how many, and when the first few began. */
#define PENDING_REPORT_MAX 4
struct pending_report {
	size_t n;
	int64_t started[PENDING_REPORT_MAX];
	int tz[PENDING_REPORT_MAX];
};

/*
 * Stores every pending file of dir in db and removes it (a session already
 * there, same uid, is not added twice). A file that cannot be read is left
 * for next time and reported in err.
 */
enum lb_status pending_store(struct diary *db, const char *dir, struct pending_report *rep,
                             struct diags *err);

/* "1 session from 08:14 recorded", "2 sessions from 08:14 and 18:30 recorded"; NULL for none. */
char *pending_message(const struct pending_report *rep);

#endif
