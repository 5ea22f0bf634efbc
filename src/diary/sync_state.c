/* SPDX-License-Identifier: ISC */
/*
 * sync_state.c - after a sync: what this machine has applied, told to the
 * others; snapshots in place of changesets every machine has applied;
 * and what limber sync --status shows.
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
#include "base/xalloc.h"

static const char *const shadow_tables[] = {"sync_entry", "sync_session", "sync_tombstone"};

/* The machine's line of the status, added when it is not there yet. */
static struct sync_machine *machine_of(struct sync_status *out, const char *id)
{
	for (size_t i = 0; i < out->n; i++)
		if (strcmp(out->v[i].id, id) == 0)
			return &out->v[i];
	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	struct sync_machine *m = &out->v[out->n++];
	memset(m, 0, sizeof *m);
	memcpy(m->id, id, SYNC_ID_LEN + 1);
	return m;
}

/* Each other machine's row of sync_peer, in the order of their ids. */
static int read_peers(struct diary *db, struct sync_status *out)
{
	static const char sql[] =
	    "SELECT machine, applied, changed, synced, skipped FROM sync_peer ORDER BY machine";
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db->db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(s, 0);
		if (!id || !sync_id_valid(id))
			continue;
		struct sync_machine *m = machine_of(out, id);
		m->applied = sqlite3_column_int64(s, 1);
		m->changed = sqlite3_column_int64(s, 2);
		m->synced = sqlite3_column_int64(s, 3);
		const char *why = (const char *)sqlite3_column_text(s, 4);
		free(m->skipped);
		m->skipped = why ? xstrdup(why) : NULL;
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* What this machine has applied of each other one. */
static int read_marks(struct diary *db, struct sync_mark **v, size_t *n)
{
	struct sync_status peers = {0};
	int rc = read_peers(db, &peers);
	*v = NULL;
	*n = 0;
	for (size_t i = 0; rc == SQLITE_OK && i < peers.n; i++) {
		*v = xreallocarray(*v, *n + 1, sizeof **v);
		memcpy((*v)[*n].id, peers.v[i].id, SYNC_ID_LEN + 1);
		(*v)[(*n)++].seq = peers.v[i].applied;
	}
	sync_status_free(&peers);
	return rc;
}

/* An empty copy of the shadow tables, attached as sync_void, to diff the diary against. */
static int attach_void(struct diary *db)
{
	int rc = diary_exec(db, "ATTACH ':memory:' AS sync_void");
	for (size_t i = 0; rc == SQLITE_OK && i < 3; i++) {
		char *q = sqlite3_mprintf("SELECT sql FROM main.sqlite_schema WHERE name = %Q",
		                          shadow_tables[i]);
		sqlite3_stmt *s;
		rc = sqlite3_prepare_v2(db->db, q, -1, &s, NULL);
		sqlite3_free(q);
		if (rc != SQLITE_OK)
			break;
		if (sqlite3_step(s) == SQLITE_ROW) {
			/* SQLite keeps "CREATE TABLE name (...)" as it was written. */
			const char *sql = (const char *)sqlite3_column_text(s, 0);
			char *made = sqlite3_mprintf("CREATE TABLE sync_void.%s",
			                             sql + strlen("CREATE TABLE "));
			rc = diary_exec(db, made);
			sqlite3_free(made);
		} else {
			rc = SQLITE_CORRUPT;
		}
		sqlite3_finalize(s);
	}
	return rc;
}

/*
 * The whole synced diary as one changeset: sqlite3session_diff against
 * empty tables gives an insert for every row and tombstone.
 */
static int whole_changeset(struct diary *db, void **out, int *n)
{
	*out = NULL;
	*n = 0;
	int rc = attach_void(db);
	sqlite3_session *s = NULL;
	if (rc == SQLITE_OK)
		rc = diary_exec(db, "BEGIN");
	if (rc == SQLITE_OK)
		rc = sqlite3session_create(db->db, "main", &s);
	for (size_t i = 0; rc == SQLITE_OK && i < 3; i++) {
		rc = sqlite3session_attach(s, shadow_tables[i]);
		if (rc == SQLITE_OK)
			rc = sqlite3session_diff(s, "sync_void", shadow_tables[i], NULL);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3session_changeset(s, n, out);
	if (s)
		sqlite3session_delete(s);
	diary_exec(db, "COMMIT");
	diary_exec(db, "DETACH sync_void");
	return rc;
}

/* The oldest of own changesets that some other machine in DIR has not applied, minus one. */
static int64_t applied_by_all(const struct sync_opts *o, int64_t seq)
{
	char(*ids)[SYNC_ID_LEN + 1];
	size_t n;
	struct diags ignore = {0};
	if (sync_file_machines(o->dir, &ids, &n, &ignore) != LB_OK) {
		diags_free(&ignore);
		return 0;
	}
	int64_t c = seq;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(ids[i], o->machine) == 0)
			continue;
		int64_t a = sync_applied_read(o->dir, ids[i], o->machine);
		if (a < c)
			c = a < 0 ? 0 : a;
	}
	free(ids);
	return c;
}

