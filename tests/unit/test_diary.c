/* SPDX-License-Identifier: ISC */
/* test_diary.c - the SQLite store: modes, migrations, refusals, reads and writes */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "diary/diary.h"
#include "fixture.h"

static char *tmp;
static struct diags warn, err;

static void setup(void)
{
	tmp = fixture_tmpdir("diary");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(diary, .init = setup, .fini = teardown);

static struct diary *open_new(void)
{
	char *dir = xasprintf("%s/data", tmp);
	struct diary *db = fixture_diary(dir, &warn, &err);
	free(dir);
	return db;
}

static char *diary_file(void)
{
	return xasprintf("%s/data/diary.db", tmp);
}

Test(diary, created_private_whatever_the_umask)
{
	umask(0);
	struct diary *db = open_new();
	struct stat st;
	char *dir = xasprintf("%s/data", tmp), *file = diary_file();
	cr_assert_eq(stat(dir, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0700);
	cr_assert_eq(stat(file, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0600);
	/* A write makes the WAL file: it must be private too. */
	struct diary_entry e;
	diary_entry_init(&e);
	e.back = 2;
	cr_assert_eq(diary_add_entry(db, &e, 100, &err), LB_OK);
	char *wal = xasprintf("%s-wal", file);
	cr_assert_eq(stat(wal, &st), 0, "WAL mode keeps a -wal file while open");
	cr_assert_eq(st.st_mode & 077, 0, "the WAL file is not readable by others");
	diary_close(db);
	cr_assert_eq(warn.n, 0);
	free(dir);
	free(file);
	free(wal);
}

Test(diary, looser_modes_are_tightened_with_a_warning)
{
	diary_close(open_new());
	char *file = diary_file();
	cr_assert_eq(chmod(file, 0644), 0);
	struct diary *db = open_new();
	struct stat st;
	cr_assert_eq(stat(file, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0600);
	cr_assert_eq(warn.n, 1);
	cr_assert(strstr(warn.v[0].msg, "readable by others"), "%s", warn.v[0].msg);
	diary_close(db);
	free(file);
}

Test(diary, missing_diary_is_not_created_on_read)
{
	struct diary *db;
	char *dir = xasprintf("%s/none", tmp);
	cr_assert_eq(diary_open(&db, dir, 0, &warn, &err), LB_NOT_FOUND);
	cr_assert_null(db);
	cr_assert_neq(access(dir, F_OK), 0, "nothing was created");
	free(dir);
}

Test(diary, entries_round_trip_with_every_field)
{
	struct diary *db = open_new();
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1795594200;
	e.tz = 60;
	e.back = 3;
	e.leg = 5;
	e.where = 0x6;
	e.symptoms = 0x3;
	e.sitting = 45;
	e.sleep = 6;
	e.flags = 0x2;
	e.meds = xstrdup("ibuprofen 200mg");
	e.note = xstrdup("worse after the drive\nsecond line");
	cr_assert_eq(diary_add_entry(db, &e, 1795600000, &err), LB_OK);
	cr_assert_gt(e.id, 0);
	cr_assert_eq(strlen(e.uid), DIARY_UID_LEN);
	struct diary_entry g;
	cr_assert_eq(diary_get_entry(db, e.id, &g, &err), LB_OK);
	cr_assert_str_eq(g.uid, e.uid);
	cr_assert_eq(g.at, 1795594200);
	cr_assert_eq(g.tz, 60);
	cr_assert_eq(g.back, 3);
	cr_assert_eq(g.leg, 5);
	cr_assert_eq(g.where, 0x6);
	cr_assert_eq(g.symptoms, 0x3);
	cr_assert_eq(g.sitting, 45);
	cr_assert_eq(g.sleep, 6);
	cr_assert_eq(g.flags, 0x2);
	cr_assert_str_eq(g.meds, "ibuprofen 200mg");
	cr_assert_str_eq(g.note, "worse after the drive\nsecond line");
	cr_assert_eq(g.created, 1795600000);
	diary_entry_free(&g);

	/* Fields not given stay "not given", not zero. */
	struct diary_entry sparse;
	diary_entry_init(&sparse);
	sparse.leg = 0;
	cr_assert_eq(diary_add_entry(db, &sparse, 1, &err), LB_OK);
	cr_assert_eq(diary_get_entry(db, sparse.id, &g, &err), LB_OK);
	cr_assert_eq(g.back, -1);
	cr_assert_eq(g.leg, 0);
	cr_assert_null(g.note);
	diary_entry_free(&g);
	diary_entry_free(&e);
	diary_close(db);
}

Test(diary, update_and_delete)
{
	struct diary *db = open_new();
	struct diary_entry e;
	diary_entry_init(&e);
	e.back = 3;
	cr_assert_eq(diary_add_entry(db, &e, 10, &err), LB_OK);
	e.back = 7;
	cr_assert_eq(diary_update_entry(db, &e, 20, &err), LB_OK);
	struct diary_entry g;
	cr_assert_eq(diary_get_entry(db, e.id, &g, &err), LB_OK);
	cr_assert_eq(g.back, 7);
	cr_assert_eq(g.updated, 20);
	cr_assert_eq(g.created, 10);
	diary_entry_free(&g);
	cr_assert_eq(diary_delete_entry(db, e.id, &err), LB_OK);
	cr_assert_eq(diary_get_entry(db, e.id, &g, &err), LB_NOT_FOUND);
	cr_assert_eq(diary_delete_entry(db, e.id, &err), LB_NOT_FOUND);
	e.id = 999;
	cr_assert_eq(diary_update_entry(db, &e, 30, &err), LB_NOT_FOUND);
	diary_close(db);
}

struct seen {
	char kinds[16];
	int n;
};

static int collect(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct seen *v = ctx;
	v->kinds[v->n++] = e ? 'e' : 's';
	(void)s;
	return 0;
}

Test(diary, each_merges_entries_and_sessions_in_time_order)
{
	struct diary *db = open_new();
	int64_t times[] = {300, 100, 500};
	for (int i = 0; i < 3; i++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = times[i];
		e.back = i;
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	}
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.started = 200;
	s.ended = 500;
	s.steps_done = 4;
	s.steps_total = 4;
	s.complete = true;
	s.before_leg = 5;
	s.after_leg = 3;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	struct seen v = {0};
	cr_assert_eq(diary_each(db, INT64_MIN, INT64_MAX, collect, &v, &err), LB_OK);
	cr_assert_str_eq(v.kinds, "esee");
	memset(&v, 0, sizeof v);
	cr_assert_eq(diary_each(db, 150, 400, collect, &v, &err), LB_OK);
	cr_assert_str_eq(v.kinds, "se", "from is inclusive, to exclusive");
	struct diary_session g;
	cr_assert_eq(diary_get_session(db, s.id, &g, &err), LB_OK);
	cr_assert_str_eq(g.routine, "quick-five");
	cr_assert_eq(g.before_leg, 5);
	cr_assert_eq(g.after_leg, 3);
	cr_assert_eq(g.before_back, -1);
	cr_assert(g.complete);
	cr_assert_float_eq(g.speed, 1.0, 1e-9);
	diary_session_free(&g);
	diary_session_free(&s);
	int64_t ne, ns;
	cr_assert_eq(diary_count(db, &ne, &ns, &err), LB_OK);
	cr_assert_eq(ne, 3);
	cr_assert_eq(ns, 1);
	diary_close(db);
}

Test(diary, a_session_is_updated_with_its_ratings_after)
{
	struct diary *db = open_new();
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.started = 200;
	s.ended = 500;
	s.before_leg = 5;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	char uid[DIARY_UID_LEN + 1];
	memcpy(uid, s.uid, sizeof uid);
	s.after_leg = 3;
	s.after_back = 2;
	cr_assert_eq(diary_update_session(db, &s, &err), LB_OK);
	struct diary_session g;
	cr_assert_eq(diary_get_session(db, s.id, &g, &err), LB_OK);
	cr_assert_eq(g.before_leg, 5);
	cr_assert_eq(g.after_leg, 3);
	cr_assert_eq(g.after_back, 2);
	cr_assert_eq(g.ended, 500);
	cr_assert_str_eq(g.uid, uid, "the uid is fixed when added");
	diary_session_free(&g);
	int64_t ne, ns;
	cr_assert_eq(diary_count(db, &ne, &ns, &err), LB_OK);
	cr_assert_eq(ns, 1, "updated, not added again");
	s.id = 999;
	cr_assert_eq(diary_update_session(db, &s, &err), LB_NOT_FOUND);
	diary_session_free(&s);
	diary_close(db);
}

Test(diary, a_file_that_is_not_a_diary_is_left_untouched)
{
	char *dir = xasprintf("%s/data", tmp), *file = diary_file();
	mkdir(dir, 0700);
	const char junk[] = "this is my shopping list, not a database\n";
	fixture_write_file(file, junk, sizeof junk - 1);
	chmod(file, 0600);
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, DIARY_CREATE, &warn, &err), LB_DB);
	cr_assert(strstr(err.v[0].msg, "not a limber diary"), "%s", err.v[0].msg);
	size_t n;
	char *after = fixture_read_file(file, &n);
	cr_assert_eq(n, sizeof junk - 1);
	cr_assert_eq(memcmp(after, junk, n), 0, "not a byte changed");
	free(after);
	free(dir);
	free(file);
}

Test(diary, a_diary_from_a_newer_limber_is_refused)
{
	struct diary *db = open_new();
	diary_close(db);
	char *file = diary_file();
	char *cmd = xasprintf("sqlite3 '%s' 'PRAGMA user_version = 99'", file);
	cr_assert_eq(system(cmd), 0, "needs the sqlite3 tool");
	free(cmd);
	size_t n1, n2;
	char *before = fixture_read_file(file, &n1);
	char *dir = xasprintf("%s/data", tmp);
	cr_assert_eq(diary_open(&db, dir, DIARY_CREATE, &warn, &err), LB_NEWER);
	cr_assert(strstr(err.v[0].msg, "newer limber"), "%s", err.v[0].msg);
	char *after = fixture_read_file(file, &n2);
	cr_assert_eq(n1, n2);
	cr_assert_eq(memcmp(before, after, n1), 0);
	free(before);
	free(after);
	free(dir);
	free(file);
}

Test(diary, another_programs_database_is_refused)
{
	char *dir = xasprintf("%s/data", tmp), *file = diary_file();
	mkdir(dir, 0700);
	char *cmd = xasprintf("sqlite3 '%s' 'CREATE TABLE recipes (name TEXT)'", file);
	cr_assert_eq(system(cmd), 0);
	free(cmd);
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, DIARY_CREATE, &warn, &err), LB_DB);
	cr_assert(strstr(err.v[0].msg, "not a limber diary"), "%s", err.v[0].msg);
	free(dir);
	free(file);
}

