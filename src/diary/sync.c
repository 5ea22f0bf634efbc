/* SPDX-License-Identifier: ISC */
/*
 * sync.c - one diary on several machines: SQLite's session extension writes
 * what changed here as a changeset, and applies the others' with a
 * conflict handler.
 *
 * How a change is recorded, and why nothing is lost when limber is killed:
 * a session object lives only in memory, so one attached to each writing
 * connection would forget every change made between the last sync and a
 * kill -9. Instead, triggers (schema version 4) mark each row written in
 * sync_dirty, inside the very transaction of the write. A sync then
 * starts a session on the shadow tables sync_entry and sync_session (every
 * row as last published or received, keyed by uid, since the local ids
 * differ between machines) and copies the marked rows into them; the
 * session turns that copy into the changeset. The rows are first removed
 * with the session disabled, so every change travels as an INSERT of the
 * whole row, never as an UPDATE of a few columns: a machine that applies
 * it has the whole row to compare, and every machine ends with the same.
 *
 * Merging (the conflict handler): a row that is already there is replaced
 * only by a newer version: a later time of change (an entry's updated),
 * then the larger machine id, then the later changeset. A delete is a
 * tombstone (sync_tombstone) and wins over any edit, so a deleted row
 * never comes back. Applying a changeset twice changes nothing.
 *
 * A whole sync is one transaction: the changeset file is put in place
 * before the commit, and a sync killed after that writes the same rows
 * again under the next number; applying both gives the same diary.
 */
#include "config.h"

#define SQLITE_ENABLE_SESSION        1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diary/sync_impl.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

static const char *const shadow_tables[] = {"sync_entry", "sync_session", "sync_tombstone"};

/* The record's columns that travel (all but the local id and the uid), joined by ", ". */
static void data_columns(struct strbuf *b, const struct record_desc *d, const char *prefix)
{
	bool first = true;
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		if (f->kind == RK_ID || f->kind == RK_UID)
			continue;
		sb_addf(b, "%s%s%s", first ? "" : ", ", prefix, f->sql);
		first = false;
	}
}

/* Runs sql with ?1 = text a and ?2 = number n; returns the SQLite code. */
static int run_bound(struct diary *db, const char *sql, const char *a, int64_t n, int *changes)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	if (sqlite3_bind_parameter_count(s) >= 1)
		sqlite3_bind_text(s, 1, a, -1, SQLITE_STATIC);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_int64(s, 2, n);
	rc = sqlite3_step(s);
	if (changes)
		*changes += sqlite3_changes(db->db);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

/*
 * This machine's line in sync_state, made on its first sync: every row
 * then counts as changed, so the first changeset carries the whole diary.
 * A diary brought from another machine takes this machine's id.
 */
static int set_up_state(struct diary *db, const char *me, int64_t *seq)
{
	int rc;
	int64_t have = diary_query_int(db, "SELECT count(*) FROM sync_state", &rc);
	if (rc != SQLITE_OK)
		return rc;
	if (!have) {
		rc = run_bound(db, "INSERT INTO sync_state (one, machine, seq) VALUES (1, ?1, 0)",
		               me, 0, NULL);
		if (rc == SQLITE_OK)
			rc = diary_exec(db,
			                "INSERT OR IGNORE INTO sync_dirty SELECT uid, 'entry', "
			                "updated FROM entry;"
			                "INSERT OR IGNORE INTO sync_dirty SELECT uid, 'session', "
			                "ended FROM session");
		*seq = 0;
		return rc;
	}
	rc = run_bound(db, "UPDATE sync_state SET machine = ?1, seq = 0 WHERE machine <> ?1", me, 0,
	               NULL);
	if (rc == SQLITE_OK)
		*seq = diary_query_int(db, "SELECT seq FROM sync_state", &rc);
	return rc;
}

static int new_session(struct diary *db, sqlite3_session **s)
{
	int rc = sqlite3session_create(db->db, "main", s);
	for (size_t i = 0; rc == SQLITE_OK && i < 3; i++)
		rc = sqlite3session_attach(*s, shadow_tables[i]);
	if (rc != SQLITE_OK && *s) {
		sqlite3session_delete(*s);
		*s = NULL;
	}
	return rc;
}

