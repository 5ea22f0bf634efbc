/* SPDX-License-Identifier: ISC */
/* diary_impl.h - what the diary's own files share (diary*.c only; the rest use diary.h) */
#ifndef LIMBER_DIARY_IMPL_H
#define LIMBER_DIARY_IMPL_H

#include <sqlite3.h>

#include "diary/diary.h"
#include "diary/record.h"

/* Prepared statements, made once per connection. */
enum stmt {
	ST_INSERT_ENTRY,
	ST_UPDATE_ENTRY,
	ST_GET_ENTRY,
	ST_DELETE_ENTRY,
	ST_INSERT_SESSION,
	ST_UPDATE_SESSION,
	ST_GET_SESSION,
	ST_DELETE_SESSION,
	ST_ENTRIES_BETWEEN,
	ST_NUMBERS_BETWEEN,
	ST_SESSIONS_BETWEEN,
	ST_LAST_ENTRY,
	ST_LAST_ANSWER, /* the newest entry that answered the red-flag question */
	ST_COUNT,
};

struct diary {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT];
	int busy_ms; /* the busy timeout in force */
	bool checked; /* quick_check found it sound at open (diary_check.c) */
	bool damaged; /* it did not (opened with DIARY_SALVAGE): read a day at a time */
	int64_t unread_days; /* days passed over while reading a damaged diary */
};

/* The file beside the diary that keeps the last good check's facts. */
#define DIARY_CHECK_FILE "diary-checked"
/* How long a good check holds for a file that has not changed since. */
#define DIARY_CHECK_SECONDS (24 * 3600)

/*
 * Runs PRAGMA quick_check unless the last good check still holds (the file
 * unchanged since, less than a day ago). A damaged diary is made
 * query-only, and refused (LB_DB, saying how to save what can be read)
 * unless flags has DIARY_SALVAGE, which gets a warning (diary_check.c).
 */
enum lb_status diary_check_health(struct diary *db, int flags, struct diags *warn,
				  struct diags *err);
/* Notes the diary's file as it is now as checked and sound (diary_check.c). */
void diary_check_remember(const struct diary *db);

/* The SQL that takes a diary from version from to from + 1 (diary_migrations.c). */
const char *diary_migration(int from);

/* Reports an SQLite failure in words a person can act on (diary.c). */
enum lb_status diary_fail(struct diary *db, struct diags *err, int rc, const char *doing);
/* Runs SQL without results (diary.c). */
int diary_exec(struct diary *db, const char *sql);
/* The first column of the first row of sql; *rc is SQLITE_OK or the failure (diary.c). */
int64_t diary_query_int(struct diary *db, const char *sql, int *rc);

/* The text of a statement, made from the record descriptor; caller frees (diary_row.c). */
char *diary_stmt_sql(enum stmt which);
/* SELECT of every field of the record with uid ?1; caller frees (diary_row.c). */
char *diary_uid_select_sql(const struct record_desc *d);
/* Binds every field of rec to parameters ?1.. in the descriptor's order (diary_row.c). */
void diary_bind(sqlite3_stmt *s, const struct record_desc *d, const void *rec);
/* Reads the current row, columns in the descriptor's order, into rec (diary_row.c). */
void diary_read(sqlite3_stmt *s, const struct record_desc *d, void *rec);

#endif
