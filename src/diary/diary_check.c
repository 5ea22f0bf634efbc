/* SPDX-License-Identifier: ISC */
/*
 * diary_check.c - a damaged diary found before anything is written to it:
 * PRAGMA quick_check when the file changed since the last good check, or a
 * day has passed; the last good check's facts are kept in DIR/diary-checked.
 */
#include "config.h"

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "diary/diary_impl.h"

/* What says the file is the one checked: it, its length, its last change. */
struct facts {
	uint64_t dev, ino;
	int64_t size, mtime_s, mtime_ns;
};

static char *facts_path(const struct diary *db)
{
	const char *slash = strrchr(db->path, '/');
	size_t n = slash ? (size_t)(slash - db->path) : 0;
	return xasprintf("%.*s%s%s", (int)n, db->path, slash ? "/" : "", DIARY_CHECK_FILE);
}

static bool stat_facts(const char *path, struct facts *f)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return false;
	*f = (struct facts){(uint64_t)st.st_dev, (uint64_t)st.st_ino, (int64_t)st.st_size,
			    (int64_t)st.st_mtim.tv_sec, (int64_t)st.st_mtim.tv_nsec};
	return true;
}

/* Whether the last good check still holds: the same file, unchanged, less than a day ago. */
static bool still_good(const struct diary *db)
{
	struct facts now, then;
	char *wal = xasprintf("%s-wal", db->path);
	struct stat ws;
	bool wal_holds = stat(wal, &ws) == 0 && ws.st_size > 0;
	free(wal);
	if (wal_holds || !stat_facts(db->path, &now))
		return false; /* changes not yet in the file itself: look at them */
	char *path = facts_path(db);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return false;
	int64_t when = 0;
	int n = fscanf(f, "%" SCNu64 " %" SCNu64 " %" SCNd64 " %" SCNd64 " %" SCNd64 " %" SCNd64,
		       &then.dev, &then.ino, &then.size, &then.mtime_s, &then.mtime_ns, &when);
	fclose(f);
	int64_t age = clock_wall() - when;
	return n == 6 && memcmp(&now, &then, sizeof now) == 0 && age >= 0 &&
	       age < DIARY_CHECK_SECONDS;
}

void diary_check_remember(const struct diary *db)
{
	struct facts f;
	if (!stat_facts(db->path, &f))
		return;
	char *path = facts_path(db), *tmp = xasprintf("%s.tmp", path);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (fd >= 0 && !out)
		close(fd);
	bool ok = out && fprintf(out, "%" PRIu64 " %" PRIu64 " %" PRId64 " %" PRId64 " %" PRId64
				      " %" PRId64 "\n",
				 f.dev, f.ino, f.size, f.mtime_s, f.mtime_ns, clock_wall()) > 0;
	if (out)
		ok = fclose(out) == 0 && ok;
	/* A hint only: when it cannot be kept, the next open checks again. */
	if (!ok || rename(tmp, path) != 0)
		unlink(tmp);
	free(tmp);
	free(path);
}

/* PRAGMA quick_check's first word: NULL when "ok", else what is wrong (caller frees). */
static char *quick_check(struct diary *db, int *rc)
{
	sqlite3_stmt *s;
	char *bad = NULL;
	*rc = sqlite3_prepare_v2(db->db, "PRAGMA quick_check(1)", -1, &s, NULL);
	if (*rc != SQLITE_OK)
		return NULL;
	*rc = sqlite3_step(s);
	if (*rc == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		if (!t || strcmp(t, "ok") != 0)
			/* TRANSLATORS: in "the diary is damaged (%s)": SQLite said nothing. */
			bad = xstrdup(t ? t : _("no answer"));
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	return bad;
}

enum lb_status diary_check_health(struct diary *db, int flags, struct diags *warn,
				  struct diags *err)
{
	if (still_good(db)) {
		db->checked = true;
		return LB_OK;
	}
	int rc;
	char *bad = quick_check(db, &rc);
	if (!bad && (rc & 0xff) == SQLITE_CORRUPT)
		bad = xstrdup(sqlite3_errmsg(db->db));
	else if (!bad && rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	if (!bad) {
		db->checked = true;
		diary_check_remember(db);
		return LB_OK;
	}
	/* Nothing may be written to it now; export reads what it still can. */
	diary_exec(db, "PRAGMA query_only = 1");
	/* SQLite's report begins "*** in database main ***" and a line break. */
	char *nl = strrchr(bad, '\n');
	if (nl)
		memmove(bad, nl + 1, strlen(nl + 1) + 1);
	if (flags & DIARY_SALVAGE) {
		db->damaged = true;
		diags_add(warn, db->path, 0,
		          _("the diary is damaged (%s); reading what still can be, a day at a "
		            "time — nothing is written to it"),
		          bad);
		free(bad);
		return LB_OK;
	}
	diags_add(err, db->path, 0,
	          _("the diary is damaged (%s); it was left untouched and nothing was written. "
	            "Save what can still be read with 'limber export -o FILE', move the damaged "
	            "file aside, then 'limber import FILE' into a new diary"),
	          bad);
	free(bad);
	return LB_DB;
}
