/* SPDX-License-Identifier: ISC */
/* test_sync.c - changeset files, the machine id, merges between two diaries, migration to 4 */
#include "config.h"

#include <criterion/criterion.h>
/* Debian's SQLite has the session extension; its declarations need these. */
#define SQLITE_ENABLE_SESSION        1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diary/sync_impl.h"
#include "fixture.h"
#include "base/xalloc.h"

static char *tmp;
static struct diags warn, err;

#define MA "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define MB "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

static void setup(void)
{
	tmp = fixture_tmpdir("sync");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(sync, .init = setup, .fini = teardown);

static char *folder(void)
{
	char *f = xasprintf("%s/folder", tmp);
	mkdir(f, 0700);
	return f;
}

/* Writes a changeset file of machine MA numbered seq with body text. */
static char *write_one(const char *dir, int64_t seq, const char *body, int schema)
{
	char *m = xasprintf("%s/%s", dir, MA);
	mkdir(m, 0700);
	free(m);
	struct sync_header h = {.format = SYNC_FORMAT,
	                        .schema = schema,
	                        .seq = seq,
	                        .time = 5,
	                        .length = (int64_t)strlen(body)};
	memcpy(h.machine, MA, SYNC_ID_LEN + 1);
	char *path = sync_file_name(dir, MA, seq);
	cr_assert_eq(sync_file_write(path, &h, body, &err), LB_OK);
	return path;
}

Test(sync, a_file_reads_back_whole)
{
	char *dir = folder(), *path = write_one(dir, 3, "changeset bytes", DIARY_SCHEMA_VERSION);
	struct sync_header h;
	void *data;
	char *why;
	cr_assert_eq(sync_file_read(path, MA, 3, &h, &data, &why), SR_OK, "%s", why);
	cr_assert_eq(h.length, 15);
	cr_assert_eq(memcmp(data, "changeset bytes", 15), 0);
	cr_assert_eq(h.seq, 3);
	cr_assert_eq(h.time, 5);
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	free(data);
	free(path);
	free(dir);
}

/* Reads path back after replacing it with its first n bytes plus extra. */
static enum sync_read cut(const char *path, size_t n, const char *extra, char **why)
{
	size_t len;
	char *all = fixture_read_file(path, &len);
	char *made = xasprintf("%.*s%s", (int)n, all, extra);
	fixture_write_file(path, made, strlen(made));
	struct sync_header h;
	void *data;
	enum sync_read r = sync_file_read(path, MA, 3, &h, &data, why);
	free(data);
	free(made);
	free(all);
	return r;
}

Test(sync, a_file_cut_short_or_changed_waits)
{
	char *dir = folder(), *path = write_one(dir, 3, "changeset bytes", DIARY_SCHEMA_VERSION);
	size_t len;
	char *whole = fixture_read_file(path, &len);
	char *why = NULL;
	cr_assert_eq(cut(path, len - 4, "", &why), SR_PARTIAL);
	cr_assert(strstr(why, "incomplete"), "%s", why);
	free(why);
	fixture_write_file(path, whole, len);
	cr_assert_eq(cut(path, len - 1, "X", &why), SR_PARTIAL);
	cr_assert(strstr(why, "checksum"), "%s", why);
	free(why);
	cr_assert_eq(cut(path, 20, "", &why), SR_PARTIAL, "a header cut short waits too");
	free(why);
	free(whole);
	free(path);
	free(dir);
}

Test(sync, a_newer_or_foreign_file_is_refused)
{
	char *dir = folder(), *path = write_one(dir, 3, "x", DIARY_SCHEMA_VERSION + 1);
	struct sync_header h;
	void *data;
	char *why;
	cr_assert_eq(sync_file_read(path, MA, 3, &h, &data, &why), SR_NEWER);
	cr_assert(strstr(why, "newer limber"), "%s", why);
	free(why);
	cr_assert_eq(sync_file_read(path, MB, 3, &h, &data, &why), SR_BAD,
	             "another machine's name");
	free(why);
	cr_assert_eq(sync_file_read(path, MA, 4, &h, &data, &why), SR_BAD, "another number");
	free(why);
	fixture_write_file(path, "PK\003\004 a zip file\n", 17);
	cr_assert_eq(sync_file_read(path, MA, 3, &h, &data, &why), SR_BAD);
	free(why);
	free(path);
	path = sync_file_name(dir, MA, 9);
	cr_assert_eq(sync_file_read(path, MA, 9, &h, &data, &why), SR_MISSING);
	free(path);
	free(dir);
}

Test(sync, the_machine_id_is_made_once_and_private)
{
	char a[SYNC_ID_LEN + 1], b[SYNC_ID_LEN + 1];
	cr_assert_eq(sync_machine_id(tmp, a, &err), LB_OK);
	cr_assert(sync_id_valid(a));
	cr_assert_eq(sync_machine_id(tmp, b, &err), LB_OK);
	cr_assert_str_eq(a, b);
	char *path = xasprintf("%s/%s", tmp, SYNC_MACHINE_FILE);
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600);
	fixture_write_file(path, "not an id\n", 10);
	cr_assert_eq(sync_machine_id(tmp, a, &err), LB_INVALID);
	free(path);
}

