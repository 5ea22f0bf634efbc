/* SPDX-License-Identifier: ISC */
/* log.c - `limber log` and `limber edit`: diary entries from the command line */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/strdist.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "diary/entrytext.h"
#include "diary/fields.h"
#include "diary/record.h"
#include "insight/safety.h"
#include "insight/trends.h"
#include "tui/entry.h"
#include "tui/tui.h"

/* What the options say, before it is applied to an entry (or, for log --session, a session). */
struct entry_args {
	struct diary_entry e;
	time_t now; /* for --at */
	const char *session;      /* log --session ROUTINE: a session done away from the screen */
	long minutes;             /* --minutes, 0: the routine's planned time */
	int rating[2][TM_COUNT]; /* --before-back ... --after-leg; -1 when not given */
	int legs;                 /* --centralised, --same, --spread: enum field_legs, -1 */
	unsigned flag_parts;      /* what --flag said: FLAGS_RED (or none), FLAGS_GP */
};

enum { FLAGS_RED = 1, FLAGS_GP = 2 };

/* The entry options, shared by log and edit, in the order of entry_options; then log's own. */
enum entry_opt { EO_BACK, EO_LEG, EO_WHERE, EO_SYMPTOMS, EO_SITTING, EO_SLEEP, EO_MEDS, EO_NOTE,
		 EO_FLAG, EO_AT, EO_COUNT, EO_SESSION = EO_COUNT, EO_MINUTES, EO_BEFORE_BACK,
		 EO_BEFORE_LEG, EO_AFTER_BACK, EO_AFTER_LEG, EO_CENTRALISED, EO_SAME, EO_SPREAD };
#define GIVEN(o) PARSE_GIVEN(o)

/* The member of the entry an option sets. */
static void *member(void *dest, const struct parse_opt *o)
{
	return (char *)dest + o->off;
}

/* --back, --leg, --sitting, --sleep: a number of the field o->tag. */
static int set_number(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a;
	char *why = NULL;
	if (!field_parse_number((enum field_id)o->tag, arg, member(dest, o), &why))
		return app_refuse(why);
	return 0;
}

/* --where, --symptoms, --flag: words of the vocabulary o->data. */
static int set_list(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a;
	char opt[32], *why = NULL;
	snprintf(opt, sizeof opt, "--%s", o->name);
	if (!field_parse_list(o->data, opt, arg, member(dest, o), &why))
		return app_refuse(why);
	return 0;
}

/* The most --note - reads: 2,000 characters of four bytes each, and a little more to tell. */
#define NOTE_STDIN_MAX (4 * FIELD_TEXT_MAX + 2)

/*
 * --note -: the note from standard input, so that it stays out of ps and the
 * shell's history; one line break at its end (echo's) is dropped. NULL after
 * saying why.
 */
static char *note_from_stdin(void)
{
	char *buf = xmalloc(NOTE_STDIN_MAX + 1);
	size_t n = fread(buf, 1, NOTE_STDIN_MAX, stdin);
	if (ferror(stdin)) {
		/* TRANSLATORS: "--note -" is the option as typed; %s is why. */
		app_error(_("--note -: cannot read standard input: %s"), strerror(errno));
		free(buf);
		return NULL;
	}
	if (n == NOTE_STDIN_MAX) {
		app_error("%s", _("--note -: standard input holds more than a note (up to 2,000 "
				  "characters)"));
		free(buf);
		return NULL;
	}
	if (n > 0 && buf[n - 1] == '\n')
		n--;
	if (n > 0 && buf[n - 1] == '\r')
		n--;
	buf[n] = '\0';
	if (memchr(buf, '\0', n)) {
		app_error("%s", _("--note -: standard input holds a NUL byte; a note is text"));
		free(buf);
		return NULL;
	}
	return buf;
}

/*
 * --flag: red flags (the answer to "any of these now?"), "none" for none of
 * them now, and "see a GP soon" flags, in one comma-separated list.
 */
