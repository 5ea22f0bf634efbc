/* SPDX-License-Identifier: ISC */
/* show.c - `limber show ROUTINE`: every step with its dosage, and the total time */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/clock.h"
#include "base/strdist.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "insight/progress.h"
#include "routine/describe.h"

static int show(struct app *a, void *opts, const struct parse_result *res)
{
	(void)opts;
	const char *id = res->v[0];
	struct library lib;
	int rc;
	if ((rc = app_load_all(a, &lib)))
		return rc;
	const struct routine *r = library_routine(&lib, id);
	if (!r) {
		const char **ids = xcalloc(lib.nrt + 1, sizeof *ids);
		for (size_t i = 0; i < lib.nrt; i++)
			ids[i] = lib.rt[i]->id;
		const char *hint = str_suggest(id, ids, lib.nrt);
		if (hint)
			app_error("no routine '%s' (did you mean '%s'?)", id, hint);
		else
			app_error("no routine '%s' (see 'limber routines')", id);
		free(ids);
		library_free(&lib);
		return 2;
	}

	/* The doses in force for this person (the file's when there is no diary). */
	struct diary *db = NULL;
	if ((rc = app_open_diary(a, DIARY_READ, &db))) {
		library_free(&lib);
		return rc;
	}
	struct diags err = {0};
	struct progress_routine dosed;
	progress_for(&dosed, db, &lib, r, clock_wall(), false, &err);
	app_print_diags(&err);
	diags_free(&err);
	diary_close(db);

	int cols = app_columns();
	if (cols > 100)
		cols = 100;
	char *text = describe_routine(&dosed.r, a->settings.count_in, cols, a->utf8);
	fputs(text, stdout);
	free(text);
	progress_routine_free(&dosed);
	library_free(&lib);
	return 0;
}

const struct cli_command cli_show_command = {
	.spec = {.name = "show", .args = "ROUTINE", .max_operands = 1,
		 .missing = "which routine? (see 'limber routines')",
		 .about = "Print a routine's steps: each exercise with its starting position, cues,\n"
			  "dosage and caution, and the total time of the session.\n"},
	.summary = "print a routine's steps with dosage and total time", .run = show,
};
