/* SPDX-License-Identifier: ISC */
/* diary_schema.c - opening the diary: what the file is, its privacy, its schema's version */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "base/paths.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "diary/diary_impl.h"

/* 'LMBR': marks an SQLite file as a limber diary. */
#define DIARY_APPLICATION_ID 0x4c4d4252
#define DIARY_BUSY_MS 10000

const char *diary_path(const struct diary *db)
{
	return db->path;
}

/* The diary's -wal and -shm files must not be symbolic links either. */
static enum lb_status side_files_plain(const char *path, struct diags *err)
{
	static const char *const ends[] = {"-wal", "-shm"};
	for (int i = 0; i < 2; i++) {
		char *side = xasprintf("%s%s", path, ends[i]);
		struct stat st;
		bool link = lstat(side, &st) == 0 && S_ISLNK(st.st_mode);
		if (link)
			diags_add(
			    err, side, 0,
			    _("is a symbolic link; limber keeps its diary in plain files and will "
			      "not follow it"));
		free(side);
		if (link)
			return LB_IO;
	}
	return LB_OK;
}

/* Makes sure the file exists with mode 0600 before SQLite opens it. */
static enum lb_status prepare_file(const char *path, int flags, bool *created, struct diags *err)
{
	struct stat st;
	*created = false;
	enum lb_status side = side_files_plain(path, err);
	if (side != LB_OK)
		return side;
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		diags_add(
		    err, path, 0,
		    _("is a symbolic link; limber keeps its diary in a plain file and will not "
		      "follow it"));
		return LB_IO;
	}
	if (stat(path, &st) < 0) {
		if (errno != ENOENT) {
			diags_add(err, path, 0, _("cannot read: %s"), strerror(errno));
			return LB_IO;
		}
		if (!(flags & DIARY_CREATE))
			return LB_NOT_FOUND;
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST) {
			diags_add(err, path, 0, _("cannot create the diary: %s"), strerror(errno));
			return LB_IO;
		}
		if (fd >= 0) {
			*created = true;
			if (fchmod(fd, 0600) < 0) {
				diags_add(err, path, 0, _("cannot make the diary private: %s"),
				          strerror(errno));
				close(fd);
				return LB_IO;
			}
			close(fd);
		}
		return LB_OK;
	}
	if (!S_ISREG(st.st_mode)) {
		diags_add(err, path, 0, _("is not a regular file"));
		return LB_IO;
	}
	if (st.st_nlink > 1) {
		diags_add(err, path, 0,
		          ngettext("has %ju hard link; another name could expose the diary, so "
		                   "limber will not use it (copy it to a file of its own)",
		                   "has %ju hard links; another name could expose the diary, so "
		                   "limber will not use it (copy it to a file of its own)",
		                   st.st_nlink),
		          (uintmax_t)st.st_nlink);
		return LB_IO;
	}
	return LB_OK;
}

/* Tightens a diary known to be limber's to 0600, its side files too. */
static enum lb_status tighten_file(const char *path, struct diags *warn, struct diags *err)
{
	unsigned was;
	int e = paths_set_mode(path, 0, 0600, &was);
	if (e > 0) {
		diags_add(err, path, 0, _("cannot make the diary private: %s"), strerror(e));
		return LB_IO;
	}
	if (e == 0 && (was & 077))
		diags_add(warn, path, 0,
		          _("the diary was readable by others (mode %04o); it is now 0600"), was);
	/* SQLite's -wal and -shm files take the diary's mode; tighten old ones too. */
	for (int i = 0; i < 2; i++) {
		char *side = xasprintf("%s%s", path, i ? "-shm" : "-wal");
		paths_set_mode(side, 0, 0600, &was);
		free(side);
	}
	return LB_OK;
}

/*
 * WAL lets a reader go on while another limber writes; it is persistent per
 * file. Switching takes a lock that SQLite's deadlock avoidance does not wait
 * for, so a second limber starting at the same moment retries.
 */
static int use_wal(struct diary *db)
{
	int rc;
	for (int tries = 0;; tries++) {
		sqlite3_stmt *s;
		rc = sqlite3_prepare_v2(db->db, "PRAGMA journal_mode = WAL", -1, &s, NULL);
		if (rc == SQLITE_OK) {
			rc = sqlite3_step(s);
			sqlite3_finalize(s);
		}
		if ((rc & 0xff) != SQLITE_BUSY || tries * 10 >= DIARY_BUSY_MS)
			return rc;
		sqlite3_sleep(10);
	}
}

