/* SPDX-License-Identifier: ISC */
/* diary_schema.c - opening the diary: what the file is, its privacy, its schema */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "base/paths.h"
#include "base/xalloc.h"
#include "diary/diary_impl.h"

/* 'LMBR': marks an SQLite file as a limber diary. */
#define DIARY_APPLICATION_ID 0x4c4d4252
#define DIARY_BUSY_MS 10000

/*
 * The schema's history: frozen SQL, never derived from record.h, because a
 * diary made by an older limber must be brought forward step by step. A new
 * field of record.h comes with a migration here.
 */
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
	/*
	 * 2 -> 3: sitting and sleep join the trends index (what goes with worse
	 * days), and two read-only views show the diary without the source:
	 * local ISO times, and places, symptoms and red flags by name.
	 */
	"DROP INDEX entry_numbers;"
	"CREATE INDEX entry_numbers ON entry (at, back, leg, symptoms, sitting, sleep);"
	"CREATE VIEW vocabulary (kind, bit, name) AS VALUES"
	" ('place', 0, 'lower-back'), ('place', 1, 'buttock-left'), ('place', 2, 'buttock-right'),"
	" ('place', 3, 'thigh-left'), ('place', 4, 'thigh-right'), ('place', 5, 'calf-left'),"
	" ('place', 6, 'calf-right'), ('place', 7, 'foot-left'), ('place', 8, 'foot-right'),"
	" ('symptom', 0, 'burning'), ('symptom', 1, 'tingling'), ('symptom', 2, 'numbness'),"
	" ('symptom', 3, 'weakness'), ('symptom', 4, 'shooting'), ('symptom', 5, 'stiffness'),"
	" ('flag', 0, 'both-legs'), ('flag', 1, 'saddle-numbness'), ('flag', 2, 'bladder'),"
	" ('flag', 3, 'bowel'), ('flag', 4, 'worsening-weakness');"
	"CREATE VIEW entry_view AS SELECT id, uid,"
	" strftime('%Y-%m-%dT%H:%M:%S', at + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS time,"
	" back, leg,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'place' AND (locations >> bit) & 1 ORDER BY bit)) AS places,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'symptom' AND (symptoms >> bit) & 1 ORDER BY bit)) AS symptoms,"
	" sitting AS sitting_minutes, sleep, meds, note,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'flag' AND (flags >> bit) & 1 ORDER BY bit)) AS red_flags,"
	" strftime('%Y-%m-%dT%H:%M:%SZ', created, 'unixepoch') AS created,"
	" strftime('%Y-%m-%dT%H:%M:%SZ', updated, 'unixepoch') AS updated"
	" FROM entry;"
	"CREATE VIEW session_view AS SELECT id, uid, routine, title,"
	" strftime('%Y-%m-%dT%H:%M:%S', started + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS started,"
	" strftime('%Y-%m-%dT%H:%M:%S', ended + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS ended,"
	" round((ended - started) / 60.0, 1) AS minutes,"
	" steps_done, steps_skipped, steps_total,"
	" before_back, before_leg, after_back, after_leg,"
	" CASE WHEN complete THEN 'complete' ELSE 'partial' END AS complete,"
	" speed, speed <> 1 AS preview"
	" FROM session;",
	/*
	 * 3 -> 4: a session done away from the screen (from a printed sheet) and
	 * logged afterwards is told apart from one played in limber.
	 */
	"ALTER TABLE session ADD COLUMN away INTEGER NOT NULL DEFAULT 0;",
	/*
	 * 4 -> 5: the function score (up to three activities, each rated 0..10,
	 * on an entry) and each person's dose of each exercise as it progresses.
	 */
	"ALTER TABLE entry ADD COLUMN activity1 TEXT;"
	"ALTER TABLE entry ADD COLUMN function1 INTEGER CHECK (function1 BETWEEN 0 AND 10);"
	"ALTER TABLE entry ADD COLUMN activity2 TEXT;"
	"ALTER TABLE entry ADD COLUMN function2 INTEGER CHECK (function2 BETWEEN 0 AND 10);"
	"ALTER TABLE entry ADD COLUMN activity3 TEXT;"
	"ALTER TABLE entry ADD COLUMN function3 INTEGER CHECK (function3 BETWEEN 0 AND 10);"
	"DROP VIEW entry_view;"
	"CREATE VIEW entry_view AS SELECT id, uid,"
	" strftime('%Y-%m-%dT%H:%M:%S', at + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS time,"
	" back, leg,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'place' AND (locations >> bit) & 1 ORDER BY bit)) AS places,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'symptom' AND (symptoms >> bit) & 1 ORDER BY bit)) AS symptoms,"
	" sitting AS sitting_minutes, sleep, meds, note,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'flag' AND (flags >> bit) & 1 ORDER BY bit)) AS red_flags,"
	" activity1, function1, activity2, function2, activity3, function3,"
	" strftime('%Y-%m-%dT%H:%M:%SZ', created, 'unixepoch') AS created,"
	" strftime('%Y-%m-%dT%H:%M:%SZ', updated, 'unixepoch') AS updated"
	" FROM entry;"
	"CREATE TABLE dose ("
	" exercise TEXT PRIMARY KEY,"
	" reps_steps INTEGER NOT NULL,"
	" hold_steps INTEGER NOT NULL,"
	" base_reps INTEGER NOT NULL,"
	" base_hold INTEGER NOT NULL,"
	" comfortable INTEGER NOT NULL,"
	" change INTEGER NOT NULL,"
	" changed_hold INTEGER NOT NULL,"
	" through INTEGER NOT NULL,"
	" updated INTEGER NOT NULL);",
	/*
	 * 5 -> 6: whether the red-flag question was answered (an entry that left
	 * it unanswered clears nothing; one that ticked a flag answered it), the
	 * "see a GP soon" flags, and where a session moved leg symptoms. The
	 * views show them by name, with the sixth red flag.
	 */
	"ALTER TABLE entry ADD COLUMN flags_now INTEGER CHECK (flags_now IN (0, 1));"
	"ALTER TABLE entry ADD COLUMN gp_flags INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE session ADD COLUMN legs INTEGER CHECK (legs BETWEEN 0 AND 2);"
	"UPDATE entry SET flags_now = 1 WHERE flags <> 0;"
	"CREATE INDEX entry_answered ON entry (at) WHERE flags <> 0 OR flags_now IS NOT NULL;"
	"DROP VIEW entry_view;"
	"DROP VIEW session_view;"
	"DROP VIEW vocabulary;"
	"CREATE VIEW vocabulary (kind, bit, name) AS VALUES"
	" ('place', 0, 'lower-back'), ('place', 1, 'buttock-left'), ('place', 2, 'buttock-right'),"
	" ('place', 3, 'thigh-left'), ('place', 4, 'thigh-right'), ('place', 5, 'calf-left'),"
	" ('place', 6, 'calf-right'), ('place', 7, 'foot-left'), ('place', 8, 'foot-right'),"
	" ('symptom', 0, 'burning'), ('symptom', 1, 'tingling'), ('symptom', 2, 'numbness'),"
	" ('symptom', 3, 'weakness'), ('symptom', 4, 'shooting'), ('symptom', 5, 'stiffness'),"
	" ('flag', 0, 'both-legs'), ('flag', 1, 'saddle-numbness'), ('flag', 2, 'bladder'),"
	" ('flag', 3, 'bowel'), ('flag', 4, 'worsening-weakness'), ('flag', 5, 'sexual'),"
	" ('gp', 0, 'fever'), ('gp', 1, 'weight-loss'), ('gp', 2, 'night-pain'),"
	" ('gp', 3, 'injury'), ('gp', 4, 'cancer-history'), ('gp', 5, 'back-shape'),"
	" ('legs', 0, 'centralised'), ('legs', 1, 'same'), ('legs', 2, 'spread');"
	"CREATE VIEW entry_view AS SELECT id, uid,"
	" strftime('%Y-%m-%dT%H:%M:%S', at + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS time,"
	" back, leg,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'place' AND (locations >> bit) & 1 ORDER BY bit)) AS places,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'symptom' AND (symptoms >> bit) & 1 ORDER BY bit)) AS symptoms,"
	" sitting AS sitting_minutes, sleep, meds, note,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'flag' AND (flags >> bit) & 1 ORDER BY bit)) AS red_flags,"
	" activity1, function1, activity2, function2, activity3, function3,"
	" CASE flags_now WHEN 0 THEN 'no' WHEN 1 THEN 'yes' END AS red_flags_now,"
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"
	"   WHERE kind = 'gp' AND (gp_flags >> bit) & 1 ORDER BY bit)) AS gp_flags,"
	" strftime('%Y-%m-%dT%H:%M:%SZ', created, 'unixepoch') AS created,"
	" strftime('%Y-%m-%dT%H:%M:%SZ', updated, 'unixepoch') AS updated"
	" FROM entry;"
	"CREATE VIEW session_view AS SELECT id, uid, routine, title,"
	" strftime('%Y-%m-%dT%H:%M:%S', started + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS started,"
	" strftime('%Y-%m-%dT%H:%M:%S', ended + tz * 60, 'unixepoch')"
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS ended,"
	" round((ended - started) / 60.0, 1) AS minutes,"
	" steps_done, steps_skipped, steps_total,"
	" before_back, before_leg, after_back, after_leg,"
	" (SELECT name FROM vocabulary WHERE kind = 'legs' AND bit = legs) AS leg_symptoms,"
	" CASE WHEN complete THEN 'complete' ELSE 'partial' END AS complete,"
	" speed, speed <> 1 AS preview, away"
	" FROM session;",
	/*
	 * 6 -> 7: sync (sync.c). sync_entry and sync_session hold every row as
	 * last published or received, keyed by uid (the changesets' key: ids are
	 * local), with the version that decides between edits: when it changed,
	 * on which machine, in which changeset. sync_tombstone keeps deleted
	 * uids, so a delete cannot be undone by another machine. Triggers mark
	 * each row written in the same transaction (sync_dirty) once a sync
	 * has been set up (sync_state), so nothing is lost when limber is
	 * killed between a write and the next sync; not while a sync brings
	 * the others' rows in (applying, set only inside the sync's
	 * transaction). Each trigger deletes, then
	 * inserts: the conflict clause of an outer INSERT OR IGNORE or upsert
	 * would override one of its own.
	 */
	"CREATE TABLE sync_state (one INTEGER PRIMARY KEY CHECK (one = 1),"
	" machine TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0,"
	" applying INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE sync_peer (machine TEXT PRIMARY KEY, applied INTEGER NOT NULL DEFAULT 0,"
	" changed INTEGER, synced INTEGER, skipped TEXT);"
	"CREATE TABLE sync_dirty (uid TEXT PRIMARY KEY, kind TEXT NOT NULL, changed INTEGER NOT NULL);"
	"CREATE TABLE sync_entry ("
	" uid TEXT PRIMARY KEY, changed INTEGER NOT NULL, origin TEXT NOT NULL,"
	" seq INTEGER NOT NULL,"
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
	" activity1 TEXT, function1 INTEGER, activity2 TEXT, function2 INTEGER,"
	" activity3 TEXT, function3 INTEGER,"
	" flags_now INTEGER,"
	" gp_flags INTEGER NOT NULL DEFAULT 0,"
	" created INTEGER NOT NULL,"
	" updated INTEGER NOT NULL);"
	"CREATE TABLE sync_session ("
	" uid TEXT PRIMARY KEY, changed INTEGER NOT NULL, origin TEXT NOT NULL,"
	" seq INTEGER NOT NULL,"
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
	" legs INTEGER,"
	" complete INTEGER NOT NULL,"
	" speed REAL NOT NULL DEFAULT 1,"
	" away INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE sync_tombstone (uid TEXT PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN ('entry', 'session')),"
	" deleted INTEGER NOT NULL, origin TEXT NOT NULL);"
	"CREATE TRIGGER sync_entry_added AFTER INSERT ON entry"
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"
	" DELETE FROM sync_dirty WHERE uid = new.uid;"
	" INSERT INTO sync_dirty VALUES (new.uid, 'entry', strftime('%s', 'now'));"
	" END;"
	"CREATE TRIGGER sync_entry_changed AFTER UPDATE ON entry"
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"
	" DELETE FROM sync_dirty WHERE uid = new.uid;"
	" INSERT INTO sync_dirty VALUES (new.uid, 'entry', strftime('%s', 'now'));"
	" END;"
	"CREATE TRIGGER sync_entry_deleted AFTER DELETE ON entry"
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"
	" DELETE FROM sync_dirty WHERE uid = old.uid;"
	" INSERT INTO sync_dirty VALUES (old.uid, 'entry', strftime('%s', 'now'));"
	" END;"
	"CREATE TRIGGER sync_session_added AFTER INSERT ON session"
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"
	" DELETE FROM sync_dirty WHERE uid = new.uid;"
	" INSERT INTO sync_dirty VALUES (new.uid, 'session', strftime('%s', 'now'));"
	" END;"
	"CREATE TRIGGER sync_session_changed AFTER UPDATE ON session"
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"
	" DELETE FROM sync_dirty WHERE uid = new.uid;"
	" INSERT INTO sync_dirty VALUES (new.uid, 'session', strftime('%s', 'now'));"
	" END;"
	"CREATE TRIGGER sync_session_deleted AFTER DELETE ON session"
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"
	" DELETE FROM sync_dirty WHERE uid = old.uid;"
	" INSERT INTO sync_dirty VALUES (old.uid, 'session', strftime('%s', 'now'));"
	" END;",
	/*
	 * 7 -> 8: a dose is counted again from the sessions each time it is read,
	 * from since: when it last started over (limber dose reset, or an edit of
	 * the routine file). Counting on from `through` missed a session logged,
	 * imported or synced for an earlier time. Doses of version 7 count from
	 * the first session (since 0): a reset made before is not known.
	 */
	"ALTER TABLE dose ADD COLUMN since INTEGER NOT NULL DEFAULT 0;",
};

