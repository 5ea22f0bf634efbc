/* SPDX-License-Identifier: ISC */
/* diary_dose.c - each person's dose of each exercise, kept in the diary's dose table */
#include "config.h"

#include "diary/diary_dose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "diary/diary_impl.h"

#define DOSE_COLUMNS                                                                               \
	"exercise, reps_steps, hold_steps, base_reps, base_hold, comfortable, change,"             \
	" changed_hold, through, updated, since"

enum lb_status diary_dose_all(struct diary *db, struct dose **v, size_t *n, struct diags *err)
{
	*v = NULL;
	*n = 0;
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db->db, "SELECT " DOSE_COLUMNS " FROM dose ORDER BY exercise",
				    -1, &s, NULL);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the doses"));
	size_t cap = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			*v = xreallocarray(*v, cap, sizeof **v);
		}
		struct dose *d = &(*v)[(*n)++];
		memset(d, 0, sizeof *d);
		const char *ex = (const char *)sqlite3_column_text(s, 0);
		snprintf(d->exercise, sizeof d->exercise, "%s", ex ? ex : "");
		d->reps_steps = sqlite3_column_int(s, 1);
		d->hold_steps = sqlite3_column_int(s, 2);
		d->base_reps = sqlite3_column_int(s, 3);
		d->base_hold = sqlite3_column_int(s, 4);
		d->comfortable = sqlite3_column_int(s, 5);
		int change = sqlite3_column_int(s, 6);
		d->change = change >= DOSE_UP && change <= DOSE_BACK_SPREAD ? (enum dose_change)change
									    : DOSE_START;
		d->changed_hold = sqlite3_column_int(s, 7) != 0;
		d->through = sqlite3_column_int64(s, 8);
		d->updated = sqlite3_column_int64(s, 9);
		d->since = sqlite3_column_int64(s, 10);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		free(*v);
		*v = NULL;
		*n = 0;
		return diary_fail(db, err, rc, _("cannot read the doses"));
	}
	return LB_OK;
}

enum lb_status diary_dose_put(struct diary *db, const struct dose *v, size_t n,
			      struct diags *err)
{
	const char *doing = _("cannot save the doses");
	int rc = diary_exec(db, "BEGIN IMMEDIATE");
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, doing);
	sqlite3_stmt *s = NULL;
	rc = sqlite3_prepare_v2(db->db,
				"INSERT OR REPLACE INTO dose (" DOSE_COLUMNS
				") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
				-1, &s, NULL);
	for (size_t i = 0; rc == SQLITE_OK && i < n; i++) {
		const struct dose *d = &v[i];
		sqlite3_bind_text(s, 1, d->exercise, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(s, 2, d->reps_steps);
		sqlite3_bind_int(s, 3, d->hold_steps);
		sqlite3_bind_int(s, 4, d->base_reps);
		sqlite3_bind_int(s, 5, d->base_hold);
		sqlite3_bind_int(s, 6, d->comfortable);
		sqlite3_bind_int(s, 7, (int)d->change);
		sqlite3_bind_int(s, 8, d->changed_hold);
		sqlite3_bind_int64(s, 9, d->through);
		sqlite3_bind_int64(s, 10, d->updated);
		sqlite3_bind_int64(s, 11, d->since);
		rc = sqlite3_step(s);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_OK)
		rc = diary_exec(db, "COMMIT");
	if (rc == SQLITE_OK)
		return LB_OK;
	enum lb_status st = diary_fail(db, err, rc, doing);
	diary_exec(db, "ROLLBACK");
	return st;
}
