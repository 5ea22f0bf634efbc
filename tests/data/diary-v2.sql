-- A diary as limber wrote it at schema version 2 (frozen: do not regenerate).
CREATE TABLE entry ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, at INTEGER NOT NULL, tz INTEGER NOT NULL, back INTEGER CHECK (back BETWEEN 0 AND 10), leg INTEGER CHECK (leg BETWEEN 0 AND 10), locations INTEGER NOT NULL DEFAULT 0, symptoms INTEGER NOT NULL DEFAULT 0, sitting INTEGER CHECK (sitting BETWEEN 0 AND 1440), sleep INTEGER CHECK (sleep BETWEEN 0 AND 10), meds TEXT, note TEXT, flags INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL, updated INTEGER NOT NULL);
CREATE INDEX entry_at ON entry (at);
CREATE TABLE session ( id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, routine TEXT NOT NULL, title TEXT, started INTEGER NOT NULL, ended INTEGER NOT NULL, tz INTEGER NOT NULL, steps_done INTEGER NOT NULL, steps_skipped INTEGER NOT NULL, steps_total INTEGER NOT NULL, before_back INTEGER CHECK (before_back BETWEEN 0 AND 10), before_leg INTEGER CHECK (before_leg BETWEEN 0 AND 10), after_back INTEGER CHECK (after_back BETWEEN 0 AND 10), after_leg INTEGER CHECK (after_leg BETWEEN 0 AND 10), complete INTEGER NOT NULL, speed REAL NOT NULL DEFAULT 1);
CREATE INDEX session_started ON session (started);
CREATE INDEX entry_numbers ON entry (at, back, leg, symptoms);

INSERT INTO entry (uid, at, tz, back, leg, locations, symptoms, sitting, sleep, meds, note, flags, created, updated)
VALUES ('00000000000000000000000000000001', 1790000000, 60, 3, 6, 10, 3, 45, 7, 'ibuprofen', 'a v1 entry', 4, 1790000000, 1790000000);
INSERT INTO session (uid, routine, title, started, ended, tz, steps_done, steps_skipped, steps_total, before_back, before_leg, after_back, after_leg, complete, speed)
VALUES ('00000000000000000000000000000002', 'quick-five', 'Five-minute quick routine', 1790003600, 1790003900, -300, 4, 0, 4, 3, 6, 2, 4, 1, 1);
PRAGMA application_id = 1280131666;
PRAGMA user_version = 2;
