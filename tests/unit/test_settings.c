/* SPDX-License-Identifier: ISC */
/* test_settings.c - limber.conf */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "base/diag.h"
#include "base/settings.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "testdata.h"

static struct settings s;
static struct diags d;

static void teardown(void)
{
	settings_free(&s);
	diags_free(&d);
}

TestSuite(settings, .fini = teardown);

static bool has(int line, const char *what)
{
	return fixture_has_diag(&d, NULL, line, what);
}

Test(settings, missing_file_means_defaults)
{
	cr_assert_eq(settings_load(&s, "/nonexistent/limber.conf", 0, &d), LB_OK);
	cr_assert_eq(d.n, 0);
	cr_assert_eq(s.sound, SOUND_BELL);
	cr_assert_eq(s.count_in, 5);
	cr_assert_eq(s.colour, COLOUR_AUTO);
	cr_assert_eq(s.week_starts, WEEK_MONDAY);
	for (int i = 0; i < 7; i++)
		cr_assert_null(s.plan[i]);
	cr_assert_null(s.path);
}

Test(settings, a_named_missing_file_is_an_error)
{
	cr_assert_eq(settings_load(&s, "/nonexistent/limber.conf", 1, &d), LB_INVALID);
	cr_assert(has(0, "cannot open"));
}

/* --config /dev/null (tmux's -f /dev/null) and an empty file: no settings. */
Test(settings, dev_null_and_an_empty_file_are_no_settings)
{
	cr_assert_eq(settings_load(&s, "/dev/null", 1, &d), LB_OK);
	cr_assert_eq(d.n, 0);
	cr_assert_eq(s.count_in, 5);
	settings_free(&s);
	char *dir = fixture_tmpdir("settings");
	char *path = xasprintf("%s/empty.conf", dir);
	fixture_write_file(path, "", 0);
	cr_assert_eq(settings_load(&s, path, 1, &d), LB_OK);
	cr_assert_eq(d.n, 0);
	cr_assert_eq(s.sound, SOUND_BELL);
	free(path);
	fixture_rmdir(dir);
}

Test(settings, every_key_is_read)
{
	cr_assert_eq(settings_load(&s, TEST_DATA "/config/full.conf", 1, &d), LB_OK);
	cr_assert_eq(d.n, 0);
	cr_assert_eq(s.sound, SOUND_FLASH);
	cr_assert_eq(s.count_in, 10);
	cr_assert_eq(s.colour, COLOUR_NEVER);
	cr_assert_eq(s.week_starts, WEEK_SUNDAY);
	cr_assert_str_eq(s.plan[1], "sciatica-morning");
	cr_assert_str_eq(s.plan[5], "quick-five");
	cr_assert_null(s.plan[0]);
}

Test(settings, bad_values_are_reported_with_lines)
{
	cr_assert_eq(settings_load(&s, TEST_DATA "/config/bad.conf", 1, &d), LB_INVALID);
	cr_assert(has(1, "sound must be bell, flash or none, got 'loud'"));
	cr_assert(has(2, "count_in must be 0..30 seconds, got '31'"));
	cr_assert(has(3, "colour must be auto, always or never, got 'sometimes'"));
	cr_assert(has(4, "week_starts must be monday or sunday, got 'tuesday'"));
	cr_assert(has(6, "plan: monday must name a routine id"));
	cr_assert(has(7, "unknown key 'funday' in plan (did you mean 'sunday'?)"));
	cr_assert(has(9, "unknown key 'speed'"));
	cr_assert_eq(s.count_in, 5, "a bad value leaves the default");
}

Test(settings, count_in_bounds)
{
	cr_assert_eq(settings_load_buf(&s, "t.conf", "count_in = 0\n", &d), LB_OK);
	cr_assert_eq(s.count_in, 0);
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "t.conf", "count_in = 30\n", &d), LB_OK);
	cr_assert_eq(s.count_in, 30);
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "t.conf", "\ncount_in = 05\n", &d), LB_INVALID);
	cr_assert(has(2, "count_in must be 0..30 seconds"));
}

