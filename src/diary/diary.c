/* SPDX-License-Identifier: ISC */
/* diary.c - the symptom diary: a private SQLite store (the only SQL in limber) */
#include "config.h"

#include "diary/diary.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "diary/diary_impl.h"

/* Reports an SQLite failure in words a person can act on. */
enum lb_status diary_fail(struct diary *db, struct diags *err, int rc, const char *doing)
{
	int saved_errno = errno; /* before anything below can change it */
	int code = rc & 0xff;
	/*
	 * SQLite says "disk I/O error" for a full disk; the errno behind it knows
	 * better. After a failed COMMIT SQLite 3.40 reports no system errno, but
	 * the write's errno is still in errno.
	 */
	int sys = db->db ? sqlite3_system_errno(db->db) : 0;
	if (!sys)
		sys = saved_errno;
	if (code == SQLITE_IOERR && (sys == ENOSPC || sys == EDQUOT || sys == EFBIG))
		code = SQLITE_FULL;
	const char *why = sqlite3_errstr(rc);
	if (db->db && sqlite3_errmsg(db->db) && code != SQLITE_FULL)
		why = sqlite3_errmsg(db->db);
	switch (code) {
	case SQLITE_FULL:
		/* TRANSLATORS: what failed ("cannot save the entry"). */
		diags_add(err, db->path, 0, _("%s: the disk is full; nothing was changed"), doing);
		return LB_IO;
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY:
	case SQLITE_PERM:
		diags_add(err, db->path, 0, "%s: %s", doing, why);
		return LB_IO;
	case SQLITE_NOTADB:
		diags_add(
		    err, db->path, 0,
		    _("is not a limber diary (not an SQLite database); it was left untouched"));
		return LB_DB;
	case SQLITE_CORRUPT:
		diags_add(err, db->path, 0,
		          /* TRANSLATORS: SQLite's own words for the damage. */
		          _("the diary is damaged (%s); it was left untouched — keep a copy and "
		            "restore from an export"),
		          why);
		return LB_DB;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		/* TRANSLATORS: what failed ("cannot save the entry"). */
		diags_add(err, db->path, 0, _("%s: the diary stayed busy (another limber?)"),
		          doing);
		return LB_BUSY;
	default:
		diags_add(err, db->path, 0, "%s: %s", doing, why);
		return LB_DB;
	}
}

int diary_exec(struct diary *db, const char *sql)
{
	return sqlite3_exec(db->db, sql, NULL, NULL, NULL);
}

