/* diary.c - the symptom diary: a private SQLite store (the only SQL in limber) */
#include "config.h"

#include "diary.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "paths.h"
#include "xalloc.h"

/* 'LMBR': marks an SQLite file as a limber diary. */
#define DIARY_APPLICATION_ID 0x4c4d4252
#define DIARY_BUSY_MS 10000

/* Forward migrations: migrations[v] takes a diary from version v to v + 1. */
static const char *const migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE entry ("
	" id INTEGER PRIMARY KEY,"
	" uid TEXT NOT NULL UNIQUE,"
	" at INTEGER NOT NULL,"
	" tz INTEGER NOT NULL,"
	" back INTEGER CHECK (back BETWEEN 0 AND 10),"
	" leg INTEGER CHECK (leg BETWEEN 0 AND 10),"
	" locations INTEGER NOT NULL DEFAULT 0,"
	" symptoms INTEGER NOT NULL DEFAULT 0,"
	" sitting INTEGER CHECK (sitting BETWEEN 0 AND 1440),"
	" sleep INTEGER CHECK (sleep BETWEEN 0 AND 10),"
	" meds TEXT,"
	" note TEXT,"
	" flags INTEGER NOT NULL DEFAULT 0,"
	" created INTEGER NOT NULL,"
	" updated INTEGER NOT NULL);"
	"CREATE INDEX entry_at ON entry (at);"
	"CREATE TABLE session ("
	" id INTEGER PRIMARY KEY,"
	" uid TEXT NOT NULL UNIQUE,"
	" routine TEXT NOT NULL,"
	" title TEXT,"
	" started INTEGER NOT NULL,"
	" ended INTEGER NOT NULL,"
	" tz INTEGER NOT NULL,"
	" steps_done INTEGER NOT NULL,"
	" steps_skipped INTEGER NOT NULL,"
	" steps_total INTEGER NOT NULL,"
	" before_back INTEGER CHECK (before_back BETWEEN 0 AND 10),"
	" before_leg INTEGER CHECK (before_leg BETWEEN 0 AND 10),"
	" after_back INTEGER CHECK (after_back BETWEEN 0 AND 10),"
	" after_leg INTEGER CHECK (after_leg BETWEEN 0 AND 10),"
	" complete INTEGER NOT NULL,"
	" speed REAL NOT NULL DEFAULT 1);"
	"CREATE INDEX session_started ON session (started);",
	/* 1 -> 2: an index that answers trends without touching the rows. */
	"CREATE INDEX entry_numbers ON entry (at, back, leg, symptoms);",
};

_Static_assert(sizeof migrations / sizeof migrations[0] == DIARY_SCHEMA_VERSION,
	       "one migration per schema version");

#define ENTRY_COLUMNS                                                                              \
	"id, uid, at, tz, back, leg, locations, symptoms, sitting, sleep, meds, note, flags, "    \
	"created, updated"
#define SESSION_COLUMNS                                                                            \
	"id, uid, routine, title, started, ended, tz, steps_done, steps_skipped, steps_total, "    \
	"before_back, before_leg, after_back, after_leg, complete, speed"