static struct diary *open_at(const char *name)
{
	char *dir = xasprintf("%s/%s", tmp, name);
	struct diary *db = fixture_diary(dir, &warn, &err);
	free(dir);
	return db;
}

static void sync_as(struct diary *db, const char *dir, const char *machine, int64_t now)
{
	struct sync_opts o = {.dir = dir, .machine = machine, .now = now};
	struct sync_report r;
	cr_assert_eq(diary_sync(db, &o, &r, &err), LB_OK, "%s", err.n ? err.v[err.n - 1].msg : "");
	cr_assert_eq(r.skipped.n, 0, "%s", r.skipped.n ? r.skipped.v[0].msg : "");
	sync_report_free(&r);
}

/* The entry with uid in db (asserted to be there). */
static struct diary_entry find(struct diary *db, const char *uid)
{
	for (int64_t id = 1; id < 20; id++) {
		struct diary_entry e;
		if (diary_get_entry(db, id, &e, &err) == LB_OK) {
			if (strcmp(e.uid, uid) == 0)
				return e;
			diary_entry_free(&e);
		}
	}
	cr_assert_fail("no entry %s", uid);
	struct diary_entry none = {0};
	return none;
}

/* Both diaries edit one entry at the same second: the larger machine id wins, on both. */
Test(sync, a_tie_goes_to_the_larger_machine_id)
{
	char *dir = folder();
	struct diary *a = open_at("a"), *b = open_at("b");
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1790000000;
	e.back = 3;
	cr_assert_eq(diary_add_entry(a, &e, 1790000000, &err), LB_OK);
	sync_as(a, dir, MA, 1);
	sync_as(b, dir, MB, 1);
	struct diary_entry ea = find(a, e.uid), eb = find(b, e.uid);
	ea.back = 4;
	eb.back = 5;
	cr_assert_eq(diary_update_entry(a, &ea, 1790000100, &err), LB_OK);
	cr_assert_eq(diary_update_entry(b, &eb, 1790000100, &err), LB_OK);
	sync_as(a, dir, MA, 2);
	sync_as(b, dir, MB, 2);
	sync_as(a, dir, MA, 3);
	struct diary_entry fa = find(a, e.uid), fb = find(b, e.uid);
	cr_assert_eq(fa.back, 5, "b's id is the larger");
	cr_assert_eq(fb.back, 5);
	diary_entry_free(&ea);
	diary_entry_free(&eb);
	diary_entry_free(&fa);
	diary_entry_free(&fb);
	diary_close(a);
	diary_close(b);
	free(dir);
}

