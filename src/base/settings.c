/* SPDX-License-Identifier: ISC */
/* settings.c - limber.conf: the user's settings */
#include "config.h"

#include "base/settings.h"

#include <confuse.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/cfgfile.h"
#include "base/i18n.h"
#include "base/ident.h"
#include "base/numparse.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

const char *const settings_weekdays[7] = {"sunday",   "monday", "tuesday", "wednesday",
					  "thursday", "friday", "saturday"};

static cfg_opt_t plan_opts[] = {
	CFG_STR("monday", NULL, CFGF_NODEFAULT),   CFG_STR("tuesday", NULL, CFGF_NODEFAULT),
	CFG_STR("wednesday", NULL, CFGF_NODEFAULT), CFG_STR("thursday", NULL, CFGF_NODEFAULT),
	CFG_STR("friday", NULL, CFGF_NODEFAULT),   CFG_STR("saturday", NULL, CFGF_NODEFAULT),
	CFG_STR("sunday", NULL, CFGF_NODEFAULT),   CFG_END(),
};

static cfg_opt_t settings_opts[] = {
	CFG_STR("sound", NULL, CFGF_NODEFAULT),	      CFG_STR("count_in", NULL, CFGF_NODEFAULT),
	CFG_STR("colour", NULL, CFGF_NODEFAULT),      CFG_STR("week_starts", NULL, CFGF_NODEFAULT),
	CFG_STR("voice", NULL, CFGF_NODEFAULT),       CFG_STR("voice_name", NULL, CFGF_NODEFAULT),
	CFG_STR("voice_rate", NULL, CFGF_NODEFAULT),  CFG_STR("voice_volume", NULL, CFGF_NODEFAULT),
	CFG_STR("figures", NULL, CFGF_NODEFAULT),     CFG_STR("theme", NULL, CFGF_NODEFAULT),
	CFG_STR("sync", NULL, CFGF_NODEFAULT),
	CFG_SEC("plan", plan_opts, CFGF_NONE),
	CFG_END(),
};

void settings_defaults(struct settings *s)
{
	memset(s, 0, sizeof *s);
	s->sound = SOUND_BELL;
	s->count_in = 5;
	s->colour = COLOUR_AUTO;
	s->week_starts = WEEK_MONDAY;
	s->voice_rate = 175;
	s->voice_volume = 100;
	s->figures = true;
}

/* The index of key's word in a fixed set; reports and keeps was (the default) otherwise. */
static int choice(const struct cfgfile *cf, const char *key, const char *const *words,
		  int nwords, int was, struct diags *d)
{
	const char *v = cfg_getstr(cf->cfg, key);
	if (!v)
		return was;
	for (int i = 0; i < nwords; i++)
		if (strcmp(v, words[i]) == 0)
			return i;
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < nwords - 1; i++)
		sb_addf(&b, "%s%s", i == 0 ? "" : ", ", words[i]);
	/* TRANSLATORS: "sound must be bell, flash or none, got 'loud'": a key, the allowed words
	   but the last (with commas), the last word, what was written. */
	diags_add(d, cf->path, cfgfile_key_line(&cf->sec[0], key),
	          _("%s must be %s or %s, got '%s'"), key, b.s, words[nwords - 1], v);
	sb_free(&b);
	return was;
}

/* What a number setting counts, for its message. */
enum number_unit { UNIT_NONE, UNIT_SECONDS, UNIT_WORDS_A_MINUTE };

/* A whole number in min..max; reports and keeps the default otherwise. */
static void number(const struct cfgfile *cf, const char *key, long min, long max,
                   enum number_unit unit, int *out, struct diags *d)
{
	const char *v = cfg_getstr(cf->cfg, key);
	long n;
	if (!v)
		return;
	if (parse_uint(v, min, max, &n)) {
		*out = (int)n;
		return;
	}
	int line = cfgfile_key_line(&cf->sec[0], key);
	if (unit == UNIT_SECONDS)
		diags_add(d, cf->path, line, _("%s must be %ld..%ld seconds, got '%s'"), key, min,
		          max, v);
	else if (unit == UNIT_WORDS_A_MINUTE)
		diags_add(d, cf->path, line, _("%s must be %ld..%ld words a minute, got '%s'"), key,
		          min, max, v);
	else
		diags_add(d, cf->path, line, _("%s must be %ld..%ld, got '%s'"), key, min, max, v);
}

