/* SPDX-License-Identifier: ISC */
/* test_progress.c - sessions of the diary counted into doses: up, back, and why, stored and read back */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "base/xalloc.h"
#include "diary/fields.h"
#include "fixture.h"
#include "formats/export.h"
#include "insight/progress.h"

static struct library lib;
static char *tmp;
static struct diary *db;
static struct diags warn, err;

#define DAY 86400LL
static const int64_t T0 = 1790000000; /* a Saturday in September 2026 */

/* The library: tilt with `reps` reps, growing a rep every 3 comfortable sessions. */
static void load(int reps)
{
	char *conf = xasprintf("exercise \"tilt\" {\n title = \"Tilt\"\n area = {lower-back}\n"
			       " reps = %d\n hold = 3\n progress {\n  reps = \"4..10\"\n  every = 3\n"
			       " }\n}\nroutine \"r\" {\n title = \"R\"\n step \"tilt\" {}\n}\n",
			       reps);
	library_init(&lib);
	library_add_buf(&lib, "t.conf", conf);
	library_finish(&lib);
	free(conf);
	cr_assert_eq(lib.problems.n, 0);
}

static void setup(void)
{
	fixture_tz("UTC");
	tmp = fixture_tmpdir("progress");
	db = fixture_diary(tmp, &warn, &err);
	load(5);
}

