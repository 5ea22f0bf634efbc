/* SPDX-License-Identifier: ISC */
/* dose.c - `limber dose [ROUTINE]`: the dose in force of each exercise, and `dose reset` */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "cli/cli.h"
#include "insight/progress.h"
#include "routine/describe.h"

/* One line: the exercise, its dose as `limber show` writes it, and why. */
static void print_step(const struct step *st, int width, bool utf8)
{
	struct strbuf b;
	sb_init(&b);
	describe_dosage(&b, st, utf8);
	const char *title = st->ex->title;
	int pad = width - utf8_width(title);
	printf("%s%*s  %s", title, pad > 0 ? pad : 0, "", b.s);
	if (st->dose_why || st->ex->progress.every)
		printf(" %s %s", utf8 ? "—" : "-",
		       st->dose_why ? st->dose_why : _("starting dose"));
	putchar('\n');
	sb_free(&b);
}

/* The exercises that progress, at their own values (no routine's overrides). */
static void print_all(const struct library *lib, const struct progress_book *book, bool utf8)
{
	int width = 0;
	for (size_t i = 0; i < lib->nex; i++)
		if (lib->ex[i]->progress.every && utf8_width(lib->ex[i]->title) > width)
			width = utf8_width(lib->ex[i]->title);
	size_t shown = 0;
	for (size_t i = 0; i < lib->nex; i++) {
		const struct exercise *ex = lib->ex[i];
		if (!ex->progress.every)
			continue;
		struct step one = {.exercise_id = ex->id, .ex = ex, .hold = ex->hold,
				   .reps = ex->reps, .rest = ex->rest, .sides = ex->sides};
		struct routine r = {.id = "", .title = "", .steps = &one, .nsteps = 1};
		struct progress_routine dosed;
		progress_apply(&dosed, &r, book);
		print_step(&dosed.steps[0], width, utf8);
		progress_routine_free(&dosed);
		shown++;
	}
	if (!shown)
		printf("%s\n",
		       /* TRANSLATORS: 'progress' is a key of routine files, kept in English. */
		       _("No exercise has a progression (see 'progress' in limber-routine(5))."));
}

static void print_routine(const struct progress_routine *dosed, bool utf8)
{
	int width = 0;
	for (size_t i = 0; i < dosed->r.nsteps; i++)
		if (utf8_width(dosed->steps[i].ex->title) > width)
			width = utf8_width(dosed->steps[i].ex->title);
	printf("%s\n", dosed->r.title);
	for (size_t i = 0; i < dosed->r.nsteps; i++)
		print_step(&dosed->steps[i], width, utf8);
}

static int dose(struct app *a, void *opts, const struct parse_result *res)
{
	(void)opts;
	bool reset = res->n > 0 && strcmp(res->v[0], "reset") == 0;
	if (reset && res->n < 2)
		return app_usage_error(a, "%s", _("reset which routine? (see 'limber routines')"));
	if (!reset && res->n > 1)
		return app_usage_error(a, _("unexpected argument '%s'"), res->v[1]);
	const char *id = reset ? res->v[1] : res->n ? res->v[0] : NULL;
	struct library lib;
	int rc = app_load_all(a, &lib);
	if (rc)
		return rc;
	const struct routine *r = id ? library_routine(&lib, id) : NULL;
	if (id && !r) {
		app_error(_("no routine '%s' (see 'limber routines')"), id);
		library_free(&lib);
		return 2;
	}
	struct diary *db = NULL;
	if ((rc = app_open_diary_with(a, reset ? DIARY_CREATE : DIARY_READ, &db, &lib)))
		return rc;
	struct diags err = {0};
	struct progress_book book;
	int64_t now = clock_wall();
	enum lb_status st = progress_read(&book, db, &lib, now, &err);
	if (st == LB_OK && reset) {
		progress_reset(&book, r, now);
		st = progress_save(&book, db, &err);
		if (st == LB_OK)
			/* TRANSLATORS: %s is a routine's title. */
			printf(_("The doses of %s start over from the routine file.\n"), r->title);
	} else if (st == LB_OK && r) {
		struct progress_routine dosed;
		progress_apply(&dosed, r, &book);
		print_routine(&dosed, a->utf8);
		progress_routine_free(&dosed);
	} else if (st == LB_OK) {
		print_all(&lib, &book, a->utf8);
	}
	progress_free(&book);
	diary_close(db);
	library_free(&lib);
	return app_report(&err, st);
}

const struct cli_command cli_dose_command = {
	.spec = {.name = "dose", .args = "[ROUTINE] | reset ROUTINE", .max_operands = 2,
		 .about = N_("Print the dose in force of each exercise, one line each, as 'limber\n"
			     "show' writes it, and why: a dose grows a step after a few comfortable\n"
			     "sessions (pain after not above before) and falls back a step after a\n"
			     "session that left pain 2 or more points higher or spread symptoms down\n"
			     "the leg; it is counted from the diary's sessions. With ROUTINE, its\n"
			     "steps; without, every exercise that progresses. 'reset ROUTINE' starts\n"
			     "the doses of its exercises over from the routine file.\n")},
	.summary = N_("the dose in force of each exercise, and why"), .run = dose,
};
