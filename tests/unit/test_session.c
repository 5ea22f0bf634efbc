/* SPDX-License-Identifier: ISC */
/* test_session.c - the session engine, to the millisecond, on a fake clock */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "routine/session.h"
#include "testdata.h"

static struct library lib;
static struct session_plan plan;
static struct session s;

static void setup(void)
{
	fixture_library(&lib, TEST_DATA "/good");
}

static void teardown(void)
{
	session_free(&s);
	session_plan_free(&plan);
	library_free(&lib);
}

TestSuite(session, .init = setup, .fini = teardown);

/* Builds the plan of a one-step routine around the exercise id with overrides. */
static const struct routine *routine(const char *id)
{
	const struct routine *r = library_routine(&lib, id);
	cr_assert_not_null(r, "routine %s", id);
	return r;
}

static void begin(const char *id, int count_in, double speed, int64_t t0)
{
	session_plan_build(&plan, routine(id), count_in);
	session_init(&s, &plan, speed);
	session_start(&s, t0);
}

static struct session_view view(int64_t now)
{
	struct session_view v;
	session_view(&s, now, &v);
	return v;
}

Test(session, planned_total_equals_show)
{
	const char *ids[] = {"morning", "lazy"};
	for (int i = 0; i < 2; i++) {
		for (int c = 0; c <= 10; c += 5) {
			struct session_plan p;
			session_plan_build(&p, routine(ids[i]), c);
			cr_assert_eq(p.total_ms, routine_total_seconds(routine(ids[i]), c) * 1000,
				     "%s with count-in %d", ids[i], c);
			cr_assert_eq(p.v[p.n - 1].kind, PHASE_DONE);
			session_plan_free(&p);
		}
	}
}

Test(session, shipped_routines_plan_as_shown)
{
	struct library shipped;
	library_init(&shipped);
	library_add_dir(&shipped, LIMBER_SRCDIR "/routines", true);
	library_finish(&shipped);
	cr_assert_geq(shipped.nrt, 8);
	for (size_t i = 0; i < shipped.nrt; i++) {
		struct session_plan p;
		session_plan_build(&p, shipped.rt[i], 5);
		cr_assert_eq(p.total_ms, routine_total_seconds(shipped.rt[i], 5) * 1000, "%s",
			     shipped.rt[i]->id);
		session_plan_free(&p);
	}
	library_free(&shipped);
}

Test(session, phases_follow_the_routine)
{
	/* morning: tilt x4 (5 s, rest 2), fig4 both x3 (30 s, rest 10), roll alternate x5 (4 s, rest 2), tilt x10 */
	session_plan_build(&plan, routine("morning"), 5);
	const struct plan_phase *v = plan.v;
	cr_assert_eq(v[0].kind, PHASE_GET_READY);
	cr_assert_eq(v[0].ms, 5000);
	cr_assert_eq(v[1].kind, PHASE_HOLD);
	cr_assert_eq(v[1].ms, 5000);
	cr_assert_eq(v[1].rep, 1);
	cr_assert_eq(v[1].reps, 4);
	cr_assert_eq(v[2].kind, PHASE_REST);
	cr_assert_eq(v[2].ms, 2000);
	/* After step 1's four holds and three rests comes the routine's rest. */
	size_t between = plan.step_first[1] - 1;
	cr_assert_eq(v[between].kind, PHASE_BETWEEN);
	cr_assert_eq(v[between].ms, 15000);
	/* fig4: left holds, a switch, right holds. */
	size_t f = plan.step_first[1];
	cr_assert_eq(v[f + 1].side, SIDE_LEFT);
	cr_assert_eq(v[f + 6].kind, PHASE_SWITCH);
	cr_assert_eq(v[f + 6].ms, ROUTINE_SWITCH_SECONDS * 1000);
	cr_assert_eq(v[f + 7].side, SIDE_RIGHT);
	cr_assert_eq(v[f + 7].kind, PHASE_HOLD);
	/* roll alternates sides per rep: L R L R ... with rests between. */
	size_t r = plan.step_first[2] + 1;
	enum session_side want[] = {SIDE_LEFT, SIDE_RIGHT, SIDE_LEFT, SIDE_RIGHT};
	for (int i = 0; i < 4; i++) {
		cr_assert_eq(v[r + 2 * i].kind, PHASE_HOLD);
		cr_assert_eq(v[r + 2 * i].side, want[i], "hold %d", i);
		cr_assert_eq(v[r + 2 * i + 1].kind, PHASE_REST);
	}
	cr_assert_eq(v[r + 2].rep, 1, "the first right hold is rep 1");
	cr_assert_eq(v[r + 4].rep, 2, "the second left hold is rep 2");
}