/* Replaces own changesets that every known machine has applied by a snapshot. */
static enum lb_status compact(struct diary *db, const struct sync_opts *o, struct sync_report *r,
                              struct diags *err)
{
	int rc;
	int64_t seq = diary_query_int(db, "SELECT seq FROM sync_state", &rc);
	if (rc != SQLITE_OK || seq <= 0)
		return LB_OK;
	int64_t upto = applied_by_all(o, seq), oldest;
	sync_file_newest(o->dir, o->machine, &oldest);
	if (!oldest || oldest > upto)
		return LB_OK;
	if (upto - oldest + 1 < SYNC_COMPACT_AFTER && !o->compact)
		return LB_OK;
	void *data;
	int n;
	rc = whole_changeset(db, &data, &n);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot write a snapshot"));
	struct sync_header h = {.snapshot = true,
	                        .format = SYNC_FORMAT,
	                        .schema = DIARY_SCHEMA_VERSION,
	                        .seq = seq,
	                        .time = o->now,
	                        .length = n};
	memcpy(h.machine, o->machine, SYNC_ID_LEN + 1);
	char *path = sync_file_name(o->dir, o->machine, 0);
	enum lb_status st = sync_file_write(path, &h, data ? data : "", err);
	free(path);
	sqlite3_free(data);
	if (st == LB_OK)
		r->removed = sync_file_remove_upto(o->dir, o->machine, upto);
	return st;
}

enum lb_status sync_after(struct diary *db, const struct sync_opts *o, struct sync_report *r,
                          struct diags *err)
{
	struct sync_mark *v;
	size_t n;
	int rc = read_marks(db, &v, &n);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot sync"));
	enum lb_status st = LB_OK;
	char *mine = xasprintf("%s/%s", o->dir, o->machine);
	if (n > 0) {
		if (mkdir(mine, 0700) < 0 && errno != EEXIST) {
			diags_add(err, mine, 0, _("cannot make this machine's folder: %s"),
			          strerror(errno));
			st = LB_IO;
		}
		if (st == LB_OK)
			st = sync_applied_write(o->dir, o->machine, v, n, err);
	}
	free(mine);
	free(v);
	if (st == LB_OK)
		st = compact(db, o, r, err);
	return st;
}

static int compare_machines(const void *a, const void *b)
{
	const struct sync_machine *x = a, *y = b;
	if (x->me != y->me)
		return x->me ? -1 : 1;
	return strcmp(x->id, y->id);
}

enum lb_status diary_sync_status(struct diary *db, const char *dir, const char *me,
                                 struct sync_status *out, struct diags *err)
{
	memset(out, 0, sizeof *out);
	int rc;
	struct sync_machine *self = machine_of(out, me);
	self->me = true;
	self->applied = diary_query_int(db, "SELECT seq FROM sync_state", &rc);
	if (rc == SQLITE_OK)
		rc = read_peers(db, out);
	if (rc == SQLITE_OK)
		out->pending = diary_query_int(db, "SELECT count(*) FROM sync_dirty", &rc);
	if (rc == SQLITE_OK)
		out->tombstones = diary_query_int(db, "SELECT count(*) FROM sync_tombstone", &rc);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the sync state"));
	char(*ids)[SYNC_ID_LEN + 1];
	size_t n;
	enum lb_status st = sync_file_machines(dir, &ids, &n, err);
	for (size_t i = 0; st == LB_OK && i < n; i++)
		machine_of(out, ids[i]);
	if (st == LB_OK)
		free(ids);
	for (size_t i = 0; st == LB_OK && i < out->n; i++) {
		struct sync_machine *m = &out->v[i];
		m->newest = sync_file_newest(dir, m->id, NULL);
		if (m->me)
			m->me = strcmp(m->id, me) == 0;
	}
	qsort(out->v, out->n, sizeof *out->v, compare_machines);
	return st;
}

void sync_status_free(struct sync_status *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i].skipped);
	free(s->v);
	memset(s, 0, sizeof *s);
}
