/* SPDX-License-Identifier: ISC */
/* diary_migrations.c - the schema's history: each step that brings a diary forward */
#include "config.h"

#include "diary/diary_impl.h"

/*
 * The schema's history: frozen SQL, never derived from record.h, because a
 * diary made by an older limber must be brought forward step by step. A new
 * field of record.h comes with a migration here.
 *
 * SQLite cannot alter a view, so a migration that adds a column to one drops
 * it and creates it again whole; the parts that stay the same are written
 * once below. They are frozen history too: a migration that needs another
 * view writes its new parts out, and never edits these.
 */
/* An entry's fields from its time to its red flags, as the table has them. */
#define SQL_ENTRY_COLUMNS                                                                          \
	" at INTEGER NOT NULL,"                                                                    \
	" tz INTEGER NOT NULL,"                                                                    \
	" back INTEGER CHECK (back BETWEEN 0 AND 10),"                                             \
	" leg INTEGER CHECK (leg BETWEEN 0 AND 10),"                                               \
	" locations INTEGER NOT NULL DEFAULT 0,"                                                   \
	" symptoms INTEGER NOT NULL DEFAULT 0,"                                                    \
	" sitting INTEGER CHECK (sitting BETWEEN 0 AND 1440),"                                     \
	" sleep INTEGER CHECK (sleep BETWEEN 0 AND 10),"                                           \
	" meds TEXT,"                                                                              \
	" note TEXT,"                                                                              \
	" flags INTEGER NOT NULL DEFAULT 0,"

/* A session's fields from its routine to its pain after, as the table has them. */
#define SQL_SESSION_COLUMNS                                                                        \
	" routine TEXT NOT NULL,"                                                                  \
	" title TEXT,"                                                                             \
	" started INTEGER NOT NULL,"                                                               \
	" ended INTEGER NOT NULL,"                                                                 \
	" tz INTEGER NOT NULL,"                                                                    \
	" steps_done INTEGER NOT NULL,"                                                            \
	" steps_skipped INTEGER NOT NULL,"                                                         \
	" steps_total INTEGER NOT NULL,"                                                           \
	" before_back INTEGER CHECK (before_back BETWEEN 0 AND 10),"                               \
	" before_leg INTEGER CHECK (before_leg BETWEEN 0 AND 10),"                                 \
	" after_back INTEGER CHECK (after_back BETWEEN 0 AND 10),"                                 \
	" after_leg INTEGER CHECK (after_leg BETWEEN 0 AND 10),"

/* The words of the first vocabulary view, up to its last red flag (no comma after it). */
#define SQL_VOCABULARY_WORDS                                                                       \
	"CREATE VIEW vocabulary (kind, bit, name) AS VALUES"                                       \
	" ('place', 0, 'lower-back'), ('place', 1, 'buttock-left'),"                               \
	" ('place', 2, 'buttock-right'), ('place', 3, 'thigh-left'),"                              \
	" ('place', 4, 'thigh-right'), ('place', 5, 'calf-left'), ('place', 6, 'calf-right'),"     \
	" ('place', 7, 'foot-left'), ('place', 8, 'foot-right'),"                                  \
	" ('symptom', 0, 'burning'), ('symptom', 1, 'tingling'), ('symptom', 2, 'numbness'),"      \
	" ('symptom', 3, 'weakness'), ('symptom', 4, 'shooting'), ('symptom', 5, 'stiffness'),"    \
	" ('flag', 0, 'both-legs'), ('flag', 1, 'saddle-numbness'), ('flag', 2, 'bladder'),"       \
	" ('flag', 3, 'bowel'), ('flag', 4, 'worsening-weakness')"

/* A view's column: a UTC time in COL as local ISO 8601 with the offset in tz, AS NAME. */
#define SQL_LOCAL_TIME(col, name)                                                                  \
	" strftime('%Y-%m-%dT%H:%M:%S', " #col " + tz * 60, 'unixepoch')"                          \
	"  || CASE WHEN tz < 0 THEN '-' ELSE '+' END"                                              \
	"  || printf('%02d:%02d', abs(tz) / 60, abs(tz) % 60) AS " #name ","

/* A view's column: the words of KIND whose bits are set in MASK, joined by commas, AS NAME. */
#define SQL_WORDS(kind, mask, name)                                                                \
	" (SELECT group_concat(name, ',') FROM (SELECT name FROM vocabulary"                       \
	"   WHERE kind = '" #kind "' AND (" #mask " >> bit) & 1 ORDER BY bit)) AS " #name ","

/* entry_view up to its red flags, and its end from the created time. */
#define SQL_ENTRY_VIEW_HEAD                                                                        \
	"CREATE VIEW entry_view AS SELECT id, uid," SQL_LOCAL_TIME(at, time) " back, leg,"         \
	SQL_WORDS(place, locations, places) SQL_WORDS(symptom, symptoms, symptoms)                \
	" sitting AS sitting_minutes, sleep, meds, note," SQL_WORDS(flag, flags, red_flags)
#define SQL_ENTRY_VIEW_END                                                                         \
	" strftime('%Y-%m-%dT%H:%M:%SZ', created, 'unixepoch') AS created,"                        \
	" strftime('%Y-%m-%dT%H:%M:%SZ', updated, 'unixepoch') AS updated"                         \
	" FROM entry;"

