/* show.c - `limber show ROUTINE`: every step with its dosage, and the total time */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "describe.h"
#include "strdist.h"
#include "xalloc.h"

static void usage(FILE *out)
{
	fputs("Usage: limber show ROUTINE\n"
	      "Print a routine's steps: each exercise with its starting position, cues,\n"
	      "dosage and caution, and the total time of the session.\n",
	      out);
	cli_print_global_options(out);
}

int cli_show(struct app *a, int argc, char **argv)
{
	int rc = app_parse_plain(a, argc, argv, usage);
	if (rc >= 0)
		return rc;
	if (optind >= argc)
		return app_usage_error(a, "which routine? (see 'limber routines')");
	if (optind + 1 < argc)
		return app_usage_error(a, "unexpected argument '%s'", argv[optind + 1]);
	const char *id = argv[optind];
	struct library lib;
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