_Static_assert(sizeof migrations / sizeof migrations[0] == DIARY_SCHEMA_VERSION,
	       "one migration per schema version");

const char *diary_path(const struct diary *db)
{
	return db->path;
}

/* The diary's -wal and -shm files must not be symbolic links either. */
static enum lb_status side_files_plain(const char *path, struct diags *err)
{
	static const char *const ends[] = {"-wal", "-shm"};
	for (int i = 0; i < 2; i++) {
		char *side = xasprintf("%s%s", path, ends[i]);
		struct stat st;
		bool link = lstat(side, &st) == 0 && S_ISLNK(st.st_mode);
		if (link)
			diags_add(err, side, 0,
				  "is a symbolic link; limber keeps its diary in plain files and will "
				  "not follow it");
		free(side);
		if (link)
			return LB_IO;
	}
	return LB_OK;
}

/* Makes sure the file exists with mode 0600 before SQLite opens it. */
static enum lb_status prepare_file(const char *path, int flags, bool *created, struct diags *err)
{
	struct stat st;
	*created = false;
	enum lb_status side = side_files_plain(path, err);
	if (side != LB_OK)
		return side;
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		diags_add(err, path, 0,
			  "is a symbolic link; limber keeps its diary in a plain file and will not "
			  "follow it");
		return LB_IO;
	}
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
			*created = true;
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
	if (st.st_nlink > 1) {
		diags_add(err, path, 0,
			  "has %ju hard links; another name could expose the diary, so limber "
			  "will not use it (copy it to a file of its own)",
			  (uintmax_t)st.st_nlink);
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

/*
 * WAL lets a reader go on while another limber writes; it is persistent per
 * file. Switching takes a lock that SQLite's deadlock avoidance does not wait
 * for, so a second limber starting at the same moment retries.
 */
static int use_wal(struct diary *db)
{
	int rc;
	for (int tries = 0;; tries++) {
		sqlite3_stmt *s;
		rc = sqlite3_prepare_v2(db->db, "PRAGMA journal_mode = WAL", -1, &s, NULL);
		if (rc == SQLITE_OK) {
			rc = sqlite3_step(s);
			sqlite3_finalize(s);
		}
		if ((rc & 0xff) != SQLITE_BUSY || tries * 10 >= DIARY_BUSY_MS)
			return rc;
		sqlite3_sleep(10);
	}
}

/* Checks what the file is, then brings the schema up to date. */
static enum lb_status check_and_migrate(struct diary *db, bool readonly, struct diags *err)
{
	int rc;
	int64_t app = diary_query_int(db, "PRAGMA application_id", &rc);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, "cannot read the diary");
	int64_t version = diary_query_int(db, "PRAGMA user_version", &rc);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, "cannot read the diary");
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
	if (readonly)
		return LB_OK; /* read as it is: nothing can be written */

	rc = use_wal(db);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return diary_fail(db, err, rc, "cannot switch the diary to WAL");
	/*
	 * Health data: every commit reaches the disk. Reads go through SQLite's
	 * page cache, not mmap: mapping the file put all of a ten-year diary in
	 * the process's memory (an export took 21 MB), for no gain in speed.
	 */
	rc = diary_exec(db, "PRAGMA synchronous = FULL");
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, "cannot set up the diary");

	if (version == DIARY_SCHEMA_VERSION)
		return LB_OK;
	if ((rc = diary_exec(db, "BEGIN IMMEDIATE")) != SQLITE_OK)
		return diary_fail(db, err, rc, "cannot update the diary");
	/*
	 * Decide what the file is under the write lock: another limber may have
	 * created or migrated it between our first look and now.
	 */
	app = diary_query_int(db, "PRAGMA application_id", &rc);
	if (rc == SQLITE_OK)
		version = diary_query_int(db, "PRAGMA user_version", &rc);
	if (rc == SQLITE_OK && app == 0 && version == 0) {
		int64_t tables = diary_query_int(db, "SELECT count(*) FROM sqlite_schema", &rc);
		if (rc == SQLITE_OK && tables > 0) {
			diary_exec(db, "ROLLBACK");
			diags_add(err, db->path, 0,
				  "is an SQLite database but not a limber diary; it was left "
				  "untouched");
			return LB_DB;
		}
	}
	for (; rc == SQLITE_OK && version < DIARY_SCHEMA_VERSION; version++)
		rc = diary_exec(db, migrations[version]);
	if (rc == SQLITE_OK) {
		char *sql = xasprintf("PRAGMA user_version = %d; PRAGMA application_id = %d",
				      DIARY_SCHEMA_VERSION, DIARY_APPLICATION_ID);
		rc = diary_exec(db, sql);
		free(sql);
	}
	if (rc == SQLITE_OK)
		rc = diary_exec(db, "COMMIT");
	if (rc != SQLITE_OK) {
		enum lb_status st = diary_fail(db, err, rc, "cannot update the diary");
		diary_exec(db, "ROLLBACK");
		return st;
	}
	return LB_OK;
}

