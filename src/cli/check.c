/* SPDX-License-Identifier: ISC */
/* check.c - `limber check FILE...`: validates routine files */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/cli.h"

static int check(struct app *a, void *opts, const struct parse_result *res)
{
	(void)opts;
	const char *const *files = (const char *const *)res->v;
	size_t nfiles = (size_t)res->n;
	struct library lib;
	int rc = app_load_library(a, &lib, files, nfiles, true);
	if (rc)
		return rc;
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
			char *s = diag_format(mine[i]);
			fprintf(stderr, "%s\n", s);
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
		printf("%s: ok (", files[f]);
		if (nex)
			printf("%zu %s%s", nex, nex == 1 ? "exercise" : "exercises", nrt ? ", " : "");
		if (nrt || !nex)
			printf("%zu %s", nrt, nrt == 1 ? "routine" : "routines");
		printf(")\n");
	}
	library_free(&lib);
	if (bad) {
		fprintf(stderr, "limber: %zu of %zu %s with problems\n", bad, nfiles,
			nfiles == 1 ? "file" : "files");
		return 2;
	}
	return 0;
}

const struct cli_command cli_check_command = {
	.spec = {.name = "check", .args = "FILE...", .max_operands = -1,
		 .missing = "which files? (e.g. limber check routines/*.conf)",
		 .about = "Validate routine files. Each problem is printed to stderr as\n"
			  "FILE:LINE: message; steps may name exercises from the files given or from\n"
			  "the routine search path. Exit status 0 when every file is good, 2 otherwise.\n"},
	.summary = "validate routine files", .run = check,
};