Test(session, phases_end_exactly_at_their_deadlines)
{
	begin("lazy", 5, 1, 1000);
	cr_assert_eq(view(1000).phase, PHASE_GET_READY);
	cr_assert_eq(session_tick(&s, 5999), ANNOUNCE_NONE);
	cr_assert_eq(view(5999).remaining_ms, 1);
	cr_assert(session_tick(&s, 6000) & ANNOUNCE_PHASE);
	cr_assert_eq(view(6000).phase, PHASE_HOLD);
	cr_assert_eq(view(6000).remaining_ms, 30000);
	cr_assert(session_tick(&s, 36000) & ANNOUNCE_DONE);
	cr_assert(session_done(&s));
	int done, skipped;
	session_counts(&s, &done, &skipped);
	cr_assert_eq(done, 1);
	cr_assert_eq(skipped, 0);
}

Test(session, a_late_tick_catches_up_without_drift)
{
	begin("morning", 5, 1, 0);
	/* One tick long after several phases should have ended lands in the right phase. */
	session_tick(&s, 5000 + 5000 + 2000 + 1500);
	struct session_view v = view(5000 + 5000 + 2000 + 1500);
	cr_assert_eq(v.phase, PHASE_HOLD);
	cr_assert_eq(v.rep, 2);
	cr_assert_eq(v.remaining_ms, 3500);
	session_tick(&s, plan.total_ms);
	cr_assert(session_done(&s), "the session ends exactly at its planned total");
}

Test(session, pause_does_not_count_time)
{
	begin("lazy", 5, 1, 0);
	session_tick(&s, 8000);
	cr_assert_eq(view(8000).remaining_ms, 27000);
	session_pause(&s, 8000);
	cr_assert_eq(view(60000).remaining_ms, 27000, "frozen while paused");
	cr_assert_eq(session_tick(&s, 60000), ANNOUNCE_NONE);
	cr_assert_eq(session_next_wake(&s, 60000), -1, "nothing to wake for while paused");
	session_resume(&s, 100000);
	cr_assert_eq(view(100000).remaining_ms, 27000);
	cr_assert_eq(view(110000).remaining_ms, 17000);
	cr_assert_not(session_tick(&s, 126999) & ANNOUNCE_DONE);
	cr_assert(session_tick(&s, 127000) & ANNOUNCE_DONE);
}

Test(session, skip_and_back)
{
	begin("morning", 5, 1, 0);
	session_tick(&s, 7000); /* in step 1's first hold */
	cr_assert(session_skip(&s, 7000) & ANNOUNCE_PHASE);
	struct session_view v = view(7000);
	cr_assert_eq(v.step_index, 1);
	cr_assert_eq(v.phase, PHASE_GET_READY);
	cr_assert_eq(v.remaining_ms, 5000, "the next step starts now, from its count-in");
	int done, skipped;
	session_counts(&s, &done, &skipped);
	cr_assert_eq(skipped, 1);
	/* Back at the very start of a step goes to the step before... */
	session_back(&s, 7500);
	v = view(7500);
	cr_assert_eq(v.step_index, 0);
	cr_assert_eq(v.phase, PHASE_GET_READY);
	session_counts(&s, &done, &skipped);
	cr_assert_eq(skipped, 0, "going back to a skipped step gives it another chance");
	/* ...and later in a step, back restarts that step. */
	session_tick(&s, 7500 + 9000);
	cr_assert_eq(view(7500 + 9000).phase, PHASE_HOLD);
	session_back(&s, 7500 + 9000);
	cr_assert_eq(view(7500 + 9000).step_index, 0);
	cr_assert_eq(view(7500 + 9000).phase, PHASE_GET_READY);
	/* Skipping the last step ends the session. */
	for (int i = 0; i < 4; i++)
		session_skip(&s, 20000);
	cr_assert(session_done(&s));
	session_counts(&s, &done, &skipped);
	cr_assert_eq(skipped, 4);
}

