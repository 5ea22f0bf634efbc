/* SPDX-License-Identifier: ISC */
/* outfile.h - a file written whole or not at all */
#ifndef LIMBER_OUTFILE_H
#define LIMBER_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

#include "base/diag.h"
#include "base/status.h"

struct outfile {
	FILE *f;     /* write here */
	char *path;  /* the file asked for (a link followed to the file it names) */
	char *tmp;   /* the temporary file beside it; NULL when path is written directly */
};

/*
 * Opens path for writing. A regular file, or none yet, is written through
 * a temporary file of mode 0600 beside it that outfile_close renames into
 * place, so a reader sees the old file or the new one, never half. A target
 * that exists and is not a regular file (a FIFO, /dev/null, /dev/stdout,
 * a terminal) is written directly and never replaced. Temporary files left
 * by a writer that was killed are removed first.
 */
enum lb_status outfile_open(struct outfile *o, const char *path, struct diags *err);
/*
 * Refuses (LB_USAGE, with a message in err) a target that is, or would be,
 * inside the data directory dir: any file in it (the diary, its -wal, -shm
 * and -journal, pending files) by device and inode, so hard and symbolic
 * links and other spellings of the path are caught; a file not yet there
 * is judged by its directory. A missing dir, or NULL, protects nothing.
 */
enum lb_status outfile_guard(const char *path, const char *dir, struct diags *err);
/* Ends the writing: when ok, flushes, syncs and puts the file in place; else leaves nothing. */
enum lb_status outfile_close(struct outfile *o, bool ok, struct diags *err);

#endif