/* Copies the marked rows of one kind into its shadow table, as version seq of me. */
static int copy_marked(struct diary *db, const struct record_desc *d, const char *changed,
                       const char *me, int64_t seq, int *n)
{
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "INSERT INTO sync_%s (uid, changed, origin, seq, ", d->what);
	data_columns(&b, d, "");
	sb_addf(&b, ") SELECT r.uid, %s, ?1, ?2, ", changed);
	data_columns(&b, d, "r.");
	sb_addf(&b,
	        " FROM %s r JOIN sync_dirty m ON m.uid = r.uid AND m.kind = '%s'"
	        " WHERE r.uid NOT IN (SELECT uid FROM sync_tombstone)",
	        d->what, d->what);
	int rc = run_bound(db, b.s, me, seq, n);
	sb_free(&b);
	return rc;
}

/*
 * What changed here since the last sync, as a changeset (*out NULL when
 * nothing did): the marked rows, removed from the shadow tables unseen by
 * the session and put back seen, so each travels whole.
 */
static int capture(struct diary *db, const char *me, int64_t seq, void **out, int *nout, long *rows)
{
	sqlite3_session *s = NULL;
	*out = NULL;
	*nout = 0;
	int rc = new_session(db, &s);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3session_enable(s, 0);
	rc = diary_exec(db, "DELETE FROM sync_entry WHERE uid IN (SELECT uid FROM sync_dirty);"
	                    "DELETE FROM sync_session WHERE uid IN (SELECT uid FROM sync_dirty)");
	sqlite3session_enable(s, 1);
	int n = 0;
	if (rc == SQLITE_OK)
		rc = copy_marked(db, &record_entry, "r.updated", me, seq, &n);
	if (rc == SQLITE_OK)
		rc = copy_marked(db, &record_session, "m.changed", me, seq, &n);
	if (rc == SQLITE_OK)
		rc = run_bound(
		    db,
		    "INSERT OR IGNORE INTO sync_tombstone SELECT m.uid, m.kind, m.changed, ?1"
		    " FROM sync_dirty m WHERE (m.kind = 'entry' AND m.uid NOT IN"
		    " (SELECT uid FROM entry)) OR (m.kind = 'session' AND m.uid NOT IN"
		    " (SELECT uid FROM session))",
		    me, 0, &n);
	if (rc == SQLITE_OK && n > 0)
		rc = sqlite3session_changeset(s, nout, out);
	sqlite3session_delete(s);
	*rows = n;
	return rc;
}

/* Compares the version columns (changed, origin, seq) of the incoming row and the one here. */
static int newer(sqlite3_changeset_iter *it)
{
	sqlite3_value *theirs[3], *ours[3];
	for (int i = 0; i < 3; i++)
		if (sqlite3changeset_new(it, i + 1, &theirs[i]) != SQLITE_OK ||
		    sqlite3changeset_conflict(it, i + 1, &ours[i]) != SQLITE_OK || !theirs[i] ||
		    !ours[i])
			return 0;
	int64_t a = sqlite3_value_int64(theirs[0]), b = sqlite3_value_int64(ours[0]);
	if (a != b)
		return a > b;
	const char *ta = (const char *)sqlite3_value_text(theirs[1]);
	const char *tb = (const char *)sqlite3_value_text(ours[1]);
	int c = strcmp(ta ? ta : "", tb ? tb : "");
	if (c != 0)
		return c > 0;
	return sqlite3_value_int64(theirs[2]) > sqlite3_value_int64(ours[2]);
}

struct apply_ctx {
	bool invalid; /* a row broke the diary's rules: the file is refused */
};

/* Only the shadow tables take changes from other machines. */
static int only_shadow(void *ctx, const char *table)
{
	(void)ctx;
	for (size_t i = 0; i < 3; i++)
		if (strcmp(table, shadow_tables[i]) == 0)
			return 1;
	return 0;
}

static int on_conflict(void *ctx, int type, sqlite3_changeset_iter *it)
{
	struct apply_ctx *a = ctx;
	const char *table;
	int ncol, op, indirect;
	if (sqlite3changeset_op(it, &table, &ncol, &op, &indirect) != SQLITE_OK)
		return SQLITE_CHANGESET_ABORT;
	if (type == SQLITE_CHANGESET_CONSTRAINT) {
		a->invalid = true;
		return SQLITE_CHANGESET_ABORT;
	}
	/* A row already here: the newer version stays. A tombstone here stays. */
	if (type == SQLITE_CHANGESET_CONFLICT && op == SQLITE_INSERT &&
	    strcmp(table, "sync_tombstone") != 0)
		return newer(it) ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_OMIT;
	return SQLITE_CHANGESET_OMIT; /* changesets of limber hold only inserts */
}