static int set_flags(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)o;
	struct entry_args *ea = dest;
	char *copy = xstrdup(arg), *save = NULL;
	int rc = 0;
	for (char *w = strtok_r(copy, ", ", &save); w && !rc; w = strtok_r(NULL, ", ", &save)) {
		int red = field_word(&field_flags, w), gp = field_word(&field_gp_flags, w);
		if (strcmp(w, "none") == 0) {
			ea->e.flags_now = ANSWER_NO;
			ea->flag_parts |= FLAGS_RED;
		} else if (red >= 0) {
			ea->e.flags |= 1u << red;
			ea->flag_parts |= FLAGS_RED;
		} else if (gp >= 0) {
			ea->e.gp_flags |= 1u << gp;
			ea->flag_parts |= FLAGS_GP;
		} else {
			char *r = field_list_text(&field_flags, (1u << FLAG_COUNT) - 1, ", ");
			char *g = field_list_text(&field_gp_flags, (1u << GP_FLAG_COUNT) - 1, ", ");
			/* TRANSLATORS: the words typed after --flag stay in English: the
			   lists (%s) and 'none'; the first %s is what was typed. */
			rc = app_refuse(xasprintf(_("--flag: unknown flag '%s'; red flags: %s; none; "
						"see a GP soon: %s"),
					      w, r, g));
			free(r);
			free(g);
		}
	}
	free(copy);
	if (!rc && ea->e.flags && ea->e.flags_now == ANSWER_NO)
		/* TRANSLATORS: 'none' is a word typed after --flag, kept in English. */
		return app_refuse(xstrdup(_("--flag: 'none' cannot go with a red flag")));
	if (ea->e.flags)
		ea->e.flags_now = ANSWER_YES;
	return rc;
}

/* --centralised, --same, --spread: where the session moved leg symptoms. */
static int set_legs(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)arg;
	struct entry_args *ea = dest;
	if (ea->legs >= 0 && ea->legs != o->tag)
		return app_refuse(xstrdup(_("give one of --centralised, --same, --spread")));
	ea->legs = o->tag;
	return 0;
}

/* --meds, --note: text of the field o->tag; "" clears it; --note - reads standard input. */
static int set_text(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a;
	char *why = NULL, **text = member(dest, o), *in = NULL;
	if (o->tag == F_NOTE && strcmp(arg, "-") == 0) {
		if (!(in = note_from_stdin()))
			return 2;
		arg = in;
	}
	if (!field_check_text((enum field_id)o->tag, arg, &why)) {
		free(in);
		return app_refuse(why);
	}
	free(*text);
	*text = *arg ? xstrdup(arg) : NULL;
	free(in);
	return 0;
}

static int set_at(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)o;
	struct entry_args *ea = dest;
	return app_parse_at(arg, ea->now, &ea->e.at);
}

#define ENTRY_OPT(eo, n, a, fn, F, d, t, h)                                                        \
	[eo] = {.name = n,                                                                         \
		.arg = a,                                                                          \
		.help = h,                                                                         \
		.kind = PARSE_KIND_CALL,                                                           \
		.off = offsetof(struct entry_args, e.F),                                           \
		.call = fn,                                                                        \
		.data = d,                                                                         \
		.tag = t}

/* The help texts are translated where --help prints them; the words to type stay English. */
#define ENTRY_OPTIONS \
	ENTRY_OPT(EO_BACK, "back", "N", set_number, back, NULL, F_BACK, N_("back pain, 0..10")), \
	ENTRY_OPT(EO_LEG, "leg", "N", set_number, leg, NULL, F_LEG, N_("leg pain, 0..10")), \
	ENTRY_OPT(EO_WHERE, "where", "LIST", set_list, where, &field_locations, 0, \
		  /* TRANSLATORS: the places after the colon are words to type: keep them. */ \
		  N_("where it hurts, comma-separated: lower-back,\n" \
		     "buttock-left, buttock-right, thigh-left,\n" \
		     "thigh-right, calf-left, calf-right, foot-left,\n" \
		     "foot-right")), \
	ENTRY_OPT(EO_SYMPTOMS, "symptoms", "LIST", set_list, symptoms, &field_symptoms, 0, \
		  /* TRANSLATORS: the symptoms after the colon are words to type: keep them. */ \
		  N_("what it feels like: burning, tingling,\n" \
		     "numbness, weakness, shooting, stiffness")), \
	ENTRY_OPT(EO_SITTING, "sitting", "MIN", set_number, sitting, NULL, F_SITTING, \
		  N_("minutes of sitting tolerated, 0..1440")), \
	ENTRY_OPT(EO_SLEEP, "sleep", "N", set_number, sleep, NULL, F_SLEEP, \
		  N_("sleep quality, 0..10")), \
	ENTRY_OPT(EO_MEDS, "meds", "TEXT", set_text, meds, NULL, F_MEDS, N_("medication taken")), \
	ENTRY_OPT(EO_NOTE, "note", "TEXT", set_text, note, NULL, F_NOTE, \
		  N_("a note (up to 2,000 characters);\n- reads it from standard input")), \
	ENTRY_OPT(EO_FLAG, "flag", "LIST", set_flags, flags, NULL, 0, \
		  /* TRANSLATORS: the flags (both-legs ... back-shape) and "none" are words to \
		     type: keep them; translate the question and what is in parentheses. */ \
		  N_("answers \"Do you have any of these now?\" and\n" \
		     "notes reasons to see a GP soon, any of:\n" \
		     "both-legs, saddle-numbness, bladder, bowel,\n" \
		     "worsening-weakness, sexual (red flags, urgent),\n" \
		     "none (of these now), fever, weight-loss,\n" \
		     "night-pain, injury, cancer-history, back-shape\n" \
		     "(see a GP soon)")), \
	ENTRY_OPT(EO_AT, "at", "TIME", set_at, at, NULL, 0, \
		  /* TRANSLATORS: YYYY-MM-DD HH:MM is how --at is typed, whatever the language. */ \
		  N_("when: \"YYYY-MM-DD HH:MM\" or \"HH:MM\" today\n" \
		     "(default: now)"))

