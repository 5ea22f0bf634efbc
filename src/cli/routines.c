/* routines.c - `limber routines`: the routine library as a table */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "strbuf.h"
#include "strdist.h"
#include "utf8.h"
#include "xalloc.h"

static void usage(FILE *out)
{
	fputs("Usage: limber routines [--area AREA]\n"
	      "List the routines found along the routine search path: id, title,\n"
	      "minutes (with the count-in from limber.conf) and the body areas.\n"
	      "\n"
	      "  -a, --area AREA   only routines for AREA: lower-back, glutes, hips,\n"
	      "                    hamstrings, legs, core, upper-back or neck\n",
	      out);
	cli_print_global_options(out);
}

char *cli_areas_text(unsigned mask, const char *sep)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < AREA_COUNT; i++)
		if (mask & (1u << i))
			sb_addf(&b, "%s%s", b.len ? sep : "", routine_area_names[i]);
	return sb_steal(&b);
}

/* Writes s padded or cut (with an ellipsis) to exactly cols columns. */
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
	const char *ell = app_sym(a, "…", "~");
	size_t keep = utf8_fit(s, cols - 1);
	char *head = xstrndup(s, keep);
	fputs(head, stdout);
	fputs(ell, stdout);
	printf("%*s", cols - utf8_width(head) - 1, "");
	free(head);
}

int cli_routines(struct app *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{"area", required_argument, NULL, 'a'},
		APP_GLOBAL_OPTIONS,
		{NULL, 0, NULL, 0},
	};
	int area = -1, c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":a:h", opts, NULL)) != -1) {
		switch (c) {
		case 'a':
			area = routine_area_parse(optarg);
			if (area < 0) {
				const char *hint = str_suggest(optarg, routine_area_names, AREA_COUNT);
				if (hint)
					return app_usage_error(a, "--area: unknown area '%s' (did you mean '%s'?)",
							       optarg, hint);
				return app_usage_error(a,
						       "--area: unknown area '%s' (known: lower-back, glutes, "
						       "hips, hamstrings, legs, core, upper-back, neck)",
						       optarg);
			}
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			if (!app_global_option(a, c, optarg))
				return app_bad_option(a, c, argv);
		}
	}
	if (optind < argc)
		return app_usage_error(a, "unexpected argument '%s'", argv[optind]);
	int rc;
	struct library lib;
	if ((rc = app_load_all(a, &lib)))
		return rc;

	int idw = 2, titlew = 5;
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
	int room = cols - idw - 2 - 2 - 3 - 2 - areaw_min;
	if (titlew > room)
		titlew = room < 12 ? 12 : room;
	int areaw = cols - idw - 2 - titlew - 2 - 3 - 2;
	if (areaw < areaw_min)
		areaw = areaw_min;
	if (shown == 0) {
		if (area >= 0)
			printf("No routine works on %s.\n", routine_area_names[area]);
		else
			printf("No routines found.\n");
		library_free(&lib);
		return 0;
	}
	cell(a, "ID", idw);
	fputs("  ", stdout);
	cell(a, "TITLE", titlew);
	fputs("  MIN  AREAS\n", stdout);
	for (size_t i = 0; i < lib.nrt; i++) {
		const struct routine *r = lib.rt[i];
		if (area >= 0 && !(r->areas & (1u << area)))
			continue;
		cell(a, r->id, idw);
		fputs("  ", stdout);
		cell(a, r->title, titlew);
		printf("  %3d  ", routine_minutes(r, a->settings.count_in));
		char *ar = cli_areas_text(r->areas, ", ");
		const char *s = ar, *next;
		for (bool first = true; *s || first; first = false, s = next) {
			size_t n = utf8_wrap(s, areaw, &next);
			if (!first)
				printf("%*s", idw + 2 + titlew + 2 + 3 + 2, "");
			printf("%.*s\n", (int)n, s);
			if (!*next)
				break;
		}
		free(ar);
	}
	library_free(&lib);
	return 0;
}
