/* SPDX-License-Identifier: ISC */
/* show.c - `limber show ROUTINE`: every step with its dosage, and the total time */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "cli/cli.h"
#include "insight/progress.h"
#include "routine/describe.h"
#include "tui/figure.h"

struct show_opts {
	bool no_figures;
};

static const struct parse_opt show_options[] = {
	PARSE_FLAG("no-figures", 0, struct show_opts, no_figures,
		   N_("leave out the exercises' figures (drawn on a terminal)")),
	PARSE_END,
};

/* Rows a figure takes in `limber show`: enough to read, small beside the text. */
#define SHOW_FIGURE_ROWS 12
#define SHOW_FIGURE_COLS 60

/* The routine as text, each exercise's figure between its dosage and its cues. */
static void print_with_figures(const struct app *a, const struct routine *r, int cols)
{
	int count_in = a->settings.count_in;
	char *s = describe_part(r, DESCRIBE_HEAD, 0, count_in, cols, a->utf8);
	fputs(s, stdout);
	free(s);
	bool colour = a->settings.colour != COLOUR_NEVER &&
		      !(a->settings.colour == COLOUR_AUTO && getenv("NO_COLOR") && *getenv("NO_COLOR"));
	for (size_t i = 0; i < r->nsteps; i++) {
		s = describe_part(r, DESCRIBE_STEP_HEAD, i, count_in, cols, a->utf8);
		fputs(s, stdout);
		free(s);
		const char *fig = r->steps[i].ex->figure_path;
		/* Indented under the title, as the cues are. */
		if (fig) {
			char *pic = NULL;
			size_t n = 0;
			FILE *mem = open_memstream(&pic, &n);
			int fcols = cols - 4 < SHOW_FIGURE_COLS ? cols - 4 : SHOW_FIGURE_COLS;
			if (mem && tui_figure_print(mem, fig, SHOW_FIGURE_ROWS, fcols, a->utf8, colour)) {
				fclose(mem);
				mem = NULL;
				for (char *line = pic, *nl; *line; line = nl + 1) {
					nl = strchr(line, '\n');
					printf("    %.*s\n", (int)(nl - line), line);
				}
			}
			if (mem)
				fclose(mem);
			free(pic);
		}
		s = describe_part(r, DESCRIBE_STEP_BODY, i, count_in, cols, a->utf8);
		fputs(s, stdout);
		free(s);
	}
	s = describe_part(r, DESCRIBE_FOOT, 0, count_in, cols, a->utf8);
	fputs(s, stdout);
	free(s);
}

static int show(struct app *a, void *opts, const struct parse_result *res)
{
	struct show_opts *so = opts;
	const char *id = res->v[0];
	struct library lib;
	int rc;
	if ((rc = app_load_all(a, &lib)))
		return rc;
	const struct routine *r = app_routine(&lib, id);
	if (!r) {
		library_free(&lib);
		return 2;
	}

	/* The doses in force for this person (the file's when there is no diary). */
	struct diary *db = NULL;
	if ((rc = app_open_diary_with(a, DIARY_READ, &db, &lib)))
		return rc;
	struct diags err = {0};
	struct progress_routine dosed;
	progress_for(&dosed, db, &lib, r, clock_wall(), false, &err);
	app_print_diags(&err);
	diags_free(&err);
	diary_close(db);

	int cols = app_columns();
	if (cols > 100)
		cols = 100;
	/* Figures go to a terminal only: piped, the text stays as it was. */
	if (!so->no_figures && a->settings.figures && isatty(STDOUT_FILENO)) {
		print_with_figures(a, &dosed.r, cols);
	} else {
		char *text = describe_routine(&dosed.r, a->settings.count_in, cols, a->utf8);
		fputs(text, stdout);
		free(text);
	}
	progress_routine_free(&dosed);
	library_free(&lib);
	return 0;
}

const struct cli_command cli_show_command = {
	.spec = {.name = "show", .args = "[--no-figures] ROUTINE", .max_operands = 1,
		 .opts = show_options,
		 .missing = APP_WHICH_ROUTINE,
		 .about = "Print a routine's steps: each exercise with its starting position, cues,\n"
			  "dosage and caution, and the total time of the session. On a terminal\n"
			  "each exercise's figure comes before its cues.\n"},
	.summary = "print a routine's steps with dosage and total time",
	.opts_size = sizeof(struct show_opts), .run = show,
};
