/* SPDX-License-Identifier: ISC */
/* test_routine.c - the routine loader: good files, every class of bad one, overrides, timing */
#include "config.h"

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "routine/routine.h"
#include "testdata.h"

static struct library lib;

static void setup(void)
{
	library_init(&lib);
}

static void teardown(void)
{
	library_free(&lib);
}

TestSuite(routine, .init = setup, .fini = teardown);

static void load_files(const char *const *names, size_t n)
{
	char *paths[16];
	for (size_t i = 0; i < n; i++)
		paths[i] = xasprintf("%s/%s", TEST_DATA, names[i]);
	library_add_files(&lib, (const char *const *)paths, n);
	library_finish(&lib);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
}

/* True when a problem in a file ending with SUFFIX is on LINE and contains WHAT. */
static bool has_problem(const char *suffix, int line, const char *what)
{
	return fixture_has_diag(&lib.problems, suffix, line, what);
}

Test(routine, good_file_loads_with_defaults)
{
	const char *f[] = {"good/basic.conf"};
	load_files(f, 1);
	cr_assert_eq(lib.problems.n, 0);
	cr_assert_eq(lib.nex, 4);
	cr_assert_eq(lib.nrt, 2);
	const struct exercise *plain = library_exercise(&lib, "plain");
	cr_assert_not_null(plain);
	cr_assert_eq(plain->hold, 30);
	cr_assert_eq(plain->reps, 1);
	cr_assert_eq(plain->rest, 10);
	cr_assert_eq(plain->sides, SIDES_NONE);
	cr_assert_null(plain->position);
	cr_assert_eq(plain->ncues, 0);
	const struct exercise *tilt = library_exercise(&lib, "tilt");
	cr_assert_eq(tilt->ncues, 2, "a comment inside the cue list is ignored");
	cr_assert_str_eq(tilt->cues[1], "Then arch gently.");
	cr_assert_eq(tilt->areas, (1u << AREA_LOWER_BACK) | (1u << AREA_CORE));
	cr_assert_eq(tilt->line, 2);
	cr_assert_eq(library_exercise(&lib, "fig4")->sides, SIDES_BOTH);
	cr_assert_eq(library_exercise(&lib, "roll")->sides, SIDES_ALTERNATE);
}

Test(routine, steps_take_overrides_then_the_exercise)
{
	const char *f[] = {"good/basic.conf"};
	load_files(f, 1);
	const struct routine *r = library_routine(&lib, "morning");
	cr_assert_not_null(r);
	cr_assert_eq(r->nsteps, 4);
	cr_assert_eq(r->rest, 15);
	cr_assert_eq(r->steps[0].reps, 4, "override");
	cr_assert_eq(r->steps[0].hold, 5, "from the exercise");
	cr_assert_eq(r->steps[2].hold, 4);
	cr_assert_eq(r->steps[2].reps, 5);
	cr_assert_eq(r->steps[3].reps, 10, "the same exercise again, without the override");
	cr_assert_eq(r->steps[3].ex, r->steps[0].ex);
	cr_assert_eq(r->steps[1].line, 43);
	unsigned want = (1u << AREA_LOWER_BACK) | (1u << AREA_CORE) | (1u << AREA_GLUTES) |
			(1u << AREA_HIPS);
	cr_assert_eq(r->areas, want, "areas default to the union of the exercises'");
	cr_assert_eq(library_routine(&lib, "lazy")->rest, 15, "default routine rest");
}

