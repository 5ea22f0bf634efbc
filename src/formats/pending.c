/* SPDX-License-Identifier: ISC */
/* pending.c - sessions kept in a file while the diary is busy, stored the next time it opens */
#include "config.h"

#include "formats/pending.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/outfile.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "formats/export.h"
#include "formats/export_json.h"

static char *pending_path(const char *dir, const char *uid)
{
	return xasprintf("%s/%s%s.json", dir, PENDING_PREFIX, uid);
}

enum lb_status pending_save(const char *dir, const struct diary_session *s, struct diags *err)
{
	char *path = pending_path(dir, s->uid);
	struct outfile out;
	enum lb_status st = outfile_open(&out, path, err);
	if (st == LB_OK) {
		st = export_json_write_sessions(out.f, s, 1, err);
		enum lb_status closed = outfile_close(&out, st == LB_OK, err);
		if (st == LB_OK)
			st = closed;
	}
	free(path);
	return st;
}

/* How often a waiting screen hears from retry(): SQLite's own wait is cut this short. */
#define PENDING_TICK_MS 250

/* Runs one write, again while the diary is busy, until retry_ms have passed. */
static enum lb_status retry(struct diary *db, struct diary_session *s, bool update,
                            int64_t retry_ms, const struct pending_wait *wait, struct diags *err)
{
	int64_t begun = clock_now_ms(), until = begun + retry_ms;
	int busy_ms = diary_busy_timeout(db);
	if (wait && busy_ms > PENDING_TICK_MS)
		diary_set_busy_timeout(db, PENDING_TICK_MS);
	enum lb_status st;
	for (;;) {
		struct diags e = {0};
		st = update ? diary_update_session(db, s, &e) : diary_add_session(db, s, &e);
		if (st != LB_BUSY || clock_now_ms() >= until) {
			diags_move(err, &e);
			break;
		}
		diags_free(&e);
		if (wait)
			wait->fn(wait->ctx, clock_now_ms() - begun);
		/* SQLite waited its busy timeout already; a breath before the next try. */
		struct timespec ts = {0, 100 * 1000000L};
		nanosleep(&ts, NULL);
	}
	diary_set_busy_timeout(db, busy_ms);
	return st;
}

enum lb_status pending_add_session(struct diary *db, const char *dir, struct diary_session *s,
                                   int64_t retry_ms, const struct pending_wait *wait, bool *kept,
                                   struct diags *err)
{
	*kept = false;
	if (!s->uid[0])
		diary_new_uid(s->uid);
	struct diags e = {0};
	enum lb_status st = retry(db, s, false, retry_ms, wait, &e);
	if (st == LB_BUSY && pending_save(dir, s, &e) == LB_OK) {
		*kept = true;
		diags_free(&e);
		return LB_OK;
	}
	diags_move(err, &e);
	return st;
}

enum lb_status pending_update_session(struct diary *db, const char *dir,
                                      const struct diary_session *s, int64_t retry_ms,
                                      const struct pending_wait *wait, bool *kept,
                                      struct diags *err)
{
	*kept = false;
	struct diary_session copy = *s;
	struct diags e = {0};
	enum lb_status st = retry(db, &copy, true, retry_ms, wait, &e);
	if (st == LB_BUSY && pending_save(dir, s, &e) == LB_OK) {
		*kept = true;
		diags_free(&e);
		return LB_OK;
	}
	diags_move(err, &e);
	return st;
}

/* When the sessions of a pending file began, for the report. */
static void note_started(const char *path, struct pending_report *rep)
{
	json_t *doc = json_load_file(path, 0, NULL);
	json_t *list = doc ? json_object_get(doc, "sessions") : NULL;
	size_t i;
	json_t *o;
	json_array_foreach(list, i, o)
	{
		int64_t t;
		int tz;
		const char *s = json_string_value(json_object_get(o, "started"));
		if (rep->n < PENDING_REPORT_MAX && s && timefmt_parse_iso(s, &t, &tz)) {
			rep->started[rep->n] = t;
			rep->tz[rep->n] = tz;
		}
		rep->n++;
	}
	json_decref(doc);
}

