/* SPDX-License-Identifier: ISC */
/* routines.c - `limber routines`: the routine library as a table */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/strdist.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "cli/cli.h"

char *cli_areas_text(unsigned mask, const char *sep)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < AREA_COUNT; i++)
		if (mask & (1u << i))
			sb_addf(&b, "%s%s", b.len ? sep : "", routine_area_names[i]);
	return sb_steal(&b);
}

/* Writes s padded or cut (at a word, with an ellipsis) to exactly cols columns. */
static void cell(const struct app *a, const char *s, int cols)
{
	int w = utf8_width(s);
	if (w < 0)
		w = (int)strlen(s);
	if (w <= cols) {
		fputs(s, stdout);
		printf("%*s", cols - w, "");
		return;
	}
	const char *ell = app_sym(a, "…", "~"), *next;
	size_t keep = utf8_wrap(s, cols - 1, &next); /* mid-word only for one long word */
	while (keep > 0 && s[keep - 1] == ' ')
		keep--;
	char *head = xstrndup(s, keep);
	fputs(head, stdout);
	fputs(ell, stdout);
	printf("%*s", cols - utf8_width(head) - 1, "");
	free(head);
}

struct routines_opts {
	int area; /* -1: every area */
	bool ids;
};

static int set_area(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)o;
	struct routines_opts *ro = dest;
	ro->area = routine_area_parse(arg);
	if (ro->area >= 0)
		return 0;
	const char *hint = str_suggest(arg, routine_area_names, AREA_COUNT);
	if (hint)
		return app_usage_error(a, _("--area: unknown area '%s' (did you mean '%s'?)"), arg,
				       hint);
	return app_usage_error(a,
			       /* TRANSLATORS: the areas are words to type: keep them. */
			       _("--area: unknown area '%s' (known: lower-back, glutes, "
				 "hips, hamstrings, legs, core, upper-back, neck)"),
			       arg);
}

static const struct parse_opt routines_options[] = {
	PARSE_CALL("area", 'a', "AREA", set_area,
		   /* TRANSLATORS: the areas are words to type: keep them. */
		   N_("only routines for AREA: lower-back, glutes, hips,\n"
		      "hamstrings, legs, core, upper-back or neck")),
	PARSE_FLAG("ids", 0, struct routines_opts, ids,
		   N_("print only the ids, one a line (for scripts)")),
	PARSE_END,
};

static void routines_init(void *opts)
{
	((struct routines_opts *)opts)->area = -1;
}

/* No routine anywhere: a broken install or tree; says where it looked. */
static int no_routines(const struct app *a)
{
	size_t n;
	char **dirs = app_routine_search_path(a, &n);
	app_error("%s", _("no routines found; searched:"));
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(dirs[i], &st) == 0 && S_ISDIR(st.st_mode))
			fprintf(stderr, "  %s\n", dirs[i]);
		else
			/* TRANSLATORS: a directory searched for routines that is not there. */
			fprintf(stderr, _("  %s (missing)\n"), dirs[i]);
	}
	app_free_strings(dirs, n);
	return 1;
}

/* The widths of the table's columns: ID  TITLE  MIN  AREAS. */
struct columns {
	int id, title, min, areas;
};

/* One routine's row; its areas wrap onto more lines rather than widen the table. */
static void print_row(const struct app *a, const struct routine *r, const struct columns *c)
{
	cell(a, r->id, c->id);
	fputs("  ", stdout);
	cell(a, r->title, c->title);
	printf("  %*d  ", c->min, routine_minutes(r, a->settings.count_in));
	char *ar = cli_areas_text(r->areas, ", ");
	const char *s = ar, *next;
	for (bool first = true; *s || first; first = false, s = next) {
		size_t n = utf8_wrap(s, c->areas, &next);
		if (!first)
			printf("%*s", c->id + 2 + c->title + 2 + c->min + 2, "");
		printf("%.*s\n", (int)n, s);
		if (!*next)
			break;
	}
	free(ar);
}

static int routines(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct routines_opts *ro = opts;
	int area = ro->area;
	struct library lib;
	int rc;
	if ((rc = app_load_all(a, &lib)))
		return rc;
	if (lib.nrt == 0) {
		library_free(&lib);
		return no_routines(a);
	}
	if (ro->ids) {
		for (size_t i = 0; i < lib.nrt; i++)
			if (area < 0 || (lib.rt[i]->areas & (1u << area)))
				puts(lib.rt[i]->id);
		library_free(&lib);
		return 0;
	}

	/* TRANSLATORS: headings of limber routines' table; the columns grow to fit them.
	   MIN is the minutes a routine takes, AREAS the parts of the body. */
	const char *id_h = _("ID"), *title_h = _("TITLE"), *min_h = _("MIN"), *areas_h = _("AREAS");
	int idw = utf8_width(id_h), titlew = utf8_width(title_h), minw = utf8_width(min_h);
	if (minw < 3)
		minw = 3;
	size_t shown = 0;
	for (size_t i = 0; i < lib.nrt; i++) {
		const struct routine *r = lib.rt[i];
		if (area >= 0 && !(r->areas & (1u << area)))
			continue;
		int w = (int)strlen(r->id);
		if (w > idw)
			idw = w;
		w = utf8_width(r->title);
		if (w > titlew)
			titlew = w;
		shown++;
	}
	/* ID  TITLE  MIN  AREAS: areas wrap onto more lines rather than widen the table. */
	int cols = app_columns();
	int areaw_min = 20;
	int room = cols - idw - 2 - 2 - minw - 2 - areaw_min;
	if (titlew > room)
		titlew = room < 12 ? 12 : room;
	int areaw = cols - idw - 2 - titlew - 2 - minw - 2;
	if (areaw < areaw_min)
		areaw = areaw_min;
	if (shown == 0) {
		/* TRANSLATORS: %s is an area as --area takes it (lower-back, neck...). */
		printf(_("No routine works on %s.\n"), routine_area_names[area]);
		library_free(&lib);
		return 0;
	}
	cell(a, id_h, idw);
	fputs("  ", stdout);
	cell(a, title_h, titlew);
	fputs("  ", stdout);
	app_put_cell(min_h, minw, true);
	printf("  %s\n", areas_h);
	struct columns c = {idw, titlew, minw, areaw};
	for (size_t i = 0; i < lib.nrt; i++)
		if (area < 0 || (lib.rt[i]->areas & (1u << area)))
			print_row(a, lib.rt[i], &c);
	library_free(&lib);
	return 0;
}

const struct cli_command cli_routines_command = {
	.spec = {.name = "routines", .args = "[--area AREA] [--ids]", .opts = routines_options,
		 .about = N_("List the routines found along the routine search path: id, title,\n"
			     "minutes (with the count-in from limber.conf) and the body areas.\n")},
	.summary = N_("list routines: id, title, minutes, areas"),
	.opts_size = sizeof(struct routines_opts), .init = routines_init, .run = routines,
};
