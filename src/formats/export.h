/* SPDX-License-Identifier: ISC */
/* export.h - the whole diary as CSV or JSON, and back */
/*
 * formats/: files in and out: CSV and JSON export and import, the pending session file;
 * uses base/, routine/ and diary/.
 */
#ifndef LIMBER_EXPORT_H
#define LIMBER_EXPORT_H

#include <stdio.h>

#include "diary/diary.h"

enum export_format { EXPORT_CSV, EXPORT_JSON };

/*
 * Writes every entry and session, in time order, to out. The output depends
 * only on what is stored, so export -> import into an empty diary -> export
 * gives the same bytes. Text that a spreadsheet would run as a formula is
 * written with a leading apostrophe, which import takes off again.
 */
enum lb_status export_write(struct diary *db, enum export_format fmt, FILE *out,
			    struct diags *err); /* db NULL: an empty diary */

/* The same for the entries and sessions with from <= time < to (limber diary); db may be NULL for an empty diary. */
enum lb_status export_write_range(struct diary *db, enum export_format fmt, FILE *out,
				  int64_t from, int64_t to, struct diags *err);

/* Counts of an import. */
struct import_result {
	long entries_added, entries_present;
	long sessions_added, sessions_present;
};

/*
 * Reads a file written by export_write (the format is recognised from its
 * first character, after a UTF-8 byte-order mark) into db in one
 * transaction. The whole file is read and checked first, without the
 * diary's write lock; any problem is reported as FILE:LINE: message and
 * nothing of the file is imported. Records already present (same uid) are
 * skipped, so an import can be repeated; records more than a day after now
 * are refused.
 */
enum lb_status export_import(struct diary *db, const char *path, int64_t now,
			     struct import_result *res, struct diags *err);
/* The same from an open stream (standard input for `limber import -`); path names it in messages. */
enum lb_status export_import_stream(struct diary *db, FILE *f, const char *path, int64_t now,
				    struct import_result *res, struct diags *err);

/* CSV cell text for s: quoted, doubled quotes, formula-safe. Caller frees. */
char *export_csv_text(const char *s);

#endif
