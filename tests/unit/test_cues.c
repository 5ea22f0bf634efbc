/* SPDX-License-Identifier: ISC */
/* test_cues.c - what is said when: the cue list of a plan, to the millisecond */
#include "config.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "routine/cues.h"

static struct library lib;
static struct session_plan plan;
static struct cue_list cues;

static const char routines[] =
	"exercise \"kc\" {\n"
	"  title = \"Knee to chest\"\n"
	"  area = {lower-back}\n"
	"  position = \"Lie on your back, knees bent.\"\n"
	"  cue = {\"Hug one knee in gently.\", \"Keep the other foot flat.\", \"Breathe out slowly.\"}\n"
	"  hold = 30\n  reps = 2\n  rest = 10\n  sides = both\n"
	"}\n"
	"exercise \"tilt\" {\n"
	"  title = \"Pelvic tilt\"\n"
	"  area = {lower-back}\n"
	"  position = \"Lie on your back.\"\n"
	"  cue = {\"Flatten the small of your back into the floor.\", \"Let it go again.\",\n"
	"         \"Keep your shoulders and neck relaxed on the mat.\"}\n"
	"  hold = 3\n  reps = 10\n  rest = 1\n"
	"}\n"
	"exercise \"roll\" {\n"
	"  title = \"Knee rolls\"\n  area = {lower-back}\n"
	"  hold = 8\n  reps = 2\n  rest = 2\n  sides = alternate\n"
	"}\n"
	"routine \"mix\" {\n"
	"  title = \"Mix\"\n  rest = 15\n"
	"  step \"kc\" {}\n  step \"tilt\" {}\n  step \"roll\" {}\n"
	"}\n";

static void setup(void)
{
	library_init(&lib);
	library_add_buf(&lib, "mix.conf", routines);
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0, "%s", lib.problems.n ? lib.problems.v[0].msg : "");
}

static void teardown(void)
{
	cues_free(&cues);
	session_plan_free(&plan);
	library_free(&lib);
}

TestSuite(cues, .init = setup, .fini = teardown);

static void build(int rate, double speed)
{
	session_plan_build(&plan, library_routine(&lib, "mix"), 5);
	struct cue_opts o = {rate, speed};
	cues_build(&cues, &plan, &o);
}

/* The index of the first cue with these words at or after from; fails when none. */
static size_t find(const char *words, size_t from)
{
	for (size_t k = from; k < cues.n; k++)
		if (cues.v[k].words && strcmp(cues.v[k].words, words) == 0)
			return k;
	cr_assert_fail("no cue \"%s\" after %zu", words, from);
	return 0;
}

Test(cues, speaking_time_follows_words_and_rate)
{
	cr_assert_eq(cues_speak_ms("hold", 175), 60000 / 175 + 400);
	cr_assert_eq(cues_speak_ms("switch  sides", 120), 2 * 500 + 400);
	cr_assert_eq(cues_speak_ms("", 175), 0);
	cr_assert_eq(cues_speak_ms(NULL, 175), 0);
}

Test(cues, in_time_order_and_grouped_by_phase)
{
	build(175, 1.0);
	cr_assert_gt(cues.n, 20);
	for (size_t k = 1; k < cues.n; k++) {
		cr_assert_geq(cues.v[k].at_ms, cues.v[k - 1].at_ms, "cue %zu", k);
		cr_assert_geq(cues.v[k].phase, cues.v[k - 1].phase, "cue %zu", k);
	}
	for (size_t k = 0; k < cues.n; k++)
		cr_assert_lt(cues.v[k].at_ms, plan.total_ms + 1);
}

Test(cues, a_sided_exercise_is_framed_in_order)
{
	build(175, 1.0);
	/* Count-in: title, side, position, back to back from the first moment. */
	cr_assert_eq(cues.v[0].kind, CUE_TITLE);
	cr_assert_str_eq(cues.v[0].words, "Knee to chest");
	cr_assert_eq(cues.v[0].at_ms, 0);
	cr_assert_eq(cues.v[0].tone, TONE_PHASE);
	cr_assert_str_eq(cues.v[1].words, "left side");
	cr_assert_eq(cues.v[1].at_ms, cues.v[0].speak_ms);
	cr_assert_str_eq(cues.v[2].words, "Lie on your back, knees bent.");
	/* The first hold starts after the 5 s count-in with "hold". */
	size_t h = find("hold", 0);
	cr_assert_eq(cues.v[h].at_ms, 5000);
	cr_assert_eq(cues.v[h].kind, CUE_HOLD);
	/* 3-2-1 in the last three seconds of the 30 s hold, ticking. */
	size_t three = find("3", h);
	cr_assert_eq(cues.v[three].at_ms, 5000 + 27000);
	cr_assert(cues.v[three].from_end);
	cr_assert_eq(cues.v[three].tone, TONE_TICK);
	cr_assert_eq(cues.v[find("2", three)].at_ms, 5000 + 28000);
	cr_assert_eq(cues.v[find("1", three)].at_ms, 5000 + 29000);
	/* Rest between reps, then switch sides and "right side". */
	cr_assert_eq(cues.v[find("rest", three)].at_ms, 35000);
	size_t sw = find("switch sides", three);
	cr_assert_eq(cues.v[sw].at_ms, 5000 + 30000 + 10000 + 30000);
	cr_assert_str_eq(cues.v[sw + 1].words, "right side");
	cr_assert_eq(cues.v[sw + 1].at_ms, cues.v[sw].at_ms + cues.v[sw].speak_ms);
}