Test(session, adjust_changes_only_the_current_hold)
{
	begin("lazy", 0, 1, 0);
	cr_assert_eq(view(0).phase, PHASE_HOLD);
	cr_assert(session_adjust(&s, 1000, 5000));
	cr_assert_eq(view(1000).remaining_ms, 34000);
	cr_assert_eq(view(1000).phase_ms, 35000);
	cr_assert(session_adjust(&s, 1000, -5000));
	cr_assert(session_adjust(&s, 1000, -5000));
	cr_assert_eq(view(1000).phase_ms, 25000);
	for (int i = 0; i < 10; i++)
		session_adjust(&s, 1000, -5000);
	cr_assert_eq(view(1000).phase_ms, 1000, "never below 1 s");
	cr_assert_not(session_tick(&s, 999) & ANNOUNCE_DONE);
	cr_assert(session_tick(&s, 1000) & ANNOUNCE_DONE);
	session_free(&s);
	session_plan_free(&plan);
	begin("lazy", 0, 1, 0);
	for (int i = 0; i < 10; i++)
		session_adjust(&s, 8000, -5000);
	cr_assert_eq(view(8000).phase_ms, 8000, "never shorter than what has passed");
	cr_assert_eq(view(8000).remaining_ms, 0);
	/* Rests cannot be adjusted. */
	session_free(&s);
	session_plan_free(&plan);
	begin("morning", 5, 1, 0);
	cr_assert_not(session_adjust(&s, 0, 5000), "get-ready is not a hold");
}

Test(session, speed_shortens_real_time_only)
{
	begin("lazy", 5, 50, 0);
	/* 35 s planned at 50x: 700 ms real. */
	session_tick(&s, 100);
	cr_assert_eq(view(100).phase, PHASE_HOLD);
	cr_assert_eq(view(100).remaining_ms, 30000);
	cr_assert_not(session_tick(&s, 699) & ANNOUNCE_DONE);
	cr_assert(session_tick(&s, 700) & ANNOUNCE_DONE);
}

Test(session, countdown_on_the_last_three_seconds_of_a_hold)
{
	begin("lazy", 0, 1, 0);
	int beeps = 0;
	for (int64_t t = 0; t <= 30000; t += 50)
		if (session_tick(&s, t) & ANNOUNCE_COUNTDOWN)
			beeps++;
	cr_assert_eq(beeps, 3);
}

Test(session, wakes_only_when_a_second_ticks_over)
{
	begin("lazy", 5, 1, 0);
	cr_assert_eq(session_next_wake(&s, 0), 1000);
	cr_assert_eq(session_next_wake(&s, 250), 750);
	session_free(&s);
	session_plan_free(&plan);
	begin("lazy", 5, 10, 0);
	cr_assert_eq(session_next_wake(&s, 0), 100, "at 10x a shown second is 100 ms");
}

Test(session, next_step_is_announced_during_rests)
{
	begin("morning", 5, 1, 0);
	size_t between = plan.step_first[1] - 1;
	int64_t t = 0;
	for (size_t i = 0; i < between; i++)
		t += plan.v[i].ms;
	session_tick(&s, t);
	struct session_view v = view(t);
	cr_assert_eq(v.phase, PHASE_BETWEEN);
	cr_assert_not_null(v.next);
	cr_assert_str_eq(v.next->ex->id, "fig4");
}

Test(session, rests_announce_the_hold_that_follows)
{
	session_plan_build(&plan, routine("morning"), 5);
	const struct plan_phase *v = plan.v;
	/* tilt: hold rep 1, rest before rep 2. */
	cr_assert_eq(v[2].kind, PHASE_REST);
	cr_assert_eq(v[2].rep, 2);
	/* fig4: the switch announces the right side's first rep. */
	size_t f = plan.step_first[1];
	cr_assert_eq(v[f + 6].kind, PHASE_SWITCH);
	cr_assert_eq(v[f + 6].rep, 1);
	cr_assert_eq(v[f + 6].side, SIDE_RIGHT);
	/* roll alternates: after left rep 1 comes right rep 1, after right rep 1 left rep 2. */
	size_t r = plan.step_first[2] + 1;
	cr_assert_eq(v[r + 1].side, SIDE_RIGHT);
	cr_assert_eq(v[r + 1].rep, 1);
	cr_assert_eq(v[r + 3].side, SIDE_LEFT);
	cr_assert_eq(v[r + 3].rep, 2);
}