/* Prepared statements, made once per connection. */
enum stmt {
	ST_INSERT_ENTRY,
	ST_UPDATE_ENTRY,
	ST_GET_ENTRY,
	ST_DELETE_ENTRY,
	ST_INSERT_SESSION,
	ST_GET_SESSION,
	ST_DELETE_SESSION,
	ST_ENTRIES_BETWEEN,
	ST_NUMBERS_BETWEEN,
	ST_SESSIONS_BETWEEN,
	ST_LAST_ENTRY,
	ST_COUNT,
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_INSERT_ENTRY] = "INSERT OR IGNORE INTO entry (" ENTRY_COLUMNS ") VALUES "
			    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
	[ST_UPDATE_ENTRY] = "UPDATE entry SET at = ?3, tz = ?4, back = ?5, leg = ?6, "
			    "locations = ?7, symptoms = ?8, sitting = ?9, sleep = ?10, meds = ?11, "
			    "note = ?12, flags = ?13, updated = ?15 WHERE id = ?1",
	[ST_GET_ENTRY] = "SELECT " ENTRY_COLUMNS " FROM entry WHERE id = ?1",
	[ST_DELETE_ENTRY] = "DELETE FROM entry WHERE id = ?1",
	[ST_INSERT_SESSION] = "INSERT OR IGNORE INTO session (" SESSION_COLUMNS ") VALUES "
			      "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
			      "?16)",
	[ST_GET_SESSION] = "SELECT " SESSION_COLUMNS " FROM session WHERE id = ?1",
	[ST_DELETE_SESSION] = "DELETE FROM session WHERE id = ?1",
	[ST_ENTRIES_BETWEEN] = "SELECT " ENTRY_COLUMNS " FROM entry WHERE at >= ?1 AND at < ?2 "
			       "ORDER BY at, id",
	/* The same columns, the texts left out: what aggregation reads. */
	[ST_NUMBERS_BETWEEN] = "SELECT id, NULL, at, 0, back, leg, 0, symptoms, NULL, NULL, NULL, "
			       "NULL, 0, 0, 0 FROM entry INDEXED BY entry_numbers "
			       "WHERE at >= ?1 AND at < ?2 ORDER BY at",
	[ST_SESSIONS_BETWEEN] = "SELECT " SESSION_COLUMNS " FROM session "
				"WHERE started >= ?1 AND started < ?2 ORDER BY started, id",
	[ST_LAST_ENTRY] = "SELECT " ENTRY_COLUMNS " FROM entry ORDER BY at DESC, id DESC LIMIT 1",
};

struct diary {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT];
};

const char *diary_path(const struct diary *db)
{
	return db->path;
}

/* Reports an SQLite failure in words a person can act on. */
static enum lb_status fail(struct diary *db, struct diags *err, int rc, const char *doing)
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
		diags_add(err, db->path, 0, "%s: the disk is full; nothing was changed", doing);
		return LB_IO;
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY:
	case SQLITE_PERM:
		diags_add(err, db->path, 0, "%s: %s", doing, why);
		return LB_IO;
	case SQLITE_NOTADB:
		diags_add(err, db->path, 0,
			  "is not a limber diary (not an SQLite database); it was left untouched");
		return LB_DB;
	case SQLITE_CORRUPT:
		diags_add(err, db->path, 0,
			  "the diary is damaged (%s); it was left untouched — keep a copy and "
			  "restore from an export",
			  why);
		return LB_DB;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		diags_add(err, db->path, 0, "%s: the diary stayed busy (another limber?)", doing);
		return LB_DB;
	default:
		diags_add(err, db->path, 0, "%s: %s", doing, why);
		return LB_DB;
	}
}

static int exec(struct diary *db, const char *sql)
{
	return sqlite3_exec(db->db, sql, NULL, NULL, NULL);
}

static sqlite3_stmt *stmt(struct diary *db, enum stmt which, int *rc)
{
	if (!db->st[which]) {
		*rc = sqlite3_prepare_v3(db->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
					 &db->st[which], NULL);
		if (*rc != SQLITE_OK)
			return NULL;
	}
	sqlite3_reset(db->st[which]);
	sqlite3_clear_bindings(db->st[which]);
	*rc = SQLITE_OK;
	return db->st[which];
}

static int64_t pragma_int(struct diary *db, const char *sql, int *rc)
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

/* Makes sure the file exists with mode 0600 before SQLite opens it. */
static enum lb_status prepare_file(const char *path, int flags, struct diags *err)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		if (errno != ENOENT) {
			diags_add(err, path, 0, "cannot read: %s", strerror(errno));
			return LB_IO;
		}
		if (!(flags & DIARY_CREATE))
			return LB_NOT_FOUND;
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST) {
			diags_add(err, path, 0, "cannot create the diary: %s", strerror(errno));
			return LB_IO;
		}
		if (fd >= 0) {
			if (fchmod(fd, 0600) < 0) {
				diags_add(err, path, 0, "cannot make the diary private: %s",
					  strerror(errno));
				close(fd);
				return LB_IO;
			}
			close(fd);
		}
		return LB_OK;
	}
	if (!S_ISREG(st.st_mode)) {
		diags_add(err, path, 0, "is not a regular file");
		return LB_IO;
	}
	return LB_OK;
}