Test(cues, exercise_cues_come_one_at_a_time_and_apart)
{
	build(175, 1.0);
	int64_t last = -1, last_len = 0;
	int seen = 0;
	for (size_t k = 0; k < cues.n && plan.v[cues.v[k].phase].step == 0; k++) {
		if (cues.v[k].kind != CUE_TEXT)
			continue;
		cr_assert_eq(plan.v[cues.v[k].phase].kind == PHASE_HOLD ||
				     plan.v[cues.v[k].phase].kind == PHASE_REST,
			     1);
		if (last >= 0 && plan.v[cues.v[k].phase].side == plan.v[cues.v[k - 1].phase].side) {
			cr_assert_geq(cues.v[k].at_ms - last, CUES_MIN_GAP_MS, "cue %zu", k);
			cr_assert_geq(cues.v[k].at_ms - last, last_len);
		}
		last = cues.v[k].at_ms;
		last_len = cues.v[k].speak_ms;
		seen++;
	}
	/* Three cues on each side. */
	cr_assert_eq(seen, 6);
	/* The first waits until "hold" has been said. */
	size_t h = find("hold", 0);
	size_t first = find("Hug one knee in gently.", 0);
	cr_assert_eq(cues.v[first].at_ms, cues.v[h].at_ms + cues.v[h].speak_ms);
}

Test(cues, spoken_words_never_overlap_the_frame)
{
	build(175, 1.0);
	for (size_t k = 0; k < cues.n; k++) {
		const struct cue *c = &cues.v[k];
		if (c->kind != CUE_TEXT)
			continue;
		for (size_t j = 0; j < cues.n; j++) {
			const struct cue *f = &cues.v[j];
			if (f->kind == CUE_TEXT || !f->words || f->at_ms + f->speak_ms <= c->at_ms)
				continue;
			if (f->at_ms >= c->at_ms + c->speak_ms)
				continue;
			cr_assert_fail("\"%s\" at %lld runs into \"%s\"", c->words,
				       (long long)c->at_ms, f->words);
		}
	}
}

Test(cues, short_holds_spread_cues_across_reps)
{
	build(175, 1.0);
	size_t a = find("Flatten the small of your back into the floor.", 0);
	size_t b = find("Let it go again.", a);
	size_t c = find("Keep your shoulders and neck relaxed on the mat.", b);
	/* A 3 s hold: each cue stays at least 5 s, so they land on later reps. */
	cr_assert_geq(cues.v[b].at_ms - cues.v[a].at_ms, CUES_MIN_GAP_MS);
	cr_assert_geq(cues.v[c].at_ms - cues.v[b].at_ms, CUES_MIN_GAP_MS);
	cr_assert_gt(plan.v[cues.v[b].phase].rep, plan.v[cues.v[a].phase].rep);
	/* "hold" is said on the first rep only; later reps have the tone alone. */
	int words = 0, tones = 0;
	for (size_t k = 0; k < cues.n; k++) {
		if (plan.v[cues.v[k].phase].step != 1 || cues.v[k].kind != CUE_HOLD)
			continue;
		tones += cues.v[k].tone == TONE_PHASE;
		words += cues.v[k].words != NULL;
	}
	cr_assert_eq(tones, 10);
	cr_assert_eq(words, 1);
	/* A 3 s hold counts on its first rep only, and never over "hold": "2", "1". */
	int counts = 0;
	for (size_t k = 0; k < cues.n; k++) {
		if (plan.v[cues.v[k].phase].step != 1 || cues.v[k].kind != CUE_COUNT)
			continue;
		cr_assert_eq(plan.v[cues.v[k].phase].rep, 1);
		cr_assert_str_neq(cues.v[k].words, "3");
		counts++;
	}
	cr_assert_eq(counts, 2);
}

Test(cues, rest_between_exercises_names_the_next)
{
	build(175, 1.0);
	size_t n = find("next: Pelvic tilt", 0);
	cr_assert_eq(cues.v[n].kind, CUE_NEXT);
	cr_assert_eq(plan.v[cues.v[n].phase].kind, PHASE_BETWEEN);
	cr_assert_str_eq(cues.v[n - 1].words, "rest");
	/* The next starting position is said in the rest, not squeezed into the count-in. */
	cr_assert_eq(cues.v[n + 1].kind, CUE_POSITION);
	cr_assert_str_eq(cues.v[n + 1].words, "Lie on your back.");
	size_t g = find("Pelvic tilt", n + 1);
	cr_assert_eq(cues.v[g + 1].kind, CUE_HOLD);
	cr_assert_eq(cues.v[cues.n - 1].kind, CUE_DONE);
	cr_assert_str_eq(cues.v[cues.n - 1].words, "well done");
	cr_assert_eq(cues.v[cues.n - 1].at_ms, plan.total_ms);
	cr_assert_eq(cues.v[cues.n - 1].tone, TONE_END);
}