static void teardown(void)
{
	library_free(&lib);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(progress, .init = setup, .fini = teardown);

/* A session of r at day `day` (and hour): leg pain before and after (-1: not rated), the leg after. */
static void session_at(int day, int hour, int before, int after, int legs)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("r");
	s.title = xstrdup("R");
	s.started = T0 + day * DAY + hour * 3600LL;
	s.ended = s.started + 300;
	s.before_leg = before;
	s.after_leg = after;
	s.legs = legs;
	s.speed = 1;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

static void session(int day, int before, int after, int legs)
{
	session_at(day, 0, before, after, legs);
}

/* The reps in force for r's step after counting up to day `day`, and why, the book saved. */
static int reps_at(int day, char why[96])
{
	struct progress_routine p;
	cr_assert_eq(progress_for(&p, db, &lib, library_routine(&lib, "r"), T0 + day * DAY, true,
				  &err),
		     LB_OK);
	int reps = p.steps[0].reps;
	snprintf(why, 96, "%s", p.steps[0].dose_why ? p.steps[0].dose_why : "starting dose");
	progress_routine_free(&p);
	return reps;
}

Test(progress, comfortable_sessions_step_up_and_a_spreading_one_steps_back_at_once)
{
	char why[96];
	for (int d = 0; d < 3; d++)
		session(d, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(3, why), 6);
	cr_assert_str_eq(why, "up from 5 after 3 comfortable sessions");
	/* Pain fell, but the symptoms went further down the leg: too much, at once. */
	session(4, 5, 3, LEGS_SPREAD);
	cr_assert_eq(reps_at(5, why), 5);
	cr_assert_str_eq(why, "back from 6: symptoms spread down the leg after a session");
}

Test(progress, a_spreading_session_is_never_comfortable)
{
	char why[96];
	session(0, 5, 5, LEGS_SAME);
	session(1, 5, 5, LEGS_CENTRALISED);
	session(2, 5, 5, LEGS_SPREAD); /* steps back below the file's 5, and starts the count again */
	session(3, 5, 5, -1);
	cr_assert_eq(reps_at(4, why), 4, "two comfortable, one spread, one comfortable: no step up");
	cr_assert_str_eq(why, "back from 5: symptoms spread down the leg after a session");
	session(5, 5, 5, -1);
	session(6, 5, 5, -1);
	cr_assert_eq(reps_at(7, why), 5, "three comfortable after it: one step up again");
}

Test(progress, spreading_counts_without_ratings)
{
	char why[96];
	session(0, -1, -1, LEGS_SPREAD);
	cr_assert_eq(reps_at(1, why), 4);
	cr_assert_str_eq(why, "back from 5: symptoms spread down the leg after a session");
}

Test(progress, pain_two_points_up_steps_back_and_says_so)
{
	char why[96];
	session(0, 3, 5, LEGS_SAME);
	cr_assert_eq(reps_at(1, why), 4);
	cr_assert_str_eq(why, "back from 5: pain rose 2 or more points in a session");
}

Test(progress, the_reason_survives_the_diary)
{
	char why[96];
	session(0, -1, -1, LEGS_SPREAD);
	cr_assert_eq(reps_at(1, why), 4); /* saved */
	struct progress_book b;
	cr_assert_eq(progress_read(&b, db, &lib, T0 + 2 * DAY, &err), LB_OK);
	const struct dose *d = progress_find(&b, "tilt");
	cr_assert_not_null(d);
	cr_assert_eq(d->change, DOSE_BACK_SPREAD, "read back from the dose table as it was stored");
	cr_assert_not(b.changed, "nothing new to count");
	progress_free(&b);
}

Test(progress, a_session_logged_late_is_counted_in_its_place)
{
	char why[96];
	for (int d = 0; d < 3; d++)
		session(d, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(3, why), 6, "saved: three comfortable sessions counted");
	/* Logged afterwards (or imported, or synced from another machine) for day 1, noon. */
	session_at(1, 12, 3, 6, LEGS_SAME);
	cr_assert_eq(reps_at(4, why), 4, "counted between days 1 and 2: a step back, no step up");
	cr_assert_str_eq(why, "back from 5: pain rose 2 or more points in a session");
}

Test(progress, a_reset_holds_and_later_sessions_count)
{
	char why[96];
	for (int d = 0; d < 3; d++)
		session(d, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(3, why), 6);
	struct progress_book b;
	cr_assert_eq(progress_read(&b, db, &lib, T0 + 3 * DAY, &err), LB_OK);
	progress_reset(&b, library_routine(&lib, "r"), T0 + 3 * DAY);
	cr_assert_eq(progress_save(&b, db, &err), LB_OK);
	progress_free(&b);
	session(4, 5, 4, LEGS_SAME);
	session(5, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(6, why), 5, "the sessions before the reset count no more");
	cr_assert_str_eq(why, "starting dose");
	session(6, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(7, why), 6, "three after it: one step up");
}

Test(progress, an_edit_of_the_file_starts_over_after_what_was_counted)
{
	char why[96];
	for (int d = 0; d < 3; d++)
		session(d, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(3, why), 6);
	library_free(&lib);
	load(7); /* the person's own edit: 7 reps */
	session(4, 5, 4, LEGS_SAME);
	session(5, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(6, why), 7, "the edit wins");
	cr_assert_str_eq(why, "starting dose");
	session(6, 5, 4, LEGS_SAME);
	cr_assert_eq(reps_at(7, why), 8, "the sessions after it count from 7");
	cr_assert_str_eq(why, "up from 7 after 3 comfortable sessions");
}

Test(progress, doses_are_counted_from_the_sessions_alone)
{
	char why[96];
	static const int after[] = {4, 4, 4, 8, 5, 5, 5, 4};
	for (int d = 0; d < 8; d++)
		session(d, 5, after[d], d == 6 ? LEGS_SPREAD : LEGS_SAME);
	int here = reps_at(9, why);
	char said[96];
	snprintf(said, sizeof said, "%s", why);
	/* The sessions exported and imported into a new diary, whose dose table is empty. */
	char *file = xasprintf("%s/all.json", tmp), *dir2 = xasprintf("%s/two", tmp);
	FILE *f = fopen(file, "w");
	cr_assert_not_null(f);
	cr_assert_eq(export_write(db, EXPORT_JSON, f, &err), LB_OK);
	fclose(f);
	struct diary *two = fixture_diary(dir2, &warn, &err);
	struct import_result res;
	cr_assert_eq(export_import(two, file, T0 + 9 * DAY, &res, &err), LB_OK);
	cr_assert_eq(res.sessions_added, 8);
	diary_close(db);
	db = two;
	cr_assert_eq(reps_at(9, why), here, "the same dose, recounted");
	cr_assert_str_eq(why, said);
	free(file);
	free(dir2);
}
