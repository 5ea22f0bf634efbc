/* SPDX-License-Identifier: ISC */
/* app.h - what every command shares: global options, settings, the routine library */
#ifndef LIMBER_APP_H
#define LIMBER_APP_H

#include <stdbool.h>
#include <stdio.h>

#include "base/i18n.h"
#include "base/settings.h"
#include "cli/parse.h"
#include "diary/diary.h"
#include "routine/routine.h"

struct app {
	const char *command;
	char *config_path;
	bool config_given;
	char *data_dir;
	char **routine_dirs; /* --routines, in the order given */
	size_t nroutine_dirs;
	struct settings settings;
	bool settings_loaded;
	bool utf8; /* the locale's charset is UTF-8 */
	bool synced; /* limber.conf's sync ran before the command read */
};

void app_init(struct app *a);
void app_free(struct app *a);
/* Prints "limber: MSG" and the --help hint to stderr; returns 2. */
int app_usage_error(const struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "limber: MSG" to stderr. */
void app_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints why (an allocated message, which it frees) as app_error does; returns 2. */
int app_refuse(char *why);
/* Prints each problem as "limber: FILE:LINE: MSG"-free "FILE:LINE: MSG" lines to stderr. */
void app_print_diags(const struct diags *d);
/* Prints the problems in err (see app_print_diags) and frees them; returns st's exit status. */
int app_report(struct diags *err, enum lb_status st);
/* Reads limber.conf (once); returns an exit status, 0 when fine. */
int app_load_settings(struct app *a);
/*
 * The routine directories in search order: --routines DIRs, the user's
 * routines, the shipped ones (paths_shipped_routines). Free with app_free_strings.
 */
char **app_routine_search_path(const struct app *a, size_t *n);
void app_free_strings(char **v, size_t n);
/*
 * Loads the routine library along the search path: --routines DIRs, the
 * user's routines, the shipped ones. extra/nextra are files to load first
 * (limber check). Skipped files are warned about unless quiet. Returns 0,
 * or an exit status with lib already freed.
 */
int app_load_library(struct app *a, struct library *lib, const char *const *extra, size_t nextra,
		     bool quiet);
/*
 * Opens the diary in the data directory (--data, LIMBER_DATA_DIR, or
 * $XDG_DATA_HOME/limber). Prints warnings and errors. flags: DIARY_CREATE
 * makes it when missing (otherwise a missing diary gives *db == NULL and 0);
 * DIARY_READ for commands that only read, which then work on a read-only
 * or full file system. Returns 0 or an exit status.
 */
int app_open_diary(struct app *a, int flags, struct diary **db);
/* The same for a command that has loaded lib: when it fails, lib is freed too. */
int app_open_diary_with(struct app *a, int flags, struct diary **db, struct library *lib);
/* The data directory in use (--data, LIMBER_DATA_DIR or XDG); NULL without HOME. Caller frees. */
char *app_data_dir(const struct app *a);
/*
 * Whether a command may write its -o FILE: never the diary, its side files
 * or anything else in the data directory (outfile_guard). NULL and "-" are
 * fine. Returns 0, or 2 having said why.
 */
int app_check_output(const struct app *a, const char *path);
/*
 * --at TIME for a record: "YYYY-MM-DD HH:MM" or "HH:MM" today, at most a
 * day after now, into *at. 0, or 2 having said why.
 */
int app_parse_at(const char *arg, int64_t now, int64_t *at);
/* The help of --at TIME, for the tables of the commands that read it with app_parse_at. */
/* TRANSLATORS: YYYY-MM-DD HH:MM is how --at is typed, whatever the language. */
#define APP_AT_HELP N_("when: \"YYYY-MM-DD HH:MM\" or \"HH:MM\" today\n(default: now)")
/* Settings, then the library (warning about skipped files): what most commands need first. */
int app_load_all(struct app *a, struct library *lib);
/* What a command that takes a routine's id, or an entry's ID, says when it was not given. */
#define APP_WHICH_ROUTINE N_("which routine? (see 'limber routines')")
#define APP_WHICH_ENTRY N_("which entry? (the ID from 'limber diary')")
/* The operand of the commands that take one entry's ID (edit, delete), for their spec. */
#define APP_ONE_ENTRY .max_operands = 1, .missing = APP_WHICH_ENTRY, .too_many = N_("give one ID")
/* The routine with id, or NULL having said so, with the nearest id as a hint. */
const struct routine *app_routine(const struct library *lib, const char *id);
/* Checks -o for a PDF (given; "-" not a terminal); 0 or the exit status, having said why. */
int app_pdf_output(const struct app *a, const char *output);
/*
 * The options of the commands that write a PDF (report, sheet), for their
 * tables: --paper into T's int paper (enum report_paper), and -o into T's
 * output, which app_pdf_output checks.
 */
extern const char *const app_papers[];
#define APP_PAPER_OPTION(T)                                                                        \
	PARSE_CHOICE("paper", "SIZE", app_papers, T, paper,                 \
		     /* TRANSLATORS: a4 and letter are the option's words, kept in English. */ \
		     N_("a4 (the default) or letter"))
#define APP_PDF_OUTPUT_OPTION(T)                                                                   \
	PARSE_STRING("output", 'o', "FILE", T, output,                                             \
		     N_("write the PDF to FILE (mode 0600);\n- writes it to standard output"))
/* Columns available on stdout: the terminal's width, or 80 when not a terminal. */
int app_columns(void);
/* A symbol with an ASCII stand-in for non-UTF-8 locales. */
const char *app_sym(const struct app *a, const char *utf8, const char *ascii);
/*
 * Writes s to stdout in w columns at least: padded with spaces by its
 * display width (a translated heading may hold ü or é), before it when right.
 */
void app_put_cell(const char *s, int w, bool right);

/*
 * Syncs db through the folder dir (diary/sync.h), with this machine's id
 * from the data directory; prints what it did unless quiet, skipped files
 * as warnings (appsync.c).
 */
enum lb_status app_sync(struct app *a, struct diary *db, const char *dir, bool compact,
			bool quiet, struct diags *err);
/*
 * Whether dir can be synced through: a folder, and not one that holds the
 * data directory (the diary must never be in it). LB_NOT_FOUND, LB_INVALID.
 */
enum lb_status app_sync_folder_ok(const struct app *a, const char *dir, struct diags *err);
/* limber.conf's sync = DIR: before a command reads its diary (app_open_diary calls it)... */
void app_sync_before(struct app *a, struct diary *db);
/* ...and when it exits having written (main calls it). */
void app_sync_at_exit(struct app *a);

struct parse_opt;
/* --speed X for a parse table: 1..100, a decimal with a point whatever the locale, into the double at o->off. */
int app_opt_speed(struct app *a, void *dest, const struct parse_opt *o, const char *arg);
#define APP_OPT_SPEED(T, F)                                                                        \
	{.name = "speed",                                                                          \
	 .arg = "X",                                                                               \
	 .help = N_("play X times faster (1..100), to preview a routine"),                         \
	 .kind = PARSE_KIND_CALL,                                                                  \
	 .off = PARSE_MEMBER(T, F, double),                                                        \
	 .call = app_opt_speed}

#endif