Test(cues, alternating_sides_are_named_in_the_rest_before)
{
	build(175, 1.0);
	size_t g = find("Knee rolls", 0);
	cr_assert_str_eq(cues.v[g + 1].words, "left side");
	size_t r = find("rest", g);
	cr_assert_eq(plan.v[cues.v[r].phase].kind, PHASE_REST);
	cr_assert_str_eq(cues.v[r + 1].words, "right side");
	size_t r2 = find("rest", r + 1);
	cr_assert_str_eq(cues.v[r2 + 1].words, "left side");
}

Test(cues, at_speed_speech_takes_more_planned_time)
{
	build(175, 4.0);
	size_t h = find("hold", 0);
	cr_assert_eq(cues.v[h].speak_ms, 4 * cues_speak_ms("hold", 175));
	size_t a = find("Hug one knee in gently.", 0);
	size_t b = find("Keep the other foot flat.", a);
	cr_assert_geq(cues.v[b].at_ms - cues.v[a].at_ms, 4 * CUES_MIN_GAP_MS);
}

Test(cues, screen_text_follows_the_spoken_pacing)
{
	build(175, 1.0);
	size_t a = find("Hug one knee in gently.", 0);
	size_t ph = cues.v[a].phase;
	int64_t ms = plan.v[ph].ms;
	cr_assert_null(cues_text_at(&cues, &plan, ph, cues.v[a].offset_ms - 1, ms));
	cr_assert_str_eq(cues_text_at(&cues, &plan, ph, cues.v[a].offset_ms, ms),
			 "Hug one knee in gently.");
	size_t b = find("Keep the other foot flat.", a);
	cr_assert_str_eq(cues_text_at(&cues, &plan, cues.v[b].phase, cues.v[b].offset_ms - 1,
				      plan.v[cues.v[b].phase].ms),
			 "Hug one knee in gently.");
	/* Nothing during the count-in of the first exercise. */
	cr_assert_null(cues_text_at(&cues, &plan, 0, 4000, 5000));
	/* The next exercise starts clean. */
	size_t g = plan.step_first[1];
	cr_assert_null(cues_text_at(&cues, &plan, g, 1000, plan.v[g].ms));
	cr_assert_eq(cues_first_of_phase(&cues, 0), 0);
	cr_assert_eq(cues_first_of_phase(&cues, plan.n), cues.n);
}

Test(cues, a_new_side_starts_again_from_the_set_up_cue)
{
	build(175, 1.0);
	/* kc, both sides: the last cue of the left side, then the switch. */
	size_t sw = 0;
	while (plan.v[sw].kind != PHASE_SWITCH)
		sw++;
	cr_assert_str_eq(cues_text_at(&cues, &plan, sw - 1, plan.v[sw - 1].ms, plan.v[sw - 1].ms),
			 "Breathe out slowly.", "the left side ends on its last cue");
	cr_assert_str_eq(cues_text_at(&cues, &plan, sw, 0, plan.v[sw].ms), "Hug one knee in gently.",
			 "the switch shows the set-up cue again");
	cr_assert_str_eq(cues_text_at(&cues, &plan, sw + 1, 0, plan.v[sw + 1].ms),
			 "Hug one knee in gently.", "and so does the right side's first moment");
	cr_assert_eq(plan.v[sw + 1].side, SIDE_RIGHT);
}

Test(cues, movements_count_their_reps)
{
	static const char moves[] = "exercise \"cc\" {\n  title = \"Cat-cow\"\n  area = {core}\n"
				    "  hold = 5\n  reps = 3\n  rest = 0\n  kind = move\n}\n"
				    "routine \"m\" {\n  title = \"M\"\n  step \"cc\" {}\n}\n";
	struct library ml;
	library_init(&ml);
	library_add_buf(&ml, "m.conf", moves);
	library_finish(&ml);
	cr_assert_eq(ml.problems.n, 0);
	struct session_plan mp;
	struct cue_list mc;
	session_plan_build(&mp, library_routine(&ml, "m"), 5);
	cues_build(&mc, &mp, &(struct cue_opts){175, 1.0});
	const char *said[8];
	size_t n = 0;
	for (size_t k = 0; k < mc.n; k++)
		if (mp.v[mc.v[k].phase].kind == PHASE_HOLD && mc.v[k].words && n < 8)
			said[n++] = mc.v[k].words;
	cr_assert_eq(n, 3, "one word a rep, no 3-2-1");
	cr_assert_str_eq(said[0], "move");
	cr_assert_str_eq(said[1], "2");
	cr_assert_str_eq(said[2], "3");
	cues_free(&mc);
	session_plan_free(&mp);
	library_free(&ml);
}