/*
 * Whether the diary's directory takes writes: not on a read-only file
 * system, nor one so full that SQLite could not make its -shm file.
 */
static bool writable(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	struct statvfs fs;
	bool ok = access(dir, W_OK) == 0 &&
		  !(statvfs(dir, &fs) == 0 && ((fs.f_flag & ST_RDONLY) || fs.f_bavail == 0));
	free(dir);
	return ok;
}

/*
 * Opens the connection. Read-only, the file is opened as immutable: SQLite
 * then needs no -shm file and takes no locks, which a read-only file
 * system could not give it.
 */
static int connect(struct diary *db, bool readonly)
{
	int rc;
	if (readonly) {
		char *uri = sqlite3_mprintf("file:%q?immutable=1", db->path);
		rc = sqlite3_open_v2(uri, &db->db,
				     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW |
					     SQLITE_OPEN_NOMUTEX,
				     NULL);
		sqlite3_free(uri);
	} else {
		/* One thread per connection: SQLite's own mutexes would only cost time. */
		rc = sqlite3_open_v2(db->path, &db->db,
				     SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
				     NULL);
	}
	if (rc == SQLITE_OK) {
		sqlite3_extended_result_codes(db->db, 1);
		sqlite3_busy_timeout(db->db, DIARY_BUSY_MS);
		db->busy_ms = DIARY_BUSY_MS;
	}
	return rc;
}