int64_t diary_query_int(struct diary *db, const char *sql, int *rc)
{
	sqlite3_stmt *s;
	int64_t v = 0;
	*rc = sqlite3_prepare_v2(db->db, sql, -1, &s, NULL);
	if (*rc != SQLITE_OK)
		return 0;
	*rc = sqlite3_step(s);
	if (*rc == SQLITE_ROW) {
		v = sqlite3_column_int64(s, 0);
		*rc = SQLITE_OK;
	} else if (*rc == SQLITE_DONE) {
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	return v;
}

static sqlite3_stmt *stmt(struct diary *db, enum stmt which, int *rc)
{
	if (!db->st[which]) {
		char *sql = diary_stmt_sql(which);
		*rc = sqlite3_prepare_v3(db->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &db->st[which],
					 NULL);
		free(sql);
		if (*rc != SQLITE_OK)
			return NULL;
	}
	sqlite3_reset(db->st[which]);
	sqlite3_clear_bindings(db->st[which]);
	*rc = SQLITE_OK;
	return db->st[which];
}

void diary_entry_init(struct diary_entry *e)
{
	record_init(&record_entry, e);
}

void diary_entry_free(struct diary_entry *e)
{
	record_free(&record_entry, e);
}

void diary_session_init(struct diary_session *s)
{
	record_init(&record_session, s);
	s->speed = 1; /* real time */
}

void diary_session_free(struct diary_session *s)
{
	record_free(&record_session, s);
	s->speed = 1;
}

void diary_record_init(const struct record_desc *d, void *rec)
{
	if (d == &record_entry)
		diary_entry_init(rec);
	else
		diary_session_init(rec);
}

void diary_new_uid(char out[DIARY_UID_LEN + 1])
{
	unsigned char raw[DIARY_UID_LEN / 2];
	size_t got = 0;
	while (got < sizeof raw) {
		ssize_t r = getrandom(raw + got, sizeof raw - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			/* No entropy source: fall back to time and pid, still unique enough. */
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			snprintf(out, DIARY_UID_LEN + 1, "%016llx%08lx%08lx",
				 (unsigned long long)ts.tv_sec, (unsigned long)ts.tv_nsec,
				 (unsigned long)getpid());
			return;
		}
		got += (size_t)r;
	}
	for (size_t i = 0; i < sizeof raw; i++)
		snprintf(out + 2 * i, 3, "%02x", raw[i]);
}

static void read_entry(sqlite3_stmt *s, struct diary_entry *e)
{
	diary_entry_init(e);
	diary_read(s, &record_entry, e);
}

static void read_session(sqlite3_stmt *st, struct diary_session *s)
{
	diary_session_init(s);
	diary_read(st, &record_session, s);
}

/* Runs one statement that changes the diary in a transaction of its own. */
static enum lb_status write_one(struct diary *db, sqlite3_stmt *s, const char *doing,
				struct diags *err, int *changes)
{
	int rc = diary_exec(db, "BEGIN IMMEDIATE");
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, doing);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE) {
		if (changes)
			*changes = sqlite3_changes(db->db);
		sqlite3_reset(s);
		rc = diary_exec(db, "COMMIT");
		if (rc == SQLITE_OK)
			return LB_OK;
	}
	enum lb_status st = diary_fail(db, err, rc, doing);
	sqlite3_reset(s);
	diary_exec(db, "ROLLBACK");
	return st;
}

/* Adds a record in its own transaction; fills its uid (when empty) and *id. */
static enum lb_status add_record(struct diary *db, enum stmt which, const struct record_desc *d,
				 const void *rec, char *uid, int64_t *id, const char *doing,
				 struct diags *err)
{
	int rc;
	sqlite3_stmt *s = stmt(db, which, &rc);
	if (!s)
		return diary_fail(db, err, rc, doing);
	if (!uid[0])
		diary_new_uid(uid);
	*id = 0;
	diary_bind(s, d, rec);
	enum lb_status st = write_one(db, s, doing, err, NULL);
	if (st == LB_OK)
		*id = sqlite3_last_insert_rowid(db->db);
	return st;
}

/* "there is no entry 12": what is a record's type, "entry" or "session". */
static void say_none(struct diags *err, const char *what, int64_t id)
{
	if (strcmp(what, "session") == 0)
		/* TRANSLATORS: a session's number in the diary was not found. */
		diags_add(err, NULL, 0, _("there is no session %lld"), (long long)id);
	else
		/* TRANSLATORS: an entry's number in the diary was not found. */
		diags_add(err, NULL, 0, _("there is no entry %lld"), (long long)id);
}

/* Replaces record id in its own transaction; LB_NOT_FOUND when there is none. */
static enum lb_status update_record(struct diary *db, enum stmt which, const struct record_desc *d,
				    const void *rec, int64_t id, const char *doing, struct diags *err)
{
	int rc, changes = 0;
	sqlite3_stmt *s = stmt(db, which, &rc);
	if (!s)
		return diary_fail(db, err, rc, doing);
	diary_bind(s, d, rec);
	enum lb_status st = write_one(db, s, doing, err, &changes);
	if (st == LB_OK && changes == 0) {
		say_none(err, d->what, id);
		return LB_NOT_FOUND;
	}
	return st;
}

enum lb_status diary_add_entry(struct diary *db, struct diary_entry *e, int64_t now,
			       struct diags *err)
{
	e->created = e->updated = now;
	return add_record(db, ST_INSERT_ENTRY, &record_entry, e, e->uid, &e->id,
	                  _("cannot save the entry"), err);
}

enum lb_status diary_update_entry(struct diary *db, struct diary_entry *e, int64_t now,
				  struct diags *err)
{
	e->updated = now;
	return update_record(db, ST_UPDATE_ENTRY, &record_entry, e, e->id,
	                     _("cannot change the entry"), err);
}

