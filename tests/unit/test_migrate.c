/* SPDX-License-Identifier: ISC */
/* test_migrate.c - diaries of schema versions 1, 2 and 3 brought forward, and the views for sqlite3 users */
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
	assert_cell(dir, "SELECT time FROM entry_view WHERE id = 1", "2026-09-21T15:13:20+01:00");
	assert_cell(dir, "SELECT places FROM entry_view WHERE id = 1", "buttock-left,thigh-left");
	assert_cell(dir, "SELECT symptoms FROM entry_view WHERE id = 1", "burning,tingling");
	assert_cell(dir, "SELECT red_flags FROM entry_view WHERE id = 1", "bladder");
	assert_cell(dir, "SELECT sitting_minutes FROM entry_view WHERE id = 1", "45");
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

Test(migrate, version_3_gains_the_function_score_and_the_doses)
{
	brought_forward("diary-v3.sql");
	char *dir = xasprintf("%s/data", tmp);
	/* An entry of schema 3 has no function score; the view and the table are there. */
	assert_cell(dir, "SELECT count(*) FROM entry WHERE function1 IS NULL AND activity1 IS NULL",
		    "2");
	assert_cell(dir, "SELECT count(*) FROM entry_view WHERE function3 IS NULL", "2");
	assert_cell(dir, "SELECT count(*) FROM dose", "0");
	assert_cell(dir, "SELECT count(*) FROM pragma_table_info('dose') WHERE name = 'since'",
		    "1"); /* schema 8: where each dose is counted from */
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, 0, &warn, &err), LB_OK);
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1790100000;
	e.activity[0] = xstrdup("putting on socks");
	e.function[0] = 4;
	cr_assert_eq(diary_add_entry(db, &e, 1790100000, &err), LB_OK);
	diary_entry_free(&e);
	diary_close(db);
	assert_cell(dir, "SELECT activity1 || ' ' || function1 FROM entry_view WHERE function1 = 4",
		    "putting on socks 4");
	free(dir);
}

/* Version 4 tells a session logged afterwards from one played: older ones were played. */
Test(migrate, version_3_is_brought_forward_sessions_played)
{
	brought_forward("diary-v3.sql");
	char *dir = xasprintf("%s/data", tmp);
	assert_cell(dir, "SELECT away FROM session", "0");
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, 0, &warn, &err), LB_OK);
	struct diary_session s;
	cr_assert_eq(diary_get_session(db, 1, &s, &err), LB_OK);
	cr_assert_not(s.away);
	cr_assert_str_eq(s.routine, "quick-five");
	diary_session_free(&s);
	/* A new one, logged afterwards, keeps the mark. */
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.started = 1790100000, s.ended = 1790100300;
	s.away = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	int64_t id = s.id;
	diary_session_free(&s);
	cr_assert_eq(diary_get_session(db, id, &s, &err), LB_OK);
	cr_assert(s.away);
	diary_session_free(&s);
	diary_close(db);
	free(dir);
}

Test(migrate, version_3_keeps_its_red_flags_answered_and_the_rest_unasked)
{
	char *dir = old_diary("diary-v3.sql");
	struct diary *db;
	cr_assert_eq(diary_open(&db, dir, 0, &warn, &err), LB_OK);
	struct diary_entry e;
	cr_assert_eq(diary_last_entry(db, INT64_MAX, &e, &err), LB_OK);
	/* A ticked flag answered the question; it stays open until a later "none". */
	cr_assert_eq(e.flags, 1u << FLAG_BLADDER);
	cr_assert_eq(e.flags_now, ANSWER_YES);
	cr_assert(diary_flags_answered(&e));
	cr_assert_eq(e.gp_flags, 0u);
	diary_entry_free(&e);
	/* A clean entry of the old form answered nothing about now. */
	cr_assert_eq(diary_last_entry(db, 1789990000, &e, &err), LB_OK);
	cr_assert_str_eq(e.note, "a clean v3 entry");
	cr_assert_eq(e.flags_now, -1);
	cr_assert_not(diary_flags_answered(&e));
	diary_entry_free(&e);
	/* The session has no direction yet; a new one keeps what it is given. */
	struct diary_session s;
	cr_assert_eq(diary_get_session(db, 1, &s, &err), LB_OK);
	cr_assert_eq(s.legs, -1);
	s.legs = LEGS_SPREAD;
	cr_assert_eq(diary_update_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
	diary_close(db);
	char ver[8];
	snprintf(ver, sizeof ver, "%d", DIARY_SCHEMA_VERSION);
	assert_cell(dir, "PRAGMA user_version", ver);
	assert_cell(dir, "SELECT leg_symptoms FROM session_view", "spread");
	assert_cell(dir, "SELECT places || ' ' || red_flags FROM entry_view WHERE id = 1",
		    "buttock-left,thigh-left bladder");
	assert_cell(dir, "SELECT red_flags_now FROM entry_view WHERE id = 1", "yes");
	char *none = cell(dir, "SELECT red_flags_now FROM entry_view WHERE id = 2");
	cr_assert_null(none);
	free(dir);
}

Test(migrate, the_views_name_every_word_of_the_vocabularies)
{
	/* The migration's words are frozen history; fields.h must still agree with them. */
	char *dir = xasprintf("%s/data", tmp);
	struct diary *db = fixture_diary(dir, &warn, &err);
	diary_close(db);
	const struct field_vocab *v[] = {&field_locations, &field_symptoms, &field_flags,
					 &field_gp_flags, &field_legs};
	const char *kind[] = {"place", "symptom", "flag", "gp", "legs"};
	for (int k = 0; k < 5; k++) {
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