/* Applies one changeset to the shadow tables; false (nothing applied) when it is refused. */
static int apply_one(struct diary *db, void *data, int n, bool *invalid)
{
	struct apply_ctx a = {false};
	int rc =
	    sqlite3changeset_apply_v2(db->db, n, data, only_shadow, on_conflict, &a, NULL, NULL, 0);
	*invalid = a.invalid || (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_MISUSE ||
	           (rc & 0xff) == SQLITE_ABORT;
	return *invalid ? SQLITE_OK : rc;
}

/* Upserts by uid from the shadow into the diary's own table (ids stay local). */
static char *upsert_sql(const struct record_desc *d)
{
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "INSERT INTO %s (uid, ", d->what);
	data_columns(&b, d, "");
	sb_adds(&b, ") SELECT uid, ");
	data_columns(&b, d, "");
	sb_addf(&b, " FROM sync_%s WHERE uid = ?1 ON CONFLICT (uid) DO UPDATE SET ", d->what);
	bool first = true;
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		if (f->kind == RK_ID || f->kind == RK_UID)
			continue;
		sb_addf(&b, "%s%s = excluded.%s", first ? "" : ", ", f->sql, f->sql);
		first = false;
	}
	return sb_steal(&b);
}

/*
 * Brings the rows the others' changesets changed (the session that watched
 * the applying recorded which) into entry and session; tombstones delete.
 */
