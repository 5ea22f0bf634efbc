/* SPDX-License-Identifier: ISC */
/* appsync.c - syncing the diary for every command: limber sync, and sync = DIR in limber.conf */
#include "config.h"

#include "cli/app.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/paths.h"
#include "base/xalloc.h"
#include "diary/sync.h"

/* How say() introduces a problem. */
enum say_as { SAY_SKIPPED, SAY_SYNC_SKIPPED, SAY_SYNC_WARNING };

/* Prints each problem as "limber: skipped FILE: MSG" (or as says) to stderr. */
static void say(const struct diags *d, enum say_as as)
{
	for (size_t i = 0; i < d->n; i++) {
		char *line = diag_format(&d->v[i]), *msg;
		if (as == SAY_SKIPPED)
			/* TRANSLATORS: %s is a file the sync left for later, and why. */
			msg = xasprintf(_("skipped %s"), line);
		else if (as == SAY_SYNC_SKIPPED)
			/* TRANSLATORS: "sync" is limber.conf's sync; %s a file, and why. */
			msg = xasprintf(_("sync: skipped %s"), line);
		else
			/* TRANSLATORS: "sync" is limber.conf's sync; %s a problem. */
			msg = xasprintf(_("warning: sync: %s"), line);
		fprintf(stderr, "limber: %s\n", msg);
		free(msg);
		free(line);
	}
}

/* path made absolute with links resolved, even when its last parts do not exist yet. */
static char *resolve(const char *path)
{
	char *p = realpath(path, NULL);
	if (p || !*path)
		return p;
	char *copy = xstrdup(path), *slash = strrchr(copy, '/');
	char *parent;
	if (!slash)
		parent = realpath(".", NULL);
	else if (slash == copy)
		parent = xstrdup("/");
	else {
		*slash = '\0';
		parent = resolve(copy);
	}
	const char *last = slash ? slash + 1 : copy;
	char *r = parent ? xasprintf("%s%s%s", parent, strcmp(parent, "/") ? "/" : "", last) : NULL;
	free(parent);
	free(copy);
	return r;
}

/* Whether path is dir or lies under it. */
static bool under(const char *path, const char *dir)
{
	char *p = resolve(path), *d = realpath(dir, NULL);
	size_t n = d ? strlen(d) : 0;
	bool in = p && d && strncmp(p, d, n) == 0 && (p[n] == '/' || p[n] == '\0' || n == 1);
	free(p);
	free(d);
	return in;
}

enum lb_status app_sync_folder_ok(const struct app *a, const char *dir, struct diags *err)
{
	struct stat st;
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		diags_add(err, dir, 0, "%s",
			  /* TRANSLATORS: after a folder's name: "DIR: is not a folder (...)". */
			  _("is not a folder (make it, or let the sync engine make it)"));
		return LB_NOT_FOUND;
	}
	char *data = a->data_dir ? xstrdup(a->data_dir) : paths_data_dir();
	if (!data) {
		diags_add(err, NULL, 0, "%s",
		          _("no data directory: set HOME, XDG_DATA_HOME or use --data DIR"));
		return LB_IO;
	}
	enum lb_status r = LB_OK;
	if (under(data, dir)) {
		diags_add(
		    err, dir, 0,
		    /* TRANSLATORS: after a folder's name: "DIR: holds ..."; %s is a directory. */
		    _("holds limber's data directory (%s); the diary must not be in the synced "
		      "folder (a sync engine copying it would damage it): choose another folder"),
		    data);
		r = LB_INVALID;
	}
	free(data);
	return r;
}

/* What limber sync did: sent, applied, compacted. */
static void print_sync(const struct sync_report *r)
{
	if (r->seq)
		/* TRANSLATORS: the second number is the changeset's, the file it went into. */
		printf(ngettext("sent %ld change (changeset %lld)\n",
				"sent %ld changes (changeset %lld)\n", r->sent),
		       r->sent, (long long)r->seq);
	else
		printf("%s\n", _("nothing new to send"));
	/* TRANSLATORS: rows of the diary (entries, sessions) the changesets changed. */
	char *rows = xasprintf(ngettext("%ld row changed here", "%ld rows changed here",
					r->received),
			       r->received);
	/* TRANSLATORS: %s is "N rows changed here". */
	printf(ngettext("applied %ld changeset from other machines: %s\n",
			"applied %ld changesets from other machines: %s\n", r->files),
	       r->files, rows);
	free(rows);
	if (r->removed)
		printf(ngettext("compacted %ld old changeset into a snapshot\n",
				"compacted %ld old changesets into a snapshot\n", r->removed),
		       r->removed);
}

enum lb_status app_sync(struct app *a, struct diary *db, const char *dir, bool compact, bool quiet,
                        struct diags *err)
{
	enum lb_status ok = app_sync_folder_ok(a, dir, err);
	if (ok != LB_OK)
		return ok;
	char *data = a->data_dir ? xstrdup(a->data_dir) : paths_data_dir();
	char me[SYNC_ID_LEN + 1];
	enum lb_status st = sync_machine_id(data, me, err);
	free(data);
	if (st != LB_OK)
		return st;
	struct sync_opts o = {.dir = dir, .machine = me, .now = clock_wall(), .compact = compact};
	struct sync_report r;
	st = diary_sync(db, &o, &r, err);
	say(&r.skipped, quiet ? SAY_SYNC_SKIPPED : SAY_SKIPPED);
	if (st == LB_OK && !quiet)
		print_sync(&r);
	sync_report_free(&r);
	return st;
}

/* Whether limber.conf's sync applies to this command (not limber sync itself). */
static bool configured(const struct app *a)
{
	return a->settings_loaded && a->settings.sync && a->command &&
	       strcmp(a->command, "sync") != 0;
}

void app_sync_before(struct app *a, struct diary *db)
{
	if (!configured(a) || a->synced)
		return;
	a->synced = true;
	if (access(a->settings.sync, W_OK) != 0) {
		/* TRANSLATORS: the first %s is a folder, the second why it cannot be written. */
		char *msg = xasprintf(_("warning: sync: %s: %s; not synced"), a->settings.sync,
		                      strerror(errno));
		fprintf(stderr, "limber: %s\n", msg);
		free(msg);
		return;
	}
	struct diags err = {0};
	if (app_sync(a, db, a->settings.sync, false, true, &err) != LB_OK)
		say(&err, SAY_SYNC_WARNING);
	diags_free(&err);
}

void app_sync_at_exit(struct app *a)
{
	if (!configured(a))
		return;
	char *data = a->data_dir ? xstrdup(a->data_dir) : paths_data_dir();
	struct diary *db = NULL;
	struct diags warn = {0}, err = {0};
	if (data && diary_open(&db, data, 0, &warn, &err) == LB_OK && diary_sync_pending(db) &&
	    app_sync(a, db, a->settings.sync, false, true, &err) != LB_OK)
		say(&err, SAY_SYNC_WARNING);
	diary_close(db);
	diags_free(&warn);
	diags_free(&err);
	free(data);
}
