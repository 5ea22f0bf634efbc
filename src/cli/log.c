/* log.c - `limber log` and `limber edit`: diary entries from the command line */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "diag.h"
#include "fields.h"
#include "record.h"
#include "safety.h"
#include "status.h"
#include "timefmt.h"
#include "tui/entry.h"
#include "tui/tui.h"
#include "xalloc.h"

/* Entry options, shared by log and edit. */
enum {
	OPT_BACK = APP_OPT_FIRST_FREE,
	OPT_LEG,
	OPT_WHERE,
	OPT_SYMPTOMS,
	OPT_SITTING,
	OPT_SLEEP,
	OPT_MEDS,
	OPT_NOTE,
	OPT_FLAG,
	OPT_AT,
};

static const struct option entry_opts[] = {
	{"back", required_argument, NULL, OPT_BACK},
	{"leg", required_argument, NULL, OPT_LEG},
	{"where", required_argument, NULL, OPT_WHERE},
	{"symptoms", required_argument, NULL, OPT_SYMPTOMS},
	{"sitting", required_argument, NULL, OPT_SITTING},
	{"sleep", required_argument, NULL, OPT_SLEEP},
	{"meds", required_argument, NULL, OPT_MEDS},
	{"note", required_argument, NULL, OPT_NOTE},
	{"flag", required_argument, NULL, OPT_FLAG},
	{"at", required_argument, NULL, OPT_AT},
	APP_GLOBAL_OPTIONS,
	{NULL, 0, NULL, 0},
};

static void print_entry_options(FILE *out)
{
	fputs("  --back N          back pain, 0..10\n"
	      "  --leg N           leg pain, 0..10\n"
	      "  --where LIST      where it hurts, comma-separated: lower-back,\n"
	      "                    buttock-left, buttock-right, thigh-left, thigh-right,\n"
	      "                    calf-left, calf-right, foot-left, foot-right\n"
	      "  --symptoms LIST   what it feels like: burning, tingling, numbness,\n"
	      "                    weakness, shooting, stiffness\n"
	      "  --sitting MIN     minutes of sitting tolerated, 0..1440\n"
	      "  --sleep N         sleep quality, 0..10\n"
	      "  --meds TEXT       medication taken\n"
	      "  --note TEXT       a note (up to 2,000 characters)\n"
	      "  --flag LIST       red flags: both-legs, saddle-numbness, bladder, bowel,\n"
	      "                    worsening-weakness (shows the urgent-care advice)\n"
	      "  --at TIME         when: \"YYYY-MM-DD HH:MM\" or \"HH:MM\" today (default: now)\n",
	      out);
}

static void log_usage(FILE *out)
{
	fputs("Usage: limber log [OPTION]...\n"
	      "Add a diary entry: how the back and the leg feel now. Give at least one\n"
	      "of the options below; the new entry's id and a summary are printed.\n"
	      "With none (or only --at) on a terminal, the entry form opens.\n\n",
	      out);
	print_entry_options(out);
	cli_print_global_options(out);
}

static void edit_usage(FILE *out)
{
	fputs("Usage: limber edit ID [OPTION]...\n"
	      "Change diary entry ID (see 'limber diary'): each option given replaces\n"
	      "that field; --meds \"\" or --note \"\" clears it.\n\n",
	      out);
	print_entry_options(out);
	cli_print_global_options(out);
}

/* What the options said, before it is applied to an entry. */
struct entry_args {
	struct diary_entry e;
	unsigned given; /* bit per OPT_* - OPT_BACK */
};

#define GIVEN(o) (1u << ((o) - OPT_BACK))