/* An espeak-ng voice: a short name of letters, digits, '-' and '_' ("en-gb", "de"). */
static void voice_name(struct settings *s, const struct cfgfile *cf, struct diags *d)
{
	const char *v = cfg_getstr(cf->cfg, "voice_name");
	if (!v)
		return;
	size_t n = strlen(v);
	bool ok = n > 0 && n <= SETTINGS_VOICE_NAME_MAX;
	for (size_t i = 0; ok && i < n; i++)
		ok = (v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') ||
		     (v[i] >= '0' && v[i] <= '9') || v[i] == '-' || v[i] == '_';
	if (!ok) {
		diags_add(d, cf->path, cfgfile_key_line(&cf->sec[0], "voice_name"),
		          _("voice_name must be an espeak-ng voice such as en-gb (letters, digits, "
		            "'-', at most %d), got '%s'"),
		          SETTINGS_VOICE_NAME_MAX, v);
		return;
	}
	free(s->voice_name);
	s->voice_name = xstrdup(v);
}

/* sync = DIR: an absolute folder, or one under the home directory (~/...). */
static void sync_dir(struct settings *s, const struct cfgfile *cf, struct diags *d)
{
	const char *v = cfg_getstr(cf->cfg, "sync");
	if (!v)
		return;
	const char *home = getenv("HOME");
	char *dir = NULL;
	if (v[0] == '/')
		dir = xstrdup(v);
	else if (v[0] == '~' && (v[1] == '/' || !v[1]) && home && *home)
		dir = xasprintf("%s%s", home, v + 1);
	if (!dir) {
		diags_add(d, cf->path, cfgfile_key_line(&cf->sec[0], "sync"),
		          _("sync must be a folder's full path (or ~/...), got '%s'"), v);
		return;
	}
	free(s->sync);
	s->sync = dir;
}

static void read_settings(struct settings *s, struct cfgfile *cf, struct diags *d)
{
	static const char *const sounds[] = {"bell", "flash", "none"};
	static const char *const colours[] = {"auto", "always", "never"};
	static const char *const weeks[] = {"monday", "sunday"};

	s->sound = (enum settings_sound)choice(cf, "sound", sounds, 3, (int)s->sound, d);
	s->colour = (enum settings_colour)choice(cf, "colour", colours, 3, (int)s->colour, d);
	static const char *const themes[] = {"auto", "dark", "light"};
	s->theme = (enum settings_theme)choice(cf, "theme", themes, 3, (int)s->theme, d);
	s->week_starts =
		(enum settings_week)choice(cf, "week_starts", weeks, 2, (int)s->week_starts, d);

	number(cf, "count_in", 0, SETTINGS_COUNT_IN_MAX, UNIT_SECONDS, &s->count_in, d);
	static const char *const onoff[] = {"off", "on"};
	s->voice = choice(cf, "voice", onoff, 2, s->voice, d);
	number(cf, "voice_rate", SETTINGS_VOICE_RATE_MIN, SETTINGS_VOICE_RATE_MAX,
	       UNIT_WORDS_A_MINUTE, &s->voice_rate, d);
	number(cf, "voice_volume", 0, SETTINGS_VOICE_VOLUME_MAX, UNIT_NONE, &s->voice_volume, d);
	voice_name(s, cf, d);
	static const char *const yesno[] = {"no", "yes"};
	s->figures = choice(cf, "figures", yesno, 2, s->figures, d);
	sync_dir(s, cf, d);

	cfg_t *plan = cfg_getsec(cf->cfg, "plan");
	if (!plan)
		return;
	const struct cfgfile_section *ps = cfgfile_section(cf, plan);
	for (int day = 0; day < 7; day++) {
		const char *id = cfg_getstr(plan, settings_weekdays[day]);
		if (!id)
			continue;
		if (!ident_valid(id)) {
			diags_add(d, cf->path, cfgfile_key_line(ps, settings_weekdays[day]),
			          _("plan: %s must name a routine id (a-z, 0-9 and '-'), got '%s'"),
			          settings_weekdays[day], id);
			continue;
		}
		s->plan[day] = xstrdup(id);
	}
}

static enum lb_status finish(struct settings *s, struct cfgfile *cf, enum lb_status st,
			     size_t before, struct diags *d)
{
	if (st == LB_OK)
		read_settings(s, cf, d);
	cfgfile_free(cf);
	if (st == LB_OK && d->n > before)
		st = LB_INVALID;
	return st;
}

enum lb_status settings_load(struct settings *s, const char *path, int must_exist,
			     struct diags *d)
{
	settings_defaults(s);
	struct stat st;
	if (stat(path, &st) < 0 && errno == ENOENT && !must_exist)
		return LB_OK;
	s->path = xstrdup(path);
	struct cfgfile cf;
	size_t before = d->n;
	enum lb_status r = cfgfile_load(&cf, path, settings_opts, d);
	if (r == LB_IO && must_exist)
		r = LB_INVALID; /* a file the user named that cannot be read is bad input */
	return finish(s, &cf, r, before, d);
}

enum lb_status settings_load_buf(struct settings *s, const char *name, const char *text,
				 struct diags *d)
{
	settings_defaults(s);
	s->path = xstrdup(name);
	struct cfgfile cf;
	size_t before = d->n;
	enum lb_status r = cfgfile_load_buf(&cf, name, text, strlen(text), settings_opts, d);
	return finish(s, &cf, r, before, d);
}

void settings_free(struct settings *s)
{
	for (int i = 0; i < 7; i++)
		free(s->plan[i]);
	free(s->path);
	free(s->voice_name);
	free(s->sync);
	memset(s, 0, sizeof *s);
}