/*
 * Steps statement which, bound to id, to its first row (left for the caller to read and
 * reset). LB_NOT_FOUND without one, said as "there is no WHAT ID" when what is given.
 */
static enum lb_status get_row(struct diary *db, enum stmt which, int64_t id, const char *what,
			      struct diags *err, sqlite3_stmt **row)
{
	int rc;
	sqlite3_stmt *s = stmt(db, which, &rc);
	if (!s)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*row = s;
		return LB_OK;
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE) {
		if (what)
			say_none(err, what, id);
		return LB_NOT_FOUND;
	}
	return diary_fail(db, err, rc, _("cannot read the diary"));
}

/* One record by id, read whole into out (an entry or a session, as d says). */
static enum lb_status get_record(struct diary *db, enum stmt which, int64_t id,
				 const struct record_desc *d, void *out, struct diags *err)
{
	sqlite3_stmt *s = NULL;
	enum lb_status st = get_row(db, which, id, d->what, err, &s);
	if (st == LB_OK) {
		diary_record_init(d, out);
		diary_read(s, d, out);
		sqlite3_reset(s);
	}
	return st;
}

enum lb_status diary_get_entry(struct diary *db, int64_t id, struct diary_entry *out,
			       struct diags *err)
{
	return get_record(db, ST_GET_ENTRY, id, &record_entry, out, err);
}

enum lb_status diary_get_session(struct diary *db, int64_t id, struct diary_session *out,
				 struct diags *err)
{
	return get_record(db, ST_GET_SESSION, id, &record_session, out, err);
}

static enum lb_status delete_row(struct diary *db, enum stmt which, int64_t id, const char *what,
				 struct diags *err)
{
	int rc, changes = 0;
	sqlite3_stmt *s = stmt(db, which, &rc);
	if (!s)
		return diary_fail(db, err, rc, _("cannot delete"));
	sqlite3_bind_int64(s, 1, id);
	enum lb_status st = write_one(db, s, _("cannot delete"), err, &changes);
	if (st == LB_OK && changes == 0) {
		say_none(err, what, id);
		return LB_NOT_FOUND;
	}
	return st;
}

enum lb_status diary_delete_entry(struct diary *db, int64_t id, struct diags *err)
{
	return delete_row(db, ST_DELETE_ENTRY, id, "entry", err);
}

enum lb_status diary_delete_session(struct diary *db, int64_t id, struct diags *err)
{
	return delete_row(db, ST_DELETE_SESSION, id, "session", err);
}

enum lb_status diary_add_session(struct diary *db, struct diary_session *s, struct diags *err)
{
	return add_record(db, ST_INSERT_SESSION, &record_session, s, s->uid, &s->id,
	                  _("cannot record the session"), err);
}
enum lb_status diary_update_session(struct diary *db, const struct diary_session *s,
				    struct diags *err)
{
	return update_record(db, ST_UPDATE_SESSION, &record_session, s, s->id,
	                     _("cannot change the session"), err);
}
void diary_set_busy_timeout(struct diary *db, int ms)
{
	sqlite3_busy_timeout(db->db, ms);
	db->busy_ms = ms;
}

int diary_busy_timeout(const struct diary *db)
{
	return db->busy_ms;
}

enum lb_status diary_each(struct diary *db, int64_t from, int64_t to, diary_visit_fn fn,
			  void *ctx, struct diags *err)
{
	return diary_each_kind(db, from, to, DIARY_ENTRIES | DIARY_SESSIONS, fn, ctx, err);
}

/* A visit that remembers whether fn asked to stop. */
struct salvage_visit {
	diary_visit_fn fn;
	void *ctx;
	bool stopped;
};

static int salvage_visit(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct salvage_visit *v = ctx;
	int stop = v->fn(v->ctx, e, s);
	v->stopped = stop != 0;
	return stop;
}

/* The first or last time of a table, when its index can still be read. */
static bool time_bound(struct diary *db, const char *sql, int64_t *out)
{
	int rc;
	int64_t v = diary_query_int(db, sql, &rc);
	if (rc == SQLITE_OK)
		*out = v;
	return rc == SQLITE_OK;
}