Test(routine, total_time_counts_every_phase)
{
	const char *f[] = {"good/basic.conf"};
	load_files(f, 1);
	const struct routine *r = library_routine(&lib, "morning");
	/* tilt 4x5s, 3 rests of 2s: 5+20+6 = 31
	 * fig4 both 3x30s, 2 rests of 10s a side, a 5 s switch: 5+2*(90+20)+5 = 230
	 * roll alternate 5x4s a side, 9 rests of 2s: 5+40+18 = 63
	 * tilt 10x5s, 9 rests of 2s: 5+50+18 = 73; 3 routine rests of 15s: 45 */
	cr_assert_eq(routine_step_seconds(&r->steps[0], 5), 31);
	cr_assert_eq(routine_step_seconds(&r->steps[1], 5), 230);
	cr_assert_eq(routine_step_seconds(&r->steps[2], 5), 63);
	cr_assert_eq(routine_step_seconds(&r->steps[3], 5), 73);
	cr_assert_eq(routine_total_seconds(r, 5), 442);
	cr_assert_eq(routine_total_seconds(r, 0), 422, "count-in is per step");
	cr_assert_eq(routine_minutes(r, 5), 7);
	const struct routine *lazy = library_routine(&lib, "lazy");
	cr_assert_eq(routine_total_seconds(lazy, 5), 35);
	cr_assert_eq(routine_minutes(lazy, 5), 1, "never shown as 0 minutes");
}

/*
 * Every class of bad input, with the line it must be reported on. Criterion
 * runs each case in a fresh process, so the parameters hold text, not pointers.
 */
struct bad_case {
	char file[40];
	int line;
	char what[112];
};

static struct bad_case bad_cases[] = {
	{"bad/syntax.conf", 4, "missing equal sign"},
	{"bad/unknown-key.conf", 4, "unknown key 'holdd' in exercise (did you mean 'hold'?)"},
	{"bad/unknown-key.conf", 6, "unknown section 'exrecise'"},
	{"bad/wrong-type.conf", 4, "hold must be a whole number 1..600 seconds, got 'thirty'"},
	{"bad/wrong-type.conf", 5, "reps must be a whole number 1..50, got '2.5'"},
	{"bad/wrong-type.conf", 6, "rest must be a whole number 0..600 seconds, got '-1'"},
	{"bad/range.conf", 4, "hold must be 1..600 seconds, got 0"},
	{"bad/range.conf", 5, "reps must be 1..50, got 51"},
	{"bad/range.conf", 6, "rest must be 0..600 seconds, got 601"},
	{"bad/range.conf", 7, "sides must be none, both or alternate, got 'left'"},
	{"bad/range.conf", 11, "rest must be 0..600 seconds, got 700"},
	{"bad/range.conf", 12, "hold must be 1..600 seconds, got 601"},
	{"bad/unknown-exercise.conf", 8, "step \"figure-fuor\": no exercise has that id (did you mean 'figure-four'?)"},
	{"bad/duplicate-id.conf", 5, "exercise \"a\" is already defined at"},
	{"bad/no-steps.conf", 1, "routine \"r\" has no steps"},
	{"bad/title.conf", 1, "exercise \"no-title\" has no title"},
	{"bad/title.conf", 5, "title must not be empty"},
	{"bad/title.conf", 9, "title is 67 columns wide; the limit is 60"},
	{"bad/title.conf", 13, "title must be one line of printable text"},
	{"bad/bad-id.conf", 1, "exercise id \"Upper_Case\" must be 1..40 characters"},
	{"bad/bad-id.conf", 5, "must be 1..40 characters"},
	{"bad/utf8.conf", 2, "invalid UTF-8 (byte 0xe9 at column 17)"},
	{"bad/binary.conf", 3, "not text: control byte 0x00"},
	{"bad/long-line.conf", 3, "the limit is 4096"},
	{"bad/unclosed.conf", 1, "'exercise' section is never closed"},
	{"bad/quirks.conf", 3, "'title' is given twice (first on line 2)"},
	{"bad/quirks.conf", 4, "a comma ends the list"},
	{"bad/quirks.conf", 5, "write reps without leading zeros, got 010"},
	{"bad/area.conf", 3, "unknown area 'glute' (did you mean 'glutes'?)"},
	{"bad/area.conf", 5, "exercise \"b\" needs an area"},
	{"bad/empty.conf", 0, "holds no exercise or routine"},
};

ParameterizedTestParameters(routine, bad_input)
{
	return cr_make_param_array(struct bad_case, (void *)bad_cases,
				   sizeof bad_cases / sizeof bad_cases[0]);
}