/* Checks what the file is, then brings the schema up to date. */
static enum lb_status check_and_migrate(struct diary *db, bool readonly, struct diags *err)
{
	int rc;
	int64_t app = diary_query_int(db, "PRAGMA application_id", &rc);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	int64_t version = diary_query_int(db, "PRAGMA user_version", &rc);
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot read the diary"));
	if (app != 0 && app != DIARY_APPLICATION_ID) {
		diags_add(err, db->path, 0,
		          _("is an SQLite database of another program; it was left untouched"));
		return LB_DB;
	}
	if (version > DIARY_SCHEMA_VERSION) {
		diags_add(err, db->path, 0,
		          _("was written by a newer limber (diary version %lld, this limber knows "
		            "up to %d); it was left untouched — update limber"),
		          (long long)version, DIARY_SCHEMA_VERSION);
		return LB_NEWER;
	}
	if (readonly)
		return LB_OK; /* read as it is: nothing can be written */

	rc = use_wal(db);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return diary_fail(db, err, rc, _("cannot switch the diary to WAL"));
	/*
	 * Health data: every commit reaches the disk. Reads go through SQLite's
	 * page cache, not mmap: mapping the file put all of a ten-year diary in
	 * the process's memory (an export took 21 MB), for no gain in speed.
	 */
	rc = diary_exec(db, "PRAGMA synchronous = FULL");
	if (rc != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot set up the diary"));

	if (version == DIARY_SCHEMA_VERSION)
		return LB_OK;
	if ((rc = diary_exec(db, "BEGIN IMMEDIATE")) != SQLITE_OK)
		return diary_fail(db, err, rc, _("cannot update the diary"));
	/*
	 * Decide what the file is under the write lock: another limber may have
	 * created or migrated it between our first look and now.
	 */
	app = diary_query_int(db, "PRAGMA application_id", &rc);
	if (rc == SQLITE_OK)
		version = diary_query_int(db, "PRAGMA user_version", &rc);
	if (rc == SQLITE_OK && app == 0 && version == 0) {
		int64_t tables = diary_query_int(db, "SELECT count(*) FROM sqlite_schema", &rc);
		if (rc == SQLITE_OK && tables > 0) {
			diary_exec(db, "ROLLBACK");
			diags_add(err, db->path, 0,
			          _("is an SQLite database but not a limber diary; it was left "
			            "untouched"));
			return LB_DB;
		}
	}
	for (; rc == SQLITE_OK && version < DIARY_SCHEMA_VERSION; version++)
		rc = diary_exec(db, diary_migration((int)version));
	if (rc == SQLITE_OK) {
		char *sql = xasprintf("PRAGMA user_version = %d; PRAGMA application_id = %d",
				      DIARY_SCHEMA_VERSION, DIARY_APPLICATION_ID);
		rc = diary_exec(db, sql);
		free(sql);
	}
	if (rc == SQLITE_OK)
		rc = diary_exec(db, "COMMIT");
	if (rc != SQLITE_OK) {
		enum lb_status st = diary_fail(db, err, rc, _("cannot update the diary"));
		diary_exec(db, "ROLLBACK");
		return st;
	}
	return LB_OK;
}

/*
 * Whether the diary's directory takes writes: not on a read-only file
 * system, nor one so full that SQLite could not make its -shm file.
 */
static bool writable(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	struct statvfs fs;
	bool ok = access(dir, W_OK) == 0 &&
		  !(statvfs(dir, &fs) == 0 && ((fs.f_flag & ST_RDONLY) || fs.f_bavail == 0));
	free(dir);
	return ok;
}

/*
 * Opens the connection. Read-only, the file is opened as immutable: SQLite
 * then needs no -shm file and takes no locks, which a read-only file
 * system could not give it.
 */
static int connect(struct diary *db, bool readonly)
{
	int rc;
	if (readonly) {
		char *uri = sqlite3_mprintf("file:%q?immutable=1", db->path);
		rc = sqlite3_open_v2(uri, &db->db,
				     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW |
					     SQLITE_OPEN_NOMUTEX,
				     NULL);
		sqlite3_free(uri);
	} else {
		/* One thread per connection: SQLite's own mutexes would only cost time. */
		rc = sqlite3_open_v2(db->path, &db->db,
				     SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
				     NULL);
	}
	if (rc == SQLITE_OK) {
		sqlite3_extended_result_codes(db->db, 1);
		sqlite3_busy_timeout(db->db, DIARY_BUSY_MS);
		db->busy_ms = DIARY_BUSY_MS;
	}
	return rc;
}

/* Removes a diary this call made (and SQLite's side files of it): NULL does nothing. */
static void remove_made(const char *path)
{
	if (!path)
		return;
	static const char *const ends[] = {"", "-wal", "-shm", "-journal"};
	for (int i = 0; i < 4; i++) {
		char *f = xasprintf("%s%s", path, ends[i]);
		struct stat st;
		if (lstat(f, &st) == 0 && S_ISREG(st.st_mode))
			unlink(f);
		free(f);
	}
}

/* Read-only, what is still in the -wal file cannot be read: say so. */
static void warn_unread_wal(const char *path, struct diags *warn)
{
	char *wal = xasprintf("%s-wal", path);
	struct stat st;
	if (stat(wal, &st) == 0 && st.st_size > 0)
		diags_add(warn, wal, 0,
		          _("holds the latest changes, which cannot be read on a read-only file "
		            "system; showing the diary as saved before them"));
	free(wal);
}

enum lb_status diary_open(struct diary **out, const char *dir, int flags, struct diags *warn,
			  struct diags *err)
{
	*out = NULL;
	if (flags & DIARY_CREATE) {
		int tightened = 0;
		enum lb_status st = paths_make_private_dir(dir, &tightened, err);
		if (st != LB_OK)
			return st;
		if (tightened)
			diags_add(warn, dir, 0,
			          _("the data directory was open to others; it is now 0700"));
	} else {
		struct stat st;
		if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 077)) {
			if (chmod(dir, 0700) == 0)
				diags_add(
				    warn, dir, 0,
				    _("the data directory was open to others; it is now 0700"));
		}
	}
	/*
	 * A directory reached through a symbolic link (/home -> /var/home, a
	 * dotfile manager's ~/.local/share) is fine: open it by its real name,
	 * since SQLite's NOFOLLOW refuses a link anywhere in the path.
	 */
	char *real = realpath(dir, NULL);
	if (!real && !(flags & DIARY_CREATE) && errno == ENOENT)
		return LB_NOT_FOUND;
	char *path = xasprintf("%s/%s", real ? real : dir, DIARY_FILE);
	free(real);
	bool created;
	enum lb_status st = prepare_file(path, flags, &created, err);
	if (st != LB_OK) {
		free(path);
		return st;
	}
	bool readonly = !writable(path);
	if (readonly && !(flags & DIARY_READ)) {
		diags_add(
		    err, path, 0,
		    _("cannot be written: the file system is read-only or full (limber diary, "
		      "export and trends still read it)"));
		free(path);
		return LB_IO;
	}
	struct diary *db = xcalloc(1, sizeof *db);
	db->path = path;
	int rc = connect(db, readonly);
	if (rc != SQLITE_OK)
		st = diary_fail(db, err, rc, _("cannot open the diary"));
	if (st == LB_OK && readonly)
		warn_unread_wal(path, warn);
	if (st == LB_OK)
		st = diary_check_health(db, flags, warn, err);
	if (st == LB_OK)
		st = check_and_migrate(db, readonly || !db->checked, err);
	if (st == LB_OK && !readonly)
		st = tighten_file(path, warn, err);
	if (st != LB_OK) {
		char *keep = created ? xstrdup(path) : NULL;
		diary_close(db);
		remove_made(keep); /* leave nothing behind that was not there */
		free(keep);
		return st;
	}
	*out = db;
	return LB_OK;
}

void diary_close(struct diary *db)
{
	if (!db)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(db->st[i]);
	bool wrote = db->db && sqlite3_total_changes(db->db) > 0;
	sqlite3_close(db->db);
	/* Sound when opened, changed only by this limber since: no need to check it again. */
	if (db->checked && wrote)
		diary_check_remember(db);
	free(db->path);
	free(db);
}

