/* SPDX-License-Identifier: ISC */
/* remind.c - `limber remind`: systemd user timers that call `limber remind --now` */
#include "config.h"

#include <glib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/schedule.h"
#include "base/status.h"
#include "base/strbuf.h"
#include "base/textsafe.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "insight/remind.h"
#include "remind/desktop.h"
#include "remind/timers.h"

#define REMIND_MAX_TIMES 8

struct remind_opts {
	struct schedule_time at[REMIND_MAX_TIMES];
	int nat;
	unsigned days;
	bool days_given, list, off, now;
};

static int add_at(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)o;
	struct remind_opts *r = dest;
	struct schedule_time t;
	char *why = NULL;
	if (!schedule_parse_time("--at", arg, &t, &why))
		return app_refuse(why);
	for (int i = 0; i < r->nat; i++)
		if (r->at[i].hour == t.hour && r->at[i].min == t.min)
			return 0; /* the same time twice is one reminder */
	if (r->nat == REMIND_MAX_TIMES) {
		app_error(ngettext("--at: at most %d time a day, got more",
				   "--at: at most %d times a day, got more", REMIND_MAX_TIMES),
			  REMIND_MAX_TIMES);
		return 2;
	}
	r->at[r->nat++] = t;
	return 0;
}

static int set_days(struct app *a, void *dest, const struct parse_opt *o, const char *arg)
{
	(void)a, (void)o;
	struct remind_opts *r = dest;
	char *why = NULL;
	if (!schedule_parse_days("--days", arg, &r->days, &why))
		return app_refuse(why);
	r->days_given = true;
	return 0;
}

static const struct parse_opt remind_options[] = {
    PARSE_CALL("at", 0, "HH:MM", add_at,
               N_("remind at this time of day (again for more times);\n"
                  "replaces the reminders set before")),
    PARSE_CALL("days", 0, "LIST", set_days,
               /* TRANSLATORS: mon-fri, sat,sun and weekdays are words to type: keep them. */
               N_("on these days only: mon-fri, sat,sun, weekdays...\n"
                  "(default: every day)")),
    PARSE_FLAG("list", 'l', struct remind_opts, list, N_("list the reminders set")),
    PARSE_FLAG("off", 0, struct remind_opts, off, N_("disable and remove every reminder")),
    PARSE_FLAG("now", 0, struct remind_opts, now,
               N_("remind now: a desktop notification, or a line on\n"
                  "standard output without one (what the timers run)")),
    PARSE_END,
};

static void remind_init(void *opts)
{
	((struct remind_opts *)opts)->days = SCHEDULE_EVERY_DAY;
}

/* The reminder itself: the coach's words as a notification, or one line. */
static int remind_now(struct app *a)
{
	struct library lib;
	int rc = app_load_settings(a);
	if (rc || (rc = app_load_library(a, &lib, NULL, 0, true)))
		return rc;
	struct diary *db;
	if ((rc = app_open_diary_with(a, DIARY_READ, &db, &lib)))
		return rc;
	struct remind_facts f;
	struct diags err = {0};
	enum lb_status st = remind_gather(&f, db, &lib, &a->settings, (time_t)clock_wall(), &err);
	if (st == LB_OK) {
		struct remind_msg m;
		remind_compose(&f, true, &m); /* D-Bus speaks UTF-8 */
		char *why = NULL;
		if (!desktop_notify(m.summary, m.body, m.urgent, &why)) {
			remind_msg_free(&m);
			remind_compose(&f, a->utf8, &m);
			char *line = remind_line(&m), *safe = textsafe(line, 0);
			puts(safe);
			free(safe);
			free(line);
		}
		free(why);
		remind_msg_free(&m);
	}
	remind_facts_free(&f);
	diary_close(db);
	library_free(&lib);
	return app_report(&err, st);
}

/* An absolute path for a path given on the command line. */
static void add_abs(GPtrArray *v, const char *opt, const char *path)
{
	g_ptr_array_add(v, g_strdup(opt));
	g_ptr_array_add(v, g_canonicalize_filename(path, NULL));
}

