/* SPDX-License-Identifier: ISC */
/* test_routine_text.c - shipped routines in the user's language, a person's own as written */
#include "config.h"

#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "fixture.h"
#include "routine/routine.h"

/* Shipped text the test catalog (tests/data/i18n/de.po) translates, and some it does not. */
static const char conf[] =
    "exercise \"figure-four\" {\n"
    "  title = \"Figure-4 glute stretch\"\n"
    "  area = {glutes}\n"
    "  position = \"Lie on your back, knees bent, feet flat.\"\n"
    "  cue = {\"Rest one ankle across the other thigh, just above the knee.\",\n"
    "         \"Breathe.\"}\n"
    "  hold = 30\n"
    "}\n"
    "exercise \"t-wide\" {\n"
    "  title = \"Wide\"\n"
    "  area = {hips}\n"
    "}\n"
    "routine \"quick-five\" {\n"
    "  title = \"Five-minute quick routine\"\n"
    "  step \"figure-four\" {}\n"
    "}\n";

#ifdef ENABLE_NLS
#define DE(german, english) german
#else
#define DE(german, english) english
#endif

static char *tmp;

static void setup(void)
{
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("LANGUAGE", "de", 1);
	setlocale(LC_ALL, "");
#ifdef ENABLE_NLS
	bindtextdomain(PACKAGE, LIMBER_TEST_LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
	tmp = fixture_tmpdir("routine-text");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
}

/* DIR (made under the test's directory) holding routines.conf with text. */
static char *dir_with(const char *name, const char *text)
{
	char *dir = NULL, *file = NULL;
	cr_assert(asprintf(&dir, "%s/%s", tmp, name) > 0);
	cr_assert(asprintf(&file, "%s/routines.conf", dir) > 0);
	cr_assert(mkdir(dir, 0700) == 0);
	fixture_write_file(file, text, strlen(text));
	free(file);
	return dir;
}

TestSuite(routine_text, .init = setup, .fini = teardown);

Test(routine_text, shipped_text_is_translated)
{
	char *ship = dir_with("shipped", conf);
	struct library lib;
	library_init(&lib);
	cr_assert_eq(library_add_shipped_dir(&lib, ship), LB_OK);
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0);
	const struct exercise *e = library_exercise(&lib, "figure-four");
	cr_assert_not_null(e);
	cr_expect_str_eq(e->title, DE("Vierer-Dehnung für das Gesäß", "Figure-4 glute stretch"));
	cr_expect_str_eq(e->cues[0], DE("Einen Knöchel knapp über dem Knie auf den anderen "
					"Oberschenkel legen.",
					"Rest one ankle across the other thigh, just above the knee."));
	/* What the catalog does not hold stays as written. */
	cr_expect_str_eq(e->cues[1], "Breathe.");
	cr_expect_str_eq(e->position, "Lie on your back, knees bent, feet flat.");
	const struct routine *r = library_routine(&lib, "quick-five");
	cr_assert_not_null(r);
	cr_expect_str_eq(r->title, DE("Fünf-Minuten-Kurzprogramm", "Five-minute quick routine"));
	cr_expect_str_eq(r->steps[0].ex->title, e->title);
	library_free(&lib);
	free(ship);
}

Test(routine_text, a_persons_own_routines_are_shown_as_written)
{
	char *own = dir_with("own", conf);
	struct library lib;
	library_init(&lib);
	cr_assert_eq(library_add_dir(&lib, own, true), LB_OK);
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0);
	cr_expect_str_eq(library_exercise(&lib, "figure-four")->title, "Figure-4 glute stretch");
	cr_expect_str_eq(library_exercise(&lib, "figure-four")->cues[0],
			 "Rest one ankle across the other thigh, just above the knee.");
	cr_expect_str_eq(library_routine(&lib, "quick-five")->title, "Five-minute quick routine");
	library_free(&lib);
	free(own);
}

Test(routine_text, an_own_exercise_replacing_a_shipped_one_keeps_its_words)
{
	char *own = dir_with("own", "exercise \"figure-four\" {\n"
				    "  title = \"Figure-4 glute stretch\"\n"
				    "  area = {glutes}\n"
				    "}\n");
	char *ship = dir_with("shipped", conf);
	struct library lib;
	library_init(&lib);
	library_add_dir(&lib, own, false);
	library_add_shipped_dir(&lib, ship);
	library_finish(&lib);
	cr_assert_eq(lib.problems.n, 0);
	/* The person's exercise wins and is as written; the shipped routine around it is translated. */
	const struct routine *r = library_routine(&lib, "quick-five");
	cr_expect_str_eq(r->steps[0].ex->title, "Figure-4 glute stretch");
	cr_expect_str_eq(r->title, DE("Fünf-Minuten-Kurzprogramm", "Five-minute quick routine"));
	library_free(&lib);
	free(own);
	free(ship);
}

Test(routine_text, a_translation_too_wide_for_its_field_is_not_used)
{
	char *ship = dir_with("shipped", conf);
	struct library lib;
	library_init(&lib);
	library_add_shipped_dir(&lib, ship);
	library_finish(&lib);
	/* The catalog's "t-wide|title" is wider than a title may be (ROUTINE_TITLE_COLS). */
	cr_expect_str_eq(library_exercise(&lib, "t-wide")->title, "Wide");
	library_free(&lib);
	free(ship);
}

Test(routine_text, without_the_language_nothing_changes)
{
	unsetenv("LANGUAGE");
	setlocale(LC_ALL, "");
	char *ship = dir_with("shipped", conf);
	struct library lib;
	library_init(&lib);
	library_add_shipped_dir(&lib, ship);
	library_finish(&lib);
	cr_expect_str_eq(library_exercise(&lib, "figure-four")->title, "Figure-4 glute stretch");
	library_free(&lib);
	free(ship);
}
