/* SPDX-License-Identifier: ISC */
/* sheet.c - `limber sheet ROUTINE -o FILE.pdf`: a printed home-exercise sheet */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "report/sheet.h"

struct sheet_opts_cli {
	const char *output;
	int paper; /* enum report_paper */
};

static const struct parse_opt sheet_options[] = {
	APP_PAPER_OPTION(struct sheet_opts_cli),
	APP_PDF_OUTPUT_OPTION(struct sheet_opts_cli),
	PARSE_END,
};

static int sheet(struct app *a, void *opts, const struct parse_result *res)
{
	const struct sheet_opts_cli *o = opts;
	int rc = app_pdf_output(a, o->output);
	if (rc)
		return rc;
	if (!report_available()) {
		app_error("%s", _("this limber was built without PDF output "
				  "(configure --without-report)"));
		return 1;
	}
	struct library lib;
	if ((rc = app_load_all(a, &lib)))
		return rc;
	const struct routine *r = app_routine(&lib, res->v[0]);
	if (!r) {
		library_free(&lib);
		return 2;
	}
	struct sheet_opts so = {(enum report_paper)o->paper, a->settings.count_in,
				a->settings.week_starts == WEEK_SUNDAY};
	struct diags err = {0};
	int pages = 0;
	enum lb_status st = sheet_write(r, &so, o->output, &pages, &err);
	if (st == LB_OK && strcmp(o->output, "-") != 0)
		/* TRANSLATORS: the file, its pages, the routine's title, the paper (A4, letter). */
		printf(ngettext("%s: %d page, %s (%s)\n", "%s: %d pages, %s (%s)\n", pages),
		       o->output, pages, r->title,
		       /* TRANSLATORS: the US paper size, after "FILE: 2 pages, Title". */
		       o->paper == REPORT_LETTER ? C_("paper", "letter") : C_("paper", "A4"));
	library_free(&lib);
	return app_report(&err, st);
}

const struct cli_command cli_sheet_command = {
	.spec = {.name = "sheet", .args = "ROUTINE [--paper a4|letter] -o FILE", .max_operands = 1,
		 .opts = sheet_options,
		 .missing = APP_WHICH_ROUTINE,
		 .about = N_("Write a routine as a printable home-exercise sheet (PDF), as a\n"
			     "physiotherapist hands one out: a line for how often, each exercise with\n"
			     "its figure, starting position, cues, dose and caution, a box to tick\n"
			     "for each day, and the safety advice at the foot. Print it to do the\n"
			     "routine away from the screen; 'limber log --session' records it after.\n")},
	.summary = N_("write a routine as a printable exercise sheet (PDF)"),
	.opts_size = sizeof(struct sheet_opts_cli), .run = sheet,
};