ParameterizedTest(const struct bad_case *c, routine, bad_input)
{
	const char *f[] = {c->file};
	load_files(f, 1);
	cr_assert(has_problem(c->file, c->line, c->what), "%s:%d: expected '%s'", c->file,
		  c->line, c->what);
	cr_assert_eq(lib.nskipped, 1, "the file is skipped");
	cr_assert_eq(lib.nex + lib.nrt, 0, "nothing of a bad file is loaded");
}

Test(routine, a_bad_file_does_not_hide_the_good_ones)
{
	const char *f[] = {"bad/range.conf", "good/basic.conf"};
	load_files(f, 2);
	cr_assert_eq(lib.nrt, 2);
	cr_assert_eq(lib.nskipped, 1);
	cr_assert(strstr(lib.skipped[0].file, "bad/range.conf"));
	cr_assert(strstr(lib.skipped[0].first, "range.conf:4: hold must be 1..600 seconds, got 0"),
		  "%s", lib.skipped[0].first);
	cr_assert_eq(lib.skipped[0].nproblems, 6);
}

static void add_layers(const char *first, const char *second)
{
	char *a = xasprintf("%s/%s", TEST_DATA, first);
	char *b = xasprintf("%s/%s", TEST_DATA, second);
	cr_assert_eq(library_add_dir(&lib, a, true), LB_OK);
	cr_assert_eq(library_add_dir(&lib, b, true), LB_OK);
	library_finish(&lib);
	free(a);
	free(b);
}

Test(routine, earlier_layers_override_by_id)
{
	add_layers("layer-user", "layer-shipped");
	const struct exercise *e = library_exercise(&lib, "stretch");
	cr_assert_str_eq(e->title, "My stretch");
	cr_assert_eq(e->hold, 45);
	cr_assert_str_eq(library_routine(&lib, "daily")->title, "My daily");
	/* The user's override of "other" is broken: that file is skipped, the shipped one serves. */
	cr_assert_str_eq(library_exercise(&lib, "other")->title, "Shipped other");
	const struct routine *only = library_routine(&lib, "only-shipped");
	cr_assert_not_null(only);
	cr_assert_str_eq(only->steps[0].ex->title, "Shipped other");
	cr_assert_eq(lib.nskipped, 1);
	cr_assert(strstr(lib.skipped[0].file, "broken.conf"));
}

Test(routine, search_order_decides_the_winner)
{
	add_layers("layer-shipped", "layer-user");
	cr_assert_str_eq(library_exercise(&lib, "stretch")->title, "Shipped stretch");
	cr_assert_str_eq(library_routine(&lib, "daily")->title, "Shipped daily");
	/* A shipped routine uses the exercise that wins, wherever it lives. */
	cr_assert_eq(library_routine(&lib, "daily")->steps[0].hold, 20);
}

Test(routine, duplicate_id_in_one_directory_is_the_later_files_error)
{
	char *dir = xasprintf("%s/dup-dir", TEST_DATA);
	library_add_dir(&lib, dir, true);
	library_finish(&lib);
	free(dir);
	cr_assert(has_problem("dup-dir/b.conf", 2, "exercise \"same\" is already defined at"));
	cr_assert(strstr(lib.problems.v[0].msg, "dup-dir/a.conf:1"), "%s", lib.problems.v[0].msg);
	cr_assert_str_eq(library_exercise(&lib, "same")->title, "First");
	cr_assert_null(library_routine(&lib, "uses-same"), "b.conf is skipped whole");
}

Test(routine, a_step_into_a_skipped_file_says_so)
{
	library_add_buf(&lib, "a.conf", "exercise \"x\" {\n title = \"X\"\n area = {core}\n hold = 0\n}\n");
	library_add_buf(&lib, "b.conf", "routine \"r\" {\n title = \"R\"\n step \"x\" {}\n}\n");
	library_finish(&lib);
	cr_assert(has_problem("b.conf", 3, "that exercise is in a.conf, which has errors"));
	cr_assert_eq(lib.nrt, 0);
	cr_assert_eq(lib.nskipped, 2);
}

