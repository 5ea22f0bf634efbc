/* SPDX-License-Identifier: ISC */
/* sync_impl.h - what the sync files share (sync*.c only; the rest use sync.h) */
#ifndef LIMBER_SYNC_IMPL_H
#define LIMBER_SYNC_IMPL_H

#include <stdint.h>

#include "diary/diary_impl.h"
#include "diary/sync.h"

/*
 * The diary version that brought sync. Changesets of it and later up to this
 * limber's version are applied: a limber that changes the sync tables must
 * keep reading the changesets of the versions before it.
 */
#define SYNC_FIRST_SCHEMA 7

/* The header line before a changeset's bytes (sync_file.c). */
struct sync_header {
	bool snapshot; /* the machine's whole diary, standing for its changesets up to seq */
	int format;    /* SYNC_FORMAT */
	int schema;    /* the DIARY_SCHEMA_VERSION of the limber that wrote it */
	char machine[SYNC_ID_LEN + 1];
	int64_t seq, time, length;
	uint32_t crc; /* CRC-32 (zlib) of the length bytes after the header */
};

enum sync_read {
	SR_OK,      /* whole, and for this limber */
	SR_MISSING, /* not there (yet) */
	SR_PARTIAL, /* shorter than its header says, or its checksum is wrong: being copied */
	SR_NEWER,   /* from a newer limber */
	SR_BAD,     /* not a limber changeset, or not the one its name says */
};

/* DIR/MACHINE/<seq>.changeset, or DIR/MACHINE/snapshot.changeset for seq 0 (sync_file.c). */
char *sync_file_name(const char *dir, const char *machine, int64_t seq);
/*
 * Reads the changeset of machine numbered seq (0: its snapshot) from
 * path: header checked against the name, length and checksum. *data is
 * malloc'd on SR_OK; *why says what is wrong otherwise (caller frees).
 */
enum sync_read sync_file_read(const char *path, const char *machine, int64_t seq,
                              struct sync_header *h, void **data, char **why);
/* Writes header and data to path whole (temporary file, fsync, rename). */
enum lb_status sync_file_write(const char *path, const struct sync_header *h, const void *data,
                               struct diags *err);
/* The newest and oldest numbered changesets in DIR/MACHINE (0 when none). */
int64_t sync_file_newest(const char *dir, const char *machine, int64_t *oldest);
/* Removes DIR/MACHINE's numbered changesets up to seq; returns how many. */
long sync_file_remove_upto(const char *dir, const char *machine, int64_t seq);
/* The machine folders in DIR, sorted. Caller frees. */
enum lb_status sync_file_machines(const char *dir, char (**ids)[SYNC_ID_LEN + 1], size_t *n,
                                  struct diags *err);
/* Whether s is a machine id. */
bool sync_id_valid(const char *s);

/* What each machine has applied of the others: DIR/MACHINE/applied (sync_file.c). */
struct sync_mark {
	char id[SYNC_ID_LEN + 1];
	int64_t seq;
};
enum lb_status sync_applied_write(const char *dir, const char *me, const struct sync_mark *v,
                                  size_t n, struct diags *err);
/* The last changeset of `of` that machine says it applied; -1 when it does not say. */
int64_t sync_applied_read(const char *dir, const char *machine, const char *of);

/*
 * After the sync's commit: tells the others what this machine has applied
 * (DIR/ME/applied), and folds own changesets that every machine has applied
 * into a snapshot (sync_state.c).
 */
enum lb_status sync_after(struct diary *db, const struct sync_opts *o, struct sync_report *r,
                          struct diags *err);

/* For tests of a sync killed midway: LIMBER_SYNC_KILL=POINT kills limber at POINT. */
void sync_test_point(const char *point);

#endif
