/* SPDX-License-Identifier: ISC */
/*
 * sync.h - one diary on several machines, through a folder that a sync
 * engine (Syncthing, Nextcloud, Dropbox, a git repository) replicates.
 *
 * Each machine writes only DIR/<machine>/<seq>.changeset: SQLite changesets
 * made by the session extension, each under a header (sync_file.c) and put
 * in place whole. The diary itself never lives in DIR. How changes are
 * recorded and merged is told in sync.c and limber-diary(5).
 */
#ifndef LIMBER_SYNC_H
#define LIMBER_SYNC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"

#define SYNC_ID_LEN        32           /* a machine id: 32 lowercase hex digits */
#define SYNC_MACHINE_FILE  "machine-id" /* in the data directory, 0600 */
#define SYNC_FORMAT        1            /* the changeset file's own format */
#define SYNC_COMPACT_AFTER 64 /* own changesets every machine has applied, then a snapshot */

/*
 * This machine's id, read from DATA/machine-id, made (random, mode 0600)
 * the first time. LB_IO when it cannot be read or made; LB_INVALID when
 * the file holds something else.
 */
enum lb_status sync_machine_id(const char *data_dir, char out[SYNC_ID_LEN + 1], struct diags *err);

struct sync_opts {
	const char *dir;     /* the replicated folder */
	const char *machine; /* this machine's id */
	int64_t now;
	bool compact; /* write a snapshot now, whatever the count */
};

/* What one sync did. */
struct sync_report {
	int64_t seq;          /* the changeset this machine wrote; 0 when it had nothing new */
	long sent;            /* rows and deletes in it */
	long files;           /* changesets of other machines applied */
	long received;        /* rows they changed here */
	long removed;         /* own changesets replaced by a snapshot */
	struct diags skipped; /* each file left for later, and why */
};

/*
 * Writes what this machine changed since its last sync as its next
 * changeset, then applies every other machine's new changesets: one
 * transaction on the diary, so a sync killed at any point leaves the diary
 * as it was and the next sync finishes the job. Files skipped (half copied,
 * from a newer limber, damaged) go to r->skipped and are tried again next
 * time. LB_NOT_FOUND when dir does not exist; LB_IO when it cannot be
 * written.
 */
enum lb_status diary_sync(struct diary *db, const struct sync_opts *o, struct sync_report *r,
                          struct diags *err);
void sync_report_free(struct sync_report *r);

/* Whether this diary has changes that no sync has written out yet. */
bool diary_sync_pending(struct diary *db);

/* One machine seen in the folder. */
struct sync_machine {
	char id[SYNC_ID_LEN + 1];
	bool me;
	int64_t newest;  /* its newest changeset in the folder (0: none) */
	int64_t applied; /* the last of them applied here (own: the last written) */
	int64_t changed; /* when it wrote the last change applied here (0: never) */
	int64_t synced;  /* when this machine last applied something of it */
	char *skipped;   /* why the last sync stopped short of its files, or NULL */
};

struct sync_status {
	struct sync_machine *v;
	size_t n;
	int64_t pending; /* rows changed here since the last sync */
	int64_t tombstones;
};

/* What limber sync --status shows: every machine in DIR and in the diary's memory. */
enum lb_status diary_sync_status(struct diary *db, const char *dir, const char *me,
                                 struct sync_status *out, struct diags *err);
void sync_status_free(struct sync_status *s);

#endif
