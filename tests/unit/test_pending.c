/* SPDX-License-Identifier: ISC */
/* test_pending.c - sessions kept while the diary is busy, stored the next time */
#include "config.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "diary/diary.h"
#include "fixture.h"
#include "formats/pending.h"

static char *tmp, *dir;
static struct diags warn, err;

static void setup(void)
{
	tmp = fixture_tmpdir("pending");
	dir = xasprintf("%s/data", tmp);
	fixture_tz("UTC");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	free(dir);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(pending, .init = setup, .fini = teardown);

static void session(struct diary_session *s, int64_t started)
{
	diary_session_init(s);
	s->routine = xstrdup("quick-five");
	s->title = xstrdup("Quick five");
	s->started = started;
	s->ended = started + 600;
	s->steps_done = s->steps_total = 5;
	s->before_leg = 6;
	s->complete = true;
}

static int64_t sessions_in(struct diary *db)
{
	int64_t ne, ns;
	cr_assert_eq(diary_count(db, &ne, &ns, &err), LB_OK);
	return ns;
}

/* Another connection holds the write lock, as a second limber writing would. */
static sqlite3 *lock_diary(void)
{
	char *path = xasprintf("%s/diary.db", dir);
	sqlite3 *other;
	cr_assert_eq(sqlite3_open(path, &other), SQLITE_OK);
	free(path);
	cr_assert_eq(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	return other;
}

Test(pending, a_free_diary_records_at_once)
{
	struct diary *db = fixture_diary(dir, &warn, &err);
	struct diary_session s;
	session(&s, 1000);
	bool kept = true;
	cr_assert_eq(pending_add_session(db, dir, &s, PENDING_RETRY_MS, &kept, &err), LB_OK);
	cr_assert_not(kept);
	cr_assert_gt(s.id, 0);
	cr_assert_eq(sessions_in(db), 1);
	s.after_leg = 2;
	cr_assert_eq(pending_update_session(db, dir, &s, PENDING_RETRY_MS, &kept, &err), LB_OK);
	cr_assert_not(kept);
	struct diary_session g;
	cr_assert_eq(diary_get_session(db, s.id, &g, &err), LB_OK);
	cr_assert_eq(g.after_leg, 2);
	diary_session_free(&g);
	diary_session_free(&s);
	diary_close(db);
}

Test(pending, a_busy_diary_is_retried_then_the_session_kept_in_a_private_file)
{
	struct diary *db = fixture_diary(dir, &warn, &err);
	diary_set_busy_timeout(db, 50);
	sqlite3 *other = lock_diary();
	struct diary_session s;
	session(&s, 1000);
	bool kept = false;
	int64_t t0 = clock_now_ms();
	cr_assert_eq(pending_add_session(db, dir, &s, 400, &kept, &err), LB_OK);
	cr_assert_geq(clock_now_ms() - t0, 400, "it tried for as long as asked");
	cr_assert(kept);
	char *path = xasprintf("%s/pending-%s.json", dir, s.uid);
	struct stat st;
	cr_assert_eq(stat(path, &st), 0, "the session is in %s", path);
	cr_assert_eq(st.st_mode & 07777, 0600);
	/* The ratings after reach the kept copy too. */
	s.after_leg = 1;
	cr_assert_eq(pending_update_session(db, dir, &s, 100, &kept, &err), LB_OK);
	cr_assert(kept);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);

	/* The next open stores it, says when it was from, and removes the file. */
	struct pending_report rep;
	cr_assert_eq(pending_store(db, dir, &rep, &err), LB_OK);
	cr_assert_eq(rep.n, 1);
	char *msg = pending_message(&rep);
	cr_assert_str_eq(msg, "1 session from 00:16 recorded");
	free(msg);
	cr_assert_neq(stat(path, &st), 0, "the pending file is gone");
	cr_assert_eq(sessions_in(db), 1);
	struct diary_session g;
	diary_session_init(&g);
	cr_assert_eq(diary_get_session(db, 1, &g, &err), LB_OK);
	cr_assert_str_eq(g.uid, s.uid);
	cr_assert_eq(g.after_leg, 1);
	cr_assert_eq(g.before_leg, 6);
	diary_session_free(&g);
	/* Nothing left: nothing said. */
	cr_assert_eq(pending_store(db, dir, &rep, &err), LB_OK);
	cr_assert_eq(rep.n, 0);
	cr_assert_null(pending_message(&rep));
	free(path);
	diary_session_free(&s);
	diary_close(db);
}

Test(pending, a_session_already_stored_is_not_added_twice)
{
	struct diary *db = fixture_diary(dir, &warn, &err);
	struct diary_session s;
	session(&s, 1000);
	bool kept;
	cr_assert_eq(pending_add_session(db, dir, &s, 0, &kept, &err), LB_OK);
	/* A crash between storing and removing the file leaves it behind. */
	cr_assert_eq(pending_save(dir, &s, &err), LB_OK);
	struct pending_report rep;
	cr_assert_eq(pending_store(db, dir, &rep, &err), LB_OK);
	cr_assert_eq(rep.n, 0);
	cr_assert_eq(sessions_in(db), 1);
	diary_session_free(&s);
	diary_close(db);
}

Test(pending, the_message_names_each_time)
{
	struct pending_report rep = {
	    3, {8 * 3600 + 14 * 60, 12 * 3600, 18 * 3600 + 30 * 60}, {0, 0, 60}};
	char *msg = pending_message(&rep);
	cr_assert_str_eq(msg, "3 sessions from 08:14, 12:00 and 19:30 recorded");
	free(msg);
}