#define SALVAGE_WINDOW (24 * 3600)

/*
 * A damaged diary read a day at a time: a day that cannot be read is
 * passed over (and counted) instead of ending the whole reading.
 */
static enum lb_status each_salvage(struct diary *db, int64_t from, int64_t to, int kinds,
				   diary_visit_fn fn, void *ctx)
{
	int64_t lo = INT64_MAX, hi = INT64_MIN, v;
	if (time_bound(db, "SELECT min(at) FROM entry", &v) && v < lo)
		lo = v;
	if (time_bound(db, "SELECT min(started) FROM session", &v) && v < lo)
		lo = v;
	if (time_bound(db, "SELECT max(at) FROM entry", &v) && v > hi)
		hi = v;
	if (time_bound(db, "SELECT max(started) FROM session", &v) && v > hi)
		hi = v;
	if (lo > hi) { /* the bounds cannot be read: the years limber can hold */
		lo = 0;
		hi = (int64_t)time(NULL) + 2 * SALVAGE_WINDOW;
	}
	lo = lo > from ? lo : from;
	hi = hi < to - 1 ? hi : to - 1;
	struct salvage_visit sv = {fn, ctx, false};
	for (int64_t t = lo; t <= hi && !sv.stopped; t += SALVAGE_WINDOW) {
		struct diags e = {0};
		int64_t end = hi - t < SALVAGE_WINDOW ? hi + 1 : t + SALVAGE_WINDOW;
		if (diary_each_kind(db, t, end, kinds, salvage_visit, &sv, &e) != LB_OK)
			db->unread_days++;
		diags_free(&e);
	}
	return LB_OK;
}

int64_t diary_unread_days(const struct diary *db)
{
	return db->unread_days;
}

