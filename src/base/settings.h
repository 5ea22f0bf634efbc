/* SPDX-License-Identifier: ISC */
/* settings.h - limber.conf: the user's settings */
#ifndef LIMBER_SETTINGS_H
#define LIMBER_SETTINGS_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/status.h"

enum settings_sound { SOUND_BELL, SOUND_FLASH, SOUND_NONE };
enum settings_colour { COLOUR_AUTO, COLOUR_ALWAYS, COLOUR_NEVER };
enum settings_week { WEEK_MONDAY, WEEK_SUNDAY };
/* The colours for the terminal's background: auto asks the terminal. */
enum settings_theme { THEME_AUTO, THEME_DARK, THEME_LIGHT };

#define SETTINGS_COUNT_IN_MAX 30
#define SETTINGS_VOICE_RATE_MIN 80
#define SETTINGS_VOICE_RATE_MAX 450
#define SETTINGS_VOICE_VOLUME_MAX 200
#define SETTINGS_VOICE_NAME_MAX 40

/* limber.conf, with defaults for what it does not say. */
struct settings {
	enum settings_sound sound;
	int count_in;
	enum settings_colour colour;
	enum settings_theme theme;
	enum settings_week week_starts;
	char *plan[7]; /* routine id per weekday, 0 = Sunday (as struct tm); NULL = none */
	bool voice;        /* speak the cues */
	char *voice_name;  /* an espeak-ng voice ("en-gb"), or NULL for its default */
	int voice_rate;    /* words a minute */
	int voice_volume;  /* 0..200, 100 normal */
	bool figures;      /* draw exercise figures in the terminal (figures = yes|no) */
	char *sync;        /* the folder limber syncs through (~ expanded), or NULL */
	char *path; /* the file read, or NULL when defaults were used */
};

extern const char *const settings_weekdays[7];

void settings_defaults(struct settings *s);
/*
 * Reads limber.conf at PATH. A missing file gives the defaults unless
 * must_exist (--config). Problems go to d as FILE:LINE: message.
 */
enum lb_status settings_load(struct settings *s, const char *path, int must_exist,
			     struct diags *d);
/* Same, from text (tests). */
enum lb_status settings_load_buf(struct settings *s, const char *name, const char *text,
				 struct diags *d);
void settings_free(struct settings *s);

#endif
