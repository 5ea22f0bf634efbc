/* SPDX-License-Identifier: ISC */
/* audio.c - `limber audio ROUTINE -o FILE`: a guided session as a sound file */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audio/render.h"
#include "base/diag.h"
#include "base/paths.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "routine/cues.h"
#include "tui/player.h"

struct audio_opts {
	const char *output;
	const char *voice;
	double speed;
	bool no_voice;
};

/* The help of each option is translated where --help prints it (parse.c). */
static const struct parse_opt audio_options[] = {
	PARSE_STRING("output", 'o', "FILE", struct audio_opts, output,
		     /* TRANSLATORS: an option's help: FILE names its argument. */
		     N_("write to FILE: .wav, .flac or .ogg (Ogg Vorbis);\n"
			"- writes WAV to standard output")),
	APP_OPT_SPEED(struct audio_opts, speed),
	PARSE_STRING("voice", 0, "NAME", struct audio_opts, voice,
		     /* TRANSLATORS: voice_name is a key of limber.conf, kept in English. */
		     N_("the espeak-ng voice (e.g. en-gb), instead of voice_name")),
	PARSE_FLAG("no-voice", 0, struct audio_opts, no_voice,
		   N_("tones and silence only, no words")),
	PARSE_END,
};

static void audio_init(void *opts)
{
	((struct audio_opts *)opts)->speed = 1;
}

/* A log past this size starts again, as the screens' (tui.c). */
#define LOG_MAX (256 * 1024)

/* The voice the file speaks with, in the data directory's limber.log (as the player's). */
static void log_voice(const struct app *a, const char *voice)
{
	char *dir = app_data_dir(a);
	struct diags d = {0};
	int tightened;
	if (dir && *voice && paths_make_private_dir(dir, &tightened, &d) == LB_OK) {
		char *path = xasprintf("%s/%s", dir, PLAYER_LOG);
		int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > LOG_MAX && ftruncate(fd, 0) != 0) {
			close(fd);
			fd = -1;
		}
		if (fd >= 0) {
			dprintf(fd, "limber audio: espeak-ng voice %s\n", voice);
			close(fd);
		}
		free(path);
	}
	diags_free(&d);
	free(dir);
}

/* The routine an id names, or NULL having said why. */
static const struct routine *find(const struct library *lib, const char *id)
{
	const struct routine *r = library_routine(lib, id);
	if (!r)
		app_error(_("no routine '%s' (see 'limber routines')"), id);
	return r;
}

static int audio(struct app *a, void *opts, const struct parse_result *res)
{
	const struct audio_opts *o = opts;
	if (!o->output)
		return app_usage_error(a, "%s",
				       _("where to? give -o FILE (.wav, .flac, .ogg) or -o -"));
	int guard = app_check_output(a, o->output);
	if (guard)
		return guard;
	if (render_format_of(o->output) == RENDER_UNKNOWN)
		return app_usage_error(a, _("-o %s: name the file .wav, .flac or .ogg"), o->output);
	if (strcmp(o->output, "-") == 0 && isatty(STDOUT_FILENO))
		return app_usage_error(
			a, "%s", _("-o -: standard output is a terminal; redirect it to a file"));
	struct library lib;
	int rc = app_load_all(a, &lib);
	if (rc)
		return rc;
	const struct routine *r = find(&lib, res->v[0]);
	if (!r) {
		library_free(&lib);
		return 2;
	}
	const struct settings *st = &a->settings;
	char voice[SPEECH_VOICE_MAX] = "";
	struct render_opts ro = {
		.speed = o->speed,
		.say = {o->voice ? o->voice : st->voice_name, st->voice_rate, st->voice_volume},
		.speak = !o->no_voice,
		.voice_used = voice,
	};
#ifndef HAVE_SPEECH
	if (ro.speak)
		app_error("%s", _("this limber was built without speech: tones and silence only"));
	ro.speak = false;
#endif
	struct session_plan plan;
	session_plan_build(&plan, r, st->count_in);
	struct cue_list cues;
	cues_build(&cues, &plan, &(struct cue_opts){st->voice_rate, o->speed});
	struct diags err = {0};
	enum lb_status s = render_session(&plan, &cues, &ro, o->output, &err);
	log_voice(a, voice);
	if (s == LB_OK && strcmp(o->output, "-") != 0) {
		long secs = (long)(plan.total_ms / o->speed / 1000 + 0.5);
		if (ro.speak)
			/* TRANSLATORS: the file written, the routine's title, its length (m:ss). */
			printf(_("%s: %s, %ld:%02ld\n"), o->output, r->title, secs / 60, secs % 60);
		else
			/* TRANSLATORS: the file written, the routine's title, its length (m:ss). */
			printf(_("%s: %s, %ld:%02ld (tones only)\n"), o->output, r->title,
			       secs / 60, secs % 60);
	}
	cues_free(&cues);
	session_plan_free(&plan);
	library_free(&lib);
	return app_report(&err, s);
}

const struct cli_command cli_audio_command = {
	.spec = {.name = "audio", .args = "ROUTINE -o FILE [--speed X] [--voice NAME]",
		 .opts = audio_options, .max_operands = 1,
		 .missing = APP_WHICH_ROUTINE,
		 /* TRANSLATORS: audio --help; voice_name and the like: limber.conf keys. */
		 .about = N_("Write a whole guided session to a sound file: the spoken cues, a short\n"
			     "tone at each change, and timed silence, to follow away from the screen.\n"
			     "Voice, rate and volume come from limber.conf (voice_name, voice_rate,\n"
			     "voice_volume).\n")},
	.summary = N_("write a guided session to a sound file"),
	.opts_size = sizeof(struct audio_opts),
	.init = audio_init, .run = audio,
};
