/* SPDX-License-Identifier: ISC */
/* show.c - `limber show ROUTINE`: every step with its dosage, and the total time */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/strdist.h"
#include "base/xalloc.h"
#include "cli/cli.h"
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

	int cols = app_columns();
	if (cols > 100)
		cols = 100;
	char *text = describe_routine(r, a->settings.count_in, cols, a->utf8);
	fputs(text, stdout);
	free(text);
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
