/* SPDX-License-Identifier: ISC */
/* test_migrate.c - diaries of schema versions 1 and 2 brought forward, and the views for sqlite3 users */
#include "config.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/xalloc.h"
#include "diary/diary.h"
#include "diary/fields.h"
#include "fixture.h"

static char *tmp;
static struct diags warn, err;

static void setup(void)
{
	tmp = fixture_tmpdir("migrate");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(migrate, .init = setup, .fini = teardown);

/* Makes DIR/diary.db from a frozen SQL file of tests/data. */
static char *old_diary(const char *sql_name)
{
	char *dir = xasprintf("%s/data", tmp), *file = xasprintf("%s/diary.db", dir);
	cr_assert_eq(mkdir(dir, 0700), 0);
	char *path = xasprintf("%s/%s", TEST_DATA, sql_name);
	char *sql = fixture_read_file(path, NULL);
	sqlite3 *db;
	cr_assert_eq(sqlite3_open(file, &db), SQLITE_OK);
	char *msg = NULL;
	cr_assert_eq(sqlite3_exec(db, sql, NULL, NULL, &msg), SQLITE_OK, "%s", msg ? msg : "");
	sqlite3_close(db);
	chmod(file, 0600);
	free(sql);
	free(path);
	free(file);
	return dir;
}

/* One text cell of a query on the diary file, or NULL. Caller frees. */
static char *cell(const char *dir, const char *query)
{
	char *file = xasprintf("%s/diary.db", dir);
	sqlite3 *db;
	cr_assert_eq(sqlite3_open_v2(file, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *st;
	cr_assert_eq(sqlite3_prepare_v2(db, query, -1, &st, NULL), SQLITE_OK, "%s: %s", query,
		     sqlite3_errmsg(db));
	char *v = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		v = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(file);
	return v;
}

static void assert_cell(const char *dir, const char *query, const char *want)
{
	char *got = cell(dir, query);
	cr_assert_not_null(got, "%s gave nothing", query);
	cr_assert_str_eq(got, want, "%s", query);
	free(got);
}

static void brought_forward(const char *sql_name)
{
	char *dir = old_diary(sql_name);
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, 0, &warn, &err), LB_OK);
	/* What was there is still there, and reads as before. */
	struct diary_entry e;
	cr_assert_eq(diary_last_entry(db, INT64_MAX, &e, &err), LB_OK);
	cr_assert_eq(e.leg, 6);
	cr_assert_eq(e.sitting, 45);
	cr_assert_str_eq(e.note, "a v1 entry");
	diary_entry_free(&e);
	diary_close(db);
	char ver[8];
	snprintf(ver, sizeof ver, "%d", DIARY_SCHEMA_VERSION);
	assert_cell(dir, "PRAGMA user_version", ver);
	/* The views: local times and names, readable without the source. */
	assert_cell(dir, "SELECT time FROM entry_view", "2026-09-21T15:13:20+01:00");
	assert_cell(dir, "SELECT places FROM entry_view", "buttock-left,thigh-left");
	assert_cell(dir, "SELECT symptoms FROM entry_view", "burning,tingling");
	assert_cell(dir, "SELECT red_flags FROM entry_view", "bladder");
	assert_cell(dir, "SELECT sitting_minutes FROM entry_view", "45");
	assert_cell(dir, "SELECT started FROM session_view", "2026-09-21T10:13:20-05:00");
	assert_cell(dir, "SELECT minutes || ' ' || complete || ' ' || preview FROM session_view",
		    "5.0 complete 0");
	/* The trends index now carries sitting and sleep. */
	assert_cell(dir,
		    "SELECT group_concat(name) FROM pragma_index_info('entry_numbers')",
		    "at,back,leg,symptoms,sitting,sleep");
	free(dir);
}

Test(migrate, version_1_is_brought_forward)
{
	brought_forward("diary-v1.sql");
}

Test(migrate, version_2_is_brought_forward)
{
	brought_forward("diary-v2.sql");
}

Test(migrate, the_views_name_every_word_of_the_vocabularies)
{
	/* The migration's words are frozen history; fields.h must still agree with them. */
	char *dir = xasprintf("%s/data", tmp);
	struct diary *db = fixture_diary(dir, &warn, &err);
	diary_close(db);
	const struct field_vocab *v[] = {&field_locations, &field_symptoms, &field_flags};
	const char *kind[] = {"place", "symptom", "flag"};
	for (int k = 0; k < 3; k++) {
		for (int i = 0; i < v[k]->count; i++) {
			char *q = xasprintf("SELECT name FROM vocabulary WHERE kind = '%s' AND bit = %d",
					    kind[k], i);
			assert_cell(dir, q, v[k]->names[i]);
			free(q);
		}
		char *q = xasprintf("SELECT count(*) FROM vocabulary WHERE kind = '%s'", kind[k]);
		char n[8];
		snprintf(n, sizeof n, "%d", v[k]->count);
		assert_cell(dir, q, n);
		free(q);
	}
	free(dir);
}