/* Every column travels: the function score, the red flags asked now, the GP list, the leg after a session, away. */
Test(sync, the_newer_columns_travel_too)
{
	char *dir = folder();
	struct diary *a = open_at("a"), *b = open_at("b");
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1790000000;
	e.leg = 4;
	e.activity[0] = xstrdup("putting on socks");
	e.function[0] = 6;
	e.flags_now = ANSWER_NO;
	e.gp_flags = 1u << 2;
	cr_assert_eq(diary_add_entry(a, &e, 1790000000, &err), LB_OK);
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.started = 1790000100, s.ended = 1790000400;
	s.steps_done = s.steps_total = 3;
	s.legs = LEGS_CENTRALISED;
	s.away = true;
	cr_assert_eq(diary_add_session(a, &s, &err), LB_OK);
	sync_as(a, dir, MA, 1);
	sync_as(b, dir, MB, 1);
	struct diary_entry eb = find(b, e.uid);
	cr_assert_str_eq(eb.activity[0], "putting on socks");
	cr_assert_eq(eb.function[0], 6);
	cr_assert_eq(eb.flags_now, ANSWER_NO);
	cr_assert_eq(eb.gp_flags, 1u << 2);
	struct diary_session sb;
	cr_assert_eq(diary_get_session(b, 1, &sb, &err), LB_OK);
	cr_assert_str_eq(sb.uid, s.uid);
	cr_assert_eq(sb.legs, LEGS_CENTRALISED);
	cr_assert(sb.away);
	diary_session_free(&sb);
	diary_session_free(&s);
	diary_entry_free(&eb);
	diary_entry_free(&e);
	diary_close(a);
	diary_close(b);
	free(dir);
}

/* An older edit that arrives later does not undo a newer one. */
Test(sync, an_older_edit_arriving_late_loses)
{
	char *dir = folder();
	struct diary *a = open_at("a"), *b = open_at("b");
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1790000000;
	e.leg = 2;
	cr_assert_eq(diary_add_entry(b, &e, 1790000000, &err), LB_OK);
	sync_as(b, dir, MB, 1);
	sync_as(a, dir, MA, 1);
	struct diary_entry ea = find(a, e.uid), eb = find(b, e.uid);
	eb.leg = 6;
	cr_assert_eq(diary_update_entry(b, &eb, 1790000050, &err), LB_OK); /* b: older */
	ea.leg = 7;
	cr_assert_eq(diary_update_entry(a, &ea, 1790000090, &err), LB_OK); /* a: newer */
	sync_as(a, dir, MA, 2);
	sync_as(b, dir, MB, 2); /* b writes its older edit after a's newer one */
	sync_as(a, dir, MA, 3);
	struct diary_entry fa = find(a, e.uid), fb = find(b, e.uid);
	cr_assert_eq(fa.leg, 7);
	cr_assert_eq(fb.leg, 7);
	diary_entry_free(&ea);
	diary_entry_free(&eb);
	diary_entry_free(&fa);
	diary_entry_free(&fb);
	diary_close(a);
	diary_close(b);
	free(dir);
}