/* Tightens a diary known to be limber's to 0600, its side files too. */
static enum lb_status tighten_file(const char *path, struct diags *warn, struct diags *err)
{
	struct stat st;
	if (stat(path, &st) < 0)
		return LB_OK;
	if ((st.st_mode & 07777) != 0600) {
		if (chmod(path, 0600) < 0) {
			diags_add(err, path, 0, "cannot make the diary private: %s", strerror(errno));
			return LB_IO;
		}
		if (st.st_mode & 077)
			diags_add(warn, path, 0,
				  "the diary was readable by others (mode %04o); it is now 0600",
				  st.st_mode & 07777);
	}
	/* SQLite's -wal and -shm files take the diary's mode; tighten old ones too. */
	for (int i = 0; i < 2; i++) {
		char *side = xasprintf("%s%s", path, i ? "-shm" : "-wal");
		if (stat(side, &st) == 0 && (st.st_mode & 077))
			chmod(side, 0600);
		free(side);
	}
	return LB_OK;
}

/* Checks what the file is, then brings the schema up to date. */
static enum lb_status check_and_migrate(struct diary *db, struct diags *err)
{
	int rc;
	int64_t app = pragma_int(db, "PRAGMA application_id", &rc);
	if (rc != SQLITE_OK)
		return fail(db, err, rc, "cannot read the diary");
	int64_t version = pragma_int(db, "PRAGMA user_version", &rc);
	if (rc != SQLITE_OK)
		return fail(db, err, rc, "cannot read the diary");
	if (app != 0 && app != DIARY_APPLICATION_ID) {
		diags_add(err, db->path, 0,
			  "is an SQLite database of another program; it was left untouched");
		return LB_DB;
	}
	if (version > DIARY_SCHEMA_VERSION) {
		diags_add(err, db->path, 0,
			  "was written by a newer limber (diary version %lld, this limber knows "
			  "up to %d); it was left untouched — update limber",
			  (long long)version, DIARY_SCHEMA_VERSION);
		return LB_NEWER;
	}

	/*
	 * WAL lets a reader go on while another limber writes; it is persistent
	 * per file. Switching takes a lock that SQLite's deadlock avoidance does
	 * not wait for, so a second limber starting at the same moment retries.
	 */
	for (int tries = 0;; tries++) {
		sqlite3_stmt *s;
		rc = sqlite3_prepare_v2(db->db, "PRAGMA journal_mode = WAL", -1, &s, NULL);
		if (rc == SQLITE_OK) {
			rc = sqlite3_step(s);
			sqlite3_finalize(s);
		}
		if ((rc & 0xff) != SQLITE_BUSY || tries * 10 >= DIARY_BUSY_MS)
			break;
		sqlite3_sleep(10);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(db, err, rc, "cannot switch the diary to WAL");
	/* Health data: every commit reaches the disk. Reads go through mmap. */
	if ((rc = exec(db, "PRAGMA synchronous = FULL; PRAGMA mmap_size = 268435456")) != SQLITE_OK)
		return fail(db, err, rc, "cannot set up the diary");

	if (version == DIARY_SCHEMA_VERSION)
		return LB_OK;
	if ((rc = exec(db, "BEGIN IMMEDIATE")) != SQLITE_OK)
		return fail(db, err, rc, "cannot update the diary");
	/*
	 * Decide what the file is under the write lock: another limber may have
	 * created or migrated it between our first look and now.
	 */
	app = pragma_int(db, "PRAGMA application_id", &rc);
	if (rc == SQLITE_OK)
		version = pragma_int(db, "PRAGMA user_version", &rc);
	if (rc == SQLITE_OK && app == 0 && version == 0) {
		int64_t tables = pragma_int(db, "SELECT count(*) FROM sqlite_schema", &rc);
		if (rc == SQLITE_OK && tables > 0) {
			exec(db, "ROLLBACK");
			diags_add(err, db->path, 0,
				  "is an SQLite database but not a limber diary; it was left "
				  "untouched");
			return LB_DB;
		}
	}
	for (; rc == SQLITE_OK && version < DIARY_SCHEMA_VERSION; version++)
		rc = exec(db, migrations[version]);
	if (rc == SQLITE_OK) {
		char *sql = xasprintf("PRAGMA user_version = %d; PRAGMA application_id = %d",
				      DIARY_SCHEMA_VERSION, DIARY_APPLICATION_ID);
		rc = exec(db, sql);
		free(sql);
	}
	if (rc == SQLITE_OK)
		rc = exec(db, "COMMIT");
	if (rc != SQLITE_OK) {
		enum lb_status st = fail(db, err, rc, "cannot update the diary");
		exec(db, "ROLLBACK");
		return st;
	}
	return LB_OK;
}

enum lb_status diary_open(struct diary **out, const char *dir, int flags, struct diags *warn,
			  struct diags *err)
{
	*out = NULL;
	if (flags & DIARY_CREATE) {
		int tightened = 0;
		enum lb_status st = paths_make_private_dir(dir, &tightened, err);
		if (st != LB_OK)
			return st;
		if (tightened)
			diags_add(warn, dir, 0,
				  "the data directory was open to others; it is now 0700");
	} else {
		struct stat st;
		if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 077)) {
			if (chmod(dir, 0700) == 0)
				diags_add(warn, dir, 0,
					  "the data directory was open to others; it is now 0700");
		}
	}
	char *path = xasprintf("%s/%s", dir, DIARY_FILE);
	enum lb_status st = prepare_file(path, flags, err);
	if (st != LB_OK) {
		free(path);
		return st;
	}
	struct diary *db = xcalloc(1, sizeof *db);
	db->path = path;
	/* One thread per connection: SQLite's own mutexes would only cost time. */
	int rc = sqlite3_open_v2(path, &db->db,
				 SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
				 NULL);
	if (rc != SQLITE_OK) {
		st = fail(db, err, rc, "cannot open the diary");
		diary_close(db);
		return st;
	}
	sqlite3_extended_result_codes(db->db, 1);
	sqlite3_busy_timeout(db->db, DIARY_BUSY_MS);
	st = check_and_migrate(db, err);
	if (st == LB_OK)
		st = tighten_file(path, warn, err);
	if (st != LB_OK) {
		diary_close(db);
		return st;
	}
	*out = db;
	return LB_OK;
}

