/* show.c - `limber show ROUTINE`: every step with its dosage, and the total time */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out)
{
	fputs("Usage: limber show ROUTINE\n"
	      "Print a routine's steps: each exercise with its starting position, cues,\n"
	      "dosage and caution, and the total time of the session.\n",
	      out);
	cli_print_global_options(out);
}

/* "1 min 5 s", "45 s", "12 min". */
static void print_duration(long s)
{
	if (s >= 60 && s % 60)
		printf("%ld min %ld s", s / 60, s % 60);
	else if (s >= 60)
		printf("%ld min", s / 60);
	else
		printf("%ld s", s);
}

/* Prints text wrapped at cols with the first line after prefix, the rest indented. */
static void print_wrapped(const char *prefix, int indent, const char *text, int cols)
{
	int room = cols - indent;
	if (room < 20)
		room = 20;
	const char *s = text, *next;
	bool first = true;
	while (*s) {
		size_t n = utf8_wrap(s, room, &next);
		if (first)
			fputs(prefix, stdout);
		else
			printf("%*s", indent, "");
		fwrite(s, 1, n, stdout);
		fputc('\n', stdout);
		first = false;
		s = next;
	}
}

static void print_dosage(const struct app *a, const struct step *s)
{
	const char *times = app_sym(a, "×", "x");
	const char *rep = s->reps == 1 ? "rep" : "reps";
	switch (s->sides) {
	case SIDES_NONE:
		printf("%d %s %s %d s", s->reps, rep, times, s->hold);
		break;
	case SIDES_BOTH:
		printf("%d %s %s %d s each side (left, then right)", s->reps, rep, times, s->hold);
		break;
	case SIDES_ALTERNATE:
		printf("%d %s %s %d s each side, alternating", s->reps, rep, times, s->hold);
		break;
	case SIDES_COUNT:
		break;
	}
	bool reps_rest = s->reps > 1 || s->sides == SIDES_ALTERNATE;
	if (s->rest && reps_rest)
		printf(", %d s rest between reps", s->rest);
}

static void print_step(const struct app *a, size_t n, const struct step *s, int count_in, int cols)
{
	const struct exercise *e = s->ex;
	long t = routine_step_seconds(s, count_in);
	char num[32], when[48];
	snprintf(num, sizeof num, "%2zu  ", n);
	snprintf(when, sizeof when, "%ld:%02ld", t / 60, t % 60);
	int tw = utf8_width(e->title);
	int pad = cols - 4 - tw - (int)strlen(when);
	printf("%s%s%*s%s\n", num, e->title, pad > 1 ? pad : 1, "", when);
	printf("    ");
	print_dosage(a, s);
	fputc('\n', stdout);
	if (e->position)
		print_wrapped("    Start: ", 11, e->position, cols);
	char bullet[16];
	snprintf(bullet, sizeof bullet, "    %s ", app_sym(a, "•", "-"));
	for (size_t i = 0; i < e->ncues; i++)
		print_wrapped(bullet, 6, e->cues[i], cols);
	if (e->caution)
		print_wrapped("    ! ", 6, e->caution, cols);
	fputc('\n', stdout);
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
	rc = app_load_settings(a);
	if (rc)
		return rc;
	struct library lib;
	rc = app_load_library(a, &lib, NULL, 0, false);
	if (rc)
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
	int count_in = a->settings.count_in;
	long total = routine_total_seconds(r, count_in);
	int pad = cols - utf8_width(r->title) - (int)strlen(r->id);
	printf("%s%*s%s\n", r->title, pad > 2 ? pad : 2, "", r->id);
	if (r->summary)
		print_wrapped("", 0, r->summary, cols);
	char *ar = cli_areas_text(r->areas, ", ");
	printf("%s %s %zu %s %s about %d min (", ar, app_sym(a, "·", "-"), r->nsteps,
	       r->nsteps == 1 ? "step" : "steps", app_sym(a, "·", "-"), routine_minutes(r, count_in));
	free(ar);
	print_duration(total);
	printf(")\n\n");
	for (size_t i = 0; i < r->nsteps; i++)
		print_step(a, i + 1, &r->steps[i], count_in, cols);
	printf("Total ");
	print_duration(total);
	printf(": a %d s count-in before each exercise", count_in);
	if (r->nsteps > 1)
		printf(", %d s rest between exercises", r->rest);
	printf(".\nStop any exercise that causes sharp pain or sends pain further down the leg.\n");
	library_free(&lib);
	return 0;
}