Test(settings, repeated_key_is_an_error)
{
	cr_assert_eq(settings_load_buf(&s, "t.conf", "sound = bell\nsound = none\n", &d),
		     LB_INVALID);
	cr_assert(has(2, "'sound' is given twice (first on line 1)"));
}

Test(settings, voice_defaults_and_values)
{
	settings_defaults(&s);
	cr_assert_not(s.voice, "speech is off unless asked for");
	cr_assert_eq(s.voice_rate, 175);
	cr_assert_eq(s.voice_volume, 100);
	cr_assert_null(s.voice_name);
	cr_assert_eq(settings_load_buf(&s, "t.conf",
				       "voice = on\nvoice_name = en-gb\nvoice_rate = 140\n"
				       "voice_volume = 160\n",
				       &d),
		     LB_OK);
	cr_assert(s.voice);
	cr_assert_str_eq(s.voice_name, "en-gb");
	cr_assert_eq(s.voice_rate, 140);
	cr_assert_eq(s.voice_volume, 160);
}

Test(settings, voice_values_are_checked)
{
	cr_assert_eq(settings_load_buf(&s, "t.conf",
				       "voice = yes\nvoice_rate = 500\nvoice_volume = 201\n"
				       "voice_name = \"en gb\"\n",
				       &d),
		     LB_INVALID);
	cr_assert(has(1, "voice must be off or on, got 'yes'"));
	cr_assert(has(2, "voice_rate must be 80..450 words a minute, got '500'"));
	cr_assert(has(3, "voice_volume must be 0..200, got '201'"));
	cr_assert(has(4, "voice_name must be an espeak-ng voice such as en-gb"));
	cr_assert_not(s.voice);
	cr_assert_eq(s.voice_rate, 175, "a bad value leaves the default");
	cr_assert_null(s.voice_name);
}

Test(settings, figures_yes_or_no)
{
	settings_defaults(&s);
	cr_assert(s.figures, "figures are drawn unless turned off");
	cr_assert_eq(settings_load_buf(&s, "t.conf", "figures = no\n", &d), LB_OK);
	cr_assert_not(s.figures);
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "t.conf", "\nfigures = off\n", &d), LB_INVALID);
	cr_assert(has(2, "figures must be no or yes, got 'off'"));
}

Test(settings, theme_auto_dark_light)
{
	cr_assert_eq(settings_load_buf(&s, "limber.conf", "sound = none\n", &d), LB_OK);
	cr_assert_eq(s.theme, THEME_AUTO);
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "limber.conf", "theme = light\n", &d), LB_OK);
	cr_assert_eq(s.theme, THEME_LIGHT);
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "limber.conf", "theme = dark\n", &d), LB_OK);
	cr_assert_eq(s.theme, THEME_DARK);
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "limber.conf", "\ntheme = white\n", &d), LB_INVALID);
	cr_assert(has(2, "theme must be auto, dark or light, got 'white'"));
}

Test(settings, sync_is_a_full_path_or_under_home)
{
	setenv("HOME", "/home/pat", 1);
	cr_assert_eq(settings_load_buf(&s, "t.conf", "sync = ~/Sync/limber\n", &d), LB_OK);
	cr_assert_str_eq(s.sync, "/home/pat/Sync/limber");
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "t.conf", "sync = /srv/sync\n", &d), LB_OK);
	cr_assert_str_eq(s.sync, "/srv/sync");
	settings_free(&s);
	cr_assert_eq(settings_load_buf(&s, "t.conf", "\nsync = Sync/limber\n", &d), LB_INVALID);
	cr_assert(has(2, "sync must be a folder's full path (or ~/...), got 'Sync/limber'"));
	cr_assert_null(s.sync);
}