/* Removes a diary this call made (and SQLite's side files of it): NULL does nothing. */
static void remove_made(const char *path)
{
	if (!path)
		return;
	static const char *const ends[] = {"", "-wal", "-shm", "-journal"};
	for (int i = 0; i < 4; i++) {
		char *f = xasprintf("%s%s", path, ends[i]);
		struct stat st;
		if (lstat(f, &st) == 0 && S_ISREG(st.st_mode))
			unlink(f);
		free(f);
	}
}

/* Read-only, what is still in the -wal file cannot be read: say so. */
static void warn_unread_wal(const char *path, struct diags *warn)
{
	char *wal = xasprintf("%s-wal", path);
	struct stat st;
	if (stat(wal, &st) == 0 && st.st_size > 0)
		diags_add(warn, wal, 0,
			  "holds the latest changes, which cannot be read on a read-only file "
			  "system; showing the diary as saved before them");
	free(wal);
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
	/*
	 * A directory reached through a symbolic link (/home -> /var/home, a
	 * dotfile manager's ~/.local/share) is fine: open it by its real name,
	 * since SQLite's NOFOLLOW refuses a link anywhere in the path.
	 */
	char *real = realpath(dir, NULL);
	if (!real && !(flags & DIARY_CREATE) && errno == ENOENT)
		return LB_NOT_FOUND;
	char *path = xasprintf("%s/%s", real ? real : dir, DIARY_FILE);
	free(real);
	bool created;
	enum lb_status st = prepare_file(path, flags, &created, err);
	if (st != LB_OK) {
		free(path);
		return st;
	}
	bool readonly = !writable(path);
	if (readonly && !(flags & DIARY_READ)) {
		diags_add(err, path, 0,
			  "cannot be written: the file system is read-only or full (limber diary, "
			  "export and trends still read it)");
		free(path);
		return LB_IO;
	}
	struct diary *db = xcalloc(1, sizeof *db);
	db->path = path;
	int rc = connect(db, readonly);
	if (rc != SQLITE_OK)
		st = diary_fail(db, err, rc, "cannot open the diary");
	if (st == LB_OK && readonly)
		warn_unread_wal(path, warn);
	if (st == LB_OK)
		st = diary_check_health(db, flags, warn, err);
	if (st == LB_OK)
		st = check_and_migrate(db, readonly || !db->checked, err);
	if (st == LB_OK && !readonly)
		st = tighten_file(path, warn, err);
	if (st != LB_OK) {
		char *keep = created ? xstrdup(path) : NULL;
		diary_close(db);
		remove_made(keep); /* leave nothing behind that was not there */
		free(keep);
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
	bool wrote = db->db && sqlite3_total_changes(db->db) > 0;
	sqlite3_close(db->db);
	/* Sound when opened, changed only by this limber since: no need to check it again. */
	if (db->checked && wrote)
		diary_check_remember(db);
	free(db->path);
	free(db);
}