/* Parses entry options into args; returns -1 to go on, else an exit status. */
static int parse_entry_args(struct app *a, int argc, char **argv, void (*usage)(FILE *),
			    struct entry_args *ea, time_t now)
{
	diary_entry_init(&ea->e);
	ea->given = 0;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", entry_opts, NULL)) != -1) {
		char *why = NULL;
		bool ok = true;
		switch (c) {
		case 'h':
			diary_entry_free(&ea->e);
			usage(stdout);
			return 0;
		case OPT_BACK:
			ok = field_parse_number(F_BACK, optarg, &ea->e.back, &why);
			break;
		case OPT_LEG:
			ok = field_parse_number(F_LEG, optarg, &ea->e.leg, &why);
			break;
		case OPT_SITTING:
			ok = field_parse_number(F_SITTING, optarg, &ea->e.sitting, &why);
			break;
		case OPT_SLEEP:
			ok = field_parse_number(F_SLEEP, optarg, &ea->e.sleep, &why);
			break;
		case OPT_WHERE:
			ok = field_parse_list(&field_locations, "--where", optarg, &ea->e.where, &why);
			break;
		case OPT_SYMPTOMS:
			ok = field_parse_list(&field_symptoms, "--symptoms", optarg, &ea->e.symptoms,
					      &why);
			break;
		case OPT_FLAG:
			ok = field_parse_list(&field_flags, "--flag", optarg, &ea->e.flags, &why);
			break;
		case OPT_MEDS:
			ok = field_check_text(F_MEDS, optarg, &why);
			free(ea->e.meds);
			ea->e.meds = ok && *optarg ? xstrdup(optarg) : NULL;
			break;
		case OPT_NOTE:
			ok = field_check_text(F_NOTE, optarg, &why);
			free(ea->e.note);
			ea->e.note = ok && *optarg ? xstrdup(optarg) : NULL;
			break;
		case OPT_AT: {
			time_t t;
			ok = timefmt_parse_datetime("--at", optarg, now, &t, &why);
			if (ok && t > now + 24 * 3600) {
				why = xasprintf("--at: %s is more than a day in the future", optarg);
				ok = false;
			}
			ea->e.at = t;
			break;
		}
		default:
			if (!app_global_option(a, c, optarg)) {
				diary_entry_free(&ea->e);
				return app_bad_option(a, c, argv);
			}
			continue;
		}
		if (!ok) {
			app_error("%s", why);
			free(why);
			diary_entry_free(&ea->e);
			return 2;
		}
		ea->given |= GIVEN(c);
	}
	return -1;
}

/* Prints the urgent-care message when an entry carries red flags. */
static void warn_red_flags(unsigned flags)
{
	if (!flags)
		return;
	const char *rule = "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!";
	fprintf(stderr, "\n%s\n", rule);
	fprintf(stderr, "!! %s\n", safety_flags_noted());
	for (int i = 0; i < field_flags.count; i++)
		if (flags & (1u << i))
			fprintf(stderr, "!!   - %s\n", field_flags.labels[i]);
	for (const char *const *l = safety_urgent_lines(safety_locale_en_gb()); *l; l++)
		fprintf(stderr, "!! %s\n", *l);
	fprintf(stderr, "%s\n\n", rule);
}

/* The line that says what was logged, and the urgent-care message for red flags. */
static void print_logged(const struct app *a, const struct diary_entry *e)
{
	char *s = cli_entry_text(a, e);
	printf("logged entry %lld: %s\n", (long long)e->id, s);
	free(s);
	warn_red_flags(e->flags);
}

/* `limber log` on a terminal without anything to log: the entry form. */
static int log_form(struct app *a, struct diary_entry *e, bool at_given, time_t now)
{
	if (!at_given)
		e->at = now;
	e->tz = timefmt_offset((time_t)e->at);
	struct diary *db = NULL;
	struct tui t;
	int rc = app_load_settings(a);
	if (!rc)
		rc = app_open_diary(a, true, &db);
	if (!rc && !tui_init(&t, &a->settings))
		rc = 1;
	if (rc) {
		if (db)
			diary_close(db);
		diary_entry_free(e);
		return rc;
	}
	bool saved = false;
	entry_form_run(&t, db, e, true, (int64_t)now, &saved);
	tui_done();
	if (saved)
		print_logged(a, e);
	else if (!t.signal)
		printf("nothing logged\n");
	diary_close(db);
	diary_entry_free(e);
	return t.signal ? 128 + t.signal : 0;
}

