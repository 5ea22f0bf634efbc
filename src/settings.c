/* settings.c - limber.conf: the user's settings */
#include "config.h"

#include "settings.h"

#include <confuse.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cfgfile.h"
#include "numparse.h"
#include "routine.h"
#include "strbuf.h"
#include "xalloc.h"

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
	CFG_SEC("plan", plan_opts, CFGF_NONE),        CFG_END(),
};

void settings_defaults(struct settings *s)
{
	memset(s, 0, sizeof *s);
	s->sound = SOUND_BELL;
	s->count_in = 5;
	s->colour = COLOUR_AUTO;
	s->week_starts = WEEK_MONDAY;
}

/* A word from a fixed set; reports and keeps the default otherwise. */
static void choice(const struct cfgfile *cf, cfg_t *cfg, const char *key,
		   const char *const *words, int nwords, int *out, struct diags *d)
{
	const char *v = cfg_getstr(cfg, key);
	if (!v)
		return;
	for (int i = 0; i < nwords; i++) {
		if (strcmp(v, words[i]) == 0) {
			*out = i;
			return;
		}
	}
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < nwords; i++)
		sb_addf(&b, "%s%s", i == 0 ? "" : i == nwords - 1 ? " or " : ", ", words[i]);
	diags_add(d, cf->path, cfgfile_key_line(&cf->sec[0], key), "%s must be %s, got '%s'", key,
		  b.s, v);
	sb_free(&b);
}

static void read_settings(struct settings *s, struct cfgfile *cf, struct diags *d)
{
	static const char *const sounds[] = {"bell", "flash", "none"};
	static const char *const colours[] = {"auto", "always", "never"};
	static const char *const weeks[] = {"monday", "sunday"};
	int v;

	v = (int)s->sound;
	choice(cf, cf->cfg, "sound", sounds, 3, &v, d);
	s->sound = (enum settings_sound)v;
	v = (int)s->colour;
	choice(cf, cf->cfg, "colour", colours, 3, &v, d);
	s->colour = (enum settings_colour)v;
	v = (int)s->week_starts;
	choice(cf, cf->cfg, "week_starts", weeks, 2, &v, d);
	s->week_starts = (enum settings_week)v;

	const char *ci = cfg_getstr(cf->cfg, "count_in");
	if (ci) {
		long n;
		if (parse_uint(ci, 0, SETTINGS_COUNT_IN_MAX, &n))
			s->count_in = (int)n;
		else
			diags_add(d, cf->path, cfgfile_key_line(&cf->sec[0], "count_in"),
				  "count_in must be 0..%d seconds, got '%s'", SETTINGS_COUNT_IN_MAX,
				  ci);
	}

	cfg_t *plan = cfg_getsec(cf->cfg, "plan");
	if (!plan)
		return;
	const struct cfgfile_section *ps = cfgfile_section(cf, plan);
	for (int day = 0; day < 7; day++) {
		const char *id = cfg_getstr(plan, settings_weekdays[day]);
		if (!id)
			continue;
		if (!routine_id_valid(id)) {
			diags_add(d, cf->path, cfgfile_key_line(ps, settings_weekdays[day]),
				  "plan: %s must name a routine id (a-z, 0-9 and '-'), got '%s'",
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
	memset(s, 0, sizeof *s);
}
