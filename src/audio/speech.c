/* SPDX-License-Identifier: ISC */
/* speech.c - words to sound with libespeak-ng */
#include "config.h"

#include "audio/speech.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"

#ifdef HAVE_SPEECH
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#endif

struct speech {
	bool aloud;
	int rate_hz;
	char voice[SPEECH_VOICE_MAX]; /* what speech_voice() says */
	int16_t *buf; /* samples of the last speech_synth */
	size_t n, cap;
};

#ifdef HAVE_SPEECH

/* espeak-ng hands samples to a callback; the buffer it fills comes with the event. */
static int collect(short *wav, int n, espeak_EVENT *ev)
{
	struct speech *sp = ev ? ev->user_data : NULL;
	if (!sp || !wav || n <= 0)
		return 0;
	if (sp->n + (size_t)n > sp->cap) {
		sp->cap = (sp->n + (size_t)n) * 2;
		sp->buf = xreallocarray(sp->buf, sp->cap, sizeof *sp->buf);
	}
	memcpy(sp->buf + sp->n, wav, (size_t)n * sizeof *wav);
	sp->n += (size_t)n;
	return 0;
}

/* espeak-ng's voice for a language of the catalogs: "pt_BR" is its "pt-br", else "pt". */
static bool set_language(const char *lang)
{
	char want[I18N_LANG_MAX];
	size_t n = strcspn(lang, ".@");
	for (size_t i = 0; i < n && i + 1 < sizeof want; i++)
		want[i] = lang[i] == '_' ? '-' : (char)tolower((unsigned char)lang[i]);
	want[n < sizeof want ? n : sizeof want - 1] = '\0';
	espeak_VOICE spec = {.languages = want};
	if (espeak_SetVoiceByProperties(&spec) == EE_OK)
		return true;
	want[strcspn(want, "-")] = '\0';
	return espeak_SetVoiceByProperties(&spec) == EE_OK;
}

/*
 * The voice: limber.conf's voice_name (or --voice) when given, else the
 * language the messages are shown in (i18n_language: the catalog's), so the
 * words are spoken in the language they are written in; English when
 * espeak-ng has no voice for it. Says which in chosen.
 */
static enum lb_status choose_voice(const struct speech_opts *o, char chosen[SPEECH_VOICE_MAX],
				   struct diags *err)
{
	char lang[I18N_LANG_MAX];
	const char *want = o->voice && *o->voice ? o->voice : i18n_language(lang);
	if (o->voice && *o->voice) {
		/* "en-gb" is a language; the name is "English (Great Britain)": take either. */
		espeak_VOICE spec = {.languages = o->voice};
		if (espeak_SetVoiceByName(o->voice) != EE_OK &&
		    espeak_SetVoiceByProperties(&spec) != EE_OK) {
			diags_add(err, NULL, 0,
				  _("espeak-ng has no voice '%s' (for example en, en-gb, "
				    "en-us, de, fr)"),
				  o->voice);
			return LB_NOT_FOUND;
		}
	} else if (!set_language(want)) {
		set_language("en");
	}
	const espeak_VOICE *v = espeak_GetCurrentVoice();
	snprintf(chosen, SPEECH_VOICE_MAX, "%s (%s, %s)", want, v && v->name ? v->name : "?",
		 v && v->identifier ? v->identifier : "?");
	return LB_OK;
}

static enum lb_status configure(const struct speech_opts *o, char chosen[SPEECH_VOICE_MAX],
				struct diags *err)
{
	enum lb_status st = choose_voice(o, chosen, err);
	if (st != LB_OK)
		return st;
	espeak_SetParameter(espeakRATE, o->rate_wpm > 0 ? o->rate_wpm : SPEECH_RATE_DEFAULT, 0);
	espeak_SetParameter(espeakVOLUME, o->volume >= 0 ? o->volume : SPEECH_VOLUME_DEFAULT, 0);
	return LB_OK;
}

