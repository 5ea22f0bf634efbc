/* SPDX-License-Identifier: ISC */
/* test_dose.c - doses that progress: the file's ranges, the rules of a step up and a step back */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "fixture.h"
#include "routine/dose.h"

static struct library lib;

static void teardown(void)
{
	library_free(&lib);
}

TestSuite(dose, .fini = teardown);

#define EXERCISE(progress)                                                                         \
	"exercise \"tilt\" {\n title = \"Tilt\"\n area = {lower-back}\n reps = 5\n hold = 20\n"    \
	progress "}\n"                                                                              \
	"routine \"r\" {\n title = \"R\"\n step \"tilt\" {}\n step \"tilt\" { reps = 3 }\n}\n"

static const struct exercise *load(const char *conf)
{
	library_init(&lib);
	library_add_buf(&lib, "t.conf", conf);
	library_finish(&lib);
	return library_exercise(&lib, "tilt");
}

Test(dose, a_progress_section_is_read_with_its_ranges)
{
	const struct exercise *ex = load(EXERCISE(
	    " progress {\n  reps = \"5..10 step 1\"\n  hold = 20..30\n  every = 2\n }\n"));
	cr_assert_eq(lib.problems.n, 0);
	cr_assert_not_null(ex);
	cr_assert_eq(ex->progress.reps.min, 5);
	cr_assert_eq(ex->progress.reps.max, 10);
	cr_assert_eq(ex->progress.reps.step, 1);
	cr_assert_eq(ex->progress.hold.max, 30);
	cr_assert_eq(ex->progress.hold.step, 5, "a hold steps 5 s unless told");
	cr_assert_eq(ex->progress.every, 2);
}

Test(dose, without_progress_the_dose_never_changes)
{
	const struct exercise *ex = load(EXERCISE(""));
	cr_assert_eq(ex->progress.every, 0);
	struct dose d;
	dose_start(&d, ex);
	for (int i = 0; i < 10; i++)
		cr_assert_not(dose_count(&d, ex, DOSE_COMFORTABLE, i));
}

Test(dose, bad_ranges_are_named_with_their_line)
{
	load(EXERCISE(" progress {\n  reps = \"6..10\"\n  hold = \"30..20\"\n  every = 0\n }\n"));
	cr_assert(fixture_has_diag(&lib.problems, "t.conf", 7, "the exercise's reps, 5, is outside 6..10"));
	cr_assert(fixture_has_diag(&lib.problems, "t.conf", 8, "30..20 runs backwards"));
	cr_assert(fixture_has_diag(&lib.problems, "t.conf", 9, "every must be 1..30"));
	load(EXERCISE(" progress {\n  reps = \"five to ten\"\n }\n"));
	cr_assert(fixture_has_diag(&lib.problems, "t.conf", 7, "must be MIN..MAX or MIN..MAX step N"));
	load(EXERCISE(" progress {\n  every = 2\n }\n"));
	cr_assert(fixture_has_diag(&lib.problems, "t.conf", 6, "progress needs reps or hold"));
}

Test(dose, the_outcome_of_a_session)
{
	cr_assert_eq(dose_outcome(4, 6, 4, 5, false), DOSE_COMFORTABLE);
	cr_assert_eq(dose_outcome(4, 6, 4, 6, false), DOSE_COMFORTABLE, "not above before");
	cr_assert_eq(dose_outcome(4, 6, 5, 6, false), DOSE_UNEASY, "back pain counts too");
	cr_assert_eq(dose_outcome(4, 6, 4, 8, false), DOSE_TOO_MUCH);
	cr_assert_eq(dose_outcome(-1, 6, 7, 8, false), DOSE_TOO_MUCH, "only rated pairs count");
	cr_assert_eq(dose_outcome(4, 6, 3, 5, true), DOSE_SPREAD, "spreading down the leg");
	cr_assert_eq(dose_outcome(-1, -1, -1, -1, true), DOSE_SPREAD, "spreading decides unrated");
	cr_assert_eq(dose_outcome(-1, 6, 4, -1, false), DOSE_UNRATED);
}

Test(dose, three_comfortable_sessions_step_up_reps_first_then_hold)
{
	const struct exercise *ex = load(EXERCISE(
	    " progress {\n  reps = \"5..6\"\n  hold = \"20..25\"\n  every = 3\n }\n"));
	const struct step *st = &library_routine(&lib, "r")->steps[0];
	struct dose d;
	dose_start(&d, ex);
	int reps, hold;
	cr_assert_not(dose_count(&d, ex, DOSE_COMFORTABLE, 1));
	cr_assert_not(dose_count(&d, ex, DOSE_COMFORTABLE, 2));
	cr_assert(dose_count(&d, ex, DOSE_COMFORTABLE, 3));
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 6);
	cr_assert_eq(hold, 20);
	char why[96];
	cr_assert(dose_reason(st, &d, why, sizeof why));
	cr_assert_str_eq(why, "up from 5 after 3 comfortable sessions");
	for (int i = 0; i < 3; i++)
		dose_count(&d, ex, DOSE_COMFORTABLE, 4 + i);
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 6, "never past the file's range");
	cr_assert_eq(hold, 25, "then the hold grows");
	for (int i = 0; i < 9; i++)
		dose_count(&d, ex, DOSE_COMFORTABLE, 10 + i);
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 6);
	cr_assert_eq(hold, 25, "at the top it stays");
}