Test(session, going_back_and_skipping_keeps_a_finished_step)
{
	begin("morning", 5, 1, 0);
	int64_t t = 0;
	for (size_t i = 0; i < plan.step_first[1]; i++)
		t += plan.v[i].ms; /* the end of step 0 and its rest */
	session_tick(&s, t + 100);
	cr_assert_eq(view(t + 100).step_index, 1);
	session_back(&s, t + 200); /* just begun: back to step 0 */
	cr_assert_eq(view(t + 200).step_index, 0);
	session_skip(&s, t + 300);
	int done, skipped;
	session_counts(&s, &done, &skipped);
	cr_assert_eq(done, 1, "step 0 was finished before");
	cr_assert_eq(skipped, 0);
}

Test(session, quit_part_way_keeps_the_counts)
{
	begin("morning", 5, 1, 0);
	int64_t end_of_step1 = plan.step_first[1] - 1;
	int64_t t = 0;
	for (int64_t i = 0; i < end_of_step1; i++)
		t += plan.v[i].ms;
	session_tick(&s, t + 100);
	session_quit(&s, t + 100);
	cr_assert(session_done(&s));
	int done, skipped;
	session_counts(&s, &done, &skipped);
	cr_assert_eq(done, 1);
	cr_assert_eq(skipped, 0);
}

/* Plays to the end: ticks through every phase of the plan. */
static int64_t play_out(int64_t t0)
{
	int64_t t = t0;
	for (size_t i = 0; i < plan.n; i++)
		t += plan.v[i].ms;
	session_tick(&s, t);
	return t;
}

Test(session, summary_of_a_session_played_to_the_end_is_complete)
{
	begin("morning", 5, 1, 0);
	play_out(0);
	cr_assert(session_done(&s));
	struct session_summary sum;
	session_summary(&s, &sum);
	cr_assert(sum.complete);
	cr_assert_eq(sum.steps_done, 4);
	cr_assert_eq(sum.steps_skipped, 0);
	cr_assert_eq(sum.steps_total, 4);
	cr_assert_not(sum.preview);
	cr_assert_float_eq(sum.speed, 1, 1e-9);
}

Test(session, summary_with_a_skipped_step_is_partial)
{
	begin("morning", 5, 1, 0);
	session_skip(&s, 1000);
	play_out(1000);
	cr_assert(session_done(&s));
	struct session_summary sum;
	session_summary(&s, &sum);
	cr_assert_not(sum.complete, "played to the end, but a step was skipped");
	cr_assert_eq(sum.steps_done, 3);
	cr_assert_eq(sum.steps_skipped, 1);
	cr_assert_eq(sum.steps_total, 4);
}

Test(session, summary_of_a_quit_session_is_partial)
{
	begin("lazy", 0, 1, 0);
	struct session_summary sum;
	session_summary(&s, &sum);
	cr_assert_not(sum.complete, "not yet played");
	cr_assert_eq(sum.steps_done, 0);
	cr_assert_eq(sum.steps_total, 1);
	session_quit(&s, 1000);
	session_summary(&s, &sum);
	cr_assert_not(sum.complete);
	cr_assert_eq(sum.steps_done, 0);
	cr_assert_eq(sum.steps_skipped, 0);
}

Test(session, summary_of_a_session_quit_on_its_last_screen_is_partial)
{
	/* A hangup while "Well done." shows: the player quits the session, as it always did. */
	begin("lazy", 0, 1, 0);
	int64_t end = play_out(0);
	session_quit(&s, end + 1000);
	struct session_summary sum;
	session_summary(&s, &sum);
	cr_assert_not(sum.complete);
	cr_assert_eq(sum.steps_done, 1);
}

Test(session, summary_of_a_preview_says_so)
{
	begin("lazy", 5, 50, 0);
	session_tick(&s, 700);
	cr_assert(session_done(&s));
	struct session_summary sum;
	session_summary(&s, &sum);
	cr_assert(sum.complete, "a preview played to the end is complete too");
	cr_assert(sum.preview);
	cr_assert_float_eq(sum.speed, 50, 1e-9);
}