Test(diary, a_damaged_diary_is_reported)
{
	struct diary *db = open_new();
	for (int i = 0; i < 200; i++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.note = xstrdup("padding padding padding padding padding padding padding");
		e.at = i;
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
		diary_entry_free(&e);
	}
	diary_close(db);
	/* Scribble over every b-tree page header after the schema page. */
	char *file = diary_file();
	FILE *f = fopen(file, "r+b");
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	for (long page = 4096; page < size; page += 4096) {
		fseek(f, page, SEEK_SET);
		for (int i = 0; i < 64; i++)
			fputc(0xa5, f);
	}
	fclose(f);
	char *dir = xasprintf("%s/data", tmp);
	enum lb_status st = diary_open(&db, dir, 0, &warn, &err);
	if (st == LB_OK) {
		struct seen v = {0};
		st = diary_each(db, INT64_MIN, INT64_MAX, collect, &v, &err);
		diary_close(db);
	}
	cr_assert_eq(st, LB_DB, "damage is a database error, not a crash");
	cr_assert(strstr(err.v[err.n - 1].msg, "damaged"), "%s", err.v[err.n - 1].msg);
	free(dir);
	free(file);
}

Test(diary, import_is_idempotent_by_uid)
{
	struct diary *db = open_new();
	struct diary_entry e;
	diary_entry_init(&e);
	memcpy(e.uid, "0123456789abcdef0123456789abcdef", DIARY_UID_LEN + 1);
	e.back = 4;
	bool added;
	cr_assert_eq(diary_import_begin(db, &err), LB_OK);
	cr_assert_eq(diary_import_entry(db, &e, &added, &err), LB_OK);
	cr_assert(added);
	cr_assert_eq(diary_import_entry(db, &e, &added, &err), LB_OK);
	cr_assert_not(added);
	cr_assert_eq(diary_import_commit(db, &err), LB_OK);
	cr_assert_eq(diary_import_begin(db, &err), LB_OK);
	e.back = 9;
	memcpy(e.uid, "ffffffffffffffffffffffffffffffff", DIARY_UID_LEN + 1);
	cr_assert_eq(diary_import_entry(db, &e, &added, &err), LB_OK);
	diary_import_rollback(db);
	int64_t ne, ns;
	diary_count(db, &ne, &ns, &err);
	cr_assert_eq(ne, 1, "the rolled back import left nothing");
	diary_close(db);
}

Test(diary, recent_meds_newest_first)
{
	struct diary *db = open_new();
	const char *meds[] = {"ibuprofen", "paracetamol", "ibuprofen", NULL};
	for (int i = 0; meds[i]; i++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = 100 + i;
		e.meds = xstrdup(meds[i]);
		cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
		diary_entry_free(&e);
	}
	char **out;
	size_t n;
	cr_assert_eq(diary_recent_meds(db, &out, &n, 10, &err), LB_OK);
	cr_assert_eq(n, 2);
	cr_assert_str_eq(out[0], "ibuprofen");
	cr_assert_str_eq(out[1], "paracetamol");
	for (size_t i = 0; i < n; i++)
		free(out[i]);
	free(out);
	diary_close(db);
}
