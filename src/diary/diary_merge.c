/* SPDX-License-Identifier: ISC */
/* diary_merge.c - a record already stored, completed from another copy of it (a pending file) */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"

#include "diary/diary_impl.h"

/* Runs one statement of sql on rec's fields; *row is filled when it returns one. */
static int run(struct diary *db, const char *sql, const struct record_desc *d, const void *bind,
	       const char *uid, void *row)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	if (bind)
		diary_bind(s, d, bind);
	else
		sqlite3_bind_text(s, 1, uid, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW && row) {
		record_init(d, row);
		diary_read(s, d, row);
	}
	sqlite3_finalize(s);
	return rc;
}

/* Whether field f of rec is "not given": a scale of -1, a text of NULL. */
static bool lacks(const struct record_field *f, const void *rec)
{
	if (f->kind == RK_SCALE)
		return *(const int *)record_cptr(rec, f) < 0;
	if (f->kind == RK_TEXT)
		return *(char *const *)record_cptr(rec, f) == NULL;
	return false;
}

/*
 * Fills into merged (a shallow copy of stored) what other has and stored
 * lacks, or every changeable field when newer; returns whether any changed.
 */
static bool complete(const struct record_desc *d, void *merged, const void *other, bool newer)
{
	bool changed = false;
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		if (f->kind == RK_ID || (f->flags & RF_FIXED))
			continue;
		if (!(newer || (lacks(f, merged) && !lacks(f, other))))
			continue;
		void *dst = record_ptr(merged, f);
		const void *src = record_cptr(other, f);
		if (f->kind == RK_TEXT) {
			const char *a = *(char **)dst, *b = *(char *const *)src;
			changed |= (a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0);
		} else {
			changed |= memcmp(dst, src, record_field_size(f)) != 0;
		}
		memcpy(dst, src, record_field_size(f));
	}
	return changed;
}

/* The record of rec's uid, completed from rec; *changed says whether the diary changed. */
static enum lb_status merge(struct diary *db, const struct record_desc *d, const void *rec,
			    bool *changed, struct diags *err)
{
	*changed = false;
	union {
		struct diary_entry e;
		struct diary_session s;
	} stored, merged;
	char *sql = diary_uid_select_sql(d);
	int rc = run(db, sql, d, NULL, (const char *)record_cptr(rec, &d->fields[1]), &stored);
	free(sql);
	if (rc == SQLITE_DONE)
		return LB_OK; /* not there after all: nothing to complete */
	if (rc != SQLITE_ROW)
		return diary_fail(db, err, rc, _("cannot import"));
	/* An entry edited later (its updated time) replaces the stored one whole. */
	bool newer = d == &record_entry &&
		     ((const struct diary_entry *)rec)->updated > stored.e.updated;
	memcpy(&merged, &stored, d->size);
	if (complete(d, &merged, rec, newer)) {
		sql = diary_stmt_sql(d == &record_entry ? ST_UPDATE_ENTRY : ST_UPDATE_SESSION);
		rc = run(db, sql, d, &merged, NULL, NULL);
		free(sql);
		*changed = rc == SQLITE_DONE;
	} else {
		rc = SQLITE_DONE;
	}
	record_free(d, &stored); /* merged only borrowed these texts, or rec's */
	return rc == SQLITE_DONE ? LB_OK : diary_fail(db, err, rc, _("cannot import"));
}

enum lb_status diary_merge_entry(struct diary *db, const struct diary_entry *e, bool *changed,
				 struct diags *err)
{
	return merge(db, &record_entry, e, changed, err);
}

enum lb_status diary_merge_session(struct diary *db, const struct diary_session *s,
				   bool *changed, struct diags *err)
{
	return merge(db, &record_session, s, changed, err);
}