/*
 * What the timers run: this binary, `remind --now`, and the global options
 * this command was given, so the reminder reads the same diary. NULL-ended.
 */
static char **now_command(const struct app *a)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	GPtrArray *v = g_ptr_array_new();
	g_ptr_array_add(v, g_strdup(exe));
	g_ptr_array_add(v, g_strdup("remind"));
	g_ptr_array_add(v, g_strdup("--now"));
	if (a->config_given)
		add_abs(v, "--config", a->config_path);
	if (a->data_dir)
		add_abs(v, "--data", a->data_dir);
	for (size_t i = 0; i < a->nroutine_dirs; i++)
		add_abs(v, "--routines", a->routine_dirs[i]);
	g_ptr_array_add(v, NULL);
	return (char **)g_ptr_array_free(v, false);
}

/* The command as a crontab line runs it, on the user's session bus; NULL if it cannot. */
static char *cron_command(char **argv)
{
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/%u/bus", (unsigned)getuid());
	for (size_t i = 0; argv[i]; i++) {
		char *w = schedule_shell_quote(argv[i]);
		if (!w) {
			sb_free(&b);
			return NULL;
		}
		sb_addf(&b, " %s", w);
		free(w);
	}
	return sb_steal(&b);
}

/* Whether systemctl --user reaches a user manager; *said is why not. */
static bool systemd_here(char **said)
{
	free(*said);
	return timers_systemctl((const char *const[]){"daemon-reload", NULL}, said) == 0;
}

/* Runs systemctl --user VERB NAMES... and says so when it fails; false then. */
static bool systemctl_names(const char *verb, const char *flag, char **names, size_t n)
{
	const char **args = xcalloc(n + 3, sizeof *args);
	size_t k = 0;
	args[k++] = verb;
	if (flag)
		args[k++] = flag;
	for (size_t i = 0; i < n; i++)
		args[k++] = names[i];
	char *said = NULL;
	int rc = timers_systemctl(args, &said);
	if (rc != 0)
		/* TRANSLATORS: the first %s is systemctl's verb (enable), the second its words. */
		app_error(_("systemctl --user %s failed: %s"), verb,
			  said ? said : _("no reason given"));
	free(said);
	free(args);
	return rc == 0;
}

/* Says systemd is not there and how to use cron instead. */
static void print_cron(const char *said, const struct remind_opts *o, const char *command)
{
	/* TRANSLATORS: the first %s is why (systemctl's words), the second the
	   timers' prefix (limber-remind); the commands stay as they are. */
	printf(ngettext("systemctl --user is not available here (%s):\n"
	                "the units are written but not enabled. Where a systemd user session "
	                "runs,\n"
	                "enable them with: systemctl --user enable --now %s-HHMM.timer\n"
	                "To be reminded by cron instead, add this line to your crontab "
	                "(crontab -e):\n",
	                "systemctl --user is not available here (%s):\n"
	                "the units are written but not enabled. Where a systemd user session "
	                "runs,\n"
	                "enable them with: systemctl --user enable --now %s-HHMM.timer\n"
	                "To be reminded by cron instead, add these lines to your crontab "
	                "(crontab -e):\n",
	                (unsigned long)o->nat),
	       said ? said : _("no user manager"), TIMERS_PREFIX);
	for (int i = 0; i < o->nat; i++) {
		char *line = schedule_crontab_line(o->at[i], o->days, command);
		puts(line);
		free(line);
	}
}

/* Whether name is the timer of one of the times asked for. */
static bool wanted(const struct remind_opts *o, const char *name)
{
	bool found = false;
	for (int i = 0; i < o->nat && !found; i++) {
		char *t = schedule_timer_name(TIMERS_PREFIX, o->at[i]);
		found = strcmp(t, name) == 0;
		free(t);
	}
	return found;
}