Test(routine, missing_directories)
{
	cr_assert_eq(library_add_dir(&lib, "/nonexistent/limber-routines", false), LB_OK);
	cr_assert_eq(lib.problems.n, 0, "a missing optional directory is normal");
	cr_assert_eq(library_add_dir(&lib, "/nonexistent/limber-routines", true), LB_NOT_FOUND);
	cr_assert_eq(lib.problems.n, 1);
}

Test(routine, a_file_is_read_once)
{
	char *dir = xasprintf("%s/good", TEST_DATA);
	char *file = xasprintf("%s/good/basic.conf", TEST_DATA);
	library_add_files(&lib, (const char *const *)&file, 1);
	library_add_dir(&lib, dir, true);
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0, "the same file in a later layer is not a duplicate");
	cr_assert_eq(lib.nfiles, 1);
	free(dir);
	free(file);
}

Test(routine, ids_and_areas)
{
	cr_assert(ident_valid("sciatica-morning"));
	cr_assert(ident_valid("a"));
	cr_assert_not(ident_valid(""));
	cr_assert_not(ident_valid("Morning"));
	cr_assert_not(ident_valid("knee_to_chest"));
	cr_assert_not(ident_valid("x23456789012345678901234567890123456789012"));
	cr_assert_eq(routine_area_parse("upper-back"), AREA_UPPER_BACK);
	cr_assert_eq(routine_area_parse("back"), -1);
}

Test(routine, shipped_library_is_complete)
{
	library_add_dir(&lib, LIMBER_SRCDIR "/routines", true);
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0);
	cr_assert_geq(lib.nrt, 8);
	cr_assert_geq(lib.nex, 16);
	for (size_t i = 0; i < lib.nex; i++) {
		const struct exercise *e = lib.ex[i];
		cr_assert_not_null(e->position, "%s has a starting position", e->id);
		cr_assert_not_null(e->caution, "%s has a caution", e->id);
		cr_assert_geq(e->ncues, 1, "%s has cues", e->id);
	}
	const char *wanted[] = {"sciatica-morning", "evening-unwind", "desk-break", "glute-piriformis",
				"flare-up-gentle", "nerve-glide", "core-stability", "quick-five"};
	for (size_t i = 0; i < 8; i++)
		cr_assert_not_null(library_routine(&lib, wanted[i]), "%s ships", wanted[i]);
	long quick = routine_total_seconds(library_routine(&lib, "quick-five"), 5);
	cr_assert(quick >= 270 && quick <= 330, "quick-five takes about 5 minutes, not %ld s", quick);
}

Test(routine, text_is_taken_literally_never_from_the_environment)
{
	setenv("LIMBER_TEST_SECRET", "leaked", 1);
	library_add_buf(&lib, "env.conf",
			"exercise \"a\" {\n"
			"  title = \"${LIMBER_TEST_SECRET} x\"\n"
			"  area = {core}\n"
			"  cue = {\"say ${LIMBER_TEST_SECRET}\", 'single ${LIMBER_TEST_SECRET}'}\n"
			"  caution = \"$${LIMBER_TEST_SECRET} and \\${LIMBER_TEST_SECRET}\"\n"
			"}\n"
			"exercise \"b\" {\n  title = \"B\"\n  area = {core}\n}\n");
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0, "%s", lib.problems.n ? lib.problems.v[0].msg : "");
	const struct exercise *e = library_exercise(&lib, "a");
	cr_assert_not_null(e);
	cr_assert_str_eq(e->title, "${LIMBER_TEST_SECRET} x");
	cr_assert_str_eq(e->cues[0], "say ${LIMBER_TEST_SECRET}");
	cr_assert_str_eq(e->cues[1], "single ${LIMBER_TEST_SECRET}");
	cr_assert_str_eq(e->caution, "$${LIMBER_TEST_SECRET} and ${LIMBER_TEST_SECRET}");
	/* Lines stay true after the escaping: b is where it was written. */
	cr_assert_eq(library_exercise(&lib, "b")->line, 7);
}
