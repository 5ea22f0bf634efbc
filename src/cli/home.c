/* SPDX-License-Identifier: ISC */
/* home.c - `limber` alone: the home screen */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "cli/cli.h"
#include "tui/home.h"
#include "tui/tui.h"

int cli_home(struct app *a)
{
	int rc = app_load_settings(a);
	if (rc)
		return rc;
	struct library lib;
	rc = app_load_library(a, &lib, NULL, 0, true);
	if (rc)
		return rc;
	struct diary *db;
	if ((rc = app_open_diary_with(a, DIARY_CREATE, &db, &lib)))
		return rc;
	char *dir = app_data_dir(a);
	struct tui t;
	if (!tui_init(&t, &a->settings)) {
		free(dir);
		diary_close(db);
		library_free(&lib);
		return 1;
	}
	struct home_ctx ctx = {&lib, &a->settings, db, dir};
	home_run(&t, &ctx);
	tui_done();
	free(dir);
	diary_close(db);
	library_free(&lib);
	return t.signal ? 128 + t.signal : 0;
}