enum lb_status diary_each_kind(struct diary *db, int64_t from, int64_t to, int kinds,
			       diary_visit_fn fn, void *ctx, struct diags *err)
{
	if (db->damaged && to > from && (uint64_t)to - (uint64_t)from > SALVAGE_WINDOW)
		return each_salvage(db, from, to, kinds, fn, ctx);
	/* Two cursors in time order, merged: each query uses its index. */
	int rc;
	sqlite3_stmt *es =
		stmt(db, (kinds & DIARY_NUMBERS) ? ST_NUMBERS_BETWEEN : ST_ENTRIES_BETWEEN, &rc);
	if (!es)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	sqlite3_stmt *ss = stmt(db, ST_SESSIONS_BETWEEN, &rc);
	if (!ss)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	sqlite3_bind_int64(es, 1, from);
	sqlite3_bind_int64(es, 2, to);
	sqlite3_bind_int64(ss, 1, from);
	sqlite3_bind_int64(ss, 2, to);
	/* One read transaction, so the two cursors see the same diary. */
	if ((rc = diary_exec(db, "BEGIN")) != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	int erc = (kinds & DIARY_ENTRIES) ? sqlite3_step(es) : SQLITE_DONE;
	int src = (kinds & DIARY_SESSIONS) ? sqlite3_step(ss) : SQLITE_DONE;
	enum lb_status st = LB_OK;
	struct diary_entry e;
	struct diary_session s;
	while (erc == SQLITE_ROW || src == SQLITE_ROW) {
		bool take_entry = erc == SQLITE_ROW &&
				  (src != SQLITE_ROW ||
				   sqlite3_column_int64(es, record_entry.time) <=
					   sqlite3_column_int64(ss, record_session.time));
		int stop;
		if (take_entry) {
			read_entry(es, &e);
			stop = fn(ctx, &e, NULL);
			diary_entry_free(&e);
			erc = sqlite3_step(es);
		} else {
			read_session(ss, &s);
			stop = fn(ctx, NULL, &s);
			diary_session_free(&s);
			src = sqlite3_step(ss);
		}
		if (stop)
			break;
	}
	if ((erc != SQLITE_ROW && erc != SQLITE_DONE) || (src != SQLITE_ROW && src != SQLITE_DONE))
		st = diary_fail(db, err, erc != SQLITE_ROW && erc != SQLITE_DONE ? erc : src,
		                _("cannot read the diary"));
	sqlite3_reset(es);
	sqlite3_reset(ss);
	diary_exec(db, "COMMIT");
	return st;
}

static enum lb_status last_of(struct diary *db, enum stmt which, int64_t until,
			      struct diary_entry *out, struct diags *err)
{
	sqlite3_stmt *s = NULL;
	enum lb_status st = get_row(db, which, until, NULL, err, &s);
	if (st == LB_OK) {
		read_entry(s, out);
		sqlite3_reset(s);
	}
	return st;
}

enum lb_status diary_last_entry(struct diary *db, int64_t until, struct diary_entry *out,
				struct diags *err)
{
	return last_of(db, ST_LAST_ENTRY, until, out, err);
}

enum lb_status diary_last_answer(struct diary *db, int64_t until, struct diary_entry *out,
				 struct diags *err)
{
	return last_of(db, ST_LAST_ANSWER, until, out, err);
}

enum lb_status diary_count(struct diary *db, int64_t *entries, int64_t *sessions,
			   struct diags *err)
{
	int rc;
	*entries = diary_query_int(db, "SELECT count(*) FROM entry", &rc);
	if (rc == SQLITE_OK)
		*sessions = diary_query_int(db, "SELECT count(*) FROM session", &rc);
	return rc == SQLITE_OK ? LB_OK : diary_fail(db, err, rc, _("cannot read the diary"));
}

enum lb_status diary_import_begin(struct diary *db, struct diags *err)
{
	int rc = diary_exec(db, "BEGIN IMMEDIATE");
	return rc == SQLITE_OK ? LB_OK : diary_fail(db, err, rc, _("cannot import"));
}

static enum lb_status import_row(struct diary *db, sqlite3_stmt *s, bool *added, struct diags *err)
{
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return diary_fail(db, err, rc, _("cannot import"));
	*added = sqlite3_changes(db->db) > 0;
	return LB_OK;
}

enum lb_status diary_import_entry(struct diary *db, const struct diary_entry *e, bool *added,
				  struct diags *err)
{
	int rc;
	sqlite3_stmt *s = stmt(db, ST_INSERT_ENTRY, &rc);
	if (!s)
		return diary_fail(db, err, rc, _("cannot import"));
	struct diary_entry copy = *e;
	copy.id = 0; /* ids are local; the uid is what travels */
	diary_bind(s, &record_entry, &copy);
	return import_row(db, s, added, err);
}

enum lb_status diary_import_session(struct diary *db, const struct diary_session *s,
				    bool *added, struct diags *err)
{
	int rc;
	sqlite3_stmt *st = stmt(db, ST_INSERT_SESSION, &rc);
	if (!st)
		return diary_fail(db, err, rc, _("cannot import"));
	struct diary_session copy = *s;
	copy.id = 0;
	diary_bind(st, &record_session, &copy);
	return import_row(db, st, added, err);
}

enum lb_status diary_import_commit(struct diary *db, struct diags *err)
{
	int rc = diary_exec(db, "COMMIT");
	if (rc == SQLITE_OK)
		return LB_OK;
	enum lb_status st = diary_fail(db, err, rc, _("cannot import"));
	diary_exec(db, "ROLLBACK");
	return st;
}

void diary_import_rollback(struct diary *db)
{
	diary_exec(db, "ROLLBACK");
}

enum lb_status diary_recent_meds(struct diary *db, char ***out, size_t *n, size_t max,
				 struct diags *err)
{
	sqlite3_stmt *s;
	*out = NULL;
	*n = 0;
	int rc = sqlite3_prepare_v2(db->db,
				    "SELECT meds FROM entry WHERE meds IS NOT NULL AND meds <> '' "
				    "GROUP BY meds ORDER BY max(at) DESC LIMIT ?1",
				    -1, &s, NULL);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	sqlite3_bind_int64(s, 1, (sqlite3_int64)max);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = xstrdup((const char *)sqlite3_column_text(s, 0));
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? LB_OK : diary_fail(db, err, rc, _("cannot read the diary"));
}
