/* SPDX-License-Identifier: ISC */
/* check.c - `limber check FILE...`: validates routine files */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/textsafe.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "report/svg.h"

/* "FILE: ok (2 exercises, 1 routine)": what a good file holds. */
static void print_ok(const char *file, size_t nex, size_t nrt)
{
	char *ex = nex ? xasprintf(ngettext("%zu exercise", "%zu exercises", nex), nex) : NULL;
	char *rt = NULL;
	if (nrt || !nex)
		rt = xasprintf(ngettext("%zu routine", "%zu routines", nrt), nrt);
	if (ex && rt)
		/* TRANSLATORS: a routine file that is good: "FILE: ok (2 exercises, 1 routine)". */
		printf(_("%s: ok (%s, %s)\n"), file, ex, rt);
	else
		/* TRANSLATORS: a routine file that is good: "FILE: ok (1 routine)". */
		printf(_("%s: ok (%s)\n"), file, ex ? ex : rt);
	free(ex);
	free(rt);
}

static int check(struct app *a, void *opts, const struct parse_result *res)
{
	(void)opts;
	const char *const *files = (const char *const *)res->v;
	size_t nfiles = (size_t)res->n;
	struct library lib;
	int rc = app_load_library(a, &lib, files, nfiles, true);
	if (rc)
		return rc;
	/* A figure that is there must also draw. */
	for (size_t i = 0; i < lib.nex; i++) {
		const struct exercise *e = lib.ex[i];
		char *err = NULL;
		bool mine = false;
		for (size_t f = 0; f < nfiles && !mine; f++)
			mine = strcmp(e->file, files[f]) == 0;
		if (mine && e->figure_path && !svg_check(e->figure_path, &err))
			diags_add(&lib.figure_problems, e->file, e->figure_line,
				  /* TRANSLATORS: a figure's name, then why it fails. */
				  _("figure \"%s\": %s"), e->figure,
				  err ? err : _("cannot be drawn"));
		free(err);
	}
	/* A missing figure leaves the routine playable, but the file is not ok. */
	diags_move(&lib.problems, &lib.figure_problems);
	diags_sort(&lib.problems);
	size_t bad = 0;
	for (size_t f = 0; f < nfiles; f++) {
		size_t n = 0, nex = 0, nrt = 0;
		const struct diag **mine = xcalloc(lib.problems.n + 1, sizeof *mine);
		for (size_t i = 0; i < lib.problems.n; i++) {
			const struct diag *g = &lib.problems.v[i];
			if (g->file && strcmp(g->file, files[f]) == 0)
				mine[n++] = g;
		}
		for (size_t i = 0; i < n; i++) {
			/* A bad file's bytes are echoed in visible escapes, as everywhere. */
			char *s = diag_format(mine[i]), *safe = textsafe(s, 0);
			fprintf(stderr, "%s\n", safe);
			free(safe);
			free(s);
		}
		free(mine);
		if (n) {
			bad++;
			continue;
		}
		for (size_t i = 0; i < lib.nex; i++)
			nex += strcmp(lib.ex[i]->file, files[f]) == 0;
		for (size_t i = 0; i < lib.nrt; i++)
			nrt += strcmp(lib.rt[i]->file, files[f]) == 0;
		print_ok(files[f], nex, nrt);
	}
	library_free(&lib);
	if (bad) {
		app_error(ngettext("%zu of %zu file with problems",
				   "%zu of %zu files with problems", nfiles),
			  bad, nfiles);
		return 2;
	}
	return 0;
}

const struct cli_command cli_check_command = {
	.spec = {.name = "check", .args = "FILE...", .max_operands = -1,
		 .missing = N_("which files? (e.g. limber check routines/*.conf)"),
		 .about = N_("Validate routine files. Each problem is printed to stderr as\n"
			     "FILE:LINE: message; steps may name exercises from the files given or from\n"
			     "the routine search path. Exit status 0 when every file is good, 2 otherwise.\n")},
	.summary = N_("validate routine files"), .run = check,
};
