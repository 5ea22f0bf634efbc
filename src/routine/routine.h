/* SPDX-License-Identifier: ISC */
/* routine.h - exercises and routines: the model, the loader, the timing */
/*
 * routine/: routine files into a library, what a routine says, the session engine and its cues;
 * uses base/ only; never a face (no screen, no sound, no printing).
 */
#ifndef LIMBER_ROUTINE_H
#define LIMBER_ROUTINE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "base/ident.h"
#include "base/status.h"

/*
 * Body areas: the fixed vocabulary, in the order the docs list it. The names
 * are the routine files' words; a screen shows one translated with
 * i18n_cgettext("routine area", name).
 */
#define ROUTINE_AREA_LIST(X)                                                                       \
	X(AREA_LOWER_BACK, NC_("routine area", "lower-back"))                                      \
	X(AREA_GLUTES, NC_("routine area", "glutes"))                                              \
	X(AREA_HIPS, NC_("routine area", "hips"))                                                  \
	X(AREA_HAMSTRINGS, NC_("routine area", "hamstrings"))                                      \
	X(AREA_LEGS, NC_("routine area", "legs"))                                                  \
	X(AREA_CORE, NC_("routine area", "core"))                                                  \
	X(AREA_UPPER_BACK, NC_("routine area", "upper-back"))                                      \
	X(AREA_NECK, NC_("routine area", "neck"))

enum routine_area {
#define ROUTINE_AREA_ENUM(e, name) e,
	ROUTINE_AREA_LIST(ROUTINE_AREA_ENUM)
#undef ROUTINE_AREA_ENUM
		AREA_COUNT
};

extern const char *const routine_area_names[AREA_COUNT];

enum routine_sides { SIDES_NONE, SIDES_BOTH, SIDES_ALTERNATE, SIDES_COUNT };
extern const char *const routine_sides_names[SIDES_COUNT];

/* A hold (a stretch kept still, counted down) or a movement (repeated, its reps counted). */
enum routine_kind { KIND_HOLD, KIND_MOVE, KIND_COUNT };
extern const char *const routine_kind_names[KIND_COUNT];

/* Integer fields of routine files with their limits and defaults: one table. */
enum routine_field { RF_HOLD, RF_REPS, RF_REST, RF_ROUTINE_REST, RF_COUNT };

struct routine_limit {
	const char *key;
	long min, max, def;
	const char *unit; /* "seconds" or NULL */
};

extern const struct routine_limit routine_limits[RF_COUNT];

#define ROUTINE_ID_MAX IDENT_MAX
#define ROUTINE_TITLE_COLS 60
#define ROUTINE_TEXT_COLS 200
#define ROUTINE_CUES_MAX 20
#define ROUTINE_STEPS_MAX 100
/* The longest a routine may play (count-ins aside): a sound file of it stays bounded. */
#define ROUTINE_MAX_SECONDS (4 * 3600)
/* A "switch sides" pause between the left and right of a `sides = both` exercise. */
#define ROUTINE_SWITCH_SECONDS 5

/*
 * How a dose may change (`progress { reps = "5..10 step 1" }`): from the
 * exercise's own value, a step at a time, never outside min..max.
 */
struct dose_range {
	int min, max, step; /* step 0: this part never changes */
};
struct progress {
	struct dose_range reps, hold;
	int every; /* comfortable sessions between steps; 0: the dose never changes */
};
#define PROGRESS_EVERY_DEFAULT 3
#define PROGRESS_EVERY_MAX 30

struct exercise {
	const char *id, *title, *summary, *position, *caution;
	const char **cues;
	size_t ncues;
	unsigned areas; /* bit (1 << enum routine_area) */
	int hold, reps, rest;
	enum routine_sides sides;
	struct progress progress;
	enum routine_kind kind;
	/* The figure's name as written (an id) and its file, figures/NAME.svg
	 * found through the layers (absolute path); NULL when none or not found. */
	const char *figure, *figure_path;
	int figure_line;
	const char *file;
	int line;
};

struct step {
	const char *exercise_id;
	const struct exercise *ex; /* resolved by library_finish */
	/* Overrides as written (0 = not given, sides: -1), then effective values. */
	int hold_set, reps_set, rest_set, sides_set;
	int hold, reps, rest;
	enum routine_sides sides;
	const char *dose_why; /* why reps and hold differ from the file (progression), or NULL */
	int line;
};

struct routine {
	const char *id, *title, *summary;
	unsigned areas;
	bool areas_given;
	int rest;
	struct step *steps;
	size_t nsteps;
	const char *file;
	int line;
};

/* A file that was left out, and its first problem. */
struct routine_skip {
	char *file;
	char *first; /* "FILE:LINE: message" */
	size_t nproblems;
};

/*
 * Every exercise and routine found along a search path. Layers are added in
 * priority order: an id in an earlier layer hides the same id in later ones;
 * the same id twice in one layer is an error of the later file.
 */
struct library {
	struct arena arena;
	struct lib_file *files;
	size_t nfiles;
	struct lib_seen *seen; /* files already loaded: each is read once */
	size_t nseen;
	int nlayers;
	struct exercise **ex; /* winners, sorted by id */
	size_t nex;
	struct routine **rt; /* winners, sorted by id */
	size_t nrt;
	struct diags problems; /* all problems, in file order */
	struct routine_skip *skipped;
	size_t nskipped;
	/* Where figures/ is looked for: the layers' directories, in priority order. */
	char **dirs;
	size_t ndirs;
	/* Missing or unreadable figures: `limber check` reports them, the routine still plays. */
	struct diags figure_problems;
};

void library_init(struct library *lib);
/*
 * Adds the *.conf files of DIR as the next layer. A missing DIR is fine when
 * !must_exist; otherwise it is reported in lib->problems and LB_NOT_FOUND is
 * returned.
 */
enum lb_status library_add_dir(struct library *lib, const char *dir, bool must_exist);
/*
 * Adds the shipped routines' DIR (may be missing) as the next layer: as
 * library_add_dir, and library_finish puts their text in the user's
 * language (routine_text.h). A person's own directories keep their words.
 */
enum lb_status library_add_shipped_dir(struct library *lib, const char *dir);
/* Adds the named files as the next layer (for `limber check`). */
void library_add_files(struct library *lib, const char *const *paths, size_t n);
/* Parses one file's text as the next layer (tests). */
void library_add_buf(struct library *lib, const char *name, const char *text);
/* Resolves overrides and steps, leaving out files with problems. */
void library_finish(struct library *lib);
void library_free(struct library *lib);

const struct routine *library_routine(const struct library *lib, const char *id);
const struct exercise *library_exercise(const struct library *lib, const char *id);
/* Whether a file was loaded by this library (any layer). */
bool library_has_file(const struct library *lib, const char *path);

/* The directory of shipped and user figures, beside the routine files. */
#define ROUTINE_FIGURES_DIR "figures"

/* Seconds one step takes, without the routine's rest after it. */
long routine_step_seconds(const struct step *s, int count_in);
/* Seconds the whole routine takes with the given count-in per step. */
long routine_total_seconds(const struct routine *r, int count_in);
/* Minutes shown in lists: rounded, at least 1. */
int routine_minutes(const struct routine *r, int count_in);

/* Area name lookup; -1 when unknown. */
int routine_area_parse(const char *name);

#endif