/* session_view up to its pain after. */
#define SQL_SESSION_VIEW_HEAD                                                                      \
	"CREATE VIEW session_view AS SELECT id, uid, routine, title,"                              \
	SQL_LOCAL_TIME(started, started) SQL_LOCAL_TIME(ended, ended)                              \
	" round((ended - started) / 60.0, 1) AS minutes,"                                          \
	" steps_done, steps_skipped, steps_total,"                                                 \
	" before_back, before_leg, after_back, after_leg,"

/* A sync trigger: the row of TABLE that EVENT touched is marked to publish (6 -> 7). */
#define SQL_SYNC_TRIGGER(table, name, event, row)                                                  \
	"CREATE TRIGGER sync_" #table "_" #name " AFTER " #event " ON " #table                     \
	" WHEN EXISTS (SELECT 1 FROM sync_state WHERE NOT applying) BEGIN"                         \
	" DELETE FROM sync_dirty WHERE uid = " #row ".uid;"                                        \
	" INSERT INTO sync_dirty VALUES (" #row ".uid, '" #table "', strftime('%s', 'now'));"      \
	" END;"

/* Forward migrations: migrations[v] takes a diary from version v to v + 1. */
static const char *const migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE entry ("
	" id INTEGER PRIMARY KEY,"
	" uid TEXT NOT NULL UNIQUE," SQL_ENTRY_COLUMNS
	" created INTEGER NOT NULL,"
	" updated INTEGER NOT NULL);"
	"CREATE INDEX entry_at ON entry (at);"
	"CREATE TABLE session ("
	" id INTEGER PRIMARY KEY,"
	" uid TEXT NOT NULL UNIQUE," SQL_SESSION_COLUMNS
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
	SQL_VOCABULARY_WORDS ";"
	SQL_ENTRY_VIEW_HEAD SQL_ENTRY_VIEW_END
	SQL_SESSION_VIEW_HEAD
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
	SQL_ENTRY_VIEW_HEAD
	" activity1, function1, activity2, function2, activity3, function3,"
	SQL_ENTRY_VIEW_END
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
	SQL_VOCABULARY_WORDS ", ('flag', 5, 'sexual'),"
	" ('gp', 0, 'fever'), ('gp', 1, 'weight-loss'), ('gp', 2, 'night-pain'),"
	" ('gp', 3, 'injury'), ('gp', 4, 'cancer-history'), ('gp', 5, 'back-shape'),"
	" ('legs', 0, 'centralised'), ('legs', 1, 'same'), ('legs', 2, 'spread');"
	SQL_ENTRY_VIEW_HEAD
	" activity1, function1, activity2, function2, activity3, function3,"
	" CASE flags_now WHEN 0 THEN 'no' WHEN 1 THEN 'yes' END AS red_flags_now,"
	SQL_WORDS(gp, gp_flags, gp_flags)
	SQL_ENTRY_VIEW_END
	SQL_SESSION_VIEW_HEAD
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
	"CREATE TABLE sync_dirty (uid TEXT PRIMARY KEY, kind TEXT NOT NULL,"
	" changed INTEGER NOT NULL);"
	"CREATE TABLE sync_entry ("
	" uid TEXT PRIMARY KEY, changed INTEGER NOT NULL, origin TEXT NOT NULL,"
	" seq INTEGER NOT NULL," SQL_ENTRY_COLUMNS
	" activity1 TEXT, function1 INTEGER, activity2 TEXT, function2 INTEGER,"
	" activity3 TEXT, function3 INTEGER,"
	" flags_now INTEGER,"
	" gp_flags INTEGER NOT NULL DEFAULT 0,"
	" created INTEGER NOT NULL,"
	" updated INTEGER NOT NULL);"
	"CREATE TABLE sync_session ("
	" uid TEXT PRIMARY KEY, changed INTEGER NOT NULL, origin TEXT NOT NULL,"
	" seq INTEGER NOT NULL," SQL_SESSION_COLUMNS
	" legs INTEGER,"
	" complete INTEGER NOT NULL,"
	" speed REAL NOT NULL DEFAULT 1,"
	" away INTEGER NOT NULL DEFAULT 0);"
	"CREATE TABLE sync_tombstone (uid TEXT PRIMARY KEY,"
	" kind TEXT NOT NULL CHECK (kind IN ('entry', 'session')),"
	" deleted INTEGER NOT NULL, origin TEXT NOT NULL);"
	SQL_SYNC_TRIGGER(entry, added, INSERT, new)
	SQL_SYNC_TRIGGER(entry, changed, UPDATE, new)
	SQL_SYNC_TRIGGER(entry, deleted, DELETE, old)
	SQL_SYNC_TRIGGER(session, added, INSERT, new)
	SQL_SYNC_TRIGGER(session, changed, UPDATE, new)
	SQL_SYNC_TRIGGER(session, deleted, DELETE, old),
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

const char *diary_migration(int from)
{
	return from >= 0 && from < DIARY_SCHEMA_VERSION ? migrations[from] : NULL;
}