static const struct parse_opt entry_options[] = {ENTRY_OPTIONS, [EO_COUNT] = PARSE_END};

#define RATING_OPT(n, when, m, h)                                                                  \
	{.name = n,                                                                                \
	 .arg = "N",                                                                               \
	 .help = h,                                                                                \
	 .kind = PARSE_KIND_CALL,                                                                  \
	 .off = offsetof(struct entry_args, rating[when][m]),                                      \
	 .call = set_number,                                                                       \
	 .tag = m == TM_BACK ? F_BACK : F_LEG}

#define LEGS_OPT(n, v, h)                                                                          \
	{.name = n, .help = h, .kind = PARSE_KIND_CALL, .call = set_legs, .tag = v}

/* log's table: the entry options, then those of a session done away from the screen. */
static const struct parse_opt log_options[] = {
	ENTRY_OPTIONS,
	[EO_SESSION] = PARSE_STRING("session", 0, "ROUTINE", struct entry_args, session,
				    N_("record a session of ROUTINE done away from the\n"
				       "screen (from a printed sheet, limber audio...)")),
	[EO_MINUTES] = PARSE_INT("minutes", "N", 1, 1440, struct entry_args, minutes,
				 N_("with --session: how long it took (default: the\n"
				    "routine's planned time)")),
	RATING_OPT("before-back", 0, TM_BACK, N_("with --session: back pain before it, 0..10")),
	RATING_OPT("before-leg", 0, TM_LEG, N_("with --session: leg pain before it, 0..10")),
	RATING_OPT("after-back", 1, TM_BACK, N_("with --session: back pain after it, 0..10")),
	RATING_OPT("after-leg", 1, TM_LEG, N_("with --session: leg pain after it, 0..10")),
	LEGS_OPT("centralised", LEGS_CENTRALISED,
		 N_("with --session: leg symptoms moved toward the back")),
	LEGS_OPT("same", LEGS_SAME, N_("with --session: leg symptoms stayed the same")),
	LEGS_OPT("spread", LEGS_SPREAD,
		 N_("with --session: leg symptoms spread further down\n"
		    "the leg")),
	PARSE_END,
};

static void entry_args_init(void *opts)
{
	struct entry_args *ea = opts;
	diary_entry_init(&ea->e);
	ea->now = (time_t)clock_wall();
	ea->legs = -1;
	for (int w = 0; w < 2; w++)
		for (int m = 0; m < TM_COUNT; m++)
			ea->rating[w][m] = -1;
}

static void entry_args_done(void *opts)
{
	diary_entry_free(&((struct entry_args *)opts)->e);
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
			fprintf(stderr, "!!   - %s\n", _(field_flags.labels[i]));
	for (const char *const *l = safety_urgent_lines(safety_locale_en_gb()); *l; l++)
		fprintf(stderr, "!! %s\n", *l);
	fprintf(stderr, "%s\n\n", rule);
}

/* The advice for "see a GP soon" flags: calm, on standard error, never blocking. */
static void advise_gp(unsigned gp)
{
	if (!gp)
		return;
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < field_gp_flags.count; i++)
		if (gp & (1u << i))
			sb_addf(&b, "%s%s", b.len ? "; " : "", _(field_gp_flags.labels[i]));
	/* TRANSLATORS: %s lists the reasons to see a GP soon that were noted, with "; ". */
	fprintf(stderr, _("You noted: %s.\n"), b.s);
	fprintf(stderr, "%s\n", safety_gp_line(safety_locale_en_gb()));
	sb_free(&b);
}