static char *cell(const char *dir, const char *query)
{
	char *file = xasprintf("%s/diary.db", dir);
	sqlite3 *db;
	cr_assert_eq(sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *st;
	cr_assert_eq(sqlite3_prepare_v2(db, query, -1, &st, NULL), SQLITE_OK, "%s", query);
	char *v = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		v = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(file);
	return v;
}

Test(sync, a_version_3_diary_is_brought_forward_and_syncs_whole)
{
	char *dir = xasprintf("%s/data", tmp), *file = xasprintf("%s/diary.db", dir);
	cr_assert_eq(mkdir(dir, 0700), 0);
	char *path = xasprintf("%s/diary-v3.sql", TEST_DATA);
	char *sql = fixture_read_file(path, NULL);
	sqlite3 *raw;
	cr_assert_eq(sqlite3_open(file, &raw), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(raw, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(raw);
	chmod(file, 0600);
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, 0, &warn, &err), LB_OK);
	char *v = cell(dir, "PRAGMA user_version");
	cr_assert_eq(atoi(v), DIARY_SCHEMA_VERSION);
	free(v);
	/* Before any sync, writes mark nothing. */
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1790100000;
	e.back = 1;
	cr_assert_eq(diary_add_entry(db, &e, 1790100000, &err), LB_OK);
	cr_assert_not(diary_sync_pending(db));
	/* The first sync carries the old rows and the new one. */
	char *f = folder();
	struct sync_opts o = {.dir = f, .machine = MA, .now = 1};
	struct sync_report r;
	cr_assert_eq(diary_sync(db, &o, &r, &err), LB_OK);
	cr_assert_eq(r.sent, 4, "the v3 entries and session, and the new entry; got %ld", r.sent);
	sync_report_free(&r);
	/* From now on a write is marked in its own transaction. */
	cr_assert_eq(diary_delete_entry(db, e.id, &err), LB_OK);
	cr_assert(diary_sync_pending(db));
	diary_close(db);
	v = cell(dir, "SELECT count(*) FROM sync_entry");
	cr_assert_str_eq(v, "3");
	free(v);
	free(f);
	free(sql);
	free(path);
	free(file);
	free(dir);
}

/* Writes body as machine MA's changeset 1, whole and with the right checksum. */
static void plant(const char *dir, const void *body, int n)
{
	char *m = xasprintf("%s/%s", dir, MA);
	mkdir(m, 0700);
	free(m);
	struct sync_header h = {.format = SYNC_FORMAT,
	                        .schema = DIARY_SCHEMA_VERSION,
	                        .seq = 1,
	                        .time = 5,
	                        .length = n};
	memcpy(h.machine, MA, SYNC_ID_LEN + 1);
	char *path = sync_file_name(dir, MA, 1);
	cr_assert_eq(sync_file_write(path, &h, body, &err), LB_OK);
	free(path);
}

/* Syncs db as MB and asserts that MA's changeset 1 was refused and nothing came in. */
static void refused(struct diary *db, const char *dir)
{
	struct sync_opts o = {.dir = dir, .machine = MB, .now = 9};
	struct sync_report r;
	cr_assert_eq(diary_sync(db, &o, &r, &err), LB_OK);
	cr_assert_eq(r.files, 0);
	cr_assert_eq(r.skipped.n, 1);
	cr_assert(strstr(r.skipped.v[0].msg, "cannot take"), "%s", r.skipped.v[0].msg);
	sync_report_free(&r);
	int64_t entries, sessions;
	cr_assert_eq(diary_count(db, &entries, &sessions, &err), LB_OK);
	cr_assert_eq(entries, 0);
}

Test(sync, a_damaged_changeset_with_a_good_checksum_is_refused)
{
	static const char body[] = "\x54\x01\x0bsync_entry\x00garbage that is no changeset";
	char *dir = folder();
	plant(dir, body, (int)sizeof body - 1);
	struct diary *db = open_at("b");
	refused(db, dir);
	diary_close(db);
	free(dir);
}

Test(sync, rows_that_break_the_diary_rules_are_refused)
{
	/* A changeset made by the session extension itself, of a row with back 12. */
	sqlite3 *raw;
	cr_assert_eq(sqlite3_open(":memory:", &raw), SQLITE_OK);
	cr_assert_eq(
	    sqlite3_exec(raw,
	                 "CREATE TABLE sync_entry (uid TEXT PRIMARY KEY, changed, origin, seq,"
	                 " at, tz, back, leg, locations, symptoms, sitting, sleep, meds, note,"
	                 " flags, created, updated)",
	                 NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_session *s;
	cr_assert_eq(sqlite3session_create(raw, "main", &s), SQLITE_OK);
	cr_assert_eq(sqlite3session_attach(s, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(raw,
	                          "INSERT INTO sync_entry VALUES ('" MA "', 1, '" MA "', 1,"
	                          " 1790000000, 0, 12, NULL, 0, 0, NULL, NULL, NULL, NULL, 0,"
	                          " 1790000000, 1790000000)",
	                          NULL, NULL, NULL),
	             SQLITE_OK);
	int n;
	void *p;
	cr_assert_eq(sqlite3session_changeset(s, &n, &p), SQLITE_OK);
	sqlite3session_delete(s);
	sqlite3_close(raw);
	char *dir = folder();
	plant(dir, p, n);
	sqlite3_free(p);
	struct diary *db = open_at("b");
	refused(db, dir);
	diary_close(db);
	free(dir);
}