void diary_close(struct diary *db)
{
	if (!db)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(db->st[i]);
	sqlite3_close(db->db);
	free(db->path);
	free(db);
}

void diary_entry_init(struct diary_entry *e)
{
	memset(e, 0, sizeof *e);
	e->back = e->leg = e->sitting = e->sleep = -1;
}

void diary_entry_free(struct diary_entry *e)
{
	free(e->meds);
	free(e->note);
	diary_entry_init(e);
}

void diary_session_init(struct diary_session *s)
{
	memset(s, 0, sizeof *s);
	s->before_back = s->before_leg = s->after_back = s->after_leg = -1;
	s->speed = 1;
}

void diary_session_free(struct diary_session *s)
{
	free(s->routine);
	free(s->title);
	diary_session_init(s);
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

static void bind_opt_int(sqlite3_stmt *s, int col, int v)
{
	if (v < 0)
		sqlite3_bind_null(s, col);
	else
		sqlite3_bind_int(s, col, v);
}

static void bind_opt_text(sqlite3_stmt *s, int col, const char *v)
{
	if (v)
		sqlite3_bind_text(s, col, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, col);
}

static void bind_entry(sqlite3_stmt *s, const struct diary_entry *e)
{
	if (e->id > 0)
		sqlite3_bind_int64(s, 1, e->id);
	else
		sqlite3_bind_null(s, 1);
	sqlite3_bind_text(s, 2, e->uid, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 3, e->at);
	sqlite3_bind_int(s, 4, e->tz);
	bind_opt_int(s, 5, e->back);
	bind_opt_int(s, 6, e->leg);
	sqlite3_bind_int64(s, 7, e->where);
	sqlite3_bind_int64(s, 8, e->symptoms);
	bind_opt_int(s, 9, e->sitting);
	bind_opt_int(s, 10, e->sleep);
	bind_opt_text(s, 11, e->meds);
	bind_opt_text(s, 12, e->note);
	sqlite3_bind_int64(s, 13, e->flags);
	sqlite3_bind_int64(s, 14, e->created);
	sqlite3_bind_int64(s, 15, e->updated);
}

static int col_opt_int(sqlite3_stmt *s, int col)
{
	return sqlite3_column_type(s, col) == SQLITE_NULL ? -1 : sqlite3_column_int(s, col);
}

static char *col_opt_text(sqlite3_stmt *s, int col)
{
	const unsigned char *t = sqlite3_column_text(s, col);
	return t ? xstrdup((const char *)t) : NULL;
}

/* A uid column into its fixed buffer (a hot path: no printf). */
static void copy_uid(char dst[DIARY_UID_LEN + 1], const unsigned char *src)
{
	size_t n = src ? strnlen((const char *)src, DIARY_UID_LEN) : 0;
	memcpy(dst, src ? (const char *)src : "", n);
	dst[n] = '\0';
}

static void read_entry(sqlite3_stmt *s, struct diary_entry *e)
{
	diary_entry_init(e);
	e->id = sqlite3_column_int64(s, 0);
	copy_uid(e->uid, sqlite3_column_text(s, 1));
	e->at = sqlite3_column_int64(s, 2);
	e->tz = sqlite3_column_int(s, 3);
	e->back = col_opt_int(s, 4);
	e->leg = col_opt_int(s, 5);
	e->where = (unsigned)sqlite3_column_int64(s, 6);
	e->symptoms = (unsigned)sqlite3_column_int64(s, 7);
	e->sitting = col_opt_int(s, 8);
	e->sleep = col_opt_int(s, 9);
	e->meds = col_opt_text(s, 10);
	e->note = col_opt_text(s, 11);
	e->flags = (unsigned)sqlite3_column_int64(s, 12);
	e->created = sqlite3_column_int64(s, 13);
	e->updated = sqlite3_column_int64(s, 14);
}

static void bind_session(sqlite3_stmt *st, const struct diary_session *s)
{
	if (s->id > 0)
		sqlite3_bind_int64(st, 1, s->id);
	else
		sqlite3_bind_null(st, 1);
	sqlite3_bind_text(st, 2, s->uid, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, s->routine ? s->routine : "", -1, SQLITE_TRANSIENT);
	bind_opt_text(st, 4, s->title);
	sqlite3_bind_int64(st, 5, s->started);
	sqlite3_bind_int64(st, 6, s->ended);
	sqlite3_bind_int(st, 7, s->tz);
	sqlite3_bind_int(st, 8, s->steps_done);
	sqlite3_bind_int(st, 9, s->steps_skipped);
	sqlite3_bind_int(st, 10, s->steps_total);
	bind_opt_int(st, 11, s->before_back);
	bind_opt_int(st, 12, s->before_leg);
	bind_opt_int(st, 13, s->after_back);
	bind_opt_int(st, 14, s->after_leg);
	sqlite3_bind_int(st, 15, s->complete ? 1 : 0);
	sqlite3_bind_double(st, 16, s->speed);
}

static void read_session(sqlite3_stmt *st, struct diary_session *s)
{
	diary_session_init(s);
	s->id = sqlite3_column_int64(st, 0);
	copy_uid(s->uid, sqlite3_column_text(st, 1));
	s->routine = col_opt_text(st, 2);
	s->title = col_opt_text(st, 3);
	s->started = sqlite3_column_int64(st, 4);
	s->ended = sqlite3_column_int64(st, 5);
	s->tz = sqlite3_column_int(st, 6);
	s->steps_done = sqlite3_column_int(st, 7);
	s->steps_skipped = sqlite3_column_int(st, 8);
	s->steps_total = sqlite3_column_int(st, 9);
	s->before_back = col_opt_int(st, 10);
	s->before_leg = col_opt_int(st, 11);
	s->after_back = col_opt_int(st, 12);
	s->after_leg = col_opt_int(st, 13);
	s->complete = sqlite3_column_int(st, 14) != 0;
	s->speed = sqlite3_column_double(st, 15);
}

/* Runs one statement that changes the diary in a transaction of its own. */
static enum lb_status write_one(struct diary *db, sqlite3_stmt *s, const char *doing,
				struct diags *err, int *changes)
{
	int rc = exec(db, "BEGIN IMMEDIATE");
	if (rc != SQLITE_OK)
		return fail(db, err, rc, doing);
	rc = sqlite3_step(s);
	if (rc == SQLITE_DONE) {
		if (changes)
			*changes = sqlite3_changes(db->db);
		sqlite3_reset(s);
		rc = exec(db, "COMMIT");
		if (rc == SQLITE_OK)
			return LB_OK;
	}
	enum lb_status st = fail(db, err, rc, doing);
	sqlite3_reset(s);
	exec(db, "ROLLBACK");
	return st;
}

enum lb_status diary_add_entry(struct diary *db, struct diary_entry *e, int64_t now,
			       struct diags *err)
{
	int rc;
	sqlite3_stmt *s = stmt(db, ST_INSERT_ENTRY, &rc);
	if (!s)
		return fail(db, err, rc, "cannot save the entry");
	if (!e->uid[0])
		diary_new_uid(e->uid);
	e->id = 0;
	e->created = e->updated = now;
	bind_entry(s, e);
	enum lb_status st = write_one(db, s, "cannot save the entry", err, NULL);
	if (st == LB_OK)
		e->id = sqlite3_last_insert_rowid(db->db);
	return st;
}

enum lb_status diary_update_entry(struct diary *db, struct diary_entry *e, int64_t now,
				  struct diags *err)
{
	int rc, changes = 0;
	sqlite3_stmt *s = stmt(db, ST_UPDATE_ENTRY, &rc);
	if (!s)
		return fail(db, err, rc, "cannot change the entry");
	e->updated = now;
	bind_entry(s, e);
	enum lb_status st = write_one(db, s, "cannot change the entry", err, &changes);
	if (st == LB_OK && changes == 0) {
		diags_add(err, NULL, 0, "there is no entry %lld", (long long)e->id);
		return LB_NOT_FOUND;
	}
	return st;
}

static enum lb_status get_row(struct diary *db, enum stmt which, int64_t id, const char *what,
			      struct diags *err, sqlite3_stmt **row)
{
	int rc;
	sqlite3_stmt *s = stmt(db, which, &rc);
	if (!s)
		return fail(db, err, rc, "cannot read the diary");
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*row = s;
		return LB_OK;
	}
	sqlite3_reset(s);
	if (rc == SQLITE_DONE) {
		diags_add(err, NULL, 0, "there is no %s %lld", what, (long long)id);
		return LB_NOT_FOUND;
	}
	return fail(db, err, rc, "cannot read the diary");
}