/* The line that says what was logged, and the urgent-care message for red flags. */
static void print_logged(const struct app *a, const struct diary_entry *e)
{
	char *s = cli_entry_text(a, e);
	/* TRANSLATORS: the new entry's number, then what it says. */
	printf(_("logged entry %lld: %s\n"), (long long)e->id, s);
	free(s);
	warn_red_flags(e->flags);
	advise_gp(e->gp_flags);
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
		return rc;
	}
	bool saved = false;
	entry_form_run(&t, db, e, true, (int64_t)now, &saved);
	tui_done();
	if (saved)
		print_logged(a, e);
	else if (!t.signal)
		printf("%s\n", _("nothing logged"));
	diary_close(db);
	return t.signal ? 128 + t.signal : 0;
}

/*
 * limber log --session: a session done away from the screen, recorded as a
 * played one (complete, real time) so it counts for trends and the coach.
 */
static int log_session(struct app *a, struct entry_args *ea, const struct parse_result *res)
{
	if (res->given & (GIVEN(EO_AT) - 1))
		return app_usage_error(a, "%s",
				       _("--session records a session: give its pain with "
					 "--before-back, --before-leg, --after-back, --after-leg"));
	struct library lib;
	int rc = app_load_all(a, &lib);
	if (rc)
		return rc;
	const struct routine *r = app_routine(&lib, ea->session);
	if (!r) {
		library_free(&lib);
		return 2;
	}
	long minutes = ea->minutes ? ea->minutes : routine_minutes(r, a->settings.count_in);
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup(r->id);
	s.title = xstrdup(r->title);
	/* --at is when it began; without it, it ended now. */
	s.started = res->given & GIVEN(EO_AT) ? ea->e.at : (int64_t)ea->now - minutes * 60;
	s.ended = s.started + minutes * 60;
	s.tz = timefmt_offset((time_t)s.started);
	s.steps_done = s.steps_total = (int)r->nsteps;
	s.before_back = ea->rating[0][TM_BACK], s.before_leg = ea->rating[0][TM_LEG];
	s.after_back = ea->rating[1][TM_BACK], s.after_leg = ea->rating[1][TM_LEG];
	s.legs = ea->legs;
	s.complete = true;
	s.speed = 1;
	s.away = true;
	library_free(&lib);
	struct diary *db;
	rc = app_open_diary(a, DIARY_CREATE, &db);
	struct diags err = {0};
	enum lb_status st = rc ? LB_IO : diary_add_session(db, &s, &err);
	if (!rc && st == LB_OK) {
		char *text = entrytext_session(&s, ET_PAIN, app_sym(a, "→", "->"));
		/* TRANSLATORS: the new session's number (s3), then the routine and the pain. */
		printf(_("logged session s%lld: %s\n"), (long long)s.id, text);
		free(text);
	}
	diary_session_free(&s);
	if (db)
		diary_close(db);
	return rc ? rc : app_report(&err, st);
}