int cli_log(struct app *a, int argc, char **argv)
{
	time_t now = time(NULL);
	struct entry_args ea;
	int rc = parse_entry_args(a, argc, argv, log_usage, &ea, now);
	if (rc >= 0)
		return rc;
	if (optind < argc) {
		diary_entry_free(&ea.e);
		return app_usage_error(a, "unexpected argument '%s'", argv[optind]);
	}
	const struct diary_entry *e = &ea.e;
	bool says_something = !record_entry_empty(e);
	if (!says_something && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
		return log_form(a, &ea.e, ea.given & GIVEN(OPT_AT), now);
	if (!says_something) {
		diary_entry_free(&ea.e);
		return app_usage_error(a, "say how you feel: give at least one of --back, --leg, "
					  "--where, --symptoms, --sitting, --sleep, --meds, --note "
					  "or --flag");
	}
	if (!(ea.given & GIVEN(OPT_AT)))
		ea.e.at = now;
	ea.e.tz = timefmt_offset((time_t)ea.e.at);
	struct diary *db;
	rc = app_open_diary(a, true, &db);
	if (rc) {
		diary_entry_free(&ea.e);
		return rc;
	}
	struct diags err = {0};
	enum lb_status st = diary_add_entry(db, &ea.e, now, &err);
	app_print_diags(&err);
	diags_free(&err);
	if (st == LB_OK)
		print_logged(a, &ea.e);
	diary_close(db);
	diary_entry_free(&ea.e);
	return lb_status_exit(st);
}

int cli_edit(struct app *a, int argc, char **argv)
{
	time_t now = time(NULL);
	struct entry_args ea;
	int rc = parse_entry_args(a, argc, argv, edit_usage, &ea, now);
	if (rc >= 0)
		return rc;
	int64_t id;
	bool session;
	if (optind >= argc || optind + 1 < argc) {
		diary_entry_free(&ea.e);
		return app_usage_error(a, optind >= argc ? "which entry? (the ID from 'limber diary')"
							 : "give one entry ID");
	}
	if (!cli_parse_id(argv[optind], &id, &session) || session) {
		diary_entry_free(&ea.e);
		if (session)
			return app_usage_error(a, "sessions cannot be edited; 'limber delete %s' "
						  "removes one",
					       argv[optind]);
		return app_usage_error(a, "'%s' is not an entry ID (a number from 'limber diary')",
				       argv[optind]);
	}
	if (!ea.given) {
		diary_entry_free(&ea.e);
		return app_usage_error(a, "nothing to change: give the options to replace");
	}
	struct diary *db;
	rc = app_open_diary(a, false, &db);
	if (rc || !db) {
		diary_entry_free(&ea.e);
		if (!db && !rc)
			app_error("there is no entry %lld (the diary is empty)", (long long)id);
		return rc ? rc : 2;
	}
	struct diags err = {0};
	struct diary_entry cur;
	enum lb_status st = diary_get_entry(db, id, &cur, &err);
	if (st == LB_OK) {
		if (ea.given & GIVEN(OPT_BACK))
			cur.back = ea.e.back;
		if (ea.given & GIVEN(OPT_LEG))
			cur.leg = ea.e.leg;
		if (ea.given & GIVEN(OPT_SITTING))
			cur.sitting = ea.e.sitting;
		if (ea.given & GIVEN(OPT_SLEEP))
			cur.sleep = ea.e.sleep;
		if (ea.given & GIVEN(OPT_WHERE))
			cur.where = ea.e.where;
		if (ea.given & GIVEN(OPT_SYMPTOMS))
			cur.symptoms = ea.e.symptoms;
		if (ea.given & GIVEN(OPT_FLAG))
			cur.flags = ea.e.flags;
		if (ea.given & GIVEN(OPT_MEDS)) {
			free(cur.meds);
			cur.meds = ea.e.meds ? xstrdup(ea.e.meds) : NULL;
		}
		if (ea.given & GIVEN(OPT_NOTE)) {
			free(cur.note);
			cur.note = ea.e.note ? xstrdup(ea.e.note) : NULL;
		}
		if (ea.given & GIVEN(OPT_AT)) {
			cur.at = ea.e.at;
			cur.tz = timefmt_offset((time_t)cur.at);
		}
		st = diary_update_entry(db, &cur, now, &err);
		if (st == LB_OK) {
			char *s = cli_entry_text(a, &cur);
			printf("changed entry %lld: %s\n", (long long)cur.id, s);
			free(s);
			if (ea.given & GIVEN(OPT_FLAG))
				warn_red_flags(cur.flags);
		}
		diary_entry_free(&cur);
	}
	app_print_diags(&err);
	diags_free(&err);
	diary_close(db);
	diary_entry_free(&ea.e);
	return lb_status_exit(st);
}
