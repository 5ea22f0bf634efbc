/* SPDX-License-Identifier: ISC */
/* sync.c - `limber sync [DIR]`: one diary on several machines through a replicated folder */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "base/i18n.h"
#include "base/paths.h"
#include "base/xalloc.h"
#include "diary/sync.h"

struct sync_cli_opts {
	bool status;
	bool compact;
};

static const struct parse_opt sync_options[] = {
    PARSE_FLAG("status", 0, struct sync_cli_opts, status,
               N_("show the machines seen and what waits, and why")),
    PARSE_FLAG("compact", 0, struct sync_cli_opts, compact,
               N_("fold changesets every machine has applied into a snapshot")),
    PARSE_END,
};

/* A time as the local "YYYY-MM-DD HH:MM", or "never". */
static void when(int64_t t, char out[64])
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (t <= 0 || !localtime_r(&tt, &tm) || !strftime(out, 64, "%Y-%m-%d %H:%M", &tm))
		/* TRANSLATORS: in "last change never, applied never" of limber sync --status. */
		snprintf(out, 64, "%s", _("never"));
}

static void print_status(const char *dir, const struct sync_status *s)
{
	printf(_("sync folder: %s\n"), dir);
	printf(_("changes here not yet synced: %lld; deletions kept: %lld\n"),
	       (long long)s->pending, (long long)s->tombstones);
	for (size_t i = 0; i < s->n; i++) {
		const struct sync_machine *m = &s->v[i];
		char changed[64], synced[64];
		when(m->changed, changed);
		when(m->synced, synced);
		if (m->me) {
			/* TRANSLATORS: this machine's id, the number of the changeset it
			   wrote last, the newest number in the sync folder. */
			printf(_("%s (this machine): wrote changeset %lld; newest in the folder "
				 "%lld\n"),
			       m->id, (long long)m->applied, (long long)m->newest);
			continue;
		}
		/* TRANSLATORS: another machine's id, the number of its changesets applied
		   here, its newest, when it last changed and when that was applied here. */
		printf(_("%s: applied %lld of %lld; last change %s, applied %s\n"), m->id,
		       (long long)m->applied, (long long)m->newest, changed, synced);
		if (m->skipped)
			/* TRANSLATORS: %s is why a machine's changes wait (a file, and why). */
			printf(_("  waiting: %s\n"), m->skipped);
	}
}

static int run_sync(struct app *a, void *opts, const struct parse_result *res)
{
	const struct sync_cli_opts *o = opts;
	int rc = app_load_settings(a);
	if (rc)
		return rc;
	const char *dir = res->n > 0 ? res->v[0] : a->settings.sync;
	if (!dir)
		return app_usage_error(
		    a, "%s",
		    /* TRANSLATORS: "sync = DIR" is a line of limber.conf. */
		    _("which folder? give DIR, or set sync = DIR in limber.conf"));
	/* Before the diary is opened, so that a wrong folder makes nothing. */
	struct diags err = {0};
	enum lb_status st = app_sync_folder_ok(a, dir, &err);
	if (st != LB_OK)
		return app_report(&err, st);
	struct diary *db;
	rc = app_open_diary(a, o->status ? DIARY_READ : DIARY_CREATE, &db);
	if (rc)
		return rc;
	if (o->status) {
		char me[SYNC_ID_LEN + 1];
		char *data = app_data_dir(a);
		struct sync_status s = {0};
		if (!db)
			printf("%s\n", _("no diary yet: nothing synced"));
		else if ((st = sync_machine_id(data, me, &err)) == LB_OK &&
		         (st = diary_sync_status(db, dir, me, &s, &err)) == LB_OK)
			print_status(dir, &s);
		sync_status_free(&s);
		free(data);
	} else {
		st = app_sync(a, db, dir, o->compact, false, &err);
	}
	diary_close(db);
	return app_report(&err, st);
}

const struct cli_command cli_sync_command = {
    .spec = {.name = "sync",
             .args = "[DIR] [--status] [--compact]",
             .opts = sync_options,
             .max_operands = 1,
             .too_many = N_("give one folder"),
             .about = N_("Sync the diary with other machines through DIR, a folder that a sync\n"
                         "engine (Syncthing, Nextcloud, a git repository) replicates; without DIR,\n"
                         "the folder of sync = DIR in limber.conf. This machine writes what it\n"
                         "changed as DIR/<machine>/<number>.changeset and applies the others'.\n"
                         "The newer edit of an entry wins; a deletion wins over an edit. Files\n"
                         "still being copied are left for the next sync. The diary itself never\n"
                         "goes into DIR.\n")},
    .summary = N_("sync the diary through a replicated folder"),
    .opts_size = sizeof(struct sync_cli_opts),
    .run = run_sync,
};