/* Removes the timers in names that are not asked for now, disabling them first. */
static enum lb_status drop_others(const struct remind_opts *o, const char *dir, char **names,
                                  size_t n, bool systemd, struct diags *err)
{
	enum lb_status st = LB_OK;
	for (size_t i = 0; i < n && st == LB_OK; i++) {
		if (wanted(o, names[i]))
			continue;
		if (systemd)
			systemctl_names("disable", "--now", &names[i], 1);
		st = timers_remove(dir, names[i], err);
	}
	return st;
}

/* Writes the service and a timer per time; the timers' names into names. */
static enum lb_status write_units(const struct remind_opts *o, const char *dir, char **argv,
                                  char **names, struct diags *err)
{
	char *service = schedule_service_unit("limber: a reminder to stretch or rate the day",
	                                      (const char *const *)argv);
	if (!service) {
		diags_add(err, argv[0], 0, "%s",
		          _("a unit file cannot name this path (control characters)"));
		return LB_USAGE;
	}
	enum lb_status st = timers_write(dir, TIMERS_SERVICE, service, err);
	free(service);
	char *days = schedule_days_text(o->days);
	for (int i = 0; i < o->nat; i++) {
		names[i] = schedule_timer_name(TIMERS_PREFIX, o->at[i]);
		char *desc = xasprintf("limber: a reminder at %02d:%02d, %s", o->at[i].hour,
		                       o->at[i].min, days);
		char *text = schedule_timer_unit(o->at[i], o->days, TIMERS_SERVICE, desc);
		if (st == LB_OK)
			st = timers_write(dir, names[i], text, err);
		free(text);
		free(desc);
	}
	free(days);
	return st;
}

static int remind_set(struct app *a, const struct remind_opts *o, const char *dir)
{
	char **argv = now_command(a);
	char *command = argv ? cron_command(argv) : NULL;
	if (!command) {
		g_strfreev(argv);
		app_error("%s", _("cannot name this limber's own path in a unit file"));
		return 1;
	}
	char *said = NULL;
	bool systemd = systemd_here(&said);
	size_t nold;
	char **old = timers_find(dir, &nold);
	char *names[REMIND_MAX_TIMES] = {0};
	struct diags err = {0};
	enum lb_status st = drop_others(o, dir, old, nold, systemd, &err);
	if (st == LB_OK)
		st = write_units(o, dir, argv, names, &err);
	if (st == LB_OK) {
		char *days = schedule_days_text(o->days), *where = textsafe(dir, 0);
		for (int i = 0; i < o->nat; i++)
			/* TRANSLATORS: the time, the days (mon-fri), the timer's file. */
			printf(_("Reminder at %02d:%02d, %s: %s/%s\n"), o->at[i].hour, o->at[i].min,
			       days, where, names[i]);
		free(where);
		free(days);
		if (!systemd)
			print_cron(said, o, command);
		else if (systemctl_names("daemon-reload", NULL, NULL, 0) &&
		         systemctl_names("enable", "--now", names, (size_t)o->nat))
			puts(_("Enabled with systemctl --user; a time missed while the computer "
			       "slept comes when it wakes."));
		else
			st = LB_IO;
	}
	for (int i = 0; i < o->nat; i++)
		free(names[i]);
	timers_free_names(old, nold);
	free(said);
	free(command);
	g_strfreev(argv);
	return app_report(&err, st);
}