enum lb_status diary_get_entry(struct diary *db, int64_t id, struct diary_entry *out,
			       struct diags *err)
{
	sqlite3_stmt *s;
	enum lb_status st = get_row(db, ST_GET_ENTRY, id, "entry", err, &s);
	if (st == LB_OK) {
		read_entry(s, out);
		sqlite3_reset(s);
	}
	return st;
}

enum lb_status diary_get_session(struct diary *db, int64_t id, struct diary_session *out,
				 struct diags *err)
{
	sqlite3_stmt *s;
	enum lb_status st = get_row(db, ST_GET_SESSION, id, "session", err, &s);
	if (st == LB_OK) {
		read_session(s, out);
		sqlite3_reset(s);
	}
	return st;
}

static enum lb_status delete_row(struct diary *db, enum stmt which, int64_t id, const char *what,
				 struct diags *err)
{
	int rc, changes = 0;
	sqlite3_stmt *s = stmt(db, which, &rc);
	if (!s)
		return fail(db, err, rc, "cannot delete");
	sqlite3_bind_int64(s, 1, id);
	enum lb_status st = write_one(db, s, "cannot delete", err, &changes);
	if (st == LB_OK && changes == 0) {
		diags_add(err, NULL, 0, "there is no %s %lld", what, (long long)id);
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
	int rc;
	sqlite3_stmt *st = stmt(db, ST_INSERT_SESSION, &rc);
	if (!st)
		return fail(db, err, rc, "cannot record the session");
	if (!s->uid[0])
		diary_new_uid(s->uid);
	s->id = 0;
	bind_session(st, s);
	enum lb_status r = write_one(db, st, "cannot record the session", err, NULL);
	if (r == LB_OK)
		s->id = sqlite3_last_insert_rowid(db->db);
	return r;
}

enum lb_status diary_each(struct diary *db, int64_t from, int64_t to, diary_visit_fn fn,
			  void *ctx, struct diags *err)
{
	return diary_each_kind(db, from, to, DIARY_ENTRIES | DIARY_SESSIONS, fn, ctx, err);
}

enum lb_status diary_each_kind(struct diary *db, int64_t from, int64_t to, int kinds,
			       diary_visit_fn fn, void *ctx, struct diags *err)
{
	/* Two cursors in time order, merged: each query uses its index. */
	int rc;
	sqlite3_stmt *es =
		stmt(db, (kinds & DIARY_NUMBERS) ? ST_NUMBERS_BETWEEN : ST_ENTRIES_BETWEEN, &rc);
	if (!es)
		return fail(db, err, rc, "cannot read the diary");
	sqlite3_stmt *ss = stmt(db, ST_SESSIONS_BETWEEN, &rc);
	if (!ss)
		return fail(db, err, rc, "cannot read the diary");
	sqlite3_bind_int64(es, 1, from);
	sqlite3_bind_int64(es, 2, to);
	sqlite3_bind_int64(ss, 1, from);
	sqlite3_bind_int64(ss, 2, to);
	/* One read transaction, so the two cursors see the same diary. */
	if ((rc = exec(db, "BEGIN")) != SQLITE_OK)
		return fail(db, err, rc, "cannot read the diary");
	int erc = (kinds & DIARY_ENTRIES) ? sqlite3_step(es) : SQLITE_DONE;
	int src = (kinds & DIARY_SESSIONS) ? sqlite3_step(ss) : SQLITE_DONE;
	enum lb_status st = LB_OK;
	struct diary_entry e;
	struct diary_session s;
	while (erc == SQLITE_ROW || src == SQLITE_ROW) {
		bool take_entry = erc == SQLITE_ROW &&
				  (src != SQLITE_ROW ||
				   sqlite3_column_int64(es, 2) <= sqlite3_column_int64(ss, 4));
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
		st = fail(db, err, erc != SQLITE_ROW && erc != SQLITE_DONE ? erc : src,
			  "cannot read the diary");
	sqlite3_reset(es);
	sqlite3_reset(ss);
	exec(db, "COMMIT");
	return st;
}

enum lb_status diary_last_entry(struct diary *db, struct diary_entry *out, struct diags *err)
{
	int rc;
	sqlite3_stmt *s = stmt(db, ST_LAST_ENTRY, &rc);
	if (!s)
		return fail(db, err, rc, "cannot read the diary");
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		read_entry(s, out);
		sqlite3_reset(s);
		return LB_OK;
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? LB_NOT_FOUND : fail(db, err, rc, "cannot read the diary");
}

enum lb_status diary_count(struct diary *db, int64_t *entries, int64_t *sessions,
			   struct diags *err)
{
	int rc;
	*entries = pragma_int(db, "SELECT count(*) FROM entry", &rc);
	if (rc == SQLITE_OK)
		*sessions = pragma_int(db, "SELECT count(*) FROM session", &rc);
	return rc == SQLITE_OK ? LB_OK : fail(db, err, rc, "cannot read the diary");
}

enum lb_status diary_import_begin(struct diary *db, struct diags *err)
{
	int rc = exec(db, "BEGIN IMMEDIATE");
	return rc == SQLITE_OK ? LB_OK : fail(db, err, rc, "cannot import");
}

static enum lb_status import_row(struct diary *db, sqlite3_stmt *s, bool *added, struct diags *err)
{
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return fail(db, err, rc, "cannot import");
	*added = sqlite3_changes(db->db) > 0;
	return LB_OK;
}

enum lb_status diary_import_entry(struct diary *db, const struct diary_entry *e, bool *added,
				  struct diags *err)
{
	int rc;
	sqlite3_stmt *s = stmt(db, ST_INSERT_ENTRY, &rc);
	if (!s)
		return fail(db, err, rc, "cannot import");
	struct diary_entry copy = *e;
	copy.id = 0; /* ids are local; the uid is what travels */
	bind_entry(s, &copy);
	return import_row(db, s, added, err);
}

enum lb_status diary_import_session(struct diary *db, const struct diary_session *s,
				    bool *added, struct diags *err)
{
	int rc;
	sqlite3_stmt *st = stmt(db, ST_INSERT_SESSION, &rc);
	if (!st)
		return fail(db, err, rc, "cannot import");
	struct diary_session copy = *s;
	copy.id = 0;
	bind_session(st, &copy);
	return import_row(db, st, added, err);
}

enum lb_status diary_import_commit(struct diary *db, struct diags *err)
{
	int rc = exec(db, "COMMIT");
	if (rc == SQLITE_OK)
		return LB_OK;
	enum lb_status st = fail(db, err, rc, "cannot import");
	exec(db, "ROLLBACK");
	return st;
}

void diary_import_rollback(struct diary *db)
{
	exec(db, "ROLLBACK");
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
		return fail(db, err, rc, "cannot read the diary");
	sqlite3_bind_int64(s, 1, (sqlite3_int64)max);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = xstrdup((const char *)sqlite3_column_text(s, 0));
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? LB_OK : fail(db, err, rc, "cannot read the diary");
}