static enum lb_status open_mode(struct speech **out, const struct speech_opts *o, bool aloud,
				struct diags *err)
{
	*out = NULL;
	int hz = espeak_Initialize(aloud ? AUDIO_OUTPUT_PLAYBACK : AUDIO_OUTPUT_SYNCHRONOUS, 0,
				   NULL, espeakINITIALIZE_DONT_EXIT);
	if (hz <= 0) {
		diags_add(err, NULL, 0, "%s",
			  _("espeak-ng could not start (is espeak-ng-data installed?)"));
		return aloud ? LB_IO : LB_NOT_FOUND;
	}
	char chosen[SPEECH_VOICE_MAX];
	enum lb_status st = configure(o, chosen, err);
	if (st != LB_OK) {
		espeak_Terminate();
		return st;
	}
	struct speech *sp = xcalloc(1, sizeof *sp);
	memcpy(sp->voice, chosen, sizeof sp->voice);
	sp->aloud = aloud;
	sp->rate_hz = hz;
	if (!aloud)
		espeak_SetSynthCallback(collect);
	*out = sp;
	return LB_OK;
}

enum lb_status speech_open_synth(struct speech **out, const struct speech_opts *o,
				 struct diags *err)
{
	return open_mode(out, o, false, err);
}

const int16_t *speech_synth(struct speech *sp, const char *words, size_t *n)
{
	sp->n = 0;
	if (words && *words)
		espeak_Synth(words, strlen(words) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL,
			     sp);
	*n = sp->n;
	return sp->buf;
}

/*
 * Whether a sound card takes our words. espeak-ng returns success either way;
 * without a card, ALSA and espeak-ng write their complaints to standard
 * error. So say a silence with fd 2 caught in a temporary file and see
 * whether anything was written there.
 */
static bool plays_quietly(void)
{
	fflush(stderr);
	FILE *tmp = tmpfile();
	int saved = dup(STDERR_FILENO);
	if (!tmp || saved < 0 || dup2(fileno(tmp), STDERR_FILENO) < 0) {
		if (tmp)
			fclose(tmp);
		if (saved >= 0)
			close(saved);
		return false;
	}
	bool ok = espeak_Synth(" ", 2, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL) == EE_OK &&
		  espeak_Synchronize() == EE_OK;
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	struct stat st;
	ok = ok && fstat(fileno(tmp), &st) == 0 && st.st_size == 0;
	fclose(tmp);
	return ok;
}

enum lb_status speech_open_aloud(struct speech **out, const struct speech_opts *o,
				 struct diags *err)
{
	enum lb_status st = open_mode(out, o, true, err);
	if (st != LB_OK)
		return st;
	if (!plays_quietly()) {
		speech_close(*out);
		*out = NULL;
		diags_add(err, NULL, 0, "%s", _("no sound card to speak through"));
		return LB_IO;
	}
	return LB_OK;
}

void speech_say(struct speech *sp, const char *words)
{
	if (!sp || !sp->aloud || !words || !*words)
		return;
	espeak_Cancel();
	espeak_Synth(words, strlen(words) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
}

void speech_hush(struct speech *sp)
{
	if (sp && sp->aloud)
		espeak_Cancel();
}

void speech_close(struct speech *sp)
{
	if (!sp)
		return;
	if (sp->aloud)
		espeak_Cancel();
	espeak_Terminate();
	free(sp->buf);
	free(sp);
}

#else /* !HAVE_SPEECH */

enum lb_status speech_open_synth(struct speech **out, const struct speech_opts *o,
				 struct diags *err)
{
	(void)o;
	*out = NULL;
	diags_add(err, NULL, 0, "%s", _("this limber was built without speech (--without-speech)"));
	return LB_NOT_FOUND;
}

const int16_t *speech_synth(struct speech *sp, const char *words, size_t *n)
{
	(void)words;
	*n = 0;
	return sp ? sp->buf : NULL;
}

enum lb_status speech_open_aloud(struct speech **out, const struct speech_opts *o,
				 struct diags *err)
{
	return speech_open_synth(out, o, err);
}

void speech_say(struct speech *sp, const char *words)
{
	(void)sp;
	(void)words;
}

void speech_hush(struct speech *sp)
{
	(void)sp;
}

void speech_close(struct speech *sp)
{
	free(sp);
}

#endif

int speech_sample_rate(const struct speech *sp)
{
	return sp ? sp->rate_hz : 22050;
}

const char *speech_voice(const struct speech *sp)
{
	return sp ? sp->voice : "";
}