Test(dose, an_uneasy_session_starts_the_count_again)
{
	const struct exercise *ex = load(EXERCISE(" progress {\n  reps = \"5..10\"\n }\n"));
	struct dose d;
	dose_start(&d, ex);
	dose_count(&d, ex, DOSE_COMFORTABLE, 1);
	dose_count(&d, ex, DOSE_COMFORTABLE, 2);
	cr_assert_not(dose_count(&d, ex, DOSE_UNEASY, 3));
	cr_assert_not(dose_count(&d, ex, DOSE_COMFORTABLE, 4));
	cr_assert_not(dose_count(&d, ex, DOSE_UNRATED, 5), "unrated sessions do not count");
	cr_assert_not(dose_count(&d, ex, DOSE_COMFORTABLE, 6));
	cr_assert(dose_count(&d, ex, DOSE_COMFORTABLE, 7));
}

Test(dose, too_much_steps_back_at_once_hold_first_never_below_the_range)
{
	const struct exercise *ex = load(EXERCISE(
	    " progress {\n  reps = \"4..6\"\n  hold = \"20..30\"\n  every = 1\n }\n"));
	const struct step *st = &library_routine(&lib, "r")->steps[0];
	struct dose d;
	dose_start(&d, ex);
	for (int i = 0; i < 2; i++)
		dose_count(&d, ex, DOSE_COMFORTABLE, i); /* 5 -> 6 reps, then 20 -> 25 s */
	cr_assert(dose_count(&d, ex, DOSE_TOO_MUCH, 10));
	int reps, hold;
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 6);
	cr_assert_eq(hold, 20, "the hold comes back first");
	char why[96];
	dose_reason(st, &d, why, sizeof why);
	cr_assert_str_eq(why, "back from 25 s: pain rose 2 or more points in a session");
	cr_assert(dose_count(&d, ex, DOSE_TOO_MUCH, 11));
	cr_assert(dose_count(&d, ex, DOSE_TOO_MUCH, 12));
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 4, "below the file's 5, down to the range's start");
	cr_assert_eq(hold, 20);
	cr_assert_not(dose_count(&d, ex, DOSE_TOO_MUCH, 13), "and no further");
}

Test(dose, spreading_steps_back_at_once_and_says_why)
{
	const struct exercise *ex = load(EXERCISE(" progress {\n  reps = \"4..10\"\n  every = 2\n }\n"));
	const struct step *st = &library_routine(&lib, "r")->steps[0];
	struct dose d;
	dose_start(&d, ex);
	dose_count(&d, ex, DOSE_COMFORTABLE, 1);
	cr_assert(dose_count(&d, ex, DOSE_SPREAD, 2), "one step back, not a step up");
	cr_assert_eq(d.change, DOSE_BACK_SPREAD);
	cr_assert_eq(d.comfortable, 0, "and the count starts again");
	int reps, hold;
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 4);
	char why[96];
	cr_assert(dose_reason(st, &d, why, sizeof why));
	cr_assert_str_eq(why, "back from 5: symptoms spread down the leg after a session");
	cr_assert_not(dose_count(&d, ex, DOSE_COMFORTABLE, 3), "one comfortable session is not two");
}

Test(dose, a_step_with_its_own_reps_moves_with_the_exercise)
{
	const struct exercise *ex = load(EXERCISE(" progress {\n  reps = \"5..10\"\n  every = 1\n }\n"));
	const struct step *own = &library_routine(&lib, "r")->steps[1];
	struct dose d;
	dose_start(&d, ex);
	dose_count(&d, ex, DOSE_COMFORTABLE, 1);
	int reps, hold;
	dose_in_force(own, &d, &reps, &hold);
	cr_assert_eq(reps, 4, "3 in the routine, one step up");
}

Test(dose, an_edit_of_the_file_wins)
{
	const struct exercise *ex = load(EXERCISE(" progress {\n  reps = \"5..10\"\n  every = 1\n }\n"));
	struct dose d;
	dose_start(&d, ex);
	dose_count(&d, ex, DOSE_COMFORTABLE, 1);
	dose_count(&d, ex, DOSE_COMFORTABLE, 2); /* 7 reps */
	d.base_reps = 4; /* as if the file said 4 when these steps were taken */
	const struct step *st = &library_routine(&lib, "r")->steps[0];
	int reps, hold;
	dose_in_force(st, &d, &reps, &hold);
	cr_assert_eq(reps, 5, "the file's own value, now");
	char why[96];
	cr_assert_not(dose_reason(st, &d, why, sizeof why));
	cr_assert_str_eq(why, "starting dose");
}