static int bring_in(struct diary *db, sqlite3_session *watch, long *received)
{
	int n = 0;
	void *p = NULL;
	int rc = sqlite3session_changeset(watch, &n, &p);
	if (rc != SQLITE_OK || n == 0)
		return rc;
	/* What comes from the others is not this machine's change: the triggers rest. */
	rc = diary_exec(db, "UPDATE sync_state SET applying = 1");
	sqlite3_stmt *up[2] = {NULL, NULL};
	for (int i = 0; rc == SQLITE_OK && i < 2; i++) {
		char *sql = upsert_sql(i ? &record_session : &record_entry);
		rc = sqlite3_prepare_v2(db->db, sql, -1, &up[i], NULL);
		free(sql);
	}
	sqlite3_changeset_iter *it = NULL;
	if (rc == SQLITE_OK)
		rc = sqlite3changeset_start(&it, n, p);
	while (rc == SQLITE_OK && sqlite3changeset_next(it) == SQLITE_ROW) {
		const char *table;
		int ncol, op, ind;
		sqlite3_value *uid = NULL;
		sqlite3changeset_op(it, &table, &ncol, &op, &ind);
		if (op == SQLITE_INSERT)
			sqlite3changeset_new(it, 0, &uid);
		else
			sqlite3changeset_old(it, 0, &uid);
		const char *u = uid ? (const char *)sqlite3_value_text(uid) : NULL;
		if (!u || op == SQLITE_DELETE || strcmp(table, "sync_tombstone") == 0)
			continue; /* tombstones: below, for every row at once */
		sqlite3_stmt *s = up[strcmp(table, "sync_entry") == 0 ? 0 : 1];
		sqlite3_bind_text(s, 1, u, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(s);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		sqlite3_reset(s);
		(*received)++;
	}
	if (it && rc == SQLITE_OK)
		rc = sqlite3changeset_finalize(it);
	else if (it)
		sqlite3changeset_finalize(it);
	sqlite3_finalize(up[0]);
	sqlite3_finalize(up[1]);
	sqlite3_free(p);
	if (rc == SQLITE_OK)
		rc = diary_exec(db, "UPDATE sync_state SET applying = 0");
	return rc;
}

/* Tombstones win: what they name leaves the shadow and the diary. Then nothing is marked. */
static int bury(struct diary *db, long *received)
{
	int rc = diary_exec(
	    db, "DELETE FROM sync_entry WHERE uid IN (SELECT uid FROM sync_tombstone);"
	        "DELETE FROM sync_session WHERE uid IN (SELECT uid FROM sync_tombstone)");
	if (rc == SQLITE_OK)
		rc = diary_exec(db,
		                "DELETE FROM entry WHERE uid IN (SELECT uid FROM sync_tombstone)");
	*received += sqlite3_changes(db->db);
	if (rc == SQLITE_OK)
		rc = diary_exec(
		    db, "DELETE FROM session WHERE uid IN (SELECT uid FROM sync_tombstone)");
	*received += sqlite3_changes(db->db);
	/* With a WHERE: the truncate optimization would write even an empty table. */
	if (rc == SQLITE_OK)
		rc = diary_exec(db, "DELETE FROM sync_dirty WHERE uid IS NOT NULL");
	return rc;
}

/* Notes what was applied of machine m, and why the rest waits (why NULL: nothing waits). */
static int note_peer(struct diary *db, const char *m, int64_t applied, int64_t changed, int64_t now,
                     const char *why)
{
	sqlite3_stmt *s;
	int rc =
	    sqlite3_prepare_v2(db->db,
	                       "INSERT INTO sync_peer (machine, applied, changed, synced, skipped)"
	                       " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (machine) DO UPDATE SET"
	                       " applied = excluded.applied, skipped = excluded.skipped,"
	                       " changed = coalesce(excluded.changed, changed), synced = "
	                       "coalesce(excluded.synced, synced)"
	                       /* Nothing new, nothing written: a sync that finds nothing leaves
	                          the file be. */
	                       " WHERE applied IS NOT excluded.applied OR skipped IS NOT "
	                       "excluded.skipped",
	                       -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(s, 1, m, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, applied);
	if (changed)
		sqlite3_bind_int64(s, 3, changed);
	if (changed)
		sqlite3_bind_int64(s, 4, now);
	if (why)
		sqlite3_bind_text(s, 5, why, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int64_t peer_applied(struct diary *db, const char *m)
{
	sqlite3_stmt *s;
	int64_t v = 0;
	if (sqlite3_prepare_v2(db->db, "SELECT applied FROM sync_peer WHERE machine = ?1", -1, &s,
	                       NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(s, 1, m, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

/*
 * The next file of machine m after applied: its changeset applied+1, or
 * its snapshot when that one is gone (compacted) and the snapshot covers
 * it. SR_MISSING when there is nothing new; *path is the file looked at.
 */
static enum sync_read next_file(const char *dir, const char *m, int64_t applied,
                                struct sync_header *h, void **data, char **why, char **path)
{
	*path = sync_file_name(dir, m, applied + 1);
	enum sync_read r = sync_file_read(*path, m, applied + 1, h, data, why);
	if (r != SR_MISSING)
		return r;
	char *snap = sync_file_name(dir, m, 0);
	r = sync_file_read(snap, m, 0, h, data, why);
	if (r == SR_OK && h->seq <= applied) {
		free(*data);
		*data = NULL;
		r = SR_MISSING;
	}
	if (r != SR_MISSING) {
		free(*path);
		*path = snap;
		return r;
	}
	free(snap);
	if (sync_file_newest(dir, m, NULL) > applied + 1) {
		/* TRANSLATORS: said of a sync file (a changeset) that has not arrived yet. */
		*why = xstrdup(_("is missing, and later ones are there: waiting for it"));
		return SR_PARTIAL;
	}
	return SR_MISSING;
}

/* Applies machine m's new files in order, stopping at the first that cannot be. */
static int apply_machine(struct diary *db, const struct sync_opts *o, const char *m,
                         struct sync_report *r)
{
	int64_t applied = peer_applied(db, m), changed = 0;
	char *why = NULL, *file = NULL;
	int rc = SQLITE_OK;
	for (;;) {
		struct sync_header h;
		void *data;
		free(file);
		enum sync_read got = next_file(o->dir, m, applied, &h, &data, &why, &file);
		if (got != SR_OK)
			break;
		bool invalid;
		rc = apply_one(db, data, (int)h.length, &invalid);
		free(data);
		if (rc != SQLITE_OK)
			break;
		if (invalid) {
			/* TRANSLATORS: said of a sync file (a changeset). */
			why = xstrdup(
			    _("holds rows this diary cannot take (damaged, or not from limber)"));
			break;
		}
		applied = h.seq;
		changed = h.time;
		r->files++;
		sync_test_point("applied-one");
	}
	if (why)
		diags_add(&r->skipped, file, 0, "%s", why);
	if (rc == SQLITE_OK)
		rc = note_peer(db, m, applied, changed, o->now, why);
	free(file);
	free(why);
	return rc;
}

/* Applies every other machine's new changesets, watched by a session that says what changed. */
static int apply_others(struct diary *db, const struct sync_opts *o, struct sync_report *r,
                        struct diags *err)
{
	char(*ids)[SYNC_ID_LEN + 1];
	size_t n;
	if (sync_file_machines(o->dir, &ids, &n, err) != LB_OK)
		return SQLITE_IOERR;
	sqlite3_session *watch = NULL;
	int rc = new_session(db, &watch);
	for (size_t i = 0; rc == SQLITE_OK && i < n; i++)
		if (strcmp(ids[i], o->machine) != 0)
			rc = apply_machine(db, o, ids[i], r);
	if (rc == SQLITE_OK)
		rc = bring_in(db, watch, &r->received);
	if (watch)
		sqlite3session_delete(watch);
	free(ids);
	return rc;
}

/* Writes this machine's changeset as DIR/ME/<seq>.changeset, whole. */
static enum lb_status publish(const struct sync_opts *o, int64_t seq, void *data, int n,
                              struct diags *err)
{
	char *mine = xasprintf("%s/%s", o->dir, o->machine);
	if (mkdir(mine, 0700) < 0 && errno != EEXIST) {
		diags_add(err, mine, 0, _("cannot make this machine's folder: %s"),
		          strerror(errno));
		free(mine);
		return LB_IO;
	}
	free(mine);
	struct sync_header h = {.format = SYNC_FORMAT,
	                        .schema = DIARY_SCHEMA_VERSION,
	                        .seq = seq,
	                        .time = o->now,
	                        .length = n};
	memcpy(h.machine, o->machine, SYNC_ID_LEN + 1);
	char *path = sync_file_name(o->dir, o->machine, seq);
	enum lb_status st = sync_file_write(path, &h, data, err);
	free(path);
	return st;
}

/* The sync's transaction: capture and publish, then apply. */
static enum lb_status sync_in_transaction(struct diary *db, const struct sync_opts *o,
                                          struct sync_report *r, struct diags *err)
{
	int64_t seq;
	int rc = set_up_state(db, o->machine, &seq);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot sync"));
	int64_t on_disk = sync_file_newest(o->dir, o->machine, NULL);
	int64_t next = (on_disk > seq ? on_disk : seq) + 1;
	void *data;
	int n;
	rc = capture(db, o->machine, next, &data, &n, &r->sent);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot sync"));
	if (data) {
		sync_test_point("before-write");
		enum lb_status st = publish(o, next, data, n, err);
		sqlite3_free(data);
		if (st != LB_OK)
			return st;
		sync_test_point("after-write");
		r->seq = next;
		rc = run_bound(db, "UPDATE sync_state SET seq = ?2 WHERE machine = ?1", o->machine,
		               next, NULL);
	}
	if (rc == SQLITE_OK)
		rc = apply_others(db, o, r, err);
	if (rc == SQLITE_IOERR && err->n)
		return LB_IO;
	if (rc == SQLITE_OK)
		rc = bury(db, &r->received);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot sync"));
	sync_test_point("before-commit");
	return LB_OK;
}

enum lb_status diary_sync(struct diary *db, const struct sync_opts *o, struct sync_report *r,
                          struct diags *err)
{
	memset(r, 0, sizeof *r);
	struct stat st;
	if (stat(o->dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		diags_add(err, o->dir, 0,
		          _("is not a folder (make it, or let the sync engine make it)"));
		return LB_NOT_FOUND;
	}
	int rc = diary_exec(db, "BEGIN IMMEDIATE");
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot sync"));
	enum lb_status s = sync_in_transaction(db, o, r, err);
	if (s == LB_OK && (rc = diary_exec(db, "COMMIT")) != SQLITE_OK)
		s = diary_fail(db, err, rc, _("cannot sync"));
	if (s != LB_OK) {
		diary_exec(db, "ROLLBACK");
		return s;
	}
	sync_test_point("after-commit");
	return sync_after(db, o, r, err);
}

void sync_report_free(struct sync_report *r)
{
	diags_free(&r->skipped);
}

bool diary_sync_pending(struct diary *db)
{
	int rc;
	int64_t n = diary_query_int(db, "SELECT count(*) FROM sync_dirty", &rc);
	return rc == SQLITE_OK && n > 0;
}