static bool is_pending(const char *name)
{
	size_t n = strlen(name), lp = strlen(PENDING_PREFIX);
	return n > lp + 5 && strncmp(name, PENDING_PREFIX, lp) == 0 &&
	       strcmp(name + n - 5, ".json") == 0;
}

enum lb_status pending_store(struct diary *db, const char *dir, struct pending_report *rep,
                             struct diags *err)
{
	memset(rep, 0, sizeof *rep);
	DIR *d = opendir(dir);
	if (!d)
		return LB_OK; /* no directory, nothing pending */
	enum lb_status out = LB_OK;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!is_pending(de->d_name))
			continue;
		char *path = xasprintf("%s/%s", dir, de->d_name);
		struct import_result res;
		struct pending_report one = {0};
		note_started(path, &one);
		/* Kept aside by the player itself: no time in it is a typing mistake. */
		/*
		 * A session stored already (its ratings after were what stayed
		 * busy) is completed from the file; the file goes only once that
		 * has committed.
		 */
		enum lb_status st = export_import_merge(db, path, INT64_MAX / 2, &res, err);
		if (st == LB_OK) {
			unlink(path);
			size_t stored = (size_t)(res.sessions_added + res.sessions_merged);
			for (size_t i = 0; i < stored; i++) {
				if (rep->n < PENDING_REPORT_MAX && i < PENDING_REPORT_MAX) {
					rep->started[rep->n] = one.started[i];
					rep->tz[rep->n] = one.tz[i];
				}
				rep->n++;
			}
		} else {
			out = st;
		}
		free(path);
	}
	closedir(d);
	return out;
}

char *pending_message(const struct pending_report *rep)
{
	if (!rep->n)
		return NULL;
	/* The times, "08:14, 12:00" and the last apart when it is the last of all. */
	struct strbuf b;
	sb_init(&b);
	size_t shown = rep->n < PENDING_REPORT_MAX ? rep->n : PENDING_REPORT_MAX;
	size_t listed = shown == rep->n && shown > 1 ? shown - 1 : shown;
	char last[8] = "";
	for (size_t i = 0; i < shown; i++) {
		/* The wall-clock time where it was played, from its own offset. */
		time_t t = (time_t)(rep->started[i] + (int64_t)rep->tz[i] * 60);
		struct tm tm;
		gmtime_r(&t, &tm);
		if (i < listed)
			sb_addf(&b, "%s%02d:%02d", i ? ", " : "", tm.tm_hour, tm.tm_min);
		else
			snprintf(last, sizeof last, "%02d:%02d", tm.tm_hour, tm.tm_min);
	}
	char *msg;
	if (shown < rep->n)
		/* TRANSLATORS: sessions kept aside while the diary was busy, now in it: their
		   number and the times the first ones were played ("08:14, 12:00, 19:30"). */
		msg = xasprintf(ngettext("%zu session from %s and more recorded",
		                         "%zu sessions from %s and more recorded", rep->n),
		                rep->n, b.s);
	else if (*last)
		/* TRANSLATORS: sessions kept aside while the diary was busy, now in it: their
		   number, the times of all but the last ("08:14, 12:00"), the last one. */
		msg = xasprintf(ngettext("%zu session from %s and %s recorded",
		                         "%zu sessions from %s and %s recorded", rep->n),
		                rep->n, b.s, last);
	else
		/* TRANSLATORS: a session kept aside while the diary was busy, now in it: the
		   time it was played. */
		msg = xasprintf(ngettext("%zu session from %s recorded",
		                         "%zu sessions from %s recorded", rep->n),
		                rep->n, b.s);
	sb_free(&b);
	return msg;
}