static int log_entry(struct app *a, void *opts, const struct parse_result *res)
{
	struct entry_args *ea = opts;
	if (ea->session)
		return log_session(a, ea, res);
	if (res->given & ~(GIVEN(EO_COUNT) - 1)) /* log's own options, past the entry's */
		return app_usage_error(a, "%s",
				       _("--minutes, the pain before and after and where leg "
					 "symptoms went go with --session ROUTINE"));
	struct diary_entry *e = &ea->e;
	bool at_given = res->given & GIVEN(EO_AT);
	bool says_something = !record_entry_empty(e);
	if (!says_something && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
		return log_form(a, e, at_given, ea->now);
	if (!says_something)
		return app_usage_error(a, "%s",
				       _("say how you feel: give at least one of --back, --leg, "
					 "--where, --symptoms, --sitting, --sleep, --meds, --note "
					 "or --flag"));
	if (!at_given)
		e->at = ea->now;
	e->tz = timefmt_offset((time_t)e->at);
	struct diary *db;
	int rc = app_open_diary(a, true, &db);
	if (rc)
		return rc;
	struct diags err = {0};
	enum lb_status st = diary_add_entry(db, e, ea->now, &err);
	app_print_diags(&err);
	diags_free(&err);
	if (st == LB_OK)
		print_logged(a, e);
	diary_close(db);
	return lb_status_exit(st);
}

/* The entry fields the options given set (record.h's bits). */
static unsigned given_fields(unsigned long given, unsigned flag_parts)
{
	static const enum record_entry_field field_of[EO_COUNT] = {
		[EO_BACK] = RE_BACK,	     [EO_LEG] = RE_LEG,	    [EO_WHERE] = RE_WHERE,
		[EO_SYMPTOMS] = RE_SYMPTOMS, [EO_SITTING] = RE_SITTING, [EO_SLEEP] = RE_SLEEP,
		[EO_MEDS] = RE_MEDS,	     [EO_NOTE] = RE_NOTE,	    [EO_FLAG] = RE_FLAGS,
		[EO_AT] = RE_AT,
	};
	unsigned fields = 0;
	for (int o = 0; o < EO_COUNT; o++)
		if (given & GIVEN(o) && o != EO_FLAG)
			fields |= RECORD_BIT(field_of[o]);
	/* --flag replaces the answer it gives: the red flags (or none), the GP flags, or both. */
	if (flag_parts & FLAGS_RED)
		fields |= RECORD_BIT(RE_FLAGS) | RECORD_BIT(RE_FLAGS_NOW);
	if (flag_parts & FLAGS_GP)
		fields |= RECORD_BIT(RE_GP_FLAGS);
	return fields;
}

/* The entry an ID names, for edit: -1 when fine, else the exit status (having said why). */
static int edit_target(struct app *a, const char *arg, int64_t *id)
{
	bool session;
	if (cli_parse_id(arg, id, &session) && !session)
		return -1;
	if (session)
		return app_usage_error(
			a, _("sessions cannot be edited; 'limber delete %s' removes one"), arg);
	return app_usage_error(a, _("'%s' is not an entry ID (a number from 'limber diary')"),
			       arg);
}

static int edit(struct app *a, void *opts, const struct parse_result *res)
{
	const struct entry_args *ea = opts;
	int64_t id;
	int rc = edit_target(a, res->v[0], &id);
	if (rc >= 0)
		return rc;
	if (!res->given)
		return app_usage_error(a, "%s",
				       _("nothing to change: give the options to replace"));
	struct diary *db;
	rc = app_open_diary(a, false, &db);
	if (rc || !db) {
		if (!db && !rc)
			app_error(_("there is no entry %lld (the diary is empty)"), (long long)id);
		return rc ? rc : 2;
	}
	struct diags err = {0};
	struct diary_entry cur;
	enum lb_status st = diary_get_entry(db, id, &cur, &err);
	if (st == LB_OK) {
		record_entry_merge(&cur, &ea->e, given_fields(res->given, ea->flag_parts));
		st = diary_update_entry(db, &cur, ea->now, &err);
		if (st == LB_OK) {
			char *s = cli_entry_text(a, &cur);
			/* TRANSLATORS: the entry's number, then what it says now. */
			printf(_("changed entry %lld: %s\n"), (long long)cur.id, s);
			free(s);
			if (ea->flag_parts & FLAGS_RED)
				warn_red_flags(cur.flags);
			if (ea->flag_parts & FLAGS_GP)
				advise_gp(cur.gp_flags);
		}
		diary_entry_free(&cur);
	}
	diary_close(db);
	return app_report(&err, st);
}

const struct cli_command cli_log_command = {
	.spec = {.name = "log", .args = "[OPTION]... | --session ROUTINE [OPTION]...",
		 .opts = log_options,
		 .about = N_("Add a diary entry: how the back and the leg feel now. Give at least one\n"
			     "of the options below; the new entry's id and a summary are printed.\n"
			     "With none (or only --at) on a terminal, the entry form opens.\n"
			     "With --session, record a session done away from the screen instead.\n")},
	.summary = N_("add a diary entry: --back N --leg N ..."),
	.opts_size = sizeof(struct entry_args), .init = entry_args_init, .done = entry_args_done,
	.run = log_entry,
};

const struct cli_command cli_edit_command = {
	.spec = {.name = "edit", .args = "ID [OPTION]...", .opts = entry_options, APP_ONE_ENTRY,
		 .about = N_("Change diary entry ID (see 'limber diary'): each option given replaces\n"
			     "that field; --meds \"\" or --note \"\" clears it.\n")},
	.summary = N_("change a diary entry"), .opts_size = sizeof(struct entry_args),
	.init = entry_args_init, .done = entry_args_done, .run = edit,
};