static int remind_list(const char *dir)
{
	size_t n;
	char **names = timers_find(dir, &n);
	if (!n) {
		puts(_("No reminders. Set one with: limber remind --at 07:30 [--days mon-fri]"));
		return 0;
	}
	char *said = NULL;
	bool systemd = systemd_here(&said);
	for (size_t i = 0; i < n; i++) {
		char *text = timers_read(dir, names[i]), *state = NULL, *days = NULL;
		struct schedule_time t;
		unsigned mask;
		if (text && schedule_read_timer(text, &t, &mask))
			days = schedule_days_text(mask);
		if (systemd)
			timers_systemctl((const char *const[]){"is-enabled", names[i], NULL},
			                 &state);
		char *safe = textsafe(names[i], 0);
		if (days)
			printf("%02d:%02d  ", t.hour, t.min);
		else
			fputs("?      ", stdout);
		/* TRANSLATORS: a reminder's file that cannot be read, in the column of its days. */
		app_put_cell(days ? days : _("(unreadable)"), 14, false);
		putchar(' ');
		/* TRANSLATORS: a reminder written to disk, not enabled: in the column of
		   systemctl's states (enabled, disabled), which stay in English. */
		app_put_cell(state ? state : C_("reminder", "written"), 9, false);
		printf(" %s\n", safe);
		free(safe);
		free(state);
		free(days);
		free(text);
	}
	if (!systemd)
		/* TRANSLATORS: %s is why (systemctl's words). */
		printf(_("systemctl --user is not available here (%s): the timers are written but "
			 "not enabled.\n"),
		       said ? said : _("no user manager"));
	free(said);
	timers_free_names(names, n);
	return 0;
}

static int remind_off(const char *dir)
{
	size_t n;
	char **names = timers_find(dir, &n);
	char *service = timers_read(dir, TIMERS_SERVICE);
	if (!n && !service) {
		puts(_("No reminders to remove."));
		return 0;
	}
	char *said = NULL;
	bool systemd = systemd_here(&said);
	if (systemd && n)
		systemctl_names("disable", "--now", names, n);
	struct diags err = {0};
	enum lb_status st = LB_OK;
	for (size_t i = 0; i < n && st == LB_OK; i++)
		st = timers_remove(dir, names[i], &err);
	if (st == LB_OK)
		st = timers_remove(dir, TIMERS_SERVICE, &err);
	if (st == LB_OK && systemd)
		systemctl_names("daemon-reload", NULL, NULL, 0);
	if (st == LB_OK)
		printf(ngettext("Removed %zu reminder.\n", "Removed %zu reminders.\n", n), n);
	if (st == LB_OK && !systemd)
		puts(_("systemctl --user is not available here: if you added limber remind lines "
		       "to your crontab, remove them too (crontab -e)."));
	free(said);
	free(service);
	timers_free_names(names, n);
	return app_report(&err, st);
}

static int remind(struct app *a, void *opts, const struct parse_result *res)
{
	(void)res;
	const struct remind_opts *o = opts;
	if (o->list + o->off + o->now + (o->nat > 0) > 1)
		return app_usage_error(a, "%s", _("give one of --at, --list, --off and --now"));
	if (o->days_given && !o->nat)
		return app_usage_error(
		    a, "%s", _("--days goes with --at: limber remind --at HH:MM --days LIST"));
	if (o->now)
		return remind_now(a);
	char *dir = timers_dir();
	if (!dir) {
		app_error("%s", _("HOME is not set: nowhere to keep the reminders"));
		return 1;
	}
	int rc = o->off ? remind_off(dir) : o->nat ? remind_set(a, o, dir) : remind_list(dir);
	free(dir);
	return rc;
}

const struct cli_command cli_remind_command = {
    .spec = {.name = "remind",
             .args = "--at HH:MM [--days LIST] | --list | --off | --now",
             .opts = remind_options,
             .max_operands = 0,
             .about = N_("Set reminders as systemd user timers ($XDG_CONFIG_HOME/systemd/user), or\n"
                         "remind now. A reminder suggests today's routine and says how your leg pain\n"
                         "has changed this month; the evening one asks for the day's rating; after\n"
                         "a red flag it says to seek care instead. It never starts anything by\n"
                         "itself. Without a systemd user session the units are still written and\n"
                         "the crontab lines to use instead are printed. Without an option: --list.\n")},
    .summary = N_("remind you to stretch and rate the day"),
    .opts_size = sizeof(struct remind_opts),
    .init = remind_init,
    .run = remind,
};
